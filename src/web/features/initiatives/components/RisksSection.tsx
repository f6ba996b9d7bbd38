// An initiative's risks: likelihood × impact with its score, mitigation, owner and status, the form that records one, and closing or reopening it.
import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/record/Section.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useRisks } from '../api/get-progress.ts';
import { useAddRisk, useUpdateRisk } from '../api/save-progress.ts';
import type { Initiative } from '../api/types.ts';

/** Score bands of a 5 × 5 matrix: 15 and above high, 8 and above medium. */
const band = (score: number) => (score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low');
const colour = { high: 'red', medium: 'orange', low: 'gray' } as const;
const SCALE = ['1', '2', '3', '4', '5'];

export function RisksSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const risks = useRisks(initiative.id).data?.items ?? [];
  const update = useUpdateRisk(initiative.id);
  const canEdit = initiative.abilities.update;
  return (
    <Section title={t('initiatives.risks.title')} count={risks.filter((r) => r.status === 'open').length}>
      <Stack gap="md">
        {risks.length === 0 ? (
          <Text c="dimmed">{t('initiatives.risks.none')}</Text>
        ) : (
          <Table>
            <Table.Caption>{t('initiatives.risks.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.risks.risk')}</Table.Th>
                <Table.Th>{t('initiatives.risks.likelihood')}</Table.Th>
                <Table.Th>{t('initiatives.risks.impact')}</Table.Th>
                <Table.Th>{t('initiatives.risks.score')}</Table.Th>
                <Table.Th>{t('initiatives.risks.mitigation')}</Table.Th>
                <Table.Th>{t('initiatives.risks.owner')}</Table.Th>
                <Table.Th>{t('initiatives.risks.status')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {risks.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td>{r.likelihood}</Table.Td>
                  <Table.Td>{r.impact}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <ToneBadge color={colour[band(r.score)]} maw="none">
                      {t(`initiatives.risks.band.${band(r.score)}`, { score: r.score })}
                    </ToneBadge>
                  </Table.Td>
                  <Table.Td>{r.mitigation}</Table.Td>
                  <Table.Td>{r.owner}</Table.Td>
                  <Table.Td>{t(`initiatives.risks.statuses.${r.status}`)}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t(r.status === 'open' ? 'initiatives.risks.closeNamed' : 'initiatives.risks.reopenNamed', { title: r.title })}
                        onClick={() => update.mutate({ riskId: r.id, status: r.status === 'open' ? 'closed' : 'open' })}
                      >
                        {t(r.status === 'open' ? 'initiatives.risks.close' : 'initiatives.risks.reopen')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && <RiskForm initiative={initiative} />}
      </Stack>
    </Section>
  );
}

function RiskForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const add = useAddRisk(initiative.id);
  const [title, setTitle] = useState('');
  const [likelihood, setLikelihood] = useState('3');
  const [impact, setImpact] = useState('3');
  const [mitigation, setMitigation] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await add.mutateAsync({ title, likelihood: Number(likelihood), impact: Number(impact), mitigation: mitigation || null, owner: owner || null });
      toast({ message: t('initiatives.risks.saved'), autoClose: 3000 });
      setTitle('');
      setMitigation('');
      setOwner('');
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('initiatives.risks.add')}
      </Text>
      <Group align="flex-end">
        <TextInput label={t('initiatives.risks.risk')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={280} error={error} />
        <Select label={t('initiatives.risks.likelihood')} data={SCALE} value={likelihood} onChange={(v) => v && setLikelihood(v)} allowDeselect={false} w={110} />
        <Select label={t('initiatives.risks.impact')} data={SCALE} value={impact} onChange={(v) => v && setImpact(v)} allowDeselect={false} w={110} />
        <TextInput label={t('initiatives.risks.mitigation')} value={mitigation} onChange={(e) => setMitigation(e.currentTarget.value)} w={260} />
        <TextInput label={t('initiatives.risks.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} w={180} />
        <Button onClick={submit} loading={add.isPending} disabled={!title}>
          {t('initiatives.risks.save')}
        </Button>
      </Group>
    </Stack>
  );
}
