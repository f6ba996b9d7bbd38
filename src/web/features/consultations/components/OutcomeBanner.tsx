// The outcome of a decided consultation in one sentence.
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { ZonedTime } from '../../../components/ZonedTime.tsx';
import { usePositions } from '../api/get-positions.ts';
import type { Consultation } from '../api/types.ts';
import { useInstantText } from '../lib/time.ts';
import { usePartyName } from '../lib/party-name.ts';

/**
 * The outcome in one sentence: "Not adopted — silence broken by Indonesia at
 * 14:02 GMT+7", "Adopted — decision ARJCC-23/D4", with reservations attached.
 */
export function OutcomeBanner({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const text = useInstantText();
  const partyName = usePartyName();
  const decided = c.status !== 'draft' && c.status !== 'open';
  const positions = usePositions(c.id, decided && c.status === 'adopted');
  if (!decided) return null;

  const zone = c.silence?.timeZone ?? c.timeZone;
  const at = c.outcomeAt ? `${text.timeIn(c.outcomeAt, zone)} ${text.zoneName(c.outcomeAt, zone)}` : '';
  const day = c.outcomeAt ? text.day(c.outcomeAt, zone) : '';
  const broken = c.status === 'not_adopted' && c.silence?.status === 'broken' && c.silence.brokenByParty;
  const reservations = (positions.data?.parties ?? []).filter((p) => p.current?.kind === 'reservation');

  let headline: React.ReactNode;
  if (c.status === 'adopted') {
    headline = c.decisionCode ? (
      <>
        {t('consultations.outcome.adoptedDecision')}{' '}
        {c.decisionId ? (
          <AnchorLink to="/decisions/$id" params={{ id: c.decisionId }} fw={700}>
            {c.decisionCode}
          </AnchorLink>
        ) : (
          <b>{c.decisionCode}</b>
        )}
      </>
    ) : (
      t('consultations.outcome.adopted')
    );
  } else if (broken) {
    headline = t('consultations.outcome.silenceBroken', { party: partyName(broken), time: at, day });
  } else {
    headline = t(`consultations.outcome.${c.status as 'not_adopted' | 'lapsed' | 'closed' | 'withdrawn'}`);
  }

  const o = c.outcome;
  const detail =
    o?.kind === 'adopted' && !o.decisionCode
      ? t('consultations.outcome.noDecisionNumber')
      : o?.kind === 'withdrawn' && o.reason
        ? t('consultations.outcome.withdrawnReason', { reason: o.reason })
        : o?.kind === 'recorded' && !broken
          ? o.note
          : null;

  const tone = c.status === 'adopted' ? 'green' : c.status === 'not_adopted' ? 'red' : 'gray';
  const Icon = c.status === 'adopted' ? IconCircleCheck : c.status === 'not_adopted' ? IconCircleX : IconInfoCircle;
  return (
    <Alert color={tone} variant="light" icon={<Icon aria-hidden />} role="status" styles={{ message: { color: 'var(--mantine-color-text)' } }} aria-label={t('consultations.outcome.label')}>
      <Stack gap={6}>
        <Text fw={700}>
          {headline}
        </Text>
        {c.outcomeAt && (
          <Text size="sm">
            {t('consultations.outcome.at')} <ZonedTime iso={c.outcomeAt} timeZone={zone} />
          </Text>
        )}
        {/* What the headline does not already say: no decision number, a reason for withdrawal, or an outcome recorded before its facts were kept. */}
        {detail && <Text size="sm">{detail}</Text>}
        {reservations.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('consultations.outcome.reservations')}
            </Text>
            <List size="sm" spacing={2}>
              {reservations.map((r) => (
                <List.Item key={r.partyCode}>
                  {partyName(r.partyCode)}
                  {r.current?.reservationKind && ` (${t(`consultations.reservationKind.${r.current.reservationKind}`).toLowerCase()})`}
                  {r.current?.text && `: ${r.current.text}`}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
