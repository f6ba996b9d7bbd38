/**
 * Text normalisation for matching names in any script: lower case, accents
 * removed (so "Viet Nam" finds "Việt Nam"), spaces collapsed. The same function
 * builds the stored `search_text` and the search term, so both sides agree.
 */
export function normaliseForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `term` anywhere, with the LIKE wildcards in it escaped. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
