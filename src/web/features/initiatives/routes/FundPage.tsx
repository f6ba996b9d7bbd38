// One fund: contributions received, commitments, disbursements and the balance across the initiatives the reader may see, in total and by year.
import { Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { Facts } from '../../../components/record/Facts.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useFund } from '../api/get-fund-plan.ts';

const route = getRouteApi('/funds/$id');
const right = { textAlign: 'right' } as const;

export function FundPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const fmt = useFormatters();
  const query = useFund(id);
  const f = query.data;
  const name = f ? ((i18n.language === 'ru' && f.names.ru) || f.names.en) : undefined;
  usePageTitle(name);
  if (query.isPending) return <PageSkeleton />;
  if (!f) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Stack gap="lg">
      <RecordHeader kind={t('initiatives.fund.one')} title={name ?? ''} subtitle={f.acronym ?? undefined} badges={<RecordBadges record={f} />} />
      <Section title={t('initiatives.fund.figures')}>
        <Stack gap="sm">
          <Facts
            items={[
              { label: t('initiatives.fund.contributions'), value: fmt.money(f.contributions) },
              { label: t('initiatives.fund.committed'), value: fmt.money(f.committed) },
              { label: t('initiatives.fund.disbursed'), value: fmt.money(f.disbursed) },
              { label: t('initiatives.fund.balance'), value: <span data-testid="fund-balance">{fmt.money(f.balance)}</span> },
            ]}
          />
          <Text size="sm" c="dimmed">
            {t('initiatives.fund.visibleOnly')}
          </Text>
          <Table>
            <Table.Caption>{t('initiatives.fund.byYear')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.fund.year')}</Table.Th>
                <Table.Th style={right}>{t('initiatives.fund.contributions')}</Table.Th>
                <Table.Th style={right}>{t('initiatives.fund.committed')}</Table.Th>
                <Table.Th style={right}>{t('initiatives.fund.disbursed')}</Table.Th>
                <Table.Th style={right}>{t('initiatives.fund.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.byYear.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Th scope="row">{y.year}</Table.Th>
                  <Table.Td style={right}>{fmt.money(y.contributions)}</Table.Td>
                  <Table.Td style={right}>{fmt.money(y.committed)}</Table.Td>
                  <Table.Td style={right}>{fmt.money(y.disbursed)}</Table.Td>
                  <Table.Td style={right}>{fmt.money(y.balance)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('initiatives.fund.total')}</Table.Th>
                <Table.Th style={right}>{fmt.money(f.contributions)}</Table.Th>
                <Table.Th style={right}>{fmt.money(f.committed)}</Table.Th>
                <Table.Th style={right}>{fmt.money(f.disbursed)}</Table.Th>
                <Table.Th style={right}>{fmt.money(f.balance)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Stack>
      </Section>
      {f.notes && (
        <Section title={t('initiatives.fund.notes')}>
          <Text size="sm">{f.notes}</Text>
        </Section>
      )}
    </Stack>
  );
}
