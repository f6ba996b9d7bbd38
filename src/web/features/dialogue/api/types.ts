// The dialogue module's records as the web app reads them (from the shared contract).
import type { z } from 'zod';
import type { counterpartViewSchema, engagementSchema, giftSchema } from '../../../../shared/dialogue.ts';

export type Engagement = z.infer<typeof engagementSchema>;
export type Gift = z.infer<typeof giftSchema>;
export type CounterpartView = z.infer<typeof counterpartViewSchema>;
