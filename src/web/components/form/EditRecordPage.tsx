// The frame of every "Edit …" page: loading, a record that cannot be loaded or may not be changed, the form under its heading, and "Saved" afterwards.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/page-title.ts';
import { toast } from '../../lib/toast.ts';
import { ForbiddenPage, PageSkeleton, RecordLoadError } from '../PageStates.tsx';
import { FormPage } from './FormPage.tsx';

interface Heading {
  /** The page's heading; "Edit <name>" unless given. */
  title: string;
  /** The browser tab's title, when not the heading. */
  pageTitle?: string;
  /** Above the heading; what kind of record it is unless given. */
  context: string;
}

interface EditRecordPageProps<R extends { abilities: { update: boolean } }, P> {
  query: UseQueryResult<R, Error>;
  /** The record's name: in the heading, the "← back" link and the "Saved" toast. */
  name: (record: R) => string;
  /** What kind of record it is ("Organisation"), above the heading. */
  kind?: string;
  /** A heading other than "Edit <name>". */
  heading?: (record: R, name: string) => Partial<Heading>;
  /** The name in the "Saved" toast, when not the saved record's `name`. */
  savedName?: (saved: R, before: R) => string;
  update: { mutateAsync: (payload: P) => Promise<R> };
  onBack: () => void;
  /** The form, given the loaded record and what saves it (then says so and goes back). */
  children: (record: R, save: (payload: P) => Promise<void>) => ReactNode;
}

export function EditRecordPage<R extends { abilities: { update: boolean } }, P>(props: EditRecordPageProps<R, P>) {
  const { query, name, kind, heading, savedName, update, onBack, children } = props;
  const { t } = useTranslation();
  const record = query.data;
  const recordName = record ? name(record) : '';
  const head: Heading | undefined = record ? { title: t('common.record.editTitle', { name: recordName }), context: kind ?? '', ...heading?.(record, recordName) } : undefined;
  usePageTitle(head ? (head.pageTitle ?? head.title) : undefined);

  if (query.isPending) return <PageSkeleton />;
  if (!record || !head) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!record.abilities.update) return <ForbiddenPage />;
  const save = async (payload: P) => {
    const saved = await update.mutateAsync(payload);
    toast({ message: t('common.record.savedToast', { name: savedName ? savedName(saved, record) : name(saved) }), autoClose: 3000 });
    onBack();
  };
  return (
    <FormPage title={head.title} context={head.context} onBack={onBack} backLabel={recordName}>
      {children(record, save)}
    </FormPage>
  );
}
