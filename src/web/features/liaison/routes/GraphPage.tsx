// The relationship graph with its filters (area, status, year) and the same edges as a table, for keyboards and screen readers.
import { Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUSES, LIAISON_STATUSES } from '../../../../shared/liaison.ts';
import { PathLink } from '../../../components/PathLink.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useRelationshipGraph } from '../api/get-graph.ts';
import { GraphView } from '../components/GraphView.tsx';
import type { GraphSearch } from './graph-search.ts';

const route = getRouteApi('/liaison/graph');

export function GraphPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('liaison.graph.title'));
  const query = useRelationshipGraph(search);
  const update = (patch: GraphSearch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const graph = query.data;
  const nameOf = (id: string) => {
    const n = graph?.nodes.find((x) => x.id === id);
    return n ? (i18n.language === 'ru' && n.nameRu ? n.nameRu : n.name) : '';
  };
  const statuses = [...new Set([...AGREEMENT_STATUSES, ...LIAISON_STATUSES])];
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('liaison.graph.title')}
      </Title>
      <Group align="flex-end">
        <TextInput label={t('liaison.fields.area')} defaultValue={search.area ?? ''} onBlur={(e) => update({ area: e.currentTarget.value.trim() || undefined })} onKeyDown={(e) => e.key === 'Enter' && update({ area: e.currentTarget.value.trim() || undefined })} w={240} />
        <Select
          label={t('liaison.fields.status')}
          placeholder={t('common.list.any')}
          clearable
          data={statuses.map((s) => ({ value: s, label: AGREEMENT_STATUSES.includes(s as never) ? t(`liaison.agreements.status.${s}` as 'liaison.agreements.status.in_force') : t(`liaison.status.${s}` as 'liaison.status.sent') }))}
          value={search.status ?? null}
          onChange={(s) => update({ status: s ?? undefined })}
          w={220}
        />
        <Select
          label={t('liaison.graph.year')}
          placeholder={t('common.list.any')}
          clearable
          data={Array.from({ length: 25 }, (_, i) => String(2005 + i))}
          value={search.year ? String(search.year) : null}
          onChange={(y) => update({ year: y ? Number(y) : undefined })}
          w={120}
        />
      </Group>
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {graph && <GraphView graph={graph} />}
      {graph && (
        <Section title={t('liaison.graph.tableTitle')} count={graph.edges.length}>
          <Table striped aria-label={t('liaison.graph.tableTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('liaison.graph.between')}</Table.Th>
                <Table.Th>{t('liaison.graph.link')}</Table.Th>
                <Table.Th>{t('liaison.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {graph.edges.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    {nameOf(e.source)} – {nameOf(e.target)}
                  </Table.Td>
                  <Table.Td>
                    <PathLink path={e.path}>{e.kind === 'agreement' ? e.label : t('liaison.graph.requestsEdge', { count: Number(e.label), status: t(`liaison.status.${e.status}` as 'liaison.status.sent') })}</PathLink>
                  </Table.Td>
                  <Table.Td>{e.status && (e.kind === 'agreement' ? t(`liaison.agreements.status.${e.status}` as 'liaison.agreements.status.in_force') : t(`liaison.status.${e.status}` as 'liaison.status.sent'))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
    </Stack>
  );
}
