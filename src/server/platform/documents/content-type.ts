// Recognises a file's type from its content, not its name, and which types are programs that are refused.
import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';

/** Bytes kept from the start of a file to recognise its type (enough for Office files' zip entries). */
const HEAD_BYTES = 64 * 1024;

/**
 * Watches a file stream go by: keeps its first bytes and checks that the whole
 * file is UTF-8 text without NUL bytes, so a file with no magic number can be
 * told apart as text or binary without a second read.
 */
export class ContentSniffer extends Transform {
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  private decoder: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  /** False once a byte sequence is not UTF-8 or a NUL byte is seen. */
  isText = true;

  get head(): Buffer {
    return Buffer.concat(this.headChunks);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    if (this.isText) this.checkText(chunk, true);
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback) {
    if (this.isText) this.checkText(undefined, false);
    cb();
  }

  private checkText(chunk: Buffer | undefined, more: boolean) {
    try {
      if (chunk?.includes(0)) throw new Error('NUL byte');
      this.decoder?.decode(chunk, { stream: more });
    } catch {
      this.isText = false;
      this.decoder = null;
    }
  }
}

/** Types refused at upload: programs and installers have no place among the mission's documents. */
const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x.ms.shortcut',
  'application/java-vm',
  'application/x-ms-regedit',
  'application/x-shockwave-flash',
  'application/x-deb',
  'application/x-rpm',
  'application/x-apple-diskimage',
  'application/x-google-chrome-extension',
  'application/x-xpinstall',
]);
export const isExecutableType = (mime: string) => EXECUTABLE_TYPES.has(mime);

// Markup a browser would render, recognised at the start of a text file (after a BOM and blanks), as browsers sniff it.
const HTML_START = /^<(!doctype html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|!--)[\s>]/i;
const XML_START = /^<\?xml[\s?]/i;
const SVG_TAG = /<svg[\s>]/i;

/**
 * The type of a file, from its content only: the magic number when it has
 * one; otherwise HTML, XML or SVG markup, plain text (valid UTF-8), or
 * `application/octet-stream`.
 */
export async function detectType(head: Buffer, isText: boolean): Promise<string> {
  try {
    const found = await fileTypeFromBuffer(head);
    if (found) return found.mime;
  } catch {
    // A damaged header is just an unknown type.
  }
  if (!isText || head.length === 0) return 'application/octet-stream';
  const start = head.toString('utf8', 0, 1024).replace(/^\uFEFF/, '').trimStart();
  if (HTML_START.test(start)) return 'text/html';
  if (XML_START.test(start)) return SVG_TAG.test(head.toString('utf8')) ? 'image/svg+xml' : 'application/xml';
  if (/^<svg[\s>]/i.test(start)) return 'image/svg+xml';
  return 'text/plain';
}
