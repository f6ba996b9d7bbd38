// The meetings module's record types, as the API contract defines them.
import type { z } from 'zod';
import type {
  agendaItemSchema,
  attendanceSchema,
  coordinatorListSchema,
  minuteRevisionSchema,
  minutesSchema,
  workPlanLineSchema,
} from '../../../../shared/meetings.ts';

export type { ActionItem, Body, Decision, Meeting } from '../../../../shared/meetings.ts';
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type CoordinatorList = z.infer<typeof coordinatorListSchema>;
export type WorkPlanLine = z.infer<typeof workPlanLineSchema>;
export type Minutes = z.infer<typeof minutesSchema>;
export type MinuteRevision = z.infer<typeof minuteRevisionSchema>;
