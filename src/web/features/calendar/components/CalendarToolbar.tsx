// The calendar's toolbar: the period shown, previous / today / next, and the view.
import { ActionIcon, Button, Group, SegmentedControl, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_VIEWS, type CalendarView } from './calendar-days.ts';

interface CalendarToolbarProps {
  view: CalendarView;
  /** The period shown, e.g. "December 2026". */
  period: string;
  onViewChange: (view: CalendarView) => void;
  onStep: (direction: 1 | -1) => void;
  onToday: () => void;
}

/** Previous / Today / Next, the period shown, and Month / Week / Agenda. */
export function CalendarToolbar({ view, period, onViewChange, onStep, onToday }: CalendarToolbarProps) {
  const { t } = useTranslation();
  const previous = t(`calendar.previous.${view}`);
  const next = t(`calendar.next.${view}`);
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={previous}>
          <ActionIcon variant="default" size="lg" aria-label={previous} onClick={() => onStep(-1)}>
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" onClick={onToday}>
          {t('calendar.today')}
        </Button>
        <Tooltip label={next}>
          <ActionIcon variant="default" size="lg" aria-label={next} onClick={() => onStep(1)}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Title order={2} size="h4" ml="xs" aria-live="polite" aria-atomic="true">
          {period}
        </Title>
      </Group>
      <SegmentedControl
        aria-label={t('calendar.viewLabel')}
        value={view}
        onChange={(v) => onViewChange(v as CalendarView)}
        data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`calendar.views.${v}`) }))}
      />
    </Group>
  );
}
