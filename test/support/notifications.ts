// Helpers of the notification tests: a record shared with delegations, and the `unread` events of a notification stream.
import http from 'node:http';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** Staff share a new organisation with these parties and organisations; returns its id. */
export async function shareOrganization(t: TestApp, parties: string[], name: string, organizations: string[] = []) {
  const res = await t.as('staff', 'POST', '/api/organizations', { names: { en: name }, kind: 'agency', classification: 'shared', sharedWith: { parties, organizations } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Reads `unread` events from an SSE endpoint until `until` returns true. */
export function readSse(url: string, cookie: string, until: (unread: number) => boolean, timeoutMs = 15_000) {
  return new Promise<number[]>((resolve, reject) => {
    const seen: number[] = [];
    const req = http.get(url, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
      let buf = '';
      res.on('data', (c) => {
        buf += c.toString();
        const events = [...buf.matchAll(/event: unread\ndata: (\{.*\})\n\n/g)];
        for (const m of events.slice(seen.length)) seen.push(JSON.parse(m[1]).unread as number);
        if (seen.length && until(seen.at(-1)!)) {
          req.destroy();
          resolve(seen);
        }
      });
    });
    req.on('error', () => {});
    setTimeout(() => {
      req.destroy();
      reject(new Error(`timed out; saw ${JSON.stringify(seen)}`));
    }, timeoutMs);
  });
}
