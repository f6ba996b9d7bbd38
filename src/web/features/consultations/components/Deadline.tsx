// A closing instant on the viewer's clock and the procedure's, with a countdown.
import { Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { ownZone } from '../../../lib/zoned-time.ts';
import { useInstantText, useNow, useRemaining } from '../lib/time.ts';

/**
 * The exact closing instant on the viewer's clocks and on the procedure's,
 * with a relative hint; once passed, red text and the word "overdue".
 */
export function DeadlineLines({ iso, timeZone, size = 'sm' }: { iso: string; timeZone: string; size?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const text = useInstantText();
  const now = useNow(60_000);
  const passed = new Date(iso).getTime() <= now;
  const sameZone = ownZone() === timeZone;
  return (
    <Stack gap={0} component="span">
      <Text component="span" size={size}>
        {t('consultations.time.yourTime')}: <time dateTime={iso}>{text.mine(iso)}</time>
      </Text>
      {!sameZone && (
        <Text component="span" size={size}>
          {t('consultations.time.procedureTime')}: <time dateTime={iso}>{text.inZone(iso, timeZone)}</time>
        </Text>
      )}
      <Text component="span" size="xs" c={passed ? 'var(--mantine-color-error)' : 'dimmed'} fw={passed ? 600 : undefined}>
        {passed ? `${fmt.relative(iso, now)} — ${t('consultations.time.overdue')}` : fmt.relative(iso, now)}
      </Text>
    </Stack>
  );
}

/** In a table: the instant on the viewer's clocks; the procedure's zone on hover. */
export function ClosesAtCell({ iso, timeZone }: { iso: string | null; timeZone?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const text = useInstantText();
  const now = useNow(60_000);
  if (!iso) return <Text component="span" size="sm" c="dimmed">{t('consultations.time.noDeadline')}</Text>;
  const passed = new Date(iso).getTime() <= now;
  return (
    <Stack gap={0}>
      <Tooltip label={timeZone ? `${t('consultations.time.procedureTime')}: ${text.inZone(iso, timeZone)}` : ''} disabled={!timeZone} multiline maw={360}>
        <Text component="span" size="sm">
          <time dateTime={iso}>{fmt.dateTime(iso)}</time>
        </Text>
      </Tooltip>
      <Text component="span" size="xs" c={passed ? 'var(--mantine-color-error)' : 'dimmed'} fw={passed ? 600 : undefined}>
        {passed ? t('consultations.time.overdue') : fmt.relative(iso, now)}
      </Text>
    </Stack>
  );
}

/** A live countdown to the closing instant, while a procedure runs. */
export function Countdown({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const remaining = useRemaining();
  const now = useNow(1000);
  const left = new Date(iso).getTime() - now;
  return (
    <Text component="span" size="sm" fw={600} role="timer" aria-live="off" ff="monospace">
      {left > 0 ? t('consultations.time.closesIn', { time: remaining(left) }) : t('consultations.time.closingNow')}
    </Text>
  );
}
