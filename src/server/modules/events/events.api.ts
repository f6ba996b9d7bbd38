// The events module's face: what other modules may use — events read through the caller's access.
export { findEvent } from './events.usecases.ts';
