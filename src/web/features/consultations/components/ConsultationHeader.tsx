// The top of a consultation: title, body, reference, status, method, classification, and when it closes.
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPencil } from '@tabler/icons-react';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { HistoryLink } from '../../../components/record/HistoryLink.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import type { Consultation } from '../api/types.ts';
import { ConsultationStatusBadge, MethodBadge } from './Badges.tsx';
import { ChairActions } from './ChairActions.tsx';
import { bodyLabel, consultationTitle } from './consultation-title.ts';
import { Countdown, DeadlineLines } from './Deadline.tsx';
import { Tally } from './Tally.tsx';

/** The record first: title, body, reference, status, method and classification; then when it closes. */
export function ConsultationHeader({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation();
  const running = c.silence?.status === 'running';
  const zone = running && c.silence ? c.silence.timeZone : c.timeZone;
  return (
    <Stack gap="sm">
      <RecordHeader
        kind={t('consultations.page.kind')}
        title={consultationTitle(c, i18n.language)}
        subtitle={
          <Group gap="xs" component="span">
            {c.reference && (
              <Text component="span" ff="monospace" size="sm">
                {c.reference}
              </Text>
            )}
            {c.body && (
              <AnchorLink to="/bodies/$id" params={{ id: c.body.id }}>
                {bodyLabel(c.body, i18n.language)}
              </AnchorLink>
            )}
            <Tally consultation={c} />
          </Group>
        }
        badges={
          <>
            <ConsultationStatusBadge status={c.status} />
            <MethodBadge method={c.method} />
            <ClassificationBadge classification={c.classification} sharedWith={c.sharedWith} />
          </>
        }
        actions={
          <>
            {c.abilities.update && (c.status === 'draft' || c.status === 'open') && (
              <ButtonLink to="/consultations/$id/edit" params={{ id: c.id }} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
                {t('common.actions.edit')}
              </ButtonLink>
            )}
            <ChairActions consultation={c} />
            <HistoryLink recordType="consultation" recordId={c.id} />
          </>
        }
      />
      {c.status === 'open' && c.closesAt && (
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-start" gap="md">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {running ? t('consultations.page.silenceExpires', { number: c.silence?.versionNumber ?? '' }) : t('consultations.page.closes')}
              </Text>
              <DeadlineLines iso={c.closesAt} timeZone={zone} />
            </Stack>
            {running && <Countdown iso={c.closesAt} />}
          </Group>
        </Paper>
      )}
      {c.status === 'open' && !c.closesAt && c.method === 'silence' && (
        <Text size="sm" c="dimmed">
          {t('consultations.page.noProcedure')}
        </Text>
      )}
    </Stack>
  );
}
