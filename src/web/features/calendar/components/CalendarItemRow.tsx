// A calendar item in the agenda: time, title, its zone in full, status, and an .ics download.
import { ActionIcon, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCalendarDown, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { PathLink } from '../../../components/PathLink.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import classes from './CalendarItem.module.css';
import { useModuleLabel } from './use-module-label.ts';
import { useItemTime } from './use-item-time.ts';

/** An item in the agenda: time, title linking to its record, its zone in full, status, and an .ics download. */
export function CalendarItemRow({ item }: { item: CalendarItem }) {
  const { t } = useTranslation();
  const time = useItemTime();
  const moduleLabel = useModuleLabel();
  const cancelled = item.status === 'cancelled';
  return (
    <div className={classes.row}>
      <Text className={classes.rowTime} c={cancelled ? 'dimmed' : undefined}>
        {time.short(item)}
      </Text>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <PathLink path={item.url} fw={600} size="sm" className={cancelled ? classes.struck : undefined} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </PathLink>
          {cancelled && <ToneBadge color="red">{t('calendar.cancelled')}</ToneBadge>}
          {item.status === 'tentative' && (
            <ToneBadge color="yellow" variant="outline">
              {t('calendar.tentative')}
            </ToneBadge>
          )}
          <ToneBadge color="gray" variant="outline">
            {moduleLabel(item.module)}
          </ToneBadge>
        </Group>
        <Text size="xs" c="dimmed">
          {time.full(item)}
        </Text>
        {item.location && (
          <Group gap={4} wrap="nowrap">
            <IconMapPin size={14} aria-hidden />
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              <VisuallyHidden>{t('calendar.location')}: </VisuallyHidden>
              {item.location}
            </Text>
          </Group>
        )}
      </Stack>
      <Tooltip label={t('calendar.downloadIcs')}>
        <ActionIcon component="a" href={item.icsUrl} download variant="subtle" aria-label={t('calendar.downloadIcsFor', { title: item.title })}>
          <IconCalendarDown size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
