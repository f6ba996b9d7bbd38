// A new API token's secret, shown this once with a copy button and how to send it.
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function TokenSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" styles={{ title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } }} icon={<IconKey size={18} aria-hidden />} title={t('common.tokens.shownOnceTitle')}>
        {t('common.tokens.shownOnceBody')}
      </Alert>
      <Code block data-testid="token-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {secret}
      </Code>
      <Text size="sm" c="dimmed">
        {t('common.tokens.howToUse')} <Code>Authorization: Bearer {secret.slice(0, 8)}…</Code>
      </Text>
      <Group justify="flex-end" gap="sm">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button variant="default" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
              {copied ? t('common.tokens.copied') : t('common.tokens.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('common.tokens.done')}</Button>
      </Group>
    </Stack>
  );
}
