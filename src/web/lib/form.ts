// The form hook: values, client-side checks, the server's field errors and the summary's focus.
import type { TFunction } from 'i18next';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from './api-client.ts';
import { localizeMessage } from './validation-messages.ts';

/** Error messages by dotted field path (`nameEn`, `posts.0.title`). */
export type FieldErrors = Record<string, string>;

export const fieldId = (formId: string, path: string): string => `${formId}-${path.replace(/\./g, '-')}`;

export function issuesToErrors(issues: readonly z.core.$ZodIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_form';
    if (!(path in errors)) errors[path] = localizeMessage(issue.message, t);
  }
  return errors;
}

export function validateWith<S extends z.ZodType>(schema: S, payload: unknown, t: TFunction): FieldErrors {
  const result = schema.safeParse(payload);
  return result.success ? {} : issuesToErrors(result.error.issues, t);
}

/** A user-facing sentence for any failure, preferring the server's own words. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'network.unreachable') return t('common.errors.network');
    if (error.status >= 500) return t('common.errors.server');
    return localizeMessage(error.problem.detail ?? error.problem.title, t);
  }
  return t('common.errors.unexpected');
}

const touches = (path: string, key: string) => path === key || path.startsWith(`${key}.`);

/** The message for a field, including one reported for a part of it (`sharedWith.parties.0`). */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const child = Object.keys(errors).find((p) => p.startsWith(`${path}.`));
  return child ? errors[child] : undefined;
}

interface UseFormOptions<T> {
  initialValues: T;
  /** Client-side checks; returns messages by field path. */
  validate: (values: T) => FieldErrors;
  t: TFunction;
}

export function useForm<T extends object>({ initialValues, validate, t }: UseFormOptions<T>) {
  const [values, setAll] = useState<T>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const validateRef = useRef(validate);
  validateRef.current = validate;

  // Messages from the server that the client cannot re-check: they stay until the field changes.
  const serverPaths = useRef(new Set<string>());

  const setValue = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setAll((prev) => {
      const next = { ...prev, [key]: value };
      setErrors((prevErrors) => {
        const paths = Object.keys(prevErrors);
        if (paths.length === 0) return prevErrors;
        // An error stays until it is fixed: re-check what was wrong, add nothing new.
        const fresh = validateRef.current(next);
        const out = { ...prevErrors };
        for (const p of paths) {
          if (fresh[p]) out[p] = fresh[p];
          else if (touches(p, key) || !serverPaths.current.has(p)) delete out[p];
        }
        return out;
      });
      return next;
    });
  }, []);

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const handleSubmit = (onValid: (values: T) => Promise<void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (submitting) return;
    const found = validate(values);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      serverPaths.current = new Set();
      setErrors(found);
      focusSummary();
      return;
    }
    setErrors({});
    serverPaths.current = new Set();
    setSubmitting(true);
    try {
      await onValid(values);
    } catch (error) {
      const fields: FieldErrors = {};
      if (error instanceof ApiError) {
        for (const e of error.fieldErrors) if (!(e.field in fields)) fields[e.field] = localizeMessage(e.message, t);
      }
      serverPaths.current = new Set(Object.keys(fields));
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(describeError(error, t));
      focusSummary();
    } finally {
      setSubmitting(false);
    }
  };

  return { values, setValue, setAll, errors, formError, submitting, summaryRef, handleSubmit };
}

export type FormApi<T extends object> = ReturnType<typeof useForm<T>>;

/** Empty text fields are sent as null. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
