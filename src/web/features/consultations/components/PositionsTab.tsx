// The positions tab: one row per party on the list with its position, who set it and when; history on request.
import { Button, Collapse, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { usePositions } from '../api/get-positions.ts';
import type { Consultation, PartyPositionRow, Position } from '../api/types.ts';
import { usePartyName } from '../lib/party-name.ts';
import { useInstantText } from '../lib/time.ts';
import { PositionBadge } from './Badges.tsx';
import classes from './Positions.module.css';
import { RespondActions } from './RespondActions.tsx';

/** One row per party on the list: its current position, who set it and when, when it received the text; history on demand. */
export function PositionsTab({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const query = usePositions(c.id);
  const [expanded, setExpanded] = useState<string | null>(null);
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return null;
  const { parties, history } = query.data;
  const historyOf = (code: string) => history.filter((p) => p.partyCode === code).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  const missing = parties.filter((p) => !p.current && !p.hidden).length;
  const recordOnBehalf = c.abilities.update && c.status === 'open';
  if (parties.length === 0) return <Text size="sm" c="dimmed">{t('consultations.positions.noParties')}</Text>;

  return (
    <Stack gap="sm">
      <Text size="sm" aria-live="polite">
        {missing > 0 ? t('consultations.positions.missing', { count: missing }) : t('consultations.positions.allResponded')}
      </Text>
      {recordOnBehalf && <RecordFor consultation={c} parties={parties.map((p) => p.partyCode)} />}
      <Table.ScrollContainer minWidth={840} type="native">
        <Table verticalSpacing="xs" className={classes.table}>
          <Table.Caption>{t('consultations.positions.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={180}>{t('consultations.positions.party')}</Table.Th>
              <Table.Th scope="col" w={240}>{t('consultations.positions.position')}</Table.Th>
              <Table.Th scope="col">{t('consultations.positions.text')}</Table.Th>
              <Table.Th scope="col" w={200}>{t('consultations.positions.recorded')}</Table.Th>
              <Table.Th scope="col" w={150}>{t('consultations.positions.acknowledged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((row) => {
              const past = historyOf(row.partyCode);
              const open = expanded === row.partyCode;
              return (
                <Fragment key={row.partyCode}>
                  <Table.Tr data-missing={!row.current && !row.hidden ? true : undefined}>
                    <Table.Th scope="row" fw={600}>
                      {partyName(row.partyCode)}
                    </Table.Th>
                    <Table.Td>
                      <PositionCellBadge row={row} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {row.current?.text ?? ''}
                      </Text>
                      {row.current?.brokeSilence && <Text size="xs" fw={700} c="var(--mantine-color-error)">{t('consultations.positions.brokeSilence')}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Recorded position={row.current} zone={c.silence?.timeZone ?? c.timeZone} />
                    </Table.Td>
                    <Table.Td>
                      <Acknowledged at={row.acknowledgedAt} hidden={row.hidden} zone={c.timeZone} />
                    </Table.Td>
                  </Table.Tr>
                  {past.length > 1 && (
                    <Table.Tr>
                      <Table.Td colSpan={5} py={4}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-expanded={open}
                          leftSection={open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                          onClick={() => setExpanded(open ? null : row.partyCode)}
                        >
                          {t('consultations.positions.history', { count: past.length, party: partyName(row.partyCode) })}
                        </Button>
                        <Collapse expanded={open}>
                          <History positions={past} zone={c.silence?.timeZone ?? c.timeZone} />
                        </Collapse>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function PositionCellBadge({ row }: { row: PartyPositionRow }) {
  const { t } = useTranslation();
  if (row.hidden) return <PositionBadge kind="hidden" />;
  if (!row.current) return <PositionBadge kind="none" />;
  return (
    <Stack gap={2}>
      <PositionBadge kind={row.current.kind} reservationKind={row.current.reservationKind} />
      <Text size="xs" c="dimmed">
        {t('consultations.text.versionNumber', { number: row.current.versionNumber })}
      </Text>
    </Stack>
  );
}

function Recorded({ position, zone }: { position: Position | null; zone: string }) {
  const text = useInstantText();
  const recorder = useRecorder();
  if (!position) return null;
  return (
    <Stack gap={0}>
      <Text size="sm">{recorder(position)}</Text>
      <Text size="xs" c="dimmed">
        <time dateTime={position.recordedAt}>{text.inZone(position.recordedAt, zone)}</time>
      </Text>
    </Stack>
  );
}

function Acknowledged({ at, hidden, zone }: { at: string | null; hidden: boolean; zone: string }) {
  const { t } = useTranslation();
  const text = useInstantText();
  if (hidden) return <Text size="xs" c="dimmed">{t('consultations.position.hidden')}</Text>;
  if (!at) return <Text size="xs" c="dimmed">{t('consultations.positions.notYetOpened')}</Text>;
  return (
    <Text size="xs">
      <time dateTime={at}>{`${text.day(at, zone)} ${text.timeIn(at, zone)} ${text.zoneName(at, zone)}`}</time>
    </Text>
  );
}

function History({ positions, zone }: { positions: Position[]; zone: string }) {
  const { t } = useTranslation();
  const text = useInstantText();
  const recorder = useRecorder();
  return (
    <Stack gap={4} component="ol" m={0} mt={4} pl="md">
      {positions.map((p) => (
        <Text component="li" size="sm" key={p.id}>
          <PositionBadge kind={p.kind} reservationKind={p.reservationKind} /> {t('consultations.text.versionNumber', { number: p.versionNumber })} · {recorder(p)} ·{' '}
          <time dateTime={p.recordedAt}>{text.inZone(p.recordedAt, zone)}</time>
          {p.current && ` · ${t('consultations.positions.currentMark')}`}
          {p.text && (
            <Text component="span" size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {` — ${p.text}`}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** The mission records a position given outside the system (by note verbale) for a party on the list. */
function RecordFor({ consultation, parties }: { consultation: Consultation; parties: string[] }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const [party, setParty] = useState<string | null>(null);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('consultations.positions.recordFor')}
        placeholder={t('consultations.positions.chooseParty')}
        data={parties.map((code) => ({ value: code, label: partyName(code) }))}
        value={party}
        onChange={setParty}
        searchable
        clearable
        w={360}
        maw="100%"
      />
      {party && <RespondActions consultation={consultation} partyCode={party} onBehalf size="sm" />}
    </Group>
  );
}

/** Who recorded a position: the delegate's name, or a member of the mission's name marked as the mission's. */
function useRecorder() {
  const { t } = useTranslation();
  return (p: Position) => (p.recordedByMission ? t('consultations.positions.byMission', { name: p.recordedByLabel }) : p.recordedByLabel);
}
