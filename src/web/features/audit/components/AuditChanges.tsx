// An audit entry's changes, field by field, before and after, in words.
import { Stack, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/admin.ts';
import { type Formatters, useFormatters } from '../../../lib/format.ts';
import { fieldLabel } from './audit-labels.ts';

const MAX = 160;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Enumerated values in words ("mission" → "Mission"); other values as they are. */
function word(field: string, value: string, recordType: string, t: TFunction): string {
  const key =
    field === 'classification'
      ? `common.classification.${value}`
      : field === 'role'
        ? `common.roles.${value}`
        : field === 'language'
          ? `common.languages.${value}`
          : field === 'kind'
            ? `common.${recordType === 'party' ? 'partyKinds' : 'organizationKinds'}.${value}`
            : null;
  if (!key) return value;
  const text = t(key as never) as string;
  return text === key ? value : text;
}

function show(field: string, value: unknown, recordType: string, t: TFunction, fmt: Formatters): string {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  if (typeof value === 'boolean') return value ? t('common.answer.yes') : t('common.answer.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.empty');
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  }
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return fmt.dateTime(value);
  if (typeof value === 'string') {
    const text = word(field, value, recordType, t);
    return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
  }
  const text = JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

/** Each changed field as "Field: before → after", readable without colour. */
export function AuditChanges({ changes, recordType }: { changes: AuditEntry['changes']; recordType: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const entries = Object.entries(changes);
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={4}>
      {entries.map(([field, change]) => (
        <Text key={field} size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {fieldLabel(i18n, t, field)}:
          </Text>{' '}
          {'before' in change && (
            <>
              <del className="change-before">
                <VisuallyHidden>{`${t('audit.before')}: `}</VisuallyHidden>
                {show(field, change.before, recordType, t, fmt)}
              </del>{' '}
              <span aria-hidden>→</span>{' '}
            </>
          )}
          {'after' in change && (
            <ins className="change-after">
              <VisuallyHidden>{`${t('audit.after')}: `}</VisuallyHidden>
              {show(field, change.after, recordType, t, fmt)}
            </ins>
          )}
        </Text>
      ))}
    </Stack>
  );
}
