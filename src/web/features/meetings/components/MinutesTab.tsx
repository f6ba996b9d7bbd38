// A meeting's minutes tab: each agenda item's minutes, drafted, locked once approved, corrected with a reason.
import { Alert, Button, Collapse, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { describeError } from '../../../lib/form.ts';
import { useFormatters } from '../../../lib/format.ts';
import { toast } from '../../../lib/toast.ts';
import { useAgenda } from '../api/get-agenda.ts';
import { useMinuteRevisions } from '../api/get-minute-revisions.ts';
import { useSaveMinutes } from '../api/save-minutes.ts';
import type { AgendaItem, Meeting } from '../api/types.ts';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';

export function MinutesTab({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const query = useAgenda(meeting.id);
  const items = query.data?.items ?? [];
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Stack gap="md">
      {items.length === 0 && !query.isPending && <Text size="sm" c="dimmed">{t('meetings.minutes.noAgenda')}</Text>}
      {items.map((item, index) => (
        <ItemMinutes key={item.id} meeting={meeting} item={item} index={index} editable={editable} onReload={() => query.refetch()} />
      ))}
    </Stack>
  );
}

function ItemMinutes({ meeting, item, index, editable, onReload }: { meeting: Meeting; item: AgendaItem; index: number; editable: boolean; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const save = useSaveMinutes(meeting.id);
  const [draft, setDraft] = useState(item.minutes);
  const [base, setBase] = useState(item.minutesVersion);
  const [conflict, setConflict] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const headingId = `minutes-${item.id}`;
  const canCorrect = meeting.locked && meeting.abilities.update;
  const writing = editable || correcting;
  const dirty = draft !== item.minutes || base !== item.minutesVersion;

  const reload = async () => {
    const result = (await onReload()) as { data?: { items: AgendaItem[] } };
    const fresh = result.data?.items.find((i) => i.id === item.id);
    if (fresh) {
      setDraft(fresh.minutes);
      setBase(fresh.minutesVersion);
    }
    setConflict(false);
    setResetKey((k) => k + 1);
  };

  const submit = async () => {
    if (correcting && !reason.trim()) {
      setReasonError(t('meetings.minutes.reasonRequired'));
      return;
    }
    try {
      const saved = await save.mutateAsync({ itemId: item.id, content: draft, baseVersion: base, reason: correcting ? reason.trim() : undefined });
      setBase(saved.version);
      setConflict(false);
      setCorrecting(false);
      setReason('');
      toast({ message: correcting ? t('meetings.minutes.corrected') : t('meetings.minutes.saved', { title: item.title }), autoClose: 3000 });
    } catch (error) {
      if (isApiError(error) && error.code === 'minutes.stale_version') setConflict(true);
      else toast({ color: 'red', title: t('meetings.minutes.notSaved'), message: describeError(error, t), autoClose: false });
    }
  };

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={headingId}>
          {index + 1}. {item.title}
        </Title>
        {conflict && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('meetings.minutes.conflict')}</Text>
              <Button size="xs" variant="default" onClick={reload}>
                {t('meetings.minutes.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {writing || draft ? (
          <RichTextEditor label={t('meetings.minutes.editorLabel', { title: item.title })} content={draft} editable={writing} onChange={setDraft} resetKey={`${resetKey}-${writing}`} />
        ) : (
          <Text size="sm" c="dimmed">{t('meetings.minutes.none')}</Text>
        )}
        {correcting && (
          <Textarea
            label={t('meetings.minutes.reason')}
            description={t('meetings.minutes.reasonHint')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            autosize
            minRows={2}
          />
        )}
        <Group gap="sm">
          {editable && (
            <Button onClick={submit} loading={save.isPending} disabled={!dirty && !conflict}>
              {t('meetings.minutes.save')}
            </Button>
          )}
          {canCorrect && !correcting && (
            <Button variant="default" onClick={() => setCorrecting(true)}>
              {t('meetings.minutes.corrigendum')}
            </Button>
          )}
          {correcting && (
            <>
              <Button onClick={submit} loading={save.isPending}>
                {t('meetings.minutes.saveCorrigendum')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setCorrecting(false);
                  setDraft(item.minutes);
                  setResetKey((k) => k + 1);
                }}
              >
                {t('common.actions.cancel')}
              </Button>
            </>
          )}
          <Button variant="subtle" onClick={() => setHistoryOpen((o) => !o)} aria-expanded={historyOpen}>
            {t('meetings.minutes.history')}
          </Button>
        </Group>
        <Collapse expanded={historyOpen}>{historyOpen && <Revisions meetingId={meeting.id} itemId={item.id} />}</Collapse>
      </Stack>
    </Paper>
  );
}

function Revisions({ meetingId, itemId }: { meetingId: string; itemId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useMinuteRevisions(meetingId, itemId, true);
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data?.items ?? [];
  if (query.data && items.length === 0) return <Text size="sm" c="dimmed">{t('meetings.minutes.noRevisions')}</Text>;
  return (
    <Stack gap={4} component="ol" m={0} pl="md">
      {items.map((r) => (
        <Text key={r.id} component="li" size="sm">
          {t('meetings.minutes.revisionLine', { version: r.version, who: r.changedByLabel, when: fmt.dateTime(r.changedAt) })}
          {r.corrigendum && ` — ${t('meetings.minutes.corrigendumReason', { reason: r.reason ?? '' })}`}
        </Text>
      ))}
    </Stack>
  );
}
