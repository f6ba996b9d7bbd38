// Types of the initiatives feature, from the shared contract.
import type { z } from 'zod';
import type { fundSchema, moneyViewSchema, stageChangeSchema } from '../../../../shared/initiatives.ts';

export type { Initiative, InitiativeStage } from '../../../../shared/initiatives.ts';
export type Fund = z.infer<typeof fundSchema>;
export type MoneyView = z.infer<typeof moneyViewSchema>;
export type StageChange = z.infer<typeof stageChangeSchema>;
