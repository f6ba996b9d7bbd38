// A gzip-compressed tar archive (ustar), written and read as a stream: the container of a backup.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);

/** One 512-byte ustar header for a regular file. Names are kept under 100 bytes by the caller. */
function header(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK);
  const put = (value: string, at: number, len: number) => h.write(value, at, len, 'ascii');
  const octal = (n: number, len: number) => n.toString(8).padStart(len - 1, '0');
  if (Buffer.byteLength(name) > 100) throw new Error(`archive entry name too long: ${name}`);
  h.write(name, 0, 100, 'utf8');
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 12);
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\u000000', 257, 8);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${octal(sum, 7)}\u0000`, 148, 8);
  return h;
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/** Writes entries one after another into `out` (e.g. a gzip stream piped to a file), honouring back-pressure. */
export class TarWriter {
  constructor(
    private readonly out: Writable,
    private readonly mtime = new Date(),
  ) {}

  private async write(chunk: Buffer) {
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async add(name: string, data: Buffer) {
    await this.write(header(name, data.length, this.mtime));
    await this.write(data);
    const pad = padding(data.length);
    if (pad) await this.write(ZEROS.subarray(0, pad));
  }

  /** An entry whose bytes come from a stream of exactly `size` bytes. */
  async addStream(name: string, size: number, source: Readable) {
    await this.write(header(name, size, this.mtime));
    let written = 0;
    for await (const chunk of source) {
      written += (chunk as Buffer).length;
      if (written > size) throw new Error(`${name} is longer than its ${size} bytes`);
      await this.write(chunk as Buffer);
    }
    if (written !== size) throw new Error(`${name} has ${written} bytes, expected ${size}`);
    const pad = padding(size);
    if (pad) await this.write(ZEROS.subarray(0, pad));
  }

  /** The two zero blocks that end an archive; ends `out`. */
  async finish() {
    await this.write(ZEROS);
    this.out.end();
    await once(this.out, 'finish');
  }
}

/** An entry being read: its name, size and bytes, which must be consumed (or skipped) before the next entry. */
export type TarEntry = { name: string; size: number; chunks(): AsyncGenerator<Buffer>; buffer(): Promise<Buffer> };

/** Reads exact byte counts from a stream. */
class ByteReader {
  private pending: Buffer[] = [];
  private buffered = 0;
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: Readable) {
    this.it = source[Symbol.asyncIterator]();
  }
  private async fill(n: number) {
    while (this.buffered < n) {
      const next = await this.it.next();
      if (next.done) return false;
      this.pending.push(next.value);
      this.buffered += next.value.length;
    }
    return true;
  }
  /** Up to `max` bytes (at least one), or null at the end. */
  async some(max: number): Promise<Buffer | null> {
    if (!(await this.fill(1))) return null;
    const first = this.pending[0];
    if (first.length <= max) {
      this.pending.shift();
      this.buffered -= first.length;
      return first;
    }
    this.pending[0] = first.subarray(max);
    this.buffered -= max;
    return first.subarray(0, max);
  }
  async exact(n: number): Promise<Buffer | null> {
    if (!(await this.fill(n))) return null;
    const all = Buffer.concat(this.pending);
    this.pending = all.length > n ? [all.subarray(n)] : [];
    this.buffered = all.length - n;
    return all.subarray(0, n);
  }
}

const field = (h: Buffer, at: number, len: number) => h.subarray(at, at + len).toString('utf8').replace(/\0.*$/s, '');

/** The entries of a tar stream (already decompressed), in order. */
export async function* readTar(source: Readable): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source);
  for (;;) {
    const h = await reader.exact(BLOCK);
    if (!h || h.every((b) => b === 0)) return;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
    if (sum !== Number.parseInt(field(h, 148, 8).trim(), 8)) throw new Error('not a backup archive (bad tar header)');
    const prefix = field(h, 345, 155);
    const name = prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100);
    const size = Number.parseInt(field(h, 124, 12).trim() || '0', 8);
    let left = size;
    async function* chunks() {
      while (left > 0) {
        const piece = await reader.some(Math.min(left, 1 << 16));
        if (!piece) throw new Error(`the archive ends inside ${name}`);
        left -= piece.length;
        yield piece;
      }
    }
    const entry: TarEntry = {
      name,
      size,
      chunks,
      buffer: async () => {
        const parts: Buffer[] = [];
        for await (const c of chunks()) parts.push(c);
        return Buffer.concat(parts);
      },
    };
    yield entry;
    // Whatever the consumer left unread.
    for await (const _ of chunks());
    const pad = padding(size);
    if (pad && !(await reader.exact(pad))) throw new Error(`the archive ends inside ${name}`);
  }
}
