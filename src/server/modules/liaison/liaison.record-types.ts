// The liaison module's record types, for links and attachments: agreements (their text as a document) and liaison requests.
import { nameInSql } from '../../db/columns.ts';
import { agreements, focalPoints, liaisonRequests } from '../../db/schema/liaison.table.ts';
import { classifiedRecordType } from '../../platform/records/record-types.ts';
import { agreementResource, focalPointResource, liaisonRequestResource } from './liaison.policy.ts';

export const liaisonRecordTypes = [
  classifiedRecordType({ type: 'agreement', table: agreements, title: agreements.nameEn, titleRu: nameInSql(agreements.names, 'ru'), path: (id) => `/liaison/agreements/${id}`, policy: agreementResource, attachable: true }),
  classifiedRecordType({ type: 'liaison_request', table: liaisonRequests, title: liaisonRequests.subject, path: (id) => `/liaison/requests/${id}`, policy: liaisonRequestResource, attachable: true }),
  classifiedRecordType({ type: 'focal_point', table: focalPoints, title: focalPoints.area, path: () => `/liaison/focal-points`, policy: focalPointResource }),
];
