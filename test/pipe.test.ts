// `npm run --silent cli -- inbound -` as an MTA pipe: the stdin contract and sysexits codes, then Debian's Postfix delivering through a pipe transport on loopback.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues } from '../src/queues.ts';
import { redisUrl, waitFor } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';
import { freePort } from './helpers/private-redis.ts';

const root = process.cwd();
// Each CLI run is a fresh npm → node → tsx process (seconds on a busy machine): these tests get a minute apiece.

/** Runs the command exactly as an MTA's pipe would: npm, stdin, the exit status. */
function pipeCli(input: Buffer, env: Record<string, string>): Promise<{ code: number | null; out: string; err: string; epipe: boolean }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', 'inbound', '-'], { cwd: root, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    let epipe = false;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdin.on('error', () => (epipe = true));
    // Written in pieces, as an MTA streams a message.
    (async () => {
      for (let i = 0; i < input.length; i += 65_536) {
        if (!child.stdin.write(input.subarray(i, i + 65_536))) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })().catch(() => (epipe = true));
    child.on('close', (code) => resolve({ code, out, err, epipe }));
  });
}

const rowsIn = (dbPath: string) => {
  if (!existsSync(dbPath)) return [];
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select id, source, message_id as messageId, raw from inbound_messages').all() as { id: number; source: string; messageId: string; raw: Buffer }[];
  } finally {
    db.close();
  }
};

describe('the pipe contract (stdin, exit codes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-pipe-'));
  const prefix = `p${randomBytes(4).toString('hex')}`;
  const env = { DATA_DIR: dir, REDIS_URL: redisUrl(), QUEUE_PREFIX: prefix, INBOUND_DOMAIN: 'in.followthrough.test', MAX_INBOUND_BYTES: '200000', LOG_LEVEL: 'warn' };
  afterAll(async () => {
    const q = createQueues(redisUrl(), prefix);
    await q.inbound.obliterate({ force: true }).catch(() => {});
    await q.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a message that starts with an mbox "From " line without that line, and exits 0', async () => {
    const messageId = uniqueId('pipe');
    const raw = await buildMail({ from: 'ana@example.org', to: 'reply@in.followthrough.test', subject: 'Re', text: 'hello', messageId });
    const r = await pipeCli(Buffer.concat([Buffer.from('From ana@example.org  Mon Nov 23 15:00:00 2026\n'), raw]), env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const row = rowsIn(join(dir, 'followthrough.db')).find((x) => x.messageId === messageId.slice(1, -1))!;
    expect(Buffer.compare(row.raw, raw)).toBe(0);
  }, 60_000);

  it('exits 65 for an oversized message after reading all of it (no broken pipe for the MTA)', async () => {
    const big = await buildMail({ from: 'ana@example.org', to: 'reply@in.followthrough.test', subject: 'big', text: 'x'.repeat(3_000_000), messageId: uniqueId('pipe-big') });
    const r = await pipeCli(big, env);
    expect(r.code).toBe(65);
    expect(r.epipe).toBe(false);
    expect(r.err).toMatch(/larger than 200000 bytes/);
  }, 60_000);

  it('exits 75 (try again later) on a bad setting, and 0 with the message stored while Redis is away', async () => {
    const raw = await buildMail({ from: 'ana@example.org', to: 'reply@in.followthrough.test', text: 'hi', messageId: uniqueId('pipe-env') });
    const bad = await pipeCli(raw, { ...env, MAX_INBOUND_BYTES: 'lots' });
    expect(bad.code).toBe(75);
    expect(bad.err).toMatch(/MAX_INBOUND_BYTES/);
    const down = await pipeCli(raw, { ...env, REDIS_URL: 'redis://127.0.0.1:1' });
    expect(down.code).toBe(0);
    expect(rowsIn(join(dir, 'followthrough.db')).some((x) => x.messageId.startsWith('pipe-env'))).toBe(true);
  }, 60_000);
});

// Postfix needs root to start (it drops to its own users) and the Debian package; .ci/run installs it.
const postfixReady = process.getuid?.() === 0 && existsSync('/usr/sbin/postfix') && existsSync('/usr/lib/postfix/sbin/master') && spawnSync('id', ['postfix']).status === 0;

describe.skipIf(!postfixReady)("Debian's Postfix delivering through a pipe transport on loopback", () => {
  let T: string;
  let port: number;
  const prefix = `pf${randomBytes(4).toString('hex')}`;
  const postfix = (...args: string[]) => execFileSync('postfix', ['-c', join(T, 'etc'), ...args], { stdio: 'ignore' });
  const maillog = () => (existsSync(join(T, 'maillog')) ? readFileSync(join(T, 'maillog'), 'utf8') : '');
  const db = () => join(T, 'data', 'followthrough.db');

  beforeAll(async () => {
    T = mkdtempSync(join(tmpdir(), 'ft-postfix-'));
    chmodSync(T, 0o755);
    for (const d of ['etc', 'spool', 'lib', 'data', 'home']) mkdirSync(join(T, d));
    // The pipe runs as nobody (Postfix refuses root): it needs to write the database and its HOME.
    chmodSync(join(T, 'data'), 0o777);
    chmodSync(join(T, 'home'), 0o777);
    chownSync(join(T, 'lib'), Number(execFileSync('id', ['-u', 'postfix']).toString().trim()), 0);
    port = await freePort();
    const domains = { in: 'followthrough', mbox: 'followthrough-mbox', small: 'followthrough', broken: 'followthrough', noredis: 'followthrough' };
    writeFileSync(
      join(T, 'etc', 'main.cf'),
      [
        'compatibility_level = 3.6',
        `queue_directory = ${T}/spool`,
        `data_directory = ${T}/lib`,
        'command_directory = /usr/sbin',
        'daemon_directory = /usr/lib/postfix/sbin',
        'shlib_directory = /usr/lib/postfix',
        'meta_directory = /etc/postfix',
        'mail_owner = postfix',
        'setgid_group = postdrop',
        'myhostname = mx.followthrough.test',
        'mydomain = followthrough.test',
        'myorigin = followthrough.test',
        'mydestination =',
        'inet_interfaces = 127.0.0.1',
        'inet_protocols = ipv4',
        'mynetworks = 127.0.0.0/8',
        `relay_domains = ${Object.keys(domains).map((d) => `${d}.followthrough.test`).join(', ')}`,
        `transport_maps = inline:{ ${Object.entries(domains).map(([d, t]) => `${d}.followthrough.test=${t}:`).join(', ')} }`,
        'smtpd_recipient_restrictions = permit_mynetworks, reject',
        'local_recipient_maps =',
        'alias_maps =',
        'alias_database =',
        'disable_dns_lookups = yes',
        // No syslog in a container: Postfix's own log file.
        `maillog_file = ${T}/maillog`,
        'maillog_file_prefixes = /tmp, /var',
        'followthrough_destination_recipient_limit = 1',
        'followthrough-mbox_destination_recipient_limit = 1',
      ].join('\n') + '\n',
    );
    const services = ['cleanup unix n - n - 0 cleanup', 'qmgr unix n - n 300 1 qmgr', 'rewrite unix - - n - - trivial-rewrite', 'bounce unix - - n - 0 bounce', 'defer unix - - n - 0 bounce', 'trace unix - - n - 0 bounce', 'verify unix - - n - 1 verify', 'proxymap unix - - n - - proxymap', 'smtp unix - - n - - smtp', 'relay unix - - n - - smtp', 'error unix - - n - - error', 'retry unix - - n - - error', 'discard unix - - n - - discard', 'anvil unix - - n - 1 anvil', 'scache unix - - n - 1 scache', 'postlog unix-dgram n - n - 1 postlogd'];
    writeFileSync(
      join(T, 'etc', 'master.cf'),
      [
        `127.0.0.1:${port} inet n - n - - smtpd`,
        ...services,
        // The transport the README documents: R adds Return-Path; the mbox variant also adds the "From " line (F).
        'followthrough unix - n n - - pipe',
        `  flags=Rq user=nobody argv=${T}/pipe.sh \${domain}`,
        'followthrough-mbox unix - n n - - pipe',
        `  flags=FRq user=nobody argv=${T}/pipe.sh \${domain}`,
      ].join('\n') + '\n',
    );
    // Postfix gives a pipe almost no environment: the wrapper sets what the service needs. It passes the exit status through untouched, so Postfix reads the CLI's own code.
    writeFileSync(
      join(T, 'pipe.sh'),
      `#!/bin/sh
export PATH=/usr/local/bin:/usr/bin:/bin HOME=${T}/home DATA_DIR=${T}/data REDIS_URL=${redisUrl()} QUEUE_PREFIX=${prefix} INBOUND_DOMAIN=in.followthrough.test LOG_LEVEL=warn
case "$1" in
  small.*) export MAX_INBOUND_BYTES=2000 ;;
  broken.*) export MAX_INBOUND_BYTES=lots ;;
  noredis.*) export REDIS_URL=redis://127.0.0.1:1 ;;
esac
cd ${root} || exit 75
exec npm run --silent cli -- inbound -
`,
    );
    chmodSync(join(T, 'pipe.sh'), 0o755);
    postfix('start');
    await waitFor(() => /daemon started/.test(maillog()), 15_000, 'Postfix started');
  }, 30_000);

  afterAll(async () => {
    if (!T) return;
    try {
      postfix('stop');
    } catch {
      /* already down */
    }
    const q = createQueues(redisUrl(), prefix);
    await q.inbound.obliterate({ force: true }).catch(() => {});
    await q.close();
    rmSync(T, { recursive: true, force: true });
  });

  const send = async (to: string, messageId: string, text = 'I will host a coffee klatch in March.') =>
    (await nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({ from: 'ana@example.org', to, subject: 'Re: hello', text, messageId })).response;

  const statusOf = (domain: string) => new RegExp(`to=<[^>]+@${domain.replace(/\./g, '\\.')}>.*status=(\\w+)`).exec(maillog())?.[1];

  it('delivers, defers and bounces as the CLI exit codes say', async () => {
    const ids = { in: uniqueId('pf'), mbox: uniqueId('pf-mbox'), small: uniqueId('pf-small'), broken: uniqueId('pf-broken'), noredis: uniqueId('pf-noredis') };
    for (const [d, id] of Object.entries(ids)) expect(await send(`reply@${d}.followthrough.test`, id, d === 'small' ? 'y'.repeat(5_000) : undefined)).toMatch(/^250 /);
    await waitFor(() => Object.keys(ids).every((d) => statusOf(`${d}.followthrough.test`)), 60_000, 'every delivery attempted');

    expect(statusOf('in.followthrough.test')).toBe('sent');
    expect(statusOf('mbox.followthrough.test')).toBe('sent');
    expect(statusOf('noredis.followthrough.test')).toBe('sent'); // stored; the service queues it when Redis is back
    expect(statusOf('small.followthrough.test')).toBe('bounced'); // 65: data error
    expect(statusOf('broken.followthrough.test')).toBe('deferred'); // 75: kept in Postfix's queue

    const rows = rowsIn(db());
    const row = (id: string) => rows.find((r) => r.messageId === id.slice(1, -1));
    expect(row(ids.in)?.raw.toString()).toMatch(/^Return-Path: <ana@example\.org>\n/);
    // The F flag's "From " line is gone; what Postfix added after it stays.
    expect(row(ids.mbox)?.raw.toString()).toMatch(/^Return-Path: <ana@example\.org>\n/);
    expect(row(ids.noredis)).toBeTruthy();
    expect(row(ids.small)).toBeUndefined();
    expect(row(ids.broken)).toBeUndefined();
  }, 90_000);
});
