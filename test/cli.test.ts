// The command line as a user (or an MTA) runs it: real processes, a real database file, real exit codes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { redisUrl } from './helpers/harness.ts';
import { buildMail } from './helpers/mail.ts';

const dir = mkdtempSync(join(tmpdir(), 'ft-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = {
  ...process.env,
  DATA_DIR: dir,
  REDIS_URL: redisUrl(),
  QUEUE_PREFIX: `c${randomBytes(4).toString('hex')}`,
  INBOUND_DOMAIN: 'in.followthrough.test',
  LOG_LEVEL: 'warn',
};

function cli(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('followthrough CLI', () => {
  it('imports a CSV, skips bad rows with reasons, and queues the ask with --send', () => {
    const csv = join(dir, 'signups.csv');
    writeFileSync(csv, 'Organisation,E-mail,Name\nP2PU,ana@example.org,Ana Souza\n,bad-address,Nobody\nMozilla,ana@example.org,Ana Twice\n,bob@example.org,Bob\n');
    const r = cli(['import', '--event', 'Drumbeat Toronto', '--city', 'Toronto', '--date', '2026-11-21', '--send', csv]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ eventId: 1, imported: 2, asked: 2 });
    expect(summary.skipped).toEqual([
      { row: 3, reason: expect.stringMatching(/invalid/) },
      { row: 4, reason: expect.stringMatching(/duplicate/) },
    ]);

    const list = cli(['outbox', '--json']);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.out) as { to: string; template: string; status: string; sendAt: string; subject: string }[];
    expect(rows.map((x) => [x.to, x.template, x.status])).toEqual([
      ['ana@example.org', 'ask', 'scheduled'],
      ['bob@example.org', 'ask', 'scheduled'],
    ]);
    expect(rows[0].subject).toMatch(/Drumbeat Toronto/);
    expect(Number.isNaN(Date.parse(rows[0].sendAt))).toBe(false);

    const o = cli(['outcomes', '--json', '--event', '1']);
    expect(o.code).toBe(0);
    expect(JSON.parse(o.out)).toEqual([]); // no commitments yet: no outcome rows

    // The same sheet again adds nobody and asks nobody twice.
    const again = JSON.parse(cli(['import', '--event', 'Drumbeat Toronto', '--date', '2026-11-21', '--send', csv]).out);
    expect(again).toMatchObject({ eventId: 1, imported: 0, asked: 0 });
  }, 120_000);

  it('feeds a raw message from a file and from standard input, with sysexits codes', async () => {
    const raw = await buildMail({ from: 'ana@example.org', to: 'x@in.followthrough.test', subject: 'Re', text: 'hello', messageId: '<cli-1@example.org>' });
    const file = join(dir, 'reply.eml');
    writeFileSync(file, raw);
    const first = cli(['inbound', file]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({ id: expect.any(Number) });
    const dup = cli(['inbound', '-'], raw);
    expect(dup.code).toBe(0);
    expect(JSON.parse(dup.out)).toMatchObject({ duplicate: true });
    expect(cli(['inbound', '-'], Buffer.from('not a mail message\n')).code).toBe(65);
    expect(cli(['inbound', join(dir, 'missing.eml')]).code).toBe(66);
  }, 120_000);

  it('several processes opening a new database at once all succeed (as a pipe delivering in parallel does)', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'ft-cli-race-'));
    try {
      const runs = await Promise.all(
        [1, 2, 3, 4].map(
          () =>
            new Promise<number | null>((resolve) => {
              const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'outbox', '--json'], { env: { ...env, DATA_DIR: fresh }, stdio: 'ignore' });
              child.once('exit', (code) => resolve(code));
            }),
        ),
      );
      expect(runs).toEqual([0, 0, 0, 0]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);

  it('rejects bad usage and bad settings with a message naming the problem', () => {
    const r = cli(['import', 'x.csv']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/--event/);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'outbox'], { env: { ...env, PORT: 'eighty' }, encoding: 'utf8' });
    expect(bad.status).toBe(78);
    expect(bad.stderr).toMatch(/PORT/);
  }, 120_000);
});

describe('npm run understand (the contract of ../shared/eval/understand.md)', () => {
  it('answers every line, reads raw messages by absolute or relative path, and keeps going past a bad line', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ft-understand-cli-'));
    try {
      const eml = await buildMail({
        from: 'Ana <ana@example.org>',
        to: 'reply+x@in.followthrough.test',
        subject: 'Out of Office: Re: Thanks for coming',
        headers: { 'Auto-Submitted': 'auto-replied' },
        text: 'I am out of the office until Monday.',
      });
      const reply = await buildMail({ from: 'Bo <bo@example.org>', to: 'reply+y@in.followthrough.test', subject: 'Re: Thanks', text: "I'll host a coffee klatch in March.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Drumbeat wrote:\n> What will you do?\n" });
      writeFileSync(join(work, 'ooo.eml'), eml);
      writeFileSync(join(work, 'reply.eml'), reply);
      const input = join(work, 'cases.jsonl');
      writeFileSync(
        input,
        [
          JSON.stringify({ id: 't1', received: '2026-11-23T15:00:00Z', timezone: 'America/Toronto', context: 'ask', text: 'I can offer a meeting room. I need a designer.' }),
          '{not json',
          JSON.stringify({ id: 'e1', eml: join(work, 'ooo.eml') }),
          JSON.stringify({ id: 'e2', timezone: 'America/Toronto', eml: 'reply.eml' }),
          JSON.stringify({ id: 'gone', eml: join(work, 'missing.eml') }),
          JSON.stringify({ id: 'c1', received: '2026-11-23T15:00:00Z', context: 'check-in', text: 'done!' }),
        ].join('\n') + '\n',
      );
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/understand/cli.ts', input], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(0);
      const out = new Map(r.stdout.trim().split('\n').map((l) => { const o = JSON.parse(l); return [o.id, o]; }));
      expect([...out.keys()]).toEqual(['t1', 'e1', 'e2', 'gone', 'c1']);
      expect(out.get('t1')).toMatchObject({ kind: 'reply', offers: [expect.stringMatching(/meeting room/)], needs: [expect.stringMatching(/designer/)] });
      expect(out.get('e1')).toMatchObject({ kind: 'auto-reply', commitments: [] });
      expect(out.get('e2').kind).toBe('reply');
      expect(out.get('e2').reply).not.toMatch(/wrote:|What will you do/);
      expect(out.get('e2').commitments).toMatchObject([{ format: 'coffee-klatch', due: { end: '2027-03-31' } }]);
      // An unreadable message still gets its line (everything empty), and the error goes to stderr.
      expect(out.get('gone')).toMatchObject({ kind: 'reply', commitments: [], command: null });
      expect(r.stderr).toMatch(/missing\.eml/);
      expect(out.get('c1').command).toBe('done');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
