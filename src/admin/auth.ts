// Admin sign-in: scrypt password checks, HMAC-signed session cookies, CSRF tokens bound to the session, a small failed-login limiter.
import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Env } from '../env.ts';

/** How the admin runs: with a login, open (development on a loopback address only), or off. */
export type AdminAccess = { mode: 'login' } | { mode: 'open' } | { mode: 'off'; reason: string };

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);
export const isLoopback = (host: string) => loopbackHosts.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * Without a configured password the admin refuses to start; the one exception is development on a
 * loopback address, where only this machine can reach it anyway. The rest of the service (webhooks,
 * unsubscribe) runs either way: a missing admin password must not stop mail from being received.
 */
export function adminAccess(env: Pick<Env, 'ADMIN_PASSWORD' | 'ADMIN_USERS' | 'NODE_ENV' | 'HOST'>): AdminAccess {
  if (env.ADMIN_PASSWORD || env.ADMIN_USERS.length) return { mode: 'login' };
  if (env.NODE_ENV === 'development' && isLoopback(env.HOST)) return { mode: 'open' };
  return { mode: 'off', reason: 'the admin view is off: set ADMIN_PASSWORD or ADMIN_USERS (it runs without one only in development on a loopback HOST)' };
}

// scrypt cost: N=2^14, r=8, p=1 (about 16 MiB and a few tens of ms), the node:crypto default.
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEYLEN = 32;

/** "scrypt.<salt>.<hash>" (base64url), the form ADMIN_USERS takes after the user name and a colon. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password.normalize('NFC'), salt, KEYLEN, SCRYPT);
  return `scrypt.${salt.toString('base64url')}.${hash.toString('base64url')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [kind, salt, hash] = stored.split('.');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const got = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, SCRYPT);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

export interface Credentials {
  /** user name → stored hash; the shared ADMIN_PASSWORD is the user "admin". */
  users: Map<string, string>;
}

/** Hashes ADMIN_PASSWORD once at start, so every check costs the same scrypt and no plain comparison exists. */
export function credentials(env: Pick<Env, 'ADMIN_PASSWORD' | 'ADMIN_USERS'>): Credentials {
  const users = new Map<string, string>();
  for (const entry of env.ADMIN_USERS) {
    const i = entry.indexOf(':');
    users.set(entry.slice(0, i).toLowerCase(), entry.slice(i + 1));
  }
  if (env.ADMIN_PASSWORD && !users.has('admin')) users.set('admin', hashPassword(env.ADMIN_PASSWORD));
  return { users };
}

// A hash to check against when the user name is unknown, so a wrong name costs the same time as a wrong password.
let decoy: string | undefined;

/** Returns the user name when the password is right. With only ADMIN_PASSWORD, any (or no) user name is "admin". */
export function checkLogin(creds: Credentials, user: string, password: string): string | null {
  let name = user.trim().toLowerCase();
  if (!name || (!creds.users.has(name) && creds.users.size === 1 && creds.users.has('admin'))) name = 'admin';
  const stored = creds.users.get(name);
  if (!stored) {
    verifyPassword(password, (decoy ??= hashPassword('decoy')));
    return null;
  }
  return verifyPassword(password, stored) ? name : null;
}

export const sessionKey = (env: Pick<Env, 'SESSION_SECRET' | 'TOKEN_SECRET'>) =>
  env.SESSION_SECRET ?? createHmac('sha256', env.TOKEN_SECRET).update('followthrough admin session').digest('base64url');

const mac = (key: string, data: string) => createHmac('sha256', key).update(data).digest('base64url');
const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface Session {
  user: string;
  expires: number;
  /** Random per sign-in: the CSRF token is derived from it, so each session has its own. */
  nonce: string;
}

/** `<user>|<expires>|<nonce>|<mac>`, the user URI-encoded so it can hold no bar. */
export function signSession(key: string, s: Session): string {
  const body = `${encodeURIComponent(s.user)}|${s.expires}|${s.nonce}`;
  return `${body}|${mac(key, 'session|' + body)}`;
}

export function readSession(key: string, value: string | undefined, now: Date): Session | null {
  if (!value) return null;
  const parts = value.split('|');
  if (parts.length !== 4) return null;
  const [user, expires, nonce, sig] = parts as [string, string, string, string];
  if (!same(sig, mac(key, `session|${user}|${expires}|${nonce}`))) return null;
  const exp = Number(expires);
  if (!Number.isFinite(exp) || exp <= now.getTime()) return null;
  return { user: decodeURIComponent(user), expires: exp, nonce };
}

export const newNonce = () => randomBytes(16).toString('base64url');

export const csrfToken = (key: string, nonce: string) => mac(key, 'csrf|' + nonce);
export const csrfValid = (key: string, nonce: string, token: unknown) => typeof token === 'string' && same(token, csrfToken(key, nonce));

/**
 * Failed sign-ins per client: after `max` failures within `windowMs` the client waits out the
 * window. In memory, per process: enough to make guessing slow, without a table for it.
 */
export function createLoginLimiter(max = 5, windowMs = 10 * 60_000) {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    blockedFor(key: string, now: number): number {
      const r = recent(key, now);
      return r.length >= max ? windowMs - (now - r[0]!) : 0;
    },
    fail(key: string, now: number) {
      const r = recent(key, now);
      r.push(now);
      failures.set(key, r);
      // Forget the oldest clients when someone sprays from many addresses.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
    },
    succeed(key: string) {
      failures.delete(key);
    },
  };
}
