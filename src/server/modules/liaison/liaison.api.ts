// The liaison module's face: what other modules may use — agreements named through the caller's access.
export { agreementRefs } from './requests.usecases.ts';
