// The audit trail: who changed what and when, filtered, newest first.
import { Stack, Text, Tooltip } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/admin.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAuditEntries } from '../api/get-audit-entries.ts';
import { AuditChanges } from '../components/AuditChanges.tsx';
import { AuditFilters } from '../components/AuditFilters.tsx';
import { actionLabel, recordTypeLabel } from '../components/audit-labels.ts';
import type { AuditSearch } from './audit-search.ts';

const route = getRouteApi('/audit');

function RecordLink({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const label = recordTypeLabel(i18n, t, entry.recordType);
  const id = entry.recordId;
  if (!id) return <Text size="sm">{label}</Text>;
  const link = (() => {
    switch (entry.recordType) {
      case 'organization':
        return <AnchorLink to="/organizations/$id" params={{ id }}>{label}</AnchorLink>;
      case 'person':
        return <AnchorLink to="/people/$id" params={{ id }}>{label}</AnchorLink>;
      case 'party':
        return <AnchorLink to="/parties/$id" params={{ id }}>{label}</AnchorLink>;
      case 'delegation':
        return <AnchorLink to="/delegations/$id" params={{ id }}>{label}</AnchorLink>;
      default:
        return <Text span size="sm">{label}</Text>;
    }
  })();
  return (
    <Stack gap={0}>
      <Text size="sm">{link}</Text>
      <TruncatedText text={id} dimmed />
    </Stack>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('audit.title'));
  const query = useAuditEntries(filters);
  const update = (patch: Partial<AuditSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Object.values(filters).some(Boolean);

  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      header: t('audit.columns.when'),
      width: '17%',
      render: (e) => (
        <Tooltip label={fmt.relative(e.at)}>
          <Text size="sm" component="time" dateTime={e.at}>
            {fmt.dateTime(e.at)}
          </Text>
        </Tooltip>
      ),
    },
    { key: 'who', header: t('audit.columns.who'), width: '14%', render: (e) => <TruncatedText text={e.actorLabel} /> },
    { key: 'action', header: t('audit.columns.action'), width: '16%', render: (e) => <Text size="sm">{actionLabel(i18n, t, e.action)}</Text> },
    { key: 'record', header: t('audit.columns.record'), width: '15%', visibleFrom: 'md', render: (e) => <RecordLink entry={e} /> },
    { key: 'changes', header: t('audit.columns.changes'), render: (e) => <AuditChanges changes={e.changes} recordType={e.recordType} /> },
  ];

  return (
    <ListPage title={t('audit.title')}>
      <AuditFilters filters={filters} onChange={update} />
      <ListView
        query={query}
        caption={t('audit.title')}
        columns={columns}
        rowKey={(e) => String(e.seq)}
        keyboard={false}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('audit.emptyFiltered') : t('audit.emptyNone')}
            description={filtered ? t('audit.emptyFilteredHint') : t('audit.emptyNoneHint')}
            onClear={() => navigate({ search: {}, replace: true })}
          />
        }
      />
    </ListPage>
  );
}
