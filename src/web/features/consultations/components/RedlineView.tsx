// The changes between two versions as a redline, with words for screen readers.
import { Group, Paper, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import type { Redline, VersionSummary } from '../api/types.ts';
import { useRedline } from '../api/get-redline.ts';
import classes from './Redline.module.css';

/** Insertions and deletions as `<ins>` / `<del>`, with words for screen readers where each begins and ends. */
function Segments({ redline }: { redline: Redline }) {
  const { t } = useTranslation();
  return (
    <div className={classes.text}>
      {redline.segments.map((s, i) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
        if (s.op === 'equal') return <span key={i}>{s.text}</span>;
        const Tag = s.op === 'insert' ? 'ins' : 'del';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <Tag key={i}>
            <VisuallyHidden>{s.op === 'insert' ? t('consultations.redline.insertStart') : t('consultations.redline.deleteStart')}</VisuallyHidden>
            {s.text}
            <VisuallyHidden>{s.op === 'insert' ? t('consultations.redline.insertEnd') : t('consultations.redline.deleteEnd')}</VisuallyHidden>
          </Tag>
        );
      })}
    </div>
  );
}

/** Compare any two versions word by word (remounted with a new `defaultTo` when another version is chosen above). */
export function RedlinePanel({ consultationId, versions, defaultTo }: { consultationId: string; versions: VersionSummary[]; defaultTo: string | null }) {
  const { t } = useTranslation();
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const [to, setTo] = useState<string | null>(defaultTo);
  const toIndex = sorted.findIndex((v) => v.id === to);
  const [from, setFrom] = useState<string | null>(toIndex > 0 ? sorted[toIndex - 1].id : null);
  const query = useRedline(consultationId, from, to);
  const options = sorted.map((v) => ({ value: v.id, label: t('consultations.text.versionNumber', { number: v.number }) }));

  if (sorted.length < 2) return <Text size="sm" c="dimmed">{t('consultations.redline.needTwo')}</Text>;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select label={t('consultations.redline.from')} data={options} value={from} onChange={setFrom} allowDeselect={false} w={200} />
        <Select label={t('consultations.redline.to')} data={options} value={to} onChange={setTo} allowDeselect={false} w={200} />
      </Group>
      <Group gap="md" className={classes.legend} aria-label={t('consultations.redline.legend')} role="note">
        <Text size="xs">
          <ins>{t('consultations.redline.inserted')}</ins>
        </Text>
        <Text size="xs">
          <del>{t('consultations.redline.deleted')}</del>
        </Text>
        {query.data && <Text size="xs" c="dimmed">{t('consultations.redline.counts', { inserted: query.data.inserted, deleted: query.data.deleted })}</Text>}
      </Group>
      {from === to && <Text size="sm" c="dimmed">{t('consultations.redline.same')}</Text>}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <Paper withBorder p="sm" radius="sm" aria-label={t('consultations.redline.title')} component="section">
          <Segments redline={query.data} />
        </Paper>
      )}
    </Stack>
  );
}
