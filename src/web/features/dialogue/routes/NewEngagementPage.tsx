// Logging an engagement: kind, time and zone, place, our and their participants, organisations, parties, topics, summary, outcomes, a follow-up and classification.
import { Alert, Button, Fieldset, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CLASSIFICATIONS } from '../../../../shared/common.ts';
import { ENGAGEMENT_KINDS, type EngagementKind } from '../../../../shared/dialogue.ts';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage } from '../../../components/PageStates.tsx';
import { OrganizationMultiSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartyMultiSelect } from '../../../components/pickers/PartySelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { COMMON_ZONES, DEFAULT_ZONE, wallTimeToInstant } from '../../../lib/zoned-time.ts';
import { useCreateEngagement } from '../api/engagements.ts';

/** People on one side, picked one at a time from the directory. */
function PeopleField({ label, value, onChange }: { label: string; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {value.map((id, i) => (
        <PersonSelect key={id} label={i === 0 ? label : undefined} aria-label={label} value={id} onChange={(v) => onChange(v ? value.map((x, j) => (j === i ? v : x)) : value.filter((_, j) => j !== i))} clearable />
      ))}
      <PersonSelect label={value.length === 0 ? label : undefined} aria-label={label} placeholder={t('dialogue.form.addPerson')} value={null} onChange={(v) => v && onChange([...value, v])} />
    </Stack>
  );
}

export function NewEngagementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateEngagement();
  usePageTitle(t('dialogue.list.new'));
  const [kind, setKind] = useState<EngagementKind>('courtesy_call');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [zone, setZone] = useState(DEFAULT_ZONE);
  const [place, setPlace] = useState('');
  const [ours, setOurs] = useState<string[]>([]);
  const [theirs, setTheirs] = useState<string[]>([]);
  const [orgs, setOrgs] = useState<string[]>([]);
  const [parties, setParties] = useState<string[]>([]);
  const [topics, setTopics] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [outcomes, setOutcomes] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [due, setDue] = useState('');
  const [classification, setClassification] = useState<(typeof CLASSIFICATIONS)[number]>('mission');
  const [sharedParties, setSharedParties] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const back = () => navigate({ to: '/dialogue/engagements' });
  if (!me || me.user.role === 'delegate' || me.user.role === 'liaison') return <ForbiddenPage />;

  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setError(null);
    const startsAt = wallTimeToInstant(start, zone);
    if (!title.trim() || !startsAt) return setError(t('dialogue.form.required'));
    try {
      const created = await create.mutateAsync({
        kind,
        title,
        startsAt,
        timeZone: zone,
        place: place || null,
        participants: [...ours.map((personId) => ({ personId, side: 'ours' as const })), ...theirs.map((personId) => ({ personId, side: 'theirs' as const }))],
        organizationIds: orgs,
        partyCodes: parties,
        topics,
        summary: summary || null,
        outcomes: outcomes || null,
        classification,
        sharedWith: classification === 'shared' ? { parties: sharedParties, organizations: [] } : undefined,
        followUps: followUp.trim() ? [{ title: followUp, ownerUserId: me.user.id, dueDate: due || null }] : [],
      });
      toast({ message: t('common.record.createdToast', { name: `${created.reference} ${created.title}` }), autoClose: 3000 });
      navigate({ to: '/dialogue/engagements/$id', params: { id: created.id } });
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };

  return (
    <FormPage title={t('dialogue.list.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('dialogue.list.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {error && <Alert color="red">{error}</Alert>}
          <Fieldset legend={t('dialogue.form.about')} variant="filled">
            <Stack gap="md">
              <Select label={t('dialogue.fields.kind')} allowDeselect={false} data={ENGAGEMENT_KINDS.map((k) => ({ value: k, label: t(`dialogue.kind.${k}`) }))} value={kind} onChange={(k) => k && setKind(k as EngagementKind)} maw={320} />
              <TextInput label={t('dialogue.fields.title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
              <Group grow>
                <TextInput type="datetime-local" label={t('dialogue.fields.startsAt')} required value={start} onChange={(e) => setStart(e.currentTarget.value)} />
                <Select label={t('dialogue.fields.timeZone')} searchable allowDeselect={false} data={[...new Set([DEFAULT_ZONE, ...COMMON_ZONES])]} value={zone} onChange={(z) => z && setZone(z)} />
              </Group>
              <TextInput label={t('dialogue.fields.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('dialogue.form.who')} variant="filled">
            <Stack gap="md">
              <PeopleField label={t('dialogue.fields.ours')} value={ours} onChange={setOurs} />
              <PeopleField label={t('dialogue.fields.theirs')} value={theirs} onChange={setTheirs} />
              <OrganizationMultiSelect label={t('dialogue.fields.organizations')} value={orgs} onChange={setOrgs} />
              <PartyMultiSelect label={t('dialogue.fields.parties')} value={parties} onChange={setParties} />
              <TagsInput label={t('dialogue.fields.topics')} value={topics} onChange={setTopics} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('dialogue.form.content')} variant="filled">
            <Stack gap="md">
              <RichTextEditor label={t('dialogue.fields.summary')} content="" editable onChange={setSummary} resetKey="new" />
              <Textarea label={t('dialogue.fields.outcomes')} autosize minRows={2} value={outcomes} onChange={(e) => setOutcomes(e.currentTarget.value)} />
              <Group grow>
                <TextInput label={t('dialogue.fields.followUp')} description={t('dialogue.form.followUpHint')} value={followUp} onChange={(e) => setFollowUp(e.currentTarget.value)} />
                <TextInput type="date" label={t('dialogue.fields.dueDate')} value={due} onChange={(e) => setDue(e.currentTarget.value)} />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('dialogue.fields.classification')} variant="filled">
            <Stack gap="md">
              <Select
                label={t('dialogue.fields.classification')}
                allowDeselect={false}
                data={(['mission', 'restricted', 'shared'] as const).map((c) => ({ value: c, label: t(`dialogue.classification.${c}`) }))}
                value={classification}
                onChange={(c) => c && setClassification(c as typeof classification)}
                maw={320}
              />
              {classification === 'shared' && <PartyMultiSelect label={t('dialogue.form.sharedWith')} value={sharedParties} onChange={setSharedParties} />}
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('dialogue.form.save')}
            </Button>
            <Button variant="default" onClick={back}>
              {t('dialogue.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormPage>
  );
}
