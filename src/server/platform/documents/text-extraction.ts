// The job that extracts a document version's text (PDF, DOCX, plain text) for search.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { documents, documentVersions } from '../../db/schema/documents.table.ts';
import { scheduleJob } from '../jobs/jobs.ts';
import { defineJob } from '../jobs/registry.ts';
import { findVersionById } from './documents.repository.ts';
import { indexDocument } from './documents.search.ts';
import { readAll, StoredFileMissingError, storageFor } from './storage.ts';

export const EXTRACT_TEXT_JOB = 'documents.extract_text';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Text of a file, by detected type. The parsers load on first use, so starting the server stays quick. */
const extractors: Record<string, (bytes: Buffer) => Promise<string>> = {
  'application/pdf': async (bytes) => {
    const { extractText } = await import('unpdf');
    return (await extractText(new Uint8Array(bytes), { mergePages: true })).text;
  },
  [DOCX]: async (bytes) => {
    const { default: mammoth } = await import('mammoth');
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  },
  'text/plain': async (bytes) => bytes.toString('utf8'),
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
 * A file that cannot be parsed is an outcome (`failed`), not a reason to
 * retry; a disk error is (the disk may come back), so it is thrown.
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
    let status: 'done' | 'none' | 'failed' = 'none';
    let text = '';
    if (extract) {
      try {
        const bytes = await readAll(await storageFor(deps.config).get(version.storageKey));
        if (createHash('sha256').update(bytes).digest('hex') !== version.sha256) throw new Error('stored file damaged');
        text = tidy(await extract(bytes));
        status = text ? 'done' : 'none';
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
