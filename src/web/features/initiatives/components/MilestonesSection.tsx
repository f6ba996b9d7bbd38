// An initiative's milestones (planned and actual dates, marking one reached) and its participating organisations with their IATI roles.
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/record/Section.tsx';
import { describeError } from '../../../lib/form.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useMilestones, useParticipants } from '../api/get-progress.ts';
import { useAddMilestone, useUpdateMilestone } from '../api/save-progress.ts';
import type { Initiative } from '../api/types.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function MilestonesSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const milestones = useMilestones(initiative.id).data?.items ?? [];
  const reach = useUpdateMilestone(initiative.id);
  const canEdit = initiative.abilities.update;
  return (
    <Section title={t('initiatives.milestones.title')} count={milestones.length}>
      <Stack gap="md">
        {milestones.length === 0 ? (
          <Text c="dimmed">{t('initiatives.milestones.none')}</Text>
        ) : (
          <Table>
            <Table.Caption>{t('initiatives.milestones.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.milestones.milestone')}</Table.Th>
                <Table.Th>{t('initiatives.milestones.planned')}</Table.Th>
                <Table.Th>{t('initiatives.milestones.actual')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {milestones.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.title}</Table.Td>
                  <Table.Td>
                    {fmt.date(m.plannedDate)} {!m.actualDate && m.plannedDate < today() && <ToneBadge color="red">{t('initiatives.milestones.overdue')}</ToneBadge>}
                  </Table.Td>
                  <Table.Td>{m.actualDate ? fmt.date(m.actualDate) : '—'}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {!m.actualDate && (
                        <Button size="compact-sm" variant="subtle" aria-label={t('initiatives.milestones.reachNamed', { title: m.title })} onClick={() => reach.mutate({ milestoneId: m.id, actualDate: today() })}>
                          {t('initiatives.milestones.reach')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && <MilestoneForm initiative={initiative} />}
      </Stack>
    </Section>
  );
}

function MilestoneForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const add = useAddMilestone(initiative.id);
  const [title, setTitle] = useState('');
  const [plannedDate, setPlannedDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await add.mutateAsync({ title, plannedDate });
      setTitle('');
      setPlannedDate('');
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Group align="flex-end">
      <TextInput label={t('initiatives.milestones.milestone')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={320} error={error} />
      <TextInput type="date" label={t('initiatives.milestones.planned')} value={plannedDate} onChange={(e) => setPlannedDate(e.currentTarget.value)} />
      <Button onClick={submit} loading={add.isPending} disabled={!title || !plannedDate}>
        {t('initiatives.milestones.add')}
      </Button>
    </Group>
  );
}

export function ParticipantsSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const participants = useParticipants(initiative.id).data?.items ?? [];
  if (participants.length === 0) return null;
  return (
    <Section title={t('initiatives.participants.title')} count={participants.length}>
      <Table>
        <Table.Caption>{t('initiatives.participants.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('initiatives.participants.organisation')}</Table.Th>
            <Table.Th>{t('initiatives.participants.role')}</Table.Th>
            <Table.Th>{t('initiatives.participants.iatiRef')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>{t(`initiatives.participants.roles.${p.role}`)}</Table.Td>
              <Table.Td>{p.iatiRef}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
