// A meeting's agenda tab: the items in order, moved, added, changed and removed.
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { describeError } from '../../../lib/form.ts';
import { localName } from '../../../lib/names.ts';
import { toast } from '../../../lib/toast.ts';
import { useAgenda } from '../api/get-agenda.ts';
import { useDeleteAgendaItem } from '../api/delete-agenda-item.ts';
import { useReorderAgenda } from '../api/reorder-agenda.ts';
import type { AgendaItem, Meeting } from '../api/types.ts';
import { AgendaItemModal } from './AgendaItemModal.tsx';
import { MattersArising } from './MattersArising.tsx';

export function AgendaTab({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const parties = usePartiesLookup();
  const query = useAgenda(meeting.id);
  const reorder = useReorderAgenda(meeting.id);
  const remove = useDeleteAgendaItem(meeting.id);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AgendaItem | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const items = query.data?.items ?? [];

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    const item = items[from];
    reorder.mutate(ids, {
      onSuccess: () => setStatus(t('meetings.agenda.movedTo', { title: item.title, position: to + 1 })),
      onError: (error) => toast({ color: 'red', title: t('meetings.agenda.reorderFailed'), message: describeError(error, t), autoClose: false }),
    });
  };

  const presenter = (item: AgendaItem) => {
    const party = item.presenterPartyCode ? parties.byCode.get(item.presenterPartyCode) : undefined;
    return [party ? localName(party, i18n.language) : item.presenterPartyCode, item.presenter?.fullName].filter(Boolean).join(' — ');
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {editable ? t('meetings.agenda.reorderHint') : t('meetings.agenda.count', { count: items.length })}
        </Text>
        {editable && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('meetings.agenda.add')}
          </Button>
        )}
      </Group>
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {items.length === 0 && !query.isPending && <Text size="sm" c="dimmed">{t('meetings.agenda.empty')}</Text>}
      <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('meetings.tabs.agenda')}>
        {items.map((item, index) => (
          <Paper
            key={item.id}
            component="li"
            withBorder
            p="xs"
            radius="sm"
            onDragOver={(e: React.DragEvent) => {
              if (dragged !== null) e.preventDefault();
            }}
            onDrop={(e: React.DragEvent) => {
              e.preventDefault();
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            }}
            style={{ opacity: dragged === index ? 0.5 : 1 }}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              {editable && (
                <Tooltip label={t('meetings.agenda.dragHandle')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', item.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragged(index);
                    }}
                    onDragEnd={() => setDragged(null)}
                    style={{ cursor: 'grab' }}
                    aria-label={t('meetings.agenda.dragItem', { title: item.title })}
                    tabIndex={-1}
                  >
                    <IconGripVertical size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
              <Text fw={600} w={28} ta="right">{index + 1}.</Text>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Text fw={500} style={{ overflowWrap: 'anywhere' }}>{item.title}</Text>
                <Text size="xs" c="dimmed">
                  {[presenter(item), item.durationMinutes ? t('meetings.agenda.minutes', { count: item.durationMinutes }) : null, item.carriedActionItemId || item.carriedDecisionId ? t('meetings.agenda.carried') : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              {editable && (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('meetings.agenda.moveUp', { title: item.title })}>
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="gray" disabled={index === items.length - 1} onClick={() => move(index, index + 1)} aria-label={t('meetings.agenda.moveDown', { title: item.title })}>
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(item)} aria-label={t('meetings.agenda.edit', { title: item.title })}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(item)} aria-label={t('meetings.agenda.delete', { title: item.title })}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <Text size="xs" aria-live="polite" className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {status}
      </Text>
      {editable && <MattersArising meeting={meeting} />}
      <AgendaItemModal meetingId={meeting.id} item={editing === 'new' ? undefined : (editing ?? undefined)} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('meetings.agenda.deleteQuestion', { title: deleting?.title ?? '' })}
        message={t('meetings.agenda.deleteExplanation')}
        confirmLabel={t('meetings.common.delete')}
        danger
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting.id);
            toast({ message: t('meetings.agenda.deleted', { title: deleting.title }), autoClose: 3000 });
            setDeleting(null);
          } catch (error) {
            toast({ color: 'red', title: t('meetings.common.failed'), message: describeError(error, t), autoClose: false });
          }
        }}
      />
    </Stack>
  );
}
