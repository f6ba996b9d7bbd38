// Vitest global setup: makes the run's template databases before any test file starts, and removes them at the end.
import type { TestProject } from 'vitest/node';
import { type Templates, createTemplates, dropTemplates } from './database-templates.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: Templates;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const templates = await createTemplates(serverUrl);
  project.provide('databaseTemplates', templates);
  return () => dropTemplates(templates, serverUrl);
}
