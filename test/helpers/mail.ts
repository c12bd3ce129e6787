// Builds real RFC 5322 messages with nodemailer's composer (never string-glued) and signs them for the webhook.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { signBody, signatureHeader } from '../../src/inbound/routes.ts';

export async function buildMail(opts: Mail.Options): Promise<Buffer> {
  const composer = new MailComposer({ date: new Date('2026-11-23T15:00:00Z'), ...opts });
  return composer.compile().build();
}

export function signed(secret: string, raw: Buffer | string) {
  return { [signatureHeader]: signBody(secret, raw) };
}

let n = 0;
export const uniqueId = (tag = 'm') => `<${tag}-${process.pid}-${Date.now()}-${++n}@mail.example.org>`;
