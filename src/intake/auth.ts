// Is an intake message really from the organizer it claims? Reads the receiving provider's Authentication-Results (RFC 8601).
import type { ParsedMessage } from '../inbound/parse.ts';

export interface AuthResult {
  method: string; // dkim, spf, dmarc, arc, …
  result: string; // pass, fail, none, …
  props: Record<string, string>; // header.d, header.i, header.from, smtp.mailfrom, …
}

export interface AuthVerdict {
  ok: boolean;
  /** Which check passed, or why none did: shown in the review queue. */
  reason: string;
}

/** Removes RFC 5322 comments "(…)", nested ones too, outside quoted strings. */
function stripComments(s: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** One Authentication-Results header value → its authserv-id and results. */
export function parseAuthResults(value: string): { authservId: string; results: AuthResult[] } {
  const parts = stripComments(value).split(';').map((p) => p.trim());
  const authservId = (parts.shift() ?? '').split(/\s+/)[0]!.toLowerCase();
  const results: AuthResult[] = [];
  for (const part of parts) {
    const m = /^([a-z0-9_-]+)\s*=\s*([a-z0-9_-]+)(.*)$/is.exec(part);
    if (!m) continue; // "none" (no checks were made) or junk
    const props: Record<string, string> = {};
    for (const p of m[3]!.matchAll(/([a-z0-9_-]+\.[a-z0-9_.-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;]+)/gi)) {
      props[p[1]!.toLowerCase()] = p[2]!.replace(/^"|"$/g, '').toLowerCase();
    }
    results.push({ method: m[1]!.toLowerCase(), result: m[2]!.toLowerCase(), props });
  }
  return { authservId, results };
}

const domainOf = (s: string | undefined) => (s ? s.slice(s.lastIndexOf('@') + 1).replace(/\.$/, '').toLowerCase() : '');

/**
 * DMARC's relaxed alignment without a public-suffix list: the same domain, or one a subdomain of
 * the other (mail.example.org ~ example.org). Two labels at least on the shorter side, so "org"
 * never aligns with anything.
 */
export function aligned(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes('.') && long.endsWith('.' + short);
}

/**
 * Accepts the message when the topmost Authentication-Results header (the one our receiving
 * provider prepended; anything below it came with the message and could be written by anyone)
 * says dmarc=pass for the From domain, dkim=pass with a signing domain aligned with it, or
 * spf=pass for an envelope sender aligned with it.
 */
export function checkSenderAuth(m: Pick<ParsedMessage, 'from' | 'headerLines' | 'headers'>): AuthVerdict {
  const fromDomain = domainOf(m.from?.address);
  if (!fromDomain) return { ok: false, reason: 'no From address' };
  const line = m.headerLines.find((h) => h.key === 'authentication-results');
  if (!line) return { ok: false, reason: 'no Authentication-Results header' };
  const { results } = parseAuthResults(line.line.slice(line.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' '));
  const pass = results.filter((r) => r.result === 'pass');

  const dmarc = pass.find((r) => r.method === 'dmarc' && (!r.props['header.from'] || domainOf(r.props['header.from']) === fromDomain));
  if (dmarc) return { ok: true, reason: `dmarc=pass for ${fromDomain}` };
  const dkim = pass.find((r) => r.method === 'dkim' && aligned(r.props['header.d'] ?? domainOf(r.props['header.i']), fromDomain));
  if (dkim) return { ok: true, reason: `dkim=pass, d=${dkim.props['header.d'] ?? domainOf(dkim.props['header.i'])} aligned with ${fromDomain}` };
  const returnPath = (m.headers['return-path'] ?? '').replace(/^.*<|>.*$/g, '').trim();
  const spf = pass.find((r) => r.method === 'spf' && aligned(domainOf(r.props['smtp.mailfrom'] ?? (returnPath || undefined)), fromDomain));
  if (spf) return { ok: true, reason: `spf=pass for envelope sender ${spf.props['smtp.mailfrom'] ?? returnPath}` };

  const seen = results.map((r) => `${r.method}=${r.result}`).join(' ') || 'no results';
  return { ok: false, reason: `authentication did not pass for ${fromDomain} (${seen})` };
}
