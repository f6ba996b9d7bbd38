// A note or letter as a document: letterhead, register number, the template's formulas filled from the record, the body, place and date, the seal's place.
import type { Language } from '../../../shared/common.ts';
import { text } from '../../platform/i18n/texts.ts';
import { type Block, htmlToBlocks } from '../meetings/meetings.api.ts';
import { type Placeholders, dateInWords, fillTemplate, missionName, missionPlace } from './correspondence.texts.ts';

export type Letter = {
  lang: Language;
  letterhead: string;
  registerNumber: string;
  placeAndDate: string;
  /** The opening formula, joined with the first paragraph of the body (the third-person style runs on). */
  blocks: Block[];
  closing: string;
  seal: string;
  /** The addressees' block at the foot: their names as the directory has them. */
  addressees: string[];
  title: string;
  /** How the addressees are named in the formulas. */
  addresseeTitle: string;
};

export type LetterInput = {
  lang: Language;
  registerNumber: string;
  date: string;
  subject: string;
  body: string | null;
  addresseeTitle: string;
  addresseeNames: string[];
  template: { opening: string; closing: string } | null;
};

export function placeholdersFor(input: Pick<LetterInput, 'lang' | 'registerNumber' | 'date' | 'subject' | 'addresseeTitle'>): Placeholders {
  return {
    mission: missionName(input.lang),
    addressee: input.addresseeTitle,
    subject: input.subject,
    register_number: input.registerNumber,
    date: dateInWords(input.date, input.lang),
    place: missionPlace(input.lang),
  };
}

/** Composes the document of a note from its record and template. */
export function composeLetter(input: LetterInput): Letter {
  const values = placeholdersFor(input);
  const blocks = input.body ? htmlToBlocks(input.body) : [];
  const opening = input.template ? fillTemplate(input.template.opening, values) : '';
  if (opening) {
    const first = blocks[0];
    // A salutation ("Excellency,") stands alone; a third-person formula runs on into the first paragraph.
    if (first && first.kind === 'paragraph' && !/[,:]$/.test(opening.trim())) blocks[0] = { ...first, text: `${opening} ${first.text}` };
    else blocks.unshift({ kind: 'paragraph', text: opening });
  }
  return {
    lang: input.lang,
    letterhead: values.mission,
    registerNumber: input.registerNumber,
    placeAndDate: `${values.place}, ${values.date}`,
    blocks,
    closing: input.template ? fillTemplate(input.template.closing, values) : '',
    seal: text(input.lang, 'correspondence.letter.seal'),
    addressees: input.addresseeNames,
    title: `${input.registerNumber} ${input.subject}`,
    addresseeTitle: input.addresseeTitle,
  };
}
