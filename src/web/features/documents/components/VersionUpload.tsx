// "Upload new version": the file is sent at once, with progress.
import { Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/form.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { localizeMessage } from '../../../lib/validation-messages.ts';
import { toast } from '../../../lib/toast.ts';
import { useUploadVersion } from '../api/upload-version.ts';
import type { UploadProgress as Progressed } from '../api/upload-xhr.ts';
import { DropZone } from './DropZone.tsx';
import { UploadProgress } from './UploadProgress.tsx';

/** "Upload new version": drop or choose the file; it is sent at once, with progress. */
export function VersionUpload({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation();
  const upload = useUploadVersion(documentId);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progressed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const send = async (chosen: File) => {
    const controller = new AbortController();
    abortRef.current = controller;
    setFile(chosen);
    setError(null);
    setProgress({ loaded: 0, total: chosen.size });
    try {
      const doc = await upload.mutateAsync({ file: chosen, onProgress: setProgress, signal: controller.signal });
      toast({ message: t('documents.versionUploadedToast', { name: title, n: doc.currentVersion }), autoClose: 4000 });
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) {
        const fieldMessage = isApiError(e) ? e.fieldErrors.find((f) => f.field === 'file')?.message : undefined;
        setError(fieldMessage ? localizeMessage(fieldMessage, t) : describeError(e, t));
      }
    } finally {
      setFile(null);
      setProgress(null);
      abortRef.current = null;
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('documents.newVersion')}
      </Text>
      {file && progress ? (
        <UploadProgress fileName={file.name} progress={progress} onCancel={() => abortRef.current?.abort()} />
      ) : (
        <DropZone
          id={`version-${documentId}`}
          label={t('documents.dropVersionLabel')}
          hint={t('documents.dropVersionHint')}
          error={error ?? undefined}
          onFile={send}
        />
      )}
    </Stack>
  );
}
