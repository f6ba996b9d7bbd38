import { afterAll, beforeAll, it } from 'vitest';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

it('explore', async () => {
  console.log(t.app.printRoutes({ commonPrefix: false, includeMeta: ['config'] }));
});
