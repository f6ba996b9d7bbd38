// Text normalisation for matching names in any script (case, accents, spaces) and LIKE patterns for it.
/**
 * Text normalisation for matching names in any script: lower case, accents
 * removed (so "Viet Nam" finds "Việt Nam"), spaces collapsed. The same function
 * builds the stored `search_text` and the search term, so both sides agree.
 */
const STROKED: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ı: 'i', ß: 'ss' };

export function normaliseForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters whose stroke is not a combining mark: đ (Vietnamese), ł, ø, ı, ß.
    .replace(/[đłøıß]/g, (c) => STROKED[c])
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `term` anywhere, with the LIKE wildcards in it escaped. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
