// One item of correspondence: its header with the acts, the facts, the text with its PDF and DOCX, the thread, the dispatches and linked records.
import { Anchor, Group, List, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { PathLink } from '../../../components/PathLink.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Facts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCorrespondence, useDispatches, useThread } from '../api/get-correspondence.ts';
import { ItemActions } from '../components/ItemActions.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';

const route = getRouteApi('/correspondence/$id');

export function CorrespondenceItemPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const fmt = useFormatters();
  const query = useCorrespondence(id);
  const thread = useThread(id).data?.items ?? [];
  const dispatches = useDispatches(id).data?.items ?? [];
  const c = query.data;
  usePageTitle(c ? `${c.registerNumber} ${c.subject}` : undefined);

  if (query.isPending) return <PageSkeleton />;
  if (!c) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={`${t(`correspondence.kind.${c.kind}`)} ${c.registerNumber}`}
        title={c.subject}
        subtitle={`${t(`correspondence.direction.${c.direction}`)} · ${fmt.date(c.date)}`}
        badges={
          <>
            <StatusBadge status={c.status} overdue={c.overdue} />
            <RecordBadges record={c} />
          </>
        }
        actions={<ItemActions item={c} />}
      />
      <Section title={t('correspondence.page.summary')}>
        <Facts
          items={[
            { label: t('correspondence.fields.registerNumber'), value: <Text ff="monospace">{c.registerNumber}</Text> },
            { label: t('correspondence.fields.sender'), value: c.direction === 'incoming' ? [c.senderOrganization, c.senderPerson].filter(Boolean).join(' — ') : t('correspondence.page.theMission') },
            {
              label: t('correspondence.fields.addressees'),
              value:
                c.addressees.length > 0 ? (
                  <List size="sm">
                    {c.addressees.map((a) => (
                      <List.Item key={a.organizationId}>{[a.organization, a.person, a.partyCode, a.email].filter(Boolean).join(' · ')}</List.Item>
                    ))}
                  </List>
                ) : null,
            },
            { label: t('correspondence.fields.theirReference'), value: c.theirReference },
            { label: t('correspondence.fields.language'), value: t(`correspondence.language.${c.language}`) },
            { label: t('correspondence.fields.dueDate'), value: c.dueDate && fmt.date(c.dueDate) },
            { label: t('correspondence.fields.assignee'), value: c.assigneeName },
            { label: t('correspondence.fields.approved'), value: c.approvedAt && `${c.approvedByName ?? ''} · ${fmt.dateTime(c.approvedAt)}` },
            { label: t('correspondence.fields.inReplyTo'), value: c.inReplyTo && <AnchorLink to="/correspondence/$id" params={{ id: c.inReplyTo.id }}>{`${c.inReplyTo.registerNumber} ${c.inReplyTo.subject}`}</AnchorLink> },
            { label: t('correspondence.fields.cancelReason'), value: c.cancelReason },
            { label: t('correspondence.fields.links'), value: c.links.length ? c.links.map((l) => <PathLink key={l.recordId} path={l.path}>{l.title}</PathLink>) : null },
          ]}
        />
      </Section>
      <Section title={t('correspondence.page.text')}>
        <Stack gap="sm">
          {c.body ? <RichTextEditor label={t('correspondence.fields.body')} content={c.body} editable={false} onChange={() => {}} resetKey={c.updatedAt} /> : <Text c="dimmed">{t('correspondence.page.noText')}</Text>}
          <Group gap="md">
            {c.direction === 'outgoing' && (
              <>
                <Anchor href={`/api/correspondence/${c.id}/document.pdf`}>{t('correspondence.page.pdf')}</Anchor>
                <Anchor href={`/api/correspondence/${c.id}/document.docx`}>{t('correspondence.page.docx')}</Anchor>
              </>
            )}
            {c.pdfDocumentId && <AnchorLink to="/documents/$id" params={{ id: c.pdfDocumentId }}>{t('correspondence.page.dispatchedPdf')}</AnchorLink>}
            {c.scanDocumentId && <AnchorLink to="/documents/$id" params={{ id: c.scanDocumentId }}>{t('correspondence.page.scan')}</AnchorLink>}
          </Group>
        </Stack>
      </Section>
      <Section title={t('correspondence.page.thread')} count={thread.length}>
        <Table>
          <Table.Caption>{t('correspondence.page.thread')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('correspondence.fields.date')}</Table.Th>
              <Table.Th>{t('correspondence.fields.registerNumber')}</Table.Th>
              <Table.Th>{t('correspondence.fields.subject')}</Table.Th>
              <Table.Th>{t('correspondence.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {thread.map((x) => (
              <Table.Tr key={x.id} aria-current={x.id === c.id ? 'true' : undefined}>
                <Table.Td>{fmt.date(x.date)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {x.registerNumber}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {x.id === c.id ? (
                    <Text size="sm" fw={600}>
                      {x.subject}
                    </Text>
                  ) : (
                    <AnchorLink to="/correspondence/$id" params={{ id: x.id }} size="sm">
                      {x.subject}
                    </AnchorLink>
                  )}
                  <Text size="xs" c="dimmed">
                    {t(`correspondence.direction.${x.direction}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={x.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {c.direction === 'outgoing' && (
        <Section title={t('correspondence.page.dispatches')} count={dispatches.length}>
          {dispatches.length === 0 ? (
            <Text c="dimmed">{t('correspondence.page.noDispatches')}</Text>
          ) : (
            <List size="sm">
              {dispatches.map((d) => (
                <List.Item key={d.id}>
                  {[fmt.dateTime(d.at), t(`correspondence.dispatch.modes.${d.mode}`), d.organization, d.toAddress, d.note, d.byName].filter(Boolean).join(' · ')}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
      <LinkedRecords record={{ recordType: 'correspondence', recordId: c.id }} archived={c.archivedAt !== null} />
    </Stack>
  );
}
