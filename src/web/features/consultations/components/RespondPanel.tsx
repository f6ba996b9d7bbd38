// For a delegate on the list: their delegation's position and how to answer before the deadline.
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../api/types.ts';
import { usePartyName } from '../lib/party-name.ts';
import { PositionBadge } from './Badges.tsx';
import { RespondActions } from './RespondActions.tsx';

/** For a delegate on the list: their delegation's current position and how to answer before the deadline. */
export function RespondPanel({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const headingId = useId();
  const mine = c.myParty;
  if (!mine?.onList) return null;

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId} bg="var(--mantine-color-default-hover)">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Title order={2} size="h4" id={headingId}>
              {t('consultations.respond.panelTitle', { party: partyName(mine.partyCode) })}
            </Title>
            <Group gap="xs">
              <Text size="sm">{t('consultations.respond.current')}</Text>
              <PositionBadge kind={mine.position ?? 'none'} reservationKind={mine.reservationKind} />
            </Group>
          </Stack>
        </Group>
        {mine.canRespond ? (
          <>
            {c.method === 'silence' && c.silence?.status === 'running' && <Text size="sm">{t('consultations.respond.silenceExplained')}</Text>}
            <RespondActions consultation={c} partyCode={mine.partyCode} />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {c.status === 'open' ? t('consultations.respond.closed') : t('consultations.respond.decided')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
