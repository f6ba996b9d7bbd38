// The badges under a record's title: classification, archived, provenance.
import type { Classification } from '../../../shared/common.ts';
import { ArchivedBadge } from './ArchivedBadge.tsx';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';

interface RecordBadgesProps {
  record: {
    classification: Classification;
    sharedWith: { parties: string[]; organizations: string[] };
    archivedAt: string | null;
    provenance: 'REAL' | 'MIXED' | 'INVENTED' | 'UNVERIFIED' | null;
  };
}

export function RecordBadges({ record }: RecordBadgesProps) {
  return (
    <>
      <ClassificationBadge classification={record.classification} sharedWith={record.sharedWith} />
      <ArchivedBadge archivedAt={record.archivedAt} />
      <ProvenanceBadge provenance={record.provenance} />
    </>
  );
}
