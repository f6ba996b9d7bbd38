// Exports a meeting's record as DOCX or PDF, in English or Russian, with what the user may see of it.
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import { renderDocx } from './docx.ts';
import type { ExportLanguage } from './labels.ts';
import { renderPdf } from './pdf.ts';
import { loadMeetingRecord } from './record.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/** The full record of a meeting as a file: what the user may see of it, in English or Russian. */
export async function exportMeetingRecord(deps: Deps, ctx: RequestContext, meetingId: string, format: 'docx' | 'pdf', lang: ExportLanguage) {
  const record = await loadMeetingRecord(deps, ctx, meetingId, lang);
  const body = format === 'docx' ? await renderDocx(record) : await renderPdf(record);
  return { body, fileName: `${record.fileBase}.${format}`, contentType: format === 'docx' ? DOCX_TYPE : PDF_TYPE };
}
