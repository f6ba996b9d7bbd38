// The columns of the register: number and subject, direction and kind, correspondents, date, status and due date.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import type { Correspondence } from '../api/types.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Who the item is from or to, as the register shows it. */
export function correspondents(c: Correspondence, lang: string) {
  if (c.direction === 'incoming') return c.senderOrganization ?? '';
  return c.addressees.map((a) => (lang === 'ru' && a.organizationRu ? a.organizationRu : (a.organization ?? ''))).join(', ');
}

export function useCorrespondenceColumns(): Column<Correspondence>[] {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  return [
    {
      key: 'subject',
      header: t('correspondence.fields.subject'),
      sortKey: 'registerNumber',
      render: (c) => (
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {c.registerNumber}
          </Text>
          <AnchorLink to="/correspondence/$id" params={{ id: c.id }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {c.subject}
          </AnchorLink>
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: t('correspondence.fields.kind'),
      width: 170,
      visibleFrom: 'md',
      render: (c) => (
        <Text size="sm">
          {t(`correspondence.direction.${c.direction}`)}
          <Text span size="xs" c="dimmed" display="block">
            {t(`correspondence.kind.${c.kind}`)}
          </Text>
        </Text>
      ),
    },
    { key: 'correspondents', header: t('correspondence.fields.correspondents'), width: 220, visibleFrom: 'sm', render: (c) => <Text size="sm">{correspondents(c, i18n.language)}</Text> },
    { key: 'date', header: t('correspondence.fields.date'), width: 130, sortKey: 'date', descendingFirst: true, render: (c) => fmt.date(c.date) },
    { key: 'status', header: t('correspondence.fields.status'), width: 190, render: (c) => <StatusBadge status={c.status} overdue={c.overdue} /> },
  ];
}
