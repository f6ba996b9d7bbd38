// Routes of documents: list, upload, read, change, new versions and downloads.
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classificationSchema, problemSchema } from '../../../shared/common.ts';
import { documentListQuerySchema, documentListSchema, documentSchema, documentUpdateSchema } from '../../../shared/documents.ts';
import type { Api } from '../http/types.ts';
import { attachmentDisposition, contentTypeOf, openDownload } from './documents.download.ts';
import { getDocument, searchDocuments } from './documents.read.ts';
import { receiveUpload } from './documents.upload.ts';
import {
  addDocumentVersion,
  createDocument,
  parseUploadFields,
  planDocument,
  planNewVersion,
  setDocumentArchived,
  updateDocument,
} from './documents.usecases.ts';
import { storageFor } from './storage.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const uploadErrors = { ...errors, 413: problemSchema, 415: problemSchema };
const idParams = z.object({ id: z.uuid({ error: 'Not a document id' }) });
const versionParams = idParams.extend({ n: z.coerce.number().int().min(1, 'Versions are numbered from 1').max(1_000_000) });
// Reading is open to anyone: the access policy in each query decides which documents they get.
const readPolicy = { policy: { access: 'public' } } as const;
// Writing needs a signed-in user; the use case asks the access policy about the document and its record.
const writePolicy = { policy: { access: 'signedIn' } } as const;

/** The upload forms, for the API description: the handler reads and checks the parts itself as they stream in. */
const fileField = z.string().meta({ format: 'binary' }).describe('The file, as the last part of the form');
const listField = (what: string) => z.string().optional().describe(`${what}, comma-separated or as a JSON array`);
const uploadForm = z.object({
  title: z.string().optional().describe('Defaults to the file name without its extension'),
  recordType: z.string().optional().describe('The kind of record to attach to, e.g. organization'),
  recordId: z.string().optional(),
  classification: classificationSchema.optional().describe('Defaults to the record’s; never looser than it'),
  sharedParties: listField('Party codes'),
  sharedOrganizations: listField('Organisation ids'),
  restrictedTo: listField('User ids'),
  file: fileField,
});
const versionForm = z.object({ file: fileField });
/** Validates everything but the multipart body, which is streamed. */
const streamedBody: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body' ? () => ({ value: undefined }) : validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);

/** Documents and attachments: upload, versions, download, rename, re-classify, archive. */
export async function documentsRoutes(app: Api) {
  // Multipart parsing is confined to these routes.
  await app.register(async (scope) => {
    const { uploadMaxBytes } = app.deps.config;
    await scope.register(multipart, {
      // The exact limit is enforced while storing; this is a backstop one byte above it.
      limits: { fileSize: uploadMaxBytes + 1, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 22 },
    });
    routes(scope.withTypeProvider<ZodTypeProvider>());
  });
}

function routes(app: Api) {
  const { deps } = app;
  const storage = storageFor(deps.config);
  const maxBytes = deps.config.uploadMaxBytes;

  app.get('/api/documents', {
    config: readPolicy,
    schema: { tags: ['documents'], summary: 'List documents visible to you (e.g. one record’s attachments)', querystring: documentListQuerySchema, response: { 200: documentListSchema, ...errors } },
    handler: async (request) => searchDocuments(deps, request.ctx, request.query),
  });

  app.post('/api/documents', {
    config: writePolicy,
    validatorCompiler: streamedBody,
    schema: {
      tags: ['documents'],
      summary: 'Upload a document, on its own or attached to a record',
      description: 'Text fields first, the file last. The type is detected from the content; the file name is kept for display only.',
      consumes: ['multipart/form-data'],
      body: uploadForm,
      response: { 201: documentSchema, ...uploadErrors },
    },
    handler: async (request, reply) => {
      const { prepared: fields, file } = await receiveUpload(request, storage, maxBytes, async (raw) => {
        const parsed = parseUploadFields(raw);
        await planDocument(deps.db, request.ctx, parsed);
        return parsed;
      });
      return reply.code(201).send(await createDocument(deps, request.ctx, fields, file));
    },
  });

  app.get('/api/documents/:id', {
    config: readPolicy,
    schema: { tags: ['documents'], summary: 'Read one document with all its versions', params: idParams, response: { 200: documentSchema, ...errors } },
    handler: async (request) => getDocument(deps, request.ctx, request.params.id),
  });

  app.patch('/api/documents/:id', {
    config: writePolicy,
    schema: { tags: ['documents'], summary: 'Rename or re-classify a document (never looser than its record)', params: idParams, body: documentUpdateSchema, response: { 200: documentSchema, ...errors } },
    handler: async (request) => updateDocument(deps, request.ctx, request.params.id, request.body),
  });

  app.post('/api/documents/:id/versions', {
    config: writePolicy,
    validatorCompiler: streamedBody,
    schema: { tags: ['documents'], summary: 'Upload a new version (earlier versions are kept)', consumes: ['multipart/form-data'], params: idParams, body: versionForm, response: { 201: documentSchema, ...uploadErrors } },
    handler: async (request, reply) => {
      const { id } = request.params;
      const { file } = await receiveUpload(request, storage, maxBytes, () => planNewVersion(deps.db, request.ctx, id));
      return reply.code(201).send(await addDocumentVersion(deps, request.ctx, id, file));
    },
  });

  for (const [verb, archived] of [['archive', true], ['restore', false]] as const) {
    app.post(`/api/documents/:id/${verb}`, {
      config: writePolicy,
      schema: { tags: ['documents'], summary: archived ? 'Archive a document (hidden from lists and search, kept, can be restored)' : 'Restore an archived document', params: idParams, response: { 200: documentSchema, ...errors } },
      handler: async (request) => setDocumentArchived(deps, request.ctx, request.params.id, archived),
    });
  }

  app.get('/api/documents/:id/download', {
    config: readPolicy,
    schema: { tags: ['documents'], summary: 'Download the current version', params: idParams, response: { ...errors, 500: problemSchema } },
    handler: async (request, reply) => sendVersion(app, request.ctx, request.log, reply, request.params.id, undefined),
  });

  app.get('/api/documents/:id/versions/:n/download', {
    config: readPolicy,
    schema: { tags: ['documents'], summary: 'Download one version', params: versionParams, response: { ...errors, 500: problemSchema } },
    handler: async (request, reply) => sendVersion(app, request.ctx, request.log, reply, request.params.id, request.params.n),
  });
}

async function sendVersion(app: Api, ctx: Parameters<typeof openDownload>[1], log: FastifyReply['log'], reply: FastifyReply, id: string, n: number | undefined) {
  const { version, body } = await openDownload(app.deps, ctx, id, n, (facts) => log.error(facts, 'stored file failed its integrity check'));
  return reply
    .header('content-type', contentTypeOf(version))
    .header('content-length', version.size)
    .header('content-disposition', attachmentDisposition(version.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    // Should a browser ever render it, a downloaded file runs nothing and loads nothing.
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(body);
}
