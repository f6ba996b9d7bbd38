// The sign-in form: e-mail address and password, with the server's refusal shown in the form.
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loginInputSchema } from '../../../../shared/auth.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useLogin } from '../api/login.ts';

const FORM_ID = 'login';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => validateWith(loginInputSchema, values, t),
    t,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    await loginMutation.mutateAsync({ email: values.email.trim(), password: values.password });
    onSignedIn();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="login-title">
      <Stack gap="md">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={form.errors} formError={form.formError} />
        <TextInput
          id={fieldId(FORM_ID, 'email')}
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={form.values.email}
          onChange={(e) => form.setValue('email', e.currentTarget.value)}
          error={form.errors.email}
        />
        <PasswordInput
          id={fieldId(FORM_ID, 'password')}
          label={t('auth.password')}
          autoComplete="current-password"
          value={form.values.password}
          onChange={(e) => form.setValue('password', e.currentTarget.value)}
          error={form.errors.password}
          visibilityToggleButtonProps={{ 'aria-label': t('common.session.togglePassword') }}
          visibilityToggleFocusable
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {t('common.session.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
