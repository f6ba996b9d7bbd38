// The initiatives module's face: what other modules may use — initiatives by name.
export { type InitiativeRef, initiativeRefs } from './initiatives.refs.ts';
