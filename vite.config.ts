import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(repoRoot, 'dist/web');

export default defineConfig({
  root: path.join(repoRoot, 'src/web'),
  publicDir: path.join(repoRoot, 'src/web/public'),
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    // The server's CSP forbids inline scripts; keep every asset a separate file.
    assetsInlineLimit: 0,
  },
  server: {
    // The API checks that Origin matches Host (CSRF): keep the browser's Host header.
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
});
