// The form that links another record to the one on the page: a type, then a record found by search.
import { type ComboboxItem, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/auth.ts';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../lib/form.ts';
import { toast } from '../../lib/toast.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { FormActions } from '../form/FormActions.tsx';
import { requiredField } from '../form/required.ts';
import { searchableTypesQueryOptions } from '../pickers/api/search-records.ts';
import { RecordPicker } from '../pickers/RecordPicker.tsx';
import { type RecordRef, useAddLink } from './api/record-links.ts';
import { useLinkLabels } from './link-labels.ts';

const FORM_ID = 'link';

export function AddLinkForm({ from, onClose }: { from: RecordRef; onClose: () => void }) {
  const { t } = useTranslation();
  const { typeLabel } = useLinkLabels();
  const types = useQuery(searchableTypesQueryOptions(useMe()?.user.language ?? 'en'));
  const add = useAddLink();
  const form = useForm({
    initialValues: { recordType: null as string | null, record: null as ComboboxItem | null },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.recordType) errors['to.recordType'] = t('common.links.errors.type');
      if (!v.record) errors['to.recordId'] = t('common.links.errors.record');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const typeOptions = (types.data?.items ?? []).map((ty) => ({ value: ty.type, label: typeLabel(ty.type, ty.label) }));
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        if (!v.recordType || !v.record) return;
        await add.mutateAsync({ from, to: { recordType: v.recordType, recordId: v.record.value } });
        toast({ message: t('common.links.linked', { name: v.record.label }), autoClose: 3000 });
        onClose();
      })}
    >
      <Stack gap="md">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <Select
          id={fieldId(FORM_ID, 'to.recordType')}
          label={t('common.links.type')}
          placeholder={t('common.links.typePlaceholder')}
          {...requiredField}
          data={typeOptions}
          value={values.recordType}
          onChange={(v) => {
            setValue('recordType', v);
            setValue('record', null);
          }}
          error={errorFor(errors, 'to.recordType')}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <RecordPicker
          id={fieldId(FORM_ID, 'to.recordId')}
          label={t('common.links.record')}
          description={t('common.links.recordHint')}
          placeholder={t('common.links.recordPlaceholder')}
          {...requiredField}
          recordType={values.recordType ?? ''}
          disabled={!values.recordType}
          exclude={from.recordId}
          value={values.record}
          onChange={(v) => setValue('record', v)}
          error={errorFor(errors, 'to.recordId')}
        />
        <FormActions submitting={form.submitting} onCancel={onClose} submitLabel={t('common.links.submit')} />
      </Stack>
    </form>
  );
}
