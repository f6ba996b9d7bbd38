// The OpenAPI description's finishing: an operationId and a tag on every operation, problem+json errors, file downloads' media types, the security schemes, servers and named components.
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { nameOpenApiComponents } from './openapi-components.ts';
import type { RoutePolicy } from './route-policy.ts';

nameOpenApiComponents();

type Json = Record<string, unknown>;

/** `GET /api/organizations/:id/posts` → `getOrganizationsIdPosts`: stable, unique per method and path, readable. */
export function operationIdFor(method: string, url: string): string {
  // Addresses outside /api (pages served by the server, feeds) keep their first word, so they never collide with the API's.
  const words = (url.startsWith('/api/') ? url.slice(4) : `/page${url}`)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** The media type a download route answers with, read from its address. */
const DOWNLOADS: [RegExp, string][] = [
  [/\.pdf$/, 'application/pdf'],
  [/\.docx$/, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  [/\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [/\.csv$/, 'text/csv'],
  [/\.(ics|ical)$|\/feed\/|\/ics$/, 'text/calendar'],
  [/\.xml$/, 'application/xml'],
  [/\/download$|\/file$/, 'application/octet-stream'],
];
const downloadType = (url: string) => DOWNLOADS.find(([re]) => re.test(url))?.[1];

const problem = (schema: unknown, description: string) => ({ description, content: { 'application/problem+json': { schema } } });

/**
 * Per operation: the zod schemas as JSON Schema (the provider's transform),
 * then an operationId and tag where the route gives none, error answers as
 * `application/problem+json`, a file's media type for downloads, and no
 * security requirement on public routes.
 */
export const openApiTransform: SwaggerTransform = (doc) => {
  const out = jsonSchemaTransform(doc as never) as { schema: Json & { hide?: boolean }; url: string };
  const { schema } = out;
  if (!schema || schema.hide) return out;
  const method = String(Array.isArray(doc.route.method) ? doc.route.method[0] : doc.route.method);
  schema.operationId ??= operationIdFor(method, doc.url);
  if (!schema.tags) schema.tags = [doc.url.split('/')[2] ?? 'other'];
  const response = (schema.response ?? {}) as Json;
  for (const [status, value] of Object.entries(response)) {
    if (Number(status) >= 400 && value && !(value as Json).content) response[status] = problem(value, 'A problem: the `code` says which, `errors` name the fields');
  }
  const media = downloadType(doc.url);
  if (media && method === 'GET') {
    response['200'] = { description: 'The file', content: { [media]: { schema: { type: 'string', format: 'binary' } } } };
  }
  // A route that declares no answer (a stream, an event feed) still says it answers.
  if (Object.keys(response).length === 0) response['200'] = { description: 'The answer (not described further: a stream or a file)' };
  schema.response = response;
  const policy = (doc.route.config as { policy?: RoutePolicy } | undefined)?.policy;
  if (policy?.access === 'public') schema.security = [];
  return out;
};

/** The whole document: named components from the zod registry, the two ways to authenticate, and the server's address. */
export const openApiTransformObject =
  (publicUrl: string | undefined): SwaggerTransformObject =>
  (input) => {
    const doc = jsonSchemaTransformObject(input) as Json & { components?: Json };
    const components = (doc.components ?? {}) as Json;
    components.securitySchemes = {
      session: { type: 'apiKey', in: 'cookie', name: 'chancery_session', description: 'The session cookie set by `POST /api/auth/login`.' },
      bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`chy_…`), made on the account security page or by the administrator for a service account.' },
    };
    doc.components = components;
    doc.security = [{ session: [] }, { bearer: [] }];
    if (publicUrl) doc.servers = [{ url: publicUrl.replace(/\/$/, '') }];
    return doc as never;
  };
