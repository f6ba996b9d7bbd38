// One engagement: when and where, our and their participants with the posts held that day, summary, outcomes, follow-ups (action items) and linked records.
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { ExternalLink, Facts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useZonedFormat } from '../../../lib/zoned-time.ts';
import { useAddFollowUp, useEngagement } from '../api/engagements.ts';
import type { Engagement } from '../api/types.ts';

const route = getRouteApi('/dialogue/engagements/$id');

export function EngagementPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useEngagement(id);
  const zoned = useZonedFormat();
  const e = query.data;
  usePageTitle(e ? `${e.reference} ${e.title}` : undefined);
  if (query.isPending) return <PageSkeleton />;
  if (!e) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const side = (s: 'ours' | 'theirs') => e.participants.filter((p) => p.side === s);
  return (
    <Stack gap="lg">
      <RecordHeader
        kind={`${t(`dialogue.kind.${e.kind}`)} ${e.reference}`}
        title={e.title}
        subtitle={zoned.inZone(e.startsAt, e.timeZone)}
        badges={<RecordBadges record={e} />}
      />
      <Section title={t('dialogue.page.summary')}>
        <Facts
          items={[
            { label: t('dialogue.fields.place'), value: e.place },
            { label: t('dialogue.fields.endsAt'), value: e.endsAt && zoned.inZone(e.endsAt, e.timeZone) },
            {
              label: t('dialogue.fields.organizations'),
              value: e.organizations.length > 0 && (
                <Group gap="xs">
                  {e.organizations.map((o) => (
                    <AnchorLink key={o.id} to="/dialogue/engagements" search={{ organizationId: o.id }}>
                      {t('dialogue.page.timelineOf', { name: o.acronym ?? o.names.en })}
                    </AnchorLink>
                  ))}
                </Group>
              ),
            },
            { label: t('dialogue.fields.parties'), value: e.partyCodes.join(', ') },
            { label: t('dialogue.fields.topics'), value: e.topics.length > 0 && e.topics.map((x) => <Badge key={x} variant="outline" mr={4}>{x}</Badge>) },
            { label: t('dialogue.fields.outcomes'), value: e.outcomes },
            { label: t('dialogue.fields.source'), value: e.sourceUrl && <ExternalLink href={e.sourceUrl} /> },
          ]}
        />
      </Section>
      <Section title={t('dialogue.page.participants')} count={e.participants.length}>
        <Table>
          <Table.Caption>{t('dialogue.page.participants')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dialogue.fields.side')}</Table.Th>
              <Table.Th>{t('dialogue.fields.person')}</Table.Th>
              <Table.Th>{t('dialogue.fields.postThatDay')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...side('ours'), ...side('theirs')].map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Td>{t(`dialogue.side.${p.side}`)}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/dialogue/engagements" search={{ personId: p.personId }}>
                    {p.fullName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{[p.postTitle, p.postOrganization?.name].filter(Boolean).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {e.summary && (
        <Section title={t('dialogue.fields.summary')}>
          <RichTextEditor label={t('dialogue.fields.summary')} content={e.summary} editable={false} onChange={() => undefined} resetKey={e.id} />
        </Section>
      )}
      <FollowUps engagement={e} />
      <LinkedRecords record={{ recordType: 'engagement', recordId: e.id }} archived={e.archivedAt !== null} />
    </Stack>
  );
}

/** The follow-ups are action items: owner, due date, status; staff who may change the engagement add more. */
function FollowUps({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const me = useMe();
  const add = useAddFollowUp(e.id);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  return (
    <Section title={t('dialogue.page.followUps')} count={e.followUps.length}>
      <Stack gap="sm">
        {e.followUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dialogue.page.noFollowUps')}
          </Text>
        ) : (
          <Table>
            <Table.Caption>{t('dialogue.page.followUps')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dialogue.fields.followUp')}</Table.Th>
                <Table.Th>{t('dialogue.fields.owner')}</Table.Th>
                <Table.Th>{t('dialogue.fields.dueDate')}</Table.Th>
                <Table.Th>{t('dialogue.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.followUps.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{f.title}</Table.Td>
                  <Table.Td>{f.ownerUserName ?? f.ownerPartyCode}</Table.Td>
                  <Table.Td>
                    {fmt.date(f.dueDate)}
                    {f.overdue && (
                      <Badge color="red" ml="xs" size="sm">
                        {t('dialogue.page.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`dialogue.followUpStatus.${f.status as 'open'}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {e.abilities.update && me && (
          <Group align="flex-end" gap="sm">
            <TextInput label={t('dialogue.fields.followUp')} value={title} onChange={(ev) => setTitle(ev.currentTarget.value)} w={360} />
            <TextInput type="date" label={t('dialogue.fields.dueDate')} value={due} onChange={(ev) => setDue(ev.currentTarget.value)} w={170} />
            <Button
              disabled={!title.trim()}
              loading={add.isPending}
              onClick={async () => {
                await add.mutateAsync({ title, ownerUserId: me.user.id, dueDate: due || null });
                setTitle('');
                setDue('');
              }}
            >
              {t('dialogue.page.addFollowUp')}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}
