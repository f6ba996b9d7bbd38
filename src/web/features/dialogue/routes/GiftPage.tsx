// One gift: the §5.1 facts, the custody history, and moving it (on display, deposited, transferred …).
import { Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GIFT_DISPOSITIONS, type GiftDisposition } from '../../../../shared/dialogue.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { ExternalLink, Facts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useGift, useMoveCustody } from '../api/gifts.ts';
import type { Gift } from '../api/types.ts';

const route = getRouteApi('/dialogue/gifts/$id');

export function GiftPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const fmt = useFormatters();
  const query = useGift(id);
  const g = query.data;
  usePageTitle(g ? `${g.reference} ${g.description}` : undefined);
  if (query.isPending) return <PageSkeleton />;
  if (!g) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const side = (s: Gift['donor']) => [s.person && [s.person.fullName, s.person.postTitle].filter(Boolean).join(', '), s.organization?.name, s.partyCode, s.name].filter(Boolean).join('; ');
  return (
    <Stack gap="lg">
      <RecordHeader kind={`${t('dialogue.gifts.one')} ${g.reference}`} title={g.description} subtitle={`${t(`dialogue.direction.${g.direction}`)} · ${fmt.date(g.date)}`} badges={<RecordBadges record={g} />} />
      <Section title={t('dialogue.page.summary')}>
        <Facts
          items={[
            { label: t('dialogue.fields.donor'), value: side(g.donor) },
            { label: t('dialogue.fields.recipient'), value: side(g.recipient) },
            { label: t('dialogue.fields.occasion'), value: g.engagement ? <AnchorLink to="/dialogue/engagements/$id" params={{ id: g.engagement.id }}>{g.engagement.title}</AnchorLink> : g.occasion },
            { label: t('dialogue.fields.place'), value: g.place },
            { label: t('dialogue.fields.category'), value: t(`dialogue.category.${g.category}`) },
            { label: t('dialogue.fields.quantity'), value: String(g.quantity) },
            { label: t('dialogue.fields.value'), value: g.value ? fmt.money(g.value) : t('dialogue.gifts.unknownValue') },
            { label: t('dialogue.fields.valuationMethod'), value: g.valuationMethod },
            { label: t('dialogue.fields.circumstances'), value: g.circumstances },
            { label: t('dialogue.fields.approval'), value: g.approvalSought ? t('dialogue.gifts.approvedBy', { by: g.approvedBy ?? '—' }) : null },
            { label: t('dialogue.fields.disposition'), value: t(`dialogue.disposition.${g.disposition}`) },
            { label: t('dialogue.fields.location'), value: g.location },
            { label: t('dialogue.fields.source'), value: g.sourceUrl && <ExternalLink href={g.sourceUrl} /> },
          ]}
        />
      </Section>
      <Section title={t('dialogue.gifts.custody')} count={g.custody.length}>
        <Stack gap="sm">
          <Table>
            <Table.Caption>{t('dialogue.gifts.custody')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dialogue.gifts.when')}</Table.Th>
                <Table.Th>{t('dialogue.fields.disposition')}</Table.Th>
                <Table.Th>{t('dialogue.fields.location')}</Table.Th>
                <Table.Th>{t('dialogue.gifts.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.custody.map((c) => (
                <Table.Tr key={c.at}>
                  <Table.Td>{fmt.dateTime(c.at)}</Table.Td>
                  <Table.Td>{t(`dialogue.disposition.${c.disposition}`)}</Table.Td>
                  <Table.Td>{[c.location, c.note].filter(Boolean).join(' — ')}</Table.Td>
                  <Table.Td>{c.byName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {g.abilities.update && <MoveCustody gift={g} />}
        </Stack>
      </Section>
      <LinkedRecords record={{ recordType: 'gift', recordId: g.id }} archived={g.archivedAt !== null} />
    </Stack>
  );
}

function MoveCustody({ gift }: { gift: Gift }) {
  const { t } = useTranslation();
  const move = useMoveCustody(gift.id);
  const [disposition, setDisposition] = useState<GiftDisposition | null>(null);
  const [location, setLocation] = useState('');
  return (
    <Group align="flex-end" gap="sm">
      <Select label={t('dialogue.gifts.moveTo')} data={GIFT_DISPOSITIONS.map((d) => ({ value: d, label: t(`dialogue.disposition.${d}`) }))} value={disposition} onChange={(d) => setDisposition(d as GiftDisposition | null)} w={240} />
      <TextInput label={t('dialogue.fields.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} w={240} />
      <Button
        disabled={!disposition}
        loading={move.isPending}
        onClick={async () => {
          if (!disposition) return;
          await move.mutateAsync({ disposition, location: location || null });
          setDisposition(null);
          setLocation('');
        }}
      >
        {t('dialogue.gifts.move')}
      </Button>
    </Group>
  );
}
