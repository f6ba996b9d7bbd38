// The form that makes one of the user's own API tokens: a name, how long it works, the read-only scope and the password.
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ApiTokenCreated, ownApiTokenCreateSchema } from '../../../../shared/api-tokens.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { PasswordField } from '../../../components/form/PasswordField.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { errorFor, fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useCreateOwnToken } from '../api/api-tokens.ts';

const FORM_ID = 'new-api-token';
/** How long a new token works, in days; empty means until it is revoked. */
export const EXPIRY_CHOICES = ['30', '90', '365', ''] as const;

interface Values {
  name: string;
  expiresInDays: string;
  readOnly: boolean;
  password: string;
}

const payload = (v: Values) => ({
  name: v.name.trim(),
  expiresInDays: v.expiresInDays ? Number(v.expiresInDays) : null,
  readOnly: v.readOnly,
  password: v.password,
});

export function NewTokenForm({ onCreated, onCancel }: { onCreated: (created: ApiTokenCreated) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOwnToken();
  const form = useForm<Values>({
    initialValues: { name: '', expiresInDays: '90', readOnly: true, password: '' },
    validate: (v) => validateWith(ownApiTokenCreateSchema, payload(v), t),
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);
  return (
    <form noValidate onSubmit={form.handleSubmit(async (v) => onCreated(await create.mutateAsync(payload(v))))}>
      <Stack gap="md">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <TextInput
          id={id('name')}
          label={t('common.tokens.name')}
          description={t('account.tokens.nameHint')}
          {...requiredField}
          value={values.name}
          onChange={(e) => setValue('name', e.currentTarget.value)}
          error={errorFor(errors, 'name')}
          data-autofocus
        />
        <Select
          id={id('expiresInDays')}
          label={t('common.tokens.expires')}
          data={EXPIRY_CHOICES.map((d) => ({ value: d, label: d ? t('common.tokens.inDays', { count: Number(d) }) : t('common.tokens.never') }))}
          value={values.expiresInDays}
          allowDeselect={false}
          onChange={(v) => setValue('expiresInDays', v ?? '')}
          error={errorFor(errors, 'expiresInDays')}
        />
        <Checkbox
          id={id('readOnly')}
          label={t('common.tokens.readOnlyLabel')}
          description={t('common.tokens.readOnlyHint')}
          checked={values.readOnly}
          onChange={(e) => setValue('readOnly', e.currentTarget.checked)}
        />
        <PasswordField
          formId={FORM_ID}
          field="password"
          label={t('account.password.current')}
          autoComplete="current-password"
          value={values.password}
          onChange={(v) => setValue('password', v)}
          error={errors.password}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('common.tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
