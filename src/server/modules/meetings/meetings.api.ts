// The meetings module's face: what other modules may use — bodies by name, recording a decision taken elsewhere, and follow-ups (action items) of other records.
export { type BodyRef, bodyRefs, findBodyRef } from './bodies.refs.ts';
export { recordExternalDecision } from './decisions.usecases.ts';
export { type FollowUpInput, type FollowUpSubject, addFollowUps, followSubjectAccess, followUpsOf, openFollowUpCounts } from './follow-ups.ts';
export { openPdf } from './export/pdf.ts';
