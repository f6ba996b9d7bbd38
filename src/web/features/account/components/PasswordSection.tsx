// Changing one's own password on the account security page: the current one, then a new one that meets the rules.
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordChangeSchema } from '../../../../shared/account-security.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { PasswordField } from '../../../components/form/PasswordField.tsx';
import { useForm, validateWith } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useChangePassword } from '../api/change-password.ts';

const FORM_ID = 'password-change';

export function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: (v) => validateWith(passwordChangeSchema, v, t),
    t,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    await change.mutateAsync(values);
    form.setAll({ currentPassword: '', newPassword: '' });
    toast({ message: t('account.password.changed'), autoClose: 3000 });
  });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="password-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={420}>
          <Title order={2} size="h3" id="password-title">
            {t('account.password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.password.rules')}
          </Text>
          <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={form.errors} formError={form.formError} />
          <PasswordField
            formId={FORM_ID}
            field="currentPassword"
            label={t('account.password.current')}
            autoComplete="current-password"
            value={form.values.currentPassword}
            onChange={(v) => form.setValue('currentPassword', v)}
            error={form.errors.currentPassword}
          />
          <PasswordField
            formId={FORM_ID}
            field="newPassword"
            label={t('account.password.new')}
            autoComplete="new-password"
            value={form.values.newPassword}
            onChange={(v) => form.setValue('newPassword', v)}
            error={form.errors.newPassword}
          />
          <Button type="submit" loading={form.submitting} w="fit-content">
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
