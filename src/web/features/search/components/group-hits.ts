// Search hits grouped by record type, groups in the order of their best hit.
import type { SearchHit } from '../api/search.ts';

export interface HitGroup {
  type: string;
  label: string;
  hits: SearchHit[];
}

/** Hits grouped by record type, groups in the order of their best hit. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.recordType) ?? { type: hit.recordType, label: hit.typeLabel, hits: [] };
    group.hits.push(hit);
    groups.set(hit.recordType, group);
  }
  return [...groups.values()];
}
