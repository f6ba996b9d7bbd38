// The form that makes an API token for a service account: which account, a name, how long it works and the read-only scope.
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ApiTokenCreated, apiTokenCreateSchema } from '../../../../shared/api-tokens.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { errorFor, fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useCreateServiceToken, useServiceAccounts } from '../api/api-tokens.ts';

const FORM_ID = 'new-service-token';
const EXPIRY_CHOICES = ['30', '90', '365', ''] as const;

interface Values {
  userId: string | null;
  name: string;
  expiresInDays: string;
  readOnly: boolean;
}

const payload = (v: Values) => ({ name: v.name.trim(), expiresInDays: v.expiresInDays ? Number(v.expiresInDays) : null, readOnly: v.readOnly });

export function ServiceTokenForm({ onCreated, onCancel }: { onCreated: (created: ApiTokenCreated) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const accounts = useServiceAccounts();
  const create = useCreateServiceToken();
  const form = useForm<Values>({
    initialValues: { userId: null, name: '', expiresInDays: '365', readOnly: true },
    validate: (v) => {
      const errors = validateWith(apiTokenCreateSchema, payload(v), t);
      if (!v.userId) errors.userId = t('admin.tokens.chooseAccount');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);
  const options = (accounts.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} — ${t(`common.roles.${u.role}`)}` }));
  return (
    <form noValidate onSubmit={form.handleSubmit(async (v) => onCreated(await create.mutateAsync({ userId: v.userId as string, input: payload(v) })))}>
      <Stack gap="md">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        {accounts.isSuccess && options.length === 0 && <Text size="sm">{t('admin.tokens.noServiceAccounts')}</Text>}
        <Select
          id={id('userId')}
          label={t('admin.tokens.account')}
          description={t('admin.tokens.accountHint')}
          {...requiredField}
          data={options}
          value={values.userId}
          onChange={(v) => setValue('userId', v)}
          error={errorFor(errors, 'userId')}
          data-autofocus
        />
        <TextInput
          id={id('name')}
          label={t('common.tokens.name')}
          {...requiredField}
          value={values.name}
          onChange={(e) => setValue('name', e.currentTarget.value)}
          error={errorFor(errors, 'name')}
        />
        <Select
          id={id('expiresInDays')}
          label={t('common.tokens.expires')}
          data={EXPIRY_CHOICES.map((d) => ({ value: d, label: d ? t('common.tokens.inDays', { count: Number(d) }) : t('common.tokens.never') }))}
          value={values.expiresInDays}
          allowDeselect={false}
          onChange={(v) => setValue('expiresInDays', v ?? '')}
        />
        <Checkbox
          id={id('readOnly')}
          label={t('common.tokens.readOnlyLabel')}
          description={t('common.tokens.readOnlyHint')}
          checked={values.readOnly}
          onChange={(e) => setValue('readOnly', e.currentTarget.checked)}
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
