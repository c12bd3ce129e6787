// What an organizer's mail body holds: the event block on top, tables (HTML or pasted text) and lists of people.
import { Parser } from 'htmlparser2';
import * as chrono from 'chrono-node';

// --- tables in HTML mail ----------------------------------------------------------------------------

/**
 * Every innermost <table> of an HTML body as rows of cell texts. Innermost, because mail layouts
 * nest tables and only the leaves hold data; <br> and block ends inside a cell become spaces.
 */
export function htmlTables(html: string): string[][][] {
  interface T {
    rows: string[][];
    row: string[] | null;
    cell: string | null;
    nested: boolean;
  }
  const stack: T[] = [];
  const out: string[][][] = [];
  let skip = 0; // inside <script>/<style>
  const top = () => stack[stack.length - 1];
  const endCell = (t: T) => {
    if (t.cell !== null) (t.row ??= []).push(t.cell.replace(/\s+/g, ' ').trim());
    t.cell = null;
  };
  const endRow = (t: T) => {
    endCell(t);
    if (t.row) t.rows.push(t.row);
    t.row = null;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        const t = top();
        if (name === 'table') {
          if (t) t.nested = true;
          stack.push({ rows: [], row: null, cell: null, nested: false });
        } else if (t && name === 'tr') endRow(t);
        else if (t && (name === 'td' || name === 'th')) {
          endCell(t);
          t.cell = '';
        } else if (t && t.cell !== null && (name === 'br' || name === 'p' || name === 'div' || name === 'li')) t.cell += ' ';
      },
      ontext(text) {
        const t = top();
        if (t && t.cell !== null && !skip) t.cell += text;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
        const t = top();
        if (!t) return;
        if (name === 'td' || name === 'th') endCell(t);
        else if (name === 'tr') endRow(t);
        else if (name === 'table') {
          endRow(t);
          stack.pop();
          if (!t.nested && t.rows.length) out.push(t.rows);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

// --- tables pasted as text -----------------------------------------------------------------------------

/**
 * A paragraph pasted from a spreadsheet (tab-separated) or a web page (columns aligned with runs
 * of spaces) → rows of cells; null when the lines do not form a table. Aligned columns are cut at
 * the character positions that are blank on every line, so an empty cell keeps its column.
 */
export function textTable(lines: string[]): string[][] | null {
  const rows = lines.filter((l) => l.trim() !== '');
  if (rows.length < 2) return null;
  const tabbed = rows.filter((l) => l.includes('\t')).length;
  if (tabbed >= rows.length * 0.8) return rows.map((l) => l.split('\t').map((c) => c.trim()));
  // Aligned text: gutters are runs of at least two columns that are spaces on every line.
  const width = Math.max(...rows.map((l) => l.length));
  const padded = rows.map((l) => l.padEnd(width));
  const blank: boolean[] = [];
  for (let c = 0; c < width; c++) blank.push(padded.every((l) => l[c] === ' '));
  // A lone blank inside a column ("Ana Souza") is not a gutter; two in a row on every line are.
  const gutter = (c: number) => blank[c]! && (blank[c - 1] === true || blank[c + 1] === true);
  const cuts: [number, number][] = []; // [start, end) of each column
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const g = c === width || gutter(c);
    if (!g && start < 0) start = c;
    if (g && start >= 0) {
      cuts.push([start, c]);
      start = -1;
    }
  }
  if (cuts.length < 2) return null;
  return padded.map((l) => cuts.map(([a, b]) => l.slice(a, b).trim()));
}

/** Paragraphs (runs of non-blank lines) of a text. */
export const paragraphs = (text: string): string[][] =>
  text
    .split(/\r\n|\r|\n/)
    .reduce<string[][]>((acc, line) => {
      if (line.trim() === '') acc.push([]);
      else acc[acc.length - 1]!.push(line);
      return acc;
    }, [[]])
    .filter((p) => p.length);

// --- the forwarded text ------------------------------------------------------------------------------

// Header lines of a forwarded or quoted message in the common clients and languages; their addresses
// (the organizer's, Eventbrite's) are not attendees.
const FORWARD_HEADER = /^\s*\*?(from|to|cc|bcc|date|sent|subject|reply-to|de|à|a|para|objet|envoyé|enviado|asunto|von|an|gesendet|betreff|datum|van|aan|onderwerp|verzonden|da|inviato|oggetto)\*?\s*:/i;
const FORWARD_MARKER = /^\s*(-{2,}.*(forwarded|original|message transféré|weitergeleitete|mensaje reenviado|messaggio inoltrato).*-{2,}|begin forwarded message:|début du message réexpédié\s*:|on .{4,200} wrote:\s*$|le .{4,200} a écrit\s*:\s*$|am .{4,200} schrieb .*:\s*$)/i;

/** The body without the forward's header block and markers, quote marks removed; the event block is removed by the caller. */
export function forwardedText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^(>\s?)+/, ''))
    .filter((l) => !FORWARD_HEADER.test(l) && !FORWARD_MARKER.test(l))
    .join('\n');
}

// --- event details ----------------------------------------------------------------------------------

export interface EventBlock {
  name?: string;
  city?: string;
  date?: string; // as written
  timezone?: string; // as written
  letterAfter?: string; // as written
}

const BLOCK_KEYS: Record<string, keyof EventBlock> = {
  event: 'name',
  'event name': 'name',
  name: 'name',
  city: 'city',
  where: 'city',
  date: 'date',
  when: 'date',
  'event date': 'date',
  timezone: 'timezone',
  'time zone': 'timezone',
  tz: 'timezone',
  'letter after': 'letterAfter',
  letter: 'letterAfter',
  'send letter after': 'letterAfter',
};

/**
 * The optional block of `Key: value` lines at the very top of the organizer's own text (before
 * the forward), and the text after it. Only the first lines count, so a forwarded "Date:" header
 * is never read as the event's date.
 */
export function eventBlock(text: string): { block: EventBlock; rest: string; found: boolean } {
  const lines = text.split(/\r\n|\r|\n/);
  const block: EventBlock = {};
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  let found = false;
  for (; i < lines.length; i++) {
    const m = /^\s*\*?([A-Za-z][A-Za-z ]{0,20}?)\*?\s*[:=]\s*(.*?)\s*$/.exec(lines[i]!);
    const k = m ? BLOCK_KEYS[m[1]!.toLowerCase().trim()] : undefined;
    if (!m || !k || !m[2]) break;
    block[k] = m[2]!.slice(0, 200);
    found = true;
  }
  return { block, rest: found ? lines.slice(i).join('\n') : text, found };
}

/** "Fwd: Drumbeat Toronto sign-ups" → "Drumbeat Toronto". */
export function eventNameFromSubject(subject: string): string | null {
  let s = subject.replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/^\s*(fwd?|fw|tr|wg|rv|re|aw|sv|vs|rif|i)\s*(\[\d+\])?\s*:\s*/i, '').replace(/^\[[^\]]*\]\s*/, '');
  }
  s = s
    .replace(/[\s:–—-]*\b(sign[\s-]?ups?|sign[\s-]?up sheet|sign[\s-]?in sheet|signups? sheet|attendees?( list)?|attendance( list)?|registrations?|registrants|rsvps?|guest ?list|participants( list)?|inscriptions?|inscrits|list|sheet|export)\b[\s.!:]*$/i, '')
    .replace(/^[\s:–—-]+|[\s:–—-]+$/g, '')
    .trim();
  return s || null;
}

/** A date as written ("Nov 21", "21/11/2026", "last Saturday") → YYYY-MM-DD, read relative to the mail's date. */
export function parseEventDate(s: string, reference: Date): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const r = chrono.en.GB.parse(s, { instant: reference, timezone: 'UTC' })[0] ?? chrono.parse(s, { instant: reference, timezone: 'UTC' })[0];
  if (!r) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  let y = r.start.get('year')!;
  const m = r.start.get('month')!;
  const d = r.start.get('day')!;
  // A sign-up sheet is forwarded after the event: "Nov 21" written in January is last November.
  if (!r.start.isCertain('year')) {
    const candidate = Date.UTC(y, m - 1, d);
    if (candidate > reference.getTime() + 31 * 86_400_000) y--;
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "3 weeks", "21 days", "in a month" → days. */
export function parseLetterAfter(s: string): number | null {
  const m = /(\d+|a|an|one|two|three|four|five|six)\s*(day|week|wk|month)s?/i.exec(s);
  if (!m) return /^\s*\d+\s*$/.test(s) ? Number(s) : null;
  const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
  const n = words[m[1]!.toLowerCase()] ?? Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const days = n * (unit.startsWith('w') ? 7 : unit === 'month' ? 30 : 1);
  return days > 0 && days <= 366 ? days : null;
}

/** A time zone as written: an IANA name in any case, or a city ("Toronto" → America/Toronto). */
export function parseTimezone(s: string): string | null {
  const v = s.trim();
  if (!v) return null;
  if (/^(utc|gmt|z)$/i.test(v)) return 'UTC';
  const zones = Intl.supportedValuesOf('timeZone');
  const exact = zones.find((z) => z.toLowerCase() === v.toLowerCase());
  if (exact) return exact;
  const city = v.replace(/\s+/g, '_').toLowerCase();
  return zones.find((z) => z.toLowerCase().endsWith('/' + city)) ?? null;
}
