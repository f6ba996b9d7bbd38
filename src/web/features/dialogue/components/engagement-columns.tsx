// The columns of the dialogue log and of timelines: when, the engagement and its kind, counterparts, outcomes.
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useZonedFormat } from '../../../lib/zoned-time.ts';
import type { Engagement } from '../api/types.ts';

export function useEngagementColumns(): Column<Engagement>[] {
  const { t } = useTranslation();
  const zoned = useZonedFormat();
  return [
    { key: 'when', header: t('dialogue.fields.startsAt'), width: 220, sortKey: 'startsAt', descendingFirst: true, render: (e) => <Text size="sm">{zoned.inZone(e.startsAt, e.timeZone)}</Text> },
    {
      key: 'title',
      header: t('dialogue.fields.title'),
      render: (e) => (
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {e.reference}
          </Text>
          <AnchorLink to="/dialogue/engagements/$id" params={{ id: e.id }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {e.title}
          </AnchorLink>
          <Badge variant="light" size="sm">
            {t(`dialogue.kind.${e.kind}`)}
          </Badge>
        </Stack>
      ),
    },
    {
      key: 'theirs',
      header: t('dialogue.fields.theirs'),
      width: 240,
      visibleFrom: 'sm',
      render: (e) => (
        <Text size="sm">
          {e.participants
            .filter((p) => p.side === 'theirs')
            .map((p) => [p.fullName, p.postTitle].filter(Boolean).join(', '))
            .join('; ')}
        </Text>
      ),
    },
    { key: 'outcomes', header: t('dialogue.fields.outcomes'), width: 260, visibleFrom: 'md', render: (e) => <Text size="sm">{e.outcomes}</Text> },
  ];
}
