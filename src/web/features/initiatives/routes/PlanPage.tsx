// One plan of action: how many of its action lines are launched, and per line (by pillar) the initiatives advancing it.
import { Group, Stack, Table, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { usePlan } from '../api/get-fund-plan.ts';
import { StageBadge } from '../components/StageBadge.tsx';

const route = getRouteApi('/plans/$id');

export function PlanPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const query = usePlan(id);
  const p = query.data;
  const title = p ? (i18n.language === 'ru' && p.titleRu) || p.titleEn : undefined;
  usePageTitle(title);
  if (query.isPending) return <PageSkeleton />;
  if (!p) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const pillars = [...new Set(p.lines.map((l) => l.pillar))];
  return (
    <Stack gap="lg">
      <RecordHeader kind={t('initiatives.plan.one')} title={title ?? ''} subtitle={`${p.fromYear}–${p.toYear}`} badges={<RecordBadges record={p} />} />
      <Text fw={600} size="lg" data-testid="plan-launched">
        {t('initiatives.plan.launched', { launched: p.launchedCount, total: p.lineCount })}
      </Text>
      {pillars.map((pillar) => (
        <Section key={pillar} title={pillar}>
          <Table>
            <Table.Caption>{t('initiatives.plan.linesOf', { pillar })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.plan.code')}</Table.Th>
                <Table.Th>{t('initiatives.plan.line')}</Table.Th>
                <Table.Th>{t('initiatives.plan.initiatives')}</Table.Th>
                <Table.Th>{t('initiatives.plan.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.lines
                .filter((l) => l.pillar === pillar)
                .map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Th scope="row">{l.code}</Table.Th>
                    <Table.Td>{l.title}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {l.initiatives.map((i) => (
                          <Group key={i.id} gap="xs" wrap="nowrap">
                            <Link to="/initiatives/$id" params={{ id: i.id }}>
                              {i.reference} {i.title}
                            </Link>
                            <StageBadge stage={i.stage} />
                          </Group>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <ToneBadge color={l.launched ? 'green' : 'gray'}>
                        {t(l.launched ? 'initiatives.plan.isLaunched' : 'initiatives.plan.notLaunched')}
                      </ToneBadge>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Section>
      ))}
    </Stack>
  );
}
