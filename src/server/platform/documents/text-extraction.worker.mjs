// Extracts the text of one PDF or Word file in a worker thread, within a page limit and a text-length limit; the parent sets its memory and time limits.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ bytes: Uint8Array, mimeType: string, maxPages: number, maxChars: number }} */
const { bytes, mimeType, maxPages, maxChars } = workerData;

/** Text pieces joined until `maxChars`; null when the text is longer (too large to index). */
function joined(pieces) {
  let length = 0;
  for (const p of pieces) {
    length += p.length + 1;
    if (length > maxChars) return null;
  }
  return pieces.join('\n');
}

async function pdfText() {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes);
  if (pdf.numPages > maxPages) return { tooLarge: true };
  const pages = [];
  let length = 0;
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    page.cleanup();
    length += text.length + 1;
    if (length > maxChars) return { tooLarge: true };
    pages.push(text);
  }
  return { text: pages.join('\n') };
}

async function docxText() {
  const { default: mammoth } = await import('mammoth');
  const text = joined([(await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value]);
  return text === null ? { tooLarge: true } : { text };
}

try {
  const result = mimeType === 'application/pdf' ? await pdfText() : await docxText();
  parentPort.postMessage(result);
} catch (e) {
  parentPort.postMessage({ failed: String(e?.message ?? e) });
}
