// Generating an item's document (PDF or DOCX) in a language from its template and record, for reading, preview and dispatch.
import type { Language } from '../../../shared/common.ts';
import type { Executor } from '../../db/client.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { organizationRefs } from '../directory/directory.api.ts';
import { correspondenceNotFound } from './correspondence.errors.ts';
import { type CorrespondenceRow, addresseesOf, findCorrespondence } from './correspondence.repository.ts';
import { addresseeTitle, fillTemplate, joinTitles } from './correspondence.texts.ts';
import { composeLetter, type Letter, placeholdersFor } from './letter.ts';
import { renderLetterDocx } from './letter.docx.ts';
import { renderLetterPdf } from './letter.pdf.ts';
import { currentTemplate, findTemplate } from './templates.usecases.ts';

/** The template an item follows in `lang`: the version it was drafted from, or the current version of that template in another language. */
async function templateFor(db: Executor, row: CorrespondenceRow, lang: Language) {
  if (!row.templateId) return null;
  const own = await findTemplate(db, row.templateId);
  if (!own) return null;
  return own.language === lang ? own : await currentTemplate(db, own.key, lang);
}

/** The note of an item as a document, in the item's language unless another is asked for. */
export async function letterOf(db: Executor, ctx: RequestContext, row: CorrespondenceRow, lang: Language = row.language): Promise<Letter> {
  const addressees = (await addresseesOf(db, [row.id])).get(row.id) ?? [];
  const orgs = await organizationRefs(db, ctx, addressees.map((a) => a.organizationId));
  const titles = addressees.map((a) => {
    const o = orgs.get(a.organizationId);
    return a.title && lang === row.language ? a.title : o ? addresseeTitle(lang, o.names) : '';
  });
  const names = addressees.map((a) => {
    const o = orgs.get(a.organizationId);
    return o ? ((lang === 'ru' ? o.names.ru : null) ?? o.names.en) : '';
  });
  const template = await templateFor(db, row, lang);
  return composeLetter({
    lang,
    registerNumber: row.registerNumber,
    date: row.date,
    subject: row.subject,
    body: row.body,
    addresseeTitle: joinTitles(lang, titles.filter(Boolean)),
    addresseeNames: names.filter(Boolean),
    template,
  });
}

/** The template's formulas as filled for an item (shown beside the editor). */
export async function placeholdersOf(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findCorrespondence(deps.db, ctx, id);
  if (!row) throw correspondenceNotFound();
  const letter = await letterOf(deps.db, ctx, row);
  const template = await templateFor(deps.db, row, row.language);
  const values = placeholdersFor({ lang: row.language, registerNumber: row.registerNumber, date: row.date, subject: row.subject, addresseeTitle: letter.addresseeTitle });
  return { opening: template ? fillTemplate(template.opening, values) : '', closing: letter.closing, place: values.place, dateInWords: values.date };
}

export async function renderItem(deps: Deps, ctx: RequestContext, id: string, format: 'pdf' | 'docx', lang?: Language) {
  const row = await findCorrespondence(deps.db, ctx, id);
  if (!row) throw correspondenceNotFound();
  const letter = await letterOf(deps.db, ctx, row, lang ?? row.language);
  const body = format === 'pdf' ? await renderLetterPdf(letter) : await renderLetterDocx(letter);
  return { body, fileName: `${row.registerNumber.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${format}` };
}
