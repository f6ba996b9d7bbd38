// Builds the web app into dist/web when the build is missing or older than its sources.
// Usable as a script (`node scripts/ensure-web-build.mjs`) or imported (`ensureWebBuild()`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(repoRoot, 'dist/web/index.html');
const sources = ['src/web', 'src/shared', 'vite.config.ts'].map((p) => path.join(repoRoot, p));
const lockDir = path.join(repoRoot, 'dist/.web-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function webBuildIsStale() {
  let built;
  try {
    built = fs.statSync(builtIndex).mtimeMs;
  } catch {
    return true;
  }
  return sources.some((s) => newestMtime(s) > built);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Several test processes may start at once: one builds, the others wait for it.
async function acquireLock() {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      try {
        if (Date.now() - fs.statSync(lockDir).mtimeMs > STALE_LOCK_MS) fs.rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // the holder released it meanwhile
      }
      await sleep(200);
    }
  }
}

/** Returns true when it built, false when the existing build was fresh. */
export async function ensureWebBuild() {
  if (!webBuildIsStale()) return false;
  await acquireLock();
  try {
    if (!webBuildIsStale()) return false;
    console.log('Building the web app into dist/web …');
    const { build } = await import('vite');
    await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
    return true;
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  ensureWebBuild().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
