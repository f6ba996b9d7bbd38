// The calendar's month view: weeks of days, each with its items.
import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { useFormatters } from '../../../lib/format.ts';
import { dayStartLocal } from './calendar-days.ts';
import { CalendarItemChip } from './CalendarItemChip.tsx';
import classes from './CalendarViews.module.css';

const SHOWN_PER_DAY = 3;

interface MonthViewProps {
  caption: string;
  days: string[];
  /** `YYYY-MM` of the month; other days are shown dimmed. */
  month: string;
  today: string;
  itemsByDay: Map<string, CalendarItem[]>;
  /** Opens a busy day in the week view. */
  onShowDay: (day: string) => void;
}

/** Six (or five) weeks as a table: each day with its first items and "+N more". */
export function MonthView({ caption, days, month, today, itemsByDay, onShowDay }: MonthViewProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const weekdayLong = new Intl.DateTimeFormat(fmt.locale, { weekday: 'long' });
  const weekdayShort = new Intl.DateTimeFormat(fmt.locale, { weekday: 'short' });
  const dayLabel = new Intl.DateTimeFormat(fmt.locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));

  return (
    <table className={classes.month}>
      <caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <thead>
        <tr>
          {weeks[0]?.map((day) => (
            <th key={day} scope="col" abbr={weekdayLong.format(dayStartLocal(day))}>
              {weekdayShort.format(dayStartLocal(day))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const items = itemsByDay.get(day) ?? [];
              const outside = !day.startsWith(month);
              const more = items.length - SHOWN_PER_DAY;
              return (
                <td key={day} data-outside={outside || undefined} aria-current={day === today ? 'date' : undefined}>
                  <span className={classes.dayNumber} data-outside={outside || undefined} data-today={day === today || undefined}>
                    <span aria-hidden>{Number(day.slice(8))}</span>
                    <VisuallyHidden>{dayLabel.format(dayStartLocal(day))}</VisuallyHidden>
                  </span>
                  {items.length > 0 && (
                    <ul className={classes.items}>
                      {items.slice(0, SHOWN_PER_DAY).map((item) => (
                        <li key={item.id}>
                          <CalendarItemChip item={item} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {more > 0 && (
                    <UnstyledButton fz="xs" fw={600} c="var(--mantine-color-anchor)" px={6} onClick={() => onShowDay(day)}>
                      {t('calendar.more', { count: more })}
                      <VisuallyHidden>{` ${dayLabel.format(dayStartLocal(day))}`}</VisuallyHidden>
                    </UnstyledButton>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
