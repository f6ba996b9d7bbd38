// How many module links fit in the header's row, the rest going under "More".

/**
 * How many of the links (measured `widths`, in order) fit in `room` pixels
 * with `gap` between them; when not all do, room is kept for the "More"
 * button (`moreWidth`) after those that fit.
 */
export function splitModules(widths: readonly number[], moreWidth: number, room: number, gap: number): number {
  const total = widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
  if (total <= room) return widths.length;
  let used = moreWidth;
  let count = 0;
  for (const w of widths) {
    if (used + gap + w > room) break;
    used += gap + w;
    count += 1;
  }
  return count;
}
