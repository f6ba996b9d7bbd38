// The dialog that adds or changes an agenda item.
import { Modal, NumberInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useSaveAgendaItem } from '../api/save-agenda-item.ts';
import type { AgendaItem } from '../api/types.ts';

const FORM_ID = 'agenda-item';

export function AgendaItemModal({ meetingId, item, opened, onClose }: { meetingId: string; item?: AgendaItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={item ? t('meetings.agenda.editTitle') : t('meetings.agenda.add')} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {opened && <ItemForm meetingId={meetingId} item={item} onClose={onClose} />}
    </Modal>
  );
}

function ItemForm({ meetingId, item, onClose }: { meetingId: string; item?: AgendaItem; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgendaItem(meetingId);
  const form = useForm({
    initialValues: {
      title: item?.title ?? '',
      presenterPartyCode: item?.presenterPartyCode ?? null,
      presenterPersonId: item?.presenterPersonId ?? null,
      durationMinutes: (item?.durationMinutes ?? '') as number | string,
    },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.title.trim()) errors.title = t('meetings.agenda.errors.title');
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
          itemId: item?.id,
          input: {
            title: v.title.trim(),
            presenterPartyCode: v.presenterPartyCode,
            presenterPersonId: v.presenterPersonId,
            durationMinutes: v.durationMinutes === '' ? null : Number(v.durationMinutes),
          },
        });
        toast({ message: t('meetings.common.saved'), autoClose: 3000 });
        onClose();
      }}
    >
      <Textarea id={id('title')} label={t('meetings.agenda.itemTitle')} {...requiredField} autosize minRows={2} value={values.title} onChange={(e) => setValue('title', e.currentTarget.value)} error={errorFor(errors, 'title')} data-autofocus />
      <PartySelect id={id('presenterPartyCode')} label={t('meetings.agenda.presenterParty')} value={values.presenterPartyCode} onChange={(v) => setValue('presenterPartyCode', v)} maw={360} />
      <PersonSelect
        id={id('presenterPersonId')}
        label={t('meetings.agenda.presenterPerson')}
        value={values.presenterPersonId}
        onChange={(v) => setValue('presenterPersonId', v)}
        knownOptions={item?.presenter ? [{ value: item.presenter.id, label: item.presenter.fullName }] : []}
      />
      <NumberInput id={id('durationMinutes')} label={t('meetings.agenda.duration')} min={1} max={1440} allowDecimal={false} value={values.durationMinutes} onChange={(v) => setValue('durationMinutes', v)} error={errorFor(errors, 'durationMinutes')} maw={200} />
    </FormFrame>
  );
}
