// The audit trail's filters: who, which kind of record, which record, when.
import { Button, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListToolbar } from '../../../components/list/ListPageHeader.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useAuditActors } from '../api/get-audit-actors.ts';
import type { AuditSearch } from '../routes/audit-search.ts';
import { RECORD_TYPES, recordTypeLabel } from './audit-labels.ts';

interface AuditFiltersProps {
  filters: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
}

export function AuditFilters({ filters, onChange }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const actors = useAuditActors(Boolean(me?.abilities.manageUsers));
  const [recordId, setRecordId] = useState(filters.recordId ?? '');
  useEffect(() => setRecordId(filters.recordId ?? ''), [filters.recordId]);
  const sendRecordId = useDebouncedCallback((value: string) => onChange({ recordId: value.trim() || undefined }), 400);

  const types: { value: string; label: string }[] = RECORD_TYPES.map((type) => ({ value: type, label: recordTypeLabel(i18n, t, type) }));
  if (filters.recordType && !types.some((o) => o.value === filters.recordType)) types.push({ value: filters.recordType, label: filters.recordType });
  const any = Boolean(filters.recordType || filters.recordId || filters.actorId || filters.action || filters.from || filters.to);

  return (
    <ListToolbar>
      <Select
        label={t('audit.filters.recordType')}
        placeholder={t('common.list.any')}
        clearable
        data={types}
        value={filters.recordType ?? null}
        onChange={(v) => onChange({ recordType: v ?? undefined })}
        w={200}
      />
      <TextInput
        label={t('audit.filters.recordId')}
        value={recordId}
        onChange={(e) => {
          setRecordId(e.currentTarget.value);
          sendRecordId(e.currentTarget.value);
        }}
        spellCheck={false}
        w={320}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      {me?.abilities.manageUsers && (
        <Select
          label={t('audit.filters.user')}
          placeholder={t('common.list.any')}
          searchable
          clearable
          data={(actors.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          value={filters.actorId ?? null}
          onChange={(v) => onChange({ actorId: v ?? undefined })}
          w={220}
        />
      )}
      <TextInput type="date" label={t('audit.filters.from')} value={filters.from ?? ''} onChange={(e) => onChange({ from: e.currentTarget.value || undefined })} w={170} />
      <TextInput type="date" label={t('audit.filters.to')} value={filters.to ?? ''} onChange={(e) => onChange({ to: e.currentTarget.value || undefined })} w={170} />
      {any && (
        <Button
          variant="subtle"
          onClick={() => onChange({ recordType: undefined, recordId: undefined, actorId: undefined, action: undefined, from: undefined, to: undefined })}
        >
          {t('audit.filters.clear')}
        </Button>
      )}
    </ListToolbar>
  );
}
