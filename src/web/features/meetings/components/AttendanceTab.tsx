// A meeting's attendance tab: each delegation's attendance and its people.
import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ATTENDANCE_STATUSES } from '../../../../shared/meetings.ts';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { organizationLabel } from '../../../lib/names.ts';
import { toast } from '../../../lib/toast.ts';
import { useAttendance } from '../api/get-attendance.ts';
import { useSaveAttendance } from '../api/save-attendance.ts';
import type { Attendance, Meeting } from '../api/types.ts';
import { PersonMultiSelect } from './PersonMultiSelect.tsx';

type Status = (typeof ATTENDANCE_STATUSES)[number];
interface Row {
  key: string;
  label: string;
  status: Status;
  headPersonId: string | null;
  memberPersonIds: string[];
  known: { value: string; label: string }[];
}

const CHOICES: Status[] = ['present', 'absent', 'apologies'];

function rowsOf(data: Attendance, language: string) {
  const known = (r: Attendance['parties'][number] | Attendance['others'][number]) =>
    [...(r.head ? [r.head] : []), ...r.members].map((p) => ({ value: p.id, label: p.fullName }));
  return {
    parties: data.parties.map((p) => ({ key: p.partyCode, label: p.partyName ?? p.partyCode, status: p.status, headPersonId: p.headPersonId, memberPersonIds: p.memberPersonIds, known: known(p) })),
    others: data.others.map((o) => ({
      key: o.organizationId,
      label: o.organization ? organizationLabel(o.organization, language) : o.organizationId,
      status: o.status,
      headPersonId: o.headPersonId,
      memberPersonIds: o.memberPersonIds,
      known: known(o),
    })),
  };
}

export function AttendanceTab({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useAttendance(meeting.id);
  const save = useSaveAttendance(meeting.id);
  const [parties, setParties] = useState<Row[]>([]);
  const [others, setOthers] = useState<Row[]>([]);
  const [adding, setAdding] = useState<string | null>(null);

  useEffect(() => {
    if (!query.data) return;
    const rows = rowsOf(query.data, i18n.language);
    setParties(rows.parties);
    setOthers(rows.others);
  }, [query.data, i18n.language]);

  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return null;

  const patch = (list: Row[], set: (r: Row[]) => void, key: string, change: Partial<Row>) => set(list.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const payloadRow = (r: Row) => ({ status: r.status, headPersonId: r.headPersonId, memberPersonIds: r.memberPersonIds.filter((id) => id !== r.headPersonId) });

  const submit = async () => {
    try {
      await save.mutateAsync({
        parties: parties.map((r) => ({ partyCode: r.key, ...payloadRow(r) })),
        others: others.map((r) => ({ organizationId: r.key, ...payloadRow(r) })),
      });
      toast({ message: t('meetings.attendance.saved'), autoClose: 3000 });
    } catch (error) {
      toast({ color: 'red', title: t('meetings.common.failed'), message: describeError(error, t), autoClose: false });
    }
  };

  const renderRow = (r: Row, list: Row[], set: (r: Row[]) => void, removable: boolean) => (
    <Paper key={r.key} withBorder p="sm" radius="sm" component="li">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Text fw={600} w={180} style={{ alignSelf: 'center' }}>
          {r.label}
        </Text>
        {editable ? (
          <SegmentedControl
            aria-label={t('meetings.attendance.statusOf', { party: r.label })}
            data={CHOICES.map((c) => ({ value: c, label: t(`meetings.attendanceStatus.${c}`) }))}
            value={r.status === 'not_recorded' ? '' : r.status}
            onChange={(v) => patch(list, set, r.key, { status: v as Status })}
            style={{ alignSelf: 'center' }}
          />
        ) : (
          <Text size="sm" w={140} style={{ alignSelf: 'center' }}>{t(`meetings.attendanceStatus.${r.status}`)}</Text>
        )}
        <PersonSelect
          label={t('meetings.attendance.head')}
          aria-label={t('meetings.attendance.headOf', { party: r.label })}
          value={r.headPersonId}
          onChange={(v) => patch(list, set, r.key, { headPersonId: v })}
          knownOptions={r.known}
          disabled={!editable}
          w={240}
        />
        <PersonMultiSelect
          label={t('meetings.attendance.members')}
          aria-label={t('meetings.attendance.membersOf', { party: r.label })}
          value={r.memberPersonIds}
          onChange={(v) => patch(list, set, r.key, { memberPersonIds: v })}
          knownOptions={r.known}
          disabled={!editable}
          style={{ flex: '1 1 240px' }}
        />
        {removable && editable && (
          <ActionIcon variant="subtle" color="red" onClick={() => set(list.filter((x) => x.key !== r.key))} aria-label={t('meetings.attendance.remove', { name: r.label })} mb={4}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );

  return (
    <Stack gap="md">
      {editable && (
        <Group>
          <Button variant="default" onClick={() => setParties(parties.map((r) => ({ ...r, status: 'present' })))}>
            {t('meetings.attendance.allPresent')}
          </Button>
        </Group>
      )}
      <Title order={2} size="h4">{t('meetings.attendance.delegations')}</Title>
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {parties.map((r) => renderRow(r, parties, setParties, false))}
      </Stack>
      <Title order={2} size="h4">{t('meetings.attendance.others')}</Title>
      {others.length === 0 && <Text size="sm" c="dimmed">{t('meetings.attendance.noOthers')}</Text>}
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {others.map((r) => renderRow(r, others, setOthers, true))}
      </Stack>
      {editable && (
        <Group align="flex-end">
          <OrganizationSelect label={t('meetings.attendance.addOther')} value={adding} onChange={setAdding} w={360} />
          <Button
            variant="default"
            disabled={!adding || others.some((o) => o.key === adding)}
            onClick={() => {
              if (!adding) return;
              setOthers([...others, { key: adding, label: t('meetings.attendance.newParticipant'), status: 'present', headPersonId: null, memberPersonIds: [], known: [] }]);
              setAdding(null);
            }}
          >
            {t('meetings.attendance.addOtherButton')}
          </Button>
        </Group>
      )}
      {editable && (
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('meetings.attendance.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
