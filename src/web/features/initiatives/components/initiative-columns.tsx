// The columns of the initiatives table: reference and title, stage, sectors, budget and disbursed.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CODELISTS } from '../../../../shared/codelists.ts';
import type { Column } from '../../../components/list/DataTable.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useCodelist } from '../../../components/references/use-codelist.ts';
import { useFormatters } from '../../../lib/format.ts';
import type { Initiative } from '../api/types.ts';
import { StageBadge } from './StageBadge.tsx';

export function useInitiativeColumns(): Column<Initiative>[] {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const sectors = useCodelist(CODELISTS.missionSector);
  return [
    {
      key: 'title',
      header: t('initiatives.fields.title'),
      sortKey: 'reference',
      render: (i) => (
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {i.reference}
          </Text>
          <AnchorLink to="/initiatives/$id" params={{ id: i.id }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {i18n.language === 'ru' && i.titleRu ? i.titleRu : i.titleEn}
          </AnchorLink>
        </Stack>
      ),
    },
    { key: 'stage', header: t('initiatives.fields.stage'), width: 190, sortKey: 'stageChangedAt', descendingFirst: true, render: (i) => <StageBadge stage={i.stage} /> },
    {
      key: 'sectors',
      header: t('initiatives.fields.sectors'),
      width: 200,
      visibleFrom: 'md',
      render: (i) => (
        <Text size="sm">
          {i.sectors.map((s) => sectors.label(s)).join(', ')}
          {i.dacSectors.length > 0 && (
            <Text span size="xs" c="dimmed" ff="monospace" display="block">
              {i.dacSectors.map((d) => `${d.code} (${d.percentage}%)`).join(' · ')}
            </Text>
          )}
        </Text>
      ),
    },
    { key: 'budget', header: t('initiatives.money.budget'), width: 150, visibleFrom: 'sm', render: (i) => fmt.money(i.totals.budget) },
    { key: 'disbursed', header: t('initiatives.money.disbursed'), width: 150, visibleFrom: 'sm', render: (i) => fmt.money(i.totals.disbursed) },
  ];
}
