// Signed reply tokens: reply+<context>-<ref>-<person>-<sig>@INBOUND_DOMAIN binds a reply to the person and the thing asked.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a reply answers. Short codes keep the local part short and case-insensitive. */
export const tokenContexts = {
  a: 'ask',
  c: 'confirmation',
  l: 'letter',
  r: 'reminder',
  k: 'check-in',
  i: 'invitation',
  n: 'introduction',
  s: 'intake',
  u: 'unsubscribe',
  x: 'notice',
} as const;

export type TokenContext = (typeof tokenContexts)[keyof typeof tokenContexts];
const codeOf = Object.fromEntries(Object.entries(tokenContexts).map(([k, v]) => [v, k])) as Record<TokenContext, string>;

export interface ReplyToken {
  context: TokenContext;
  refId: number;
  personId: number;
}

const SIG_HEX = 20; // 80 bits: forging one needs ~2^80 tries, and every try is a mail we can see

function sign(secret: string, body: string) {
  return createHmac('sha256', secret).update(body).digest('hex').slice(0, SIG_HEX);
}

export function encodeToken(secret: string, t: ReplyToken): string {
  const body = `${codeOf[t.context]}-${t.refId}-${t.personId}`;
  return `${body}-${sign(secret, body)}`;
}

/** Returns the token's contents, or null when it is malformed or its signature does not match. */
export function decodeToken(secret: string, token: string): ReplyToken | null {
  const m = /^([a-z])-(\d{1,15})-(\d{1,15})-([0-9a-f]{20})$/.exec(token.trim().toLowerCase());
  if (!m) return null;
  const [, code, ref, person, sig] = m;
  const context = tokenContexts[code as keyof typeof tokenContexts];
  if (!context) return null;
  const want = Buffer.from(sign(secret, `${code}-${ref}-${person}`));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  return { context, refId: Number(ref), personId: Number(person) };
}

export function replyAddress(secret: string, domain: string, t: ReplyToken): string {
  return `reply+${encodeToken(secret, t)}@${domain}`;
}

/** Finds the first valid token among addresses like reply+TOKEN@domain (domain must be ours). */
export function findToken(secret: string, domain: string, addresses: string[]): ReplyToken | null {
  const dom = domain.toLowerCase();
  for (const a of addresses) {
    const m = /^reply\+([^@]+)@(.+)$/i.exec(a.trim());
    if (!m || m[2].toLowerCase() !== dom) continue;
    const t = decodeToken(secret, m[1]);
    if (t) return t;
  }
  return null;
}
