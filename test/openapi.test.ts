// The OpenAPI description: valid for an independent validator, an operationId and tags on every operation, problem+json errors, downloads' media types, security schemes, servers and named components.
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let doc: Body;
beforeAll(async () => {
  t = await createTestApp({ configEnv: { PUBLIC_URL: 'https://chancery.mission.example' } });
  doc = expectStatus(await t.as('anonymous', 'GET', '/api/openapi.json'), 200);
});
afterAll(async () => t?.close());

const operations = () =>
  Object.entries(doc.paths as Record<string, Record<string, Body>>).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([method, op]) => ({ path, method, op })),
  );

describe('the OpenAPI description', () => {
  it('passes an independent OpenAPI 3.1 validator', async () => {
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('names every operation once and tags it', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ops.filter((o) => !o.op.tags?.length)).toEqual([]);
  });

  it('declares errors as application/problem+json and downloads with their media types', () => {
    const errors = ops4xx();
    expect(errors.length).toBeGreaterThan(100);
    expect(errors.filter((r) => !r.content?.['application/problem+json'])).toEqual([]);
    const at = (path: string) => doc.paths[path]?.get?.responses?.['200']?.content ?? {};
    expect(Object.keys(at('/api/meetings/{id}/export.pdf'))).toEqual(['application/pdf']);
    expect(Object.keys(at('/api/meetings/{id}/export.docx'))).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect(Object.keys(at('/api/initiatives/export.xlsx'))).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
  });

  it('declares the session cookie and bearer tokens, public routes needing neither, and the server from PUBLIC_URL', () => {
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'chancery_session' });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(doc.paths['/api/auth/login'].post.security).toEqual([]);
    expect(doc.servers).toEqual([{ url: 'https://chancery.mission.example' }]);
  });

  it('names shared shapes as components instead of repeating them inline', () => {
    const schemas = Object.keys(doc.components.schemas ?? {});
    expect(schemas).toEqual(expect.arrayContaining(['Problem', 'Organization', 'Person']));
    expect(JSON.stringify(doc)).toContain('"$ref":"#/components/schemas/Problem"');
  });
});

function ops4xx(): Body[] {
  return operations().flatMap(({ op }) => Object.entries(op.responses ?? {}).filter(([s]) => Number(s) >= 400).map(([, r]) => r));
}
