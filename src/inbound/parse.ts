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

const PARSE_OPTIONS = { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, skipHtmlToText: true } as const;
// A text part whose Content-Type names no charset (its own line, nothing after "text/html" or "text/plain").
const NO_CHARSET = (sub: string) => new RegExp(`^(Content-Type:[ \\t]*text/${sub})[ \\t]*;?[ \\t]*(\\r?)$`, 'gim');
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)/i;

// A calendar answer (iTIP METHOD:REPLY, RFC 5546) says what the person chose in the attendee's PARTSTAT, and an
// optional COMMENT holds what they typed; clients that send nothing else (Apple Calendar, some Outlook "send the
// response now") leave the mail without a text part.
const PARTSTAT_WORDS: Record<string, string> = { ACCEPTED: 'Accepted', DECLINED: 'Declined', TENTATIVE: 'Tentative', DELEGATED: 'Delegated' };
export function calendarReplyText(ics: string): string | null {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  if (!/^METHOD:REPLY\s*$/im.test(unfolded)) return null;
  const part = /^ATTENDEE[^:\n]*?;PARTSTAT=([A-Z-]+)/im.exec(unfolded)?.[1]?.toUpperCase();
  const word = part ? PARTSTAT_WORDS[part] : undefined;
  if (!word) return null;
  const comment = /^COMMENT[^:\n]*:(.*)$/im.exec(unfolded)?.[1]?.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1').trim();
  return comment ? `${word}.\n\n${comment}` : word;
}

// The answer typed into the subject of an otherwise empty reply ("Re: Join us on Thursday? - yes I'm in"): the part after
// the last dash that follows the original subject.
// Or after the original subject's closing "?" or "!" ("Re: Join us on Thursday? Yes, I'm in!").
export function subjectAnswer(subject: string): string | null {
  const m = /^\s*(?:(?:re|aw|sv|vs|antw|odp|ynt|rif|res|ref)\s*:\s*)+(.+?)\s+[-–—]+\s+([^-–—]{1,80})$/i.exec(subject) ?? /^\s*(?:(?:re|aw|sv|vs|antw|odp|ynt|rif|res|ref)\s*:\s*)+(.+?[?!])\s+([^?!]{1,80}[?!.]?)$/i.exec(subject);
  // A question after the dash is the original subject's own ("Drumbeat Toronto - what will you do?"), not an answer.
  return m && /\p{L}/u.test(m[2]!) && !/[?？]\s*$/.test(m[2]!) ? m[2]!.trim() : null;
}


// Whether an HTML part shows any text (Outlook sends a <head> of styles around an empty paragraph).
export const htmlHasText = (html: string | null): boolean =>
  !!html && /\S/.test(html.replace(/<head[\s\S]*?<\/head>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>|&nbsp;|&#160;|\u00a0/gi, ''));
// The text a calendar writes beside its iTIP answer ("Marc has accepted this invitation. … Invitation from Google
// Calendar"): nobody typed it, so the answer itself stands in for it.
const CALENDAR_NOTE = /\b(?:with (?:a |the following )?(?:note|comment|message)|and (?:says|said|wrote)|(?:note|comment|message)(?: from [^:\n]{1,60})?)\s*:\s*["“']([^"”\n]{1,500})["”']/i;
const CALENDAR_NOTICE = /\bhas (?:accepted|declined|tentatively accepted|responded to|proposed a new time for) (?:this|your|the) (?:invitation|event|meeting)\b|\binvitation from google calendar\b/i;

// An opaque S/MIME signature (application/pkcs7-mime; smime-type=signed-data, "smime.p7m") wraps the whole MIME entity
// in a CMS SignedData: the signed content is an OCTET STRING (DER, or BER in chunks) inside it, readable without
// checking the signature. Returns the entity's bytes, or null.
export function signedDataContent(der: Buffer): Buffer | null {
  const head = der.subarray(0, 4096).toString('latin1');
  const at = head.search(/(?:content-type|content-transfer-encoding|mime-version)\s*:/i);
  if (at < 2) return null;
  // The OCTET STRING header right before the entity: 04 len, 04 81 len, 04 82 len len, 04 83 len len len.
  const chunkAt = (p: number): { start: number; len: number } | null => {
    for (let n = 0; n <= 3; n++) {
      const h = p - 2 - n;
      if (h < 0 || der[h] !== 0x04) continue;
      if (n === 0 && der[h + 1]! < 0x80) return { start: p, len: der[h + 1]! };
      if (n > 0 && der[h + 1] === 0x80 + n) {
        let len = 0;
        for (let k = 0; k < n; k++) len = len * 256 + der[h + 2 + k]!;
        return { start: p, len };
      }
    }
    return null;
  };
  const first = chunkAt(at);
  if (!first) return null;
  const parts: Buffer[] = [der.subarray(first.start, first.start + first.len)];
  // BER splits the content into several OCTET STRINGs in a row.
  let p = first.start + first.len;
  while (p + 2 <= der.length && der[p] === 0x04) {
    const b = der[p + 1]!;
    let len = b, hl = 2;
    if (b >= 0x80) {
      const n = b - 0x80;
      if (n < 1 || n > 3) break;
      len = 0;
      for (let k = 0; k < n; k++) len = len * 256 + der[p + 2 + k]!;
      hl = 2 + n;
    }
    parts.push(der.subarray(p + hl, p + hl + len));
    p += hl + len;
  }
  return Buffer.concat(parts);
}

export async function parseRaw(raw: Buffer | string): Promise<ParsedMessage> {
  let parsed = await parseRawOnly(raw);
  // An opaque-signed message shows nothing until its content is taken out of the signature.
  const p7m = !parsed.text.trim() && !parsed.html ? parsed.attachments.find((a) => /^application\/(?:x-)?pkcs7-mime$/i.test(a.contentType) && !/enveloped/i.test(parsed.contentType)) : undefined;
  const inner = p7m ? signedDataContent(p7m.content) : null;
  if (inner) {
    const i = await parseRawOnly(inner);
    parsed = { ...parsed, text: i.text, html: i.html, attachments: [...parsed.attachments.filter((a) => a !== p7m), ...i.attachments] };
  }
  const hasText = !!parsed.text.trim() || htmlHasText(parsed.html);
  const ics = parsed.attachments.find((a) => /^text\/calendar$/i.test(a.contentType));
  const fromCalendar = ics ? calendarReplyText(ics.content.toString('utf8')) : null;
  // A calendar answer with no words of the person's own: the answer (and its comment) is what they said.
  const notice = parsed.text || (parsed.html ?? '').replace(/<[^>]*>/g, ' ');
  if (fromCalendar && (!hasText || (parsed.text.length < 3_000 && CALENDAR_NOTICE.test(notice)))) {
    // A note the calendar quotes in its notice ('… accepted this invitation with note: "I'll bring cups"') when the answer has no COMMENT.
    const note = fromCalendar.includes('\n') ? null : CALENDAR_NOTE.exec(notice)?.[1]?.trim();
    return { ...parsed, text: note ? `${fromCalendar}.\n\n${note}` : fromCalendar, html: null };
  }
  if (hasText) return parsed;
  // A reply forwarded as an attachment with no note ("Fwd:" and a message/rfc822 part): the attached message is the text.
  const attached = /^\s*(?:fwd?|fw|wg|tr|rv|enc|doorst)\s*:/i.test(parsed.subject) ? parsed.attachments.find((a) => /^message\/rfc822$/i.test(a.contentType)) : undefined;
  if (attached) {
    const inner = await parseRawOnly(attached.content);
    if (inner.text.trim() || htmlHasText(inner.html)) return { ...parsed, text: inner.text, html: inner.html };
  }
  // No text at all: the answer may be typed into the subject.
  const text = /^\s*(?:re|aw|sv|vs|antw|odp|ynt|rif|res|ref)\s*:/i.test(parsed.subject) ? subjectAnswer(parsed.subject) : null;
  return text ? { ...parsed, text } : parsed;
}

async function parseRawOnly(raw: Buffer | string): Promise<ParsedMessage> {
  const m = await simpleParser(raw, PARSE_OPTIONS);
  // A part without a charset is read as UTF-8; when that fails (U+FFFD), say what the part itself declares (an HTML
  // <meta charset>, Outlook Express and old webmail) or, for plain text, the Windows Western default, and read it again.
  const html = typeof m.html === 'string' ? m.html : '';
  const badHtml = html.includes('\ufffd');
  const badText = (m.text ?? '').includes('\ufffd');
  if (badHtml || badText) {
    let src = Buffer.isBuffer(raw) ? raw.toString('latin1') : raw;
    const before = src;
    const meta = badHtml ? META_CHARSET.exec(html) : null;
    if (meta && !/^utf-?8$/i.test(meta[1]!)) src = src.replace(NO_CHARSET('html'), `$1; charset="${meta[1]}"$2`);
    if (badText) src = src.replace(NO_CHARSET('plain'), '$1; charset="windows-1252"$2');
    if (src !== before) {
      const again = await simpleParser(Buffer.isBuffer(raw) ? Buffer.from(src, 'latin1') : src, PARSE_OPTIONS);
      const bad = (x: ParsedMail) => ((typeof x.html === 'string' ? x.html : '') + (x.text ?? '')).split('\ufffd').length;
      if (bad(again) < bad(m)) return fromParsedMail(again);
    }
  }
  return fromParsedMail(m);
}
