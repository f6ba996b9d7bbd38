// A password field of a form: its id from the form and field, the toggle that shows the characters, the field's error.
import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../lib/form.ts';

interface PasswordFieldProps {
  formId: string;
  field: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoFocus?: boolean;
}

export function PasswordField({ formId, field, label, autoComplete, value, onChange, error, autoFocus }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      id={fieldId(formId, field)}
      label={label}
      autoComplete={autoComplete}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      visibilityToggleButtonProps={{ 'aria-label': t('common.session.togglePassword') }}
      visibilityToggleFocusable
      data-autofocus={autoFocus || undefined}
    />
  );
}
