// A delegation's name in the interface language.
export const delegationName = (d: { name: string; nameRu: string | null }, language: string): string =>
  language === 'ru' && d.nameRu ? d.nameRu : d.name;
