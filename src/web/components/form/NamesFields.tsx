// A record's names: English (required), Russian, and "names in other languages" — rows of a language and a name, added and removed freely.
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NameLanguage } from '../../../shared/names.ts';
import { errorFor, type FieldErrors, fieldId } from '../../lib/form.ts';
import { languageName } from '../../lib/names.ts';
import { type NamesValues, OTHER_NAME_LANGUAGES, nextOtherNameRow, type OtherNameRow } from './names.ts';
import { requiredField } from './required.ts';

interface NamesFieldsProps {
  formId: string;
  value: NamesValues;
  onChange: (value: NamesValues) => void;
  errors: FieldErrors;
  labels: { en: string; ru: string; enHint?: string };
}

/** The fields of `names`; errors come as `names.<language>`. */
export function NamesFields({ formId, value, onChange, errors, labels }: NamesFieldsProps) {
  const { t, i18n } = useTranslation();
  const id = (language: string) => fieldId(formId, `names.${language}`);
  const setRows = (others: OtherNameRow[]) => onChange({ ...value, others });
  const patch = (index: number, change: Partial<OtherNameRow>) => setRows(value.others.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const next = nextOtherNameRow(value.others);

  return (
    <>
      <TextInput
        id={id('en')}
        label={labels.en}
        description={labels.enHint}
        {...requiredField}
        lang="en"
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.currentTarget.value })}
        error={errorFor(errors, 'names.en')}
      />
      <TextInput id={id('ru')} label={labels.ru} lang="ru" value={value.ru} onChange={(e) => onChange({ ...value, ru: e.currentTarget.value })} error={errorFor(errors, 'names.ru')} />
      <Stack gap="xs" role="group" aria-labelledby={`${formId}-other-names`}>
        <Text id={`${formId}-other-names`} size="sm" fw={500}>
          {t('common.names.otherLanguages')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('common.names.otherHint')}
        </Text>
        {value.others.map((row, index) => {
          const language = languageName(row.language, i18n.language);
          const used = new Set(value.others.filter((_, i) => i !== index).map((r) => r.language));
          return (
            <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap" role="group" aria-label={t('common.names.row', { language })}>
              <Select
                label={t('common.names.language')}
                data={OTHER_NAME_LANGUAGES.filter((l) => !used.has(l)).map((l) => ({ value: l, label: languageName(l, i18n.language, true) }))}
                value={row.language}
                onChange={(v) => v && patch(index, { language: v as NameLanguage })}
                allowDeselect={false}
                searchable
                w={200}
              />
              <TextInput
                id={id(row.language)}
                label={t('common.names.name')}
                lang={row.language}
                value={row.name}
                onChange={(e) => patch(index, { name: e.currentTarget.value })}
                error={errorFor(errors, `names.${row.language}`)}
                style={{ flex: 1 }}
              />
              <Tooltip label={t('common.names.remove', { language })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={24}
                  aria-label={t('common.names.remove', { language })}
                  onClick={() => setRows(value.others.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        {next && (
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRows([...value.others, next])} w="fit-content">
            {t('common.names.add')}
          </Button>
        )}
      </Stack>
    </>
  );
}
