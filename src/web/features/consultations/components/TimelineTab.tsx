// The timeline tab: what happened, oldest first.
import { Text, Timeline } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconClock, IconEye, IconFilePlus, IconHourglass, IconMessage, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { POSITION_KINDS, type PositionKind, type TIMELINE_KINDS } from '../../../../shared/consultations.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { useTimeline } from '../api/get-timeline.ts';
import type { Consultation, TimelineEntry } from '../api/types.ts';
import { usePartyName } from '../lib/party-name.ts';
import { useInstantText } from '../lib/time.ts';

type Kind = (typeof TIMELINE_KINDS)[number];
const ICON: Record<Kind, typeof IconClock> = {
  created: IconFilePlus,
  circulated: IconSend,
  acknowledged: IconEye,
  position: IconMessage,
  silence_launched: IconHourglass,
  silence_extended: IconClock,
  silence_withdrawn: IconCircleX,
  silence_broken: IconCircleX,
  adopted: IconCircleCheck,
  not_adopted: IconCircleX,
  lapsed: IconClock,
  closed: IconCircleCheck,
  withdrawn: IconCircleX,
};

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** Launch, acknowledgements, positions, extensions and the outcome, oldest first. */
export function TimelineTab({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const text = useInstantText();
  const partyName = usePartyName();
  const query = useTimeline(c.id);
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return null;
  const items = query.data.items;
  if (items.length === 0) return <Text size="sm" c="dimmed">{t('consultations.timeline.empty')}</Text>;
  const zone = c.silence?.timeZone ?? c.timeZone;

  const sentence = (e: TimelineEntry): string => {
    const d = e.detail;
    const inZone = typeof d.timeZone === 'string' && d.timeZone ? d.timeZone : zone;
    const at = (iso: unknown) => (typeof iso === 'string' && iso ? text.inZone(iso, inZone) : '');
    const kind = str(d.kind);
    const position =
      kind === 'reservation' && (d.reservationKind === 'general' || d.reservationKind === 'scrutiny')
        ? t(`consultations.reservationKind.${d.reservationKind}`)
        : (POSITION_KINDS as readonly string[]).includes(kind)
          ? t(`consultations.position.${kind as PositionKind}`)
          : kind;
    const words = t(`consultations.timeline.kind.${e.kind}`, {
      party: e.partyCode ? partyName(e.partyCode) : '',
      actor: e.actorLabel ?? '',
      version: str(d.version),
      position,
      expiresAt: at(d.expiresAt ?? d.to),
      previous: at(d.from),
    });
    return e.kind === 'adopted' && d.decisionCode ? `${words} — ${d.decisionCode}` : words;
  };
  const extra = (e: TimelineEntry) => str(e.detail.reason ?? e.detail.note);

  return (
    <Timeline bulletSize={24} lineWidth={2} active={items.length - 1}>
      {items.map((e, i) => {
        const Icon = ICON[e.kind];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries are append-only and ordered by time
          <Timeline.Item key={i} bullet={<Icon size={14} aria-hidden />} title={sentence(e)}>
            <Text size="xs" c="dimmed">
              <time dateTime={e.at}>{text.inZone(e.at, zone)}</time>
              {e.actorLabel && e.kind !== 'created' && e.kind !== 'circulated' ? ` · ${e.detail.byMission ? t('consultations.positions.byMission', { name: e.actorLabel }) : e.actorLabel}` : ''}
            </Text>
            {extra(e) && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {extra(e)}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
