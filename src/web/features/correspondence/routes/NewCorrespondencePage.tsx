// Registering an item: an outgoing note drafted from a template in the rich-text editor, or an incoming one with its sender and due date.
import { ActionIcon, Button, FileInput, Fieldset, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CORRESPONDENCE_KINDS, type CorrespondenceKind } from '../../../../shared/correspondence.ts';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { ForbiddenPage } from '../../../components/PageStates.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, fieldId, useForm } from '../../../lib/form.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useTemplates } from '../api/get-templates.ts';
import { uploadScan } from '../api/upload-scan.ts';
import { useCreateCorrespondence } from '../api/write-correspondence.ts';
import { type CorrespondenceFormValues, correspondenceFormValues, correspondencePayload, emptyAddressee, validateCorrespondence } from '../components/correspondence-form-values.ts';

const FORM = 'correspondence';
const id = (path: string) => fieldId(FORM, path);

export function NewCorrespondencePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const isMission = !!me && ['admin', 'head', 'staff'].includes(me.user.role);
  const templates = useTemplates(isMission).data?.items ?? [];
  const create = useCreateCorrespondence();
  const form = useForm<CorrespondenceFormValues>({ initialValues: correspondenceFormValues(), validate: (v) => validateCorrespondence(v, t), t });
  usePageTitle(t('correspondence.list.new'));
  const back = () => navigate({ to: '/correspondence' });
  if (!isMission) return <ForbiddenPage />;
  const { values, setValue, errors } = form;
  const outgoing = values.direction === 'outgoing';
  const rows = values.addressees;
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>) => setValue('addressees', rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const text = (key: 'date' | 'subject' | 'dueDate' | 'theirReference') => ({ id: id(key), value: values[key], onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValue(key, e.currentTarget.value), error: errorFor(errors, key) });

  return (
    <FormPage title={t('correspondence.list.new')} intro={t('correspondence.form.intro')} onBack={back} backLabel={t('correspondence.list.title')}>
      <FormFrame
        form={form}
        formId={FORM}
        maw={820}
        onCancel={back}
        onSubmit={async (v) => {
          const scanDocumentId = v.direction === 'incoming' && v.scan ? await uploadScan(null, v.subject.trim() || v.scan.name, v.scan) : null;
          const created = await create.mutateAsync({ ...correspondencePayload(v), scanDocumentId });
          toast({ message: t('correspondence.form.registered', { number: created.registerNumber }), autoClose: 3000 });
          navigate({ to: '/correspondence/$id', params: { id: created.id } });
        }}
      >
        <Fieldset legend={t('correspondence.form.item')} variant="filled">
          <Stack gap="md">
            <SegmentedControl
              aria-label={t('correspondence.fields.direction')}
              value={values.direction}
              onChange={(d) => setValue('direction', d as CorrespondenceFormValues['direction'])}
              data={(['outgoing', 'incoming'] as const).map((d) => ({ value: d, label: t(`correspondence.direction.${d}`) }))}
            />
            <Group grow align="flex-start">
              <Select
                id={id('kind')}
                label={t('correspondence.fields.kind')}
                allowDeselect={false}
                data={CORRESPONDENCE_KINDS.map((k) => ({ value: k, label: t(`correspondence.kind.${k}`) }))}
                value={values.kind}
                onChange={(k) => k && setValue('kind', k as CorrespondenceKind)}
                error={errorFor(errors, 'kind')}
              />
              <TextInput type="date" label={t('correspondence.fields.date')} {...requiredField} {...text('date')} />
            </Group>
            {outgoing && (
              <Select
                id={id('templateId')}
                label={t('correspondence.fields.template')}
                description={t('correspondence.form.templateHint')}
                clearable
                data={templates.map((x) => ({ value: x.id, label: `${x.title} (${t(`correspondence.language.${x.language}`)}, v${x.version})` }))}
                value={values.templateId}
                onChange={(v) => {
                  setValue('templateId', v);
                  const chosen = templates.find((x) => x.id === v);
                  if (chosen) {
                    setValue('language', chosen.language);
                    setValue('kind', chosen.kind);
                  }
                }}
                error={errorFor(errors, 'templateId')}
              />
            )}
            <Select
              id={id('language')}
              label={t('correspondence.fields.language')}
              allowDeselect={false}
              data={(['en', 'ru'] as const).map((l) => ({ value: l, label: t(`correspondence.language.${l}`) }))}
              value={values.language}
              onChange={(l) => l && setValue('language', l as 'en' | 'ru')}
              maw={240}
            />
          </Stack>
        </Fieldset>
        {outgoing ? (
          <Fieldset legend={t('correspondence.fields.addressees')} variant="filled" id={id('addressees')}>
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('correspondence.form.addresseesHint')}
              </Text>
              {rows.map((row, i) => (
                <Stack key={row.key} gap={6}>
                  <Group align="flex-end" wrap="nowrap">
                    <OrganizationSelect
                      label={t('correspondence.form.addressee', { n: i + 1 })}
                      value={row.organizationId}
                      onChange={(v) => setRow(i, { organizationId: v })}
                      style={{ flex: 2 }}
                      error={errorFor(errors, `addressees.${i}.organizationId`) ?? (i === 0 ? errorFor(errors, 'addressees') : undefined)}
                    />
                    <PartySelect label={t('correspondence.fields.party')} clearable value={row.partyCode} onChange={(p) => setRow(i, { partyCode: p })} style={{ flex: 1 }} />
                    <ActionIcon variant="subtle" color="gray" mb={4} aria-label={t('correspondence.form.removeAddressee', { n: i + 1 })} onClick={() => setValue('addressees', rows.filter((_, j) => j !== i))}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                  <Group grow>
                    <TextInput label={t('correspondence.fields.email')} type="email" value={row.email} onChange={(e) => setRow(i, { email: e.currentTarget.value })} error={errorFor(errors, `addressees.${i}.email`)} />
                    <TextInput label={t('correspondence.fields.addresseeTitle')} description={t('correspondence.form.addresseeTitleHint')} value={row.title} onChange={(e) => setRow(i, { title: e.currentTarget.value })} />
                  </Group>
                </Stack>
              ))}
              <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setValue('addressees', [...rows, emptyAddressee()])}>
                {t('correspondence.form.addAddressee')}
              </Button>
            </Stack>
          </Fieldset>
        ) : (
          <Fieldset legend={t('correspondence.fields.sender')} variant="filled">
            <Stack gap="md">
              <Group grow align="flex-start">
                <OrganizationSelect
                  id={id('senderOrganizationId')}
                  label={t('correspondence.fields.senderOrganization')}
                  {...requiredField}
                  value={values.senderOrganizationId}
                  onChange={(v) => setValue('senderOrganizationId', v)}
                  error={errorFor(errors, 'senderOrganizationId')}
                />
                <PartySelect label={t('correspondence.fields.party')} clearable value={values.senderPartyCode} onChange={(p) => setValue('senderPartyCode', p)} />
              </Group>
              <TextInput label={t('correspondence.fields.theirReference')} {...text('theirReference')} />
              <FileInput
                label={t('correspondence.reply.scan')}
                description={t('correspondence.reply.scanHint')}
                accept="application/pdf,image/*"
                clearable
                value={values.scan}
                onChange={(f) => setValue('scan', f)}
                error={errorFor(errors, 'scanDocumentId')}
              />
            </Stack>
          </Fieldset>
        )}
        <Fieldset legend={t('correspondence.form.content')} variant="filled">
          <Stack gap="md">
            <TextInput label={t('correspondence.fields.subject')} {...requiredField} {...text('subject')} />
            <Stack gap={4} id={id('body')}>
              <Text size="sm" fw={500}>
                {t('correspondence.fields.body')}
              </Text>
              {outgoing && values.templateId && (
                <Text size="xs" c="dimmed">
                  {t('correspondence.form.bodyHint')}
                </Text>
              )}
              <RichTextEditor label={t('correspondence.fields.body')} content={values.body} editable onChange={(html) => setValue('body', html)} resetKey="new" />
            </Stack>
            <Group grow align="flex-start">
              <TextInput type="date" label={t('correspondence.fields.dueDate')} description={t('correspondence.form.dueHint')} {...text('dueDate')} />
              <Select
                id={id('classification')}
                label={t('correspondence.form.visibility')}
                allowDeselect={false}
                data={(['mission', 'shared'] as const).map((v) => ({ value: v, label: t(`correspondence.form.visibilityOptions.${v}`) }))}
                value={values.visibility}
                onChange={(v) => v && setValue('visibility', v as 'mission' | 'shared')}
                error={errorFor(errors, 'classification') ?? errorFor(errors, 'sharedWith.parties')}
              />
            </Group>
          </Stack>
        </Fieldset>
      </FormFrame>
    </FormPage>
  );
}
