// An initiative's next stages as buttons; each move asks the reason and what the stage's gate needs, and a refused move says what is missing.
import { Alert, Button, type ComboboxItem, List, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDecimalAmount } from '../../../../shared/money.ts';
import { RecordPicker } from '../../../components/pickers/RecordPicker.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { type StageMove, useMoveStage } from '../api/move-stage.ts';
import type { Initiative, InitiativeStage } from '../api/types.ts';

/** The move dialog's state: the stage asked for and what the user typed. */
interface Asked {
  stage: InitiativeStage;
  reason: string;
  approval: ComboboxItem | null;
  commencementDate: string;
  unspentBalance: string;
  completionReportDocumentId: string;
}

const blank = (stage: InitiativeStage): Asked => ({ stage, reason: '', approval: null, commencementDate: '', unspentBalance: '', completionReportDocumentId: '' });

/** The buttons of the moves allowed now, and the dialog that makes one. */
export function StageActions({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const move = useMoveStage(initiative.id);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [refusal, setRefusal] = useState<{ detail: string; items: string[] } | null>(null);
  if (!initiative.abilities.update) return null;

  const open = (stage: InitiativeStage) => {
    setRefusal(null);
    setAsked(blank(stage));
  };
  const submit = async () => {
    if (!asked) return;
    const body: StageMove = { stage: asked.stage, reason: asked.reason || null };
    if (asked.approval) body.approval = { recordType: 'decision', recordId: asked.approval.value };
    if (asked.commencementDate) body.commencementDate = asked.commencementDate;
    if (asked.completionReportDocumentId) body.completionReportDocumentId = asked.completionReportDocumentId;
    try {
      if (asked.unspentBalance) body.unspentBalance = parseDecimalAmount(asked.unspentBalance, initiative.currency);
      await move.mutateAsync(body);
      toast({ message: t('initiatives.move.done', { stage: t(`initiatives.stage.${asked.stage}`) }), autoClose: 4000 });
      setAsked(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setRefusal({ detail: t('initiatives.move.refused'), items: (error.problem.errors ?? []).map((e) => e.message) });
      else setRefusal({ detail: describeError(error, t), items: [] });
    }
  };

  return (
    <>
      {initiative.nextStages.map((s) => (
        <Button key={s} variant={s === 'cancelled' || s === 'suspended' ? 'default' : 'filled'} onClick={() => open(s)}>
          {t(`initiatives.move.to.${s}`)}
        </Button>
      ))}
      <Modal opened={asked !== null} onClose={() => setAsked(null)} closeButtonProps={{ 'aria-label': t('common.actions.close') }} title={asked ? t('initiatives.move.title', { stage: t(`initiatives.stage.${asked.stage}`) }) : ''}>
        {asked && (
          <Stack gap="md">
            {refusal && (
              <Alert color="red" title={refusal.detail} role="alert">
                {refusal.items.length > 0 && (
                  <List size="sm">
                    {refusal.items.map((m) => (
                      <List.Item key={m}>{m}</List.Item>
                    ))}
                  </List>
                )}
              </Alert>
            )}
            {asked.stage === 'approved' && (
              <RecordPicker
                recordType="decision"
                label={t('initiatives.move.approval')}
                description={t('initiatives.move.approvalHint')}
                value={asked.approval}
                onChange={(approval) => setAsked({ ...asked, approval })}
              />
            )}
            {asked.stage === 'in_implementation' && (
              <TextInput
                type="date"
                label={t('initiatives.move.commencementDate')}
                description={t('initiatives.move.commencementHint')}
                value={asked.commencementDate}
                onChange={(e) => setAsked({ ...asked, commencementDate: e.currentTarget.value })}
              />
            )}
            {asked.stage === 'closed' && (
              <TextInput
                label={t('initiatives.move.unspentBalance', { currency: initiative.currency })}
                inputMode="decimal"
                value={asked.unspentBalance}
                onChange={(e) => setAsked({ ...asked, unspentBalance: e.currentTarget.value })}
              />
            )}
            <Textarea label={t('initiatives.move.reason')} autosize minRows={2} value={asked.reason} onChange={(e) => setAsked({ ...asked, reason: e.currentTarget.value })} />
            <Stack gap="xs" align="flex-end">
              <Button onClick={submit} loading={move.isPending}>
                {t(`initiatives.move.to.${asked.stage}`)}
              </Button>
            </Stack>
          </Stack>
        )}
      </Modal>
    </>
  );
}
