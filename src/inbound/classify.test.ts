// Tests for inbound mail classification: real-mail corpus accuracy plus one built message per rule and per known false positive.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { describe, expect, it } from 'vitest';
import { classifyMessage, type MailKind } from './classify.ts';
import { calendarReplyText, parseRaw, signedDataContent, subjectAnswer } from './parse.ts';

// ../shared/corpus as seen from the project root (this file is src/inbound/classify.test.ts).
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Builds a real MIME message with nodemailer, optionally re-typing the root as multipart/report. */
async function build(opts: Mail.Options, reportType?: string): Promise<Buffer> {
  const node = new MailComposer({ from: 'Ada Lovelace <ada@example.org>', to: 'reply+tok@in.example.net', subject: 'Re: Drumbeat Toronto: what will you do?', text: 'I will host a coffee klatch in March.', ...opts }).compile();
  if (reportType) node.setHeader('Content-Type', `multipart/report; report-type=${reportType}`);
  return node.build();
}

async function classify(opts: Mail.Options, reportType?: string) {
  return classifyMessage(await parseRaw(await build(opts, reportType)));
}

// --- corpus: the same cases and expectations as ../shared/eval/score-corpus.mjs (kind part) --------

interface CorpusCase { id: string; path: string; kinds: MailKind[] }

function corpusCases(): CorpusCase[] {
  const bySisimaiReason = (reason: string | undefined): MailKind[] =>
    reason === 'vacation' ? ['auto-reply'] : reason === 'feedback' ? ['complaint'] : reason === 'delivered' ? ['bounce', 'auto-reply'] : reason?.startsWith('NOT_A_BOUNCE') ? ['reply'] : ['bounce'];
  const sets: Record<string, (v: any) => MailKind[]> = {
    sisimai_set_of_emails: (v) => bySisimaiReason((Array.isArray(v) ? v[0] : v)?.reason ?? String(v)),
    mailgun_flanker: (v) => (v.is_bounce ? ['bounce'] : ['reply']),
    mikel_mail: () => ['bounce'],
  };
  const cases: CorpusCase[] = [];
  for (const [set, kindOf] of Object.entries(sets)) {
    const exp = JSON.parse(readFileSync(join(corpus, set, 'EXPECTED_BOUNCE.json'), 'utf8')) as Record<string, unknown>;
    for (const [file, v] of Object.entries(exp)) if (!file.startsWith('_')) cases.push({ id: `${set}/${file}`, path: join(corpus, set, file), kinds: kindOf(v) });
  }
  const notDir = join(corpus, 'sisimai_set_of_emails', 'not');
  if (existsSync(notDir))
    for (const f of readdirSync(notDir)) if (!cases.some((c) => c.id.endsWith(`not/${f}`))) cases.push({ id: `sisimai_set_of_emails/not/${f}`, path: join(notDir, f), kinds: ['reply'] });
  return cases;
}

const haveCorpus = existsSync(join(corpus, 'sisimai_set_of_emails', 'EXPECTED_BOUNCE.json'));
if (!haveCorpus) console.warn(`classify.test: real-mail corpus not found at ${corpus}; corpus accuracy tests skipped`);

describe.skipIf(!haveCorpus)('classifyMessage on the real-mail corpus', () => {
  it('gets the kind right for at least 99% of the scored corpus messages', async () => {
    const cases = corpusCases();
    const misses: string[] = [];
    for (const c of cases) {
      const r = classifyMessage(await parseRaw(readFileSync(c.path)));
      if (!c.kinds.includes(r.kind)) misses.push(`${c.id}: want ${c.kinds.join('|')}, got ${r.kind} (${r.reason})`);
    }
    const accuracy = (cases.length - misses.length) / cases.length;
    expect(cases.length).toBeGreaterThan(100);
    expect(accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps every real human reply in the corpus (talon standard replies) a reply', async () => {
    const dir = join(corpus, 'mailgun_talon', 'standard_replies');
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect([f, classifyMessage(await parseRaw(readFileSync(join(dir, f)))).kind]).toEqual([f, 'reply']);
  });

  it('recognizes the other report fixtures: ARF complaints, an MDN, RFC 3834 auto-replies', async () => {
    const kindOf = async (p: string) => classifyMessage(await parseRaw(readFileSync(join(corpus, p)))).kind;
    expect(await kindOf('mailgun_flanker/complaints/aol.eml')).toBe('complaint');
    expect(await kindOf('mailgun_flanker/complaints/yahoo.eml')).toBe('complaint');
    expect(await kindOf('postalsys_postal_mime/arf.eml')).toBe('complaint');
    expect(await kindOf('mailgun_flanker/disposition-notification.eml')).toBe('auto-reply');
    expect(await kindOf('nodemailer_mailparser/delivery-status.eml')).toBe('bounce');
    for (let i = 1; i <= 6; i++) expect(await kindOf(`sisimai_set_of_emails/bsd/rfc3834-0${i}.eml`)).toBe('auto-reply');
  });
});

// --- one rule at a time ------------------------------------------------------------------------------

describe('auto-reply headers', () => {
  it.each([
    ['Auto-Submitted', 'auto-replied'],
    ['Auto-Submitted', 'auto-generated'],
    ['Auto-Submitted', 'auto-notified; owner-email="x@example.org"'],
    ['X-Autoreply', 'yes'],
    ['X-Autorespond', 'Out of office'],
    ['X-Auto-Response-Suppress', 'All'],
    ['X-Auto-Response-Suppress', 'DR, OOF, AutoReply'],
    ['Precedence', 'bulk'],
    ['Precedence', 'junk'],
  ])('%s: %s is an auto-reply', async (name, value) => {
    const r = await classify({ headers: { [name]: value } });
    expect(r.kind).toBe('auto-reply');
    expect(r.reason.toLowerCase()).toContain(name.toLowerCase());
  });

  it('vendor vacation headers count; their "no" and Exchange\'s suppress header do not', async () => {
    expect((await classify({ headers: { 'X-Zoho-Autoreply': 'yes' } })).kind).toBe('auto-reply');
    expect((await classify({ headers: { 'X-Vacation-Reply': '1' } })).kind).toBe('auto-reply');
    expect((await classify({ headers: { 'X-Some-Autoreply': 'no' } })).kind).toBe('reply');
  });

  it('Auto-Submitted: no is an explicit "a person sent this"', async () => {
    expect((await classify({ headers: { 'Auto-Submitted': 'no' } })).kind).toBe('reply');
  });

  it('X-Auto-Response-Suppress that only suppresses receipts (DR, RN, NRN) does not make mail automatic', async () => {
    expect((await classify({ headers: { 'X-Auto-Response-Suppress': 'DR, RN, NRN' } })).kind).toBe('reply');
  });

  it('mailing-list mail is never answered: auto-reply with a "list:" reason', async () => {
    const r = await classify({ headers: { Precedence: 'list', 'List-Id': '<drumbeat.lists.example.org>' } });
    expect(r.kind).toBe('auto-reply');
    expect(r.reason).toMatch(/^list:/);
  });

  it("a forum's relay of a person's post in a topic is a reply, even stamped auto-generated; its first post and notices are not", async () => {
    const forum = { Precedence: 'list', 'List-Id': 'Riverside Makers | Events <events.forum-riverside.example>', 'X-Discourse-Post-Id': '5120', 'X-Discourse-Topic-Id': '77' };
    const post = { from: 'Ines Duarte via Riverside Makers <forum@riverside.example>', subject: '[Riverside Makers] [Events] Repair café in May', inReplyTo: '<topic/77@forum.riverside.example>' };
    expect((await classify({ ...post, headers: forum })).kind).toBe('reply');
    expect((await classify({ ...post, headers: { ...forum, 'Auto-Submitted': 'auto-generated' } })).kind).toBe('reply');
    // A "via" name on a list with no thread, and a forum notice that answers nothing, stay list mail; an auto-replied stamp is always automatic.
    expect((await classify({ ...post, inReplyTo: undefined, headers: forum })).kind).toBe('auto-reply');
    expect((await classify({ ...post, headers: { ...forum, 'Auto-Submitted': 'auto-replied' } })).kind).toBe('auto-reply');
    // An out-of-office answering a list thread ("Re: …", In-Reply-To, List-Id) that stamps itself auto-generated stays automatic.
    expect((await classify({ from: 'Lee Park <lee.park@example.net>', subject: 'Re: [Makers] Join us on Thursday?', inReplyTo: '<ft-1@drumbeat.example>', headers: { 'List-Id': '<makers.lists.example.org>', 'Auto-Submitted': 'auto-generated' } })).kind).toBe('auto-reply');
    const { 'X-Discourse-Post-Id': _, ...noPostId } = forum;
    expect((await classify({ ...post, from: 'Riverside Makers <forum@riverside.example>', headers: { ...noPostId, 'Auto-Submitted': 'auto-generated' } })).kind).toBe('auto-reply');
  });
  it('a List-Id alone (a person posting through a list) stays a reply', async () => {
    expect((await classify({ headers: { 'List-Id': '<drumbeat.lists.example.org>' } })).kind).toBe('reply');
  });

  it("the list's copy of a person's answer (In-Reply-To and a reply subject, list tag or not) stays a reply", async () => {
    const list = { Precedence: 'list', 'List-Id': '<makers.lists.example.org>' };
    expect((await classify({ inReplyTo: '<ft-1@drumbeat.example>', headers: list })).kind).toBe('reply');
    expect((await classify({ inReplyTo: '<ft-1@drumbeat.example>', subject: '[Makers] Re: Join us on Thursday?', headers: list })).kind).toBe('reply');
    // A post or digest that answers nothing, and the list's own administrivia, are still list mail.
    expect((await classify({ subject: 'Makers Digest, Vol 3, Issue 12', headers: list })).kind).toBe('auto-reply');
    expect((await classify({ inReplyTo: '<ft-1@drumbeat.example>', subject: 'Re: x', headers: { ...list, 'X-List-Administrivia': 'yes' } })).kind).toBe('auto-reply');
    // A person's answer to a digest ("Re: Makers Digest, Vol 3, Issue 12") is a reply; the digest itself is not.
    expect((await classify({ from: 'Lee Park <lee.park@example.net>', inReplyTo: '<mailman.77.makers@lists.example.org>', subject: 'Re: Makers Digest, Vol 3, Issue 12', headers: list })).kind).toBe('reply');
    expect((await classify({ from: 'makers-request@lists.example.org', inReplyTo: '<mailman.77.makers@lists.example.org>', subject: 'Re: Makers Digest, Vol 3, Issue 12', headers: list })).kind).toBe('auto-reply');
  });

  it('a post held for the moderator is an automatic answer, a refused one a bounce', async () => {
    const from = 'makers-owner@lists.example.org';
    const held = await classify({ from, subject: 'Your message to Makers awaits moderator approval', text: "Your mail to 'Makers' with the subject\n\n    Re: x\n\nIs being held until the list moderator can review it for approval.", headers: { 'X-Mailman-Version': '2.1.39' } });
    expect(held.kind).toBe('auto-reply');
    const refused = await classify({ from, subject: 'Message rejected', text: 'You are not a member of the Makers list; your posting is rejected.', headers: { 'X-Mailman-Version': '2.1.39' } });
    expect(refused.kind).toBe('bounce');
    const gg = await classify({ from: 'Makers Moderators <makers+owners@googlegroups.com>', subject: 'Your message to makers is pending approval', text: 'Your message to the makers group is waiting for a moderator.' });
    expect(gg.kind).toBe('auto-reply');
    const noreply = await classify({ from: 'Google Groups <noreply@googlegroups.com>', subject: 'Your message to Makers awaits moderator approval', text: 'Your message will be delivered once a moderator approves it.' });
    expect(noreply.kind).toBe('auto-reply');
  });

  it("a help desk's acknowledgement of a new ticket is an automatic answer; an agent's comment is a reply", async () => {
    for (const text of [
      '##- Please type your reply above this line -##\n\nYour request (5521) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.',
      'Dear Drumbeat Team,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\nYour ticket number is #1234.',
    ])
      expect((await classify({ subject: 'Ticket Received - Re: Next steps', text })).kind).toBe('auto-reply');
    const agent = '##- Please type your reply above this line -##\n\nYour request (#48213) has been updated. To add additional comments, reply to this email.\n----------------------------------------------\n\nAoife Byrne\n\nNov 23, 2026, 16:38 GMT\n\nWe can offer the maker space for a kitchen table sprint.';
    expect((await classify({ subject: '[Libraries] Re: Next steps', text: agent })).kind).toBe('reply');
    expect((await classify({ subject: 'SUP-123 Re: Next steps', text: "Thanks for contacting us. We've received your request and someone will respond soon.\n\nRequest ID: SUP-123" })).kind).toBe('auto-reply');
    expect((await classify({ text: "Thanks for reaching out! We've received your message and will get back to you within 1 business day. Your reference number is 48213." })).kind).toBe('auto-reply');
    expect((await classify({ subject: 'Support Ticket Opened [#123456]', text: 'Dear Drumbeat Team,\n\nA request for support has been created and assigned #123456. A representative will follow-up with you as soon as possible.' })).kind).toBe('auto-reply');
    expect((await classify({ subject: 'Re: Next steps', text: 'Thanks for contacting Acme Support! This is an automatic confirmation that we have received your request.' })).kind).toBe('auto-reply');
    // Quarantine notices and spam digests are machines' reports; a person mentioning quarantine is not.
    expect((await classify({ from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', subject: 'Microsoft 365 security: You have messages in quarantine', text: 'Review these messages. 1 message is being held for you to review.' })).kind).toBe('auto-reply');
    expect((await classify({ subject: 'Spam Quarantine Summary - 3 messages', text: 'The following messages are in your quarantine.' })).kind).toBe('auto-reply');
    expect((await classify({ text: 'Your first email went to quarantine, sorry! I will host a coffee klatch in March.' })).kind).toBe('reply');
    // A person who mentions a request they received is not a help desk.
    expect((await classify({ text: 'We received your request for volunteers - I can bring two people on Saturday.' })).kind).toBe('reply');
  });
});

describe('auto-reply subjects', () => {
  it.each([
    'Automatic reply: Re: Drumbeat Toronto: what will you do?',
    'Out of Office: Drumbeat Toronto',
    'Out of Office AutoReply: Drumbeat Toronto',
    'Autoreply: Drumbeat Toronto',
    'Auto-Reply: Drumbeat Toronto',
    'Abwesenheitsnotiz: Drumbeat Toronto',
    'Automatische Antwort: Drumbeat Toronto',
    'Réponse automatique : Drumbeat Toronto',
    'Respuesta automática: Drumbeat Toronto',
    'Fuori sede: Drumbeat Toronto',
    'Risposta automatica: Drumbeat Toronto',
    'Automatisch antwoord: Drumbeat Toronto',
    'Automatiskt svar: Drumbeat Toronto',
    'Resposta automática: Drumbeat Toronto',
    '自動返信: Drumbeat Toronto',
    'Odpowiedź automatyczna: Drumbeat Toronto',
    'Automatická odpoveď: Drumbeat Toronto',
    'Răspuns automat: Drumbeat Toronto',
    'Автоматична відповідь: Drumbeat Toronto',
    'Otomatik Cevap: Drumbeat Toronto',
    'תשובה אוטומטית: Drumbeat Toronto',
    'رد تلقائي: Drumbeat Toronto',
    'Trả lời tự động: Drumbeat Toronto',
    'Balasan Otomatis: Drumbeat Toronto',
    '自动答复: Drumbeat Toronto',
    '자동 회신: Drumbeat Toronto',
    '不在通知：Drumbeat Toronto',
    '【自動返信】Drumbeat Toronto',
    '[Auto-Reply] Drumbeat Toronto',
    'OOO | back Dec 1',
    'Autosvar: Drumbeat Toronto',
    'Urlaub: Drumbeat Toronto',
    'Respuesta automática de Gmail: Drumbeat Toronto',
    'Out of office until 1 December',
    'Je suis en congés',
    'Out of office',
  ])('"%s" is an auto-reply', async (subject) => {
    expect((await classify({ subject, text: 'I am out of the office until Monday.' })).kind).toBe('auto-reply');
  });

  it('a vacation body counts when a header hints at a vacation program', async () => {
    const r = await classify({ subject: 'Re: Drumbeat Toronto', text: 'I am on vacation until 3 March with limited access to email.', headers: { 'X-Mailer': 'vacation 1.2.7' } });
    expect(r.kind).toBe('auto-reply');
  });
});

describe('reports', () => {
  const original = { filename: 'original.eml', contentType: 'message/rfc822', content: 'From: us@example.net\r\nTo: ada@example.org\r\nSubject: Drumbeat\r\n\r\nHi\r\n' };

  it('multipart/report; report-type=delivery-status is a bounce', async () => {
    const r = await classify(
      {
        from: 'Mail Delivery Subsystem <mailer-daemon@mx.example.org>',
        subject: 'Delivery Status Notification (Failure)',
        text: 'Your message could not be delivered.',
        attachments: [{ contentType: 'message/delivery-status', content: 'Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; ada@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n' }, original],
      },
      'delivery-status',
    );
    expect(r).toEqual({ kind: 'bounce', reason: expect.stringContaining('RFC 3464') });
  });

  it('multipart/report; report-type=feedback-report is a complaint', async () => {
    const r = await classify(
      {
        from: 'staff@hotmail.example',
        subject: 'complaint about message',
        text: 'This is an email abuse report.',
        attachments: [{ contentType: 'message/feedback-report', content: 'Feedback-Type: abuse\r\nUser-Agent: SomeGenerator/1.0\r\nVersion: 1\r\n' }, original],
      },
      'feedback-report',
    );
    expect(r.kind).toBe('complaint');
  });

  it('a read receipt (report-type=disposition-notification) is an auto-reply', async () => {
    const r = await classify(
      {
        subject: 'Read: Drumbeat Toronto',
        text: 'Your message was displayed.',
        attachments: [{ contentType: 'message/disposition-notification', content: 'Final-Recipient: rfc822; ada@example.org\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n' }],
      },
      'disposition-notification',
    );
    expect(r.kind).toBe('auto-reply');
  });
});

describe('bounces without RFC 3464', () => {
  it.each([
    ['MAILER-DAEMON@mx.example.org', 'Undelivered Mail Returned to Sender', 'This is the mail system at host mx.example.org.\n\nI\'m sorry to have to inform you that your message could not be delivered.'],
    ['postmaster@example.org', 'Mail delivery failed: returning message to sender', 'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.'],
    ['MAILER-DAEMON@example.org', 'failure notice', "Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses."],
    ['System Administrator <admin@corp.example>', "Undeliverable: What's next", 'Your message did not reach some or all of the intended recipients.\n\nThe following recipient(s) cannot be reached:\n\n      sam@corp.example on 23/11/2026 10:02'],
    ['Sistema de correo <no-reply@correo.example>', 'Mensaje no entregado', 'No se ha podido entregar el mensaje a sam@x.example.'],
    ['Administrateur <admin@fai.example>', "Non remis : What's next", "Votre message n'a pas pu être remis à sam@x.example."],
  ])('from %s, subject "%s"', async (from, subject, text) => {
    expect((await classify({ from, subject, text })).kind).toBe('bounce');
  });

  it('a typical bounce subject and body from an unusual sender', async () => {
    const r = await classify({ from: 'noreply@carrier.example.jp', subject: 'Returned mail: see transcript for details', text: '----- The following addresses had permanent fatal errors -----\n<ada@example.org>\n550 5.1.1 User unknown' });
    expect(r.kind).toBe('bounce');
  });

  it('X-Failed-Recipients (Exim) is a bounce', async () => {
    expect((await classify({ from: 'someone@example.org', subject: 'Whatever', headers: { 'X-Failed-Recipients': 'ada@example.org' } })).kind).toBe('bounce');
  });
});

// --- false positives -------------------------------------------------------------------------------

describe('read receipts without RFC 8098', () => {
  it('"Read: …" with the receipt sentence, and Notes\' "Return Receipt", are auto-replies', async () => {
    expect((await classify({ subject: 'Read: Drumbeat Toronto', text: 'Your message\n\n  To: Ada\n  Subject: Drumbeat Toronto\n\nwas read on Monday, 23 November 2026 10:02.' })).kind).toBe('auto-reply');
    expect((await classify({ subject: 'Not read: Drumbeat Toronto', text: 'Your message\n\n  To: Ada\n\nwas deleted without being read on Monday, 23 November 2026 10:02.' })).kind).toBe('auto-reply');
    expect((await classify({ subject: 'Return Receipt', text: 'Your document: Drumbeat Toronto\nwas received by: Ada Lovelace/IT/Example\nat: 23/11/2026 10:02:11' })).kind).toBe('auto-reply');
  });

  it('a person whose reply starts "Read: " stays a reply', async () => {
    expect((await classify({ subject: 'Read: the guide', text: 'I read it and I will host a coffee klatch in March.' })).kind).toBe('reply');
  });
});

describe('absence notices without headers or subject cues', () => {
  it.each([
    'Thank you for your email. I am out of the office until 4 December with limited access to email.',
    'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
    "Merci pour votre message. Je suis absente jusqu'au 30 novembre.",
    'Gracias por su mensaje. Estoy de vacaciones hasta el 7 de diciembre.',
  ])('"%s" is an auto-reply', async (text) => {
    expect((await classify({ subject: "Re: What's next after the meetup?", text })).kind).toBe('auto-reply');
  });

  it('a text that says it is automatic is an auto-reply', async () => {
    expect((await classify({ text: 'This is an automated response. Your message has been received and will be read when the office reopens on 4 January.' })).kind).toBe('auto-reply');
    expect((await classify({ text: 'Ceci est une réponse automatique. Le bureau est fermé jusqu’au 4 janvier.' })).kind).toBe('auto-reply');
  });

  it('a person who thanks, is away, and answers above the quote stays a reply', async () => {
    const text = "Thanks for your email! I'm on leave until 5 December, but count me in: I will host a coffee klatch in January.\n\nOn Mon, 23 Nov 2026 at 10:02, Drumbeat <f@x.example> wrote:\n> What one small thing will you commit to?";
    expect((await classify({ text })).kind).toBe('reply');
    expect((await classify({ text: "Thank you for your email. I'm away until the 5th, but I will host a coffee klatch in January." })).kind).toBe('reply');
  });
});

describe('challenge-response filters', () => {
  it('a request to verify being human before the message is delivered is an auto-reply', async () => {
    const text = "Hello,\n\nI'm protecting myself from junk mail. Before your message reaches my inbox, please take a moment to verify that you are a human and not a spam robot.\n\nhttps://verify.example/c/123\n";
    expect((await classify({ from: 'Marta <verify@filter.example>', subject: 'Please verify your message to Marta', text })).kind).toBe('auto-reply');
    expect((await classify({ subject: 'Sender verification required', text: 'Your message is held until you confirm. Click the link to confirm you are not a robot: https://x.example/v' })).kind).toBe('auto-reply');
  });

  it.each([
    ["Re: Drumbeat Toronto [Spam Arrest verification]", 'Hello, I am using Spam Arrest to protect my inbox. Please click the link below to verify that your email is not spam: https://spamarrest.example/a?x=1'],
    ['Your email to Sam is on the waitlist', "Sam uses Boxbe to keep their inbox clean. Your message has been placed on Sam's Guest List waitlist. Please click here to request approval: https://boxbe.example/r"],
    ['Verification required', 'To help fight spam, I only accept mail from people I know. To get your message delivered, please click: https://x.example/v'],
    ['Re: Drumbeat Toronto', 'Your message is awaiting verification. Please prove that you are human by visiting https://x.example/captcha'],
  ])('"%s" is an auto-reply', async (subject, text) => {
    expect((await classify({ subject, text })).kind).toBe('auto-reply');
  });

  it('a person replying ("Re: …") who mentions such a filter stays a reply', async () => {
    expect((await classify({ text: 'I will host a coffee klatch in March. (Sorry if my spam filter asked you to verify you are human!)' })).kind).toBe('reply');
  });
});

describe('ordinary replies that look automatic at a glance', () => {
  it('a reply whose subject mentions "out of office" in the quoted thread', async () => {
    const r = await classify({ subject: 'Re: Out of office next week? Drumbeat planning', text: 'Yes I am back on Monday. I will host a coffee klatch.\n\n> Are you out of office next week?' });
    expect(r.kind).toBe('reply');
  });

  it('a person answering an auto-reply ("Re: Automatic reply: …")', async () => {
    expect((await classify({ subject: 'Re: Automatic reply: Drumbeat Toronto', text: 'Sorry for the auto-reply, here is my answer: I will run a kitchen table sprint.' })).kind).toBe('reply');
  });

  it('a person named Daemon, with the address daemon@', async () => {
    expect((await classify({ from: 'Daemon Targaryen <daemon@example.org>', text: 'Count me in.' })).kind).toBe('reply');
  });

  it('a person who writes that they will be out of the office, without any header hint', async () => {
    expect((await classify({ text: "I'm out of the office until Monday, but count me in: I will host a DemoCamp." })).kind).toBe('reply');
  });

  it('a person asking about a bounce they received', async () => {
    const r = await classify({ subject: 'Re: Undelivered Mail Returned to Sender', text: 'I got this: "Undelivered Mail Returned to Sender ... 550 5.1.1 User unknown". Did my answer reach you?' });
    expect(r.kind).toBe('reply');
  });

  it('a forwarded message (message/rfc822 attached) from a person stays a reply', async () => {
    const r = await classify({ subject: 'Fwd: my commitment', attachments: [{ filename: 'fwd.eml', contentType: 'message/rfc822', content: 'From: a@example.org\r\nSubject: x\r\n\r\nI will host\r\n' }] });
    expect(r.kind).toBe('reply');
  });
});

describe('parseRaw: what a message without text says', () => {
  const head = 'From: a@b.example\nTo: c@d.example\nMIME-Version: 1.0\n';
  it('reads a calendar answer (METHOD:REPLY): the PARTSTAT, and the COMMENT when there is one', async () => {
    const ics = (extra: string) => `BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;CN="Marc T";PARTSTAT=ACCEPTED:mailto:m@x.exa\r\n mple\r\n${extra}SUMMARY:Coffee klatch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const m = await parseRaw(`${head}Subject: Accepted: Coffee klatch\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n\n${ics('')}`);
    expect(m.text).toBe('Accepted');
    const c = await parseRaw(`${head}Subject: Accepted: Coffee klatch\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n\n${ics("COMMENT:I'll bring cups\\, and milk.\r\n")}`);
    expect(c.text).toBe("Accepted.\n\nI'll bring cups, and milk.");
    expect(calendarReplyText('BEGIN:VCALENDAR\nMETHOD:REQUEST\nATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:a@b\nEND:VCALENDAR')).toBeNull();
    expect(calendarReplyText('METHOD:REPLY\nATTENDEE;PARTSTAT=DECLINED:mailto:a@b')).toBe('Declined');
    // Outlook's empty text and style-only HTML beside the answer; Google Calendar's notice ("X has accepted this invitation").
    const alt = (text: string, html: string) => `${head}Subject: Accepted: Coffee klatch\nContent-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n${text}\n--b\nContent-Type: text/html; charset=utf-8\n\n${html}\n--b\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n\n${ics('')}\n--b--\n`;
    expect((await parseRaw(alt('', '<html><head><style>p.MsoNormal{margin:0}</style></head><body><p class=MsoNormal>&nbsp;</p></body></html>'))).text).toBe('Accepted');
    expect((await parseRaw(alt('Marc T has accepted this invitation.\n\nCoffee klatch\n\nInvitation from Google Calendar', '<p>Marc T has accepted this invitation.</p>'))).text).toBe('Accepted');
    expect((await parseRaw(alt('Marc T has accepted this invitation with note: "I\'ll bring cups"\n\nInvitation from Google Calendar', '<p>x</p>'))).text).toBe("Accepted.\n\nI'll bring cups");
    // Words the person typed beside the answer stay.
    expect((await parseRaw(alt("Count me in, I'll bring cups.", "<p>Count me in, I'll bring cups.</p>"))).text.trim()).toBe("Count me in, I'll bring cups.");
  });

  it('reads the content of an opaque S/MIME signature (application/pkcs7-mime; smime-type=signed-data)', async () => {
    // A minimal CMS ContentInfo { signedData, [0] SignedData { 1, {}, { data, [0] OCTET STRING(entity) }, signerInfos } }.
    const tlv = (tag: number, body: Buffer) => Buffer.concat([Buffer.from([tag]), body.length < 128 ? Buffer.from([body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 255]), body]);
    const oid = (hex: string) => tlv(0x06, Buffer.from(hex, 'hex'));
    const entity = Buffer.from('Content-Type: text/plain; charset=utf-8\r\n\r\nI will host a coffee klatch in March.\r\n');
    const cms = tlv(0x30, Buffer.concat([oid('2a864886f70d010702'), tlv(0xa0, tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([1])), tlv(0x31, Buffer.alloc(0)), tlv(0x30, Buffer.concat([oid('2a864886f70d010701'), tlv(0xa0, tlv(0x04, entity))])), tlv(0x31, Buffer.from('signer infos'))])))]));
    const m = await parseRaw(`${head}Subject: Re: Next\nContent-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"\nContent-Transfer-Encoding: base64\n\n${cms.toString('base64')}\n`);
    expect(m.text.trim()).toBe('I will host a coffee klatch in March.');
    // BER: the content in several OCTET STRINGs.
    const chunks = Buffer.concat([tlv(0x04, entity.subarray(0, 30)), tlv(0x04, entity.subarray(30))]);
    expect(signedDataContent(Buffer.concat([Buffer.from([0x30, 0x80, 0xa0, 0x80, 0x24, 0x80]), chunks, Buffer.from([0, 0])]))?.toString()).toBe(entity.toString());
  });

  it('reads a reply forwarded as an attachment with no note of its own', async () => {
    const inner = 'From: Sam <sam@x.example>\nSubject: Re: Next\nContent-Type: text/plain; charset=utf-8\n\nI will host a coffee klatch in March.\n';
    const m = await parseRaw(`${head}Subject: Fwd: Re: Next\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n${inner}\n--b--\n`);
    expect(m.text.trim()).toBe('I will host a coffee klatch in March.');
    // A note of the forwarder's own stays the text.
    const n = await parseRaw(`${head}Subject: Fwd: Re: Next\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nFYI, see attached.\n--b\nContent-Type: message/rfc822\n\n${inner}\n--b--\n`);
    expect(n.text.trim()).toBe('FYI, see attached.');
  });

  it('reads an answer typed into the subject of an empty reply, and nothing from an empty message without one', async () => {
    const m = await parseRaw(`${head}Subject: Re: Join Maya's coffee klatch on Thursday? - yes I'm in\nContent-Type: text/plain\n\n`);
    expect(m.text).toBe("yes I'm in");
    expect((await parseRaw(`${head}Subject: Re: Join us on Thursday?\nContent-Type: text/plain\n\n`)).text).toBe('');
    expect((await parseRaw(`${head}Subject: Re: Coffee - Thursday\nContent-Type: text/plain\n\nSee you there.\n`)).text.trim()).toBe('See you there.');
    expect(subjectAnswer('Fwd: a - b')).toBeNull();
    expect(subjectAnswer("Re: Join Maya's coffee klatch on Thursday? Yes, I'm in!")).toBe("Yes, I'm in!");
    expect(subjectAnswer("Re: What's next after the meetup?")).toBeNull();
    expect(subjectAnswer('Re: Drumbeat Toronto - what will you do?')).toBeNull();
  });
});

describe('parseRaw: parts that name no charset', () => {
  const head = 'From: a@b.example\nTo: c@d.example\nSubject: x\nMIME-Version: 1.0\n';
  it('reads an HTML part by the charset its <meta> declares', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><div>Готов провести демо-кэмп.</div></body></html>';
    // windows-1251 bytes: А–я sit at U+0410–U+044F in Unicode and at 0xC0–0xFF in the code page.
    const cp1251 = Buffer.from(html.replace(/[Ѐ-ӿ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x350)), 'latin1');
    const m = await parseRaw(Buffer.concat([Buffer.from(`${head}Content-Type: text/html\nContent-Transfer-Encoding: base64\n\n`), Buffer.from(cp1251.toString('base64') + '\n')]));
    expect(m.html).toContain('Готов провести демо-кэмп.');
  });

  it('reads an 8-bit plain part that is not UTF-8 as Windows Western, and leaves UTF-8 alone', async () => {
    const m = await parseRaw(Buffer.concat([Buffer.from(`${head}Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n`), Buffer.from('Je peux animer un café.\n', 'latin1')]));
    expect(m.text.trim()).toBe('Je peux animer un café.');
    const u = await parseRaw(Buffer.from(`${head}Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\nJe m’engage à animer un café.\n`, 'utf8'));
    expect(u.text.trim()).toBe('Je m’engage à animer un café.');
  });
});
