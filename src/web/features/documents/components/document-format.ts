// Documents in words: sizes, file types, a title from a file name, which files a record accepts.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';

const KB = 1024;
const MB = 1024 * 1024;

/** "820 kB", "4.2 MB": sizes as people read them. */
export function formatSize(bytes: number, locale: string): string {
  const unit = (value: number, u: 'byte' | 'kilobyte' | 'megabyte', digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  if (bytes < KB) return unit(bytes, 'byte', 0);
  if (bytes < MB) return unit(bytes / KB, 'kilobyte', bytes < 10 * KB ? 1 : 0);
  return unit(bytes / MB, 'megabyte', 1);
}

const TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/msword': 'word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.ms-excel': 'excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint',
  'application/vnd.ms-powerpoint': 'powerpoint',
  'text/plain': 'text',
  'text/csv': 'csv',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'application/zip': 'zip',
  'application/octet-stream': 'binary',
} as const;
type TypeKey = (typeof TYPES)[keyof typeof TYPES];

/** The detected type in words ("PDF", "Word document"); otherwise its MIME subtype. */
export function typeLabel(mime: string, t: TFunction): string {
  const base = mime.split(';')[0].trim().toLowerCase();
  const key: TypeKey | undefined = (TYPES as Record<string, TypeKey>)[base];
  if (key) return t(`documents.types.${key}`);
  return (base.split('/')[1] ?? base).toUpperCase();
}

/** The title a file suggests: its name without the extension. */
export const titleFromFileName = (name: string): string => name.replace(/\.[^./\\]{1,10}$/, '').trim() || name;

/**
 * The classifications a document on a record may have: the record's own or a
 * stricter one (shared narrows public; mission and restricted narrow shared).
 */
export function allowedForRecord(record: Classification): Classification[] {
  switch (record) {
    case 'public':
      return ['public', 'shared', 'mission', 'restricted'];
    case 'shared':
      return ['shared', 'mission', 'restricted'];
    case 'mission':
      return ['mission', 'restricted'];
    case 'restricted':
      return ['restricted'];
  }
}
