// A delegation's details: party, organisation, names, source.
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { Facts, nameFacts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { useOrganizationsLookup } from '../../../components/references/use-organizations-lookup.ts';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { localName, organizationLabel, personLabel } from '../../../lib/names.ts';

export function DelegationFacts({ delegation }: { delegation: Delegation }) {
  const sourceFacts = useSourceFacts(delegation);
  const { t, i18n } = useTranslation();
  const parties = usePartiesLookup();
  const orgs = useOrganizationsLookup(delegation.organizationId ? [delegation.organizationId] : []);
  const party = parties.byCode.get(delegation.partyCode);
  const org = delegation.organizationId ? orgs.get(delegation.organizationId) : undefined;

  return (
    <Facts
      items={[
        {
          label: t('delegations.fields.party'),
          value: party ? (
            <AnchorLink to="/parties/$id" params={{ id: party.id }}>
              {localName(party, i18n.language)}
            </AnchorLink>
          ) : (
            delegation.partyCode
          ),
        },
        ...nameFacts(delegation.names, { en: t('delegations.fields.nameEn'), ru: t('delegations.fields.nameRu') }, t, i18n.language),
        {
          label: t('delegations.fields.organization'),
          value: org && (
            <AnchorLink to="/organizations/$id" params={{ id: org.id }}>
              {organizationLabel(org, i18n.language)}
            </AnchorLink>
          ),
        },
        {
          label: t('delegations.fields.head'),
          value: delegation.head && (
            <AnchorLink to="/people/$id" params={{ id: delegation.head.id }}>
              {personLabel(delegation.head)}
            </AnchorLink>
          ),
        },
        ...sourceFacts,
      ]}
    />
  );
}
