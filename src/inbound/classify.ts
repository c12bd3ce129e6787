// Decides what kind of inbound mail this is (human reply, auto-reply, bounce, complaint) so only real replies get answered.
//
// Order matters: machine-readable reports (RFC 5965 ARF, RFC 3464 DSN, RFC 8098 MDN) are the most
// reliable signal and win; then bounce heuristics for MTAs that do not send RFC 3464; then RFC 3834
// and vendor auto-reply headers; then localized auto-reply subjects. Anything else is a reply.
//
// Mailing-list mail (Precedence: list) is classified as 'auto-reply' with a reason starting
// "list:" unless it is one person's answer relayed by the list or forum (see listRelayedPost): that
// is a reply, read like any other, and the service answers the person's own address, never the list.
import type { ParsedMessage } from './parse.ts';

export type MailKind = 'reply' | 'auto-reply' | 'bounce' | 'complaint';

export interface Classification {
  kind: MailKind;
  reason: string;
}

const header = (m: ParsedMessage, name: string): string => (m.headers[name] ?? '').trim();

/** All values of a header; parse.ts keeps only the first occurrence in `headers`. */
const headerAll = (m: ParsedMessage, name: string): string[] =>
  m.headerLines.filter((h) => h.key === name).map((h) => h.line.slice(h.line.indexOf(':') + 1).trim());

/** report-type of a multipart/report root, lower-cased, or null. */
function reportType(contentType: string): string | null {
  if (!/^\s*multipart\/report\b/i.test(contentType)) return null;
  const m = /report-type\s*=\s*"?([\w.-]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : '';
}

// Parts of a report are usually attachments for mailparser (message/delivery-status and friends are
// not text/plain or text/html), so their content types are visible even when the root is mangled
// (forwarded bounces, MTAs that wrap the report in multipart/mixed).
const hasPart = (m: ParsedMessage, re: RegExp) => m.attachments.some((a) => re.test(a.contentType));

// --- senders -------------------------------------------------------------------------------------

// Local parts used by MTAs for bounces. Matched on the whole local part, so "daemon@" (a person or a
// role account) or "Jane Daemon" in the display name do not count.
const BOUNCE_LOCAL = /^(mailer-daemon|mailer_daemon|mailerdaemon|postmaster|post_master|post-master|mail-daemon|maildaemon|mdaemon|bounces?|mail\.?delivery|double-bounce|nobody-bounce)$/i;
const BOUNCE_DISPLAY = /^(mail delivery (sub)?system|mail delivery service|mailer[- ]daemon|postmaster|delivery status notification|mail administrator|mail transport system|microsoft outlook|internet mail delivery|mail system administrator|system administrator|systemadministrator|administrateur|administrador del sistema|sistema de correo)$/i;

function bounceSender(m: ParsedMessage): string | null {
  const local = m.from?.address.split('@')[0] ?? '';
  if (BOUNCE_LOCAL.test(local)) return `sender ${m.from!.address}`;
  const name = (m.from?.name ?? '').trim();
  if (BOUNCE_DISPLAY.test(name)) return `sender name "${name}"`;
  return null;
}

// --- subjects ------------------------------------------------------------------------------------

// Bounce subjects of MTAs that do not send RFC 3464 (or send it wrapped). Anchored at the start: a
// human answering a bounce writes "Re: Undelivered Mail…", which must stay a reply.
const BOUNCE_SUBJECT = new RegExp(
  '^\\s*(' +
    [
      'undeliver(ed|able)( mail| message)?',
      'undelivered mail returned to sender',
      'delivery status notification',
      'delivery notification',
      'delivery (has )?failed',
      'delivery failure',
      'delivery problem',
      'mail delivery (failed|failure|problem|system)',
      'failure notice',
      'failed mail',
      'returned mail',
      'return(ed)? to sender',
      'message (could not be delivered|not delivered|delivery failed|undeliverable)',
      'non[- ]?delivery',
      'nondeliverable',
      'could not send message',
      'warning: could not send',
      'delivery (status|report)',
      'mail system error',
      'mail could not be delivered',
      'permanent (delivery )?(error|failure)',
      'unzustellbar',
      'nicht zustellbar',
      'non remis',
      'non distribuable',
      'no se puede entregar',
      'no entregado',
      'non recapitabile',
      'mensaje no entregado',
      'mensagem não entregue',
      'message non (délivré|distribué)',
      'consegna non riuscita',
      'niet afgeleverd',
      'nie dostarczono',
      'wiadomość niedostarczona',
      'не доставлено',
      'недоставленное сообщение',
      'onbestelbaar',
      'não entregue',
      'returned mail',
      'error sending message',
      'delayed mail',
      'warning: message',
      'mail failure',
      'undelivered',
      'unable to deliver',
      'user unknown',
      'notice of undelivered',
      'there was an error sending your mail',
      'message delivery',
      'delivery report',
      'delivery final failure',
      'nondelivery',
      // ja / zh / ko carrier and provider notices
      'メールエラー',
      '(配信|送信|配送)エラー',
      'エラー通知',
      '不達',
      '未達',
      '退信',
      '系统退信',
      '(投递|发送)失败',
      '无法投递',
      '전송 실패',
      '반송',
    ].join('|') +
    ')',
  'i',
);

// Body phrases that MTAs use when a message could not be delivered. Used only together with another
// cue (sender, subject), never alone: people quote bounces when asking for help.
const BOUNCE_BODY = new RegExp(
  [
    'could not be delivered',
    'was not delivered',
    "couldn't be delivered",
    'could not deliver',
    'undeliverable',
    'delivery (to the following|has failed|failed|permanently failed)',
    'permanent (fatal )?errors?',
    'following (address(es)?|recipients?) (failed|had permanent)',
    'this is the mail system at',
    'this is an automatically generated delivery status notification',
    'returned to sender',
    'message delivery failed',
    'user unknown',
    'unknown user',
    'no such (user|mailbox|recipient)',
    'mailbox (unavailable|full|not found|is full|quota)',
    'quota exceeded',
    'recipient (address )?rejected',
    'host (or domain name )?not found',
    'delivery temporarily suspended',
    'message (was )?rejected',
    '(5\\d\\d|4\\d\\d)[ -][45]\\.\\d{1,3}\\.\\d{1,3}',
    '\\b[45]\\.\\d\\.\\d{1,3}\\b',
    'hi\\. this is the qmail-send program',
    "i'm afraid i wasn't able to deliver",
    'unable to deliver',
    'not be delivered',
    'delivery failure',
    'failed recipient',
    'retry time',
    'giving up',
    'did not reach some or all of the intended recipients',
    'cannot be reached',
    'failed to deliver',
    "couldn't deliver",
    "wasn't delivered",
    'no se (ha )?pudo entregar',
    'no se ha podido entregar',
    "n'a pas pu être (remis|distribué|délivré)",
    'nicht zugestellt werden',
    'non è stato possibile (recapitare|consegnare)',
    'kon niet (worden )?(bezorgd|afgeleverd)',
    'nie (może zostać|mogła zostać|została) dostarczona',
    'не (может быть|удалось) доставить|не может быть доставлено|не доставлено',
    'não (pôde|foi possível) ser entregue|não foi entregue',
  ].join('|'),
  'i',
);

// Localized auto-reply subject prefixes (Outlook/Exchange, Gmail, Apple, Zimbra, Domino and common
// vacation programs). Anchored at the start and followed by ":" or the end: "Re: Out of office
// next week?" is a person writing about being away, and a human reply to an auto-reply starts
// with "Re:".
const AUTO_SUBJECT_PREFIX = new RegExp(
  '^\\s*[\\[【(]?(' +
    [
      'auto(matic|mated)?[ -]?(reply|response|answer)',
      'autoreply',
      'auto[- ]?re',
      'automatic reply',
      'out of (the )?office( auto ?reply| reply| notice)?',
      'out of office',
      'ooo',
      'away from (the )?office',
      'on (vacation|holiday|leave)',
      'vacation( reply| message| notice| auto ?reply)?',
      'holiday (notice|reply)',
      'abwesenheitsnotiz',
      'automatische antwort',
      'abwesend',
      'abwesenheit',
      'außer haus',
      'nicht im büro',
      'réponse automatique',
      'reponse automatique',
      'absence du bureau',
      'absent(e)? du bureau',
      "message d'absence",
      'respuesta automática',
      'respuesta automatica',
      'fuera de la oficina',
      'fuera de oficina',
      'ausente',
      'risposta automatica',
      'fuori sede',
      "fuori dall'ufficio",
      'fuori ufficio',
      'assente',
      'resposta automática',
      'resposta automatica',
      'ausente do escritório',
      'fora do escritório',
      'automatisch antwoord',
      'afwezig',
      'niet aanwezig',
      'automatiskt svar',
      'automatisk svar',
      'automatisk besked',
      'frånvaro',
      'fraværende',
      'ikke til stede',
      'automaattinen vastaus',
      'poissa',
      'automatyczna odpowiedź',
      'odpowiedź automatyczna',
      'automatická odpoveď',
      'răspuns automat',
      'automatski odgovor',
      'samodejni odgovor',
      'автоматичен отговор',
      'автоматична відповідь',
      'automatinis atsakymas',
      'automātiskā atbilde',
      'automaatne vastus',
      'resposta automàtica',
      'otomatik cevap',
      'ofis dışında',
      'תשובה אוטומטית',
      'رد تلقائي',
      'ตอบกลับอัตโนมัติ',
      'trả lời tự động',
      'balasan (otomatis|automatik)',
      'स्वचालित उत्तर',
      '自动答复',
      '自動回復',
      '자동 회신',
      'poza biurem',
      'automatická odpověď',
      'automatikus válasz',
      'автоматический ответ',
      'автоответ',
      'нет на месте',
      'otomatik yanıt',
      'αυτόματη απάντηση',
      '自動応答',
      '自動返信',
      '不在',
      '自动回复',
      '自動回覆',
      '자동 응답',
      '不在通知',
      '不在のお知らせ',
      'autosvar',
      'ferie',
      'away',
      'urlaub',
      'congés',
      'absent\\(e\\)',
      '부재중',
    ].join('|') +
    ')(?: de gmail| from gmail| von gmail| de outlook)?\\s*(?:[\\]】)]|\\]?\\s*(?::|：|-\\s|\\|\\s|$))',
  'iu',
);

// Whole-subject forms that do not use a prefix ("I am out of the office", "Away until Monday").
const AUTO_SUBJECT_WHOLE = /^\s*(?:(?:i am|i'm|i will be)\s+(?:currently\s+)?(?:out of (?:the )?office|away|on (?:vacation|holiday|leave))\b|(?:out of (?:the )?office|on (?:annual |parental )?leave|away)\s+(?:until|till|through|from|on)\b|sono (?:in ferie|fuori (?:ufficio|sede))|estou (?:de férias|fora do escritório)|je suis (?:en congés?|absente?|en vacances)|ich bin (?:im urlaub|nicht im büro|abwesend)|estoy (?:de vacaciones|fuera de la oficina)|ik ben (?:met vakantie|afwezig))/i;

// Body of a vacation notice. Checked only when a header already hints at automation (null sender,
// X-Mailer of a vacation program), because people write these sentences in real replies too.
const VACATION_BODY =
  /\b(i am|i'm|i will be)\s+(currently\s+)?(out of (the )?office|away from (the )?office|on (vacation|holiday|leave|annual leave|parental leave)|away|travell?ing|out of town)\b|\bwith limited access to (my )?e-?mail\b|\bthis is an auto(matic|mated)?(-| )?(reply|response|generated)|\bich bin (bis|vom|ab|derzeit|zurzeit)\b.*\b(abwesend|nicht im büro|urlaub)|\bje suis absent|\bestoy fuera de la oficina|\bsono fuori (sede|ufficio)/i;

// A challenge-response filter's request: prove to be human before the message is delivered. The sentences are a
// machine's, never an attendee's answer to the ask.
const CHALLENGE_BODY =
  /\b(?:verify|confirm|prove)\b[^.\n]{0,30}\byou(?: are|'re) (?:a )?(?:human|real person|person|not a (?:spam(?:mer| ?robot| ?bot)?|robot|bot|machine))\b|\b(?:protect(?:ing)? (?:myself|me|my (?:inbox|mailbox))|i use a service) (?:from|against) (?:junk|spam|unwanted)\b[\s\S]{0,400}\b(?:verify|confirm|click)|\bchallenge[- ]response\b[\s\S]{0,200}\b(?:verify|confirm)|\byour (?:message|e-?mail) (?:is|has been|was) (?:held|quarantined|pending)\b[\s\S]{0,200}\b(?:verify|confirm)\b/i;

// Weaker cues of the same systems: counted with a link in the mail and a subject that is not a reply's.
const CHALLENGE_WEAK = /\b(?:spam ?arrest|boxbe|mailwasher|choicemail|tmda|bluebottle|sanebox)\b|\b(?:awaiting|pending) (?:verification|approval|confirmation)\b|\bhas been (?:held|placed on)\b|\bonly accept (?:e-?mail|mail|messages) from\b|\bwait ?list\b|\bguest list\b/i;
const ANSWER_WORDS = /klatch|kaffeeklatsch|kitchen[- ]table|democamp|\bsprint\b|count me in|\bi commit\b|\bi can (?:offer|bring|host|help)\b|\bmy wish\b/i;
function challengeRequest(m: ParsedMessage): boolean {
  const body = (m.text || htmlToPlain(m.html)).slice(0, 5_000);
  const isRe = /^\s*(re|aw|sv|antw|odp|ynt)\s*:/i.test(m.subject);
  // A person's reply quotes the ask or answers it; a filter's notice does neither.
  const personal = /^\s*>/m.test(body) || ANSWER_WORDS.test(body) || body.length > 3_000;
  if (CHALLENGE_BODY.test(body)) return !isRe || !personal;
  return !personal && CHALLENGE_WEAK.test(body) && /https?:\/\//i.test(body) && /\b(?:verify|confirm|approv|click|request)/i.test(body);
}

// --- rules ---------------------------------------------------------------------------------------

function complaint(m: ParsedMessage): Classification | null {
  const rt = reportType(m.contentType);
  if (rt === 'feedback-report') return { kind: 'complaint', reason: 'multipart/report; report-type=feedback-report (RFC 5965 ARF)' };
  if (hasPart(m, /^message\/feedback-report$/i)) return { kind: 'complaint', reason: 'message/feedback-report part (ARF)' };
  // Some providers (older Hotmail/Outlook.com JMRP) send complaints without ARF framing.
  if (header(m, 'x-hmxmroriginalrecipient') || /^complaint about message from/i.test(m.subject))
    return { kind: 'complaint', reason: 'provider complaint (JMRP)' };
  return null;
}

function dsnBounce(m: ParsedMessage): Classification | null {
  const rt = reportType(m.contentType);
  if (rt === 'delivery-status') return { kind: 'bounce', reason: 'multipart/report; report-type=delivery-status (RFC 3464)' };
  if (hasPart(m, /^message\/(global-)?delivery-status$/i)) return { kind: 'bounce', reason: 'message/delivery-status part (RFC 3464)' };
  return null;
}

function mdn(m: ParsedMessage): Classification | null {
  const rt = reportType(m.contentType);
  if (rt === 'disposition-notification' || hasPart(m, /^message\/(global-)?disposition-notification$/i))
    return { kind: 'auto-reply', reason: 'disposition notification (RFC 8098 read receipt)' };
  // Read receipts sent as plain mail (Notes' "Return Receipt", clients without RFC 8098): the subject and the receipt's sentence.
  if ((READ_SUBJECT.test(m.subject) || /^\s*return receipt\b/i.test(m.subject)) && READ_BODY.test((m.text || htmlToPlain(m.html)).slice(0, 2_000)))
    return { kind: 'auto-reply', reason: 'read receipt' };
  return null;
}

const READ_SUBJECT = /^\s*(read|not read|non lu|ungelesen|no leído|lu|gelesen|leído|leido|lido|letto|gelezen|läst|læst|lest|luettu|przeczytano|przeczytana|přečteno|olvasott|прочитано|已读|已讀|開封済み|開封確認|읽음)\s*[:：]/i;
const READ_BODY = /\bwas read on\b|\bwas deleted without being read\b|\bwurde ungelesen gelöscht\b|\ba été supprimé sans avoir été lu\b|\bwas received by\b|\bhas been (?:read|displayed)\b|\bwurde am\b.{0,80}\bgelesen\b|\ba été lu\b|\bfue leído\b|\bfoi lido\b|\bè stato letto\b|\bis gelezen\b|\blästes\b|\bblev læst\b|\bluettiin\b|\bprzeczytana\b|\bпрочитано\b|已读|已讀|開封されました/i;

// Amazon SES notifications forwarded through SNS: a JSON body naming the event type.
function sesNotification(m: ParsedMessage): Classification | null {
  const t = /^\s*\{\s*"notificationType"\s*:\s*"(Bounce|Complaint|Delivery)"/.exec(m.text);
  if (!t) return null;
  const type = t[1]!;
  if (type === 'Bounce') return { kind: 'bounce', reason: 'Amazon SES bounce notification' };
  if (type === 'Complaint') return { kind: 'complaint', reason: 'Amazon SES complaint notification' };
  return { kind: 'auto-reply', reason: 'Amazon SES delivery notification' };
}

// Mailing-list managers (fml, ezmlm, mailman, majordomo) answer a post they refuse with a notice of
// their own: the message was not delivered to the list, so it is a bounce.
const LIST_SERVER_HEADERS = ['x-mlserver', 'x-ml-name', 'mailing-list', 'x-mailman-version', 'list-id', 'list-subscribe'];
const LIST_REJECT = /\b(are not (a )?member|not a member of|non-member|posting (is )?(rejected|not allowed)|post(ing)? to .{1,60} (was )?rejected|message (has been|was) rejected)/i;
// A post held for the moderator is not refused: it may still reach the list, so the notice is an automatic answer.
const LIST_HELD = /\b(?:is being held until the list moderator|awaits? (?:moderator )?approval|awaiting (?:moderator )?approval|held for moderation|(?:has been|was|is being) held for (?:the )?(?:moderators?(?:'s)? )?(?:approval|review)|(?:is )?pending (?:moderator )?approval|(?:needs|requires) (?:the )?moderator(?:'s)? approval)\b/i;
function listReject(m: ParsedMessage): Classification | null {
  const listServer = LIST_SERVER_HEADERS.some((h) => header(m, h)) || /[-+](admin|owners?|bounces|request|moderators?)@/i.test(m.from?.address ?? '');
  if (/^\s*re\s*:/i.test(m.subject)) return null;
  // The subject alone is enough for a hold notice ("Your message to X awaits moderator approval" from a no-reply sender).
  if (!listServer) return LIST_HELD.test(m.subject) ? { kind: 'auto-reply', reason: 'list: the post is held for the moderator (subject)' } : null;
  if (LIST_HELD.test(m.subject) || LIST_HELD.test(m.text.slice(0, 2_000))) return { kind: 'auto-reply', reason: 'list: mailing-list manager holds the post for the moderator' };
  if (LIST_REJECT.test(m.subject) || LIST_REJECT.test(m.text.slice(0, 2_000))) return { kind: 'bounce', reason: 'mailing-list manager refused the post' };
  return null;
}

function heuristicBounce(m: ParsedMessage): Classification | null {
  const failed = header(m, 'x-failed-recipients');
  if (failed) return { kind: 'bounce', reason: `X-Failed-Recipients: ${failed}` };
  const sender = bounceSender(m);
  const subjectHit = BOUNCE_SUBJECT.test(m.subject);
  const body = (m.text || htmlToPlain(m.html)).slice(0, 20_000);
  const bodyHit = BOUNCE_BODY.test(body) || hasPart(m, /^(message\/rfc822|text\/rfc822-headers|message\/global|message\/global-headers)$/i);
  const nullSender = headerAll(m, 'return-path').some((v) => /^<\s*>$/.test(v));
  if (sender && (subjectHit || bodyHit)) return { kind: 'bounce', reason: `${sender}, ${subjectHit ? 'bounce subject' : 'bounce body'}` };
  if (subjectHit && bodyHit) return { kind: 'bounce', reason: `bounce subject "${m.subject.slice(0, 80)}" and bounce body` };
  // MAILER-DAEMON and postmaster are MTA identities; no attendee answers an ask from them. This
  // also catches bounces whose MIME is too broken for the body to be read.
  if (sender) return { kind: 'bounce', reason: `${sender}${nullSender ? ' with null Return-Path' : ''}` };
  // Some MTAs (qmail, Exim without DSN, Google Groups) say so only in the body; a null sender plus
  // an unmistakable MTA phrase is enough.
  if (nullSender && /this is the mail system at|qmail-send program|delivery to the following recipients? failed|message could not be delivered|undelivered mail returned to sender/i.test(body))
    return { kind: 'bounce', reason: 'null Return-Path and MTA bounce text' };
  return null;
}

function autoReply(m: ParsedMessage): Classification | null {
  const as = header(m, 'auto-submitted').toLowerCase();
  // A forum in mailing-list mode (Discourse) stamps every mail it relays "auto-generated", the posts of people included; a
  // relayed post that answers a topic carries that person's words, so the stamp alone does not make it automatic.
  // (Only a forum's post: an out-of-office that answers a list thread with "Re: …" and stamps itself auto-generated is one.)
  const relayed = listRelayedPost(m);
  const forumPost = relayed && (!!header(m, 'x-discourse-post-id') || /\S\s+via\s+\S/i.test(m.from?.name ?? ''));
  if (as && !/^no\b/.test(as) && !(forumPost && /^auto-generated\b/.test(as))) return { kind: 'auto-reply', reason: `Auto-Submitted: ${as}` };
  for (const h of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply', 'x-autogenerated', 'x-vacation']) {
    const v = header(m, h);
    if (v && !/^(no|false|0)$/i.test(v)) return { kind: 'auto-reply', reason: `${h}: ${v}` };
  }
  // Vendor headers of other vacation programs ("X-Zoho-Autoreply", "X-Yahoo-Autoresponse", "X-Vacation-Reply"): a name that
  // says auto-reply / vacation and a value that does not say no.
  for (const h of m.headerLines) {
    if (!/^x-.*(?:auto-?rep|auto-?resp|vacation|out-?of-?office|\booo\b)/i.test(h.key) || /suppress/i.test(h.key)) continue;
    const v = h.line.slice(h.line.indexOf(':') + 1).trim();
    if (v && !/^(no|false|0|none|off)$/i.test(v)) return { kind: 'auto-reply', reason: `${h.key}: ${v.slice(0, 40)}` };
  }
  // Exchange marks its own automatic messages so other robots do not answer them. Only the values
  // that mean "this is an automatic reply / please no auto-replies" count: DR/RN/NRN merely suppress
  // receipts and appear on ordinary mail.
  const suppress = header(m, 'x-auto-response-suppress');
  if (suppress && /\b(all|oof|autoreply)\b/i.test(suppress)) return { kind: 'auto-reply', reason: `X-Auto-Response-Suppress: ${suppress}` };
  const prec = header(m, 'precedence').toLowerCase();
  if (/^(bulk|junk|auto_reply|auto-reply)\b/.test(prec)) return { kind: 'auto-reply', reason: `Precedence: ${prec}` };
  // A person's answer that came through a list (cc'd to a Google Group, reply-all on a Mailman list, a forum post in a topic)
  // is still a reply (listRelayedPost); the list's own notices, digests and first posts are not.
  if (/^list\b/.test(prec) && !relayed) return { kind: 'auto-reply', reason: 'list: Precedence: list (mailing-list mail is never answered)' };
  if (/\b(OOF|AutoReply)\b/.test(header(m, 'x-ms-exchange-generated-message-source') + header(m, 'x-ms-exchange-inbox-rules-loop')))
    return { kind: 'auto-reply', reason: 'Exchange-generated message' };
  if (AUTO_SUBJECT_PREFIX.test(m.subject) || AUTO_SUBJECT_WHOLE.test(m.subject))
    return { kind: 'auto-reply', reason: `auto-reply subject "${m.subject.slice(0, 80)}"` };
  // Challenge-response filters (SpamArrest, Boxbe, TMDA and the like) hold the message until the sender proves to be human.
  if (challengeRequest(m)) return { kind: 'auto-reply', reason: 'challenge-response verification request' };
  const nullSender = headerAll(m, 'return-path').some((v) => /^<\s*>$/.test(v));
  const mailer = header(m, 'x-mailer') + ' ' + header(m, 'user-agent');
  const vacationMailer = /\b(vacation|autorespond|auto-?reply|autoresponder)\b/i.test(mailer);
  const body = (m.text || htmlToPlain(m.html)).slice(0, 5_000);
  if ((nullSender || vacationMailer) && VACATION_BODY.test(body))
    return { kind: 'auto-reply', reason: `${nullSender ? 'null Return-Path' : `X-Mailer ${mailer.trim()}`} and vacation text` };
  if (absenceNotice(body)) return { kind: 'auto-reply', reason: 'absence notice (thanks for the message, away, until / no access), no quote' };
  // Quarantine notices and spam digests of mail filters (Microsoft 365, Mimecast, Proofpoint): machines' reports.
  if (QUARANTINE_SUBJECT.test(m.subject) || (/^(?:quarantine|spam-?quarantine|quarantine-?digest)$/i.test(m.from?.address.split('@')[0] ?? '') && !REPLY_SUBJECT.test(m.subject)))
    return { kind: 'auto-reply', reason: `quarantine notice "${m.subject.slice(0, 80)}"` };
  if (ticketAcknowledgement(m, body)) return { kind: 'auto-reply', reason: 'help-desk acknowledgement (request received, ticket number)' };
  if (SAYS_AUTOMATIC.test(body.slice(0, 1_500)) && body.length < 3_000 && !/^\s*>/m.test(body) && !ANSWER_WORDS.test(body))
    return { kind: 'auto-reply', reason: 'the text says it is automatic' };
  return null;
}

const QUARANTINE_SUBJECT = /^\s*(?:\[[^\]]{1,40}\]\s*)?(?:microsoft 365 security\s*:\s*)?(?:you have (?:\d+ )?(?:new )?(?:messages?|e-?mails?) (?:in|held in) (?:your )?quarantine|(?:spam |e-?mail )?quarantine (?:summary|digest|notification|report|notice)\b|spam (?:digest|report|summary)\b|end user digest\b|(?:message )?hold notification\b|messages? held for (?:your )?review\b)/i;
const REPLY_SUBJECT = /^\s*(?:\[[^\]]{1,60}\]\s*)?(?:re|aw|sv|vs|antw|odp|ynt|rif|r|res|ref|відп|на|回复|回覆|答复)\s*(?:\[\d+\])?\s*[:：]/i;
// A person's post relayed by a list or forum: it answers a message (In-Reply-To) and either says so in its subject ("Re: …",
// a reply to a digest included) or is a forum's post in a topic ("Sam via Front Range Open Hardware", X-Discourse-Post-Id).
// The list's own notices, held-post reports, digests and first posts do neither.
function listRelayedPost(m: ParsedMessage): boolean {
  if (!m.inReplyTo) return false;
  if (header(m, 'x-list-administrivia') || /-(?:admin|owner|bounces|request)@/i.test(m.from?.address ?? '')) return false;
  if (REPLY_SUBJECT.test(m.subject)) return true;
  return !!header(m, 'x-discourse-post-id') || (!!header(m, 'list-id') && /\S\s+via\s+\S/i.test(m.from?.name ?? ''));
}

// A help desk's acknowledgement of a new ticket ("Your request (5521) has been received", "We would like to acknowledge
// that we have received your request and a ticket has been created"), with the ticket's number or the word ticket.
const TICKET_ACK =
  /\b(?:your (?:request|ticket|case|enquiry|inquiry|support request|message|e-?mail)(?:\s*\(?#?\s?\d+\)?)? (?:has been|was|is) (?:received|created|logged|opened|submitted|registered)|we(?:'ve| have)? (?:successfully )?received your (?:request|ticket|case|enquiry|inquiry|support request|message|e-?mail)|(?:a |your )?(?:new )?(?:support )?(?:ticket|case|request for support|support request)(?:\s*#?\s?\d+)? (?:has been|was) (?:created|opened|logged|received|submitted|registered)|acknowledge (?:that we have received|receipt of) your (?:request|e-?mail|message|enquiry|inquiry))/i;
function ticketAcknowledgement(m: ParsedMessage, body: string): boolean {
  const head = body.slice(0, 800);
  if (!TICKET_ACK.test(head) || /^\s*>/m.test(head) || ANSWER_WORDS.test(head)) return false;
  return /#\s?\d{2,}|\(\s*#?\d{2,}\s*\)|\bticket\b|\b(?:request|case|reference|tracking) (?:id|number|no\.?|#)(?:\s+is)?\s*:?\s*[A-Z]*-?\d{2,}/i.test(head + ' ' + m.subject);
}

// An absence notice without any header or subject cue: a short text that thanks for "your message", says the person is away,
// and says until when or that mail is not read — and quotes nothing (a person answering the ask quotes it or answers it).
const THANKS_FOR_MESSAGE = /\b(?:thank you|thanks) for your (?:e-?mail|message|mail)|vielen dank für ihre (?:nachricht|e-?mail|mail)|danke für ihre (?:nachricht|e-?mail)|merci (?:pour|de) votre (?:message|courriel|mail|e-?mail)|gracias por su (?:mensaje|correo|e-?mail)|obrigad[oa] pela (?:sua )?mensagem|grazie per (?:il suo|il tuo|la sua|la tua) (?:messaggio|e-?mail|mail)|bedankt voor (?:uw|je) (?:bericht|e-?mail|mail)|tack för (?:ditt|ert) (?:meddelande|mejl|e-?post)|tak for (?:din|jeres) (?:mail|besked|e-?mail)|takk for (?:din|e-?posten|meldingen)|kiitos viestistäsi|dziękuję za (?:wiadomość|e-?mail)|děkuji za (?:váš|vaši) (?:e-?mail|zprávu)|köszönöm (?:a )?level|спасибо за (?:ваше )?(?:письмо|сообщение)|mesajınız için teşekkür|メールありがとう|感谢您的(?:来信|邮件)/i;
const AWAY = /\bout of (?:the )?office\b|\bon (?:annual |parental |sick )?(?:leave|vacation|holiday)\b|\baway (?:from|until|till)\b|nicht im büro|abwesend|im urlaub|\babsente?\b|en congé|en vacances|fuera de la oficina|de vacaciones|\bausente\b|fora do escritório|de férias|fuori (?:ufficio|sede)|in ferie|\bafwezig\b|met vakantie|\bledig\b|på semester|på ferie|lomalla|poza biurem|na urlopie|mimo kancelář|na dovolené|szabadságon|в отпуске|нет в офисе|izindeyim|ofis dışında|休暇|不在|休假/i;
const UNTIL_OR_NO_ACCESS = /\b(?:until|till|through|back on|return(?:ing)? on)\b|\bbis\b|jusqu|hasta|\baté\b|fino al|\btot en met\b|\btot\b|\btill\b|\bindtil\b|\btil\b|asti|\bdo\b|\bдо\b|kadar|まで|(?:limited|no) access|keinen zugriff|pas accès|sin acceso|sem acesso|accesso limitato|geen toegang|beperkte toegang|begränsad tillgång|ingen adgang|ograniczony dostęp/i;
// A notice that says it is automatic ("This is an automated response", "Ceci est une réponse automatique").
const SAYS_AUTOMATIC = /\bthis is an? auto(?:matic|mated|-generated)(?:ally generated)? (?:reply|response|message|answer|e-?mail|notification|confirmation|acknowledge?ment|receipt)\b|\bthis (?:e-?mail|message) (?:was|has been|is) (?:sent|generated) automatically\b|\bceci est un(?:e)? (?:réponse|message) automatique|\bdies ist eine automatische? (?:antwort|nachricht|e-?mail)|\bdiese (?:nachricht|e-?mail) wurde automatisch|\besta es una respuesta automática|\beste es un mensaje automático|\bquesta è una risposta automatica|\bquesto è un messaggio automatico|\bdit is een automatisch(?:e)? (?:antwoord|bericht|reactie)|\besta é uma (?:resposta|mensagem) automática|\bdetta är ett automatiskt (?:svar|meddelande)|\bto jest (?:automatyczna odpowiedź|wiadomość automatyczna)|это автоматическ(?:ий ответ|ое сообщение)|这是一封自动回复|这是自动回复|これは自動(?:返信|応答)|자동 응답 메일입니다/i;

function absenceNotice(body: string): boolean {
  if (body.length > 1_500 || !THANKS_FOR_MESSAGE.test(body)) return false;
  if (/^\s*>/m.test(body) || /\b(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev)\s*:/i.test(body) || /^\s*(?:from|von|de|da|van)\s*:/im.test(body)) return false;
  // Words of an answer to the ask mean a person wrote it, away or not.
  if (ANSWER_WORDS.test(body)) return false;
  return AWAY.test(body) && UNTIL_OR_NO_ACCESS.test(body);
}


/** Crude tag strip: only to look for phrases in HTML-only bounces, never shown to anyone. */
function htmlToPlain(html: string | null): string {
  return html ? html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ') : '';
}

export function classifyMessage(m: ParsedMessage): Classification {
  return (
    complaint(m) ??
    dsnBounce(m) ??
    mdn(m) ??
    sesNotification(m) ??
    heuristicBounce(m) ??
    listReject(m) ??
    autoReply(m) ?? { kind: 'reply', reason: 'no automation signal' }
  );
}
