// The calendar page: month, week or agenda, filters, and the subscription panel.
import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCalendar } from '../api/get-calendar.ts';
import { AgendaView } from '../components/AgendaView.tsx';
import { addDays, type CalendarView, dayStartLocal, itemDays, shiftAnchor, todayKey, viewRange } from '../components/calendar-days.ts';
import { CalendarFilters } from '../components/CalendarFilters.tsx';
import { CalendarToolbar } from '../components/CalendarToolbar.tsx';
import { MonthView } from '../components/MonthView.tsx';
import { SubscribePanel } from '../components/SubscribePanel.tsx';
import { useCalendarGroups } from '../components/use-calendar-groups.ts';
import { CALENDAR_MODULES } from '../components/use-module-label.ts';
import { WeekView } from '../components/WeekView.tsx';
import { userTimeZone } from '../components/zone-time.ts';
import type { CalendarSearch } from './calendar-search.ts';

const route = getRouteApi('/calendar');

const byTime = (a: CalendarItem, b: CalendarItem) =>
  Number(b.allDay) - Number(a.allDay) || a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title);

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('calendar.title'));
  const update = (patch: Partial<CalendarSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const view: CalendarView = search.view ?? 'month';
  const today = todayKey();
  const anchor = search.date ?? today;
  const range = viewRange(view, anchor);
  const selectedModules = search.modules ? search.modules.split(',') : [];
  const selectedKinds = search.kinds ? search.kinds.split(',') : [];
  const query = useCalendar({
    from: dayStartLocal(range.start).toISOString(),
    to: dayStartLocal(range.end).toISOString(),
    modules: selectedModules,
    kinds: selectedKinds,
    language: i18n.language,
  });

  const allItems = query.data?.items ?? [];
  const groups = useCalendarGroups(allItems);
  const items = search.group ? allItems.filter((i) => i.groupKey === search.group) : allItems;
  const itemsByDay = useMemo(() => {
    const map = new Map<string, CalendarItem[]>();
    for (const item of items) for (const day of itemDays(item)) map.set(day, [...(map.get(day) ?? []), item]);
    for (const list of map.values()) list.sort(byTime);
    return map;
  }, [items]);
  const modules = [...new Set([...CALENDAR_MODULES, ...allItems.map((i) => i.module), ...selectedModules])];

  const month = range.days[Math.min(10, range.days.length - 1)]?.slice(0, 7) ?? anchor.slice(0, 7);
  const monthName = new Intl.DateTimeFormat(fmt.locale, { month: 'long', year: 'numeric' }).format(dayStartLocal(`${month}-01`));
  const period =
    view === 'month' ? monthName.charAt(0).toLocaleUpperCase(fmt.locale) + monthName.slice(1) : `${fmt.date(range.start)} – ${fmt.date(addDays(range.end, -1))}`;

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={1} size="h2">
          {t('calendar.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calendar.zoneNote', { zone: userTimeZone() })}
        </Text>
      </Stack>
      <CalendarToolbar
        view={view}
        period={period}
        onViewChange={(next) => update({ view: next === 'month' ? undefined : next })}
        onStep={(direction) => update({ date: shiftAnchor(view, anchor, direction) })}
        onToday={() => update({ date: undefined })}
      />
      <CalendarFilters
        modules={modules}
        selectedModules={selectedModules}
        onModulesChange={(next) => update({ modules: next.length ? next.join(',') : undefined, group: undefined })}
        selectedKinds={selectedKinds}
        onKindsChange={(next) => update({ kinds: next.length ? next.join(',') : undefined })}
        groups={groups}
        group={search.group ?? null}
        onGroupChange={(group) => update({ group: group ?? undefined })}
      />
      {query.data?.truncated && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('calendar.truncated')}
        </Alert>
      )}
      {query.isError && !query.data && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.isPending ? (
        <Skeleton height={480} radius="sm" role="status" aria-label={t('common.list.loading')} />
      ) : (
        <div style={{ opacity: query.isPlaceholderData ? 0.7 : 1, transition: 'opacity 120ms ease' }} aria-busy={query.isPlaceholderData || undefined}>
          {view === 'month' && (
            <MonthView caption={period} days={range.days} month={month} today={today} itemsByDay={itemsByDay} onShowDay={(day) => update({ view: 'week', date: day })} />
          )}
          {view === 'week' && <WeekView days={range.days} today={today} itemsByDay={itemsByDay} />}
          {view === 'agenda' && <AgendaView days={range.days} today={today} itemsByDay={itemsByDay} />}
        </div>
      )}
      {me && <SubscribePanel />}
    </Stack>
  );
}
