#!/usr/bin/env node
// The `chancery` command: runs the TypeScript entry point directly.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/main.ts');
