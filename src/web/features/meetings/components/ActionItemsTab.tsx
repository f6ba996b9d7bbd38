// A meeting's action items tab: the items agreed, and a new one.
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useAddActionItem } from '../api/add-action-item.ts';
import { useMeetingActionItems } from '../api/get-meeting-action-items.ts';
import { useMeetingDecisions } from '../api/get-meeting-decisions.ts';
import type { Meeting } from '../api/types.ts';
import { ActionItemsList } from './ActionItemsList.tsx';

export function ActionItemsTab({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const query = useMeetingActionItems(meeting.id);
  const [adding, setAdding] = useState(false);
  const items = query.data?.items ?? [];
  return (
    <Stack gap="md">
      {editable && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('meetings.actions.add')}
          </Button>
        </Group>
      )}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data && items.length === 0 && <Text size="sm" c="dimmed">{t('meetings.actions.none')}</Text>}
      {items.length > 0 && <ActionItemsList items={items} caption={t('meetings.tabs.actions')} canChange={() => meeting.abilities.update} />}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('meetings.actions.add')} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
        {adding && <ActionItemForm meeting={meeting} onClose={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
}

const FORM_ID = 'action-item';

function ActionItemForm({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddActionItem(meeting.id);
  const decisions = useMeetingDecisions(meeting.id);
  const form = useForm({
    initialValues: {
      title: '',
      ownerPartyCode: null as string | null,
      ownerOrganizationId: null as string | null,
      ownerPersonId: null as string | null,
      dueDate: '',
      decisionId: null as string | null,
    },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.title.trim()) errors.title = t('meetings.actions.errors.title');
      if (!v.ownerPartyCode && !v.ownerOrganizationId && !v.ownerPersonId) errors.ownerPartyCode = t('meetings.actions.errors.owner');
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
        await add.mutateAsync({ ...v, title: v.title.trim(), dueDate: v.dueDate || null });
        toast({ message: t('meetings.common.saved'), autoClose: 3000 });
        onClose();
      }}
    >
      <Textarea id={id('title')} label={t('meetings.actions.what')} {...requiredField} autosize minRows={2} value={values.title} onChange={(e) => setValue('title', e.currentTarget.value)} error={errorFor(errors, 'title')} data-autofocus />
      <Text size="sm" c="dimmed">{t('meetings.actions.ownerHint')}</Text>
      <PartySelect id={id('ownerPartyCode')} label={t('meetings.actions.ownerParty')} value={values.ownerPartyCode} onChange={(v) => setValue('ownerPartyCode', v)} error={errorFor(errors, 'ownerPartyCode')} maw={360} />
      <OrganizationSelect id={id('ownerOrganizationId')} label={t('meetings.actions.ownerOrganization')} value={values.ownerOrganizationId} onChange={(v) => setValue('ownerOrganizationId', v)} />
      <PersonSelect id={id('ownerPersonId')} label={t('meetings.actions.ownerPerson')} value={values.ownerPersonId} onChange={(v) => setValue('ownerPersonId', v)} />
      <TextInput id={id('dueDate')} type="date" label={t('meetings.actions.due')} value={values.dueDate} onChange={(e) => setValue('dueDate', e.currentTarget.value)} error={errorFor(errors, 'dueDate')} maw={220} />
      <Select
        id={id('decisionId')}
        label={t('meetings.actions.decision')}
        clearable
        data={(decisions.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.text.slice(0, 80)}` }))}
        value={values.decisionId}
        onChange={(v) => setValue('decisionId', v)}
      />
    </FormFrame>
  );
}
