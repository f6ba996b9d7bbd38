// The text tab: a version switcher, the chosen version, a new draft for the mission, and the redline.
import { Button, Divider, Group, Select, Stack, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import type { Consultation } from '../api/types.ts';
import { useCreateVersion } from '../api/create-version.ts';
import { useVersions } from '../api/get-versions.ts';
import { useInstantText } from '../lib/time.ts';
import { RedlinePanel } from './RedlineView.tsx';
import { VersionPanel } from './VersionPanel.tsx';

/** The text: a version switcher, the chosen version, a new draft for the mission, and the redline. */
export function TextTab({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const text = useInstantText();
  const query = useVersions(c.id);
  const createVersion = useCreateVersion(c.id);
  const versions = [...(query.data?.items ?? [])].sort((a, b) => b.number - a.number);
  const latest = versions[0];
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    if (latest && (!selected || !versions.some((v) => v.id === selected))) setSelected(latest.id);
  }, [latest, selected, versions]);
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return null;

  const decided = c.status !== 'draft' && c.status !== 'open';
  const canNewDraft = c.abilities.update && !decided && latest?.circulatedAt;
  const newDraft = async () => {
    try {
      const created = await createVersion.mutateAsync({});
      setSelected(created.id);
      toast({ message: t('consultations.text.newDraftCreated', { number: created.number }), autoClose: 3000 });
    } catch (error) {
      toast({ color: 'red', title: t('consultations.text.notSaved'), message: describeError(error, t), autoClose: false });
    }
  };
  const options = versions.map((v) => ({
    value: v.id,
    label: v.circulatedAt
      ? t('consultations.text.versionCirculated', { number: v.number, day: text.day(v.circulatedAt, c.timeZone) })
      : t('consultations.text.versionDraft', { number: v.number }),
  }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select label={t('consultations.text.version')} data={options} value={selected} onChange={setSelected} allowDeselect={false} w={320} />
        {canNewDraft && (
          <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={newDraft} loading={createVersion.isPending}>
            {t('consultations.text.newDraft')}
          </Button>
        )}
      </Group>
      {selected && <VersionPanel consultation={c} versionId={selected} />}
      <Divider />
      <Title order={2} size="h4">
        {t('consultations.redline.title')}
      </Title>
      <RedlinePanel key={selected ?? ''} consultationId={c.id} versions={versions} defaultTo={selected} />
    </Stack>
  );
}
