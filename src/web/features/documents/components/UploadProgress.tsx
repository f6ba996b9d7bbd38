// How much of a file has gone, with Cancel.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import type { UploadProgress as Progressed } from '../api/upload-xhr.ts';
import { formatSize } from './document-format.ts';

/** How much of the file has gone, with Cancel. */
export function UploadProgress({ fileName, progress, onCancel }: { fileName: string; progress: Progressed | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  const label = t('documents.uploading', { name: fileName });
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} truncate="end">
          {label}
        </Text>
        <Text size="sm" c="dimmed" style={{ flex: 'none' }}>
          {progress ? `${formatSize(progress.loaded, fmt.locale)} / ${formatSize(progress.total, fmt.locale)} · ${percent}%` : `${percent}%`}
        </Text>
      </Group>
      <Progress.Root size="lg" radius="sm">
        <Progress.Section value={percent} animated={percent < 100} aria-label={t('documents.uploadProgress')} />
      </Progress.Root>
      <Group justify="flex-end">
        <Button size="compact-sm" variant="subtle" onClick={onCancel} disabled={percent >= 100}>
          {t('documents.cancelUpload')}
        </Button>
      </Group>
    </Stack>
  );
}
