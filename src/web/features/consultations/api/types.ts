// The consultation's record types, as the API contract defines them.
import type { z } from 'zod';
import type {
  commentSchema,
  consultationInputSchema,
  consultationUpdateSchema,
  matrixSchema,
  mentionCandidatesSchema,
  positionInputSchema,
  positionsSchema,
  silenceActionSchema,
  timelineSchema,
  versionListSchema,
} from '../../../../shared/consultations.ts';

export type { Consultation, ConsultationVersion, Position, Redline, SilenceProcedure } from '../../../../shared/consultations.ts';
export type ConsultationInput = z.input<typeof consultationInputSchema>;
export type ConsultationUpdate = z.input<typeof consultationUpdateSchema>;
export type VersionSummary = z.infer<typeof versionListSchema>['items'][number];
export type Positions = z.infer<typeof positionsSchema>;
export type PartyPositionRow = Positions['parties'][number];
export type PositionInput = z.input<typeof positionInputSchema>;
export type SilenceAction = z.input<typeof silenceActionSchema>;
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineEntry = Timeline['items'][number];
export type Comment = z.infer<typeof commentSchema>;
export type MentionCandidate = z.infer<typeof mentionCandidatesSchema>['items'][number];
export type Matrix = z.infer<typeof matrixSchema>;
export type MatrixCell = Matrix['rows'][number]['cells'][string];
