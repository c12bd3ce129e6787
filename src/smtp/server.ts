// Optional SMTP intake (SMTP_PORT): a small receiving server for INBOUND_DOMAIN that hands each message to the raw-mail pipeline.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Deps } from '../deps.ts';
import { intakeAddress } from '../env.ts';
import { AppError } from '../errors.ts';
import { acceptRaw } from '../inbound/routes.ts';

export interface SmtpIntake {
  server: SMTPServer;
  port: number;
  close(): Promise<void>;
}

/** An error smtp-server sends as the reply: 4xx asks the client to retry later, 5xx bounces. */
function smtpError(code: number, message: string) {
  return Object.assign(new Error(message), { responseCode: code });
}

/** A PEM given inline, or the path of a PEM file. */
const pem = (value: string) => (value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8'));

/** Whether mail to this address is ours: any mailbox at INBOUND_DOMAIN, or the intake address. */
export function acceptsRecipient(deps: Pick<Deps, 'env'>, address: string): boolean {
  const a = address.trim().toLowerCase();
  const domain = deps.env.INBOUND_DOMAIN.toLowerCase();
  return a.endsWith(`@${domain}`) || a === intakeAddress(deps.env);
}

export async function startSmtp(deps: Deps, opts: { port: number; host: string }): Promise<SmtpIntake> {
  const { env, log } = deps;
  const max = env.MAX_INBOUND_BYTES;
  const tls = env.SMTP_TLS_KEY && env.SMTP_TLS_CERT ? { key: pem(env.SMTP_TLS_KEY), cert: pem(env.SMTP_TLS_CERT) } : null;
  const hostname = env.INBOUND_DOMAIN;

  const server = new SMTPServer({
    name: hostname,
    banner: 'Followthrough inbound',
    size: max,
    logger: false,
    // Shutdown waits this long for clients mid-transaction before cutting them off (they will retry).
    closeTimeout: 5_000,
    // An MX takes mail from anyone for its own domain: no AUTH; STARTTLS only with a certificate.
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    hideSTARTTLS: !tls,
    ...(tls ?? {}),
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      if (acceptsRecipient(deps, address.address)) return callback();
      callback(smtpError(550, `5.1.1 <${address.address}>: mail for this address is not accepted here`));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      let total = 0;
      let over = false;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        // Past the limit we keep reading (the client must finish DATA to hear our answer) but hold nothing.
        if (total > max) over = true;
        if (!over) chunks.push(chunk);
      });
      stream.on('error', (err) => callback(smtpError(451, `4.3.0 ${err.message}`)));
      stream.on('end', async () => {
        if (over || stream.sizeExceeded) return callback(smtpError(552, `5.3.4 message larger than ${max} bytes`));
        const id = randomBytes(6).toString('hex');
        const rcpt = session.envelope.rcptTo.length === 1 ? ` for <${session.envelope.rcptTo[0].address}>` : '';
        const received =
          `Received: from ${session.clientHostname || session.hostNameAppearsAs || 'unknown'} (${session.hostNameAppearsAs || 'unknown'} [${session.remoteAddress}])\r\n` +
          `\tby ${hostname} with ${session.secure ? 'ESMTPS' : 'ESMTP'} id ${id}${rcpt};\r\n\t${deps.clock.now().toUTCString().replace('GMT', '+0000')}\r\n` +
          // We check neither SPF, DKIM nor DMARC here. Saying so on top means an Authentication-Results
          // header the sender wrote below can never pass for ours (intake trusts only the topmost one).
          `Authentication-Results: ${hostname}; none\r\n`;
        try {
          const r = await acceptRaw(deps, Buffer.concat([Buffer.from(received), ...chunks]), 'smtp');
          callback(null, r.duplicate ? `2.0.0 Already have it (${r.id})` : `2.0.0 Queued as ${r.id}`);
        } catch (err) {
          if (err instanceof AppError && (err.code === 'bad_request' || err.code === 'payload_too_large')) {
            return callback(smtpError(554, `5.6.0 ${err.message}`));
          }
          log.warn('SMTP message not stored; the client is asked to retry', { err: String(err) });
          callback(smtpError(451, '4.3.0 temporary failure, try again later'));
        }
      });
    },
  });
  server.on('error', (err) => log.warn('SMTP error', { err: err.message }));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info('SMTP listening', { host: opts.host, port, starttls: !!tls });
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
