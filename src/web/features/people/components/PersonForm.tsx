import { Fieldset, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { ClassificationFields } from '../../../components/form/ClassificationFields.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { SourceFields } from '../../../components/form/SourceFields.tsx';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, fieldId, useForm } from '../../../lib/form.ts';
import { personFormValues, personPayload, validatePerson } from './person-form-values.ts';
import { PostsEditor } from './PostsEditor.tsx';
import { requiredField } from '../../../components/form/required.ts';

const FORM_ID = 'person';
const COMMON_LANGUAGES = ['en', 'ru', 'id', 'ms', 'th', 'vi', 'km', 'lo', 'my', 'fil', 'zh', 'ja', 'ko', 'fr', 'ar', 'hi'];

interface PersonFormProps {
  person?: Person;
  onSubmit: (payload: ReturnType<typeof personPayload>) => Promise<void>;
  onCancel: () => void;
}

export function PersonForm({ person, onSubmit, onCancel }: PersonFormProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me?.abilities.classifications ?? [];
  const withAccess = person ? person.abilities.classify : allowed.length > 0;
  const form = useForm({
    initialValues: personFormValues(allowed, i18n.language, person),
    validate: (values) => validatePerson(values, withAccess, t),
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);
  const text = (key: 'fullName' | 'nameLatin' | 'nameRu' | 'honorific' | 'email' | 'phone' | 'notes') => ({
    id: id(key),
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(key, e.currentTarget.value),
    error: errorFor(errors, key),
  });

  return (
    <form onSubmit={form.handleSubmit((v) => onSubmit(personPayload(v, withAccess)))} noValidate>
      <Stack gap="lg" maw={860}>
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
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
        <PostsEditor formId={FORM_ID} posts={values.posts} onChange={(posts) => setValue('posts', posts)} errors={errors} />
        <SourceFields
          formId={FORM_ID}
          provenance={values.provenance}
          sourceUrl={values.sourceUrl}
          onProvenanceChange={(v) => setValue('provenance', v)}
          onSourceUrlChange={(v) => setValue('sourceUrl', v)}
          errors={errors}
        />
        {withAccess && (
          <ClassificationFields formId={FORM_ID} value={values.access} onChange={(v) => setValue('access', v)} errors={errors} options={allowed} />
        )}
        <FormActions submitting={form.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
