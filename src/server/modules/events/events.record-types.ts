// The events module's record type, for links and attachments (a report with photos is attached documents).
import { nameInSql } from '../../db/columns.ts';
import { missionEvents } from '../../db/schema/events.table.ts';
import { classifiedRecordType } from '../../platform/records/record-types.ts';
import { eventResource } from './events.policy.ts';

export const eventsRecordTypes = [
  classifiedRecordType({ type: 'event', table: missionEvents, title: missionEvents.nameEn, titleRu: nameInSql(missionEvents.names, 'ru'), path: (id) => `/events/${id}`, policy: eventResource, attachable: true }),
];
