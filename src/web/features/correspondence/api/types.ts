// Types of the correspondence feature, from the shared contract.
import type { z } from 'zod';
import type { dispatchSchema, templateSchema, threadSchema } from '../../../../shared/correspondence.ts';

export type { Correspondence, CorrespondenceKind, CorrespondenceStatus, Direction } from '../../../../shared/correspondence.ts';
export type Dispatch = z.infer<typeof dispatchSchema>;
export type Template = z.infer<typeof templateSchema>;
export type ThreadItem = z.infer<typeof threadSchema>['items'][number];
