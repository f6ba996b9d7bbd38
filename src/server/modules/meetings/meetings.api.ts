// The meetings module's face: what other modules may use — bodies by name, recording a decision taken elsewhere, follow-ups (action items) of other records, and the export fonts and rich-text blocks for documents.
export { type BodyRef, bodyRefs, findBodyRef } from './bodies.refs.ts';
export { recordExternalDecision } from './decisions.usecases.ts';
export { type FollowUpInput, type FollowUpSubject, addFollowUps, followSubjectAccess, followUpsOf, openFollowUpCounts } from './follow-ups.ts';
/** The fonts with Cyrillic and the rich-text reader the meeting record's DOCX and PDF use, for other generated documents. */
export { type Block, htmlToBlocks } from './export/html-text.ts';
export { loadFonts as exportFonts, openPdf } from './export/pdf.ts';
