// Raw RFC 5322 bytes → the fields the pipeline needs, via mailparser.
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';

export interface ParsedAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface ParsedMessage {
  messageId: string | null; // without angle brackets
  from: { address: string; name: string } | null;
  to: string[];
  cc: string[];
  deliveredTo: string[];
  replyTo: string[];
  subject: string;
  date: Date | null;
  inReplyTo: string | null;
  references: string[];
  text: string; // text/plain part, or '' when the message has none
  html: string | null;
  /** Lower-cased header name → value as text (first occurrence; structured values flattened). */
  headers: Record<string, string>;
  /** Every header line as it came, name lower-cased, for repeated headers (Received, Authentication-Results). */
  headerLines: { key: string; line: string }[];
  contentType: string; // of the root part, e.g. multipart/report; report-type=delivery-status
  attachments: ParsedAttachment[];
}

export const stripAngles = (id: string) => id.trim().replace(/^<|>$/g, '');

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : [])
    .flatMap((o) => o.value)
    .flatMap((v) => (v.group ? v.group : [v]))
    .map((v) => (v.address ?? '').toLowerCase())
    .filter(Boolean);

function headerText(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(headerText).join(', ');
  if (typeof v === 'object') {
    const o = v as { text?: string; value?: unknown; params?: Record<string, string> };
    if (typeof o.text === 'string') return o.text;
    if (typeof o.value === 'string') {
      const params = o.params ? Object.entries(o.params).map(([k, p]) => `; ${k}=${p}`).join('') : '';
      return o.value + params;
    }
  }
  return String(v);
}

export function fromParsedMail(m: ParsedMail): ParsedMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of m.headers) headers[k] = headerText(v);
  const refs = m.references ? (Array.isArray(m.references) ? m.references : [m.references]) : [];
  const from = m.from?.value?.[0];
  const deliveredTo = m.headerLines
    .filter((h) => h.key === 'delivered-to' || h.key === 'x-original-to' || h.key === 'envelope-to')
    .map((h) => h.line.slice(h.line.indexOf(':') + 1).trim().replace(/^<|>$/g, '').toLowerCase());
  return {
    messageId: m.messageId ? stripAngles(m.messageId) : null,
    from: from?.address ? { address: from.address.toLowerCase(), name: from.name ?? '' } : null,
    to: addresses(m.to),
    cc: addresses(m.cc),
    deliveredTo,
    replyTo: addresses(m.replyTo),
    subject: m.subject ?? '',
    date: m.date ?? null,
    inReplyTo: m.inReplyTo ? stripAngles(m.inReplyTo) : null,
    references: refs.flatMap((r) => r.split(/\s+/)).filter(Boolean).map(stripAngles),
    text: m.text ?? '',
    html: typeof m.html === 'string' ? m.html : null,
    headers,
    headerLines: m.headerLines.map((h) => ({ key: h.key, line: h.line })),
    contentType: headers['content-type'] ?? 'text/plain',
    attachments: m.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size, content: a.content })),
  };
}

export async function parseRaw(raw: Buffer | string): Promise<ParsedMessage> {
  const m = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, skipHtmlToText: true });
  return fromParsedMail(m);
}
