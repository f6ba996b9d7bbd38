// The frame of every form: the error summary first, the fields, then Save (or the act's name) / Cancel; checks run and the summary takes focus on submit.
import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FormApi } from '../../lib/form.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FormActions } from './FormActions.tsx';

interface FormFrameProps<T extends object> {
  form: FormApi<T>;
  /** Prefix of the fields' element ids, which the error summary links to. */
  formId: string;
  /** Runs once the client-side checks pass; a refusal from the server shows in the summary. */
  onSubmit: (values: T) => Promise<void>;
  onCancel: () => void;
  gap?: 'md' | 'lg';
  maw?: number;
  /** Names the act when it is not a plain save ("Launch silence procedure"). */
  submitLabel?: string;
  children: ReactNode;
}

export function FormFrame<T extends object>({ form, formId, onSubmit, onCancel, gap = 'md', maw, submitLabel, children }: FormFrameProps<T>) {
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack gap={gap} maw={maw}>
        <ErrorSummary ref={form.summaryRef} formId={formId} errors={form.errors} formError={form.formError} />
        {children}
        <FormActions submitting={form.submitting} onCancel={onCancel} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}
