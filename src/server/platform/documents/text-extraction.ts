// The job that extracts a document version's text (PDF, DOCX, plain text) for search, in a worker thread within page, time and memory limits.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { eq } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { documents, documentVersions } from '../../db/schema/documents.table.ts';
import { scheduleJob } from '../jobs/jobs.ts';
import { defineJob } from '../jobs/registry.ts';
import { findVersionById } from './documents.repository.ts';
import { indexDocument } from './documents.search.ts';
import { readAll, StoredFileMissingError, storageFor } from './storage.ts';

export const EXTRACT_TEXT_JOB = 'documents.extract_text';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Longest text kept for one file (characters); a longer text is "too large" rather than indexed. */
const MAX_CHARS = 5_000_000;

type Limits = Config['textExtraction'];
type Outcome = { status: 'done' | 'none' | 'failed' | 'too_large'; text: string };

/**
 * Extracts a PDF's or Word file's text in a worker thread with its own heap
 * limit (`resourceLimits`), a time limit and a page limit, so a file built to
 * inflate (a "PDF bomb") costs at most those limits and never the server's
 * main thread: over any of them, the outcome is `too_large`.
 */
function extractInWorker(bytes: Buffer, mimeType: string, limits: Limits): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./text-extraction.worker.mjs', import.meta.url), {
      workerData: { bytes: new Uint8Array(bytes), mimeType, maxPages: limits.maxPages, maxChars: MAX_CHARS },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, limits.memoryMb / 8)) },
      // A plain module: the worker needs no loader of the parent's.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    // pdf.js writes warnings about damaged files; they are not the server's log.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(o);
    };
    const timer = setTimeout(() => settle({ status: 'too_large', text: '' }), limits.timeoutMs);
    worker.on('message', (m: { text?: string; tooLarge?: boolean; failed?: string }) => {
      if (m.tooLarge) return settle({ status: 'too_large', text: '' });
      if (m.failed !== undefined) return settle({ status: 'failed', text: '' });
      const text = tidy(m.text ?? '');
      settle({ status: text ? 'done' : 'none', text });
    });
    worker.on('error', (e: NodeJS.ErrnoException) => settle({ status: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'failed', text: '' }));
    worker.on('exit', () => settle({ status: 'failed', text: '' }));
  });
}

/** Text of a file, by detected type: PDF and Word in a worker thread, plain text directly (it is as large as the upload). */
const extractors: Record<string, (bytes: Buffer, limits: Limits) => Promise<Outcome>> = {
  'application/pdf': (bytes, limits) => extractInWorker(bytes, 'application/pdf', limits),
  [DOCX]: (bytes, limits) => extractInWorker(bytes, DOCX, limits),
  'text/plain': async (bytes) => {
    const text = tidy(bytes.toString('utf8'));
    return { status: text ? 'done' : 'none', text };
  },
};

export const canExtractText = (mimeType: string) => mimeType in extractors;

/** Text kept for search: no NUL (PostgreSQL text cannot hold it), blank runs collapsed. */
const tidy = (text: string) =>
  text
    .replaceAll('\u0000', '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();

/** Call in the transaction that adds the version: the job exists exactly when the version does. */
export const scheduleTextExtraction = (tx: Executor, versionId: string) =>
  scheduleJob(tx, { kind: EXTRACT_TEXT_JOB, payload: { versionId }, key: `${EXTRACT_TEXT_JOB}:${versionId}`, maxAttempts: 3 });

/**
 * Extracts the text of a new version and indexes the document with it, off
 * the request path. It runs outside any transaction (parsing a large PDF
 * takes a while and must not hold the database) and only then writes the
 * outcome in one short transaction; running it twice gives the same result.
 * A file that cannot be parsed is an outcome (`failed`), and so is one over
 * the extraction limits (`too_large`: stored, but not searchable by its
 * text), not a reason to retry; a disk error is (the disk may come back), so it is thrown.
 */
export const extractTextJob = defineJob({
  kind: EXTRACT_TEXT_JOB,
  mode: 'external',
  maxAttempts: 3,
  leaseMs: 10 * 60_000,
  run: async (deps, job) => {
    const version = await findVersionById(deps.db, String(job.payload.versionId));
    if (!version) return;
    const extract = extractors[version.mimeType];
    let status: Outcome['status'] = 'none';
    let text = '';
    if (extract) {
      try {
        const bytes = await readAll(await storageFor(deps.config).get(version.storageKey));
        if (createHash('sha256').update(bytes).digest('hex') !== version.sha256) throw new Error('stored file damaged');
        ({ status, text } = await extract(bytes, deps.config.textExtraction));
      } catch (e) {
        if (!(e instanceof StoredFileMissingError) && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code ?? '')) throw e;
        status = 'failed';
      }
    }
    await deps.db.transaction(async (tx) => {
      await tx.update(documentVersions).set({ textStatus: status }).where(eq(documentVersions.id, version.id));
      // Locked, so a rename or re-classification committing meanwhile is not overwritten with stale fields.
      const [doc] = await tx.select().from(documents).where(eq(documents.id, version.documentId)).for('update');
      // An older version finishing late must not replace the current version's text.
      if (doc && doc.currentVersion === version.version) await indexDocument(tx, doc, { text, filename: version.filename });
    });
  },
});
