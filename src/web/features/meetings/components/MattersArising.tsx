// Matters arising: earlier action items and decisions, offered for this meeting's agenda.
import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useCarryOver } from '../api/carry-over.ts';
import { useMattersArising } from '../api/get-matters-arising.ts';
import type { Meeting } from '../api/types.ts';
import { DueDate } from './Badges.tsx';

/** Open action items and decisions in force from the body's earlier meetings, offered for this agenda. */
export function MattersArising({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const query = useMattersArising(meeting.id, Boolean(meeting.bodyId));
  const carry = useCarryOver(meeting.id);
  const [actions, setActions] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<string[]>([]);
  if (!meeting.bodyId) return null;
  const data = query.data;
  const count = actions.length + decisions.length;

  const submit = async () => {
    try {
      await carry.mutateAsync({ actionItemIds: actions, decisionIds: decisions });
      toast({ message: t('meetings.matters.carried', { count }), autoClose: 3000 });
      setActions([]);
      setDecisions([]);
    } catch (error) {
      toast({ color: 'red', title: t('meetings.common.failed'), message: describeError(error, t), autoClose: false });
    }
  };

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="matters-arising-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="matters-arising-title">
          {t('meetings.matters.title')}
        </Title>
        <Text size="sm" c="dimmed">{t('meetings.matters.intro')}</Text>
        {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
        {data && data.actionItems.length === 0 && data.decisions.length === 0 && <Text size="sm">{t('meetings.matters.none')}</Text>}
        {data && data.actionItems.length > 0 && (
          <Checkbox.Group label={t('meetings.matters.openActions')} value={actions} onChange={setActions}>
            <Stack gap={6} mt={6}>
              {data.actionItems.map((a) => (
                <Checkbox
                  key={a.id}
                  value={a.id}
                  label={a.title}
                  description={
                    <Group gap={6} component="span">
                      <span>{a.meeting?.title}</span>
                      <DueDate date={a.dueDate} overdue={a.overdue} />
                    </Group>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {data && data.decisions.length > 0 && (
          <Checkbox.Group label={t('meetings.matters.decisionsInForce')} value={decisions} onChange={setDecisions}>
            <Stack gap={6} mt={6}>
              {data.decisions.map((d) => (
                <Checkbox key={d.id} value={d.id} label={`${d.code} — ${d.text}`} description={d.meeting.title} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {data && data.actionItems.length + data.decisions.length > 0 && (
          <Group>
            <Button onClick={submit} disabled={count === 0} loading={carry.isPending}>
              {t('meetings.matters.carryOver')}
            </Button>
            <Text size="sm" c="dimmed">{t('meetings.matters.selected', { count })}</Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
