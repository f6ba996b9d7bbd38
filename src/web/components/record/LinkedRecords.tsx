// "Linked records" on a record's page: the records linked to it both ways, adding and removing a link.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/form.ts';
import { toast } from '../../lib/toast.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import type { Column } from '../list/DataTable.tsx';
import { ListView } from '../list/ListView.tsx';
import { PathLink } from '../PathLink.tsx';
import { AddLinkForm } from './AddLinkForm.tsx';
import { type RecordLinkView, type RecordRef, useRecordLinks, useRemoveLink } from './api/record-links.ts';
import { useLinkLabels } from './link-labels.ts';
import { Section } from './Section.tsx';

interface LinkedRecordsProps {
  /** The record on the page, as the API names it (`meeting`, `consultation`). */
  record: RecordRef;
  /** An archived record keeps its links but takes no new ones. */
  archived?: boolean;
  /** Inside another list (a decision on its meeting's page): no panel of its own. */
  bare?: boolean;
}

/**
 * Only links whose other record the user may see are listed; "Link a record"
 * and "Remove" appear only where the server says the user may change them.
 */
export function LinkedRecords({ record, archived = false, bare = false }: LinkedRecordsProps) {
  const { t } = useTranslation();
  const { typeLabel, howLabel, titleOf } = useLinkLabels();
  const query = useRecordLinks(record);
  const remove = useRemoveLink();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<RecordLinkView | null>(null);
  const first = query.data?.pages[0];
  const canLink = Boolean(first?.abilities.link) && !archived;
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: Column<RecordLinkView>[] = [
    { key: 'type', header: t('common.links.columns.type'), width: 190, render: (l) => <Text size="sm">{typeLabel(l.record.recordType)}</Text> },
    { key: 'record', header: t('common.links.columns.record'), render: (l) => <PathLink path={l.record.path} size="sm">{titleOf(l)}</PathLink> },
    { key: 'how', header: t('common.links.columns.how'), width: 210, visibleFrom: 'md', render: (l) => <Text size="sm" c="dimmed">{howLabel(l)}</Text> },
  ];
  if (!archived && rows.some((l) => l.abilities.remove)) {
    columns.push({
      key: 'actions',
      header: t('common.links.columns.actions'),
      width: 110,
      render: (l) =>
        l.abilities.remove && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(l)} aria-label={t('common.links.removeNamed', { name: titleOf(l) })}>
            {t('common.links.remove')}
          </Button>
        ),
    });
  }

  const confirmRemove = async (l: RecordLinkView) => {
    try {
      await remove.mutateAsync(l.id);
      toast({ message: t('common.links.removed', { name: titleOf(l) }), autoClose: 3000 });
    } catch (error) {
      toast({ color: 'red', title: t('common.links.removeFailed'), message: describeError(error, t) });
    } finally {
      setRemoving(null);
    }
  };

  const addButton = canLink && (
    <Button variant="default" size="xs" leftSection={<IconLink size={16} aria-hidden />} onClick={() => setAdding(true)}>
      {t('common.links.add')}
    </Button>
  );
  const list = (
    <ListView
      query={query}
      caption={t('common.links.title')}
      columns={columns}
      rowKey={(l) => l.id}
      nested
      empty={
        <Text size="sm" c="dimmed">
          {canLink ? t('common.links.emptyCanLink') : t('common.links.empty')}
        </Text>
      }
    />
  );

  return (
    <>
      {bare ? (
        <Stack gap="xs">
          {addButton && <Group>{addButton}</Group>}
          {list}
        </Stack>
      ) : (
        <Section title={t('common.links.title')} count={first?.total} actions={addButton}>
          {list}
        </Section>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('common.links.addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
        {adding && <AddLinkForm from={record} onClose={() => setAdding(false)} />}
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('common.links.removeQuestion', { name: titleOf(removing) }) : ''}
        message={t('common.links.removeExplanation')}
        confirmLabel={t('common.links.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && confirmRemove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
