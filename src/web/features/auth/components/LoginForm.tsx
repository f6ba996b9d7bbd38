// The sign-in form: e-mail address and password, with the server's refusal shown in the form; then the second factor's code when the user has one.
import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInputSchema } from '../../../../shared/auth.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { PasswordField } from '../../../components/form/PasswordField.tsx';
import { fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { isChallenge, useLogin } from '../api/login.ts';
import { SecondFactorForm } from './SecondFactorForm.tsx';

const FORM_ID = 'login';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const [challenge, setChallenge] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => validateWith(loginInputSchema, values, t),
    t,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await loginMutation.mutateAsync({ email: values.email.trim(), password: values.password });
    if (isChallenge(result)) setChallenge(result.challenge);
    else onSignedIn();
  });

  if (challenge) {
    const restart = () => {
      setChallenge(null);
      form.setValue('password', '');
    };
    return <SecondFactorForm challenge={challenge} onSignedIn={onSignedIn} onRestart={restart} />;
  }

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
        <PasswordField
          formId={FORM_ID}
          field="password"
          label={t('auth.password')}
          autoComplete="current-password"
          value={form.values.password}
          onChange={(v) => form.setValue('password', v)}
          error={form.errors.password}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {t('common.session.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
