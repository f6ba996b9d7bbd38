// A dialog that asks for the user's password before a change to their second factor.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordConfirmSchema } from '../../../../shared/account-security.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { PasswordField } from '../../../components/form/PasswordField.tsx';
import { useForm, validateWith } from '../../../lib/form.ts';

interface PasswordPromptProps {
  opened: boolean;
  formId: string;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: (password: string) => Promise<void>;
  onCancel: () => void;
}

export function PasswordPrompt({ opened, formId, title, message, confirmLabel, danger, onConfirm, onCancel }: PasswordPromptProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { password: '' }, validate: (v) => validateWith(passwordConfirmSchema, v, t), t });
  const close = () => {
    form.setValue('password', '');
    onCancel();
  };
  const onSubmit = form.handleSubmit(async (values) => {
    await onConfirm(values.password);
    form.setValue('password', '');
  });
  return (
    <Modal opened={opened} onClose={close} title={title} centered closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{message}</Text>
          <ErrorSummary ref={form.summaryRef} formId={formId} errors={form.errors} formError={form.formError} />
          <PasswordField
            formId={formId}
            field="password"
            label={t('account.password.current')}
            autoComplete="current-password"
            value={form.values.password}
            onChange={(v) => form.setValue('password', v)}
            error={form.errors.password}
            autoFocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={form.submitting}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
