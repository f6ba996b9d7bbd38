// Reads a multipart upload as it streams in: the fields first, then the file, storing nothing if refused.
import { pipeline } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { ContentSniffer, detectType } from './content-type.ts';
import {
  fieldTooLong,
  fileNotLast,
  fileRequired,
  fileTooLarge,
  malformedMultipart,
  notMultipart,
  tooManyFields,
  tooManyParts,
  unexpectedPart,
} from './documents.errors.ts';
import { type FileStorage, FileTooLargeError, type StoredFile } from './storage.ts';

/** A file as stored, with the type found in its content and the name it was uploaded with. */
export type ReceivedFile = StoredFile & { mimeType: string; filename: string };

/**
 * Reads a multipart upload: text fields first, then the file in the part
 * named `file`, which must come last. `prepare` sees the fields before a byte
 * of the file is stored, so a refused upload stores nothing. On any failure
 * nothing is left in storage; after success the caller owns the stored file.
 */
export async function receiveUpload<P>(
  request: FastifyRequest,
  storage: FileStorage,
  maxBytes: number,
  prepare: (fields: Record<string, string>) => Promise<P>,
): Promise<{ prepared: P; file: ReceivedFile }> {
  if (!request.isMultipart()) throw notMultipart();
  const fields: Record<string, string> = {};
  let received: { prepared: P; file: ReceivedFile } | undefined;
  try {
    for await (const part of request.parts()) {
      if (received) throw fileNotLast(part.fieldname);
      if (part.type === 'field') {
        if (part.fieldname === 'file') throw fileRequired();
        if (part.valueTruncated) throw fieldTooLong(part.fieldname);
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
        continue;
      }
      if (part.fieldname !== 'file') throw discarding(part, unexpectedPart(part.fieldname));
      let prepared: P;
      try {
        prepared = await prepare(fields);
      } catch (e) {
        throw discarding(part, e);
      }
      received = { prepared, file: await storeFile(storage, part, maxBytes) };
    }
  } catch (e) {
    if (received) await storage.delete(received.file.key);
    throw asRequestError(e, maxBytes);
  }
  if (!received) throw fileRequired();
  return received;
}

/** Lets the rest of a refused file flow by unread, so the request ends normally and the client gets the answer. */
function discarding(part: MultipartFile, error: unknown) {
  part.file.resume();
  return error;
}

async function storeFile(storage: FileStorage, part: MultipartFile, maxBytes: number): Promise<ReceivedFile> {
  const sniffer = new ContentSniffer();
  // Errors travel both ways: a failing store stops the upload, a broken upload fails the store.
  const source = pipeline(part.file, sniffer, () => {});
  const stored = await storage.put(source, { maxBytes });
  if (part.file.truncated) {
    await storage.delete(stored.key);
    throw new FileTooLargeError(maxBytes);
  }
  return { ...stored, mimeType: await detectType(sniffer.head, sniffer.isText), filename: safeFilename(part.filename) };
}

/**
 * The name to show and to offer when downloading: no folders, no control or
 * text-direction characters (which can disguise an extension), at most 255 characters.
 */
export function safeFilename(name: string | undefined): string {
  // Browsers send `"` in a file name as %22 (and CR, LF as %0D, %0A): undo that.
  const sent = (name ?? '').replace(/%22/g, '"').replace(/%0[ad]/gi, '');
  const base = sent.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return [...clean].slice(0, 255).join('') || 'file';
}

const MULTIPART_LIMITS: Record<string, () => AppError> = {
  FST_FILES_LIMIT: () => unexpectedPart('file'),
  FST_PARTS_LIMIT: tooManyParts,
  FST_FIELDS_LIMIT: tooManyFields,
  FST_INVALID_MULTIPART_CONTENT_TYPE: notMultipart,
};

/** Errors of a broken or oversized form are the client's (4xx); errors of the disk stay 500. */
function asRequestError(e: unknown, maxBytes: number): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof FileTooLargeError) return fileTooLarge(maxBytes);
  const err = e as { code?: string; statusCode?: number; message?: string };
  if (err.code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(maxBytes);
  if (err.code && MULTIPART_LIMITS[err.code]) return MULTIPART_LIMITS[err.code]();
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return e;
  // System errors (ENOSPC, EACCES, EIO) are ours; anything else came from parsing the client's form.
  if (err.code && /^E[A-Z]+$/.test(err.code)) return e;
  return malformedMultipart(err.message);
}
