// The dialog that adds or changes a line of a body's work plan.
import { Modal, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORK_PLAN_STATUSES } from '../../../../shared/meetings.ts';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useSaveWorkPlanLine } from '../api/save-work-plan-line.ts';
import type { WorkPlanLine } from '../api/types.ts';

const FORM_ID = 'work-plan-line';

export function WorkPlanLineModal({ bodyId, line, opened, onClose }: { bodyId: string; line?: WorkPlanLine; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={line ? t('meetings.workPlan.editLine', { code: line.code }) : t('meetings.workPlan.add')} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {opened && <LineForm bodyId={bodyId} line={line} onClose={onClose} />}
    </Modal>
  );
}

function LineForm({ bodyId, line, onClose }: { bodyId: string; line?: WorkPlanLine; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveWorkPlanLine(bodyId);
  const form = useForm({
    initialValues: {
      code: line?.code ?? '',
      title: line?.title ?? '',
      ownerPartyCode: line?.ownerPartyCode ?? null,
      targetDate: line?.targetDate ?? '',
      status: line?.status ?? ('planned' as (typeof WORK_PLAN_STATUSES)[number]),
      progress: (line?.progress ?? 0) as number | string,
    },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.code.trim()) errors.code = t('meetings.workPlan.errors.code');
      if (!v.title.trim()) errors.title = t('meetings.workPlan.errors.title');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (p: string) => fieldId(FORM_ID, p);
  return (
    <FormFrame
      form={form}
      formId={FORM_ID}
      onCancel={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({
          lineId: line?.id,
          input: {
            code: v.code.trim(),
            title: v.title.trim(),
            ownerPartyCode: v.ownerPartyCode,
            targetDate: v.targetDate || null,
            status: v.status,
            progress: Number(v.progress) || 0,
          },
        });
        toast({ message: t('meetings.common.saved'), autoClose: 3000 });
        onClose();
      }}
    >
      <TextInput id={id('code')} label={t('meetings.workPlan.code')} {...requiredField} value={values.code} onChange={(e) => setValue('code', e.currentTarget.value)} error={errorFor(errors, 'code')} maw={260} />
      <Textarea id={id('title')} label={t('meetings.workPlan.line')} {...requiredField} autosize minRows={2} value={values.title} onChange={(e) => setValue('title', e.currentTarget.value)} error={errorFor(errors, 'title')} />
      <PartySelect id={id('ownerPartyCode')} label={t('meetings.workPlan.owner')} value={values.ownerPartyCode} onChange={(v) => setValue('ownerPartyCode', v)} maw={320} />
      <TextInput id={id('targetDate')} type="date" label={t('meetings.workPlan.target')} value={values.targetDate} onChange={(e) => setValue('targetDate', e.currentTarget.value)} error={errorFor(errors, 'targetDate')} maw={220} />
      <Select
        id={id('status')}
        label={t('meetings.workPlan.status')}
        data={WORK_PLAN_STATUSES.map((s) => ({ value: s, label: t(`meetings.workPlanStatus.${s}`) }))}
        allowDeselect={false}
        value={values.status}
        onChange={(v) => v && setValue('status', v as (typeof WORK_PLAN_STATUSES)[number])}
        maw={260}
      />
      <NumberInput id={id('progress')} label={t('meetings.workPlan.progress')} min={0} max={100} suffix="%" value={values.progress} onChange={(v) => setValue('progress', v)} error={errorFor(errors, 'progress')} maw={160} />
    </FormFrame>
  );
}
