// A meeting's decisions tab: the decisions taken, and a new one.
import { Button, Group, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconLink, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useAgenda } from '../api/get-agenda.ts';
import { useDecisionsInForce } from '../api/get-decisions-in-force.ts';
import { useMeetingDecisions } from '../api/get-meeting-decisions.ts';
import { useRecordDecision } from '../api/record-decision.ts';
import type { Decision, Meeting } from '../api/types.ts';
import { DecisionStatusBadge } from './Badges.tsx';

export function DecisionsTab({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const query = useMeetingDecisions(meeting.id);
  const agenda = useAgenda(meeting.id);
  const [form, setForm] = useState<{ supersedes?: Decision } | null>(null);
  const [linksOf, setLinksOf] = useState<string | null>(null);
  const items = query.data?.items ?? [];
  const agendaTitle = (id: string | null) => {
    const index = agenda.data?.items.findIndex((i) => i.id === id) ?? -1;
    return index >= 0 ? `${index + 1}. ${agenda.data?.items[index].title}` : null;
  };

  return (
    <Stack gap="md">
      {editable && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({})}>
            {t('meetings.decisions.record')}
          </Button>
        </Group>
      )}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data && items.length === 0 && <Text size="sm" c="dimmed">{t('meetings.decisions.none')}</Text>}
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((d) => (
          <Paper key={d.id} component="li" withBorder p="sm" radius="sm">
            <Stack gap={4}>
              <Group gap="xs" justify="space-between">
                <Group gap="xs">
                  <Text fw={700} ff="monospace">{d.code}</Text>
                  <DecisionStatusBadge status={d.status} />
                </Group>
                <Group gap={4}>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconLink size={14} aria-hidden />}
                    aria-expanded={linksOf === d.id}
                    aria-label={t('common.links.showNamed', { name: d.code })}
                    onClick={() => setLinksOf(linksOf === d.id ? null : d.id)}
                  >
                    {t('common.links.show')}
                  </Button>
                  {editable && d.status === 'in_force' && (
                    <Button size="xs" variant="subtle" onClick={() => setForm({ supersedes: d })} aria-label={t('meetings.decisions.supersedeNamed', { code: d.code })}>
                      {t('meetings.decisions.supersede')}
                    </Button>
                  )}
                </Group>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{d.text}</Text>
              {agendaTitle(d.agendaItemId) && <Text size="xs" c="dimmed">{t('meetings.decisions.underItem', { item: agendaTitle(d.agendaItemId) })}</Text>}
              {linksOf === d.id && <LinkedRecords record={{ recordType: 'decision', recordId: d.id }} bare />}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        title={form?.supersedes ? t('meetings.decisions.supersedeNamed', { code: form.supersedes.code }) : t('meetings.decisions.record')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        {form && (
          <DecisionForm
            meeting={meeting}
            supersedes={form.supersedes}
            agendaOptions={(agenda.data?.items ?? []).map((i, n) => ({ value: i.id, label: `${n + 1}. ${i.title}` }))}
            onClose={() => setForm(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

const FORM_ID = 'decision';

function DecisionForm({ meeting, supersedes, agendaOptions, onClose }: { meeting: Meeting; supersedes?: Decision; agendaOptions: { value: string; label: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRecordDecision(meeting.id);
  const inForce = useDecisionsInForce(meeting.bodyId);
  const form = useForm({
    initialValues: { text: '', agendaItemId: null as string | null, supersedesId: supersedes?.id ?? (null as string | null) },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.text.trim()) errors.text = t('meetings.decisions.errors.text');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (p: string) => fieldId(FORM_ID, p);
  const supersedable = (inForce.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.text.slice(0, 80)}` }));
  if (supersedes && !supersedable.some((o) => o.value === supersedes.id)) supersedable.unshift({ value: supersedes.id, label: `${supersedes.code} — ${supersedes.text.slice(0, 80)}` });
  return (
    <FormFrame
      form={form}
      formId={FORM_ID}
      onCancel={onClose}
      onSubmit={async (v) => {
        const saved = await create.mutateAsync({ text: v.text.trim(), agendaItemId: v.agendaItemId, supersedesId: v.supersedesId });
        toast({ message: t('meetings.decisions.recorded', { code: saved.code }), autoClose: 3000 });
        onClose();
      }}
    >
      <Textarea id={id('text')} label={t('meetings.decisions.text')} {...requiredField} autosize minRows={3} value={values.text} onChange={(e) => setValue('text', e.currentTarget.value)} error={errorFor(errors, 'text')} data-autofocus />
      <Select id={id('agendaItemId')} label={t('meetings.decisions.agendaItem')} data={agendaOptions} clearable value={values.agendaItemId} onChange={(v) => setValue('agendaItemId', v)} />
      <Select
        id={id('supersedesId')}
        label={t('meetings.decisions.supersedes')}
        description={t('meetings.decisions.supersedesHint')}
        data={supersedable}
        clearable
        searchable
        value={values.supersedesId}
        onChange={(v) => setValue('supersedesId', v)}
        error={errorFor(errors, 'supersedesId')}
      />
    </FormFrame>
  );
}
