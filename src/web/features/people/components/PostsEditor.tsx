import { ActionIcon, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { errorFor, type FieldErrors, fieldId } from '../../../lib/form.ts';
import { emptyPost, type PostRow } from './person-form-values.ts';
import { requiredField } from '../../../components/form/required.ts';

interface PostsEditorProps {
  formId: string;
  posts: PostRow[];
  onChange: (posts: PostRow[]) => void;
  errors: FieldErrors;
}

/** A person's posts, edited in place: one row per post, added and removed freely. */
export function PostsEditor({ formId, posts, onChange, errors }: PostsEditorProps) {
  const { t } = useTranslation();
  const patch = (index: number, change: Partial<PostRow>) => onChange(posts.map((p, i) => (i === index ? { ...p, ...change } : p)));

  return (
    <Fieldset legend={t('people.posts.heading')} variant="filled" id={fieldId(formId, 'posts')} tabIndex={-1}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('people.posts.hint')}
        </Text>
        {posts.map((post, index) => {
          const path = (field: string) => `posts.${index}.${field}`;
          return (
            <Paper key={post.key} withBorder p="sm" radius="sm" role="group" aria-label={t('people.posts.rowLabel', { n: index + 1 })}>
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ flex: 1 }}>
                  <OrganizationSelect
                    id={fieldId(formId, path('organizationId'))}
                    label={t('people.posts.organization')}
                    {...requiredField}
                    value={post.organizationId}
                    knownOptions={post.organizationId && post.organizationLabel ? [{ value: post.organizationId, label: post.organizationLabel }] : []}
                    onChange={(organizationId) => patch(index, { organizationId })}
                    error={errorFor(errors, path('organizationId'))}
                  />
                  <TextInput
                    id={fieldId(formId, path('title'))}
                    label={t('people.posts.title')}
                    {...requiredField}
                    value={post.title}
                    onChange={(e) => patch(index, { title: e.currentTarget.value })}
                    error={errorFor(errors, path('title'))}
                  />
                  <TextInput
                    id={fieldId(formId, path('fromDate'))}
                    type="date"
                    label={t('people.posts.from')}
                    value={post.fromDate}
                    onChange={(e) => patch(index, { fromDate: e.currentTarget.value })}
                    error={errorFor(errors, path('fromDate'))}
                  />
                  <TextInput
                    id={fieldId(formId, path('toDate'))}
                    type="date"
                    label={t('people.posts.to')}
                    description={t('people.posts.toHint')}
                    value={post.toDate}
                    onChange={(e) => patch(index, { toDate: e.currentTarget.value })}
                    error={errorFor(errors, path('toDate'))}
                  />
                </SimpleGrid>
                <Tooltip label={t('people.posts.remove', { n: index + 1 })}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={24}
                    aria-label={t('people.posts.remove', { n: index + 1 })}
                    onClick={() => onChange(posts.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Paper>
          );
        })}
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...posts, emptyPost()])} w="fit-content">
          {t('people.posts.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
