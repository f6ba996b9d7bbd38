// Consultation badges in words: status, method, a position.
import { IconAlertTriangle, IconCheck, IconEyeOff, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsultationMethod, ConsultationStatus, PositionKind } from '../../../../shared/consultations.ts';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';

const STATUS_TONE: Record<ConsultationStatus, string> = {
  draft: 'gray',
  open: 'blue',
  adopted: 'green',
  not_adopted: 'red',
  lapsed: 'orange',
  withdrawn: 'gray',
  closed: 'grape',
};

/** Draft / open / adopted / not adopted / lapsed / withdrawn / closed, in words. */
export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return <ToneBadge color={STATUS_TONE[status]}>{t(`consultations.status.${status}`)}</ToneBadge>;
}

const METHOD_TONE: Record<ConsultationMethod, string> = { comments: 'cyan', consensus: 'teal', silence: 'indigo' };

export function MethodBadge({ method }: { method: ConsultationMethod }) {
  const { t } = useTranslation();
  return (
    <ToneBadge color={METHOD_TONE[method]} variant="outline">
      {t(`consultations.method.${method}`)}
    </ToneBadge>
  );
}

export type PositionCell = PositionKind | 'none' | 'hidden';

const POSITION_TONE: Record<PositionCell, string> = {
  no_instructions: 'gray',
  support: 'green',
  no_objection: 'teal',
  reservation: 'yellow',
  objection: 'red',
  amendment: 'orange',
  none: 'yellow',
  hidden: 'gray',
};

const POSITION_ICON: Partial<Record<PositionCell, typeof IconCheck>> = {
  support: IconCheck,
  no_objection: IconCheck,
  reservation: IconAlertTriangle,
  objection: IconX,
  amendment: IconAlertTriangle,
  none: IconQuestionMark,
  hidden: IconEyeOff,
};

/** A delegation's position in words (an icon helps, colour never carries it alone). */
export function PositionBadge({ kind, reservationKind }: { kind: PositionCell; reservationKind?: 'general' | 'scrutiny' | null }) {
  const { t } = useTranslation();
  const Icon = POSITION_ICON[kind];
  const label = kind === 'reservation' && reservationKind ? t(`consultations.reservationKind.${reservationKind}`) : t(`consultations.position.${kind}`);
  return (
    <ToneBadge
      color={POSITION_TONE[kind]}
      variant={kind === 'none' || kind === 'hidden' ? 'outline' : 'light'}
      leftSection={Icon ? <Icon size={12} aria-hidden /> : undefined}
    >
      {label}
    </ToneBadge>
  );
}
