// The dialogue module's record types, for links and attachments (platform/records/record-types.ts).
import { engagements, gifts } from '../../db/schema/dialogue.table.ts';
import { classifiedRecordType } from '../../platform/records/record-types.ts';
import { engagementResource, giftResource } from './dialogue.policy.ts';

/** Engagements link to initiatives, consultations, meetings, decisions and documents; photos and valuation acts attach to gifts. */
export const dialogueRecordTypes = [
  classifiedRecordType({ type: 'engagement', table: engagements, title: engagements.title, path: (id) => `/dialogue/engagements/${id}`, policy: engagementResource, attachable: true }),
  classifiedRecordType({ type: 'gift', table: gifts, title: gifts.description, path: (id) => `/dialogue/gifts/${id}`, policy: giftResource, attachable: true }),
];
