// Background jobs of one status, with their last error; failed ones can be queued again.
import { Button, Code, Spoiler, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { type Job, type JobStatus, useJobs } from '../api/get-jobs.ts';
import { useRetryJob } from '../api/retry-job.ts';

const TONE: Record<JobStatus, string> = { failed: 'red', pending: 'blue', running: 'cyan', done: 'green', cancelled: 'gray' };

/** Background jobs of one status; failed ones can be queued again. */
export function JobsTable({ status, empty }: { status: JobStatus; empty: React.ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useJobs(status);
  const retry = useRetryJob();
  const [retrying, setRetrying] = useState<string | null>(null);

  const doRetry = (job: Job) => {
    setRetrying(job.id);
    retry.mutate(job.id, {
      onSuccess: () => toast({ message: t('adminJobs.retriedToast', { kind: job.kind }), autoClose: 3000 }),
      onError: (error) => toast({ color: 'red', title: t('adminJobs.retryFailed'), message: describeError(error, t), autoClose: false }),
      onSettled: () => setRetrying(null),
    });
  };

  const columns: Column<Job>[] = [
    {
      key: 'kind',
      header: t('adminJobs.fields.kind'),
      width: '22%',
      render: (j) => (
        <>
          <TruncatedText text={j.kind} />
          {j.key && <TruncatedText text={j.key} dimmed />}
        </>
      ),
    },
    { key: 'status', header: t('adminJobs.fields.status'), width: 110, render: (j) => <ToneBadge color={TONE[j.status]}>{t(`adminJobs.statuses.${j.status}`)}</ToneBadge> },
    { key: 'attempts', header: t('adminJobs.fields.attempts'), width: 100, render: (j) => <Text size="sm">{t('adminJobs.attemptsOf', { n: j.attempts, max: j.maxAttempts })}</Text> },
    {
      key: 'error',
      header: t('adminJobs.fields.lastError'),
      render: (j) =>
        j.lastError ? (
          <Spoiler maxHeight={44} showLabel={t('adminJobs.showMore')} hideLabel={t('adminJobs.showLess')}>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {j.lastError}
            </Code>
          </Spoiler>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    {
      key: 'when',
      header: t('adminJobs.fields.updated'),
      width: 170,
      visibleFrom: 'md',
      render: (j) => (
        <>
          <TruncatedText text={fmt.dateTime(j.updatedAt)} />
          <TruncatedText text={t('adminJobs.runAt', { when: fmt.dateTime(j.runAt) })} dimmed />
        </>
      ),
    },
    {
      key: 'actions',
      header: t('adminJobs.fields.actions'),
      width: 110,
      render: (j) =>
        j.status === 'failed' ? (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={retrying === j.id}
            onClick={() => doRetry(j)}
            aria-label={t('adminJobs.retryNamed', { kind: j.kind })}
          >
            {t('adminJobs.retry')}
          </Button>
        ) : null,
    },
  ];

  return <ListView query={query} caption={t('adminJobs.title')} columns={columns} rowKey={(j) => j.id} empty={empty} keyboard={false} />;
}
