// The search results page: every hit, page by page, filtered by type.
import { Button, EmptyState, Skeleton, Stack, Text } from '@mantine/core';
import { IconSearch, IconSearchOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { LoadMore } from '../../../components/list/LoadMore.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSearchResults } from '../api/search.ts';
import { SearchHitCard } from '../components/SearchHitCard.tsx';
import { TypeFilter } from '../components/TypeFilter.tsx';
import { type SearchPageSearch, typeList } from './search-search.ts';

const route = getRouteApi('/search');

export function SearchPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const q = search.q ?? '';
  const types = typeList(search.types);
  usePageTitle(q ? t('search.pageTitleFor', { q }) : t('search.pageTitle'));
  const query = useSearchResults({ q, types, limit: 20 });
  const update = (patch: Partial<SearchPageSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const hits = query.data?.pages.flatMap((p) => p.items) ?? [];
  const first = query.data?.pages[0];
  const total = first?.total ?? 0;

  return (
    <ListPage title={t('search.pageTitle')} maw={960} search={{ value: search.q, onSearch: (next) => update({ q: next }), placeholder: t('search.placeholder') }}>
      {first && <TypeFilter byType={first.byType} selected={types} onChange={(next) => update({ types: next.length ? next.join(',') : undefined })} />}
      {!q && <EmptyState py="xl" withIndicatorBackground icon={<IconSearch aria-hidden />} title={t('search.startTitle')} description={t('search.hint')} />}
      {q && query.isPending && (
        <Stack gap="sm" aria-busy="true" role="status" aria-label={t('common.list.loading')}>
          {Array.from({ length: 5 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={i} height={56} radius="sm" />
          ))}
        </Stack>
      )}
      {q && query.isError && !query.data && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {q && first && (
        <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
          {t('common.list.resultCount', { count: total, formatted: fmt.number(total) })}
        </Text>
      )}
      {q && first && hits.length === 0 && (
        <EmptyState py="xl" withIndicatorBackground icon={<IconSearchOff aria-hidden />} title={t('search.nothingFound', { q })}>
          {types.length > 0 && (
            <EmptyState.Actions>
              <Button variant="default" onClick={() => update({ types: undefined })}>
                {t('search.allTypes')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      )}
      {hits.length > 0 && (
        <Stack gap={0} component="ol" aria-label={t('search.resultsLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, opacity: query.isPlaceholderData ? 0.7 : 1 }}>
          {hits.map((hit, i) => (
            <li key={`${hit.recordType}:${hit.recordId}`} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}>
              <SearchHitCard hit={hit} />
            </li>
          ))}
        </Stack>
      )}
      {hits.length > 0 && <LoadMore shown={hits.length} total={total} query={query} />}
    </ListPage>
  );
}
