// The thread tab: the discussion of the whole consultation or of one version.
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useComments } from '../api/get-comments.ts';
import type { Comment, Consultation } from '../api/types.ts';
import { useVersions } from '../api/get-versions.ts';
import { usePartyName } from '../lib/party-name.ts';
import { useInstantText } from '../lib/time.ts';
import { CommentForm } from './CommentForm.tsx';

const WHOLE = 'whole';

/** The thread of the whole consultation or of one version; mission-only notes are marked as such. */
export function ThreadTab({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const versions = [...(useVersions(c.id).data?.items ?? [])].sort((a, b) => b.number - a.number);
  const [scope, setScope] = useState<string>(WHOLE);
  const versionId = scope === WHOLE ? null : scope;
  const query = useComments(c.id, versionId);
  const comments = query.data?.pages.flatMap((p) => p.items) ?? [];
  const options = [{ value: WHOLE, label: t('consultations.thread.whole') }, ...versions.map((v) => ({ value: v.id, label: t('consultations.text.versionNumber', { number: v.number }) }))];

  return (
    <Stack gap="md">
      <Select label={t('consultations.thread.scope')} data={options} value={scope} onChange={(v) => setScope(v ?? WHOLE)} allowDeselect={false} w={280} />
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data && comments.length === 0 && <Text size="sm" c="dimmed">{t('consultations.thread.empty')}</Text>}
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('consultations.thread.title')}>
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} />
        ))}
      </Stack>
      {query.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('common.list.loadMore')}
          </Button>
        </Group>
      )}
      {c.can.comment ? (
        <CommentForm key={scope} consultation={c} versionId={versionId} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('consultations.thread.readOnly')}
        </Text>
      )}
    </Stack>
  );
}

function CommentItem({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  const text = useInstantText();
  const partyName = usePartyName();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      style={comment.missionOnly ? { borderStyle: 'dashed', borderColor: 'var(--mantine-color-blue-outline)' } : undefined}
    >
      <Stack gap={4}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {comment.authorLabel}
              {comment.authorPartyCode && ` (${partyName(comment.authorPartyCode)})`}
            </Text>
            {comment.missionOnly && (
              <ToneBadge color="blue" leftSection={<IconLock size={12} aria-hidden />}>
                {t('consultations.thread.missionOnlyBadge')}
              </ToneBadge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            <time dateTime={comment.createdAt}>{text.mine(comment.createdAt)}</time>
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
        {comment.mentions.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('consultations.thread.mentioned', { names: comment.mentions.map((m) => m.displayName).join(', ') })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
