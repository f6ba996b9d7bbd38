// The decisions register: every body's decisions, searched and filtered by body and status.
import { Select, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DECISION_STATUSES } from '../../../../shared/meetings.ts';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useBodiesHealth } from '../api/get-bodies-health.ts';
import { useDecisionsRegister } from '../api/get-decisions.ts';
import type { Decision } from '../api/types.ts';
import { DecisionStatusBadge } from '../components/Badges.tsx';
import { useZonedFormat } from '../../../lib/zoned-time.ts';
import type { DecisionsSearch } from './bodies-search.ts';

const route = getRouteApi('/decisions');

export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const z = useZonedFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('meetings.register.title'));
  const bodies = useBodiesHealth().data?.items ?? [];
  const query = useDecisionsRegister({ q: search.q, bodyId: search.bodyId, status: search.status });
  const update = (patch: Partial<DecisionsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Boolean(search.q || search.bodyId || search.status);

  const columns: Column<Decision>[] = [
    { key: 'code', header: t('meetings.register.code'), width: 150, render: (d) => <Text size="sm" fw={700} ff="monospace">{d.code}</Text> },
    { key: 'text', header: t('meetings.decisions.text'), render: (d) => <Text size="sm" lineClamp={3}>{d.text}</Text> },
    {
      key: 'meeting',
      header: t('meetings.register.meeting'),
      width: '28%',
      visibleFrom: 'sm',
      render: (d) => (
        <Stack gap={0}>
          <AnchorLink to="/meetings/$id" params={{ id: d.meetingId }} search={{ tab: 'decisions' }} size="sm">
            {d.meeting.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">{z.day(d.meeting.startsAt, d.meeting.timeZone)}</Text>
        </Stack>
      ),
    },
    { key: 'status', header: t('meetings.register.status'), width: 120, render: (d) => <DecisionStatusBadge status={d.status} /> },
  ];

  return (
    <ListPage
     
      title={t('meetings.register.title')}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('meetings.register.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('meetings.register.body')}
            placeholder={t('common.list.any')}
            clearable
            searchable
            data={bodies.map((b) => ({ value: b.id, label: b.acronym ?? localName(b, i18n.language) }))}
            value={search.bodyId ?? null}
            onChange={(bodyId) => update({ bodyId: bodyId ?? undefined })}
            w={240}
          />
          <Select
            label={t('meetings.register.status')}
            placeholder={t('common.list.any')}
            clearable
            data={DECISION_STATUSES.map((s) => ({ value: s, label: t(`meetings.decisionStatus.${s}`) }))}
            value={search.status ?? null}
            onChange={(status) => update({ status: (status ?? undefined) as DecisionsSearch['status'] })}
            w={180}
          />
        </>
      }
    >
      <ListView
        query={query}
        caption={t('meetings.register.title')}
        columns={columns}
        rowKey={(d) => d.id}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('meetings.register.emptyFiltered') : t('meetings.register.empty')}
            description={filtered ? t('meetings.register.emptyFilteredHint') : t('meetings.register.emptyHint')}
            onClear={() => update({ q: undefined, bodyId: undefined, status: undefined })}
          />
        }
      />
    </ListPage>
  );
}
