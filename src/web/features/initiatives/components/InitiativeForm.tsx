// The form of an initiative: titles, description, proposal code, mission sectors, DAC sectors with percentages, fund, sponsoring body, currency, member states, planned dates, IATI publication and classification.
import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CODELISTS } from '../../../../shared/codelists.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { PartyMultiSelect } from '../../../components/pickers/PartySelect.tsx';
import { useCodelist } from '../../../components/references/use-codelist.ts';
import { errorFor } from '../../../lib/form.ts';
import { localName } from '../../../lib/names.ts';
import { useBodyOptions } from '../api/get-bodies.ts';
import { useFunds } from '../api/get-funds.ts';
import type { Initiative } from '../api/types.ts';
import { type InitiativeFormValues, initiativeFormValues, initiativePayload, validateInitiative } from './initiative-form-values.ts';

interface InitiativeFormProps {
  initiative?: Initiative;
  onSubmit: (payload: ReturnType<typeof initiativePayload>) => Promise<void>;
  onCancel: () => void;
}

export function InitiativeForm({ initiative, onSubmit, onCancel }: InitiativeFormProps) {
  const { t, i18n } = useTranslation();
  const sectors = useCodelist(CODELISTS.missionSector);
  const dac = useCodelist(CODELISTS.dacSector);
  const currencies = useCodelist(CODELISTS.currency);
  const funds = useFunds().data?.items ?? [];
  const bodies = useBodyOptions().data?.items ?? [];
  const form = useRecordForm<InitiativeFormValues, Initiative>({
    formId: 'initiative',
    record: initiative,
    initialValues: initiativeFormValues,
    validate: (values, withAccess) => validateInitiative(values, withAccess, t),
  });
  const { values, setValue, errors, id, text } = form;
  const rows = values.dacSectors;
  const total = rows.reduce((s, r) => s + (Number(r.percentage) || 0), 0);
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>) => setValue('dacSectors', rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <RecordForm form={form} onSubmit={(v) => onSubmit(initiativePayload(v, form.withAccess))} onCancel={onCancel}>
      <Fieldset legend={t('initiatives.form.about')} variant="filled">
        <Stack gap="md">
          <TextInput label={t('initiatives.fields.titleEn')} {...requiredField} lang="en" {...text('titleEn')} />
          <TextInput label={t('initiatives.fields.titleRu')} lang="ru" {...text('titleRu')} />
          <Textarea label={t('initiatives.fields.description')} description={t('initiatives.form.descriptionHint')} autosize minRows={3} {...text('description')} />
          <Textarea label={t('initiatives.fields.objectives')} autosize minRows={2} {...text('objectives')} />
          <TextInput label={t('initiatives.fields.proposalCode')} description={t('initiatives.form.proposalCodeHint')} maw={320} {...text('proposalCode')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('initiatives.form.sectors')} variant="filled">
        <Stack gap="md">
          <MultiSelect
            id={id('sectors')}
            label={t('initiatives.fields.sectors')}
            data={sectors.options}
            value={values.sectors}
            onChange={(v) => setValue('sectors', v)}
            error={errorFor(errors, 'sectors')}
            searchable
          />
          <Stack gap="xs" id={id('dacSectors')}>
            <Text size="sm" fw={500}>
              {t('initiatives.fields.dacSectors')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('initiatives.form.dacHint')}
            </Text>
            {rows.map((row, i) => (
              <Group key={row.key} align="flex-end" wrap="nowrap">
                <Select
                  label={t('initiatives.form.dacCode', { n: i + 1 })}
                  data={dac.options.map((o) => ({ value: o.value, label: `${o.value} — ${o.label}` }))}
                  value={row.code}
                  onChange={(v) => setRow(i, { code: v })}
                  searchable
                  limit={50}
                  style={{ flex: 1 }}
                  error={errorFor(errors, `dacSectors.${i}.code`) ?? errorFor(errors, `dacSectors.${i}`)}
                />
                <NumberInput
                  label={t('initiatives.form.percentage', { n: i + 1 })}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  suffix=" %"
                  value={row.percentage}
                  onChange={(v) => setRow(i, { percentage: v })}
                  w={120}
                  error={errorFor(errors, `dacSectors.${i}.percentage`)}
                />
                <ActionIcon variant="subtle" color="gray" mb={4} aria-label={t('initiatives.form.removeDac', { n: i + 1 })} onClick={() => setValue('dacSectors', rows.filter((_, j) => j !== i))}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group justify="space-between">
              <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setValue('dacSectors', [...rows, { key: crypto.randomUUID(), code: null, percentage: rows.length ? Math.max(0, 100 - total) || '' : 100 }])}>
                {t('initiatives.form.addDac')}
              </Button>
              {rows.length > 0 && (
                <Text size="sm" c={total === 100 ? 'dimmed' : 'var(--mantine-color-error)'} aria-live="polite">
                  {t('initiatives.form.dacTotal', { total })}
                </Text>
              )}
            </Group>
            {errorFor(errors, 'dacSectors') && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {errorFor(errors, 'dacSectors')}
              </Text>
            )}
          </Stack>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('initiatives.form.partners')} variant="filled">
        <Stack gap="md">
          <Select
            id={id('fundId')}
            label={t('initiatives.fields.fund')}
            clearable
            data={funds.map((f) => ({ value: f.id, label: f.acronym ? `${f.acronym} — ${f.names.en}` : f.names.en }))}
            value={values.fundId}
            onChange={(v) => setValue('fundId', v)}
            error={errorFor(errors, 'fundId')}
          />
          <Select
            id={id('sponsoringBodyId')}
            label={t('initiatives.fields.sponsoringBody')}
            clearable
            searchable
            data={bodies.map((b) => ({ value: b.id, label: b.acronym ? `${b.acronym} — ${localName(b, i18n.language)}` : localName(b, i18n.language) }))}
            value={values.sponsoringBodyId}
            onChange={(v) => setValue('sponsoringBodyId', v)}
            error={errorFor(errors, 'sponsoringBodyId')}
          />
          <Select
            id={id('currency')}
            label={t('initiatives.fields.currency')}
            searchable
            allowDeselect={false}
            data={currencies.options.map((o) => ({ value: o.value, label: `${o.value} — ${o.label}` }))}
            value={values.currency}
            onChange={(v) => v && setValue('currency', v)}
            error={errorFor(errors, 'currency')}
            maw={360}
          />
          <PartyMultiSelect
            id={id('memberParties')}
            label={t('initiatives.fields.memberParties')}
            value={values.memberParties}
            onChange={(v) => setValue('memberParties', v)}
            error={errorFor(errors, 'memberParties')}
          />
          <Group grow>
            <TextInput type="date" label={t('initiatives.fields.plannedStart')} {...text('plannedStart')} />
            <TextInput type="date" label={t('initiatives.fields.plannedEnd')} {...text('plannedEnd')} />
          </Group>
          <Checkbox
            id={id('iatiPublish')}
            label={t('initiatives.fields.iatiPublish')}
            checked={values.iatiPublish}
            onChange={(e) => setValue('iatiPublish', e.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>
    </RecordForm>
  );
}
