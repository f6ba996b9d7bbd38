// PUT /api/meetings/:id/attendance — the whole attendance list, as edited.
import type { z } from 'zod';
import type { attendanceInputSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { attendanceKey } from './get-attendance.ts';
import { meetingPath } from './keys.ts';
import type { Attendance } from './types.ts';

export type AttendanceInput = z.input<typeof attendanceInputSchema>;

export const useSaveAttendance = (id: string) =>
  useWrite((input: AttendanceInput) => api.put<Attendance>(meetingPath(id, 'attendance'), input), { detail: () => attendanceKey(id), refresh: () => [] });
