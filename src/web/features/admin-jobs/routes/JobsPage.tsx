// The administrators' page of background jobs, by status (failed by default).
import { Select, } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListToolbar } from '../../../components/list/ListPageHeader.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { JobsTable } from '../components/JobsTable.tsx';
import { JOB_STATUSES, type JobsSearch } from './jobs-search.ts';

const route = getRouteApi('/admin/jobs');

export function JobsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('adminJobs.title'));
  const status = search.status ?? 'failed';

  return (
    <ListPage title={t('adminJobs.title')} intro={t('adminJobs.intro')}>
      <ListToolbar>
        <Select
          label={t('adminJobs.fields.status')}
          data={JOB_STATUSES.map((s) => ({ value: s, label: t(`adminJobs.statuses.${s}`) }))}
          value={status}
          allowDeselect={false}
          onChange={(next) => navigate({ search: { status: (next === 'failed' ? undefined : next) as JobsSearch['status'] }, replace: true })}
          w={220}
        />
      </ListToolbar>
      <JobsTable
        status={status}
        empty={
          <ListEmptyState
            filtered={false}
            title={status === 'failed' ? t('adminJobs.emptyFailed') : t('adminJobs.empty')}
            description={status === 'failed' ? t('adminJobs.emptyFailedHint') : t('adminJobs.emptyHint')}
          />
        }
      />
    </ListPage>
  );
}
