// Focal points per organisation and area (vacant ones marked), and the "who do I call at … about …" lookup.
import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useFocalLookup, useFocalPoints } from '../api/get-focal-points.ts';
import type { FocalPoint } from '../api/types.ts';
import { orgName } from '../components/request-columns.tsx';

function Lookup({ points }: { points: FocalPoint[] }) {
  const { t, i18n } = useTranslation();
  const orgs = useMemo(() => [...new Map(points.filter((p) => p.organization).map((p) => [p.organizationId, p.organization as NonNullable<FocalPoint['organization']>])).values()], [points]);
  const [org, setOrg] = useState<string | null>(null);
  const [area, setArea] = useState('');
  const answer = useFocalLookup(org, area);
  return (
    <Section title={t('liaison.focal.lookup')}>
      <Group align="flex-end">
        <Select label={t('liaison.focal.atOrganization')} data={orgs.map((o) => ({ value: o.id, label: orgName(o, i18n.language) }))} value={org} onChange={setOrg} w={240} />
        <TextInput label={t('liaison.focal.aboutArea')} value={area} onChange={(e) => setArea(e.currentTarget.value)} w={260} />
      </Group>
      {answer.data && (
        <Stack gap={4} mt="sm" aria-live="polite" data-testid="focal-answer">
          {answer.data.items.length === 0 && <Text size="sm">{t('liaison.focal.nobody')}</Text>}
          {answer.data.items.map((f) => (
            <Text key={f.id} size="sm">
              {f.vacant ? t('liaison.focal.vacantArea', { area: f.area }) : `${orgName(f.person, i18n.language)}${f.post ? `, ${f.post}` : ''} — ${f.area}`}
            </Text>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function FocalPointsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [q, setQ] = useState<string | undefined>();
  usePageTitle(t('liaison.focal.title'));
  const query = useFocalPoints({ q, sort: 'area' });
  const points = query.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: Column<FocalPoint>[] = [
    { key: 'organization', header: t('liaison.focal.organization'), width: 180, render: (f) => orgName(f.organization, i18n.language) },
    { key: 'area', header: t('liaison.fields.area'), render: (f) => f.area },
    {
      key: 'person',
      header: t('liaison.focal.person'),
      render: (f) =>
        f.vacant ? (
          <Group gap={4}>
            <ToneBadge color="orange">{t('liaison.focal.vacant')}</ToneBadge>
            <Text size="xs" c="dimmed">
              {orgName(f.person, i18n.language)}
            </Text>
          </Group>
        ) : (
          `${orgName(f.person, i18n.language)}${f.post ? `, ${f.post}` : ''}`
        ),
    },
    { key: 'term', header: t('liaison.focal.term'), width: 200, visibleFrom: 'sm', render: (f) => `${fmt.date(f.fromDate) || '…'} – ${fmt.date(f.toDate) || '…'}` },
  ];
  return (
    <ListPage title={t('liaison.focal.title')} intro={t('liaison.focal.intro')} search={{ value: q, onSearch: setQ, placeholder: t('liaison.focal.searchPlaceholder') }}>
      <Lookup points={points} />
      <ListView query={query} caption={t('liaison.focal.title')} columns={columns} rowKey={(f) => f.id} muted={(f) => f.vacant} empty={<ListEmptyState filtered={!!q} title={t('liaison.focal.empty')} description="" onClear={() => setQ(undefined)} />} />
    </ListPage>
  );
}
