// A served process killed with SIGKILL under write load: after a restart every acknowledged write is there and the audit chain verifies, on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedDatabase, type Served, runChancery, servedDatabase, signIn, startServe, stopServe } from './support/served.ts';

const WRITERS = 6;
const ACKNOWLEDGED_BEFORE_CRASH = 60;

describe('a crash under write load', () => {
  let target: ServedDatabase;
  let served: Served | undefined;
  beforeAll(async () => {
    target = await servedDatabase();
  });
  afterAll(async () => {
    await stopServe(served, 'SIGKILL');
    await target?.dispose();
  });

  it('loses no acknowledged write, and the audit chain verifies after the restart', async () => {
    served = await startServe(target.env);
    const { base } = served;
    const cookie = await signIn(base, 'staff');
    const acknowledged: string[] = [];
    const refused: number[] = [];
    let crashed = false;

    async function writer(w: number) {
      for (let i = 0; !crashed; i++) {
        let res: Response;
        try {
          res = await fetch(`${base}/api/organizations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, origin: base },
            body: JSON.stringify({ names: { en: `Crash test agency ${w}-${i}` }, kind: 'agency', classification: 'mission' }),
          });
          // Acknowledged: the client has the answer and the id in it.
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          else refused.push(res.status);
        } catch {
          return; // the connection died with the process: not acknowledged
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await expect.poll(() => acknowledged.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_CRASH);
    await stopServe(served, 'SIGKILL');
    crashed = true;
    await Promise.all(writers);
    expect(refused).toEqual([]);

    served = await startServe(target.env);
    const again = await signIn(served.base, 'staff');
    const missing: string[] = [];
    for (let i = 0; i < acknowledged.length; i += 20) {
      const statuses = await Promise.all(
        acknowledged.slice(i, i + 20).map((id) => fetch(`${served!.base}/api/organizations/${id}`, { headers: { cookie: again } }).then((r) => [id, r.status] as const)),
      );
      missing.push(...statuses.filter(([, s]) => s !== 200).map(([id]) => id));
    }
    expect(missing).toEqual([]);
    await stopServe(served);

    const verify = await runChancery(['audit', 'verify'], target.env);
    expect(verify.code, verify.stderr).toBe(0);
    const entries = Number(verify.stdout.match(/(\d+) entries verified/)?.[1]);
    expect(entries).toBeGreaterThanOrEqual(acknowledged.length);
  }, 240_000);
});
