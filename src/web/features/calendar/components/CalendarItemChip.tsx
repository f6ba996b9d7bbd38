// A calendar item as a small link: its start on the user's clock and its title.
import { Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { PathLink } from '../../../components/PathLink.tsx';
import classes from './CalendarItem.module.css';
import { useItemTime } from './use-item-time.ts';

/**
 * An item as a link to its record: its start on the user's clock and its title
 * (cut in a month cell, wrapped in a week); the full time with its zone on hover or focus.
 */
export function CalendarItemChip({ item, wrap = false }: { item: CalendarItem; wrap?: boolean }) {
  const { t } = useTranslation();
  const time = useItemTime();
  const cancelled = item.status === 'cancelled';
  return (
    <Tooltip
      label={
        <>
          <Text size="sm" fw={600} inherit>
            {item.title}
            {cancelled ? ` — ${t('calendar.cancelled')}` : ''}
          </Text>
          <Text size="xs" inherit>
            {time.full(item)}
          </Text>
        </>
      }
      multiline
      maw={380}
      openDelay={250}
      events={{ hover: true, focus: true, touch: false }}
    >
      <PathLink
        path={item.url}
        className={classes.chip}
        underline="never"
        data-all-day={item.allDay || undefined}
        data-cancelled={cancelled || undefined}
        data-tentative={item.status === 'tentative' || undefined}
        data-wrap={wrap || undefined}
      >
        {!item.allDay && !wrap && <span className={classes.chipTime}>{time.short(item).split('–')[0]}</span>}
        {item.allDay && <VisuallyHidden>{t('calendar.allDay')}</VisuallyHidden>}
        <span className={`${wrap ? classes.chipTitleWrap : classes.chipTitle} ${cancelled ? classes.struck : ''}`}>{item.title}</span>
        {cancelled && <span className={classes.cancelledWord}>{t('calendar.cancelled')}</span>}
      </PathLink>
    </Tooltip>
  );
}
