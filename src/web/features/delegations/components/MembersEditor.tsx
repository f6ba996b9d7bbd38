import { ActionIcon, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { errorFor, type FieldErrors, fieldId } from '../../../lib/form.ts';
import { emptyMember, type MemberRow } from './delegation-form-values.ts';
import { requiredField } from '../../../components/form/required.ts';

interface MembersEditorProps {
  formId: string;
  members: MemberRow[];
  onChange: (members: MemberRow[]) => void;
  errors: FieldErrors;
}

export function MembersEditor({ formId, members, onChange, errors }: MembersEditorProps) {
  const { t } = useTranslation();
  const patch = (index: number, change: Partial<MemberRow>) => onChange(members.map((m, i) => (i === index ? { ...m, ...change } : m)));

  return (
    <Fieldset legend={t('delegations.membersHeading')} variant="filled" id={fieldId(formId, 'members')} tabIndex={-1}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('delegations.form.membersHint')}
        </Text>
        {members.map((member, index) => {
          const path = (field: string) => `members.${index}.${field}`;
          return (
            <Paper key={member.key} withBorder p="sm" radius="sm" role="group" aria-label={t('delegations.form.memberRow', { n: index + 1 })}>
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ flex: 1 }}>
                  <PersonSelect
                    id={fieldId(formId, path('personId'))}
                    label={t('delegations.members.person')}
                    {...requiredField}
                    value={member.personId}
                    knownOptions={member.personId && member.personLabel ? [{ value: member.personId, label: member.personLabel }] : []}
                    onChange={(personId) => patch(index, { personId })}
                    error={errorFor(errors, path('personId'))}
                  />
                  <TextInput
                    id={fieldId(formId, path('title'))}
                    label={t('delegations.members.title')}
                    description={t('delegations.form.memberTitleHint')}
                    value={member.title}
                    onChange={(e) => patch(index, { title: e.currentTarget.value })}
                    error={errorFor(errors, path('title'))}
                  />
                  <TextInput
                    id={fieldId(formId, path('fromDate'))}
                    type="date"
                    label={t('people.posts.from')}
                    value={member.fromDate}
                    onChange={(e) => patch(index, { fromDate: e.currentTarget.value })}
                    error={errorFor(errors, path('fromDate'))}
                  />
                  <TextInput
                    id={fieldId(formId, path('toDate'))}
                    type="date"
                    label={t('people.posts.to')}
                    value={member.toDate}
                    onChange={(e) => patch(index, { toDate: e.currentTarget.value })}
                    error={errorFor(errors, path('toDate'))}
                  />
                </SimpleGrid>
                <Tooltip label={t('delegations.form.removeMember', { n: index + 1 })}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={24}
                    aria-label={t('delegations.form.removeMember', { n: index + 1 })}
                    onClick={() => onChange(members.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Paper>
          );
        })}
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...members, emptyMember()])} w="fit-content">
          {t('delegations.form.addMember')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
