// The calendar file attached to an invitation: one all-day VEVENT (RFC 5545), METHOD:PUBLISH so
// calendars offer to add it without treating it as a meeting request that expects an answer.
// Small enough to write by hand: lines end in CRLF, fold at 75 octets, TEXT values escaped.

export interface InvitationIcsOptions {
  /** Stable across resends, so a calendar updates the same entry instead of adding a second one. */
  uid: string;
  title: string;
  description: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD, inclusive (DTEND is written as the day after, as RFC 5545 wants). */
  end: string;
  /** Who it is from, in words: written as CONTACT (and as the ORGANIZER's name when organizerEmail is given). */
  organizerName: string;
  /**
   * Optional: only a service address belongs here, never a person's (invitations show no addresses).
   * Without it there is no ORGANIZER line, which calendars accept for a published event.
   */
  organizerEmail?: string;
  url?: string;
  /** DTSTAMP: when this file was made. */
  now: Date;
}

const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as \n. */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A parameter value (CN): quoted, since names may hold , ; or :, and DQUOTE itself is not allowed inside. */
const paramValue = (s: string) => `"${s.replace(/["\r\n]+/g, ' ').replace(/\s{2,}/g, ' ').trim()}"`;

/**
 * Fold a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space, which counts
 * toward their 75. Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // the leading space takes one octet
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join(CRLF + ' ');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD → a UTC midnight Date, refusing impossible dates (2027-02-30). */
function parseDate(s: string, what: string): Date {
  const m = DATE.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new Error(`invitationIcs: ${what} must be a real date as YYYY-MM-DD, got ${JSON.stringify(s)}`);
  }
  return d;
}

const basicDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const basicUtc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

export function invitationIcs(opts: InvitationIcsOptions): string {
  const start = parseDate(opts.start, 'start');
  const end = parseDate(opts.end, 'end');
  if (end < start) throw new Error(`invitationIcs: end ${opts.end} is before start ${opts.start}`);
  if (Number.isNaN(opts.now.getTime())) throw new Error('invitationIcs: now is not a valid date');
  if (!opts.uid.trim()) throw new Error('invitationIcs: uid is empty');
  const dayAfterEnd = new Date(end.getTime() + 86_400_000);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Followthrough//Invitations//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(opts.uid)}`,
    `DTSTAMP:${basicUtc(opts.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(start)}`,
    `DTEND;VALUE=DATE:${basicDate(dayAfterEnd)}`,
    `SUMMARY:${escapeText(opts.title)}`,
    `DESCRIPTION:${escapeText(opts.description)}`,
    ...(opts.url ? [`URL:${opts.url.replace(/[\r\n]/g, '')}`] : []),
    ...(opts.organizerName.trim() ? [`CONTACT:${escapeText(opts.organizerName.trim())}`] : []),
    ...(opts.organizerEmail
      ? [`ORGANIZER${opts.organizerName.trim() ? `;CN=${paramValue(opts.organizerName)}` : ''}:mailto:${opts.organizerEmail.replace(/[\r\n]/g, '')}`]
      : []),
    'SEQUENCE:0',
    'STATUS:CONFIRMED',
    // An all-day plan should not make the whole day look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
