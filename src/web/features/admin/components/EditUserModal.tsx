// The dialog that changes an account's details, or sets a new password.
import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { toast } from '../../../lib/toast.ts';
import { useTranslation } from 'react-i18next';
import { type User, userUpdateSchema } from '../../../../shared/admin.ts';
import { LANGUAGES, type Language } from '../../../../shared/common.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { errorFor, fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { requiredField } from '../../../components/form/required.ts';

const FORM_ID = 'edit-account';

/** `details` changes name and language; `password` sets a new password. */
export type EditMode = 'details' | 'password';

function EditUserForm({ user, mode, onDone }: { user: User; mode: EditMode; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const toInput = (v: { displayName: string; language: Language; password: string }) =>
    mode === 'password' ? { password: v.password } : { displayName: v.displayName.trim(), language: v.language };
  const form = useForm({
    initialValues: { displayName: user.displayName, language: user.language, password: '' },
    validate: (v) => {
      const errors = validateWith(userUpdateSchema, toInput(v), t);
      if (mode === 'password' && !v.password) errors.password = t('admin.form.enterPassword');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        await update.mutateAsync({ id: user.id, input: toInput(v) });
        toast({
          message: mode === 'password' ? t('admin.passwordResetToast', { name: user.displayName }) : t('common.record.savedToast', { name: v.displayName }),
          autoClose: 3000,
        });
        onDone();
      })}
    >
      <Stack gap="md">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        {mode === 'details' ? (
          <>
            <TextInput
              id={id('displayName')}
              label={t('admin.fields.displayName')}
              {...requiredField}
              value={values.displayName}
              onChange={(e) => setValue('displayName', e.currentTarget.value)}
              error={errorFor(errors, 'displayName')}
              data-autofocus
            />
            <Select
              id={id('language')}
              label={t('admin.fields.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
              value={values.language}
              allowDeselect={false}
              onChange={(v) => v && setValue('language', v as Language)}
            />
          </>
        ) : (
          <PasswordInput
            id={id('password')}
            label={t('admin.fields.newPassword')}
            description={t('admin.form.passwordHint')}
            {...requiredField}
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => setValue('password', e.currentTarget.value)}
            error={errorFor(errors, 'password')}
            visibilityToggleButtonProps={{ 'aria-label': t('common.session.togglePassword') }}
          visibilityToggleFocusable
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {mode === 'password' ? t('admin.setPassword') : t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditUserModal({ user, mode, onClose }: { user: User | null; mode: EditMode; onClose: () => void }) {
  const { t } = useTranslation();
  const title = user ? (mode === 'password' ? t('admin.resetPasswordFor', { name: user.displayName }) : t('common.record.editTitle', { name: user.displayName })) : '';
  return (
    <Modal opened={user !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {user && <EditUserForm user={user} mode={mode} onDone={onClose} />}
    </Modal>
  );
}
