// The frame of every record's form: the error summary, the feature's fields, where the information comes from, who may see it, and Save / Cancel.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../shared/common.ts';
import { useMe } from '../../lib/auth.ts';
import { errorFor, type FieldErrors, type FormApi, fieldId, useForm } from '../../lib/form.ts';
import type { AccessValues } from './access.ts';
import { ClassificationFields } from './ClassificationFields.tsx';
import { FormFrame } from './FormFrame.tsx';
import { type Provenance, SourceFields } from './SourceFields.tsx';

/** Values of a form with the source fields. */
export interface SourceValues {
  provenance: Provenance | null;
  sourceUrl: string;
}

export type RecordFormApi<T extends object> = FormApi<T> & {
  formId: string;
  /** Classifications the user may give the record. */
  allowed: readonly Classification[];
  /** Whether the form shows (and sends) the access fields. */
  withAccess: boolean;
  /** The element id of a field (the error summary links to it). */
  id: (path: string) => string;
  /** Props of a text field bound to a string value: id, value, onChange and error. */
  text: <K extends StringKey<T>>(key: K) => {
    id: string;
    value: string;
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
    error: string | undefined;
  };
};

type StringKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

interface UseRecordFormOptions<T, R> {
  formId: string;
  /** The record being edited; none for a new one. */
  record?: R;
  initialValues: (allowed: readonly Classification[], record?: R) => T;
  validate: (values: T, withAccess: boolean) => FieldErrors;
}

/**
 * A record's form state: the values, their checks and the server's field
 * errors (`useForm`), and whether the user may classify the record — on a new
 * one when any classification is open to them, on an existing one when its
 * abilities say so.
 */
export function useRecordForm<T extends object, R extends { abilities: { classify: boolean } }>({ formId, record, initialValues, validate }: UseRecordFormOptions<T, R>): RecordFormApi<T> {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me?.abilities.classifications ?? [];
  const withAccess = record ? record.abilities.classify : allowed.length > 0;
  const form = useForm({ initialValues: initialValues(allowed, record), validate: (values) => validate(values, withAccess), t });
  const id = (path: string) => fieldId(formId, path);
  const text = <K extends StringKey<T>>(key: K) => ({
    id: id(key),
    value: form.values[key] as string,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.setValue(key, event.currentTarget.value as T[K]),
    error: errorFor(form.errors, key),
  });
  return { ...form, formId, allowed, withAccess, id, text };
}

interface RecordFormProps<T extends object> {
  form: RecordFormApi<T>;
  onSubmit: (values: T) => Promise<void>;
  onCancel: () => void;
  maw?: number;
  /** Shows "Source" (web address and provenance) after the feature's fields. */
  source?: T extends SourceValues ? boolean : never;
  /** Shown after every field, above Save (a note on who will see the record). */
  footer?: ReactNode;
  children: ReactNode;
}

export function RecordForm<T extends object>({ form, onSubmit, onCancel, maw = 760, source, footer, children }: RecordFormProps<T>) {
  const { formId, errors } = form;
  const values = form.values as T & Partial<SourceValues> & { access?: AccessValues };
  const set = form.setValue as (key: string, value: unknown) => void;
  return (
    <FormFrame form={form} formId={formId} onSubmit={onSubmit} onCancel={onCancel} gap="lg" maw={maw}>
      {children}
      {source && (
        <SourceFields
          formId={formId}
          provenance={values.provenance ?? null}
          sourceUrl={values.sourceUrl ?? ''}
          onProvenanceChange={(v) => set('provenance', v)}
          onSourceUrlChange={(v) => set('sourceUrl', v)}
          errors={errors}
        />
      )}
      {form.withAccess && values.access && (
        <ClassificationFields formId={formId} value={values.access} onChange={(v) => set('access', v)} errors={errors} options={form.allowed} />
      )}
      {footer}
    </FormFrame>
  );
}
