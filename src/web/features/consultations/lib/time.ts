// The ticking clock of deadlines: the time now, what remains, and an instant in words.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownZone, useZonedFormat } from '../../../lib/zoned-time.ts';

/** The current time, ticking every `intervalMs` while `enabled`. */
export function useNow(intervalMs: number, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs, enabled]);
  return now;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2 d 03:14:05" style remaining time, in the interface language. */
export function useRemaining() {
  const { t } = useTranslation();
  return (ms: number) => {
    const total = Math.max(0, Math.floor(ms / 1000));
    const days = Math.floor(total / 86_400);
    const clock = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
    return days > 0 ? t('consultations.time.daysAndClock', { count: days, clock }) : clock;
  };
}

/** An instant on the viewer's clocks and on the procedure's. */
export function useInstantText() {
  const z = useZonedFormat();
  return {
    mine: (iso: string) => z.inZone(iso, ownZone()),
    inZone: (iso: string, timeZone: string) => z.inZone(iso, timeZone),
    timeIn: (iso: string, timeZone: string) => z.timeIn(iso, timeZone),
    day: (iso: string, timeZone: string) => z.day(iso, timeZone),
    /** The zone's short name at that instant ("GMT+7", "WIB" where the locale knows it). */
    zoneName(iso: string, timeZone: string): string {
      const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName');
      return part?.value ?? timeZone;
    },
  };
}
