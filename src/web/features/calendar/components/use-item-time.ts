// How a calendar item's time reads: short on the user's clock, in full with its own zone.
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { useFormatters } from '../../../lib/format.ts';
import { describeItemTime, userTimeRange } from './zone-time.ts';

/** How an item's time reads: short on the user's clock, in full with its own zone. */
export function useItemTime() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return {
    /** "08:00–09:30", or "All day". */
    short: (item: CalendarItem) => (item.allDay ? t('calendar.allDay') : userTimeRange(item, fmt.locale)),
    /** "4 Dec 2026, 12:00 WIB (Asia/Jakarta) — 08:00 your time". */
    full: (item: CalendarItem) =>
      describeItemTime(item, fmt.locale, {
        inZone: (v) => t('calendar.inZone', v),
        yourTime: (v) => t('calendar.yourTime', v),
        allDay: (v) => t('calendar.allDayIn', v),
        date: (d) => fmt.date(d),
      }),
  };
}
