// On a demo database, the badge saying which records are invented or unverified.
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/auth.ts';
import { ToneBadge } from './ToneBadge.tsx';

type Provenance = 'REAL' | 'MIXED' | 'INVENTED' | 'UNVERIFIED';
const TONE: Record<Exclude<Provenance, 'REAL'>, string> = { INVENTED: 'orange', MIXED: 'yellow', UNVERIFIED: 'gray' };

/** On a demo database, says which records are not real. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance | null | undefined }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me?.demo || !provenance || provenance === 'REAL') return null;
  return (
    <ToneBadge color={TONE[provenance]} variant="outline" title={t(`common.provenance.hint.${provenance}`)}>
      {t(`common.provenance.label.${provenance}`)}
    </ToneBadge>
  );
}
