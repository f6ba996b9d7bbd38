// POST /api/documents/:id/archive — archives a document (it stays, hidden from the record's list).
import type { Document } from '../../../../shared/documents.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { documentWrite } from './keys.ts';

export const archiveDocument = (id: string) => api.post<Document>(recordPath('/api/documents', id, 'archive'));

export const useArchiveDocument = () => useWrite(archiveDocument, documentWrite);
