// SMTP intake on loopback: nodemailer and Debian's swaks as real clients; recipients, size during DATA, STARTTLS, duplicates, Redis away.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../db/schema.ts';
import { jobIds } from '../src/queues.ts';
import { startSmtp, type SmtpIntake } from '../src/smtp/server.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { uniqueId } from './helpers/mail.ts';

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
// swaks runs its STARTTLS half only with Perl's Net::SSLeay (Debian: libnet-ssleay-perl, which .ci/run installs).
const swaksWithTls = () => has('swaks') && has('perl') && (() => {
  try {
    execFileSync('perl', ['-MNet::SSLeay', '-e1'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let certDir: string;
let h: Harness;
let smtp: SmtpIntake;
beforeAll(async () => {
  // A throwaway self-signed certificate, so STARTTLS is offered.
  certDir = mkdtempSync(join(tmpdir(), 'ft-smtp-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=in.followthrough.test', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  h = await createHarness({ env: { MAX_INBOUND_BYTES: '200000', SMTP_TLS_KEY: join(certDir, 'key.pem'), SMTP_TLS_CERT: join(certDir, 'cert.pem') } });
  smtp = await startSmtp(h.deps, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await smtp.close();
  await h.close();
  rmSync(certDir, { recursive: true, force: true });
});

const client = (extra: Record<string, unknown> = {}) => nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, tls: { rejectUnauthorized: false }, ...extra });
const rows = () => h.deps.db.select().from(inboundMessages).all();
const byMessageId = (id: string) => rows().find((r) => r.messageId === id.replace(/[<>]/g, ''));

describe('SMTP intake', () => {
  it('accepts mail for INBOUND_DOMAIN over STARTTLS, stores it with a Received line, and queues it', async () => {
    const messageId = uniqueId('smtp');
    const info = await client({ requireTLS: true }).sendMail({ from: 'Ana <ana@example.org>', to: 'reply+abc@in.followthrough.test', subject: 'Re: hello', text: 'I will host a coffee klatch in March.', messageId });
    expect(info.response).toMatch(/^250 .*Queued as \d+/);
    const row = byMessageId(messageId)!;
    expect(row.source).toBe('smtp');
    const raw = row.raw.toString();
    expect(raw).toMatch(/^Received: from .* \[127\.0\.0\.1\]\)\r\n\tby in\.followthrough\.test with ESMTPS id \w+ for <reply\+abc@in\.followthrough\.test>;/);
    expect(raw).toContain('I will host a coffee klatch in March.');
    expect(await h.deps.queues!.inbound.getJob(jobIds.inbound(row.id))).toBeTruthy();
  });

  it('puts its own Authentication-Results on top, so a forged dmarc=pass never makes a stranger an organizer', async () => {
    const messageId = uniqueId('forged');
    await client().sendMail({
      from: 'Organizer <boss@example.org>',
      to: 'intake@in.followthrough.test',
      subject: 'Fwd: sign-ups',
      text: 'Ana <ana@example.org>',
      messageId,
      headers: { 'Authentication-Results': 'mx.example.org; dmarc=pass header.from=example.org; dkim=pass header.d=example.org' },
    });
    const row = byMessageId(messageId)!;
    const { parseRaw } = await import('../src/inbound/parse.ts');
    const { checkSenderAuth } = await import('../src/intake/auth.ts');
    const parsed = await parseRaw(row.raw);
    expect(parsed.headerLines.find((l) => l.key === 'authentication-results')!.line).toMatch(/in\.followthrough\.test; none/);
    expect(checkSenderAuth(parsed).ok).toBe(false);
  });

  it('refuses recipients at other domains with 550 and stores nothing', async () => {
    const before = rows().length;
    const err = await client()
      .sendMail({ from: 'ana@example.org', to: 'someone@example.net', subject: 'relay?', text: 'x', messageId: uniqueId('relay') })
      .catch((e: { responseCode?: number }) => e);
    expect((err as { responseCode?: number }).responseCode).toBe(550);
    expect(rows().length).toBe(before);
  });

  it('answers 552 for a message over the limit during DATA, and 554 for bytes that are not mail', async () => {
    const before = rows().length;
    const big = await client()
      .sendMail({ from: 'ana@example.org', to: 'reply@in.followthrough.test', subject: 'big', text: 'x'.repeat(300_000), messageId: uniqueId('big') })
      .catch((e: { responseCode?: number }) => e);
    expect((big as { responseCode?: number }).responseCode).toBe(552);
    const junk = await client()
      .sendMail({ envelope: { from: 'ana@example.org', to: ['reply@in.followthrough.test'] }, raw: 'no headers here at all\r\njust words\r\n' })
      .catch((e: { responseCode?: number }) => e);
    expect((junk as { responseCode?: number }).responseCode).toBe(554);
    expect(rows().length).toBe(before);
  });

  it('stores a message delivered twice once', async () => {
    const messageId = uniqueId('smtp-dup');
    const mail = { from: 'ana@example.org', to: 'reply@in.followthrough.test', subject: 'twice', text: 'hi', messageId };
    await client().sendMail(mail);
    const second = await client().sendMail(mail);
    expect(second.response).toMatch(/Already have it/);
    expect(rows().filter((r) => r.messageId === messageId.replace(/[<>]/g, ''))).toHaveLength(1);
  });

  it.skipIf(!swaksWithTls())('takes mail from swaks, with and without STARTTLS', async () => {
    for (const tls of [false, true]) {
      const messageId = uniqueId(tls ? 'swaks-tls' : 'swaks');
      const args = ['--server', `127.0.0.1:${smtp.port}`, '--from', 'bob@example.org', '--to', 'reply@in.followthrough.test', '--header', `Message-Id: ${messageId}`, '--header', 'Subject: Re: hello', '--body', "I'll run a kitchen table sprint."];
      const { stdout } = await promisify(execFile)('swaks', tls ? [...args, '--tls'] : args);
      expect(stdout).toMatch(/<[-~] +250 2\.0\.0 Queued as \d+/);
      const row = byMessageId(messageId)!;
      expect(row.raw.toString()).toContain(tls ? 'with ESMTPS' : 'with ESMTP id');
      expect(row.raw.toString()).toContain('kitchen table sprint');
    }
    // swaks reports the refusal and exits non-zero.
    const refused = await promisify(execFile)('swaks', ['--server', `127.0.0.1:${smtp.port}`, '--to', 'x@example.net', '--from', 'bob@example.org']).catch((e: { stdout: string }) => e);
    expect((refused as { stdout: string }).stdout).toMatch(/<\*\* 550 5\.1\.1/);
  });

  it('without a certificate, offers no STARTTLS', async () => {
    const plain = await createHarness({ redisUrl: null });
    const s = await startSmtp(plain.deps, { port: 0, host: '127.0.0.1' });
    try {
      const err = await nodemailer
        .createTransport({ host: '127.0.0.1', port: s.port, secure: false, requireTLS: true })
        .sendMail({ from: 'ana@example.org', to: 'reply@followthrough.localhost', text: 'x' })
        .catch((e: Error) => e);
      expect(String(err)).toMatch(/STARTTLS/);
    } finally {
      await s.close();
      await plain.close();
    }
  });

  it('still accepts and stores mail while Redis is away (250; the reconciler queues it later)', async () => {
    const down = await createHarness({ redisUrl: 'redis://127.0.0.1:1' });
    const s = await startSmtp(down.deps, { port: 0, host: '127.0.0.1' });
    try {
      const messageId = uniqueId('smtp-down');
      const info = await nodemailer
        .createTransport({ host: '127.0.0.1', port: s.port, secure: false, ignoreTLS: true })
        .sendMail({ from: 'ana@example.org', to: 'reply@in.followthrough.test', subject: 'x', text: 'hi', messageId });
      expect(info.response).toMatch(/^250 /);
      expect(down.deps.db.select().from(inboundMessages).all()).toHaveLength(1);
    } finally {
      await s.close();
      await down.close();
    }
  });
});
