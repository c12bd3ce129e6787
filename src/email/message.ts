// One outgoing email as every transport sees it, the headers every mail of ours carries, and its RFC 5322 form.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

export interface OutgoingMessage {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Without angle brackets, e.g. `ask.42.abc@followthrough.example`. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  headers: Record<string, string>;
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
}

/**
 * Headers on every mail we send. Auto-Submitted (RFC 3834) tells well-behaved autoresponders not
 * to answer us; X-Auto-Response-Suppress does the same for Exchange/Outlook. List-Unsubscribe with
 * List-Unsubscribe-Post (RFC 8058) gives one-click unsubscribe, which Gmail and Yahoo require of
 * bulk senders; the https URL comes first because one-click only works over https.
 */
export function standardHeaders(opts: { unsubscribeUrl: string; unsubscribeMailto?: string }): Record<string, string> {
  const targets = [`<${opts.unsubscribeUrl}>`];
  if (opts.unsubscribeMailto) {
    const m = opts.unsubscribeMailto.replace(/^mailto:/i, '');
    targets.push(`<mailto:${m}>`);
  }
  return {
    'Auto-Submitted': 'auto-generated',
    'List-Unsubscribe': targets.join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'X-Auto-Response-Suppress': 'OOF, AutoReply',
  };
}

const bracket = (id: string) => `<${id.replace(/^<|>$/g, '')}>`;

/** Headers MailComposer sets itself from its options; letting them through `headers` too would duplicate them. */
const COMPOSER_OWNED = new Set(['message-id', 'date', 'from', 'to', 'reply-to', 'subject', 'in-reply-to', 'references']);

/**
 * The message as an RFC 5322 .eml, as a provider would send it. Our Message-ID is kept (replies
 * are matched on it) and the Date comes from the caller's clock, or a `Date` header, so output is reproducible.
 */
export async function toEml(msg: OutgoingMessage, opts: { date?: Date } = {}): Promise<Buffer> {
  const extra: Record<string, string> = {};
  let headerDate: Date | undefined;
  for (const [k, v] of Object.entries(msg.headers)) {
    if (k.toLowerCase() === 'date') headerDate = new Date(v);
    if (!COMPOSER_OWNED.has(k.toLowerCase())) extra[k] = v;
  }
  const composer = new MailComposer({
    from: msg.from,
    to: msg.to,
    replyTo: msg.replyTo,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    messageId: bracket(msg.messageId),
    inReplyTo: msg.inReplyTo ? bracket(msg.inReplyTo) : undefined,
    references: msg.references?.map(bracket),
    date: opts.date ?? headerDate ?? new Date(),
    headers: extra,
    attachments: msg.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  });
  return composer.compile().build();
}
