// Action items across meetings: the user's own or all, overdue first.
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { PageSkeleton } from '../../../components/PageStates.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActionItemsList } from '../api/get-action-items.ts';
import { ActionItemsList } from '../components/ActionItemsList.tsx';

const route = getRouteApi('/action-items');

/** Action items for the signed-in user (their party, organisation or themselves), overdue first. */
export function ActionItemsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const mine = search.mine ?? false;
  const title = mine ? t('meetings.actions.mineTitle') : t('meetings.actions.allTitle');
  usePageTitle(title);
  const query = useActionItemsList({ mine: mine || undefined, status: status === 'open' ? 'open' : undefined });
  const items = (query.data?.pages.flatMap((p) => p.items) ?? []).slice().sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const overdue = items.filter((a) => a.overdue).length;
  const isMission = me ? ['admin', 'head', 'staff'].includes(me.user.role) : false;

  return (
    <ListPage title={title}>
      <Group gap="md" align="flex-end">
        <SegmentedControl
          aria-label={t('meetings.actions.whose')}
          data={[
            { value: 'mine', label: t('meetings.actions.mine') },
            { value: 'all', label: t('meetings.actions.all') },
          ]}
          value={mine ? 'mine' : 'all'}
          onChange={(v) => navigate({ search: { mine: v === 'mine' ? true : undefined }, replace: true })}
        />
        <SegmentedControl
          aria-label={t('meetings.actions.status')}
          data={[
            { value: 'open', label: t('meetings.actions.openOnly') },
            { value: 'all', label: t('meetings.actions.anyStatus') },
          ]}
          value={status}
          onChange={(v) => setStatus(v === 'all' ? 'all' : 'open')}
        />
      </Group>
      {query.isPending ? (
        <PageSkeleton />
      ) : query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : items.length === 0 ? (
        <ListEmptyState filtered={false} title={t('meetings.actions.noneMine')} description={t('meetings.actions.noneMineHint')} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('common.list.resultCount', { count: items.length, formatted: fmt.number(items.length) })}
            {overdue > 0 && ` · ${t('meetings.actions.overdueCount', { count: overdue })}`}
          </Text>
          <ActionItemsList items={items} caption={title} canChange={() => isMission} showMeeting />
          {query.hasNextPage && (
            <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage} w="fit-content">
              {t('common.list.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </ListPage>
  );
}
