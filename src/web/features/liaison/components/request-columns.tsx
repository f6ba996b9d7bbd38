// The columns of the liaison requests table: reference and subject, organisations, status, target date.
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import type { LiaisonRequest } from '../api/types.ts';
import { OverdueBadge, StatusBadge } from './StatusBadge.tsx';

export const orgName = (o: { name: string; nameRu: string | null } | null, language: string) => (o ? (language === 'ru' && o.nameRu ? o.nameRu : o.name) : '—');

export function useRequestColumns(): Column<LiaisonRequest>[] {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  return [
    {
      key: 'subject',
      header: t('liaison.fields.subject'),
      sortKey: 'reference',
      render: (r) => (
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {r.reference}
          </Text>
          <AnchorLink to="/liaison/requests/$id" params={{ id: r.id }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {r.subject}
          </AnchorLink>
        </Stack>
      ),
    },
    {
      key: 'organizations',
      header: t('liaison.fields.organizations'),
      width: 220,
      visibleFrom: 'md',
      render: (r) => `${orgName(r.requestingOrganization, i18n.language)} → ${orgName(r.targetOrganization, i18n.language)}`,
    },
    { key: 'area', header: t('liaison.fields.area'), width: 160, visibleFrom: 'lg', render: (r) => r.area },
    {
      key: 'status',
      header: t('liaison.fields.status'),
      width: 200,
      render: (r) => (
        <Group gap={4}>
          <StatusBadge status={r.status} />
          {r.overdue && <OverdueBadge />}
        </Group>
      ),
    },
    { key: 'targetDate', header: t('liaison.fields.targetDate'), width: 130, sortKey: 'targetDate', visibleFrom: 'sm', render: (r) => fmt.date(r.targetDate) },
  ];
}
