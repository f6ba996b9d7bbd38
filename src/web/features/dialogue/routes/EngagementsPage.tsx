// The dialogue log, newest first, filtered by kind, topic, year and text; with a person, an organisation or a party it is their timeline, with the counterpart view.
import { Select, Table, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_KINDS } from '../../../../shared/dialogue.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCounterparts, useEngagements } from '../api/engagements.ts';
import { useEngagementColumns } from '../components/engagement-columns.tsx';
import type { EngagementsSearch } from './dialogue-search.ts';

const route = getRouteApi('/dialogue/engagements');

export function EngagementsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useEngagements({ ...search, sort: '-startsAt' });
  const columns = useEngagementColumns();
  const update = (patch: EngagementsSearch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const timeline = Boolean(search.personId || search.organizationId || search.party);
  const first = query.data?.pages[0]?.items ?? [];
  const orgName = search.organizationId ? first.flatMap((e) => e.organizations).find((o) => o.id === search.organizationId) : undefined;
  const personName = search.personId ? first.flatMap((e) => e.participants).find((p) => p.personId === search.personId)?.fullName : undefined;
  const subject = orgName ? (orgName.acronym ?? orgName.names.en) : (personName ?? search.party);
  const title = timeline ? t('dialogue.timeline.title', { name: subject ?? '' }) : t('dialogue.list.title');
  usePageTitle(title);
  const filtered = Boolean(search.kind || search.topic || search.year || search.q);
  const canCreate = me !== null && me.user.role !== 'delegate' && me.user.role !== 'liaison';
  return (
    <ListPage
      title={title}
      intro={timeline ? t('dialogue.timeline.intro') : t('dialogue.list.intro')}
      create={canCreate ? { label: t('dialogue.list.new'), onClick: () => navigate({ to: '/dialogue/engagements/new' }) } : null}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('dialogue.list.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('dialogue.fields.kind')}
            placeholder={t('common.list.any')}
            clearable
            data={ENGAGEMENT_KINDS.map((k) => ({ value: k, label: t(`dialogue.kind.${k}`) }))}
            value={search.kind ?? null}
            onChange={(k) => update({ kind: (k ?? undefined) as EngagementsSearch['kind'] })}
            w={200}
          />
          <TextInput label={t('dialogue.fields.topic')} defaultValue={search.topic ?? ''} onBlur={(e) => update({ topic: e.currentTarget.value.trim() || undefined })} w={180} />
          <Select
            label={t('dialogue.fields.year')}
            placeholder={t('common.list.any')}
            clearable
            data={Array.from({ length: 12 }, (_, i) => String(2027 - i))}
            value={search.year ? String(search.year) : null}
            onChange={(y) => update({ year: y ? Number(y) : undefined })}
            w={110}
          />
        </>
      }
    >
      {(search.organizationId || search.party) && <CounterpartSection organizationId={search.organizationId} party={search.party} />}
      <ListView
        query={query}
        caption={title}
        columns={columns}
        rowKey={(e) => e.id}
        muted={(e) => e.archivedAt !== null}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('dialogue.list.emptyFiltered') : t('dialogue.list.empty')}
            description={t('dialogue.list.emptyHint')}
            onClear={() => update({ kind: undefined, topic: undefined, year: undefined, q: undefined })}
          />
        }
      />
    </ListPage>
  );
}

/** Their officials: who of ours met them, the last contact, contacts this year, open follow-ups. */
function CounterpartSection({ organizationId, party }: { organizationId?: string; party?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const items = useCounterparts({ organizationId, party }).data?.items ?? [];
  return (
    <Section title={t('dialogue.counterparts.title')} count={items.length}>
      <Table>
        <Table.Caption>{t('dialogue.counterparts.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dialogue.counterparts.official')}</Table.Th>
            <Table.Th>{t('dialogue.counterparts.ours')}</Table.Th>
            <Table.Th>{t('dialogue.counterparts.last')}</Table.Th>
            <Table.Th>{t('dialogue.counterparts.thisYear')}</Table.Th>
            <Table.Th>{t('dialogue.counterparts.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.personId}>
              <Table.Td>
                <AnchorLink to="/dialogue/engagements" search={{ personId: c.personId }}>
                  {c.fullName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{c.ourPeople.map((p) => p.fullName).join(', ')}</Table.Td>
              <Table.Td>
                <AnchorLink to="/dialogue/engagements/$id" params={{ id: c.lastEngagementId }}>
                  {fmt.date(c.lastContactAt.slice(0, 10))}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{c.contactsThisYear}</Table.Td>
              <Table.Td>{c.openFollowUps}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
