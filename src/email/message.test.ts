// Standard headers and the .eml form of an outgoing message, read back with mailparser.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { standardHeaders, toEml } from './message.ts';
import { sampleMessage } from './test-fixtures.ts';


describe('standardHeaders', () => {
  it('marks mail automatic and offers RFC 8058 one-click unsubscribe, https first', () => {
    expect(standardHeaders({ unsubscribeUrl: 'https://x.example/u/1', unsubscribeMailto: 'mailto:u@x.example' })).toEqual({
      'Auto-Submitted': 'auto-generated',
      'List-Unsubscribe': '<https://x.example/u/1>, <mailto:u@x.example>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Auto-Response-Suppress': 'OOF, AutoReply',
    });
    expect(standardHeaders({ unsubscribeUrl: 'https://x.example/u/1' })['List-Unsubscribe']).toBe('<https://x.example/u/1>');
  });
});

describe('toEml', () => {
  it('keeps our Message-ID, Date, threading and headers, with both bodies', async () => {
    const date = new Date('2026-11-22T15:04:05Z');
    const eml = await toEml(sampleMessage(), { date });
    const parsed = await simpleParser(eml);
    expect(parsed.messageId).toBe('<confirmation.42.x1@followthrough.example>');
    expect(parsed.date?.toISOString()).toBe(date.toISOString());
    expect(parsed.inReplyTo).toBe('<CAF=abc@mail.gmail.com>');
    expect(parsed.references).toEqual(['<ask.41.x0@followthrough.example>', '<CAF=abc@mail.gmail.com>']);
    expect(parsed.subject).toBe('Here’s what we understood (Drumbeat Toronto)');
    expect(parsed.replyTo?.value[0]?.address).toBe('reply+tok.abc@in.followthrough.example');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    // mailparser folds List-* headers into a `list` object; the raw lines are what a receiver sees.
    const lines = parsed.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
    expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(lines).toContain('List-Unsubscribe: <https://followthrough.example/u/tok123>, <mailto:unsubscribe+tok123@in.followthrough.example>');
    expect(parsed.text?.trim()).toBe('Hi Ana, thanks');
    expect(parsed.html).toContain('<p>Hi Ana, thanks</p>');
    // Exactly one of each header we set ourselves.
    const raw = eml.toString('utf8');
    expect(raw.match(/^Message-ID:/gim)).toHaveLength(1);
    expect(raw.match(/^Date:/gim)).toHaveLength(1);
  });

  it('carries attachments', async () => {
    const eml = await toEml(sampleMessage({ attachments: [{ filename: 'commitment.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar' }] }));
    const parsed = await simpleParser(eml);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]!.filename).toBe('commitment.ics');
    expect(parsed.attachments[0]!.content.toString()).toContain('BEGIN:VCALENDAR');
  });
});
