// The second step of signing in: the six-digit code from the authenticator app, or a recovery code.
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { secondFactorLoginSchema } from '../../../../shared/auth.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useLoginSecondFactor } from '../api/login-second-factor.ts';

const FORM_ID = 'login-code';

export function SecondFactorForm({ challenge, onSignedIn, onRestart }: { challenge: string; onSignedIn: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const mutation = useLoginSecondFactor();
  const form = useForm({
    initialValues: { code: '' },
    validate: (values) => validateWith(secondFactorLoginSchema, { challenge, ...values }, t),
    t,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync({ challenge, code: values.code.trim() });
    } catch (error) {
      // The challenge is spent (too slow, too many wrong codes): back to the password.
      if (error instanceof ApiError && error.code === 'auth.challenge_expired') onRestart();
      throw error;
    }
    onSignedIn();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="login-title">
      <Stack gap="md">
        <Text size="sm">{t('auth.codeIntro')}</Text>
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={form.errors} formError={form.formError} />
        <TextInput
          id={fieldId(FORM_ID, 'code')}
          label={t('auth.code')}
          description={t('auth.codeHint')}
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          autoFocus
          value={form.values.code}
          onChange={(e) => form.setValue('code', e.currentTarget.value)}
          error={form.errors.code}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {t('auth.verify')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onRestart}>
          {t('auth.startAgain')}
        </Anchor>
      </Stack>
    </form>
  );
}
