// One initiative: its header with the stage moves, summary, participants, money, milestones, progress reports, risks, stage history and linked records.
import { Stack, Table, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CODELISTS } from '../../../../shared/codelists.ts';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { PathLink } from '../../../components/PathLink.tsx';
import { Facts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordActions } from '../../../components/record/RecordActions.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useCodelist } from '../../../components/references/use-codelist.ts';
import { api } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useInitiative, useStageHistory } from '../api/get-initiative.ts';
import { MilestonesSection, ParticipantsSection } from '../components/MilestonesSection.tsx';
import { MoneySection } from '../components/MoneySection.tsx';
import { ProgressSection } from '../components/ProgressSection.tsx';
import { RisksSection } from '../components/RisksSection.tsx';
import { StageActions } from '../components/StageActions.tsx';
import { StageBadge } from '../components/StageBadge.tsx';

const route = getRouteApi('/initiatives/$id');

export function InitiativePage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const query = useInitiative(id);
  const history = useStageHistory(id).data?.items ?? [];
  const sectors = useCodelist(CODELISTS.missionSector);
  const dac = useCodelist(CODELISTS.dacSector);
  const i = query.data;
  const title = i ? (i18n.language === 'ru' && i.titleRu ? i.titleRu : i.titleEn) : undefined;
  usePageTitle(i ? `${i.reference} ${title}` : undefined);

  if (query.isPending) return <PageSkeleton />;
  if (!i) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={`${t('initiatives.one')} ${i.reference}`}
        title={title ?? ''}
        subtitle={i.proposalCode ?? undefined}
        badges={
          <>
            <StageBadge stage={i.stage} />
            <RecordBadges record={i} />
          </>
        }
        actions={
          <>
            <StageActions initiative={i} />
            <RecordActions
              name={title ?? ''}
              recordType="initiative"
              record={i}
              onEdit={() => navigate({ to: '/initiatives/$id/edit', params: { id } })}
              archive={() => api.post(`/api/initiatives/${encodeURIComponent(id)}/archive`)}
              restore={() => api.post(`/api/initiatives/${encodeURIComponent(id)}/restore`)}
            />
          </>
        }
      />
      <Section title={t('initiatives.page.summary')}>
        <Facts
          items={[
            { label: t('initiatives.fields.titleEn'), value: <span lang="en">{i.titleEn}</span> },
            { label: t('initiatives.fields.titleRu'), value: i.titleRu && <span lang="ru">{i.titleRu}</span> },
            { label: t('initiatives.fields.description'), value: i.description },
            { label: t('initiatives.fields.objectives'), value: i.objectives },
            { label: t('initiatives.fields.sectors'), value: i.sectors.map((s) => sectors.label(s)).join(', ') },
            { label: t('initiatives.fields.dacSectors'), value: i.dacSectors.map((d) => `${d.code} ${dac.label(d.code)} — ${d.percentage}%`).join('; ') },
            { label: t('initiatives.fields.activityStatus'), value: t(`initiatives.activityStatus.${i.activityStatus}` as 'initiatives.activityStatus.1') },
            { label: t('initiatives.fields.sponsoringBody'), value: i.sponsoringBody?.name },
            { label: t('initiatives.fields.fund'), value: i.fund && <PathLink path={`/funds/${i.fund.id}`}>{i18n.language === 'ru' && i.fund.nameRu ? i.fund.nameRu : i.fund.name}</PathLink> },
            { label: t('initiatives.fields.approval'), value: i.approval && <PathLink path={i.approval.path}>{i.approval.title}</PathLink> },
            { label: t('initiatives.fields.memberParties'), value: i.memberParties.join(', ') },
            { label: t('initiatives.fields.planned'), value: i.plannedStart || i.plannedEnd ? fmt.period(i.plannedStart, i.plannedEnd, '…') : null },
            { label: t('initiatives.fields.actual'), value: i.actualStart ? fmt.period(i.actualStart, i.actualEnd, '…') : null },
            { label: t('initiatives.fields.unspentBalance'), value: i.unspentBalance && fmt.money(i.unspentBalance) },
          ]}
        />
      </Section>
      <ParticipantsSection initiative={i} />
      <MoneySection initiative={i} />
      <MilestonesSection initiative={i} />
      <ProgressSection initiative={i} />
      <RisksSection initiative={i} />
      <Section title={t('initiatives.page.history')} count={history.length}>
        <Table>
          <Table.Caption>{t('initiatives.page.history')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('initiatives.page.when')}</Table.Th>
              <Table.Th>{t('initiatives.fields.stage')}</Table.Th>
              <Table.Th>{t('initiatives.page.who')}</Table.Th>
              <Table.Th>{t('initiatives.move.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{fmt.dateTime(h.at)}</Table.Td>
                <Table.Td>
                  <StageBadge stage={h.toStage} />
                </Table.Td>
                <Table.Td>{h.byName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{h.reason}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <LinkedRecords record={{ recordType: 'initiative', recordId: i.id }} archived={i.archivedAt !== null} />
    </Stack>
  );
}
