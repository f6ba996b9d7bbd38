// Attaching a document: the file, its title and who may see it, sent with a progress bar.
import { Button, Fieldset, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../shared/common.ts';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useUploadDocument } from '../api/upload-document.ts';
import type { UploadProgress as Progressed } from '../api/upload-xhr.ts';
import { allowedForRecord, formatSize, titleFromFileName, typeLabel } from './document-format.ts';
import { type DocumentAccess, DocumentAccessField, needsRestriction, needsSharing } from './DocumentAccessField.tsx';
import { DropZone } from './DropZone.tsx';
import { UploadProgress } from './UploadProgress.tsx';

interface UploadFormProps {
  formId: string;
  recordType: string;
  recordId: string;
  recordClassification: Classification;
}

interface Values {
  file: File | null;
  title: string;
  access: DocumentAccess;
}

/** Drop or choose a file, give it a title and a classification, and send it with a progress bar. */
export function UploadForm({ formId, recordType, recordId, recordClassification }: UploadFormProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const me = useMe();
  const upload = useUploadDocument();
  const [progress, setProgress] = useState<Progressed | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const allowed = allowedForRecord(recordClassification).filter((c) => me?.abilities.classifications.includes(c) ?? false);
  const initialAccess: DocumentAccess = {
    classification: allowed.includes(recordClassification) ? recordClassification : (allowed[0] ?? recordClassification),
    sharedParties: [],
    sharedOrganizations: [],
    restrictedTo: [],
  };
  const form = useForm<Values>({
    initialValues: { file: null, title: '', access: initialAccess },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.file) errors.file = t('documents.chooseFile');
      if (!v.title.trim()) errors.title = t('documents.enterTitle');
      else if (v.title.trim().length > 300) errors.title = t('common.validation.tooLong', { max: 300 });
      if (needsSharing(v.access.classification, recordClassification) && v.access.sharedParties.length + v.access.sharedOrganizations.length === 0)
        errors.sharedWith = t('common.classification.chooseSharing');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const reset = () => {
    form.setAll({ file: null, title: '', access: initialAccess });
    setProgress(null);
  };

  const submit = form.handleSubmit(async (v) => {
    if (!v.file) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setProgress({ loaded: 0, total: v.file.size });
    const c = v.access.classification;
    try {
      const doc = await upload.mutateAsync({
        input: {
          recordType,
          recordId,
          title: v.title.trim(),
          classification: c,
          sharedParties: needsSharing(c, recordClassification) ? v.access.sharedParties : [],
          sharedOrganizations: needsSharing(c, recordClassification) ? v.access.sharedOrganizations : [],
          restrictedTo: needsRestriction(c, recordClassification) ? v.access.restrictedTo : [],
          file: v.file,
        },
        onProgress: setProgress,
        signal: controller.signal,
      });
      toast({ message: t('documents.uploadedToast', { name: doc.title }), autoClose: 4000 });
      reset();
    } catch (error) {
      setProgress(null);
      if (error instanceof DOMException && error.name === 'AbortError') return;
      throw error;
    } finally {
      abortRef.current = null;
    }
  });

  const chooseFile = (file: File) => {
    setValue('file', file);
    if (!values.title.trim() || values.title === (values.file ? titleFromFileName(values.file.name) : '')) setValue('title', titleFromFileName(file.name));
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <ErrorSummary ref={form.summaryRef} formId={formId} errors={errors} formError={form.formError} />
        {!values.file ? (
          <DropZone id={fieldId(formId, 'file')} label={t('documents.dropLabel')} hint={t('documents.dropHint')} error={errorFor(errors, 'file')} onFile={chooseFile} />
        ) : (
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Group gap="xs" wrap="nowrap" id={fieldId(formId, 'file')} tabIndex={-1}>
                <IconFile size={20} aria-hidden />
                <Text size="sm" fw={600} truncate="end" style={{ flex: 1, minWidth: 0 }}>
                  {values.file.name}
                </Text>
                <Text size="sm" c="dimmed" style={{ flex: 'none' }}>
                  {formatSize(values.file.size, fmt.locale)}
                  {values.file.type ? ` · ${typeLabel(values.file.type, t)}` : ''}
                </Text>
              </Group>
              {errorFor(errors, 'file') && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {errorFor(errors, 'file')}
                </Text>
              )}
              <Fieldset variant="unstyled" disabled={form.submitting}>
                <Stack gap="sm">
              <TextInput
                id={fieldId(formId, 'title')}
                label={t('documents.fields.title')}
                description={t('documents.titleHint')}
                {...requiredField}
                value={values.title}
                onChange={(e) => setValue('title', e.currentTarget.value)}
                error={errorFor(errors, 'title')}
                maw={640}
              />
              <DocumentAccessField
                formId={formId}
                recordClassification={recordClassification}
                value={values.access}
                onChange={(access) => setValue('access', access)}
                errors={errors}
              />
                </Stack>
              </Fieldset>
              {progress ? (
                <UploadProgress fileName={values.file.name} progress={progress} onCancel={() => abortRef.current?.abort()} />
              ) : (
                <Group gap="sm">
                  <Button type="submit" loading={form.submitting}>
                    {t('documents.upload')}
                  </Button>
                  <Button variant="default" onClick={reset}>
                    {t('documents.chooseAnother')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        )}
      </Stack>
    </form>
  );
}
