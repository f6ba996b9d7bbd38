// The calendar's agenda view: the days that have items, each with its items in full.
import { EmptyState, Stack, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { useFormatters } from '../../../lib/format.ts';
import { dayStartLocal } from './calendar-days.ts';
import { CalendarItemRow } from './CalendarItemRow.tsx';

/** The days that have items, each with its items in full. */
export function AgendaView({ days, today, itemsByDay }: { days: string[]; today: string; itemsByDay: Map<string, CalendarItem[]> }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const heading = new Intl.DateTimeFormat(fmt.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const busy = days.filter((d) => (itemsByDay.get(d)?.length ?? 0) > 0);

  if (busy.length === 0)
    return <EmptyState py="xl" withIndicatorBackground icon={<IconCalendarOff aria-hidden />} title={t('calendar.emptyAgenda')} description={t('calendar.emptyHint')} />;

  return (
    <Stack gap="lg">
      {busy.map((day) => (
        <section key={day} aria-labelledby={`agenda-${day}`}>
          <Title order={3} size="h5" id={`agenda-${day}`} mb={4} aria-current={day === today ? 'date' : undefined}>
            {heading.format(dayStartLocal(day))}
            {day === today ? ` · ${t('calendar.today')}` : ''}
          </Title>
          <div>
            {(itemsByDay.get(day) ?? []).map((item) => (
              <CalendarItemRow key={item.id} item={item} />
            ))}
          </div>
        </section>
      ))}
    </Stack>
  );
}
