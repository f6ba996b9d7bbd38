// An organisation's details: kind, country, parent, names, web and postal address, source.
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ExternalLink, Facts, nameFacts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { localName, organizationLabel } from '../../../lib/names.ts';

export function OrganizationFacts({ org }: { org: Organization }) {
  const sourceFacts = useSourceFacts(org);
  const { t, i18n } = useTranslation();
  const parties = usePartiesLookup();
  const country = org.countryCode ? parties.byCode.get(org.countryCode) : undefined;

  return (
    <Facts
      items={[
        ...nameFacts(org.names, { en: t('organizations.fields.nameEn'), ru: t('organizations.fields.nameRu') }, t, i18n.language),
        { label: t('organizations.fields.nameLocal'), value: org.nameLocal },
        { label: t('organizations.fields.acronym'), value: org.acronym },
        { label: t('organizations.fields.kind'), value: t(`common.organizationKinds.${org.kind}`) },
        {
          label: t('organizations.fields.country'),
          value: country ? (
            <AnchorLink to="/parties/$id" params={{ id: country.id }}>
              {localName(country, i18n.language)}
            </AnchorLink>
          ) : (
            org.countryCode
          ),
        },
        {
          label: t('organizations.fields.parent'),
          value: org.parent && (
            <AnchorLink to="/organizations/$id" params={{ id: org.parent.id }}>
              {organizationLabel(org.parent, i18n.language)}
            </AnchorLink>
          ),
        },
        {
          label: t('organizations.fields.website'),
          value: org.website && <ExternalLink href={org.website} />,
        },
        { label: t('organizations.fields.address'), value: org.address },
        ...sourceFacts,
      ]}
    />
  );
}
