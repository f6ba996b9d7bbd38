// A party's details: codes, kind, membership dates, languages, source.
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/directory.ts';
import { Facts, nameFacts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { useFormatters } from '../../../lib/format.ts';

export function PartyFacts({ party }: { party: Party }) {
  const sourceFacts = useSourceFacts(party);
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const codes = [party.code, party.alpha3, party.numericCode].filter(Boolean).join(' · ');
  return (
    <Facts
      items={[
        { label: t('parties.fields.codes'), value: codes },
        ...nameFacts(party.names, { en: t('parties.fields.nameEn'), ru: t('parties.fields.nameRu') }, t, i18n.language),
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
