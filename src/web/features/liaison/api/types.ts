// Types of the liaison feature, from the shared contract.
import type { z } from 'zod';
import type { liaisonStepSchema } from '../../../../shared/liaison.ts';

export type { Agreement, FocalPoint, LiaisonRequest, LiaisonStatus, RelationshipGraph } from '../../../../shared/liaison.ts';
export type LiaisonStep = z.infer<typeof liaisonStepSchema>;
