// The calendar's week view: seven days side by side, each with its items in time order.
import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { useFormatters } from '../../../lib/format.ts';
import { dayStartLocal } from './calendar-days.ts';
import { CalendarItemChip } from './CalendarItemChip.tsx';
import classes from './CalendarViews.module.css';
import { useItemTime } from './use-item-time.ts';

interface WeekViewProps {
  days: string[];
  today: string;
  itemsByDay: Map<string, CalendarItem[]>;
}

/** Seven days side by side (stacked on narrow screens), each with all its items in time order. */
export function WeekView({ days, today, itemsByDay }: WeekViewProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const time = useItemTime();
  const heading = new Intl.DateTimeFormat(fmt.locale, { weekday: 'short', day: 'numeric', month: 'short' });

  return (
    <div className={classes.week}>
      {days.map((day) => {
        const items = itemsByDay.get(day) ?? [];
        const headingId = `week-day-${day}`;
        return (
          <section key={day} className={classes.weekDay} data-today={day === today || undefined} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.weekHeading} aria-current={day === today ? 'date' : undefined}>
              {heading.format(dayStartLocal(day))}
            </h3>
            {items.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('calendar.nothingThisDay')}
              </Text>
            ) : (
              <ul className={classes.items}>
                {items.map((item) => (
                  <li key={item.id} className={classes.weekItem}>
                    <Text size="xs" fw={600} c="dimmed">
                      {time.short(item)}
                    </Text>
                    <Group gap={2} wrap="nowrap" align="flex-start">
                      <div style={{ flex: 1, minWidth: 0 }}>
                        <CalendarItemChip item={item} wrap />
                      </div>
                      <Tooltip label={t('calendar.downloadIcs')}>
                        <ActionIcon component="a" href={item.icsUrl} download variant="subtle" size="sm" aria-label={t('calendar.downloadIcsFor', { title: item.title })}>
                          <IconCalendarDown size={14} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
