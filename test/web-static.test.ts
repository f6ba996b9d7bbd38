// The web app's files: sent precompressed (brotli, gzip) when the browser accepts it, hashed assets cached for good, the page itself checked on every load.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webCacheControl, webRoot } from '../src/server/app.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const webBuilt = fs.existsSync(path.join(webRoot, 'index.html'));
/** The largest script of the build: the one most worth compressing. */
const largestScript = () =>
  fs
    .readdirSync(path.join(webRoot, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: fs.statSync(path.join(webRoot, 'assets', f)).size }))
    .sort((a, b) => b.size - a.size)[0].f;

describe('the web app as files', () => {
  it('caches content-hashed assets for a year and checks the page itself every time', () => {
    expect(webCacheControl('/srv/dist/web/assets/index-o2DKGhf-.js')).toBe('public, max-age=31536000, immutable');
    expect(webCacheControl('/srv/dist/web/index.html')).toBe('no-cache');
    expect(webCacheControl('/srv/dist/web/boot.js')).toBe('no-cache');
  });

  it.runIf(webBuilt)('sends a script brotli-compressed, or gzipped, from the copy made at build time', async () => {
    const name = largestScript();
    const raw = fs.readFileSync(path.join(webRoot, 'assets', name));
    const br = await t.app.inject({ method: 'GET', url: `/assets/${name}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(raw.length / 2);
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(raw)).toBe(true);

    const gz = await t.app.inject({ method: 'GET', url: `/assets/${name}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).equals(raw)).toBe(true);

    const plain = await t.app.inject({ method: 'GET', url: `/assets/${name}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(raw)).toBe(true);
  });

  it.runIf(webBuilt)('asks the browser to check the page itself on every load, at its address and at any client-side route', async () => {
    for (const url of ['/', '/index.html', '/people']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(String(res.headers['content-type']), url).toMatch(/text\/html/);
    }
  });
});
