// A search snippet with its matches highlighted (split at the server's markers, never parsed as HTML).
import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

const MARK_START = '\u0002';
const MARK_END = '\u0003';

/** Splits a snippet at the server's markers into text and highlighted matches (never parsed as HTML). */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    const text = rest.slice(start + 1, stop);
    if (text) parts.push({ text, match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(MARK_START, '').replaceAll(MARK_END, '') }));
}

/** A snippet with its matched words in <mark>. */
export function Snippet({ snippet, ...props }: TextProps & { snippet: string }) {
  const nodes: ReactNode[] = snippetParts(snippet).map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
  );
  return (
    <Text size="sm" c="dimmed" {...props} style={{ overflowWrap: 'anywhere' }}>
      {nodes}
    </Text>
  );
}
