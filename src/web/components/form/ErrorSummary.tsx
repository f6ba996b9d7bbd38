// The GOV.UK-style summary at the top of a form: each message links to its field.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, fieldId } from '../../lib/form.ts';

interface ErrorSummaryProps {
  formId: string;
  errors: FieldErrors;
  /** A problem that belongs to no single field. */
  formError?: string | null;
  ref?: RefObject<HTMLDivElement | null>;
}

/** The element for a path, or for the nearest enclosing field (`posts.0.title` → `posts`). */
function targetFor(formId: string, path: string): HTMLElement | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(formId, parts.join('.')));
    if (el) return el;
    parts.pop();
  }
  return null;
}

function domOrder(formId: string, a: string, b: string): number {
  const ea = targetFor(formId, a);
  const eb = targetFor(formId, b);
  if (!ea || !eb || ea === eb) return 0;
  return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** GOV.UK-style summary at the top of a form: each message links to its field. */
export function ErrorSummary({ formId, errors, formError, ref }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const entries = useMemo(
    () => Object.entries(errors).sort(([a], [b]) => domOrder(formId, a, b)),
    [errors, formId],
  );
  if (entries.length === 0 && !formError) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${formId}-error-summary-title`}
      color="red"
      variant="outline"
      icon={<IconAlertCircle aria-hidden />}
      title={<span id={`${formId}-error-summary-title`}>{t('common.form.errorSummaryTitle')}</span>}
      styles={{ root: { borderWidth: 2 }, title: { color: 'var(--mantine-color-text)' } }}
    >
      {formError && <Text size="sm">{formError}</Text>}
      {entries.length > 0 && (
        <List size="sm" spacing={4}>
          {entries.map(([path, message]) => (
            <List.Item key={path}>
              <Anchor
                href={`#${fieldId(formId, path)}`}
                c="var(--mantine-color-error)"
                fw={600}
                onClick={(event) => {
                  const el = targetFor(formId, path);
                  if (!el) return;
                  event.preventDefault();
                  el.scrollIntoView({ block: 'center' });
                  el.focus();
                }}
              >
                {message}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
