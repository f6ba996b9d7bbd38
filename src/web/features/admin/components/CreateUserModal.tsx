// The dialog that creates an account: name, e-mail, role, party or organisation, language and password, or a service account used only through API tokens.
import { Button, Checkbox, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { toast } from '../../../lib/toast.ts';
import { useTranslation } from 'react-i18next';
import { userCreateSchema } from '../../../../shared/admin.ts';
import { LANGUAGES, type Language, ROLES, type Role } from '../../../../shared/common.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { errorFor, fieldId, useForm, validateWith } from '../../../lib/form.ts';
import { useCreateUser } from '../api/create-user.ts';
import { requiredField } from '../../../components/form/required.ts';

const FORM_ID = 'new-account';

interface Values {
  email: string;
  displayName: string;
  role: Role | null;
  partyCode: string | null;
  organizationId: string | null;
  language: Language;
  service: boolean;
  password: string;
}

const payload = (v: Values) => ({
  email: v.email.trim(),
  displayName: v.displayName.trim(),
  // Checked before sending: the schema asks for a role when it is missing.
  role: v.role as Role,
  partyCode: v.role === 'delegate' ? v.partyCode : null,
  organizationId: v.role === 'liaison' ? v.organizationId : null,
  language: v.language,
  service: v.service,
  password: v.service ? undefined : v.password,
});

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm<Values>({
    initialValues: { email: '', displayName: '', role: null, partyCode: null, organizationId: null, language: 'en', service: false, password: '' },
    validate: (v) => {
      const errors = validateWith(userCreateSchema, payload(v), t);
      if (!v.role) errors.role = t('admin.form.chooseRole');
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
        const user = await create.mutateAsync(payload(v));
        toast({ message: t('admin.createdToast', { name: user.displayName }), autoClose: 3000 });
        onDone();
      })}
    >
      <Stack gap="md">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <TextInput
          id={id('email')}
          label={t('admin.fields.email')}
          type="email"
          {...requiredField}
          spellCheck={false}
          value={values.email}
          onChange={(e) => setValue('email', e.currentTarget.value)}
          error={errorFor(errors, 'email')}
          data-autofocus
        />
        <TextInput
          id={id('displayName')}
          label={t('admin.fields.displayName')}
          {...requiredField}
          value={values.displayName}
          onChange={(e) => setValue('displayName', e.currentTarget.value)}
          error={errorFor(errors, 'displayName')}
        />
        <Select
          id={id('role')}
          label={t('admin.fields.role')}
          description={values.role ? t(`admin.roleHints.${values.role}`) : undefined}
          {...requiredField}
          data={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
          value={values.role}
          onChange={(v) => setValue('role', v as Role | null)}
          error={errorFor(errors, 'role')}
        />
        {values.role === 'delegate' && (
          <PartySelect
            id={id('partyCode')}
            label={t('admin.fields.party')}
            {...requiredField}
            value={values.partyCode}
            onChange={(v) => setValue('partyCode', v)}
            error={errorFor(errors, 'partyCode')}
          />
        )}
        {values.role === 'liaison' && (
          <OrganizationSelect
            id={id('organizationId')}
            label={t('admin.fields.organization')}
            {...requiredField}
            value={values.organizationId}
            onChange={(v) => setValue('organizationId', v)}
            error={errorFor(errors, 'organizationId')}
          />
        )}
        <Select
          id={id('language')}
          label={t('admin.fields.language')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
          value={values.language}
          allowDeselect={false}
          onChange={(v) => v && setValue('language', v as Language)}
        />
        <Checkbox
          id={id('service')}
          label={t('admin.fields.service')}
          description={t('admin.form.serviceHint')}
          checked={values.service}
          onChange={(e) => setValue('service', e.currentTarget.checked)}
        />
        {!values.service && (
        <PasswordInput
          id={id('password')}
          label={t('admin.fields.password')}
          description={t('admin.form.passwordHint')}
          {...requiredField}
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => setValue('password', e.currentTarget.value)}
          error={errorFor(errors, 'password')}
          visibilityToggleButtonProps={{ 'aria-label': t('common.session.togglePassword') }}
          visibilityToggleFocusable
        />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('admin.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.newAccount')} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {opened && <CreateUserForm onDone={onClose} />}
    </Modal>
  );
}
