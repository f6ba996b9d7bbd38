// Setting up the second factor: the QR code (drawn by the server) and the key to type, then a code from the app to confirm.
import { Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { codeInputSchema, type SecondFactorSetup as Setup } from '../../../../shared/account-security.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useConfirmSecondFactor } from '../api/second-factor.ts';

const FORM_ID = 'second-factor-confirm';

export function SecondFactorSetup({ setup, onConfirmed, onCancel }: { setup: Setup; onConfirmed: (codes: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmSecondFactor();
  const form = useForm({ initialValues: { code: '' }, validate: (v) => validateWith(codeInputSchema, v, t), t });
  const onSubmit = form.handleSubmit(async (values) => {
    const { recoveryCodes } = await confirm.mutateAsync(values.code.trim());
    onConfirmed(recoveryCodes);
  });
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`;

  return (
    <Stack gap="md">
      <Text size="sm">{t('account.setup.scan')}</Text>
      <Image src={qr} alt={t('account.setup.qrAlt')} w={200} h={200} bg="white" radius="sm" />
      <Text size="sm">
        {t('account.setup.typeKey')} <Code data-testid="totp-secret">{setup.secret}</Code>
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={form.errors} formError={form.formError} />
          <TextInput
            id={fieldId(FORM_ID, 'code')}
            label={t('account.setup.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            maw={240}
            value={form.values.code}
            onChange={(e) => form.setValue('code', e.currentTarget.value)}
            error={form.errors.code}
          />
          <Group gap="sm">
            <Button type="submit" loading={form.submitting}>
              {t('account.setup.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
