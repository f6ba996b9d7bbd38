// Starts Chancery for the browser tests: a fresh embedded database with the demo dataset, on E2E_PORT.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-e2e-'));
const build = spawn(process.execPath, ['scripts/ensure-web-build.mjs'], { stdio: 'inherit' });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const env = { ...process.env, CHANCERY_DATA_DIR: dataDir, PORT: process.env.E2E_PORT ?? '8181', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHANCERY_DEMO: '1' };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], { stdio: 'inherit', env });
  const stop = () => {
    server.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (c) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(c ?? 0);
  });
});
