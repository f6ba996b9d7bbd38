// A search hit's classification, as on its record.
import { CLASSIFICATIONS, type Classification } from '../../../../shared/common.ts';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';

const isClassification = (value: string): value is Classification => (CLASSIFICATIONS as readonly string[]).includes(value);

/** The hit's classification, as on its record. */
export function HitClassification({ classification }: { classification: string }) {
  if (!isClassification(classification)) return null;
  return <ClassificationBadge classification={classification} compact />;
}
