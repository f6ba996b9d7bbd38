// Downloading a document version: checking its hash against the stored bytes, with safe headers.
import { createHash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { integrityFailed, versionNotFound } from './documents.errors.ts';
import { openDocument } from './documents.read.ts';
import { findVersion, type VersionRow } from './documents.repository.ts';
import { readAll, StoredFileMissingError, storageFor } from './storage.ts';

/** Files up to this size are read and checked whole before the first byte is sent. */
export const VERIFY_BEFORE_SENDING_BYTES = 8 * 1024 * 1024;

export type IntegrityReport = (facts: { documentId: string; version: number; storageKey: string; reason: string }) => void;

/**
 * Checks a file against its recorded size and SHA-256 while it streams, and
 * holds back the last chunk until the check passes. A damaged file therefore
 * never arrives complete: the stream fails and the connection is cut short
 * of its Content-Length.
 */
export class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;
  private held: Buffer | null = null;
  constructor(
    private readonly expected: { sha256: string; size: number },
    private readonly onMismatch: (reason: string) => void,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.size > this.expected.size) return this.fail('longer than recorded', cb);
    const previous = this.held;
    this.held = chunk;
    cb(null, previous ?? undefined);
  }
  override _flush(cb: TransformCallback) {
    if (this.size !== this.expected.size) return this.fail('shorter than recorded', cb);
    if (this.hash.digest('hex') !== this.expected.sha256) return this.fail('SHA-256 differs', cb);
    cb(null, this.held ?? undefined);
  }
  private fail(reason: string, cb: TransformCallback) {
    this.onMismatch(reason);
    cb(integrityFailed());
  }
}

/**
 * Opens a version of a document (the current one unless `version` is given)
 * for download, if `ctx` may see the document. Small files come back as a
 * verified buffer; larger ones as a stream that verifies as it goes.
 */
export async function openDownload(deps: Deps, ctx: RequestContext, id: string, version: number | undefined, report: IntegrityReport) {
  const { doc } = await openDocument(deps.db, ctx, id);
  const v = await findVersion(deps.db, doc.id, version ?? doc.currentVersion);
  if (!v) throw versionNotFound();
  const damaged = (reason: string) => report({ documentId: doc.id, version: v.version, storageKey: v.storageKey, reason });
  let stream: Readable;
  try {
    stream = await storageFor(deps.config).get(v.storageKey);
  } catch (e) {
    if (!(e instanceof StoredFileMissingError)) throw e;
    damaged('stored file missing');
    throw integrityFailed();
  }
  if (v.size <= VERIFY_BEFORE_SENDING_BYTES) {
    const bytes = await readAll(stream);
    const reason = bytes.length !== v.size ? 'size differs' : createHash('sha256').update(bytes).digest('hex') !== v.sha256 ? 'SHA-256 differs' : null;
    if (reason) {
      damaged(reason);
      throw integrityFailed();
    }
    return { version: v, body: bytes as Buffer | Readable };
  }
  const verifying = new VerifyingStream(v, damaged);
  return { version: v, body: pipeline(stream, verifying, () => {}) as Readable };
}

/** `Content-Type` to send: the detected type; text is known to be UTF-8 (checked at upload). */
export const contentTypeOf = (v: VersionRow) => (v.mimeType.startsWith('text/') ? `${v.mimeType}; charset=utf-8` : v.mimeType);

/**
 * `Content-Disposition: attachment` with the name in any script (RFC 6266 /
 * RFC 5987 `filename*`), plus a plain ASCII `filename` for old clients.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || 'download'}"; filename*=UTF-8''${encoded}`;
}
