// The shapes the OpenAPI description names as components (`#/components/schemas/…`) rather than repeating inline.
import { z } from 'zod';
import { problemSchema } from '../../../shared/common.ts';
import { consultationSchema, versionSchema } from '../../../shared/consultations.ts';
import { organizationSchema, partySchema, personSchema } from '../../../shared/directory.ts';
import { initiativeSchema } from '../../../shared/initiatives.ts';
import { actionItemSchema, agendaItemSchema, bodySchema, decisionSchema, meetingSchema, recordLinkSchema } from '../../../shared/meetings.ts';

const NAMED: [z.ZodType, string][] = [
  [problemSchema, 'Problem'],
  [organizationSchema, 'Organization'],
  [personSchema, 'Person'],
  [partySchema, 'Party'],
  [bodySchema, 'MechanismBody'],
  [meetingSchema, 'Meeting'],
  [agendaItemSchema, 'AgendaItem'],
  [decisionSchema, 'Decision'],
  [actionItemSchema, 'ActionItem'],
  [recordLinkSchema, 'RecordLink'],
  [consultationSchema, 'Consultation'],
  [versionSchema, 'ConsultationVersion'],
  [initiativeSchema, 'Initiative'],
];

/** Gives the shared shapes their component names, once per process. */
export function nameOpenApiComponents() {
  for (const [schema, id] of NAMED) if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}
