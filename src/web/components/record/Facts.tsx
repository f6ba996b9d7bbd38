// A record's own fields as a description list (empty ones left out), and the facts every classified record ends with: its source and when it was updated.
import { Anchor, DataList } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Names, otherNames } from '../../../shared/names.ts';
import { isSafeLink } from '../../../shared/safe-link.ts';
import { useFormatters } from '../../lib/format.ts';
import { languageName } from '../../lib/names.ts';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** The record's own fields as a description list; empty ones are left out. */
export function Facts({ items }: { items: Fact[] }) {
  const shown = items.filter((f) => f.value !== null && f.value !== undefined && f.value !== '' && f.value !== false);
  return (
    <DataList size="sm" labelWidth="14rem" withDivider>
      {shown.map((fact) => (
        <DataList.Item key={fact.label}>
          <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{fact.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

/** A web address outside Chancery, opened in a new tab; any other scheme is shown as text, never followed. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isSafeLink(href)) return <>{href}</>;
  return (
    <Anchor inherit href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </Anchor>
  );
}

/** "Source" (the web address the information comes from) and "Updated": the last facts of a record. */
export function useSourceFacts(record: { sourceUrl: string | null; updatedAt: string }): Fact[] {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return [
    { label: t('common.record.source'), value: record.sourceUrl && <ExternalLink href={record.sourceUrl} /> },
    { label: t('common.record.updated'), value: fmt.dateTime(record.updatedAt) },
  ];
}

/** A record's names as facts: English, Russian, then each other language (“Name in Indonesian”). */
export function nameFacts(names: Names, labels: { en: string; ru: string }, t: TFunction, uiLanguage: string): Fact[] {
  return [
    { label: labels.en, value: <span lang="en">{names.en}</span> },
    { label: labels.ru, value: names.ru && <span lang="ru">{names.ru}</span> },
    ...otherNames(names)
      .filter((n) => n.language !== 'ru')
      .map((n) => ({ label: t('common.names.fact', { language: languageName(n.language, uiLanguage) }), value: <span lang={n.language}>{n.name}</span> })),
  ];
}
