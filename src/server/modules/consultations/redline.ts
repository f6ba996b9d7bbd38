// The word-level redline between two versions of a consultation's text.
import { diffWords } from 'diff';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { richTextToPlain } from '../../platform/rich-text.ts';
import { versionNotFound } from './consultations.errors.ts';
import { findVersion, visibleConsultation } from './consultations.repository.ts';

type Segment = { op: 'equal' | 'insert' | 'delete'; text: string };

const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

/**
 * The word-level differences between two texts, as segments in reading
 * order (a deletion before the insertion that replaces it), with adjacent
 * segments of the same kind joined.
 */
export function redlineSegments(before: string, after: string) {
  const segments: Segment[] = [];
  let inserted = 0;
  let deleted = 0;
  for (const change of diffWords(before, after)) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    if (op === 'insert') inserted += wordCount(change.value);
    if (op === 'delete') deleted += wordCount(change.value);
    const last = segments.at(-1);
    if (last && last.op === op) last.text += change.value;
    else if (change.value) segments.push({ op, text: change.value });
  }
  return { segments, inserted, deleted };
}

/** The redline between two versions; both must be visible to the viewer (a delegation never diffs against an uncirculated draft). */
export async function getRedline(deps: Deps, ctx: RequestContext, id: string, fromId: string, toId: string) {
  await visibleConsultation(deps.db, ctx, id);
  const from = await findVersion(deps.db, ctx, id, fromId);
  const to = await findVersion(deps.db, ctx, id, toId);
  if (!from || !to) throw versionNotFound();
  return {
    from: { id: from.id, number: from.number },
    to: { id: to.id, number: to.number },
    ...redlineSegments(richTextToPlain(from.content), richTextToPlain(to.content)),
  };
}
