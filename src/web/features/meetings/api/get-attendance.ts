// GET /api/meetings/:id/attendance — who attended, delegation by delegation.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { Attendance } from './types.ts';

export const attendanceKey = (id: string) => meetingKeys.part('attendance', id);

export const useAttendance = (id: string) => useQuery({ queryKey: attendanceKey(id), queryFn: ({ signal }) => api.get<Attendance>(meetingPath(id, 'attendance'), undefined, signal) });
