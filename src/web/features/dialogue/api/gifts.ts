// GET/POST /api/gifts — the gift register, one gift, recording one, and moving it in custody.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { GiftDirection, GiftDisposition, custodyChangeInputSchema, giftInputSchema } from '../../../../shared/dialogue.ts';
import { api } from '../../../lib/api-client.ts';
import { listQueryOptions, recordPath, useListQuery, useWrite } from '../../../lib/query.ts';
import { giftKeys, refreshGifts } from './keys.ts';
import type { Gift } from './types.ts';

export interface GiftsParams {
  q?: string;
  year?: number;
  direction?: GiftDirection;
  disposition?: GiftDisposition;
  valueAbove?: number;
  currency?: string;
}
export type GiftInput = z.input<typeof giftInputSchema>;

export const useGifts = (params: GiftsParams) => useListQuery(listQueryOptions<Gift>(giftKeys.list(params), '/api/gifts', { ...params }));
export const useGift = (id: string) => useQuery(queryOptions({ queryKey: giftKeys.detail(id), queryFn: ({ signal }) => api.get<Gift>(recordPath('/api/gifts', id), undefined, signal) }));
export const useCreateGift = () => useWrite((input: GiftInput) => api.post<Gift>('/api/gifts', input), refreshGifts);
export const useMoveCustody = (id: string) => useWrite((input: z.input<typeof custodyChangeInputSchema>) => api.post<Gift>(recordPath('/api/gifts', id, 'custody'), input), refreshGifts);
