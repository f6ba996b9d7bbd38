// The HTML part of e-mails: the same words as the text, escaped, links clickable without the sentence's full stop, the footer apart.
import { describe, expect, it } from 'vitest';
import { mailHtml } from '../src/server/platform/notifications/mail-html.ts';

describe('the HTML part of an e-mail', () => {
  const text = 'Dear Ivan,\n\nShared with you: <b>Draft</b> & notes\nOpen https://chancery.example/meetings/1.\n\n—\nChange your settings.';
  const html = mailHtml('ru', 'Subject <x>', text);

  it('escapes what the record says, so a title cannot add markup', () => {
    expect(html).toContain('&lt;b&gt;Draft&lt;/b&gt; &amp; notes');
    expect(html).not.toContain('<b>Draft');
    expect(html).toContain('<title>Subject &lt;x&gt;</title>');
  });

  it('makes addresses links, leaving the full stop outside', () => {
    expect(html).toContain('<a href="https://chancery.example/meetings/1" style="color:#1c5d99">https://chancery.example/meetings/1</a>.');
  });

  it('declares the language and sets the footer apart', () => {
    expect(html).toMatch(/<html lang="ru">/);
    expect(html).toMatch(/border-top[^>]*>Change your settings\.<\/p>/);
    expect(html.match(/<p style="margin:0 0 16px">/g)).toHaveLength(2);
  });
});
