// Turns an organizer's sign-up sheet (CSV in any common dialect, or a plain list of addresses) into people to import.
//
// Row numbers are spreadsheet rows: 1-based records of the file, the header being row 1 and blank
// lines counted, so "row 7" is the row the organizer sees as 7 in Excel or LibreOffice (a cell with
// a line break inside still counts as one row).
//
// Cells are plain strings. Nothing is evaluated: "=SUM(A1)" or "+1 555" stay exactly as written;
// whoever shows them (HTML mail, a CSV export) must escape them there.
import { parse } from 'csv-parse/sync';
import { normalizeEmail, parseNameAddr } from './address.ts';

export interface SheetRow {
  row: number;
  email: string;
  name: string | null;
  attributes: Record<string, string>;
}

export interface SheetResult {
  rows: SheetRow[];
  skipped: { row: number; reason: string; raw?: string }[];
  columns: { email: string | null; name: string[]; attributes: string[] };
  error?: 'no-email-column' | 'too-many-rows';
}

export interface SheetOptions {
  /** Data rows (not counting the header) above which the whole sheet is refused. Default 5,000. */
  maxRows?: number;
}

export const DEFAULT_MAX_ROWS = 5_000;

// --- text ------------------------------------------------------------------------------------------

/** Bytes → text: BOMs (UTF-8, UTF-16 as Excel's "Unicode text" export), else UTF-8, else Windows-1252. */
export function decodeSheet(input: Buffer | string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return new TextDecoder('utf-8').decode(input.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    // Excel on Windows saves "CSV" in the ANSI code page; 1252 covers the western languages.
    return new TextDecoder('windows-1252').decode(input);
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** Counts of each candidate delimiter per line, outside double quotes, for the first lines. */
function sniffDelimiter(text: string): string {
  const counts: number[][] = DELIMITERS.map(() => []);
  let inQuotes = false;
  let line = DELIMITERS.map(() => 0);
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || (c === '\r' && text[i + 1] !== '\n'))) {
      if (line.some((n) => n > 0)) line.forEach((n, d) => counts[d]!.push(n));
      line = DELIMITERS.map(() => 0);
      lines++;
    } else if (!inQuotes) {
      const d = DELIMITERS.indexOf(c as (typeof DELIMITERS)[number]);
      if (d >= 0) line[d]!++;
    }
  }
  if (line.some((n) => n > 0)) line.forEach((n, d) => counts[d]!.push(n));
  // Best: the delimiter present on most lines with the same count (a table), then the most frequent.
  // A comma inside "Lovelace, Ada" in a semicolon file is present on few lines and with varying count.
  let best: string = ',';
  let bestScore = -1;
  DELIMITERS.forEach((d, i) => {
    const c = counts[i]!;
    if (!c.length || !c.some((n) => n > 0)) return;
    const first = c[0]!;
    const consistent = c.filter((n) => n === first && n > 0).length / c.length;
    const score = consistent * 1000 + Math.min(first, 999);
    if (score > bestScore) [best, bestScore] = [d, score];
  });
  return best;
}

// --- header names --------------------------------------------------------------------------------

/** Lower-case, no accents, no punctuation or spaces: "E-Mail-Adresse" → "emailadresse", "Prénom" → "prenom". */
const key = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const set = (...names: string[]) => new Set(names.map(key));

const EMAIL_NAMES = set(
  'email', 'e-mail', 'mail', 'email address', 'e-mail address', 'mail address', 'emailaddress', 'your email', 'your email address',
  'work email', 'primary email', 'contact email', 'email id', 'emails', 'e mail',
  'courriel', 'adresse courriel', 'adresse e-mail', 'adresse email', 'adresse mail', 'adresse électronique', 'mél', 'mel',
  'correo', 'correo electrónico', 'correo electronico', 'dirección de correo', 'dirección de correo electrónico', 'email (correo)',
  'e-mail-adresse', 'emailadresse', 'mailadresse', 'e-post', 'epost', 'e-postadress', 'e-postadresse', 'mejl', 'mejladress',
  'indirizzo email', 'indirizzo e-mail', 'posta elettronica', 'endereço de email', 'endereço de e-mail', 'e-mailadres', 'emailadres',
  'sähköposti', 'sähköpostiosoite', 'adres e-mail', 'adres email', 'электронная почта', 'эл почта', 'почта', 'email адрес',
  'メール', 'メールアドレス', '電子メール', '电子邮件', '电子邮箱', '邮箱', '邮件地址', '이메일', 'البريد الإلكتروني',
);
// Tokens that make a header an email column when it is not an exact alias ("Email (work)").
const EMAIL_HINT = /e-?mail|courriel|correo|epost|e-post|sähköposti|mejl|почта|メール|邮箱|邮件|이메일/i;

const NAME_NAMES = set(
  'name', 'full name', 'fullname', 'your name', 'display name', 'attendee', 'attendee name', 'participant', 'participant name',
  'contact', 'contact name', 'person', 'guest', 'guest name', 'member', 'registrant', 'who',
  'nom complet', 'nom et prénom', 'prénom et nom', 'nom prénom', 'prénom nom', 'nom', 'nombre', 'nombre completo', 'nombre y apellidos',
  'nome', 'nome completo', 'nome e cognome', 'naam', 'volledige naam', 'vollständiger name', 'name vorname', 'vor- und nachname',
  'namn', 'fullständigt namn', 'navn', 'fulde navn', 'fullt navn', 'nimi', 'koko nimi', 'imię i nazwisko', 'imie i nazwisko',
  'имя', 'фио', 'полное имя', '氏名', '名前', 'お名前', '姓名', '名字', '이름', 'الاسم',
);
// Words that mean "name" alone but "given name" or "surname" next to the other half.
const AMBIGUOUS_NAMES = set('name', 'nom', 'nombre', 'nome', 'naam', 'navn', 'namn', 'nimi', 'имя');
const FIRST_NAMES = set(
  'first name', 'firstname', 'first', 'given name', 'givenname', 'forename', 'prénom', 'prenom', 'vorname', 'nombre de pila',
  'primer nombre', 'nome próprio', 'primeiro nome', 'voornaam', 'förnamn', 'fornavn', 'etunimi', 'imię', 'imie', '名',
);
const LAST_NAMES = set(
  'last name', 'lastname', 'last', 'surname', 'family name', 'familyname', 'nom de famille', 'nachname', 'familienname',
  'apellido', 'apellidos', 'cognome', 'sobrenome', 'apelido', 'último nome', 'achternaam', 'efternamn', 'etternavn', 'efternavn',
  'sukunimi', 'nazwisko', 'фамилия', '姓', '苗字',
);

// --- cells ---------------------------------------------------------------------------------------

const clean = (v: unknown) => String(v ?? '').replace(/\u00A0/g, ' ').trim();
/**
 * An email-column cell: a bare address or "Name <address>". Stricter than parseNameAddr, which also
 * finds an address among words; in a column, "pat smith@example.net" is a typo, not smith@.
 */
function emailCell(v: string): { email: string; name: string | null } | null {
  const bare = normalizeEmail(v);
  if (bare) return { email: bare, name: null };
  return /<[^<>]*@[^<>]*>\s*$/.test(v) ? parseNameAddr(v) : null;
}
const isEmailCell = (v: string) => v.includes('@') && emailCell(v) !== null;

/** Index of the column whose non-empty values are mostly addresses, or -1. */
function emailColumnByContent(records: string[][], width: number): number {
  let best = -1;
  let bestShare = 0.5;
  for (let c = 0; c < width; c++) {
    const values = records.map((r) => r[c] ?? '').filter(Boolean);
    if (!values.length) continue;
    const share = values.filter(isEmailCell).length / values.length;
    if (share > bestShare) [best, bestShare] = [c, share];
  }
  return best;
}

/** Without a header: the first column whose values mostly look like names (letters, no @, not numbers). */
function nameColumnByContent(records: string[][], width: number, skip: number): number {
  for (let c = 0; c < width; c++) {
    if (c === skip) continue;
    const values = records.map((r) => r[c] ?? '').filter(Boolean);
    if (!values.length) continue;
    const namey = values.filter((v) => !v.includes('@') && /^\p{L}[\p{L}\p{M}'’. -]{0,80}$/u.test(v) && /\s/.test(v)).length;
    if (namey / values.length > 0.6) return c;
  }
  return -1;
}

// --- sheets --------------------------------------------------------------------------------------

export function parseSheet(input: Buffer | string, opts: SheetOptions = {}): SheetResult {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  let text = decodeSheet(input);
  let rowOffset = 0;
  // Excel writes "sep=;" as the first line when asked to keep the delimiter explicit.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  let delimiter: string;
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
    rowOffset = 1;
  } else delimiter = sniffDelimiter(text);

  // Read a bounded number of records so a huge attachment is refused without being parsed whole.
  const limit = maxRows * 2 + 10;
  const records: string[][] = (
    parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true, // Excel drops trailing empty cells on some rows
      relax_quotes: true, // a stray quote inside an unquoted cell ("6" tall") is text, not an error
      skip_empty_lines: false, // keep blank lines so row numbers match the spreadsheet
      to: limit,
    }) as unknown[][]
  ).map((r) => r.map(clean));
  return parseRecords(records, { ...opts, rowOffset, truncated: records.length >= limit });
}

export interface RecordsOptions extends SheetOptions {
  /** Rows before the first record (a "sep=" line), so row numbers stay the spreadsheet's. */
  rowOffset?: number;
  /** The reader stopped early: there are more records than it read. */
  truncated?: boolean;
}

/**
 * Rows of cells (from a CSV, an XLSX sheet, or a table in a mail body) → people, with the same
 * header and content rules as parseSheet.
 */
export function parseRecords(input: string[][], opts: RecordsOptions = {}): SheetResult {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const rowOffset = opts.rowOffset ?? 0;
  const records = input.map((r) => r.map(clean));
  const isBlank = (r: string[]) => r.every((v) => v === '');
  const first = records.findIndex((r) => !isBlank(r));
  const empty: SheetResult = { rows: [], skipped: [], columns: { email: null, name: [], attributes: [] } };
  if (first < 0) return { ...empty, error: 'no-email-column' };

  const width = Math.max(...records.map((r) => r.length));
  const headerCells = records[first]!;
  // A header row is a first row without any address in it.
  const hasHeader = !headerCells.some(isEmailCell);
  const dataStart = hasHeader ? first + 1 : first;
  const data = records.slice(dataStart);
  const dataCount = data.filter((r) => !isBlank(r)).length;

  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    let label = (hasHeader ? headerCells[c] : '') || `column ${c + 1}`;
    for (let n = 2; labels.includes(label); n++) label = `${(hasHeader && headerCells[c]) || `column ${c + 1}`} (${n})`;
    labels.push(label);
  }

  // Email column: an exact header alias, then a header mentioning email; among several, the one
  // holding the most addresses ("Email" vs "Email opt-in"). No header or no match: by content.
  let emailCol = -1;
  if (hasHeader) {
    const candidates = labels
      .map((_, c) => ({ c, exact: EMAIL_NAMES.has(key(headerCells[c] ?? '')), hint: EMAIL_HINT.test(headerCells[c] ?? '') }))
      .filter((x) => x.exact || x.hint)
      .map((x) => ({ ...x, hits: data.filter((r) => isEmailCell(r[x.c] ?? '')).length }))
      .sort((a, b) => b.hits - a.hits || Number(b.exact) - Number(a.exact) || a.c - b.c);
    emailCol = candidates[0]?.c ?? -1;
  }
  if (emailCol < 0) emailCol = emailColumnByContent(data, width);

  // Name columns by header: a full-name column, else first + last joined.
  let nameCols: number[] = [];
  if (hasHeader) {
    const k = headerCells.map((h) => key(h ?? ''));
    const find = (names: Set<string>, not?: Set<string>) => k.findIndex((h, c) => c !== emailCol && names.has(h) && !not?.has(h));
    const firstCol = find(FIRST_NAMES, NAME_NAMES);
    const lastCol = find(LAST_NAMES);
    const fullCol = find(NAME_NAMES);
    // "Nom" beside "Prénom" is the surname; "Name"/"Nombre"/"Имя" beside a surname is the given name.
    const ambiguous = fullCol >= 0 && AMBIGUOUS_NAMES.has(k[fullCol]!);
    if (firstCol >= 0 && lastCol >= 0) nameCols = [firstCol, lastCol];
    else if (firstCol >= 0) nameCols = ambiguous ? [firstCol, fullCol] : [firstCol];
    else if (lastCol >= 0) nameCols = ambiguous ? [fullCol, lastCol] : fullCol >= 0 ? [fullCol] : [lastCol];
    else if (fullCol >= 0) nameCols = [fullCol];
  } else if (emailCol >= 0) {
    const c = nameColumnByContent(data, width, emailCol);
    if (c >= 0) nameCols = [c];
  }

  const attrCols = labels.map((_, c) => c).filter((c) => c !== emailCol && !nameCols.includes(c));
  const columns = {
    email: emailCol >= 0 ? labels[emailCol]! : null,
    name: nameCols.map((c) => labels[c]!),
    attributes: attrCols.filter((c) => hasHeader || data.some((r) => r[c])).map((c) => labels[c]!),
  };
  if (emailCol < 0) return { ...empty, columns, error: 'no-email-column' };
  if (dataCount > maxRows || opts.truncated) return { ...empty, columns, error: 'too-many-rows' };

  const result: SheetResult = { rows: [], skipped: [], columns };
  const seen = new Set<string>();
  data.forEach((r, i) => {
    const row = dataStart + i + 1 + rowOffset;
    if (isBlank(r)) return; // blank lines are layout, not bad rows
    const cell = r[emailCol] ?? '';
    if (!cell) return void result.skipped.push({ row, reason: 'no email', raw: r.filter(Boolean).join(' | ') });
    const parsed = emailCell(cell);
    if (!parsed) return void result.skipped.push({ row, reason: 'invalid address', raw: cell });
    if (seen.has(parsed.email)) return void result.skipped.push({ row, reason: 'duplicate', raw: parsed.email });
    seen.add(parsed.email);
    const name = nameCols.map((c) => r[c] ?? '').filter(Boolean).join(' ').replace(/\s+/g, ' ') || parsed.name || null;
    const attributes: Record<string, string> = {};
    for (const c of attrCols) if (r[c]) attributes[labels[c]!] = r[c]!;
    result.rows.push({ row, email: parsed.email, name, attributes });
  });
  return result;
}

/**
 * A plain list pasted or attached: one person a line as `Name <email>`, `email, name`, `name, email`
 * or a bare address. A line holding several addresses separated by commas or semicolons
 * ("a@x.org, b@y.org") gives one person each, with the same row number.
 */
export function parsePlainList(text: string, opts: SheetOptions = {}): SheetResult {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const lines = decodeSheet(text).split(/\r\n|\r|\n/);
  const result: SheetResult = { rows: [], skipped: [], columns: { email: 'email', name: ['name'], attributes: [] } };
  if (lines.filter((l) => l.trim()).length > maxRows) return { ...result, error: 'too-many-rows' };
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const row = i + 1;
    const pieces = line.split(/\s*[,;]\s*/).filter(Boolean);
    const people =
      pieces.length > 1 && pieces.every((p) => parseNameAddr(p) && (p.includes('<') || normalizeEmail(p)))
        ? pieces.map((p) => parseNameAddr(p)!)
        : [parseNameAddr(line)];
    for (const p of people) {
      if (!p) {
        result.skipped.push({ row, reason: line.includes('@') ? 'invalid address' : 'no email', raw: line });
        continue;
      }
      if (seen.has(p.email)) {
        result.skipped.push({ row, reason: 'duplicate', raw: p.email });
        continue;
      }
      seen.add(p.email);
      result.rows.push({ row, email: p.email, name: p.name, attributes: {} });
    }
  });
  if (!result.rows.length && !result.skipped.some((s) => s.reason !== 'no email')) result.error = 'no-email-column';
  return result;
}
