// An item's acts as buttons: approve (the head), back to draft, dispatch, register the reply, assign, acknowledge, file, cancel; each asks what it needs in a dialog.
import { Alert, Button, FileInput, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserMultiSelect } from '../../../components/pickers/UserMultiSelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { uploadScan } from '../api/upload-scan.ts';
import type { Correspondence, CorrespondenceStatus } from '../api/types.ts';
import { useDispatch, useMoveStatus, useReply } from '../api/write-correspondence.ts';

type Dialog = null | { act: 'move'; status: CorrespondenceStatus } | { act: 'dispatch' } | { act: 'reply' };

const today = () => new Date().toISOString().slice(0, 10);

export function ItemActions({ item }: { item: Correspondence }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const move = useMoveStatus(item.id);
  const dispatch = useDispatch(item.id);
  const reply = useReply(item.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [assignee, setAssignee] = useState<string[]>([]);
  const [mode, setMode] = useState<'email' | 'hand' | 'courier'>('email');
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState({ date: today(), subject: '', body: '', theirReference: '', file: null as File | null });
  const [busy, setBusy] = useState(false);
  if (!item.abilities.update) return null;
  const isHead = me?.user.role === 'head';

  const open = (d: Dialog) => {
    setError(null);
    setReason('');
    setNote('');
    setAnswer({ date: today(), subject: item.direction === 'outgoing' ? '' : `Re: ${item.subject}`, body: '', theirReference: '', file: null });
    setDialog(d);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setDialog(null);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  const moves = item.nextStatuses.filter((s) => s !== 'approved' || isHead);
  const awaitingReply = ['dispatched', 'registered', 'assigned'].includes(item.status);

  return (
    <>
      {moves.map((s) => (
        <Button key={s} variant={s === 'approved' ? 'filled' : 'default'} onClick={() => open({ act: 'move', status: s })}>
          {t(`correspondence.move.${s}`)}
        </Button>
      ))}
      {item.status === 'approved' && <Button onClick={() => open({ act: 'dispatch' })}>{t('correspondence.dispatch.open')}</Button>}
      {awaitingReply && (
        <Button variant={item.direction === 'outgoing' ? 'filled' : 'default'} onClick={() => open({ act: 'reply' })}>
          {item.direction === 'outgoing' ? t('correspondence.reply.registerAnswer') : t('correspondence.reply.draftReply')}
        </Button>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
        title={
          dialog?.act === 'move'
            ? t(`correspondence.move.${dialog.status}`)
            : dialog?.act === 'dispatch'
              ? t('correspondence.dispatch.title', { number: item.registerNumber })
              : item.direction === 'outgoing'
                ? t('correspondence.reply.registerAnswer')
                : t('correspondence.reply.draftReply')
        }
      >
        <Stack gap="md">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {dialog?.act === 'move' && (
            <>
              {dialog.status === 'assigned' && <UserMultiSelect label={t('correspondence.fields.assignee')} value={assignee} onChange={(v) => setAssignee(v.slice(-1))} />}
              {dialog.status === 'cancelled' && <Textarea label={t('correspondence.move.reason')} description={t('correspondence.move.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
              <Button
                loading={busy}
                onClick={() =>
                  run(async () => {
                    await move.mutateAsync({ status: dialog.status, reason: reason || null, assigneeUserId: dialog.status === 'assigned' ? (assignee[0] ?? null) : null });
                    toast({ message: t('correspondence.move.done', { status: t(`correspondence.status.${dialog.status}`) }), autoClose: 3000 });
                  })
                }
              >
                {t(`correspondence.move.${dialog.status}`)}
              </Button>
            </>
          )}
          {dialog?.act === 'dispatch' && (
            <>
              <SegmentedControl
                aria-label={t('correspondence.dispatch.mode')}
                value={mode}
                onChange={(v) => setMode(v as typeof mode)}
                data={(['email', 'hand', 'courier'] as const).map((m) => ({ value: m, label: t(`correspondence.dispatch.modes.${m}`) }))}
              />
              {mode === 'email' ? (
                <Text size="sm">
                  {t('correspondence.dispatch.recipients')}: {item.addressees.map((a) => `${a.organization ?? ''} <${a.email ?? '—'}>`).join(', ')}
                </Text>
              ) : (
                <TextInput label={t('correspondence.dispatch.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
              )}
              <Button
                loading={busy}
                onClick={() =>
                  run(async () => {
                    await dispatch.mutateAsync({ mode, note: note || null });
                    toast({ message: t('correspondence.dispatch.done'), autoClose: 3000 });
                  })
                }
              >
                {t('correspondence.dispatch.submit')}
              </Button>
            </>
          )}
          {dialog?.act === 'reply' && (
            <>
              <TextInput type="date" label={t('correspondence.fields.date')} value={answer.date} onChange={(e) => setAnswer({ ...answer, date: e.currentTarget.value })} />
              <TextInput label={t('correspondence.fields.subject')} value={answer.subject} onChange={(e) => setAnswer({ ...answer, subject: e.currentTarget.value })} />
              {item.direction === 'outgoing' && (
                <>
                  <TextInput label={t('correspondence.fields.theirReference')} value={answer.theirReference} onChange={(e) => setAnswer({ ...answer, theirReference: e.currentTarget.value })} />
                  <Textarea label={t('correspondence.reply.text')} autosize minRows={3} value={answer.body} onChange={(e) => setAnswer({ ...answer, body: e.currentTarget.value })} />
                  <FileInput label={t('correspondence.reply.scan')} description={t('correspondence.reply.scanHint')} accept="application/pdf,image/*" clearable value={answer.file} onChange={(f) => setAnswer({ ...answer, file: f })} />
                </>
              )}
              <Button
                loading={busy}
                onClick={() =>
                  run(async () => {
                    const incoming = item.direction === 'outgoing';
                    const scanDocumentId = incoming && answer.file ? await uploadScan(item.id, `${answer.theirReference || answer.subject}`.slice(0, 300), answer.file) : null;
                    const body = answer.body.trim() ? answer.body.trim().split(/\n{2,}/).map((p) => `<p>${p.replace(/[<&>]/g, (c) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;' })[c] ?? c)}</p>`).join('') : null;
                    const created = await reply.mutateAsync({
                      direction: incoming ? 'incoming' : 'outgoing',
                      date: answer.date,
                      subject: answer.subject,
                      language: item.language,
                      body,
                      theirReference: answer.theirReference || null,
                      scanDocumentId,
                    });
                    toast({ message: t('correspondence.reply.done', { number: created.registerNumber }), autoClose: 3000 });
                    navigate({ to: '/correspondence/$id', params: { id: created.id } });
                  })
                }
              >
                {t('correspondence.reply.submit')}
              </Button>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
