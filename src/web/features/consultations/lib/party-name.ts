// A party's name in the interface language, or its code while the directory loads.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { localName } from '../../../lib/names.ts';

/** A party's name in the interface language, or its code while the directory loads. */
export function usePartyName() {
  const { i18n } = useTranslation();
  const { byCode } = usePartiesLookup();
  return useCallback(
    (code: string) => {
      const party = byCode.get(code);
      return party ? localName(party, i18n.language) : code;
    },
    [byCode, i18n.language],
  );
}
