// The meetings module's face: what other modules may use — bodies by name, and recording a decision taken elsewhere.
export { type BodyRef, bodyRefs, findBodyRef } from './bodies.refs.ts';
export { recordExternalDecision } from './decisions.usecases.ts';
