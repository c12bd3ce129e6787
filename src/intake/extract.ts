// Finds the sign-up sheets in an organizer's message: CSV and XLSX attachments, HTML tables, pasted tables, plain lists.
import readXlsxFile from 'read-excel-file/node';
import type { ParsedAttachment } from '../inbound/parse.ts';
import { normalizeEmail } from './address.ts';
import { forwardedText, htmlTables, paragraphs, textTable } from './body.ts';
import { decodeSheet, parsePlainList, parseRecords, parseSheet, type SheetResult } from './sheet.ts';

export type SourceKind = 'csv' | 'xlsx' | 'html-table' | 'text-table' | 'list';
export type SourceProblem = 'too-big' | 'too-many-rows' | 'no-email-column' | 'unreadable' | 'unsupported';

export interface SheetSource {
  /** How the organizer would name it: "signups.csv", "people.xlsx, sheet Attendees", "the table in your message". */
  label: string;
  kind: SourceKind;
  result?: SheetResult;
  problem?: SourceProblem;
  /** Header cells seen, for "no email column" explanations. */
  headers?: string[];
}

export interface ExtractOptions {
  maxRows: number;
  maxBytes: number;
  /** Addresses never taken from a message body: the organizer's own, ours (signatures, forward headers). */
  notPeople: (email: string) => boolean;
}

/** Attachments larger than this are refused unread: 10 MiB holds far more than MAX_SHEET_ROWS people. */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;

const ext = (name: string | null) => /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase() ?? '';
const isOle2 = (b: Buffer) => b.length > 4 && b.readUInt32BE(0) === 0xd0cf11e0;
const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

type AttachmentKind = 'text' | 'xlsx' | 'unsupported' | null;

/** Which attachments are sheets. Signatures' images, PDFs and calendar files are not, and are ignored. */
function attachmentKind(a: ParsedAttachment): AttachmentKind {
  const e = ext(a.filename);
  const ct = a.contentType.toLowerCase();
  if (e === 'xlsx' || e === 'xlsm' || ct.includes('spreadsheetml')) return isZip(a.content) ? 'xlsx' : 'unsupported';
  if (e === 'xls' || e === 'ods' || e === 'numbers' || ct.includes('opendocument.spreadsheet')) return 'unsupported';
  // Windows labels .csv as application/vnd.ms-excel; the bytes tell a real (old binary) .xls apart.
  if (ct === 'application/vnd.ms-excel') return isOle2(a.content) ? 'unsupported' : isZip(a.content) ? 'xlsx' : 'text';
  if (['csv', 'tsv', 'tab', 'txt', 'text'].includes(e)) return 'text';
  if (['text/csv', 'text/tab-separated-values', 'application/csv', 'text/x-csv', 'text/comma-separated-values'].includes(ct)) return 'text';
  if (ct === 'text/plain' && a.filename) return 'text';
  return null;
}

/** XLSX cells as the organizer sees them: numbers kept as written, dates as YYYY-MM-DD, never a formula evaluated by us. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const headersOf = (r: SheetResult) => [r.columns.email, ...r.columns.name, ...r.columns.attributes].filter((x): x is string => !!x);

function textSource(label: string, content: Buffer | string, maxRows: number): SheetSource {
  const sheet = parseSheet(content, { maxRows });
  if (sheet.error === 'too-many-rows') return { label, kind: 'csv', problem: 'too-many-rows' };
  if (!sheet.error && sheet.rows.length) return { label, kind: 'csv', result: sheet };
  // No header we know and no column of addresses: maybe a list, one person a line.
  const list = parsePlainList(decodeSheet(content), { maxRows });
  if (list.error === 'too-many-rows') return { label, kind: 'list', problem: 'too-many-rows' };
  if (list.rows.length) return { label, kind: 'list', result: list };
  if (!sheet.error) return { label, kind: 'csv', result: sheet }; // an email column but nobody valid in it
  return { label, kind: 'csv', problem: 'no-email-column', headers: headersOf(sheet) };
}

async function xlsxSources(label: string, content: Buffer, maxRows: number): Promise<SheetSource[]> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // parseNumber keeps "0123" and "+1 555" as written; we never want numbers, only text.
    sheets = (await readXlsxFile(content, { parseNumber: (s: string) => s } as never)) as unknown as typeof sheets;
  } catch {
    return [{ label, kind: 'xlsx', problem: 'unreadable' }];
  }
  const read = sheets.map((s) => ({
    label: sheets.length > 1 ? `${label}, sheet ${s.sheet}` : label,
    result: parseRecords(
      s.data.map((r) => r.map(cellText)),
      { maxRows },
    ),
  }));
  const tooMany = read.find((r) => r.result.error === 'too-many-rows');
  if (tooMany) return [{ label: tooMany.label, kind: 'xlsx', problem: 'too-many-rows' }];
  // Every sheet that has an email column; a workbook with an "About" sheet first is common.
  const good = read.filter((r) => !r.result.error);
  if (good.length) return good.map((r) => ({ label: r.label, kind: 'xlsx', result: r.result }));
  return [{ label: read[0]?.label ?? label, kind: 'xlsx', problem: 'no-email-column', headers: read[0] ? headersOf(read[0].result) : [] }];
}

/** Sheets attached to the message, in order; an attachment that is not a sheet is not listed. */
export async function attachmentSources(attachments: ParsedAttachment[], opts: ExtractOptions): Promise<SheetSource[]> {
  const out: SheetSource[] = [];
  for (const [i, a] of attachments.entries()) {
    const kind = attachmentKind(a);
    if (!kind) continue;
    const label = a.filename ?? `attachment ${i + 1}`;
    if (kind === 'unsupported') out.push({ label, kind: 'xlsx', problem: 'unsupported' });
    else if (a.size > opts.maxBytes || a.content.length > opts.maxBytes) out.push({ label, kind: kind === 'xlsx' ? 'xlsx' : 'csv', problem: 'too-big' });
    else if (kind === 'xlsx') out.push(...(await xlsxSources(label, a.content, opts.maxRows)));
    else out.push(textSource(label, a.content, opts.maxRows));
  }
  return out;
}

/** People in the message body: HTML tables first, then tables pasted as text, then a plain list. */
export function bodySources(text: string, html: string | null, opts: ExtractOptions): SheetSource[] {
  const tooMany = (label: string, kind: SourceKind): SheetSource[] => [{ label, kind, problem: 'too-many-rows' }];
  if (html && /<table/i.test(html)) {
    const tables = htmlTables(html)
      .filter((t) => t.length >= 2)
      .map((t) => parseRecords(t, { maxRows: opts.maxRows }));
    if (tables.some((t) => t.error === 'too-many-rows')) return tooMany('the table in your message', 'html-table');
    const good = tables.filter((t) => !t.error && t.rows.length);
    if (good.length) return good.map((result, i) => ({ label: good.length > 1 ? `table ${i + 1} in your message` : 'the table in your message', kind: 'html-table', result }));
  }
  const plain = forwardedText(text);
  const tables = paragraphs(plain)
    .map((p) => textTable(p))
    .filter((t): t is string[][] => t !== null)
    .map((t) => parseRecords(t, { maxRows: opts.maxRows }));
  if (tables.some((t) => t.error === 'too-many-rows')) return tooMany('the table in your message', 'text-table');
  const good = tables.filter((t) => !t.error && t.rows.length);
  if (good.length) return good.map((result, i) => ({ label: good.length > 1 ? `table ${i + 1} in your message` : 'the table in your message', kind: 'text-table', result }));

  const list = parsePlainList(plain, { maxRows: opts.maxRows });
  if (list.error === 'too-many-rows') return tooMany('the list in your message', 'list');
  // Prose lines ("Hi, here's the list") are not skipped people; signatures and our own addresses are not people.
  const rows = list.rows.filter((r) => !opts.notPeople(r.email));
  const skipped = list.skipped.filter((s) => s.reason !== 'no email' && !(s.raw && opts.notPeople(normalizeEmail(s.raw) ?? '')));
  if (!rows.length) return [];
  return [{ label: 'the list in your message', kind: 'list', result: { ...list, rows, skipped } }];
}
