// The consultations module's face: what other modules may use — consultations by name and outcome.
export { type ConsultationRef, consultationRefs } from './consultations.refs.ts';
