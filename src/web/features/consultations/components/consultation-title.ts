// A consultation's title and its body's name in the interface language.
import { nameIn } from '../../../../shared/names.ts';
import type { Consultation } from '../api/types.ts';

/** The title in the interface language when it has one. */
export const consultationTitle = (c: Pick<Consultation, 'title' | 'titleRu'>, language: string) => (language === 'ru' && c.titleRu ? c.titleRu : c.title);

export const bodyLabel = (body: Consultation['body'], language: string) =>
  body ? (body.acronym ?? nameIn(body.names, language)) : null;
