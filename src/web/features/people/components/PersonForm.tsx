// The form of a person: names, contact, languages, posts held, source and classification.
import { Fieldset, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { TenureRowsEditor } from '../../../components/form/TenureRowsEditor.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { errorFor } from '../../../lib/form.ts';
import { emptyPost, type PersonFormValues, personFormValues, personPayload, validatePerson } from './person-form-values.ts';

const COMMON_LANGUAGES = ['en', 'ru', 'id', 'ms', 'th', 'vi', 'km', 'lo', 'my', 'fil', 'zh', 'ja', 'ko', 'fr', 'ar', 'hi'];

interface PersonFormProps {
  person?: Person;
  onSubmit: (payload: ReturnType<typeof personPayload>) => Promise<void>;
  onCancel: () => void;
}

export function PersonForm({ person, onSubmit, onCancel }: PersonFormProps) {
  const { t, i18n } = useTranslation();
  const form = useRecordForm<PersonFormValues, Person>({
    formId: 'person',
    record: person,
    initialValues: (allowed, record) => personFormValues(allowed, i18n.language, record),
    validate: (values, withAccess) => validatePerson(values, withAccess, t),
  });
  const { values, setValue, errors, id, text } = form;

  return (
    <RecordForm form={form} onSubmit={(v) => onSubmit(personPayload(v, form.withAccess))} onCancel={onCancel} maw={860} source>
      <Fieldset legend={t('people.form.names')} variant="filled">
        <Stack gap="md">
          <TextInput label={t('people.fields.fullName')} description={t('people.form.fullNameHint')} {...requiredField} {...text('fullName')} />
          <TextInput label={t('people.fields.nameLatin')} description={t('people.form.nameLatinHint')} {...text('nameLatin')} />
          <TextInput label={t('people.fields.nameRu')} lang="ru" {...text('nameRu')} />
          <TextInput label={t('people.fields.honorific')} description={t('people.form.honorificHint')} maw={320} {...text('honorific')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('people.form.contact')} variant="filled">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('people.fields.email')} type="email" spellCheck={false} {...text('email')} />
            <TextInput label={t('people.fields.phone')} type="tel" description={t('people.form.phoneHint')} {...text('phone')} />
          </SimpleGrid>
          <TagsInput
            id={id('languages')}
            label={t('people.fields.languages')}
            description={t('people.form.languagesHint')}
            data={COMMON_LANGUAGES}
            value={values.languages}
            onChange={(languages) => setValue('languages', languages)}
            error={errorFor(errors, 'languages')}
            clearable
          />
          <Textarea label={t('people.fields.notes')} autosize minRows={3} {...text('notes')} />
        </Stack>
      </Fieldset>
      <TenureRowsEditor
        formId={form.formId}
        name="posts"
        rows={values.posts}
        onChange={(posts) => setValue('posts', posts)}
        errors={errors}
        emptyRow={emptyPost}
        picker={(post, field) => (
          <OrganizationSelect
            id={field.id('organizationId')}
            label={t('people.posts.organization')}
            {...requiredField}
            value={post.organizationId}
            knownOptions={post.organizationId && post.organizationLabel ? [{ value: post.organizationId, label: post.organizationLabel }] : []}
            onChange={(organizationId) => field.patch({ organizationId })}
            error={field.error('organizationId')}
          />
        )}
        texts={{
          legend: t('people.posts.heading'),
          hint: t('people.posts.hint'),
          title: t('people.posts.title'),
          titleRequired: true,
          from: t('common.tenure.from'),
          to: t('common.tenure.to'),
          toHint: t('people.posts.toHint'),
          row: (n) => t('people.posts.rowLabel', { n }),
          remove: (n) => t('people.posts.remove', { n }),
          add: t('people.posts.add'),
        }}
      />
    </RecordForm>
  );
}
