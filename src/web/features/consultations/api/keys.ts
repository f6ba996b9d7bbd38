// Query keys and API path of consultations: every key starts with `consultations`, so one invalidation refreshes them all.
import { collectionKeys, recordPath } from '../../../lib/query.ts';

const base = collectionKeys('consultations');

export const keys = {
  ...base,
  versions: (id: string) => base.part('versions', id),
  version: (id: string, versionId: string) => base.part('version', id, versionId),
  positions: (id: string) => base.part('positions', id),
  timeline: (id: string) => base.part('timeline', id),
  /** The thread of the whole consultation (versionId null) or of one version. */
  comments: (id: string, versionId?: string | null) => (versionId === undefined ? base.part('comments', id) : base.part('comments', id, versionId)),
};

/** `/api/consultations/<id>` and what is below it. */
export const consultationPath = (id: string, ...below: string[]) => recordPath('/api/consultations', id, ...below);

/** What a change to a consultation refreshes: everything about consultations. */
export const refreshConsultations = { refresh: () => [keys.all] };
