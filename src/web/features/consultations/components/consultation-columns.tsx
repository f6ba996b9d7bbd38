// The columns of a consultations table.
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import type { Consultation } from '../api/types.ts';
import { ConsultationStatusBadge, MethodBadge, PositionBadge } from './Badges.tsx';
import { bodyLabel, consultationTitle } from './consultation-title.ts';
import { ClosesAtCell } from './Deadline.tsx';
import { Tally } from './Tally.tsx';

/** Reference and title (with its body), method, status, closing instant and the tally. */
export function useConsultationColumns({ showMyPosition = false }: { showMyPosition?: boolean } = {}): Column<Consultation>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      key: 'title',
      header: t('consultations.fields.title'),
      render: (c) => (
        <Stack gap={2}>
          {c.reference && (
            <Text size="xs" ff="monospace" c="dimmed">
              {c.reference}
            </Text>
          )}
          <AnchorLink to="/consultations/$id" params={{ id: c.id }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {consultationTitle(c, i18n.language)}
          </AnchorLink>
          {c.body && (
            <Text size="xs" c="dimmed">
              {bodyLabel(c.body, i18n.language)}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'state',
      header: t('consultations.fields.status'),
      width: 190,
      render: (c) => (
        <Group gap={4}>
          <MethodBadge method={c.method} />
          <ConsultationStatusBadge status={c.status} />
          {showMyPosition && c.myParty?.onList && <PositionBadge kind={c.myParty.position ?? 'none'} />}
        </Group>
      ),
    },
    { key: 'closesAt', header: t('consultations.fields.closesAt'), width: 200, sortKey: 'deadline', render: (c) => <ClosesAtCell iso={c.closesAt} timeZone={c.silence?.status === 'running' ? c.silence.timeZone : c.timeZone} /> },
    { key: 'tally', header: t('consultations.fields.tally'), width: 170, visibleFrom: 'sm', render: (c) => <Tally consultation={c} /> },
  ];
}
