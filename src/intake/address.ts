// Email address normalization and "Name <email>" parsing for organizer sheets, lists and dedupe keys.
import { domainToASCII } from 'node:url';

// Characters that copy-paste from web pages and spreadsheets leaves around addresses.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

// Dot-atom local part (RFC 5322) plus letters and digits of any script (RFC 6531 SMTPUTF8). Quoted
// local parts ("john doe"@x) are valid but nobody puts them on a sign-up sheet; they are refused.
const LOCAL = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// After domainToASCII every label is LDH; at least two labels, and a TLD that is letters or an IDN.
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Canonical form of an address, or null when it is not a deliverable-looking address.
 * Lower-cased (local parts are case-sensitive in theory, never in practice, and one person must
 * not become two), NFC, with the domain in ASCII (punycode) so "bücher.example" and
 * "xn--bcher-kva.example" are the same key and SMTP can use it as is.
 */
export function normalizeEmail(s: string): string | null {
  let v = s.normalize('NFC').replace(INVISIBLE, '').trim();
  v = v.replace(/^mailto:/i, '').trim();
  // Unwrap <…>, "…", '…' and (…) in any nesting a spreadsheet produced, e.g. "<ada@example.org>".
  for (let prev = ''; prev !== v; ) {
    prev = v;
    v = v.replace(/^<(.*)>$/s, '$1').replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1').trim();
    v = v.replace(/^mailto:/i, '').trim();
  }
  v = v.replace(/\?.*$/, ''); // mailto:ada@example.org?subject=…
  v = v.toLowerCase();
  if (v.length > 254 || /\s/.test(v)) return null;
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1) return null;
  const local = v.slice(0, at);
  let domain = v.slice(at + 1).replace(/\.$/, ''); // a trailing root dot is legal and meaningless
  if (local.length > 64 || !LOCAL.test(local)) return null;
  // "=…" is legal in a local part but in a sheet it is a formula, never a person's address; refusing
  // it also keeps formula text out of every later export.
  if (local.startsWith('=')) return null;
  // domainToASCII returns '' for anything that cannot be a host name; it also applies UTS #46
  // mapping (full-width dots, case folding), which is what browsers and MTAs do.
  domain = domainToASCII(domain);
  if (!domain || domain.length > 253) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels.at(-1)!)) return null;
  return `${local}@${domain}`;
}

export interface NameAddr {
  email: string;
  name: string | null;
}

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1').replace(/\\(.)/g, '$1').trim();
const cleanName = (s: string): string | null => {
  const n = unquote(s).replace(/\s+/g, ' ').replace(/^[,;:\s-]+|[,;:\s-]+$/g, '');
  return n ? n : null;
};

/**
 * One person from a line such as `Ada Lovelace <ada@example.org>`, `"Lovelace, Ada" <ada@…>`,
 * `ada@example.org, Ada Lovelace`, `Ada Lovelace, ada@example.org`, `ada@example.org (Ada)`,
 * `Ada Lovelace ada@example.org` or a bare address. Null when no valid address is in it.
 */
export function parseNameAddr(s: string): NameAddr | null {
  const line = s.normalize('NFC').replace(INVISIBLE, '').trim();
  if (!line) return null;

  // Name <addr>: the address is whatever is inside the last pair of angle brackets.
  const angle = /^(.*)<([^<>]*)>\s*[,;]?\s*$/s.exec(line);
  if (angle) {
    const email = normalizeEmail(angle[2]!);
    return email ? { email, name: cleanName(angle[1]!) } : null;
  }
  // addr (Name): the RFC 822 comment form some old exports still use.
  const comment = /^(\S+@\S+)\s*\(([^()]*)\)\s*$/.exec(line);
  if (comment) {
    const email = normalizeEmail(comment[1]!);
    if (email) return { email, name: cleanName(comment[2]!) };
  }
  // "email, name" / "name; email" / tab-separated: the piece that is an address, the rest is the name.
  const pieces = line.split(/\s*[,;\t|]\s*/).filter((p) => p !== '');
  if (pieces.length > 1) {
    const i = pieces.findIndex((p) => normalizeEmail(p));
    if (i >= 0) {
      // The rest is kept as written ("Lovelace, Ada" stays so): guessing name order is worse.
      return { email: normalizeEmail(pieces[i]!)!, name: cleanName(pieces.filter((_, j) => j !== i).join(', ')) };
    }
  }
  // "Ada Lovelace ada@example.org": any whitespace-separated token that is an address.
  const tokens = line.split(/\s+/);
  const t = tokens.findIndex((p) => normalizeEmail(p));
  if (t >= 0) return { email: normalizeEmail(tokens[t]!)!, name: cleanName(tokens.filter((_, j) => j !== t).join(' ')) };
  return null;
}

/** True when the text has an @ between non-space characters: used to tell "invalid address" from "no email". */
export const looksLikeAddress = (s: string): boolean => /\S@\S/.test(s);
