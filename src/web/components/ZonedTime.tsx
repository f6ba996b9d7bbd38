// An instant on a record's clock with its zone, and on the user's own clock when that differs.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useZonedFormat } from '../lib/zoned-time.ts';

/** "18 Mar 2026, 09:30 GMT+7 (Asia/Jakarta) — 05:30 your time". */
export function ZonedTime({ iso, timeZone, size = 'sm', endIso }: { iso: string; timeZone: string; size?: string; endIso?: string }) {
  const { t } = useTranslation();
  const z = useZonedFormat();
  const sameDay = endIso !== undefined && z.day(iso, timeZone) === z.day(endIso, timeZone);
  const endText = endIso ? (sameDay ? z.timeIn(endIso, timeZone) : z.inZone(endIso, timeZone)) : '';
  const startLocal = z.local(iso, timeZone);
  const local = startLocal && endIso ? `${startLocal} – ${z.local(endIso, timeZone) ?? ''}` : startLocal;
  return (
    <Text component="span" size={size} title={local ? t('common.time.yourTime', { time: local }) : undefined}>
      <time dateTime={iso}>{z.inZone(iso, timeZone)}</time>
      {endIso && (
        <>
          {' – '}
          <time dateTime={endIso}>{endText}</time>
        </>
      )}
      {local && (
        <Text component="span" size={size} c="dimmed">
          {` — ${t('common.time.yourTime', { time: local })}`}
        </Text>
      )}
    </Text>
  );
}
