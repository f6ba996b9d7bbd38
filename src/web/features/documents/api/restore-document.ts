// POST /api/documents/:id/restore — brings an archived document back.
import type { Document } from '../../../../shared/documents.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { documentWrite } from './keys.ts';

export const restoreDocument = (id: string) => api.post<Document>(recordPath('/api/documents', id, 'restore'));

export const useRestoreDocument = () => useWrite(restoreDocument, documentWrite);
