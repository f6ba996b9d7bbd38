// How many parties have responded, and how many objected, as far as the viewer may see.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../api/types.ts';
import { tallyOf } from '../lib/tally.ts';

/** "7 of 10 responded", and how many objected, as far as the viewer may see positions. */
export function Tally({ consultation }: { consultation: Pick<Consultation, 'tally' | 'distribution' | 'status'> }) {
  const { t } = useTranslation();
  if (consultation.status === 'draft') return <Text component="span" size="sm" c="dimmed">{t('consultations.tally.notCirculated')}</Text>;
  const { total, responded, hidden, objecting } = tallyOf(consultation);
  if (hidden > 0 && responded === 0) return <Text component="span" size="sm" c="dimmed">{t('consultations.tally.hidden', { count: total })}</Text>;
  return (
    <Text component="span" size="sm">
      {t('consultations.tally.responded', { count: total, responded })}
      {objecting > 0 && (
        <Text component="span" size="sm" c="var(--mantine-color-error)" fw={600}>
          {` · ${t('consultations.tally.objecting', { count: objecting })}`}
        </Text>
      )}
    </Text>
  );
}
