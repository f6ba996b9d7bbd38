// A party's details: codes, kind, membership dates, languages, source.
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/directory.ts';
import { Facts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { useFormatters } from '../../../lib/format.ts';

export function PartyFacts({ party }: { party: Party }) {
  const sourceFacts = useSourceFacts(party);
  const { t } = useTranslation();
  const fmt = useFormatters();
  const codes = [party.code, party.alpha3, party.numericCode].filter(Boolean).join(' · ');
  return (
    <Facts
      items={[
        { label: t('parties.fields.codes'), value: codes },
        { label: t('parties.fields.nameEn'), value: <span lang="en">{party.nameEn}</span> },
        { label: t('parties.fields.nameRu'), value: party.nameRu && <span lang="ru">{party.nameRu}</span> },
        { label: t('parties.fields.kind'), value: t(`common.partyKinds.${party.kind}`) },
        { label: t('parties.fields.isOwn'), value: party.isOwn && t('common.answer.yes') },
        {
          label: t('parties.fields.officialLanguages'),
          value: party.officialLanguages.length > 0 && party.officialLanguages.map((l) => fmt.languageName(l)).join(', '),
        },
        { label: t('parties.fields.memberStatus'), value: party.isMember ? t('parties.memberToday') : t('parties.notMemberToday') },
        { label: t('parties.fields.memberFrom'), value: fmt.date(party.memberFrom) },
        { label: t('parties.fields.memberTo'), value: fmt.date(party.memberTo) },
        { label: t('parties.fields.observerFrom'), value: fmt.date(party.observerFrom) },
        { label: t('parties.fields.partnerSince'), value: fmt.date(party.partnerSince) },
        { label: t('parties.fields.notes'), value: party.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{party.notes}</span> },
        ...sourceFacts,
      ]}
    />
  );
}
