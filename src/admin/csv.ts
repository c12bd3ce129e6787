// CSV for spreadsheets: RFC 4180 quoting, and cells a spreadsheet would run as a formula made inert.

/**
 * A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before
 * reading a formula) is run as a formula when opened: text from email could call out or run
 * commands. A leading apostrophe makes it plain text, as OWASP recommends.
 */
export function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = neutralize(value instanceof Date ? value.toISOString() : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: unknown[]) => cells.map(csvCell).join(',') + '\r\n';
