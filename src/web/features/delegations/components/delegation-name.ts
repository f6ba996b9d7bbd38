// A delegation's name in the interface language.
import { type Names, nameIn } from '../../../../shared/names.ts';

export const delegationName = (d: { names: Names }, language: string): string => nameIn(d.names, language);
