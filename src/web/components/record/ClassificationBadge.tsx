// A record's classification as a badge: public, mission, shared with whom, restricted.
import { IconLock, IconShare, IconUsersGroup, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../shared/common.ts';
import { localName, organizationLabel } from '../../lib/names.ts';
import { useOrganizationsLookup } from '../references/use-organizations-lookup.ts';
import { usePartiesLookup } from '../references/use-parties-lookup.ts';
import { ToneBadge } from './ToneBadge.tsx';

const TONE: Record<Classification, string> = { public: 'gray', mission: 'blue', shared: 'grape', restricted: 'red' };
const ICON = { public: IconWorld, mission: IconUsersGroup, shared: IconShare, restricted: IconLock } as const;

interface ClassificationBadgeProps {
  classification: Classification;
  sharedWith?: { parties: string[]; organizations: string[] };
  /** In dense tables the sharing list is left to the record page. */
  compact?: boolean;
}

/** Who may see a record, in words: public / mission / shared with … / restricted. */
export function ClassificationBadge({ classification, sharedWith, compact }: ClassificationBadgeProps) {
  const { t, i18n } = useTranslation();
  const parties = usePartiesLookup();
  const orgIds = !compact && classification === 'shared' ? (sharedWith?.organizations ?? []) : [];
  const orgs = useOrganizationsLookup(orgIds);
  const Icon = ICON[classification];

  let label: string = t(`common.classification.${classification}`);
  if (classification === 'shared' && !compact && sharedWith) {
    const names = [
      ...sharedWith.parties.map((code) => {
        const party = parties.byCode.get(code);
        return party ? localName(party, i18n.language) : code;
      }),
      ...sharedWith.organizations.map((id) => {
        const org = orgs.get(id);
        return org ? organizationLabel(org, i18n.language) : t('common.classification.unknownOrganization');
      }),
    ];
    if (names.length > 0) label = t('common.classification.sharedWith', { names: names.join(', ') });
  }

  return (
    <ToneBadge color={TONE[classification]} leftSection={<Icon size={12} aria-hidden />} title={t('common.classification.title')}>
      {label}
    </ToneBadge>
  );
}
