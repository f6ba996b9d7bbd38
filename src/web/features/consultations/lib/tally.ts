// Counting the responses to a consultation, as far as the viewer may see.
import type { Consultation } from '../api/types.ts';

/** How many parties on the list have answered, as far as the viewer may see. */
export function tallyOf(c: Pick<Consultation, 'tally' | 'distribution'>) {
  const total = c.distribution.parties.length;
  let responded = 0;
  let hidden = 0;
  for (const [key, n] of Object.entries(c.tally)) {
    if (key === 'none') continue;
    if (key === 'hidden') hidden += n;
    else responded += n;
  }
  return { total, responded, hidden, objecting: (c.tally.objection ?? 0) + (c.tally.amendment ?? 0) };
}
