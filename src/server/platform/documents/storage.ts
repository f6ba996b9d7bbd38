// File storage for document versions on the local disk, hashing the bytes as they are written.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the storage answers for a file it has stored. */
export type StoredFile = {
  /** Opaque to everything but the storage that made it. */
  key: string;
  sha256: string;
  size: number;
};

/**
 * Where the bytes of uploaded files live. The database keeps only the key,
 * the size and the SHA-256, so any store that can write a stream once, read
 * it back and delete it will do. To add an S3-compatible store, implement
 * these three operations (`put` as a multipart upload with the hash computed
 * on the way, `get` as a GetObject stream, `delete` as DeleteObject) and pick
 * the implementation in `storageFor` from the configuration.
 *
 * Files are immutable: a new version of a document is a new file.
 */
export interface FileStorage {
  /**
   * Writes the stream as a new file and returns its key, SHA-256 and size.
   * Nothing is left behind when it fails (including `FileTooLargeError`).
   */
  put(source: Readable, opts?: { maxBytes?: number }): Promise<StoredFile>;
  /** The file's bytes; rejects with `StoredFileMissingError` when there is no such file. */
  get(key: string): Promise<Readable>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
  }
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored file with key ${key}`);
  }
}

/** Hashes and counts the bytes passing through, and fails once they exceed `maxBytes`. */
export class HashingMeter extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return cb(new FileTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    cb(null, chunk);
  }
}

const KEY = /^[0-9a-f]{32}$/;

/**
 * Files on the local disk, under `root`: `ab/cd/abcd…` (two levels of
 * folders so no folder grows too large). A file is written to `.incoming/`,
 * flushed to disk, then renamed into place, so a file under its key is always
 * complete. Keys are random; the client's file name never reaches a path.
 */
export class LocalDiskStorage implements FileStorage {
  private readonly incoming: string;
  constructor(readonly root: string) {
    this.incoming = path.join(root, '.incoming');
  }

  pathOf(key: string): string {
    if (!KEY.test(key)) throw new StoredFileMissingError(key);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(source: Readable, opts: { maxBytes?: number } = {}): Promise<StoredFile> {
    return this.write(randomBytes(16).toString('hex'), source, opts.maxBytes, 'wx');
  }

  /**
   * Writes a file under a key it had elsewhere (a restored backup), the same
   * way `put` writes a new one; returns its SHA-256 and size.
   */
  async putAt(key: string, source: Readable): Promise<StoredFile> {
    return this.write(key, source, undefined, 'w');
  }

  private async write(key: string, source: Readable, maxBytes: number | undefined, flags: 'w' | 'wx'): Promise<StoredFile> {
    const final = this.pathOf(key);
    await fsp.mkdir(this.incoming, { recursive: true });
    const temp = path.join(this.incoming, `${key}.part`);
    const meter = new HashingMeter(maxBytes);
    try {
      await pipeline(source, meter, fs.createWriteStream(temp, { flags, flush: true }));
      await fsp.mkdir(path.dirname(final), { recursive: true });
      await fsp.rename(temp, final);
      await syncFolder(path.dirname(final));
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw e;
    }
    return { key, sha256: meter.hash.digest('hex'), size: meter.size };
  }

  /** Whether any file is stored here (a restore only fills an empty folder). */
  async holdsFiles(): Promise<boolean> {
    const levelOne = await fsp.readdir(this.root).catch(() => [] as string[]);
    for (const a of levelOne.filter((d) => /^[0-9a-f]{2}$/.test(d))) {
      for (const b of await fsp.readdir(path.join(this.root, a)).catch(() => [] as string[])) {
        if ((await fsp.readdir(path.join(this.root, a, b)).catch(() => [] as string[])).some((f) => KEY.test(f))) return true;
      }
    }
    return false;
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const handle = await fsp.open(file, 'r');
      return handle.createReadStream();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    if (!KEY.test(key)) return;
    await fsp.rm(this.pathOf(key), { force: true });
  }
}

/** Makes a rename durable; not every platform can open a folder, so failure is ignored. */
async function syncFolder(dir: string) {
  try {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {}
}

const stores = new Map<string, FileStorage>();

/** The storage for this configuration (one instance per folder). */
export function storageFor(config: { filesDir: string }): FileStorage {
  let store = stores.get(config.filesDir);
  if (!store) {
    store = new LocalDiskStorage(config.filesDir);
    stores.set(config.filesDir, store);
  }
  return store;
}

/** Reads a whole stored file into memory (for verification and text extraction). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
