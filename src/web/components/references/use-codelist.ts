// A codelist (sectors, DAC codes, currencies, IATI lists) for pickers and labels, loaded once per list and language-neutral.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Codelist, type CodelistKey, codeLabel } from '../../../shared/codelists.ts';
import { api } from '../../lib/api-client.ts';

export const codelistQueryOptions = (list: CodelistKey) =>
  queryOptions({
    queryKey: ['codelists', list],
    queryFn: ({ signal }) => api.get<Codelist>(`/api/codelists/${list}`, undefined, signal),
    // Codelists change only with a new release.
    staleTime: 60 * 60_000,
  });

/**
 * The codes of a list with their labels in the interface language (English
 * where the list has none in it). `options` holds only the codes usable today,
 * for pickers; `label` names any code, withdrawn ones included.
 */
export function useCodelist(list: CodelistKey) {
  const query = useQuery(codelistQueryOptions(list));
  const { i18n } = useTranslation();
  return useMemo(() => {
    const items = query.data?.items ?? [];
    const byCode = new Map(items.map((i) => [i.code, i]));
    const label = (code: string) => codeLabel(byCode.get(code)?.labels, i18n.language, code);
    const options = items.filter((i) => i.active).map((i) => ({ value: i.code, label: codeLabel(i.labels, i18n.language, i.code) }));
    return { items, byCode, label, options, isPending: query.isPending };
  }, [query.data, query.isPending, i18n.language]);
}
