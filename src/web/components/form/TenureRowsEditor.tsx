// Rows of "who or where + title + from/to dates", added and removed freely: a person's posts, a delegation's members.
import { ActionIcon, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorFor, type FieldErrors, fieldId } from '../../lib/form.ts';
import { requiredField } from './required.ts';

/** What every row holds besides the chosen person or organisation. */
export interface TenureRow {
  /** A stable React key (rows have no id until saved). */
  key: string;
  title: string;
  fromDate: string;
  toDate: string;
}

interface TenureRowsEditorProps<R extends TenureRow> {
  formId: string;
  /** The field path of the rows (`posts`, `members`): errors come as `<name>.<index>.<field>`. */
  name: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  errors: FieldErrors;
  emptyRow: () => R;
  /** The picker of the person or organisation, given its element id, error and a way to change the row. */
  picker: (row: R, field: { id: (field: string) => string; error: (field: string) => string | undefined; patch: (change: Partial<R>) => void }) => ReactNode;
  texts: {
    legend: string;
    hint: string;
    title: string;
    titleHint?: string;
    titleRequired?: boolean;
    from: string;
    to: string;
    toHint?: string;
    /** The row's accessible name ("Post 2"). */
    row: (n: number) => string;
    remove: (n: number) => string;
    add: string;
  };
}

export function TenureRowsEditor<R extends TenureRow>({ formId, name, rows, onChange, errors, emptyRow, picker, texts }: TenureRowsEditorProps<R>) {
  const patch = (index: number, change: Partial<R>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));

  return (
    <Fieldset legend={texts.legend} variant="filled" id={fieldId(formId, name)} tabIndex={-1}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {texts.hint}
        </Text>
        {rows.map((row, index) => {
          const path = (field: string) => `${name}.${index}.${field}`;
          const id = (field: string) => fieldId(formId, path(field));
          const error = (field: string) => errorFor(errors, path(field));
          const date = (field: 'fromDate' | 'toDate') => ({
            id: id(field),
            type: 'date',
            value: row[field],
            onChange: (e: React.ChangeEvent<HTMLInputElement>) => patch(index, { [field]: e.currentTarget.value } as Partial<R>),
            error: error(field),
          });
          return (
            <Paper key={row.key} withBorder p="sm" radius="sm" role="group" aria-label={texts.row(index + 1)}>
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ flex: 1 }}>
                  {picker(row, { id, error, patch: (change) => patch(index, change) })}
                  <TextInput
                    id={id('title')}
                    label={texts.title}
                    description={texts.titleHint}
                    {...(texts.titleRequired ? requiredField : {})}
                    value={row.title}
                    onChange={(e) => patch(index, { title: e.currentTarget.value } as Partial<R>)}
                    error={error('title')}
                  />
                  <TextInput label={texts.from} {...date('fromDate')} />
                  <TextInput label={texts.to} description={texts.toHint} {...date('toDate')} />
                </SimpleGrid>
                <Tooltip label={texts.remove(index + 1)}>
                  <ActionIcon variant="subtle" color="red" size="lg" mt={24} aria-label={texts.remove(index + 1)} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Paper>
          );
        })}
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...rows, emptyRow()])} w="fit-content">
          {texts.add}
        </Button>
      </Stack>
    </Fieldset>
  );
}
