// The positions matrix: consultations by parties, each delegation's position in words.
import { Group, SegmentedControl, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton } from '../../../components/PageStates.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { type MatrixView, useMatrix } from '../api/get-matrix.ts';
import { ConsultationStatusBadge, MethodBadge, PositionBadge } from '../components/Badges.tsx';
import { ClosesAtCell } from '../components/Deadline.tsx';
import classes from '../components/Matrix.module.css';
import { usePartyName } from '../lib/party-name.ts';
import { MATRIX_VIEWS } from './consultations-search.ts';

const route = getRouteApi('/consultations/matrix');

/** Consultations × parties: each delegation's position in words, "no response" highlighted, hidden cells marked. */
export function MatrixPage() {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('consultations.matrix.title'));
  const view: MatrixView = search.view ?? 'open';
  const query = useMatrix(view);
  const data = query.data;

  return (
    <ListPage title={t('consultations.matrix.title')} intro={t('consultations.matrix.intro')}>
      <SegmentedControl
        aria-label={t('consultations.list.views')}
        data={MATRIX_VIEWS.map((v) => ({ value: v, label: t(`consultations.view.${v}`) }))}
        value={view}
        onChange={(v) => navigate({ search: { view: v as MatrixView }, replace: true })}
        style={{ alignSelf: 'flex-start' }}
      />
      {query.isPending ? (
        <PageSkeleton />
      ) : query.isError && !data ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : !data || data.rows.length === 0 ? (
        <ListEmptyState filtered={false} title={t('consultations.matrix.empty')} description={t('consultations.matrix.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={260 + data.parties.length * 190} maxHeight="70vh" type="native">
          <Table stickyHeader verticalSpacing="xs" className={classes.table} aria-busy={query.isFetching || undefined} withColumnBorders>
            <Table.Caption>{t('consultations.matrix.caption', { count: data.rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className={classes.first}>
                  {t('consultations.matrix.consultation')}
                </Table.Th>
                {data.parties.map((code) => (
                  <Table.Th scope="col" key={code}>
                    <Tooltip label={partyName(code)}>
                      <abbr title={partyName(code)} style={{ textDecoration: 'none' }}>
                        {code}
                      </abbr>
                    </Tooltip>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row" className={classes.first}>
                    <Stack gap={4}>
                      <AnchorLink to="/consultations/$id" params={{ id: row.id }} search={{ tab: 'positions' }} size="sm" fw={600}>
                        {row.reference ? `${row.reference} — ${row.title}` : row.title}
                      </AnchorLink>
                      <Group gap={4}>
                        <MethodBadge method={row.method} />
                        <ConsultationStatusBadge status={row.status} />
                      </Group>
                      {row.closesAt && <ClosesAtCell iso={row.closesAt} />}
                    </Stack>
                  </Table.Th>
                  {data.parties.map((code) => {
                    const cell = row.cells[code];
                    if (row.status === 'draft')
                      return (
                        <Table.Td key={code} data-cell="draft">
                          {cell && (
                            <Text size="xs" c="dimmed">
                              {t('consultations.tally.notCirculated')}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    return (
                      <Table.Td key={code} data-cell={cell ?? 'absent'}>
                        {cell ? (
                          <PositionBadge kind={cell} />
                        ) : (
                          <>
                            <span aria-hidden>—</span>
                            <VisuallyHidden>{t('consultations.matrix.notOnList')}</VisuallyHidden>
                          </>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ListPage>
  );
}
