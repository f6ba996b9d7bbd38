// The personal iCalendar subscription: make an address (shown once), replace or revoke it.
import { Alert, Button, CopyButton, Group, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconLink, IconLinkOff, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useCreateFeed } from '../api/create-feed.ts';
import { useFeed } from '../api/get-feed.ts';
import { useRevokeFeed } from '../api/revoke-feed.ts';

/** The new address, shown once with a copy button and a warning. */
function NewAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('calendar.subscribe.shownOnce')}
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text size="sm">{t('calendar.subscribe.warning')}</Text>
      </Alert>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Textarea
          label={t('calendar.subscribe.address')}
          value={url}
          readOnly
          autosize
          minRows={1}
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
        />
        <CopyButton value={url} timeout={2500}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'filled'} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
              {copied ? t('calendar.subscribe.copied') : t('calendar.subscribe.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** A personal, secret iCalendar address for Outlook, Google or Apple Calendar: create, replace, revoke. */
export function SubscribePanel() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const feed = useFeed();
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);

  const issue = () =>
    create.mutate(undefined, {
      onSuccess: (created) => {
        setUrl(created.url);
        setConfirming(null);
        toast({ message: created.rotated ? t('calendar.subscribe.rotatedToast') : t('calendar.subscribe.createdToast'), autoClose: 4000 });
      },
      onError: (error) => toast({ color: 'red', title: t('calendar.subscribe.failed'), message: describeError(error, t), autoClose: false }),
    });
  const stop = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setConfirming(null);
        toast({ message: t('calendar.subscribe.revokedToast'), autoClose: 4000 });
      },
      onError: (error) => toast({ color: 'red', title: t('calendar.subscribe.failed'), message: describeError(error, t), autoClose: false }),
    });

  const active = feed.data?.active ?? false;
  return (
    <Section title={t('calendar.subscribe.title')}>
      <Text size="sm" c="dimmed" maw={760}>
        {t('calendar.subscribe.intro')}
      </Text>
      {feed.isPending && <Skeleton height={36} width={260} />}
      {feed.isError && <QueryError error={feed.error} onRetry={() => feed.refetch()} />}
      {url && <NewAddress url={url} />}
      {feed.data && active && !url && (
        <Text size="sm">
          {t('calendar.subscribe.activeSince', { date: fmt.dateTime(feed.data.createdAt) })}{' '}
          {feed.data.lastUsedAt ? t('calendar.subscribe.lastUsed', { when: fmt.relative(feed.data.lastUsedAt) }) : t('calendar.subscribe.neverUsed')}
        </Text>
      )}
      {feed.data && (
        <Group gap="sm">
          {!active ? (
            <Button leftSection={<IconLink size={16} aria-hidden />} onClick={issue} loading={create.isPending}>
              {t('calendar.subscribe.create')}
            </Button>
          ) : (
            <>
              <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setConfirming('rotate')}>
                {t('calendar.subscribe.rotate')}
              </Button>
              <Button variant="default" color="red" leftSection={<IconLinkOff size={16} aria-hidden />} onClick={() => setConfirming('revoke')}>
                {t('calendar.subscribe.revoke')}
              </Button>
            </>
          )}
        </Group>
      )}
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming === 'revoke' ? t('calendar.subscribe.revokeQuestion') : t('calendar.subscribe.rotateQuestion')}
        message={confirming === 'revoke' ? t('calendar.subscribe.revokeExplanation') : t('calendar.subscribe.rotateExplanation')}
        confirmLabel={confirming === 'revoke' ? t('calendar.subscribe.revoke') : t('calendar.subscribe.rotate')}
        danger={confirming === 'revoke'}
        loading={create.isPending || revoke.isPending}
        onConfirm={confirming === 'revoke' ? stop : issue}
        onCancel={() => setConfirming(null)}
      />
    </Section>
  );
}
