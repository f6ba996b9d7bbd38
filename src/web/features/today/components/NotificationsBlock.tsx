// The latest notifications on the Today page, each linking to its record; unread ones in bold.
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isAppPath, PathLink } from '../../../components/PathLink.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { notificationsQuery } from '../api/today-queries.ts';
import { TodayBlock, TodayRow } from './TodayBlock.tsx';

export function NotificationsBlock() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const q = useQuery(notificationsQuery(i18n.language));
  const items = q.data?.items ?? [];
  return (
    <TodayBlock
      testId="today-notifications"
      title={t('today.notifications')}
      total={q.data?.unread}
      countLabel={t('today.unread', { count: q.data?.unread ?? 0 })}
      empty={t('today.notificationsEmpty')}
      query={q}
      seeAll="/notifications"
      hasRows={items.length > 0}
    >
      {items.map((n) => (
        <TodayRow key={n.id} detail={<time dateTime={n.createdAt}>{fmt.relative(n.createdAt)}</time>}>
          {isAppPath(n.path) ? (
            <PathLink path={n.path} size="sm" fw={n.readAt ? 400 : 700}>
              {n.title}
            </PathLink>
          ) : (
            <Text size="sm">{n.title}</Text>
          )}
        </TodayRow>
      ))}
    </TodayBlock>
  );
}
