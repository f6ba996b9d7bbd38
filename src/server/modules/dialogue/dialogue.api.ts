// The dialogue module's face: what other modules may use — nothing yet beyond its record types, which the platform knows from the manifest.
export { engagementResource, giftResource } from './dialogue.policy.ts';
