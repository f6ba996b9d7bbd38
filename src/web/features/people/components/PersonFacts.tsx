// A person's details: names, contact, languages, notes, source.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { Facts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { useFormatters } from '../../../lib/format.ts';

export function PersonFacts({ person }: { person: Person }) {
  const sourceFacts = useSourceFacts(person);
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Facts
      items={[
        { label: t('people.fields.fullName'), value: person.fullName },
        { label: t('people.fields.nameLatin'), value: person.nameLatin },
        { label: t('people.fields.nameRu'), value: person.nameRu && <span lang="ru">{person.nameRu}</span> },
        { label: t('people.fields.honorific'), value: person.honorific },
        {
          label: t('people.fields.languages'),
          value: person.languages.length > 0 && person.languages.map((tag) => fmt.languageName(tag)).join(', '),
        },
        { label: t('people.fields.email'), value: person.email && <Anchor inherit href={`mailto:${person.email}`}>{person.email}</Anchor> },
        { label: t('people.fields.phone'), value: person.phone && <Anchor inherit href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</Anchor> },
        { label: t('people.fields.notes'), value: person.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{person.notes}</span> },
        ...sourceFacts,
      ]}
    />
  );
}
