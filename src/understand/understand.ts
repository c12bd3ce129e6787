// Reply text → commitments, offers, needs, wishes and one-word commands (see ../shared/eval/understand.md).
import { quotedHistory, signOff, visibleLines, visibleReplyOf } from './visible-reply.ts';
import { NUM_RE, OPENS_AFTER_IN, PUSH_BY, cutDue, dayInMonthOf, findDue, forgetDates, isWholeMonth, iso, localDay, num, pushLength, shiftDay, weekdayBeside } from './dates.ts';
import { mayNameHoliday } from './holidays.ts';
import { correctionOf } from './correction.ts';
import { CORRECTING, quotedRecord, readConfirmation } from './confirmed.ts';
import { cutClauseTail, cutRelativeTail, isClause, splitActions, splitClauseTail } from './clause.ts';
import type { Command, Commitment, DueRange, Format, Item, MessageKind, ReplyContext, Shift, UnderstandInput, Understanding } from './types.ts';
import { fastEdges } from './word-edge.ts';

type Slot = 'commitment' | 'offer' | 'need' | 'wish';

/** One sentence or list line of the person's own words, with the quoted question it answers. */
interface Unit {
  text: string;
  question: Slot | null; // from the quoted question above it, or a list's lead line
  label: Slot | null; // from a "Need:" style label
  listItem: boolean;
  num?: number; // the number of a numbered list line ("3) …")
  pos?: number; // the sentence's place in its paragraph (0 = first)
  head?: string; // a commitment label's own words ("Goal for December:"), which may date it
  more?: boolean; // a further clause of the answer before it ("…, and I do translation"), split off by offerClauses
}

// Out-of-office and other machine text that sometimes arrives as a plain body.
const AUTOMATIC =
  /^\s*(this is an? )?(automatic|automated|auto)[- ]?(reply|response|message|generated)|^\s*this is an? automatically (generated|sent) (message|reply|response|e-?mail|notification)|\b(your|this) (e-?mail|message) has been received and will be (answered|reviewed|read|dealt with|responded to|handled)|^\s*(i am|i'm|i will be|i’m)\s+(currently\s+)?(out of (the )?office|away from (the )?office|away|on (vacation|holiday|leave|annual leave|parental leave|sabbatical)|travell?ing)\b.{0,80}\b(until|till|through|returning|back (?:on|in|at|by)\b|from|with limited)|^\s*(out of office|ooo|abwesenheitsnotiz|absence du bureau|respuesta automática|resposta automática|risposta automatica|automatisch antwoord|automatische antwort|réponse automatique|outomatiese (?:antwoord|boodskap)|freagra uathoibr[íi]och)(?![a-z])|\bthank you for your (e-?mail|message)[.,!]? (i am|i'm) (currently )?(out|away)|^\s*(je suis (actuellement )?absente?|ich bin (bis|vom|derzeit|zurzeit|ab) .{0,40}(abwesend|nicht im büro|außer haus|im urlaub)|estoy fuera de la oficina|(sono|sarò) fuori (ufficio|sede)|estou (fora do escritório|ausente)|estaré (fuera|ausente)|no estaré en la oficina|ik ben (momenteel )?afwezig|ek is (?:tans |nou )?(?:met verlof|op verlof|met vakansie|op vakansie|afwesig|uit die kantoor)\b.{0,80}\b(?:tot|terug|met beperkte))|^\s*(?:jag är|jeg er|jeg har)\s+(?:för närvarande |för tillfället |just nu |for tiden |i øjeblikket |i øyeblikket |p\.?g\.?a\.? \S+ )?(?:föräldraledig|tjänstledig|ledig|semesterledig|sjukskriven|sjukledig|bortrest|borta|frånvarande|tjänsteresa|(?:på|i) (?:semester|ledighet|tjänsteresa|resa|kurs|konferens|ferie|ferier|permisjon|foreldrepermisjon|pappapermisjon|mammapermisjon|barselsorlov|barsel|orlov|forældreorlov|sygeorlov|kursus|tjenestereise|tjenesterejse)|fraværende|bortreist|bortrejst|sykemeldt|sygemeldt|ute av kontoret|ude af kontoret|ikke på kontoret|inte på kontoret|inte på plats|ikke til stede)\b.{0,100}?(?:\b(?:till och med|t\.?\s?o\.?\s?m\.?|tills|till|fram till|åter|tilbage|tilbake|frem til|til og med|indtil|från|fra og med|med begränsad|med begrænset|med begrenset)\b|\s\d{1,2}[./]\d{1,2}|\s\d{1,2}\s+(?:jan|feb|mar|apr|maj|mai|jun|jul|aug|sep|okt|nov|dec))|\b(?:läser|kollar|bevakar) (?:jag )?inte (?:min |mina )?(?:e-?post|mejl|mail|inkorg)(?:en)? (?:regelbundet|löpande|under (?:denna|den här) (?:tid|period)|förrän|innan)\b|\b(?:leser|læser|sjekker|tjekker) (?:jeg )?ikke (?:min |mine )?(?:e-?post|mail|mails|e-?mails|indbakke|innboks)(?:en)? (?:regelmessig|regelmæssigt|jevnlig|løbende|i denne perioden|i denne periode|før|indtil|inntil)\b|^\s*(?:automatiskt svar|automatisk svar|automatisk besked|autosvar|frånvaromeddelande|frånvaro|fraværsmelding|fraværsbesked|fravær|ferieautosvar)(?![a-zåäöæø])/i;

/** True when the text is plainly an automatic answer ("I am out of the office until …"). */
const AUTO_PREFIX =
  /^\s*(?:(?:hello|hi|hallo|guten tag|bonjour|hola|ciao|hej|hejsan|hei|hej hej|god dag|goddag|dear [^,\n]{1,40})[,!.]?\s*)?(?:(?:tack (?:så mycket |för |)(?:för )?(?:ditt|ert|din|dit) (?:mejl|mail|e-?postmeddelande|e-?post|meddelande)|takk for (?:din |e-?posten|mailen|meldingen|henvendelsen)(?:e-?post|mail|melding|henvendelse)?|tak for (?:din|jeres|din e-?mail|mailen) ?(?:mail|e-?mail|besked|henvendelse)?)[.!,]?\s*|(?:thank you|thanks|many thanks|vielen dank|danke|merci|gracias|grazie|obrigad[oa]|bedankt|dankie)(?: (?:so much|very much))? (?:(?:for|für|pour|de|por|per|voor|vir) (?:your|ihre|deine|votre|ton|su|tu|la sua|sua|uw|je|u|jou) (?:e-?mail|message|mail|nachricht|courriel|mensaje|correo|messaggio|mensagem|bericht|e-?pos|boodskap)|for (?:reaching out|getting in touch|contacting me|writing))[.!,]?\s*)?/i;
// Delivery failure notices pasted or received as plain text.
const BOUNCE =
  /^\s*(?:delivery (?:has failed|status notification|failure|to the following recipients? failed|incomplete)|undeliverable\b|undelivered mail|mail delivery (?:failed|failure|subsystem)|returned mail\b|address not found\b|message not delivered\b|i(?:'|’)m sorry to have to inform you that your message could not|this is the mail system at host|the following message to .{0,80} was undeliverable)|\b(?:your message|the (?:e-?mail|message)(?: you sent)?) (?:wasn(?:'|’)t|was not|couldn(?:'|’)t be|could not be|has not been) delivered\b|\bdelivery has failed to these recipients\b/i;
/** True when the text is plainly a delivery failure notice. */
export function looksBounce(text: string): boolean {
  return BOUNCE.test(text.trim().slice(0, 400));
}

// (Also a notice that opens with its own tag: "[자동응답] …", "[Auto-Reply] …".)
const AUTO_ANYWHERE =
  /(?:^|\n)[ \t]*(?:\(?\s*)?(?:this is an? (?:automated|automatic|auto-?generated|computer-generated) (?:response|reply|message|e-?mail|notification|acknowledg(?:e?ment))|this (?:e-?mail|message|reply|response) (?:is|was|has been) (?:sent |generated )?automatically(?: generated| sent)?)\s*(?:[.!)]*[ \t]*(?:\n|$)|[.!]\s+(?=[A-ZÀ-Þ]))|^\s*[\[【(]\s*(?:자동\s?응답|자동\s?회신|부재\s?중|自动回复|自動回覆|自動回復|自動応答|自動返信|不在通知|auto[- ]?reply|automatic reply|auto[- ]?response|out of office|abwesenheit|automatische antwort|réponse automatique|respuesta automática|resposta automática|risposta automatica)\s*[\])】]|\b(?:your|this|the) (?:e-?mail|message|mail|enquiry|inquiry|request) will be (?:attended to|answered|dealt with|responded to|read|handled|forwarded|looked at|replied to|actioned|processed) (?:on|upon|after|when) (?:my|our|his|her|their|the office's) return\b/i;
/** True when the text is plainly an automatic answer ("I am out of the office until …"). */
export function looksAutomatic(text: string): boolean {
  const t = text.trim().slice(0, 600);
  if (!t) return false;
  // (Afrikaans too: "…, maar ek sal 'n …".)
  if (/\b(?:but|maar)\b.{0,40}\b(?:(?:i|we)\s*(?:(?:'|’)ll|will)|(?:ek|ons) sal)\s+(?!(?:respond|reply|get back|answer|return|be back|be happy|have|read|check|do my best|try|antwoord|terugkom|reageer|terug wees|kyk)\b)/i.test(t)) return false;
  if (AUTOMATIC.test(t)) return true;
  // Said anywhere in a short notice: "This is an automated response." on a line of its own at the end, or "Your message
  // will be attended to on our return."
  if (text.length <= 1500 && AUTO_ANYWHERE.test(text)) return true;
  const rest = t.replace(AUTO_PREFIX, '');
  return rest !== t && AUTOMATIC.test(rest);
}

// ---------- sentences ----------

// ("Rev. Hiebert", "Cllr. Byrne", "Capt. Moore": titles of the older letter writers, too.)
const ABBREV = /\b(mr|mrs|ms|dr|st|jr|sr|prof|rev|revd|cllr|capt|sgt|mme|mlle|e\.g|i\.e|etc|vs|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|ca|mt|ft)\.$/i;
// "mid-Jan. Is it possible …": a month abbreviation ends the sentence when a capital follows.
const MONTH_ABBREV = /\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;
const ORDINAL_MONTH = /^\.\s+(?:jan|j[äa]n|feb|m[äa]r|apr|mai|maj|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|des|led|[úu]no|b[řr]e|dub|kv[ěe]|[čc]er|srp|z[áa][řr]|[řr][íi]j|lis|pro|stycz|lut|kwie|czerw|lip|sierp|wrze|pa[źz]dz|grud|tammi|helmi|maalis|huhti|touko|kes[äa]|hein[äa]|elo|syys|loka|marras|joulu)\p{L}*(?![\p{L}])/iu;
const BULLET = /^\s*([-*•·–—+▪►◦‣]|\d{1,2}[.)]|\d{1,2}\s+[-–—](?=\s)|[a-z][.)]|\(\d{1,2}\)|\([a-h]\)|\[ ?\]|(?:\p{Extended_Pictographic}|[\u2600-\u27bf\u2b50\u2b55])\ufe0f?)\s+/iu;

// "One thing though: does anybody have …?", "Oh, one more thing — …": a turn in the talk ahead of what is said.
// "E podem acrescentar que posso emprestar …", "Please add that I can offer …", "Y agreguen que voy a …": asking to add a
// thing to what was understood; the thing is read as said.
const ADD_THAT = /^(?:(?:and|also|plus|e|y|et|und|oh)[,\s]+)?(?:(?:please|por favor|bitte)[,\s]+)?(?:(?:can|could) you\s+|(?:podem|podes|pode|pueden|puedes|podéis|pouvez-vous|könnt ihr|können sie)\s+)?(?:please\s+)?(?:add|acrescent(?:ar|em|e)|agreg(?:ar|uen|ue|a)|añad(?:ir|an|e)|ajout(?:er|ez)|aggiung(?:ere|ete|i))\s+(?:that|que|dass|che)\s+(?=\S)/iu;
// "… - so mid-Dec probably", "…, say the 18th", "…, call it early March": a date that narrows the one said before it.
const SO_DATE = /^\s*(?:[-–—,;]|\.{3}|…)\s*(?:so|say|call it|i\.e\.?|ie|that is|meaning|realistically)\s+(.{2,40}?)\s*(?:probably|prob|i think|i guess|maybe)?[\s.!]*$/i;
const TALK_TURN = /^(?:(?:oh|and|but|also|ps|p\.s\.?)[,\s]+)*(?:one|a)\s+(?:(?:more|last|other|final|quick)\s+thing|thing\s+(?:though|tho)|(?:(?:more|last|other|final|quick|small)\s+)?thing\s+to\s+(?:add|mention))\s*(?:[:：]|\s[—–-])\s*(?=\S)/i;
function sentences(paragraph: string): string[] {
  const out: string[] = [];
  // An emoji (or a ":)") before a new clause ends a sentence too ("… this weekend 😊 also can i borrow …", "… term 1 🎮 Need: …").
  const re = /(?:[.!?\u0964\u0965]+["')\]]*|[。！？]+[」』）)]*|(?<=\S)\s[—–](?=\s+(?:se|si)\s+(?:alguém|algu[eé]m|alguien|quelqu['’]un|qualcuno)(?![\p{L}]))|(?<=\S\s*)(?:(?![\u2190-\u21ff\u00a9\u00ae\u2122])\p{Extended_Pictographic}[\uFE0F\u200D]*|[:;]-?[)(DP](?![\p{L}\d]))+(?=\s+(?:\p{Lu}|(?:also|and|but|i|im|i'm|i'll|ill|we|we're|we'll|me|my|our|need|offer|wish|hope|can|could|pls|please|btw|oh|ps|so|plus|gonna|going|will|honestly|tbh|thanks|thx|ty|pero|mas|mais|aber|maar|però|sana|ojal[aá]|para la pr[oó]xima|da pr[oó]xima vez|la pr[oó]xima vez|sigo|seguimos|anyone|anybody|does|who)(?![\p{L}]))))(\s+|$|(?<=[。！？」』）])(?=\S))/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[0].length;
    const piece = paragraph.slice(last, m.index + m[0].trimEnd().length);
    // Keep "Dec. 5" and "e.g. this" together; split elsewhere.
    // A month's abbreviation before a word that opens a clause of its own ("sometime in dec. need someone …", "by nov. i'll …")
    // ends the sentence, as a capital after it does.
    if (m[0].startsWith('.') && ABBREV.test(paragraph.slice(Math.max(0, m.index - 6), m.index + 1)) && !(MONTH_ABBREV.test(paragraph.slice(Math.max(0, m.index - 6), m.index + 1)) && (/^\s+\p{Lu}/u.test(paragraph.slice(m.index + 1, m.index + 4)) || /^\s+(?:i|im|i(?:'|’)m|i(?:'|’)ll|ill|we|we(?:'|’)re|we(?:'|’)ll|need|needs|also|btw|anyone|anybody|does|can|could|pls|please|offer|wish|hope|thanks|thx|my|our)(?![\p{L}'’])/iu.test(paragraph.slice(m.index + 1, m.index + 14))))) continue;
    if (/^\.\d/.test(paragraph.slice(m.index, m.index + 2))) continue;
    // Thai abbreviations ("ธ.ค.", "พ.ศ."): a dot between Thai letters; Hungarian "augusztus 20. előtt": the dot of a day after
    // its month, before a lowercase word.
    if (m[0].startsWith('.') && /[\u0e00-\u0e7f]$/u.test(paragraph.slice(Math.max(0, m.index - 1), m.index)) && /^\.[\u0e00-\u0e7f]/u.test(paragraph.slice(m.index, m.index + 2))) continue;
    if (m[0].startsWith('.') && /(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s+\d{1,2}$/iu.test(paragraph.slice(Math.max(0, m.index - 16), m.index)) && /^\.\s+\p{Ll}/u.test(paragraph.slice(m.index, m.index + 4))) continue;
    // "auf den 10. Dezember", "den 24. März", "do 5. stycznia": the dot of a day-first ordinal before a month name.
    if (m[0].startsWith('.') && /(?:^|[\s(])\d{1,2}$/.test(paragraph.slice(Math.max(0, m.index - 3), m.index)) && ORDINAL_MONTH.test(paragraph.slice(m.index, m.index + 14))) continue;
    // "Am 03.10. mach ich …", "bis 05.03. (spätestens) schicke ich …": the closing dot of a German numeric day and month
    // before a lowercase word or an aside.
    if (m[0].trimEnd() === '.' && /(?:^|[\s(])\d{1,2}\.\d{1,2}$/.test(paragraph.slice(Math.max(0, m.index - 6), m.index)) && /^\.\s+(?:\p{Ll}|\()/u.test(paragraph.slice(m.index, m.index + 4))) continue;
    // "for the W.I. committee", "the U.S. branch", "our Y.M.C.A. hall": the closing dot of a dotted initialism before a
    // lowercase word (not "i", which opens a clause in lowercase writing).
    if (m[0].trimEnd() === '.' && /(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu}$/u.test(paragraph.slice(Math.max(0, m.index - 12), m.index)) && /^\.\s+\p{Ll}/u.test(paragraph.slice(m.index, m.index + 4)) && !/^\.\s+i(?![\p{L}])/u.test(paragraph.slice(m.index, m.index + 5))) continue;
    // "Lillian H. Smith library": a middle initial.
    if (m[0].startsWith('.') && /(?:^|\s)\p{Lu}$/u.test(paragraph.slice(Math.max(0, m.index - 2), m.index)) && /^\.\s+\p{Lu}\p{Ll}/u.test(paragraph.slice(m.index, m.index + 4)) && /\s\p{Lu}\p{Ll}+\s+\p{Lu}$/u.test(paragraph.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (piece.trim()) out.push(...runOn(piece.trim().replace(TALK_TURN, '').replace(ADD_THAT, '')));
    last = end;
  }
  const tail = paragraph.slice(last).trim().replace(TALK_TURN, '').replace(ADD_THAT, '');
  if (tail) out.push(...runOn(tail));
  return out;
}
// "… send you the invoice details tomorrow also i need a co-organizer …", "… ich bringe Kuchen mit außerdem brauchen wir …":
// an unpunctuated run-on where "also" opens a new first-person clause is two sentences.
const RUN_ON_ALSO = /(?<=[\p{L}\d]{2})\s+(?=(?:also|plus|außerdem|ademas|además|tamb[ée]m|aussi)\s+(?:(?:more than\s+|always\s+)?(?:happy|glad|keen|willing)\s+to\s+\p{L}|(?:i|we|yo|eu|je|nous|ich|wir)(?:\s+|(?:'|’)(?:ll|m|re|d|ve)\s+)(?:need|needs|could use|can|will|have|want|wish|would|am|are|brauche|brauchen|necesito|necesitamos|preciso|precisamos|ai besoin|avons besoin|kann|können|puedo|podemos|posso|podemos|peux|pouvons|(?=\S)))\S)/iu;
// "… as crianças não param de falar então o que eu vou fazer é … até sexta e se minha chefe liberar eu levo … meu desejo é que
// …", "… los chicos están felices yo me comprometo a … y también les puedo ofrecer … lo que más necesitamos son …": in an
// unpunctuated run-on, a first-person promise, an offer after "and also", a need or a wish head, or an "and if my …" condition
// opens a sentence of its own.
const RUN_ON_HEAD = /(?<=[\p{L}\d]{2})\s+(?=(?:(?:yo|eu|je|ich|ik)\s+(?:me\s+comprometo|me\s+comprometi|comprometo-me|prometo|m['’]engage|verpflichte|beloof)(?![\p{L}])|(?:(?:entonces|ent[ãa]o|alors|dann|dus)\s+)?(?:lo\s+que|o\s+que|ce\s+que)\s+(?:yo\s+|eu\s+|je\s+)?(?:voy\s+a\s+hacer|vou\s+fazer|vais\s+faire)\s+(?:es|é|c['’]est)\s|(?:y|e|et|und|en)\s+(?:tambi[ée]n|tamb[ée]m|aussi|auch|ook)\s+(?:voy\s+a|vamos\s+a|vou|vamos|je\s+vais|on\s+va|nous\s+allons|ich\s+werde|wir\s+werden|ik\s+ga|we\s+gaan)\s|(?:y|e|et|und|en)\s+(?:tambi[ée]n|tamb[ée]m|aussi|auch|ook)\s+(?:(?:les|te|os|vos|lhes|vous|euch|jullie)\s+)?(?:puedo|podemos|posso|podemos|peux|pouvons|kann|können|kan|kunnen)\s|(?:y|e|et|pis|und|en)\s+(?:je|yo|eu|ich|ik)\s+(?:(?:les|te|os|vos|lhes|vous|euch|jullie)\s+)?(?:puedo|podemos|posso|peux|pouvons|kann|können|kan|kunnen)\s|(?:lo\s+que|o\s+que|ce\s+(?:dont|qui)|was)\s+(?:m[áa]s\s+|mais\s+)?(?:necesitamos|necesito|nos\s+falta|precisamos|preciso|nos\s+faz\s+falta|nous\s+(?:avons\s+besoin|manque)|wir\s+brauchen)\s|(?:(?:y|e|et|und|en)\s+)?(?:mi|meu|o\s+meu|mon|mein|nuestro|nosso|notre|unser)\s+(?:gran\s+|grande\s+)?(?:deseo|desejo|sueño|sonho|r[êe]ve|souhait|wunsch|traum)\s+(?:es|é|est|ist)\s|(?:y|e|et|und|en)\s+(?:si|se|wenn|falls|als)\s+(?:mi|mis|minha|meu|meus|minhas|mon|ma|mes|mein|meine|mijn)\s))/iu;
const RUN_ON_HEAD_GATE = /(?:tambi[ée]n|tamb[ée]m|aussi|auch|comprom|prometo|m['’]engage|verpflichte|beloof|fazer|hacer|faire|puedo|podemos|posso|peux|pouvons|kann|können|kunnen|necesit|falta|precis|besoin|manque|brauchen|deseo|desejo|sueño|sonho|r[êe]ve|souhait|wunsch|traum|\s(?:si|se|wenn|falls|als)\s)/iu;
function runOnHead(s: string): string[] {
  if (s.length < 80 || /[.!?;]\s/.test(s) || !RUN_ON_HEAD_GATE.test(s)) return [s];
  const out: string[] = [];
  let rest = s;
  for (let k = 0; k < 8; k++) {
    const m = RUN_ON_HEAD.exec(rest.slice(1));
    if (!m) break;
    const at = m.index + 1;
    if (rest.slice(0, at).trim().split(/\s+/).length < 5 || /[,:]\s*$/.test(rest.slice(0, at))) {
      const next = runOnHead0(rest, at);
      if (next < 0) break;
      out.push(rest.slice(0, next).trim());
      rest = rest.slice(next).trim();
      continue;
    }
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  out.push(rest);
  return out.filter(Boolean);
}
// The next head after one too close to the start (fewer than five words before it), or -1.
function runOnHead0(s: string, from: number): number {
  const m = RUN_ON_HEAD.exec(s.slice(from + 1));
  if (!m) return -1;
  return from + 1 + m.index;
}
// "will send u the budget asap + gonna set up the calendar this wknd": a plus sign typed between two promises joins two sentences.
const PLUS_JOIN = /\s+[+&]\s+(?=(?:gonna|gunna|going to|will|(?:i|we)(?:(?:'|’)?(?:ll|m|re)|\s+(?:will|can|am|are|need|have))|also|then|can)\s)/i;
function runOn(s: string): string[] {
  if (s.includes(' + ') || s.includes(' & ')) {
    const m = PLUS_JOIN.exec(s);
    if (m && s.slice(0, m.index).trim().split(/\s+/).length >= 3) return [...runOn(s.slice(0, m.index).trim()), ...runOn(s.slice(m.index + m[0].length).trim())];
  }
  const hs = runOnHead(s);
  if (hs.length > 1) return hs.flatMap((h) => runOn0(h));
  return runOn0(s);
}
// (?<!\w) and (?!\w) here are \b, written as V8 runs it fast under /iu (see word-edge.ts).
function runOn0(s: string): string[] {
  if (!/(?<!\w)(?:also|plus|außerdem|ademas|además|tamb[ée]m|aussi)(?!\w)/iu.test(s)) return [s];
  const m = RUN_ON_ALSO.exec(s);
  if (!m || s.slice(0, m.index).trim().split(/\s+/).length < 6 || /[,;:]\s*$/.test(s.slice(0, m.index))) return [s];
  return [s.slice(0, m.index).trim(), ...runOn0(s.slice(m.index).trim())];
}

// ---------- slots from questions and labels ----------

const ASKS_SEVERAL = [/\b(?:wish|hope|dream)/, /\boffer/, /\bneed/, /\bcommit|\bone (?:small )?thing|\bdo next|\bnext step/];
function slotOfQuestion(q: string): Slot | null {
  const t = q.toLowerCase();
  // "Please tell us a wish for the movement, an offer, a need, and one small commitment": asks for several at once.
  if (ASKS_SEVERAL.filter((re) => re.test(t)).length >= 3) return null;
  if (/\boffer|\bgive\b|\bcan you (bring|share|contribute|lend|provide)|contribute|\bshare\b|bring to the table|skills?\b|\b(?:lend|donate|spare)\b|\byou (?:can|could) bring\b/.test(t)) return 'offer';
  if (/\bneed|\blooking for|\bhelp (do )?you|\bask\b|\bwhat would help|\bmissing\b|\black\b|\bsupport\b|make (?:your|the) (?:work|life|job|lives) easier|make a difference for you/.test(t)) return 'need';
  if (/\bwish|\bhope|\bdream|\bwould you (like|love) to see|\b(?:want|like|love) to see\b|\bvision\b|\bfor the (movement|open web|web|community)/.test(t)) return 'wish';
  if (/\bcommit|\bwill you do|\byou will do|\bone (small )?thing|\bdo next|\bnext step|\bplan to do|\bpledge|\bgoing to do|\bnext step|\bsmall step|\bstep (?:you|will)|you(?:'|’)ll (?:do|take)|will you take|\bnext move\b|\bwilling to do\b|\bwhat will you\b|\bwhat are you (?:going|planning) to\b/.test(t)) return 'commitment';
  // The ask in the other languages it is sent in: "Was kannst du anbieten?", "Neye ihtiyacın var?", "Bir sonraki küçük
  // adımın ne?", "Quelle est la prochaine petite chose que vous ferez ?".
  return null;
  return null;
}

const FOREIGN_Q_COMMIT = /(?<![\p{L}])(?:n[äa]chste(?:n)? kleine(?:n)? (?:sache|schritt)|kleine sache|sonraki küçük adım\p{L}*|küçük adım\p{L}*|prochaine petite chose|petite chose que vous ferez|pr[óo]xima (?:pequeña |pequena )?(?:cosa|coisa|paso|passo)|pequeña cosa|qu[ée] har[áa]s|cosa far[àa]i|piccola cosa|volgende kleine stap)(?![\p{L}])/iu;
/** The ask's question in another language ("Was kannst du anbieten?", "Neye ihtiyacın var?"): trusted only right above
 * the answer to it, since a block of several such questions names no one slot. */
function slotOfForeignQuestion(q: string): Slot | null {
  const t = q.toLowerCase();
  if (FOREIGN_Q_COMMIT.test(t)) return 'commitment';
  return /[^\x00-\x7f]|\b(?:was|wat|wie|welke|hva|vad|mit|mik|co|czego|neler|neye|ne|quel\p{L}*|qu['’]est|que|qué|quoi|cu[aá]l|o que|qual|cosa)\b/u.test(t) ? foreignHead(t) : null;
}
// "Need: …", "Looking for: …", "Can give: …", "My wish for the open web: …", "My one thing: …"
const LABEL =
  /^\s*(?:[-*•]\s*)?(?:(?:oh|and|also|plus|ps|p\.s\.)[,\s]+){0,2}(?:my\s+|our\s+|one\s+)?(wish(?:es)?|wishing|hope|dream|offers?|offering|can offer|i can offer|can give|i can give|can do|i can do|can help with|can bring|i can bring|give|gives|giving|can share|to share|needs?|needing|i need|requirements?|required|asks?|looking for|i'm looking for|seeking|wanted|commitment|commitments|plan|the plan|goal|pledge|promise|(?:one|1) (?:small )?thing|(?:small|little|tiny) thing|(?:small\s+)?thing i(?:'| wi)ll do|next step|next thing|next up|next|action|to ?do|will do|i(?:'|’)ll do|commit|get|do|thing)(?:\s+(?:for|to)\s+[^:|]{1,40})?\s*(?:[:：]|\s[-–—]\s|\s*(?:->|=>|→|\||=)\s*|\t+)\s*(.*)$/i;
// "What I hope for: …", "For the movement: …", "Dream big: …", "Can give -> …", "Doing -> …": a short head naming the slot.
// A head word may carry digits as Arabic typed in Latin letters does ("Ne7taj:", "Agdar a3ateekum:"); "we need- mentors":
// a hyphen typed against the head and a space after it ends it too.
const LABEL2 = /^\s*(?:[-*•]\s*)?((?:[\d'’]*\p{L}[\p{L}\d'’]*[ \t]+){0,6}[\d'’]*\p{L}[\p{L}\d'’]*(?:[ \t]*\([\p{L}'’ \t]{2,40}\))?)(?:\s*(?:[:：](?!\p{Ll})|->|=>|→|\|)|\t+|(?<=\p{L})-(?=[ \t]))\s*(.*)$/u;
// "de sakta hoon — apna garage …", "chahiye — paise …": a head in another language set off by a dash.
const LABEL_DASH = /^\s*((?:[\d'’]*\p{L}[\p{L}\d'’]*[ \t]+){0,4}[\d'’]*\p{L}[\p{L}\d'’]*)\s+[—–]\s+(\S.*)$/u;
const IF_ANYONE_NEEDS = /^(?:(?:and|also|oh|plus|so|und|y|e|et|en|auch)[,\s]+)?(?:if|in case|should|falls|wenn|si|se|als|caso)\s+(?:anyone|anybody|someone|somebody|any group|a group|you|jemand|irgendwer|alguien|algu[eé]m|quelqu['’]un|iemand|qualcuno)\s+(?:ever\s+|mal\s+|noch\s+)?(?:\S+\s+){0,3}?(?:needs?|wants?|could use|is looking for|braucht|ben[öo]tigt|sucht|necesita|precisa(?:r)?|a besoin|cherche|nodig heeft|zoekt|ha bisogno)\b/iu;
function slotOfHead(h: string): Slot | null {
  const t = h.toLowerCase();
  // "If anyone needs space:", "Und falls jemand Platz braucht:", "Si alguien necesita sala:": another's need, met by
  // what follows, heads an offer.
  if (IF_ANYONE_NEEDS.test(t)) return 'offer';
  // "But one thing I will say: …": a remark said here and now names no slot.
  if (/\b(?:i(?:'|’)ll|i will|i(?:'|’)d|i would|let me|i have to|i must|i want to)\s+(?:just\s+|also\s+)?(?:say|add|mention)(?:\s+(?:this|that))?$/.test(t)) return null;
  // "One thing though:", "One more thing:", "Oh and one last thing:": a turn in the talk, not the person's one thing to do.
  if (/^(?:(?:oh|and|but|also|just|ps|p\.s\.?)[,\s]+)*(?:one|a)\s+(?:(?:more|last|other|final|quick|small|little)\s+)?thing(?:\s+(?:though|tho|more|else|first|quickly|to add|to ask))?$/.test(t) && !/^(?:one|a)\s+(?:small\s+)?thing$/.test(t)) return null;
  // "Where we want to get to:", "What I'd like to see:": where the person wants things to go is a wish.
  if (/\bwhere (?:i|we)(?:(?:'|’)d like to| would like to| want to| hope to)? (?:be|go|get|end up)\b|\b(?:like|love|want) to see\b|\bwhat (?:the|this|our) (?:city|world|movement|web|internet|country|town|society|sector|industry|planet) (?:really |most )?needs\b/.test(t)) return 'wish';
  // "Give: … / Get: … / Dream: … / Do: …": one-word heads of the person's own.
  if (/^(?:get|getting|to get)$/.test(t)) return 'need';
  // "Tip for the organisers:", "A suggestion:", "Request:": what the person asks of the events is a wish.
  if (/^(?:(?:a|one|my|small|quick|little)\s+)?(?:tip|suggestion|request|idea|feedback)(?:\s+for\s+(?:the\s+)?(?:organi[sz]ers|team|you|next time|the next one))?$/.test(t)) return 'wish';
  // "Lo que no puedo ofrecer:", "Ce que je ne peux pas offrir :": a foreign head with a negation names no slot.
  if (/(?<![\p{L}\d])(?:no|não|ne|pas|nie|nicht|kein\p{L}*)(?![\p{L}\d])/u.test(t) && /(?:ofrec|ofere|offr|anbiet|biete|necesit|precis|besoin|brauch|bisogno|dese|desej|souhait|sueñ|sonh|r[êe]ve|comprom|potrzeb|dać|falt|manqu)/u.test(t)) return null;
  // Heads in Spanish, Portuguese, French, German and Italian: "Lo que sí puedo ofrecer:", "On a besoin :", "Mein Wunsch:".
  if (/\b(?:necesit\w*|precis\w*|besoin|brauch\w*|bisogno)\b/.test(t)) return 'need';
  if (/\b(?:dese[oa]\w*|desej\w*|souhait\w*|wunsch|w[üu]nsche|sueño|sonho|sogno|r[êe]ve|mriya|mrija|marzenie|visul|ndoto|impian|sapna|khwab|yume)\b/.test(t)) return 'wish';
  if (/\b(?:ofrec\w*|ofere[cç]\w*|ofertas?|offr\w*|anbiet\w*|biete\w*|angebot|offro|offerta|aanbod)\b/.test(t)) return 'offer';
  if (/\b(?:compromis\w*|engagement|verpflicht\w*|impegno|vou fazer|voy a hacer|je vais faire)\b/.test(t)) return 'commitment';
  const fh = foreignHead(t);
  if (fh) return fh;
  if (/^(?:do|thing|doing|to do)$/.test(t)) return 'commitment';
  if (/\b(?:need|needs|needed|don(?:'|’)?t have|do not have|lack|lacking|missing|looking for|ask|asking|asks|short of|short on|could (?:really |definitely |honestly )?(?:use|do with)|would (?:really )?help|make an? (?:huge|big|real|massive|world of) difference)\b/.test(t)) return 'need';
  if (/\b(?:wish|wishes|hope|hoping|dream|vision|for the (?:movement|open web|web|community|world|future))\b/.test(t)) return 'wish';
  if (/\b(?:i(?:'|’)ll do|i will do|doing|to do|do next|commit\w*|promise|pledge|plan|small thing|one thing|first thing|next thing|next step|first step|action|goal|(?:my|to-?do) list)\b|^(?:i(?:'|’)ll|i will|will|we(?:'|’)ll|we will)$/.test(t)) return 'commitment';
  if (/\b(?:offer\w*|give|giving|bring|got|have|can do|share|contribut\w*|skills?|lend|put on the table|bring to the table)\b/.test(t)) return 'offer';
  return null;
}
const SAY_FILLER = /^(?:i(?:'|’)d say|i would say|i guess|i think|i suppose|i reckon|probably|mostly|honestly|simple|simply|easy|well)\b[:,!.]?\s+/i;
const TOPIC = /^\s*(?:(?:oh|and|also|so|plus)[,\s]+){0,3}(?:(?:(?:as for|as far as|in terms of|regarding|re:?|on the|about|when it comes to)\s+(?:the\s+|my\s+|our\s+|what i\s+)?|for\s+(?:my|our)\s+)(wish(?:es)?|offers?|needs?|commitments?|pledge|one (?:small )?thing)(?:\s+(?:side|front|part|question|bit|goes|is concerned))?|(wish|offer|need|commitment)-?wise)\s*(?:,|\s[-–—:]|:)\s*(.+)$/i;
/** A label at the start of a line or sentence ("Need: …", "What I've got: …"): its slot and the words after it. */
function labelOf(s: string): { slot: Slot; body: string } | null {
  // "As for my wish, …", "In terms of needs, …", "Offer-wise, …", "On the offer side, …"
  const t = TOPIC.exec(s);
  if (t) return { slot: slotOfLabel(t[1] ?? t[2]!), body: t[3]!.replace(SAY_FILLER, '').trim() };
  const m = LABEL.exec(s);
  if (m) return { slot: slotOfLabel(m[1]!), body: m[2]!.trim() };
  const g = LABEL2.exec(s);
  if (!g) {
    const d = LABEL_DASH.exec(s);
    const ds = d ? foreignHead(d[1]!.toLowerCase()) : null;
    // "Venue chahiye though — koi jagah hai jo free mein de sake?": a thing named in the head, then a question asking who
    // could give it; the thing is the need, not the question.
    const named = ds === 'need' && /\?\s*$/.test(d![2]!) ? /^(\S.{1,40}?)\s+(?:chahiye|chahie|chaiye|chahiye\s+tha)(?:\s+(?:though|tho|bhi|yaar|please|pls))?$/iu.exec(d![1]!.trim()) : null;
    if (named) return { slot: 'need', body: named[1]! };
    return ds ? { slot: ds, body: d![2]!.trim() } : null;
  }
  const slot0 = slotOfHead(g[1]!);
  // "What I can do: I'll clean up the photo folder this weekend": a firm "I'll" under a head of what one can do promises it.
  // So does a pledge under such a head in another language: "Quanto ao que posso fazer: comprometo-me a …", "Ce que je peux
  // faire : je m'engage à …", "Lo que puedo hacer: me comprometo a …".
  const slot = slot0 === 'offer' && ((/^(?:i(?:'|’)ll|i will|i(?:'|’)m going to|i am going to|we(?:'|’)ll|we will)\s/i.test(g[2]!.trim()) && /\bcan do\b/i.test(g[1]!)) || (/^(?:(?:yo|eu|je|ich|io)\s+)?(?:comprometo-me|me\s+comprometo|je\s+m['’]engage|m['’]engage|verpflichte\s+mich|mi\s+impegno|prometo|je\s+promets)(?![\p{L}])/iu.test(g[2]!.trim()) && /(?:posso|puedo|peux|kann|posso)\s+(?:fazer|hacer|faire|tun|machen|fare)/iu.test(g[1]!))) ? 'commitment' : slot0;
  return slot ? { slot, body: g[2]!.trim() } : null;
}
function slotOfLabel(w: string): Slot {
  const t = w.toLowerCase();
  if (/wish|hope|dream/.test(t)) return 'wish';
  if (/offer|give|giving|share|bring|can do|help with/.test(t)) return 'offer';
  if (/need|ask|looking|seeking|wanted|requir|^get$/.test(t)) return 'need';
  return 'commitment';
}

// A line that introduces a list: "Here's what I'll do:", "I can offer:", "Things I need:"
function slotOfLead(line: string): Slot | null {
  const t = line.trim();
  if (!/[:：]\s*$/.test(t) && !/\b(following|below)\s*[.:]?$/i.test(t)) return null;
  // "But one thing I will say:": what follows is said here and now, not a list of things to do.
  if (/\b(?:i(?:'|’)ll|i will|i(?:'|’)d|i would|let me|i have to|i must|i want to)\s+(?:just\s+|also\s+)?(?:say|add|mention)(?:\s+(?:this|that|one thing))?\s*[:：]\s*$/i.test(t)) return null;
  if (/\b(i(?:'| wi)ll|i will|i'm going to|i am going to|i commit|(?:i(?:'|’)m|i am|we(?:'|’)re|we are) committing|i pledge|i promise|we(?:'| wi)ll|my commitments?|to[ -]do|todo(?=s?\s*(?:list\s*)?[:：])|plan|my one thing|next steps?|(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?:doing|taking on|working on|on the hook for))\b/i.test(t)) return 'commitment';
  if (/\b(offer|give|share|contribute|help with|lend|put on the table|bring to the table|can bring)\b/i.test(t)) return 'offer';
  if (/\b(need|looking for|could use|short of|short on|lacking|missing|desperate for)\b/i.test(t)) return 'need';
  if (/\b(wish|hope)\b/i.test(t)) return 'wish';
  // "Bonjour ! Ce qu'on peut offrir :": a head in another language after a greeting.
  const fl = /(?:^|[.!?¡¿]\s*)([^.!?¡¿:：]{3,60}?)\s*[:：]\s*$/u.exec(t);
  if (fl) return foreignHead(fl[1]!.toLowerCase());
  return null;
}

// Phone shorthand, read as written out: "ill host …" (I'll), "im gonna …", "me and a couple friends r gonna …".
const SHORT_ILL = /(?<!\b(?:am|m|was|were|is|are|be|been|being|feel|feeling|felt|fell|fall|falls|got|get|gets|getting|very|really|quite|too|(?<!\b(?:ok|okay|and|yeah|yes|right|alright)\s+)so|pretty|seriously|terminally|critically|an|the|mentally|chronically|gravely|become|became|becomes|look|looks|looked|seem|seems|seemed|sick|and\s+sick)\s+)\b[Ii]ll\s+(?!(?:and|or|with|for|from|because|since|at|in|on|so|health|today|yesterday|lately|recently|again|all|but|the|a|an|this|that|people|patients|children|kids|effects?|will|feeling|advised|prepared|equipped|treated|repute)\b)(?=[a-z])/g;
// "Am gonna set up a WhatsApp group today": the "I" left out at the start of a sentence.
const SHORT_AM = /(^|[.!?]\s+|[\p{Extended_Pictographic}]\s*)[Aa]m\s+(?=(?:gonna|going to|planning|hosting|running|organi[sz]ing|doing|setting up|starting)\b)/gu;
const SHORT_IM = /\b[Ii]m\s+(?=(?:def|defo|deffo|lowkey|going|gonna|planning|doing|hosting|running|organi[sz]ing|in|free|happy|not|still|on|off|away|also|definitely|totally|so|really|down|up for)\b)/g;
const SHORT_R = /\br(?<=(?:we|they|friends|folks|guys|kids|(?:i|me) and [\w ]{1,30}?)\s+r)\s+(?=(?:gonna|going|planning|hosting|running|doing|organi[sz]ing)\b)/gi;
// "Ofer: …", "Neeed: …", "Wsh: …": a label typed in a hurry is still the label.
const LABEL_TYPO = /^(\s*(?:[-*•]\s*)?)(?:(ofer|offr|ofr|oferr|offfer|ofers|offrs)|(neeed|neeeds|neds|nead|neds|nedd|neeeed)|(wsh|whish|wiish|wsih|wishh|wisj)|(commitement|comitment|commitmnt|committment))(?=\s*(?:[:：]|\s[-–—]\s))/i;
const labelTypo = (t: string) => t.replace(LABEL_TYPO, (_m, pre: string, o?: string, n?: string, w?: string) => pre + (o ? 'Offer' : n ? 'Need' : w ? 'Wish' : 'Commitment'));
// "We as the society are going to …", "We, as a club, will …": the role said beside the subject leaves the promise.
const AS_ROLE = /\b([Ww]e|I),?\s+as\s+(?:the|a|an|our|my)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+(?=(?:are|am|will|shall|plan|intend|want|would like)\b)/gu;
// "What I can say for sure is that my basement has a drill …": the frame around the statement is no part of it.
// "I intend, God willing, to host …", "I shall, with the vicar's blessing, run …": a courteous aside between the lead-in and
// the verb goes; one that hedges ("I will, if time allows, run …") stays and hedges.
const POLITE_ASIDE = fastEdges(/\b((?:i|we)\s+(?:shall|will|intend|plan|promise|am going|are going|mean))\s*,\s*([^,]{2,40}),\s*(?=(?:to\s+)?\p{Ll})/giu);
const ASIDE_HEDGE = /\b(?:if|unless|provided|providing|assuming|depending|maybe|perhaps|possibly|probably|hopefully|permitting|all being well|with luck|touch wood|fingers crossed|health|weather)\b/i;
// "I've been asked to run the next klatch, and I've said yes": a request accepted is a promise.
const ASKED_AND_AGREED = /\b(I|we)\s*(?:(?:'|’)ve|\s+have)\s+been\s+asked\s+to\s+([^,.;!?]{3,80}?),?\s+and\s+(?:I|we)\s*(?:(?:'|’)ve|\s+have)\s+(?:said yes|agreed|accepted)\b(?:\s+to\s+(?:it|that|do it))?/gi;
// "It is my intention to host …", "Our intention is to run …": the intention said as a noun.
const MY_INTENTION = /(^|[.!?]\s+|[,;:]\s*)(?:it\s+is|it(?:'|’)s)\s+(my|our)\s+(?:firm\s+|full\s+)?intention\s+to\s+|(^|[.!?]\s+|[,;:]\s*)(my|our)\s+(?:firm\s+|full\s+)?intention\s+is\s+to\s+/gi;
const SAY_FOR_SURE = /\b[Ww]hat (?:I|we) can (?:say|tell you)(?: for (?:sure|certain)| with certainty)? is(?: that)?\s+(?=\p{Ll})/gu;
// "gonna chase up the shire about …" at the start of a line: the "I'm" left out.
// "Em cũng cần (I also need) a speaker": the writer's own English for the words before the bracket stands for them.
const GLOSS_LEAD = /(^|[.!?]\s+)((?:(?!\b(?:i|we|the|a|an|to|and|is|are|my|our|also|need|will)\b)[^\s().!?,]+\s+){1,4})\(((?:i|we)\s+[a-z' ]{2,30})\)\s+(?=\S)/gi;
// Gulf Arabizi marks the future with "ba" ("Ba sawee coffee klatch …, w ba arsel lekum el photos"): read as "ra7".
const ARABIZI_BA = /(^|[\s,.!])[Bb]a\s+([a-z][a-z0-9]{2,})(?=\s)/g;
const arabiziFuture = (t: string) => (arabizi && /(?:^|[\s,.!])[Bb]a\s/.test(t) ? t.replace(ARABIZI_BA, (_m, p: string, v: string) => `${p}ra7 ${/^[a2en]/i.test(v) ? v : 'a' + v}`) : t);
// French simple future in the first person ("je vous enverrai un compte-rendu", "j'organiserai un atelier", also after a
// fronted date: "Pour la Toussaint je ferai …", but not after "si", "que", "quand"): read as the
// "je vais" + infinitive it means, so it promises as "je vais vous envoyer …" does.
const FR_FUTURE = /(^|[,;.!]\s*(?:et\s+|puis\s+)?|\bet\s+|(?<!(?:^|[\s'’])(?:[Qq]ue|[Qq]u|[Ss]i|[Ss]|[Qq]uand|[Ll]orsque|[Cc]omme|[Oo]ù|[Dd]ont|[Qq]ui)\s*)(?<=[\p{L}\d)]\s*)\s)([Jj]e\s+|[Jj]['’])((?:(?:vous|te|leur|lui|les|le|la|en|y)\s+|l['’])*)(\p{Ll}{2,}?)(rai)(?=\s)/gu;
const FR_IRREGULAR: Record<string, string> = { enver: 'envoyer', fe: 'faire', se: 'être', au: 'avoir', i: 'aller', viend: 'venir', pour: 'pouvoir', ver: 'voir', tiend: 'tenir', saur: 'savoir', devr: 'devoir', voud: 'vouloir', fau: 'falloir', recevr: 'recevoir', enverr: 'envoyer', renverr: 'renvoyer', reviend: 'revenir', devie: 'devenir' };
const frInfinitive = (stem: string): string => FR_IRREGULAR[stem] ?? FR_IRREGULAR[stem.replace(/r$/, '')] ?? (/e$/.test(stem) ? stem.slice(0, -1) + 'er' : /i$/.test(stem) ? stem + 'r' : /[dt]$/.test(stem) || /ir$/.test(stem) ? stem + 're' : stem + 'er');
const frFuture = (t: string) => (/\p{Ll}rai\s/u.test(t) && /\b(?:je|j['’])/i.test(t) ? t.replace(FR_FUTURE, (m, pre: string, je: string, pro: string, stem: string) => (/^(?:au|se|pour|devr|voud|fau|saur|i|viend|reviend|vien|serai)$/.test(stem) ? m : `${pre}${/^J/.test(je) ? 'J' : 'j'}e vais ${pro}${frInfinitive(stem)}`)) : t);
// "Coffee klatch à Saint-Denis : je l'organise début mars", "Un atelier vélo, je le monte en juin": the thing put first, then
// taken up by a pronoun before the verb; read as "je vais organiser un coffee klatch à Saint-Denis début mars".
const FR_TOPIC_FIRST = /(^|[.!?]\s+)([^\n:,.;!?()]{3,60}?)\s*[:,–—]\s*([Jj]e\s+(?:vais\s+)?)(?:l['’]|le\s+|la\s+)(\p{Ll}{3,})(?=[\s,.!]|$)/gmu;
const frTopicFirst = (t: string) => (/\b[Jj]e\s+(?:vais\s+)?(?:l['’]|le\s|la\s)/u.test(t) ? t.replace(FR_TOPIC_FIRST, (m, pre: string, topic: string, _je: string, verb: string) => {
  const article = /^(?:un|une|le|la|les|l['’]|mon|ma|notre|ce|cette)\s*/i.test(topic);
  // (A topic is a noun phrase: "Christophe organise une DemoCamp, je le laisse …" is a clause, not a thing put first.)
  if (article ? topic.trim().split(/\s+/).length > 8 : !(formatNamed(topic) && FORMAT_FIRST.test(topic.trim()))) return m;
  const inf = /er$|ir$|re$/.test(verb) ? verb : verb === 'fais' ? 'faire' : /e$/.test(verb) ? verb + 'r' : '';
  if (!inf || /^(?:pense|trouve|aime|adore|d[ée]teste|sais|vois|connais|dis|crois|esp[èe]re)r?$/.test(inf.replace(/r$/, ''))) return m;
  return `${pre}Je vais ${inf} ${article ? '' : 'un '}${topic.charAt(0).toLowerCase() + topic.slice(1)}`;
}) : t);
// English as a second language: "I have the wish that" (tengo el deseo de que, j'ai le souhait que, ich habe den Wunsch,
// dass, mera khwahish hai ke) for "I wish that".
const l2Have = (t: string) => (/\bwish\b/i.test(t) ? t.replace(/\b([Ii]|[Ww]e)\s+(?:have|had)\s+(?:the|a|one|my|our)\s+(?:(?:big|great|small|little|deep|only)\s+)?wish\s+(?:that\s+)?(?=\p{L})/gu, '$1 wish that ') : t);
const shorthand = (t0: string) => { const t = l2Have(frTopicFirst(frFuture(arabiziFuture(t0)))); return labelTypo(t.includes('(') ? t.replace(GLOSS_LEAD, '$1$3 ') : t).replace(/^(\s*(?:[-*•]\s*)?)(?:gonna|gunna|Gonna|Gunna)\s+(?=[a-z])/, "$1I'm gonna ").replace(/\b([Dd])ef(?:inately|inetly|intely|initley|enitely|fin[ai]tely)\b/g, '$1efinitely').replace(AS_ROLE, '$1 ').replace(POLITE_ASIDE, (m, lead: string, aside: string) => (ASIDE_HEDGE.test(aside) ? m : lead + ' ')).replace(ASKED_AND_AGREED, (_m, who: string, what: string) => `${who} will ${what}`).replace(MY_INTENTION, (_m, p1?: string, w1?: string, p2?: string, w2?: string) => (p1 ?? p2 ?? '') + (/^our$/i.test(w1 ?? w2 ?? '') ? 'we' : 'I') + ' intend to ').replace(SAY_FOR_SURE, '').replace(/\b([Mm]e|I) n (?=(?:my|our|a|some|two|three)\b)/g, '$1 and ').replace(SHORT_ILL, "I'll ").replace(SHORT_IM, "I'm ").replace(SHORT_AM, '$1I am ').replace(SHORT_R, 'are '); };
// "wish more girls coding / offer my garage on sundays / need cash for pizza": the four answers typed on a phone,
// one a line, each led by its bare label word and nothing to end it.
const BARE_LABEL = /^\s*(wish(?:es)?|offers?|needs?|commitment|commit)\s+(?!(?:to|you|u|i|we|it|that|this|is|was|for you|list)\b)(\S.*)$/i;
const BARE_LEAD = /^\s*(?:i(?:'|’)ll|i will|will do|gonna|going to)\s+\S/i;
/** The lines as the person meant them: shorthand written out, a bare-label block labelled, "Q: …?" read as a question. */
// "wish = free transit; offer = my truck; need = volunteers": several labelled answers on one line.
const INLINE_LABEL = /(?:^|[;:,]\s*|\.\s+)(?=(?:wish(?:es)?|hope|dream|offers?|give|needs?|ask|get|commitment|commit|pledge|one (?:small )?thing|to ?do)\s*(?:[:=]|\s[-–—]\s))/gi;
// "Hola!! 1. a coding club in every library 2. I can lend my printer 3. money for materials": answers numbered 1, 2, 3 …
// in one line are lines of their own.
// "we voted on three things: (a) we're running a DemoCamp …, (b) we'll publish …, and (c) maybe …": lettered the same.
function inlineLettered(l: { text: string; quoted: boolean }): { text: string; quoted: boolean }[] {
  const at: number[] = [];
  for (const m of l.text.matchAll(/(?:^|\s)\(([a-h])\)\s+(?=\S)/g)) if (m[1]!.charCodeAt(0) - 97 === at.length) at.push(m.index! + (/^\s/.test(m[0]) ? 1 : 0));
  if (at.length < 2) return [l];
  const head = l.text.slice(0, at[0]).trim();
  // The last item ends with its sentence; what follows is a line of its own.
  const last = l.text.slice(at[at.length - 1]!);
  const stop = /[.!?]\s+(?=\S)/.exec(last);
  const tail = stop ? last.slice(stop.index + stop[0].length).trim() : '';
  const endAt = stop ? at[at.length - 1]! + stop.index + 1 : l.text.length;
  return [...(head ? [{ ...l, text: head }] : []), ...at.map((a, i) => ({ ...l, text: l.text.slice(a, at[i + 1] ?? endAt).trim().replace(/(?:[,;]\s*|\s+)(?:and|or)\s*$|[,;]\s*$/i, '') })), ...(tail ? [{ ...l, text: tail }] : [])];
}
function inlineNumbered(l: { text: string; quoted: boolean }): { text: string; quoted: boolean }[] {
  if (!l.quoted && /\s\(b\)\s/.test(l.text)) return inlineLettered(l);
  if (l.quoted || !/\s2[.)]\s/.test(l.text)) return [l];
  const at: number[] = [];
  for (const m of l.text.matchAll(/(?:^|\s)(\d)[.)]\s+(?=\S)/g)) if (Number(m[1]) === at.length + 1) at.push(m.index! + (m[0].startsWith(' ') || /^\s/.test(m[0]) ? 1 : 0));
  if (at.length < 3) return [l];
  const head = l.text.slice(0, at[0]).trim();
  return [...(head ? [{ ...l, text: head }] : []), ...at.map((a, i) => ({ ...l, text: l.text.slice(a, at[i + 1] ?? l.text.length).trim() }))];
}
// "My to-dos from Saturday, in no particular order: clean the CSVs, write the README, and book the venue.": a list of
// things to do run on after the head's colon is read as the same list typed one a line.
const TODO_INLINE = /^(.*?\b(?:my|our)\s+(?:to-?dos?|to-?do list|todo list|next steps|action items)\b[^:.!?]{0,50}):\s+([^.!?]+?)(?:[.!?](?:\s+|$)|$)/i;
function inlineTodo(l: { text: string; quoted: boolean }): { text: string; quoted: boolean }[] {
  const m = l.quoted ? null : TODO_INLINE.exec(l.text);
  if (!m) return [l];
  const parts = m[2]!.split(/,\s+(?:and\s+)?|;\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => /^(?!(?:i|we|you|they|he|she|it|the|a|an|my|our|this|that|and|but|maybe|probably)\b)\p{Ll}+\s+\S/u.test(p))) return [l];
  const rest = l.text.slice(m[0].length).trim();
  return [{ ...l, text: m[1]! + ':' }, ...parts.map((p) => ({ ...l, text: '- ' + p })), ...(rest ? [{ ...l, text: rest }] : [])];
}
// "[14/05/2027, 21:12] Tunde: I can do the flyers", "14/05/27, 9:12 pm - Tunde: …": a line pasted from a chat export; the
// stamp and the name go, and the line is a sentence of its own.
const CHAT_STAMP = /^\s*(?:\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\s+[-–])\s+[^:\n]{1,40}?:\s+(?=\S)/i;
// Markdown a developer types: "**Offer:**" emphasis, "[the audit](https://…)" links (the link text is the words) and
// "## Wish" headings (the head alone) are no part of the words.
const MD_LINK = /\[([^\]\n]{1,200})\]\((?:https?:\/\/|mailto:|www\.|\/|#)[^)\s]*\)/g;
const markdown = (t: string) => {
  if (t.includes('**') || t.includes('__')) t = t.replace(/\*\*|__/g, '');
  if (t.includes('](')) t = t.replace(MD_LINK, '$1');
  if (t.includes('#') && /^\s*#{1,6}\s+\S/.test(t)) t = t.replace(/^\s*#{1,6}\s+/, '');
  return t;
};
// "I can do design - posters, social media graphics, that kind of thing.": examples after a dash, closed by "that kind of
// thing" / "etc." / "und so weiter" / "ce genre de choses", gloss what came before and are no item of their own.
const DASH_GLOSS = /\s+[-–—]\s+[^.!?;–—]{2,100}?,?\s+(?:that kind of thing|that sort of thing|those kinds? of things?|things like that|stuff like that|and (?:so on|the like|stuff|more|so forth)|etc\.?|usw\.?|und so weiter|(?:und )?so was|ce genre de choses?|ce genre de trucs?|ce type de choses?|cosas así|ese tipo de cosas?|esse tipo de coisas?|coisas assim|e così via|cose del genere|dat soort dingen)(?=\s*[.!]?\s*$|\s*[.!]\s)/giu;
const dashGloss = (t: string) => (/\s[-–—]\s/.test(t) && /etc|usw|thing|stuff|so on|the like|and more|so forth|so weiter|so was|genre|type|tipo|así|assim|così|genere|soort/i.test(t) ? t.replace(DASH_GLOSS, '') : t);
function readLines(lines00: { text: string; quoted: boolean }[]): { text: string; quoted: boolean }[] {
  if (lines00.some((l) => !l.quoted && /^\s*\[?\d/.test(l.text) && CHAT_STAMP.test(l.text))) lines00 = lines00.map((l) => (l.quoted || !CHAT_STAMP.test(l.text) ? l : { ...l, text: l.text.replace(CHAT_STAMP, '').replace(/(?<![.!?])\s*$/, '.') }));
  if (lines00.some((l) => !l.quoted && /to-?do|next steps|action items/i.test(l.text) && TODO_INLINE.test(l.text))) lines00 = lines00.flatMap(inlineTodo);
  const lines0 = lines00.some((l) => !l.quoted && /\s(?:2[.)]|\(b\))\s/.test(l.text)) ? lines00.flatMap(inlineNumbered) : lines00;
  const lines = lines0.some((l) => !l.quoted && /[;.:]/.test(l.text) && (l.text.match(INLINE_LABEL)?.length ?? 0) >= 3)
    ? lines0.flatMap((l) => (l.quoted || (l.text.match(INLINE_LABEL)?.length ?? 0) < 3 ? [l] : l.text.split(INLINE_LABEL).map((t) => ({ ...l, text: t.trim() })).filter((x) => x.text)))
    : lines0;
  // "**Offer:** graphic design": markdown emphasis is no part of the words.
  const out = lines.map((l) => (l.quoted ? l : { ...l, text: shorthand(dashGloss(markdown(l.text))) }));
  // "Q: what can you offer?" / "A: a spare room": a question and its answer, written out.
  if (out.filter((l) => !l.quoted && /^\s*Q\s*[:)]\s*\S.*\?\s*$/.test(l.text)).length) {
    for (const l of out) {
      if (l.quoted) continue;
      const q = /^\s*Q\s*[:)]\s*(\S.*\?)\s*$/.exec(l.text);
      if (q) { l.text = q[1]!; l.quoted = true; continue; }
      l.text = l.text.replace(/^\s*A\s*[:)]\s*/, '');
    }
  }
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j < out.length && !out[j]!.quoted && out[j]!.text.trim()) j++;
    const block = out.slice(i, j);
    const bare = block.filter((l) => BARE_LABEL.test(l.text) && !labelOf(l.text));
    if (bare.length >= 2 && block.length >= 2 && block.every((l) => l.text.length <= 80 && (BARE_LABEL.test(l.text) || BARE_LEAD.test(l.text) || labelOf(l.text)))) {
      for (const l of block) {
        const m = BARE_LABEL.exec(l.text);
        let t = m && !labelOf(l.text) ? `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()}: ${m[2]}` : l.text;
        if (!/[.!?]\s*$/.test(t)) t = t.trimEnd() + '.';
        l.text = t;
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const GREETING_LINE = /^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|kia ora|hallo|hola|bonjour|salut|ciao|hej|hei|moin|servus|ol[aá]|oi|namaste|talofa|m[āa]l[ōo] e lelei|g(?:'|’)day|howdy|aloha|habari|sawubona|mauri|(?:as+)?-?sala+m(?:u|o)?(?:\s*(?:o|u)?\s*[ae]l[ae]ikum)?|salaam|marhaba|ahlan|jambo|shalom|vanakkam|namaskar(?:am)?|nomoshkar|sat sri akal|merhaba|selam|privet|cze[śs][ćc]|dzie[ńn] dobry|xin ch[àa]o|annyeong(?:haseyo)?|konnichiwa|kumusta|mabuhay)\b[^.!?,:;]{0,40},\s*$/iu;
const RESTATED = /^(?:i mean|i meant|that is|in other words|in english)\b[,:]?\s+(?:to say[,:]?\s+)?(?:i|we)\b/i;
const foreignOpens = (t: string) => FOREIGN_OFFER.test(t) || FOREIGN_OFFER_VERB.test(t) || FOREIGN_NEED.test(t) || FOREIGN_WISH.test(t);
const NUMBERED_QUESTION = /^\s*(?:\d{1,2}[.)]|q\d{0,2}[.:)])\s+\S[^?]*\?\s*$/i;
const UNSTOPPED_WRAP = /(?:^|\s)(?:and|or|but|the|a|an|of|to|for|with|in|on|at|by|from|my|our|your|is|are|was|were|will|i|we|that|und|y|et|e|en|o|ou|oder|de|da|do|la|le|el|der|die|das|mit|für|pour|para|por|avec|con|com|van|het|een)$/i;

// The matches of a /g pattern, as [...s.matchAll(re)] lists them, without the copy of the pattern that matchAll builds
// on every call (speed only).
function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && (s.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}
function units(lines: { text: string; quoted: boolean }[]): Unit[] {
  const out: Unit[] = [];
  let question: Slot | null = null;
  let lead: Slot | null = null;
  // Whether the lead line has had its list: a paragraph after a blank line under the list is no longer in it.
  let leadUsed = false;
  let afterLabel = false;
  let para: string[] = [];
  const flush = () => {
    if (!para.length) return;
    // "Kia ora e te whānau,\nOver Matariki weekend our marae will host …": a salutation on its own line ends there.
    if (para.length >= 2 && GREETING_LINE.test(para[0]!) && /^\s*\p{Lu}/u.test(para[1]!)) para[0] = para[0]!.replace(/,\s*$/, '.');
    // "Open source in every school board\nMy boat (fits 8)\nVolunteers for setup\nDemoCamp in the fall": three to six short
    // lines typed without stops, each opening with a capital and none ending as a wrapped line does (a comma, "and", "the"),
    // are one answer a line, not one sentence.
    const bare = para.length >= 3 && para.length <= 6 && para.every((l) => l.trim().length <= 60 && /^\s*\p{Lu}/u.test(l) && !/[.!?,;:]["')\]]*\s*$/.test(l.trim()) && !UNSTOPPED_WRAP.test(l.trim()));
    const joined = (bare ? para.map((l) => l.trim() + '.').join(' ') : para.join(' ')).replace(/\s+/g, ' ').trim();
    // "Open data for every city.\nLaptops.\nA mentor.": one answer a line, each line its own sentence, not prose.
    const lineEach = bare || para.length >= 3 && para.every((l) => /[.!?]["')\]]*\s*$/.test(l.trim()) && sentences(l.trim()).length === 1);
    para = [];
    // A label governs its own sentence; later sentences keep it only as a fallback, unless they carry their own.
    let carried: Slot | null = null;
    let asked = false;
    // "… in January... peut-être.": a hedge standing alone after a sentence hedges that sentence.
    const ss = sentences(joined).reduce<string[]>((acc, x) => {
      if (acc.length && /^(?:\.{2,}|…|-+|—)?\s*(?:maybe|perhaps|possibly|probably|peut[- ][eê]tre|quiz[aá]s?|tal vez|talvez|vielleicht|forse|misschien|no promises|we(?:'|’)ll see)\s*[.!?…]*\s*$/i.test(x)) acc[acc.length - 1] = x.replace(/^[.…\s—-]+|[.!?…\s]+$/g, '') + ', ' + acc[acc.length - 1];
      // "… ek coffee klatch kar loon. Dekhte hain.": "we'll see" in another language hedges the sentence before it too.
      else if (acc.length && /^(?:dekhte hain|dekhenge|on verra|ya veremos|mal sehen|bakalım|bakarız|nshoof|nshuf)\s*[.!?…]*\s*$/i.test(x)) acc[acc.length - 1] = acc[acc.length - 1]!.replace(/[.!?…\s]+$/, '') + ', maybe.';
      // "… we'll run a sprint in October. Legal still has to sign off, so don't hold us to it.": an approval still awaited,
      // said right after, hedges the promise before it.
      // (Not when that sentence hedges a plan of its own: "Might do a DemoCamp too but don't hold me to that one.")
      else if (acc.length && /\b(?:sign|hold|approv|pending)/i.test(x) && PENDING_APPROVAL.test(x) && !HEDGE.test(x)) { acc[acc.length - 1] = 'Maybe, ' + acc[acc.length - 1]!; acc.push(x); }
      else acc.push(x);
      return acc;
    }, []);
    for (const [pos, s] of ss.entries()) {
      const at = out.length;
      // "My wish for the web? That kids …": the person's own question labels what follows it.
      const ownQ = /^(?:(?:my|our|and my|and our)\s+)?(wish(?:es)?|hope|dream|offers?|needs?|commitment|pledge|one (?:small )?thing|next step)\b(?!\s*[:：])[^?]{0,40}\?+$/i.exec(s);
      if (ownQ) {
        carried = slotOfLabel(ownQ[1]!);
        asked = true;
        continue;
      }
      // "I commit to 2 things: (1) fixing the form, (2) running a DemoCamp": an inline numbered list.
      const marks = execAll(/(?:^|[\s:;,])\(?(\d)\)\s+/g, s);
      if (marks.length >= 2 && marks[0]![1] === '1' && marks[1]![1] === '2') {
        const head = s.slice(0, marks[0]!.index).trim();
        const ld = head ? slotOfLead(head.endsWith(':') ? head : head + ':') : null;
        const pieces = s.slice(marks[0]!.index).split(/(?:^|[\s:;,])\(?\d\)\s+/).map((x) => x.replace(/[,;]?\s*(?:and\s*)?$/i, '').trim()).filter(Boolean);
        // "1) more women speakers 2) I can host 3) a sponsor 4) I will email …": numbered as the ask's questions are.
        const inOrder = pieces.length === marks.length && marks.every((m, k) => Number(m[1]) === k + 1);
        pieces.forEach((p, k) => out.push({ text: p, question: carried ?? question ?? ld ?? lead, label: null, listItem: true, num: inOrder && !head ? k + 1 : undefined }));
        continue;
      }
      const lab = labelOf(s);
      if (lab && lab.body) {
        // "Wish: pass. I'm just here for the pizza": a label answered with a placeholder carries over to nothing.
        carried = NOTHING.test(lab.body) ? null : lab.slot;
        out.push({ text: lab.body, question, label: carried, listItem: false, ...(carried === 'commitment' ? { head: s.slice(0, Math.max(0, s.lastIndexOf(lab.body))) } : {}) });
      } else {
        // "Dream: kids riding to school on their own. Oh and I'm gonna film the group next weekend.": a sentence that opens
        // with a promise of one's own is not more of the labelled answer before it.
        const own = carried && carried !== 'commitment' && OWN_PROMISE.test(s) && !hedged(s);
        // "My wish: that every school has internet. Amesegnalehu": one closing word in the writer's own language at the end
        // of the paragraph is a goodbye, not more of the labelled answer.
        // "With respect, Oksana": a closing and a name are no answer either.
        const bye = carried && ((pos === ss.length - 1 && pos > 0 && /^\p{Lu}\p{Ll}{3,}\s*!*\s*$/u.test(s)) || signOff(s) !== null);
        // The answer to the person's own question ("My wish? That …") is no remark on the answer before it.
        out.push({ text: s, question: (own || bye ? null : carried) ?? question ?? lead, label: null, listItem: false, pos: lineEach || asked ? 0 : pos });
        asked = false;
        if (own) carried = null;
      }
      void at;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.quoted) {
      flush();
      // Each quoted block sets the meaning of the answers under it.
      if (l.text.trim()) {
        const prevQuoted = i > 0 && lines[i - 1]!.quoted && lines[i - 1]!.text.trim();
        // The next line with words, past empty quote lines ("> Wat heb je nodig?\n>\n\nEen warmtecamera"), is the person's own
        // (not under the last of a block of questions, "> 1. …?\n> 2. …?\n\n1. …": the numbers pair those up).
        let k = i + 1;
        const inBlock = !!prevQuoted && /\?\s*$/.test(lines[i - 1]!.text);
        while (k < lines.length && !lines[k]!.text.trim() && !inBlock) k++;
        // "> ¿Cuál es tu deseo …?\n> ¿Qué puedes ofrecer?\n\nUna furgoneta …\n\n> ¿Qué necesitas?": a one-line answer on its own
        // (a blank or quoted line after it), not numbered, under the last of a block answers that last question.
        if (inBlock && !lines[k]?.text.trim()) {
          let j = k;
          while (j < lines.length && !lines[j]!.text.trim()) j++;
          if (j < lines.length && !lines[j]!.quoted && !/^\s*\d{1,2}\s*[.):-]/.test(lines[j]!.text) && (j + 1 >= lines.length || lines[j + 1]!.quoted || !lines[j + 1]!.text.trim())) k = j;
        }
        const nextOwn = k < lines.length && !lines[k]!.quoted && !!lines[k]!.text.trim();
        const s = slotOfQuestion(l.text) ?? (nextOwn ? slotOfForeignQuestion(l.text) : null);
        if (!prevQuoted) question = s;
        else if (s) question = s;
      }
      lead = null;
      continue;
    }
    const t = l.text;
    if (!t.trim()) {
      flush();
      continue;
    }
    // "1. What can you offer?" pasted unquoted (the ask copied into the reply, or the original left unmarked under
    // "answers below"), an answer on the lines under it: the numbered question sets their meaning as a quoted one does.
    if (t.length < 120 && NUMBERED_QUESTION.test(t) && i + 1 < lines.length && !lines[i + 1]!.quoted && lines[i + 1]!.text.trim()) {
      const s = slotOfQuestion(t);
      if (s) {
        flush();
        question = s;
        lead = null;
        continue;
      }
    }
    const prev = out[out.length - 1];
    if (!BULLET.test(t) && prev?.listItem && para.length === 0 && i > 0 && !lines[i - 1]!.quoted && lines[i - 1]!.text.trim() && (BULLET.test(lines[i - 1]!.text) || /^\s{2,}/.test(lines[i - 1]!.text)) && (/^\s{2,}/.test(t) || /^\s*[\p{Ll}\d]/u.test(t)) && !labelOf(t) && !slotOfLead(t)) {
      prev.text = (prev.text + ' ' + t.trim()).replace(/\s+/g, ' ');
      continue;
    }
    if (BULLET.test(t) && !/^\s*\(?1\)\s.*\s\(?2\)\s.*\s\(?3\)\s/.test(t)) {
      flush();
      const item = t.replace(BULLET, '').trim();
      const nm = /^\s*\(?(\d{1,2})(?:[.)]|\s+[-–—])/.exec(t);
      const lab = labelOf(item);
      // "- doing: write up the how-to by Friday. I might also do a klatch": a bulleted label line of several sentences is
      // read as the same line unbulleted is, its label governing its own sentence, not the hedge after it.
      if (lab && lab.body && sentences(lab.body).length > 1) {
        para.push(item);
        flush();
      } else if (lab && lab.body) out.push({ text: lab.body, question, label: lab.slot, listItem: true });
      else {
        out.push({ text: item, question: question ?? lead, label: null, listItem: true, num: nm ? Number(nm[1]) : undefined });
        if (lead) leadUsed = true;
      }
      continue;
    }
    // "OFFER" / "Need" alone on a line: a heading over the answers below it.
    const head = /^\s*(?:my\s+|our\s+)?(wish(?:es)?|hopes?|dreams?|offers?|needs?|asks?|commitments?|pledge|give|get|one (?:small )?thing|next steps?)\s*[:.]?\s*$/i.exec(t);
    // A table's cells turned to text stand as paragraphs: the heading alone, a blank line, its answer ("Offer\n\nOur hall").
    let below = i + 1;
    if (head && below < lines.length && !lines[below]!.text.trim() && (i === 0 || !lines[i - 1]!.text.trim())) below++;
    if (head && below < lines.length && !lines[below]!.quoted && lines[below]!.text.trim()) {
      flush();
      lead = slotOfLabel(head[1]!);
      leadUsed = false;
      continue;
    }
    // Label lines stand alone even without a blank line between them ("Wish: …\nOffer: …").
    const tl = labelOf(t);
    if (tl) {
      flush();
      para.push(t);
      afterLabel = !!tl.body;
      if (!tl.body) {
        lead = tl.slot;
        leadUsed = false;
        para = [];
      }
      continue;
    }
    const ld = slotOfLead(t);
    if (ld) {
      flush();
      lead = ld;
      leadUsed = false;
      continue;
    }
    // "Everything else: pass", "The rest: n/a": a line of its own that answers nothing.
    const none = /^\s*[\p{L}'’ -]{2,30}[:：]\s*(.*)$/u.exec(t);
    if (none && NOTHING.test(none[1]!)) {
      flush();
      continue;
    }
    if (leadUsed && !para.length && i > 0 && !lines[i - 1]!.text.trim()) {
      lead = null;
      leadUsed = false;
    }
    // "Wish: pass\nWill share the petition tonight": a capitalised line under a label line starts anew.
    if (afterLabel && /^\s*\p{Lu}/u.test(t)) flush();
    afterLabel = false;
    // "vou organizar um coffee klatch …\nposso ajudar com tradução\npreciso de alguém …": a line with no stop before a
    // line that opens an offer or a need in another language ends its sentence there.
    if (para.length && !/[.!?:;,]["')\]]*\s*$/.test(para[para.length - 1]!) && !/(?:^|\s)(?:e|y|et|und|o|ou|de|da|do|que|com|con|para|pra|a|and|or|to|the|of|with)\s*$/i.test(para[para.length - 1]!) && /^\s*\p{Ll}/u.test(t) && foreignOpens(t.trim())) para[para.length - 1] = para[para.length - 1]!.trimEnd() + '.';
    // "j'ai besoin d'un stage 😅\net je vais faire …": a line closed by an emoji ends its sentence there, as a stop would.
    if (para.length && /\p{Extended_Pictographic}[\ufe0f\u200d\p{Emoji_Modifier}]*\s*$/u.test(para[para.length - 1]!) && /^\s*\p{Ll}/u.test(t)) para[para.length - 1] = para[para.length - 1]!.trimEnd() + '.';
    para.push(t);
  }
  flush();
  return out;
}

// Numbered answers ("1) … 2) … 3) … 4) …") take their meaning from the ask's numbered questions: the ones
// quoted in the mail when present, else the ask's own order (wish, offer, need, one small thing).
const ASK_ORDER: Slot[] = ['wish', 'offer', 'need', 'commitment'];
function numberedAnswers(us: Unit[], raw: string): void {
  let numbered = us.filter((u) => u.num !== undefined && !u.question && !u.label);
  // Answers numbered like the quoted numbered questions above them take their meaning from those, not the last one.
  const quotedNumbered = /^[ \t]*>[> \t]*\(?\d[.)]\s+(?:.{3,120}\?|(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+)[ \t]*$/mu.test(raw);
  if (quotedNumbered) numbered = us.filter((u) => u.num !== undefined && !u.label);
  if (numbered.length < 2) return;
  const asked = new Map<number, Slot>();
  if (/^[\s>]*\(?\d[.)]/m.test(raw)) {
    for (const m of raw.matchAll(/^[\s>]*\(?(\d)[.)]\s+(.{3,120}?)\s*$/gm)) {
      if (!/[?:：]$/.test(m[2]!) && !(/^[ \t]*>/.test(m[0]) && m[2]!.split(/\s+/).length <= 4)) continue;
      const s = slotOfQuestion(m[2]!);
      if (s && !asked.has(Number(m[1]))) asked.set(Number(m[1]), s);
    }
  }
  const nums = new Set(us.filter((u) => u.num !== undefined).map((u) => u.num!));
  // "1. Fix the contact form … 2. Send Rami the list … 3. Host a DemoCamp? Not this year.": a numbered to-do list, not the
  // ask's four answers in order.
  const todo = us.filter((u) => u.num !== undefined && /^(?:fix|send|host|run|write|email|e-mail|call|ring|make|set up|organi[sz]e|book|print|share|post|finish|start|ask|talk to|meet|plan|build|update|create|launch|translate|teach|bring|put|clean|move|follow up|reach out|invite|apply|draft|review|collect|buy|order|prepare|record|film|publish|contact|visit|hold|do|try)\b/i.test(u.text.trim())).length;
  const fourAnswers = !asked.size && nums.size === 4 && [1, 2, 3, 4].every((n) => nums.has(n)) && us.filter((u) => u.num !== undefined).length === 4 && todo < 2;
  for (const u of numbered) {
    const s = asked.get(u.num!) ?? (fourAnswers ? ASK_ORDER[u.num! - 1] : undefined);
    if (s) u.question = s;
  }
}

// Four bulleted answers, one of them a placeholder ("-", "n/a", "pass", or left empty), answer the ask's four questions
// in its order: the placeholder shows the person is going through the questions, not listing things to do.
function placeholderAnswers(us: Unit[]): void {
  if (us.some((u) => u.question || u.label)) return;
  const list = us.filter((u) => u.listItem);
  if (list.length !== 4 || list.some((u) => u.num !== undefined) || !list.some((u) => !u.text.trim() || NOTHING.test(u.text))) return;
  const at = us.indexOf(list[0]!);
  if (us.slice(at, at + 4).some((u) => !u.listItem)) return;
  list.forEach((u, k) => { u.question = ASK_ORDER[k]!; });
}

// "Offer: I can teach basic sewing, and our parish hall is free on Sundays", "2. I can lend the laser cutter, and I do
// Danish translation", "posso insegnare cucito, e ho due macchine": after ", and" a clause with a subject of its own
// (I can / I do / I've got / our hall is free) offers a second thing, read as an answer of its own.
const OFFER_AND_CLAUSE = /(?:,\s+(?:and|plus|y|et|e|und|en)|\s+\+)\s+(?=(?:i|we)\s+(?:also\s+)?(?:can|could|do(?!\s+(?:not|n[o'’]t)\b)|have|own|am happy|(?:'|’)m happy)\s|(?:i|we)(?:'|’)ve\s+got\s|(?:our|my)\s+[\p{L}'’ -]{2,30}?\s+(?:is|are)\s+(?:\p{L}+\s+)?(?:free|available|open|empty)(?![\p{L}])|(?:ho|tengo|j['’]ai|ich habe|ik heb|tenho|posso|puedo|je peux|ich kann|kann ich|ik kan)\s)/iu;
function offerClauses(us: Unit[]): void {
  for (let i = us.length - 1; i >= 0; i--) {
    const u = us[i]!;
    if ((u.label ?? u.question) !== 'offer' || !OFFER_AND_CLAUSE.test(u.text)) continue;
    const parts = u.text.split(OFFER_AND_CLAUSE).map((p) => p.trim());
    if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length < 2)) continue;
    us.splice(i, 1, ...parts.map((text, k) => ({ ...u, text, ...(k ? { more: true } : {}) })));
  }
}

// A short answer written above the quoted question it answers ("Bookkeeping and grant writing." over
// "> What can you offer?") takes its meaning from it, when the quote asks one kind of thing only.
const PLEASANTRY = /^(thanks|thank you|hi|hello|hey|dear|cheers|great|lovely|sorry|apologies|hope|good morning|good afternoon|good evening)\b/i;
// A greeting or an acknowledgement standing alone ("Sounds good.", "Hallo!", "Ok so"): it answers no question.
const ACKNOWLEDGEMENT = /^(?:(?:hallo|hola|bonjour|salut|ciao|hej|hei|moin|servus|ol[aá]|kia ora|namaste|sounds (?:good|great|fun|lovely)|will do|ok(?:ay)?|sure(?: thing)?|yes|yep|yeah|absolutely|of course|perfect|awesome|noted|got it|right|so|well|(?:so |super |very |well )?keen(?: as)?|sweet(?: as)?|cool|stoked|chur|great|lovely|brilliant|nice(?: one)?|for sure|deal|can do|love it|on it|yay|yess+)[\s,.!:;—–-]*)+$/i;
const QUOTED_QUESTION = /^[ \t]*>[> \t]*(.*\?)[ \t]*$/gm;
function answerAbove(us: Unit[], raw: string): void {
  if (!us.length || us.length > 3 || us.some((u) => u.question || u.label) || !raw.includes('>')) return;
  let slot: Slot | null = null;
  for (const q of execAll(QUOTED_QUESTION, raw)) {
    const s = slotOfQuestion(q[1]!);
    if (!s) continue;
    if (slot && s !== slot) return;
    slot = s;
  }
  if (!slot) return;
  // "Terima kasih banyak! It was my first time …": a thank-you in any language, or an account of the day, answers nothing.
  const first = us.find((u) => !PLEASANTRY.test(u.text.trim()) && !ACKNOWLEDGEMENT.test(u.text.trim()) && !/^(?:terima kasih|makasih|shukran|shukriya|dhanyavaa?d|dhonnobad|spasibo|спасибо|dzi[eę]kuj[eę]|kamsahamnida|감사합니다|arigato|ありがとう|xie ?xie|谢谢|dankie|takk|köszönöm|mul[tț]umesc|ngiyabonga|enkosi|merci|gracias|danke|grazie|obrigad[oa]|asante|salamat|dank je|tack|kiitos)\b/iu.test(u.text.trim()));
  if (first && !(slot === 'commitment' && /^(?:it|this|that|the (?:event|day|night|evening|session))\s+(?:was|were)\b/i.test(first.text.trim()))) first.question = slot;
}

// A short answer to the ask that names its four answers in the ask's order (wish, offer, need, one small thing):
// an answer between two recognised ones, with exactly as many unrecognised answers as slots left between them,
// takes the slot its place gives it ("Te reo Māori everywhere on the web. / Our marae has a hall we lend out. /
// I'll ask the kaumātua …": the first line is the wish).
// "Honestly I don't know yet.", "Ehrlich gesagt weiß ich es noch nicht.", "No sé todavía.": no answer to the question.
const DONT_KNOW = /^(?:(?:honestly|to be honest|tbh|frankly|well|um+|hmm+|ehrlich gesagt|ganz ehrlich|ehrlich|sinceramente|honn[êe]tement|franchement|eerlijk gezegd)[,\s]+)?(?:(?:i\s+)?(?:really\s+)?(?:don(?:'|’)?t|do not)\s+know|(?:i(?:'|’)m\s+|i am\s+)?not sure|no idea|(?:i\s+)?haven(?:'|’)?t decided|undecided|weiß ich (?:es |das )?(?:noch )?nicht|ich weiß (?:es |das )?(?:noch )?nicht|keine ahnung|je ne sais pas|aucune id[ée]e|no (?:lo )?s[ée]|ni idea|n[ãa]o sei|non (?:lo )?so|weet ik (?:het )?(?:nog )?niet|ik weet het (?:nog )?niet)(?:\s+(?:yet|noch|encore|todav[íi]a|a[úu]n|ainda|ancora|nog|what|which|exactly|genau|really|sorry))*\s*[.!…]*$/iu;
// "… stehen dienstags leer – die könnt ihr gern nutzen", "you can use it", "Any group can use it": leave to use what was
// just named adds no thing.
const LEAVE_TO_USE = /^(?:die|das|den|dat|deze|it|they|them|these|those|you|any(?:one|body)|every(?:one|body)|(?:any|other|community|local)\s+(?:[a-z-]+\s+)?(?:groups?|clubs?|teams?|organi[sz]ations?|charit(?:y|ies)|schools?|members?))\s+(?:könnt|können|dürft|kunnen|mogen|kun|can|may|are welcome to|could)\s+(?:ihr|jullie|je|u|you|use|have|borrow)\b[^,]{0,30}?[.!]*$/i;
// "Copying what I said in the whatsapp group 👇", "Here's what I wrote on the forum:": a line announcing pasted words is no answer.
const PASTED_INTRO = fastEdges(/^(?:(?:ok|okay|so|just)[,\s]+)?(?:(?:copying|copy(?:ing)?\s+(?:and\s+)?pasting|pasting|forwarding|reposting|re-?sharing)\s+(?:over\s+|here\s+|below\s+)?(?:what\s+(?:i|we)\s+(?:said|wrote|posted|put|sent|typed)|my\s+(?:reply|replies|answers?|message|messages|post|posts))|here(?:'|’)?s\s+what\s+(?:i|we)\s+(?:said|wrote|posted|put|sent))\b[^.!?]{0,60}?[\s:.!👇⬇️]*$/iu);
const NOT_ANSWER = fastEdges(/^(?:(?:as+)?-?salam(?:u|o)?(?:\s*(?:o|u)?\s*alaikum)?|aoa|marhaba|ahlan|ezay\p{L}*|hala|shlonkum|ayubowan|vanakkam|bonsoir|servus|grüezi|moin|dzi[eę]ki|terima kasih|makasih|shukran|shukriya|dhanyavaa?d|dhonnobad|spasibo|спасибо|dzi[eę]kuj[eę]|kamsahamnida|감사합니다|arigato|ありがとう|xie ?xie|谢谢|dankie|takk|köszönöm|mul[tț]umesc|ngiyabonga|enkosi|thanks|thank you|merci|gracias|danke|grazie|obrigad[oa]|asante|salamat|dank je|tack|kiitos|hi|hello|hey|dear|bye|byee+|cya|see ya|ttyl|peace|later|xo|xoxo|luv|love|hallo|hola|bonjour|salut|ciao|hej|hei|moin|servus|ol[aá]|kia ora|namaste|habari|hiya|howdy|aloha|merhaba|dzień dobry|cheers|great|lovely|loved|sorry|apologies|(?:a\s+|very\s+|super\s+)?(?:late|belated|slow|delayed)\s+(?:reply|response|answer)|g(?:'|’)day|good (?:morning|afternoon|evening|day)|greetings|warm(?:ly|est)|kind regards|solidarity|what a|here goes|here you go|here(?:'|’)s mine|here are my|here it is|short and sweet|my answers|best|regards|ok|okay|sure|well|so|anyway|ps|p\.s)\b|^(?:i(?:'|’)m|i am|my name|i work|we(?:'|’)re|we are)\s+(?:a|an|the|from|at|in|with|based|called|\p{Lu}|\d+\s+(?:years?|yrs?|yo)\b)|\?\s*$|\b(?:was|were|had|did|went|enjoyed|loved|liked|came|met|saw|learned|learnt|been|thanks|thank you|my english|other than that|apart from that|that(?:'|’)s (?:all|it|everything)|nothing else|(?:we|i)(?:(?:'|’)re|(?:'|’)m| are| am) (?:good|fine|ok|okay|set|sorted)|(?:don(?:'|’)?t|do not|doesn(?:'|’)?t)\s+(?:really\s+|actually\s+)?have\s+(?:a|an|any|much of a)\s+(?:wish|offer|need|answer|commitment)|no (?:wish|offer|need|commitment)(?:es|s)?\b|nothing to (?:offer|add|ask))\b|,\s*so\s+(?:no|nothing|none|not much)\s+(?:\p{L}+\s+){0,2}(?:from me|for now|this time|until|till|for a while)\b/iu);
// A line taking the commitment slot by its place alone starts like a thing to do, not like a remark.
const NOT_TODO = /^(?:(?:we|it|that|this|there|they|our|my|the|a|an|nothing|all|everything|other|he|she|you)\b|\S+(?:'|’)s\b)/i;
const SELF_INTRO = /^(?:i|we)\s+(?:(?:also|still|currently|mostly)\s+)?(?:volunteer|work|teach|serve|sing|worship|live)\s+(?:with|at|for|in)\s+[^,;]{2,60}[.!]?$/i;
const SEASON_GREETING = /^(?:and\s+)?(?:a\s+)?(?:(?:very|belated|early)\s+)?(?:happy|merry|blessed|joyous|joyful)\s+(?:new year|christmas|xmas|holidays|easter|diwali|deepavali|eid|hanukkah|chanukah|passover|thanksgiving|lunar new year|ramadan|holi|birthday|navratri|pongal|onam|vaisakhi|nowruz|rosh hashanah)\b|^(?:season(?:'|’)?s greetings|eid mubarak|ramadan (?:mubarak|kareem)|shana tova)\b/i;
function askOrderSlots(us: Unit[], f: Found): boolean {
  if (us.some((u) => u.question)) return false;
  // "A few thoughts:", "Answers below": a line introducing the answers is none of them (intro).
  // "Happy new year to you all" is a greeting, "I volunteer with the seniors' satsang at the mandir" says who the writer is.
  // A clause split off an answer (offerClauses) is part of that answer, not one of the four.
  const content = us.filter((u) => !u.more && !NOT_ANSWER.test(u.text.trim()) && !SEASON_GREETING.test(u.text.trim()) && !SELF_INTRO.test(u.text.trim()) && !PASTED_INTRO.test(u.text.trim()) && !DONE_ALREADY.test(u.text.trim()));
  const intro = (u: Unit) => /[:：]\s*$/.test(u.text.trim()) || /^(?:(?:a few|a couple of|some|my|our|quick|brief)\s+)?(?:thoughts|things|notes|points|answers|replies|updates|ideas)(?:\s+(?:below|from me|from us|here))?\s*[:.!]*$/i.test(u.text.trim())
    // "Sign me up for whatever comes next!", "Count me in for the next one!": joining in, ahead of the answers.
    || /^(?:(?:oh|so|and|yes|yay)[,!\s]+)?(?:sign me up|count me in|keep me (?:posted|in the loop)|put me down)\b(?:\s+for\s+(?:whatever|anything|the next|future|more|all)\b[^.!?]*)?\s*[.!]*\s*$/i.test(u.text.trim());
  if (content.length < 3 || content.length > 6) return false;
  const slotsOf = (u: Unit) => {
    const s = new Set<number>();
    if (f.commitments.some((c) => c.sentence === u.text)) s.add(3);
    if (f.wishes.some((x) => x.sentence === u.text)) s.add(0);
    if (f.offers.some((x) => x.sentence === u.text)) s.add(1);
    if (f.needs.some((x) => x.sentence === u.text)) s.add(2);
    if (f.hedged.includes(u.text) || f.refused.includes(u.text)) s.add(-1);
    return s;
  };
  const seq = content.map((u) => [...slotsOf(u)]);
  if (seq.some((x) => x.length > 1 || x[0] === -1)) return false;
  const known = seq.map((x, i) => [x[0], i] as const).filter(([x]) => x !== undefined) as [number, number][];
  // Four answers with the one recognised in its own place: each takes the place it stands in.
  const four = content.length === 4 && known.length >= 1 && known.every(([x, i]) => x === i) && content.every((u) => !u.pos);
  if ((known.length < 2 && !four) || known.some(([x], k) => k > 0 && x <= known[k - 1]![0])) return false;
  let changed = false;
  const bounds: [number, number, number, number][] = []; // slot before, slot after, first unit, last unit
  let prevSlot = -1, prevIdx = -1;
  for (const [slot, idx] of [...known, [4, content.length] as [number, number]]) {
    bounds.push([prevSlot, slot, prevIdx + 1, idx - 1]);
    prevSlot = slot;
    prevIdx = idx;
  }
  for (const [a, b, from, to] of bounds) {
    const n = to - from + 1;
    if (n <= 0 || n !== b - a - 1) continue;
    const gap = content.slice(from, to + 1);
    // "Already done: sorted the 40 donated phones": an account of what is done answers none of the four.
    if (gap.some((u, k) => u.text.split(/\s+/).length > 18 || intro(u) || /^(?:already\s+)?(?:done|did|finished|completed)(?:\s+already)?\s*[:–—-]/i.test(u.text.trim()) || (a + 1 + k === 3 && NOT_TODO.test(u.text.trim())))) continue;
    gap.forEach((u, k) => { u.question = ASK_ORDER[a + 1 + k]!; });
    changed = true;
  }
  return changed;
}

// ---------- commitments ----------

// Polite forms of a firm promise ("I'd like to commit to …") are not hedges.
const POLITE_COMMIT = /\b(?:(?:i|we)(?:'|’)d|(?:i|we) would) (?:like|love) to commit\b|\bwant to commit\b/gi;
// "… for retired IT professionals who might mentor our youth": a maybe inside a relative clause hedges the others, not the promise.
// "…, probably in October": a hedge on the date alone leaves the promise (its date is the writer's guess).
// "me re gustaría armar un grupo … pero no sé", "… mas não sei", "… aber weiß nicht": a doubt said after it.
const TRAIL_DOUBT = /(?<![\p{L}])(?:pero|mas|mais|aber|maar|but)\s+(?:no\s+s[eé]|n[ãa]o\s+sei|je\s+(?:ne\s+)?sais\s+pas|(?:ich\s+)?wei(?:ß|ss)\s+(?:ich\s+)?(?:es\s+)?nicht|ik\s+weet\s+(?:het\s+)?niet|i\s+don(?:'|’)?t\s+know|idk|dunno)[\s.!…]*$/iu;
const hedged = (s: string) => TRAIL_DOUBT.test(s) || HEDGE.test(s.replace(/,\s*(?:but\s+|though\s+)?(?:probably|maybe|perhaps|possibly|likely)\s+(?:in|on|by|around|at|next|this|early|late|mid|sometime|some time|before|after)\s[^,;.!?]*[.!]?\s*$/i, '').replace(POLITE_COMMIT, 'commit').replace(/\b(who|that|which)\s+(?:might|may|could)\s+(?=[a-z])/gi, '$1 '));
const HEDGE = /\b(maybe|mayb|maybee|mebbe|shayad|shaayad|belki|perhaps|prehaps|might|possibl[ey]y|possib(?:i)?ly|possbly|probabl[ey]y|probaly|probly|(?<!\b(?:in|by|of|until|till|before|early|mid|late|from|during|through|to|you)[\s-])(?<!\d(?:st|nd|rd|th)?[\s-])may(?!\s+\d)|possibly|probably|probs?|prolly|hopefully|fingers crossed|touch wood|knock on wood|not sure|unsure|if (work|time|things|life|my schedule|i can|i have|i get|i find|possible|all goes)\b|if .{0,30}\ballows?\b|try to|trying to|attempt to|endeavou?r to|strive to|hope to|do (?:my|our) best|do what (?:i|we) can|see what (?:i|we) can|wish i could|want to try|could\b|might be able|depending on|no promises|fingers crossed|tbd|we'll see|peut[- ][eê]tre|quiz[aá]s?|tal vez|no s[eé] si|capaz(?!\s+de)|a lo mejor|(?<!\bnos\s)vemos|(?<!\bnos\s)veremos|je ne sais pas si|n[ãa]o sei se|non so se|vielleicht|eventuell|forse|talvez|misschien|labda|huenda|pengine|mungkin|siguro|shayad|shaayad|depends on|depending|i think i('|’)ll|(?<!after )thinking about|considering|subject to (?:[\w'’-]+\s+){0,3}(?:approval|sign-?off|sign off|confirmation)|pending (?:[\w'’-]+\s+){0,2}(?:approval|sign-?off))\b/i;
// "I'll pass.", "I'll have to sit this one out": declining, said like a promise.
const PASS = /\b(?:i|we)\s*(?:(?:'|’)ll|will|(?:'|’)d better|(?:'|’)ll have to|will have to|(?:'|’)m going to have to|must|have to|need to)\s+(?:(?:probably|regretfully|sadly|politely)\s+)?(?:pass|sit (?:this|that) one out|give (?:it|this|that)(?: one)? a miss)(?=\s*(?:$|[.!,;:)—–-]|\s(?:this time|for now|on (?:this|that)(?: one)?|thanks|thank you|sorry|but)\b))/i;
const REFUSAL = /\b(can('|’)?t|cannot|can not|won('|’)?t|will not|unable to|not able to|not going to|not (?:committing|promising|signing up|pledging)|no longer|don('|’)?t think|doesn('|’)?t look like|not in a position to|too busy|overcommitted|pass on|have to decline|not (this|that) time)\b/i;
// "we are going to the village", "I am going to home village in Gorkha": going somewhere, not a plan to do something.
const GOING_PLACE = String.raw`(?!\s+(?:the|a|an|my|our|his|her|their|home|school|church|mosque|temple|bed|work(?=\s*(?:[.,;!?]|$|(?:today|tomorrow|early|late|now|every|at|in|and|so|but)\b))|office|college|uni|university|hospital|village|town|abroad)\b)`;
// Lead-ins that turn what follows into a commitment; the capture is the action.
const LEAD =
  new RegExp(/\b(?:i|we|mi(?=\s+will\b))\s*(?:(?:'|’)ll|will|wil|wll|willl|shall|(?:'|’)m going to|am going to|(?:'|’)re going to|are going to|(?:'|’)m gonna|am gonna|commit to|(?:(?:'|’)d|would) (?:like|love) to commit to|want to commit to|(?:'|’)m happy to commit to|am happy to commit to|(?:'|’)m committing to|am committing to|pledge to|promise to|plan to|intend to|pretend to(?=\s+(?:organi[sz]e|host|run|hold|realiz|realis|make|do|start|create|launch|give|teach|open|prepare|translate|write)\b)|(?:'|’)m planning to|am planning to|(?:'|’)m planning on|am planning on|(?:'|’)re planning on|are planning on|(?:'|’)re planning to|are planning to|(?:(?:'|’)m|am|(?:'|’)re|are) planning(?=\s+(?:make|do|host|run|organi[sz]e|hold|start|write|give|teach|set up|create|build|launch|translate)\b)|(?:'|’)re gonna|are gonna|(?:'|’)d like to|would like to|want to|wish to|wanna|aim to|(?:'|’)m signing up to|will commit to|commit myself to|volunteer to|can promise to|can promise (?:that )?(?:i|we)\s*(?:(?:'|’)ll|will)|take (?:the |full )?responsibility (?:to|for)|take it (?:up)?on myself to|(?:'|’)m volunteering to|am volunteering to|(?:(?:'|’)m|am|(?:'|’)re|are) aiming to|(?:(?:'|’)ve|have) (?:decided|resolved|made up my mind|agreed|volunteered|signed up|undertaken) to|(?:(?:'|’)ve|have) (?:every|the full|a firm|full) intention of|(?:(?:'|’)m|am|(?:'|’)re|are) to(?=\s+(?!(?:blame|be|thank|say|tell|know|see|hear|go|come)\b)[a-z]+\s+\S)|(?:(?:'|’)m|am|(?:'|’)re|are) (?:determined|resolved|committed|set) to|have the (?:intention|plan) (?:to|of)|(?:(?:'|’)m|am|(?:'|’)re|are) planning(?=\s+(?:a|an|another|our|my|one|the)\s+\S)|go(?=\s+(?:make|organi[sz]e|host|run|write|hold|start|create|teach|prepare|translate|build|set up|invite|send|call|email|contact|plan|launch|publish|share|record|arrange|print|bring|mentor|fix|finish|post|carry|cook|clean)\b)|(?:(?:'|’)m|am)\s+fixin(?:'|’|g)?\s+to|go to(?=\s+(?:make|organi[sz]e|host|run|do|write|hold|start|create|give|teach|prepare|translate|build|set up|invite|send|call|email|contact|speak|talk|ask|help|plan|launch|publish|share|record|arrange|print|bring|visit|open|mentor|put|fix|finish|update|post|blog)\b)|promise(?=\s+(?:make|organi[sz]e|host|run|do|write|hold|start|create|give|teach|prepare|translate|build|set up|invite|send|call|email|contact|speak|talk|ask|help|plan|launch|publish|share|record|arrange|print|bring|visit|open|mentor|put|fix|finish|update|post|blog)\b)|(?:am|(?:'|’)m)(?=\s+(?:organi[sz]e|make|run|write|prepare|translate|create|build|teach|give|hold|start|send|invite|contact|arrange|do|publish|launch)\b))\s+(?:(?:also|definitely|certainly|totally|absolutely|surely|really|then|now|be sure to|make sure to|finally|actually|personally|however|still|instead|nevertheless|nonetheless|anyway|though|at least|happily|gladly|proudly|gratefully)\s+)*(.+)$|(?<!(?:\bnot|\bnever|n(?:'|’)t|\bdont|\bcant)\s+)\b(?:count me in|sign me up|put me down|count on me|rely on me)\s+(?:for|to)\s+(?!(?:whatever|anything|everything|future (?:events|ones)|more|the next one|next time)\b)(?!(?:one|two|three|four|five|six|\d+)(?:\s+(?:seats?|places?|spots?|people|of us|tickets?))?\s*(?:[,.!;]|$))(?!(?:the|this|that|your)\s+(?:[\w-]+\s+)?(?:session|evening|event|meetup|meeting|afternoon|morning|night|class|workshop|day|one|gathering|get-together)\b[\s.!?]*$)(.+)$|^(?:(?:ok(?:ay)?|sure|yes|yep|yeah)[,!.]?\s+|[-–—]\s*|p\.?\s?s\.?(?:\s*[-–—,:!.])?\s+)?(?:(?:definitely|certainly|absolutely|totally|also|then|so|now|defo)\s+)?(?:will|(?:am\s+)?going to|gonna|(?:am\s+)?planning to|committing to|commit to|pledge to|promise to|(?:(?:very|more than|so|really)\s+)?(?:happy|glad|keen|willing|proud) to commit to)\s+(?!(?:you|we|it|there|this|that|they|he|she|i)\b)(.+)$|\b(?:my |the )?(?:one (?:small )?thing|commitment|pledge|promise|next step|(?:next|first) thing(?: (?:i|we) (?:do|will do|(?:'|’)ll do|am doing|(?:'|’)m doing))?|plan|goal|aim|intention|resolution|target|to-?do(?: list)?|step\s*(?:\d{1,2}|one|two|three|four|five)|up next|next on (?:my|the) list)(?: for (?:me|us|(?:(?:the\s+)?(?:next|this|coming)\s+)?(?:week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|the new year|the holidays)))?\s*(?:is|will be|:)\s*(?:to\s+)?(.+)$|(?:^|[\s¡¿!,.])(?<!(?:^|[\s¡¿!,.])(?:no|não|nao|nie|nicht|niet|non|nunca|jamais)\s+(?:(?:lo|la|los|las|le|les|me|te|se|nos|o|a|eso|isso)\s+)?)(?:(?:je vais|j['’]vais|je compte|je m['’]engage à(?!\s+(?:rien|personne|quoi que ce soit)(?![a-zà-ÿ]))|(?:jag|vi) lovar att|(?:jeg|vi) lover (?:å|at)|ich verspreche,?(?:\s+(?:euch|ihnen|dir),?)?|wir versprechen,?|ik beloof(?:\s+(?:jullie|u))?(?:\s+om)?|(?:we|wij) beloven(?:\s+om)?|je (?:vous |te )?promets de|(?:(?:te|les|os|lhes?|vos)\s+)?prometo(?:\s+que)?|prometemos(?:\s+que)?|comprometo-me a(?!\s+(?:nada|nenhum)(?![a-zà-ÿ]))|comprometemo-nos a|(?:(?:vi|ti)\s+)?prometto di|(?:vi|ti) promettiamo di|(?:я\s+)?обещаю|(?:εγώ\s+|εμείς\s+)?[θΘ]α(?!\s+(?:μπορούσα|μπορούσαμε|ήθελα|θέλαμε|ήθελε|ήταν|είναι|είμαι|δούμε|προσπαθήσω|προσπαθήσουμε|ήμουν|έπρεπε|σας|σου|ήθελαν)(?![\u0370-\u03ff]))|(?:мы\s+)?обещаем|(?:я\s+)?обіцяю|(?:ми\s+)?обіцяємо|nous allons|on va|voy a|vamos a|me comprometo a(?!\s+(?:nada|ninguna|ning[úu]n)(?![a-zà-ÿ]))|me aviento a|nos aventamos a|me animo a|me lanzo a|eu vou|vou|ich werde|ich werd(?=\s)|wir werden|werde ich|werd ich(?=\s)|(?:ik|we|wij) (?:ga|gaan)(?!\s+(?:niet|helaas|geen|misschien|waarschijnlijk)\b)|(?:ga ik|gaan we|gaan wij)(?!\s+(?:niet|helaas|geen|misschien|waarschijnlijk)\b)(?=\s)|ik zal|(?:we|wij) zullen|(?:ek|ons) (?:gaan|sal)(?!\s+(?:nie|dalk|miskien|waarskynlik|kyk|probeer)\b)(?=\s)|mi impegno a|ci impegniamo a|me encargo de|nos encargamos de|je m['’]occupe de|on s['’]occupe de|eu me encarrego de|ich kümmere mich (?:darum|um)|(?:ich|wir) (?:verpflichte|committe|verpflichten|committen) (?:mich|uns)(?!\s+(?:nicht|zu\s+nichts|zu\s+gar\s+nichts)(?![a-zà-ÿ])),?(?: dazu,?)?|mi occupo io di|mi occupo di(?=\s+[a-zàèéìòù]+(?:are|ere|ire|arla|arlo|erla|erlo|irla|irlo)\b)|(?:saya|kami|aku|kita) akan|(?:jag|vi) (?:kommer att|ska|skall|tänker)|(?:jeg|vi) (?:skal|kommer til å|kommer til at)|(?:ich|wir|yo|eu|io|ik|je|nous)(?=\s+(?:organisiere|veranstalte|organisieren|veranstalten|organise|organisons|organizo|organizamos|organizzo|organiseer)\b)|(?:wij|we)(?=\s+organiseren\b))\s+|(?:je m['’]occupe|je (?:vous |te )?promets|je m['’]engage)\s+d['’](?=[a-zà-ÿ])|(?=سأ(?!كون|حاول|رى|فكر|خبر|علم)[\u0621-\u064a]{2,})|(?:ni|tu)ta(?=(?:andaa|fanya|panga|ongoza|fundisha|anzisha|tafsiri|andika|leta|beba|tuma|endesha|kusanya|zindua|shirikisha)\b))(.+)$|^(?:(?:ok(?:ay)?|right|so)[,!]?\s+)?(?:let me|leave it to me to)\s+(?!(?:know|think|check|see|explain|say|tell|ask you|start by|begin by|just say|add)\b)(.+)$|(?:^|[\s,.!:])(?:ako|kami)\s+na(?:\s+po)?\s+ang\s+((?:mag|mang|mam|man)-?[a-z-]+\s+.+)$|(?:^|[\s,.!:])((?:mag-?|mang-?)?(?<tlrd>[bcdfghklmnprstwy]?[aeiou])\k<tlrd>[a-z-]{2,}\s+(?:ko|ako|kami|namin)(?:\s+(?:po|rin|din|na))*\s+(?:ang|ng|nang|sa|si|kay|para|yung|iyong|ung|mga)\s+.+)$|^(?:(?:main|mai|mein|hum|bhai|yaar|aur|toh|to|ok|okay|haan|ji)[,!]?\s+)*(?![^.!?]*\b(?:nahi|nahin|nhi|mat|shayad|shaayad|agar)\b)((?!(?:main|hum|mai)\s)[^.!?,;]{3,120}?\s(?:dunga|dungi|denge|karunga|karungi|karenge|kar\s+dunga|kar\s+dungi|kar\s+denge|lunga|lungi|bhejunga|bhejungi|bhej\s+dunga|bhej\s+dungi|bhej\s+denge|sikhaunga|sikhaungi|sikha\s+dunga|sikha\s+dungi|padhaunga|padhaungi|banaunga|banaungi|bana\s+dunga|bana\s+dungi|le\s+aaunga|le\s+aaungi|laaunga|laaungi|chalaunga|chalaungi|rakhunga|rakhungi|rakh\s+dunga))(?:\s*(?:pakka|zaroor|zarur|promise|[^\x00-\x7f\s]+))*\s*[.!]*\s*$|(?:^|[\s,.!])(?:(?:ana|w|wa|we)\s+)*(?:ra7|rah)\s+((?:[a2e]|n)[a-z0-9]*\s+.+)$|(?:^|[\s,.!])(?:(?:ana|w|wa|we)\s+)*((?:ha|7a)-?(?:[a-z]{0,2}[23578][a-z0-9]+|geeb|gib|jeeb|jib|kallem|ktob|nazzam|nazam|shaghal|sallem|zabbat|rattab|wadd[iy])\s+.+)$|(?:^|[\s,.!¡¿])((?:le|les)\s+(?:mando|paso|env[íi]o|comparto|escribo(?!\s+(?:(?:[a-zà-ÿ]+(?:ito|ita|mente)|r[áa]pido)\s+)?(?:desde|para\s+(?:agradecer|dar|contar|decir|informar|saludar|comentar)|porque|en\s+nombre|de\s+parte)\b)|presento|llevo|doy|armo|preparo|consigo|reenv[íi]o)\s+(?!(?:tu|su|vuestro|el|la)\s+(?:correo|e-?mail|mail|contacto|n[úu]mero|tel[ée]fono|whats(?:app)?|datos|mensaje|recado|invitaci[óo]n)(?![a-zà-ÿ]))(?!(?:tus|sus|vuestros)\s+datos(?![a-zà-ÿ])).+)$|(?<=(?:^|[\s,.!])(?:j['’]|je\s+(?:vous|te|lui|leur)\s+))((?:envoie|apporte|am[eè]ne|ram[eè]ne|transmets|passe|fais suivre|pr[eé]pare)\s+(?!(?:ce|cet|cette|ces)\s+(?:mail|message|courriel|mot|e-?mail|lignes)\b).+)$|(?<=(?:^|[\s,.!])(?:saya|kami|aku|gue|gw)\s+(?:akan|mau|nak|bakal)\s+|(?:^|[\s,.!])(?:ana\s+)?(?:bghit|bghina|ghadi|ghan|ghadin)\s+)((?!(?:ke|pergi|pulang|tidak|nggak|gak|ikut|datang|nmchi|nji)\b)[a-z].{3,})$/.source.replace(/going to\|/g, `going to${GOING_PLACE}|`), 'i');

// "I'm also going to …", "we're definitely planning to …": the adverb between the subject and the lead-in goes.
// "I absolutely will write …", "we certainly shall …": the adverb ahead of the modal goes too.
// "I promised the group I'd write it up", "I told them we'd run another one": a promise told to others is the sender's.
const PROMISED_TO = /\b(?:i|we)\s+(?:(?:have\s+|(?:'|’)ve\s+)?promised|told|assured)\s+(?:the (?:group|team|class|kids|organi[sz]ers)|everyone|everybody|them|you|him|her|us|my [\w-]+|our [\w-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:that\s+)?(i|we)\s*(?:(?:'|’)d|would|(?:'|’)ll|will)\s+/gi;
const WILL_ADVERB = /\b(i|we)\s+(?:hereby|solemnly|absolutely|definitely|certainly|really|surely|also|still|then|now|personally|totally|truly|honestly|happily|gladly|100%)\s+(?=(?:will|shall|promise|pledge|commit|plan|intend|want\s+to|would\s+like\s+to)\b)/gi;
// "We're also looking for a volunteer", "I'm still searching for a venue": the adverb ahead of a need goes.
const NEED_ADVERB = /\b((?:i|we)\s*(?:(?:'|’)m|am|(?:'|’)re|are))\s+(?:also|still|currently|actively|really|urgently|desperately|just|always)\s+(?=(?:looking|searching|seeking|in need|short|desperate|lacking|crying out)\b)/gi;
// "need din namin ng free domain", "need ko po ng laptop": the Tagalog words between "need" and the thing go.
const TAGLISH_NEED = /\b(need)\s+(?:(?:din|rin|namin|natin|ko|po|ng|nang|lang|talaga|sana|pa|nga)\s+)+(?=\S)/gi;
const OFFER_HAVE_CAN = fastEdges(/^(?:(?:and|also|plus|oh)[,\s]+)?(?:i|we|(?:our|my)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s*(?:\s(?:have|has|own|owns|are having|am having)|(?:'|’)ve got|\shave got|\shas got)\s+(?!(?:no|not|nothing|never|to|been|had|a (?:question|problem|lot of (?:work|stuff)))\b)(.{3,90}?)\s*(?:[—–;]|\s-\s|,|\.\s+)\s*(?:(?:and|so)\s+)?(?:(?:any|community|local|other|youth|school|neighbourhood|neighborhood)\s+)?(?:one|body|anyone|anybody|groups?|people|folks|organi[sz]ations?|you|clubs?|members|organi[sz]ers|teams?|charities|charity|schools?|ngos?)\b[^.;]{0,60}?\b(?:can|could|may|(?:is|are)\s+(?:very\s+|more than\s+)?welcome\s+to)\s+(?:(?:borrow|use|book|have|take|hire|rent|reserve)\s+(?:them|it|those|these|one|any)|(?:stay|meet|sleep|camp|gather|rehearse|work)\s+(?:there|in it|in them|at it))\b/iu);
// What follows a thing offered without "I can" and is no part of it: that it sits idle, an aside, a remark after it.
// "a boardroom that sits empty on Friday afternoons": when it is free stays with the thing.
const offerTail = (s: string) => s.replace(THAT_SITS_IDLE_TAIL, (t) => { const w = /\s((?:on|during|over|at)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|evenings?|mornings?|afternoons?|nights?)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?)\b/i.exec(t); return w ? ' ' + w[1] : ''; }).replace(ITEM_ASIDE, '').replace(ITEM_TAIL, '');
// "12 iPads the kids' programme doesn't use in the evenings": who does not use it is no part of the thing.
const UNUSED_BY = /\s+(?:that\s+|which\s+)?(?:(?:the|our|my)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:doesn(?:'|’)?t|don(?:'|’)?t|never|rarely|hardly)\s+(?:really\s+)?use|(?:nobody|no one|no-one|hardly anyone)\s+(?:is\s+|really\s+|ever\s+)*(?:uses?|using)|(?:we|i)\s+(?:are|am)\s+not\s+(?:really\s+)?using)\b.*$/iu;
const DASH_REASON = /\s+(?:[—–]|--)\s+(?:(?:half|most|many|some|all|a lot|lots|loads|none)\s+(?:of\s+)?(?:our|us|the|my|them|these|those)\b|(?:we|they|it|there|our\s+[\p{L}-]+|my\s+[\p{L}-]+)\s*(?:(?:'|’)(?:s|re|ve)\b|\s+(?:is|are|has|have|was|were|can(?:'|’)?t|cannot|don(?:'|’)?t|only|just|never|keep|always)\b)).*$/iu;
const OWN_PROMISE = /^(?:(?:oh|and|also|plus|so|anyway|btw|then|next|meanwhile)[,\s]+)*(?:(?:i|we)\s*(?:(?:'|’)ll|will|(?:'|’)m going to|am going to|(?:'|’)m gonna|am gonna|gonna|(?:'|’)re going to|are going to|shall|promise to|commit to|pledge to)|will|gonna)\s+(?!(?:be|have|need|try|see|think|let|keep)\b)\p{L}/iu;
const CLAUSE_TAIL = /,\s+(?:(?:she|he|they|we|it|there)(?:'|’)(?:s|re|ve|ll|d)\b|(?:she|he|they|we|it|there)\s+(?:is|are|was|were|has|have|had|do|does|did|only|just|can|can(?:'|’)t|cannot|don(?:'|’)t|doesn(?:'|’)t|won(?:'|’)t|will|never|always|really|already|keep|use|told|said)\b|(?:the\s+(?:same|one|city|council|other|old)\b|many of them|most of them|some of them)[^,]*?\s(?:is|are|was|were|has|have|do|does|did|keeps?|won(?:'|’)t|can(?:'|’)t|don(?:'|’)t)\b).*$/i;
// "The residents' association is badly in need of a treasurer", "Our lot is desperate for a lawyer": the group's need.
// "The museum badly needs a good flatbed scanner", "our club really needs a second router": a place or group of the
// person's world in need ("the city needs …", "the movement needs …" are wishes, read before this).
const NEED_GROUP_NEEDS = /^(?:(?:and|also|but|so|honestly)[,\s]+)?(?:the|our|my)\s+(?:[\p{L}'’-]+\s+){0,2}(?:museum|library|club|school|hall|centre|center|caf[eé]|co-?op|group|society|team|project|space|class|chapter|station|garden|shelter|church|parish|mosque|temple|association|committee|hub|lab|makerspace|hackerspace|archive|clinic|pantry)\s+(?:really\s+|badly\s+|desperately\s+|urgently\s+|sorely\s+|still\s+|also\s+)?needs\s+(?!to\b)(.{3,})$/iu;
const NEED_GROUP_IS = /^(?:(?:and|also|but|so|honestly)[,\s]+)?(?:the|our|my)\s+[\p{L}'’ -]{2,40}?\s+(?:is|are)\s+(?:still\s+)?(?:badly\s+|desperately\s+|urgently\s+|really\s+|sorely\s+|always\s+)?(?:in (?:dire |desperate |urgent |real |great )?need of|desperate for|crying out for|short of|short on)\s+(.+)$/iu;
// "Our mob can share recordings …", "Our hālau can offer chanting …", "Our company, Yemisi Foods, is willing to sponsor
// lunch": the sender's group offering, in its own voice.
const GROUP_CAN = fastEdges(/^((?:(?:and|also|but|so)[,\s]+)?)(?:our|my)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:,\s+[^,]{2,40},)?\s+(can|could|is|are)\s+(?:(?:also|always|more than|very|really)\s+)?(?=(?:(?:happy|glad|willing|able|pleased|delighted)\s+to\s+)?(?:offer|share|provide|lend|host|sponsor|give|donate|teach|run|bring|cover|fund|cook|print|mentor|coach|tutor|translate|interpret)\b)/iu);
// "We are pleased to inform you that …", "Kindly note that …", "Please be informed that …": the frame of a formal letter
// says nothing; what follows it does.
const INFORM_FRAME = /^(?:(?:further to|following|with reference to|in reference to|as discussed|as per)\s[^,]{2,80},\s+)?(?:(?:we|i)\s*(?:are|am|(?:'|’)re|(?:'|’)m)\s+(?:pleased|happy|glad|delighted)\s+to\s+(?:share|confirm|announce|report)(?:\s+with\s+you)?|(?:we|i)\s*(?:are|am|(?:'|’)re|(?:'|’)m)\s+(?:pleased|happy|glad|delighted|writing)\s+to\s+(?:inform|tell|notify)\s+you|(?:we|i)\s+(?:wish|would like|write|(?:'|’)d like)\s+to\s+(?:inform|notify)\s+you|this is to (?:inform|notify) you|please be (?:informed|advised|notified)|kindly (?:note|be informed|be advised)|please note)\s+(?:that\s+)?/i;
// "We would be grateful if your network could recommend two judges", "… if someone from your network could visit the
// school": what the writer asks of others is a need (the thing, or the someone to do it).
const NEED_GRATEFUL = /^(?:(?:and|also|but|so)[,\s]+)?(?:(?:we|i)\s+(?:would|(?:'|’)d|will|shall)\s+be\s+(?:very\s+|most\s+|really\s+|extremely\s+|so\s+|truly\s+)?(?:grateful|thankful|obliged|glad|happy|delighted)|it\s+would\s+be\s+(?:very\s+|really\s+|so\s+|most\s+)?(?:helpful|great|useful|wonderful|lovely|brilliant|a great help|a big help))\s+if\s+((?:your network|you|someone|somebody|anyone|anybody|one of you|your team|the team|the network|any\s+[a-z]+)(?:\s+(?:from|in|at)\s+[^,]{2,40}?)?)\s+(?:could|can|would|might)\s+(?:kindly\s+|please\s+)?(connect us with|introduce us to|put us in touch with|[a-z]+)\s+(.+?)[.!]*$/i;
// "The gap for us is childcare on session days."
const NEED_GAP = /^(?:(?:and|but|so)[,\s]+)?the\s+(?:(?:main|big|biggest|only|real)\s+)?(?:gap|challenge|bottleneck|blocker|sticking point)(?:\s+(?:for us|for me|here|right now))?\s+is\s+(.+)$/i;
// "the booking fell through, still looking for a place that holds 20": looking for, with no one named, is the sender's need.
const BARE_LOOKING = /(^|[,;]\s*)(?:(?:still|now|currently|also|actively)\s+)?(?:looking|searching|hunting)\s+for\s+(?=(?:a|an|some|someone|somebody|anyone|any|more|volunteers|help|people|funding|sponsors?|space|\d+)\b)/i;
// "We would also be glad to …", "we can certainly host …": the adverb after the modal goes.
const MODAL_ADVERB = fastEdges(/\b((?:i|we)\s*(?:would|could|can|will|shall|should|(?:'|’)d|(?:'|’)ll))\s+(?:also|certainly|definitely|really|gladly|happily|absolutely|surely|still|even|however|though|nonetheless)\s+(?=\p{L})/giu);
// "…, and staff can help with setup": a group named without "our" speaks for the sender's side too.
const BARE_GROUP = /^(?:and\s+)?(staff|volunteers|members|parents|students|pupils|families|the staff)\s+(?=(?:can|could|will|would|(?:'|’)ll|are (?:happy|glad|able|willing) to)\b)/i;
const AUX_ADVERB = /\b((?:i|we)\s*(?:(?:'|’)m|am|(?:'|’)re|are))\s+(?:def|defo|deffo|lowkey|also|definitely|certainly|totally|really|actually|absolutely|still|personally|then|now|surely|seriously|100\s?%|fully)\s+(?=going|gonna|planning|committing|happy to commit)/gi;
// "Me and two friends from the club will …", "My partner and I are going to …": the person speaks for a group.
const PENDING_APPROVAL = /\b(?:(?:still\s+)?(?:has|have|needs?)\s+to\s+(?:sign\s*-?\s*off|approve|sign (?:it|this|that) off)|(?:don(?:'|’)?t|do not)\s+hold\s+(?:us|me)\s+to\s+(?:it|that|this)|pending\s+(?:[\w'’-]+\s+){0,2}(?:approval|sign-?off))\b/i;
const WE_SUBJECT = /(^|[:;]\s*|^(?:ok|okay|so|and|yeah|yes|right)[,\s]+(?:so\s+)?|^(?:[Hh]i|[Hh]iya|[Hh]ey|[Hh]ello|[Hh]eya|[Hh]owdy)(?:\s+[\p{L}'’]+){0,2}[,!]\s+(?:so\s+)?)(?:(?:[Mm]e|[Mm]yself|I) (?:and|n|&|an(?:'|’)) (?:my |our |a |an |two |three |four |some |the |a few |\p{Lu}|\p{Ll}[\p{L}'’-]+(?= (?:are|r|will|(?:'|’)ll|shall|plan|intend|go to)\b))[\p{L}\d'’ -]{0,50}?|(?:(?:[Mm]y|[Oo]ur) [\p{L}'’-]+(?: [\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’-]*) (?:and|n|&) (?:I|me))(?=\s+(?:are|r|will|(?:'|’)ll|shall|plan|intend|go to)\b)/u;
// A condition ahead of the promise ("If the council gives us the hall, I'll …") makes it no promise.
const CONDITION = /(?:^|[,;:]\s*|\.\s+)(?:if|unless|as long as|provided(?: that)?|providing|assuming|only if)\s/i;
// "I'll run a DemoCamp in the autumn, assuming the venue works out": a condition after the promise, too.
// Courtesy conditions ("if you need one", "if that helps") are not doubts.
const TRAIL_CONDITION = /(?:,\s*|\s+)(?:subject to|pending|assuming|provided(?: that)?(?=\s+[a-z])|providing|as long as|depending on|unless|only if|if (?!(?:needed|useful|helpful|wanted|required|necessary|desired|that(?:'|’)s|it(?:'|’)s(?!\s+(?:on|in|at|during|over|held|a|an|the|not|raining|sunny|dry|wet|cold|hot|free|open|still|happening)\b)|this is|that helps|it helps|so|(?:you|anyone|anybody|someone|somebody|people|others|the group|they|folks|everyone|any of you)\s+(?:ever\s+)?(?:need|needs|want|wants|like|likes|would like|are interested|is interested|could use))\b))\s*\S/i;
// "ask her teacher if we can …", "check if the hall is free": an indirect question, not a condition.
const ASKS_IF = /\b(?:ask|asking|check|see|find out|figure out|know|wonder|confirm|enquire|inquire|email|call|text|ping|look into)\b(?:\s+\S+){0,4}\s*$/i;
// "…, because right now it's all on paper and if she loses it we're finished": an "if" inside the reason given for the
// promise conditions the reason, not the promise.
const REASON_TAIL = /(?:,\s*|\s+)(?:because|(?:'|’)?cause|cos|coz|bc)\s.*$/i;
function trailCondition(c0: string): boolean {
  const c = c0.replace(REASON_TAIL, '');
  const m = TRAIL_CONDITION.exec(c);
  return !!m && !(/^\W*if\b/i.test(m[0]) && ASKS_IF.test(c.slice(0, m.index)));
}
// "…, no promises though", "…, fingers crossed": a hedge tacked on after the promise takes it back ("God willing" and
// "inshallah" do not, round 24).
const TRAIL_HEDGE = /,?\s*(?:but\s+|though\s+)?(?:no promises|no guarantees?|fingers crossed|we(?:'|’)ll see|if all goes (?:well|to plan)|if i(?:'|’)m lucky|can(?:'|’)t promise|not promising(?: anything)?)\b[^,]*$/i;
// "…, maybe two if people like it", "…, probably on Tuesdays": a hedge on a further detail after a comma.
// "…, probablemente la segunda semana de enero", "…, vielleicht im Februar": the same in other languages.
const EXTRA_HEDGE = /,\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+)?(?:maybe|probably|prob|probs|prolly|perhaps|possibly|probablemente|probablement|probabilmente|provavelmente|wahrscheinlich|vermutlich|vielleicht|quiz[aá]s?|tal vez|peut[- ][eê]tre|forse|talvez|misschien|waarschijnlijk|prawdopodobnie)\s+(?!(?:not|no|nicht|pas|non|niet|nie)(?![\p{L}]))\S.*$/iu;
const cutExtraHedge = (c: string, from: number) => {
  const m = EXTRA_HEDGE.exec(c.slice(from));
  return m && m.index > 0 && c.slice(from, from + m.index).trim().split(/\s+/).length >= 3 ? c.slice(0, from + m.index) : c;
};
// What the mail itself does ("I want to say thank you", "I'd like to thank everyone"), not a thing to do later.
const SAID_NOW = /^(?:just\s+)?(?:say (?:a (?:big |huge )?)?(?:thank|thanks|how|that|hi|hello)|say(?=\s*[:：—–-])|thank (?:you|u|everyone|everybody|all|y(?:'|’)?all|the (?:organi[sz]ers|team|volunteers|hosts|speakers)(?:\s+for|(?=\s*[.!]*$)))|express (?:my|our)|extend (?:my|our)|tell you (?:that|how)|let you know (?:that|how)|start by|begin by|echo|add (?:that|my voice)|congratulate|apologi[sz]e|appreciate (?:the|you|everyone|everybody|all|your|this)|commend|acknowledge (?:the|you|everyone|all)|be (?:honest|frank|brief|quick|straight with you)|admit|confess|say this|(?:always\s+)?remember (?:that|this|it|the|how|when|her|him|them)|never forget|leave (?:it|that|this|the [\p{L}-]+(?: [\p{L}-]+)?) (?:to|with) (?:others|you|someone else|the (?:experts|pros|young ones)|her|him|them|\p{Lu}[\p{L}-]+)|keep it short)\b/iu;

// ("Um kitchen table sprint …", "Ein Kaffeeklatsch …", "Une DemoCamp …": an article in another language too.)
const FORMAT_FIRST = /^(?:(?:a|an|one|our|my|um|uma|un|une|una|ein|eine|einen|een|mon|ma|mi|meu|minha|unser|unseren|onze)\s+)?(?:kaffee|coffee|cofee|coffe|kitchen|kichen|demo ?camp)/i;
const findsDue = (s: string, input: UnderstandInput) => !!cutDue(s, input.received, input.timezone || 'UTC').due;

// "The next step is clear: I am writing …": the words after the colon are the step.
const leadBody = (m: RegExpExecArray) => {
  // Tagalog "magdadala ako ng …": the actor pronoun after the verb goes ("magdadala ng …").
  if (m[7] !== undefined || m[8] !== undefined) return (m[7] ?? m[8]!).replace(/^(\S+)\s+(?:ako|kami)(?:\s+(?:po|rin|din|na))*\s+/i, '$1 ');
  const b = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[10] ?? m[11] ?? m[12] ?? m[13] ?? m[14] ?? m[15] ?? m[16] ?? '';
  if (m[4] === undefined) return b;
  const after = /^(?:clear|simple|easy|this|obvious|as follows|the following)\s*[:：,–—-]\s*(?:(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re| am| are|(?:'|’)ll| will)\s+)?(.+)$/i.exec(b);
  return after ? after[1]! : b;
};

// Verbs for running one of the low-bar formats (a DemoCamp one only attends is not "running" one).
const HOST_VERB = /^(?:(?:keep|kept|carry on|continue|go on)\s+)?(co-?)?((?:get|convince|persuade|encourage)\s+[^,]{1,40}?\s+to\s+(?:host|run|organi[sz]e|hold|put on|start|do|have|try)|(?:book|reserve)\s+[^,]{0,30}?\b(?:room|hall|space|venue|table|studio|lab|lounge|corner|library|clubhouse|classroom|gym|church|cafe|café|centre|center)\b[^,]{0,30}?\s+for\s+(?:a|an|our|my|the)\s|(?:get|gather|bring|round up|call)\s+[^,]{1,40}?\s+(?:together\s+)?for\s+(?:a|an|our|my)\s|(?:turn|convert|transform)\s+[^,]{1,40}?\s+into\s+(?:a|an|our|my)\s|host(s|ed|ing)?|run(s|ning)?|organi[sz](e|es|ed|ing)|hold(s|ing)?|throw(s|ing)?|put(ting)? (on|together)|start(s|ed|ing)?|set(ting)? up|lead(s|ing)?|facilitat(e|es|ing)|conduct(s|ing)?|deliver(s|ing)?|realiz(e|es|ing)|realis(e|es|ing)|animat(e|es|ing)|conven(e|es|ing)|plan(s|ning)?|do(ing)?|hav(e|ing)|arrang(e|es|ing)|launch(es|ing)?|mak(e|es|ing)|re-?start(s|ed|ing)?|reviv(e|es|ing)|restart(s|ing)?|kick(ing)? off|sort(s|ing)? out(?=\s+(?:a|an|another|one|our|my)\s)|schedul(e|es|ing)|help(ing)? ([\p{L}'’]+ ){0,2}(to )?(run|host|organi[sz]e|with)|try(ing)?|giv(e|ing)|bring(ing)?|(be )?(hosting|running|organi[sz]ing))\b/iu;

/** The low-bar format an action runs, if any. */
/** The low-bar format named anywhere in `text`, whoever runs it. */
export function formatNamed(text: string): Format | null {
  // A coffee klatch by its plain name in French, Turkish and Spanish ("un café-rencontre", "bir kahve sohbeti", "un
  // cafecito" — run only when a verb of running stands before it), as "Kaffeeklatsch" is its name in German.
  if (/caf[ée][\s-](?:rencontre|causerie)|kahve\s+(?:sohbet|buluşma)|(?<![\p{L}])cafecito(?![\p{L}])/iu.test(text)) return 'coffee-klatch';
  const squash = text.toLowerCase().replace(/[^a-z]/g, '');
  // Autocorrect's and dictation's slips: "coffee clutch", "kitchen tablet sprint", "kitchen table spring".
  if (/(ka|co|ko|ca)f+e*(k|c)(?:l?a+|lu)t?s?c?h|klatc?s?ch/.test(squash)) return 'coffee-klatch';
  if (/kit?c?he?n?t(?:able|abel|abble|bale|abl|ble|abe)t?s?p?ri(?:n?t|ng(?!s?(?:break|term|clean|semester|festival|fair|concert|show|sale|roll|water|onion|time|season|day)))/.test(squash)) return 'kitchen-table-sprint';
  if (/democ[a]?mp/.test(squash)) return 'democamp';
  // The English names written in Devanagari or Bengali letters ("किचन टेबल स्प्रिंट", "কফি ক্ল্যাচ").
  if (/[\u0900-\u09ff]/u.test(text)) {
    if (/(?:कॉफ़ी|कॉफी|कोफी|কফি)\s*-?\s*(?:क्लैच|क्लाच|क्लेच|ক্ল্যাচ|ক্লাচ)/u.test(text)) return 'coffee-klatch';
    if (/(?:किचन|কিচেন)\s*-?\s*(?:टेबल|টেবিল)\s*-?\s*(?:स्प्रिंट|স্প্রিন্ট)/u.test(text)) return 'kitchen-table-sprint';
    if (/(?:डेमो|ডেমো)\s*-?\s*(?:कैंप|कैम्प|ক্যাম্প)/u.test(text)) return 'democamp';
  }
  return null;
}

// Running a format in the other languages people answer in ("organiser un coffee klatch", "einen Kaffeeklatsch veranstalten").
const FOREIGN_HOST = /^(?:οργανώσω|οργανώνω|διοργανώσω|διοργανώνω|οργανώσουμε|διοργανώσουμε|κάνω|κάνουμε|φτιάξω)(?=\s)|^(organiza|organizez|organizăm|organizam|țin|tin|fac|facem|tổ chức|làm|mở|hago|hacemos|monto|montamos|preparo|preparamos|fa[çc]o|fazemos|faccio|facciamo|organizziamo|organizzer(?=[òo]\s)|organizzeremo|far(?=[òo]\s)|faremo|fais|faisons|mache|mach|machen|doe|doen|bikin|bikinin|buat|adakan|ek(?=\s+[a-z])|mengadakan|ngadain|menyelenggarakan|ndir|ndiro|armar|armo|armamos|preparar|crear|lanzar|criar|montar|organiser|animar|organisiere|organisieren|veranstalte|veranstalten|starte|gründe|lanciere|monte|lance|lancio|avvio|lanço|lanzo|organisons|organizo|organizamos|organizzo|organiseer|organiseren|organiser|organizar|organizzare|faire|fazer|hacer|montar|realizar|animer|lancer|tenir|dar|fare|un|une|una|um|uma|einen|ein|eine|een|mengadakan|menganjurkan|buat|andaa|fanya|panga|endesha|anzisha|gumawa|mag-?organisa|mag-?host|mag-?organize|mag-?run|a3mel|a3mal|na3mel|n3mel|ha3mel|han3mel|ne3mel|asawi|asawee|asawwi|nsawi|nsawee|sawee|sawi|ansawi|a3mil|n3mil|faccio|facciamo|hago|hacemos|fais|faisons|doe|faço|fazemos|zorganizuj(?=ę\s)|zorganizujemy|zrobi(?=ę\s)|zrobimy|poprowadz(?=ę\s)|zorganizuji|köra|kör|ordna|arrangera|anordna|hålla|holde|arrangere|afholde|kjøre)\b|\b(veranstalten|organisieren|organiseren|houden|machen|durchführen|ausrichten|starten|anbieten|abhalten|abzuhalten|aufsetzen|aufzusetzen|aufziehen|aufzuziehen|zu\s+veranstalten|zu\s+organisieren|zu\s+machen|kar(?:u|oo)ng[ai]|karenge|karwa(?:u|oo)ng[ai]|hirakimasu|yarimasu|kaisai\s+shimasu|shusai\s+shimasu)\s*$/i;

export function formatOf(action: string): Format | null {
  // "sprint on the footy club site with the parents" as the whole action: the kitchen table sprint, by its short name.
  if (/^(?:(?:a|an|one|our|my|another)\s+)?(?:mini[- ])?sprint\s+(?:on|for|with|at)\b/i.test(action.trim())) return 'kitchen-table-sprint';
  // "run a second sprint on the events calendar", "host another sprint for the parents": the same short name after a run verb.
  if (/^(?:run|host|hold|organi[sz]e|do|lead|co-?host|co-?run|put on|set up)\s+(?:a|another|one more|our|my)\s+(?:(?:second|third|fourth|2nd|3rd|4th|follow-?up|follow-?on|new|mini|quick|little|small|next)\s+)?sprint\s+(?:on|for|with|at)\b/i.test(action.trim())) return 'kitchen-table-sprint';
  // "chamar a turma do coletivo pra um sprint", "organizar um sprint", "armar una sprint con …": the short name after a verb
  // of running or gathering people, in the other languages (not "revisar o guia de sprint").
  if (/^(?:organizar|fazer|chamar|juntar|reunir|montar|armar|hacer|convocar|organiser|faire|lancer|organisieren|veranstalten|machen|organiseren|houden|organizzare|fare)\s+(?:[^,]{0,40}?\s)?(?:um|uma|una|un|une|einen|ein|eine|een|uno)\s+(?:mini-?\s*)?sprint(?![\p{L}])/iu.test(action.trim()) && !formatNamed(action)) return 'kitchen-table-sprint';
  const f = formatNamed(action);
  if (!f) return null;
  // "kawiarenka (coffee klatch) w bibliotece": a format in its own language, glossed in English.
  if (/^[\p{L}-]+\s*\((?:a\s+)?(?:kaffee|coffee|cofee|kitchen|demo ?camp)/iu.test(action.trim())) return f;
  // "organiser un café-rencontre (coffee klatch) avec …", "bir kahve buluşması (coffee klatch) yapacağım": a gathering of the
  // person's own language, glossed with the format's name, is the format.
  if (/[^\x00-\x7f]|\b(?:un|una|une|ein|eine|einen|bir|ek|um|uma)\s/i.test(action) && /[\p{L}-]+\s*\((?:a\s+|the\s+)?(?:kaffee|coffee|cofee|kitchen|demo ?camp)[^()]{0,40}\)/iu.test(action) && !/^(?:write|read|tell|send|post|share|e-?mail|about|über|sur|sobre)\b/i.test(action.trim())) return f;
  // "Kitchen table sprint on Jan 9": the format alone, named as the answer.
  if (/^(kaffee|coffee|cofee|coffe|kitchen|kichen|demo ?camp|klatch)/i.test(action.trim())) return f;
  if (FOREIGN_HOST.test(action.trim())) return f;
  // "проведу DemoCamp", "организуем кофе-встречу", "зроблю DemoCamp": running it in Russian and Ukrainian.
  if (/^(?:проведу|проведём|проведем|организую|организуем|устрою|устроим|сделаю|сделаем|буду\s+(?:проводить|организовывать|вести)|проведу|організую|організуємо|влаштую|зроблю|зробимо)(?=\s)/iu.test(action.trim())) return f;
  // Turkish puts the verb last: "… bir kahve sohbeti düzenleyeceğim / yapacağım / organize edeceğim".
  if (/(?:düzenle|yap|organize ed|ev sahipliği yap)\p{L}*\s*$/iu.test(action.trim()) && /[ğışçöü]/iu.test(action)) return f;
  // "अपने मोहल्ले में एक किचन टेबल स्प्रिंट करूँगी", "… আয়োজন করব", "… برگزار می‌کنم", "… antolatuko dut": a verb of doing or
  // organising last, as Hindi, Bengali, Persian and Basque put it.
  if (/(?:करूँगा|करूँगी|करूंगा|करूंगी|करेंगे|करेंगी|आयोजित\s+\S+|করব|করবো|আয়োজন\s+\S+|(?:برگزار|درست)\s?می[\u200c ]?کنم|(?:antolatuko|egingo)\s+du(?:t|gu))\s*$/u.test(action.trim())) return f;
  // "count me in for a kitchen table sprint": the format itself is the thing to do.
  // "join the organizing team for the next DemoCamp": co-running it.
  if (/^join\s+(?:the\s+|its\s+|their\s+)?(?:organi[sz]ing|planning|core)\s+(?:team|committee|crew)\b/i.test(action.trim())) return f;
  return HOST_VERB.test(action.trim()) || /^(a|an|the|one|our|my|ek|bir)\s+\S*\s*\S*\s*(kaffee|coffee|cofee|coffe|kitchen|demo)/i.test(action.trim()) ? f : null;
}

// Words that end an action but are not part of it ("…, sorry", "… though").
// Time words with no date to score ("in term 4", "next semester", "before spring break", "ASAP") leave the action.
const EXAMS_ALT = String.raw`na\s+de\s+(?:tentamens|examens|toetsweek|toetsen)|nach\s+den\s+(?:prüfungen|pruefungen|klausuren|abschlussprüfungen)|apr[èe]s\s+(?:les\s+)?(?:examens|partiels|exams|le\s+bac|le\s+brevet)|despu[ée]s\s+de\s+(?:los\s+|las\s+)?(?:ex[áa]menes|parciales|finales|solemnes|pruebas)|depois\s+d[oa]s\s+(?:exames|provas)|setelah\s+(?:uts|uas|ujian)|after\s+(?:the\s+)?(?:exams|finals|midterms)`;
const EXAMS_FIRST = new RegExp(String.raw`^(?:${EXAMS_ALT})\s*,?\s+(?=\p{L})`, 'iu');
const EXAMS_LAST = new RegExp(String.raw`,?\s+(?:${EXAMS_ALT})[\s.!]*$`, 'iu');
const VAGUE_TIME = /,?\s+(?:(?:in|during|by|before|over|after|at the (?:start|beginning|end) of|for|sometime in|some time in)\s+)?(?:(?:the\s+)?(?:next|this|coming|new|following|upcoming)\s+(?:term|semester|school year|academic year)|term\s+\d|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:term|semester)|(?:the\s+)?new year|asap|as soon as (?:possible|i can|we can)|(?:the\s+)?(?:spring|mid-?term|half[- ]term|reading|march|fall|autumn)\s+(?:break|recess|holidays?|hols)|(?:the\s+)?(?:semester|term|school|school year|classes|uni|university|college|exams?)\s+(?:starts?|begins?|ends?|finish(?:es)?|(?:is|are) over|gets? going|resumes?|goes back)|(?:the\s+)?(?:end|start|beginning|close) of (?:the\s+)?(?:term|semester|school year|academic year|season)|(?:the\s+)?(?:kids|children|students|pupils|we|they|everyone|classes)\s+(?:go|goes|get|gets|are|is|come|comes)\s+back(?:\s+(?:to|at|in)\s+(?:school|uni|university|college|work|class|classes))?|after (?:easter|half[- ]term|the break|exams|finals|the exams|the summer|ramadan|diwali|eid)|at some point|some ?time soon|soon|one of these days|(?<!\b(?:come|came|coming|join|joined|attend|attended|make it|made it|be there|go|went)\s)this time(?: round| around)?)\s*$/i;
// An aside after the action: "…, they already said yes", "… so parents know it's coming back".
const ASIDE = /\s+[-–—]\s+(?:already|just|i(?:'|’)ve|i have|we(?:'|’)ve|we have|told|promised)\b.*$|\s+for\s+(?:anyone|anybody|everyone|whoever|those|people)\s+(?:who|that)\s+(?:wants?|would like|(?:is|are) (?:keen|interested)|fancies|likes?)\b.*$|,\s+where\s+(?:the|we|they|people|kids|children|everyone|students|parents|pupils|you|our|members|folks|participants|attendees)\b.*$|,?\s+so (?:expect|watch (?:this space|out)|look out for|keep an eye out|stay tuned)\b.*$|,\s+(?:i(?:'|’)m|i am|we(?:'|’)re|we are|i(?:'|’)ve|we(?:'|’)ve|i have|we have)\s+already\b.*$|,\s+(?:i\s+)?(?:reckon|bet|guess|suspect|imagine)\s+(?!(?:i|we)\s*(?:(?:'|’)ll|will|can|could|might|may)\b).*$|,\s+(?:my|our|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|agreed|offered|confirmed|promised)\b.*$|,\s+(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?!(?:going|gonna|planning|also|then|hoping|aiming)\b)(?:so\s+|really\s+|completely\s+|totally\s+|just\s+)?(?:snowed under|swamped|busy|flat out|slammed|buried|away|travell?ing|off|out|sick|ill|tied up|drowning)\b.*$|,\s+(?:they|he|she|it|this|that|which|who)\s+(?:(?:already|have|has|had|just|all|both)\s+)?(?:said|agreed|approved|confirmed|offered|asked|know|knows|knew|were|was|are|is|did|loved|liked|want|wants|will|(?:'|’)ll|should|might|may|appears?|comes out)\b.*$/i;
const FOREIGN_PURPOSE = /,\s+(?:(?:żeby|aby|abychom|damit|zodat|afin que|para que|affinch[ée]|perch[ée])\s|(?:pour|afin de|para|per)\s+(?:(?:nos|nous|vous|se|s['’]|ci|si|me|te)\s*)?\p{L}{2,}(?:er|ir|re|ar|are|ere|ire)(?![\p{L}])|um\s+[^,]{2,60}\s+zu\s|om\s+[^,]{2,60}\s+te\s|para\s+(?:ma|mag|pag|maka|makapag|mapag)-?\p{L}{3,}).*$/iu;
const FOREIGN_PURPOSE_BARE = /\s+(?:(?:pra|para)\s+(?:a\s+)?(?:gente|n[óo]s|eles|elas|voc[êe]s|todo mundo|todos)\s+\p{L}{2,}(?:ar|er|ir)(?![\p{L}])|(?:para que|pra que|pour que|afin que|damit|affinch[ée]|zodat)\s+\S).*$/iu;
const PURPOSE = fastEdges(/,?\s+so (?:that )?(?:i|we|you|they|he|she|it|people|everyone|everybody|others|folks|parents|kids|students|teachers|(?:the|our|my|their) [\p{L}-]+)\s+(?:[\p{L}'’]+\s+)?(?:can|could|will|would|know|knows|have|has|get|gets|don(?:'|’)?t|won(?:'|’)?t|are|is|may|might|see|feel|learn|remember)\b.*$/iu);

function tidyAction(s: string): string {
  return s
    // "by Cup Day, a coffee klatch at …": the comma left at the front once the date ahead of the action is cut.
    .replace(/^[\s,;]+(?=\S)/, '')
    // "doing three things: one, fix the links … two, ask my boss …": the count that labels a listed thing is no part of it.
    .replace(/^(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|firstly|secondly|thirdly)\s*[,:)]\s+(?=\p{Ll})/iu, '')
    // "(Ich) verpflichte mich, ein DemoCamp aufzusetzen", Denglisch "committe mich, …": the pledge is no part of the action;
    // "… – die Location ist schon gebookt", "… — el local ya está": a remark of its own after a dash goes too.
    // "(Mañana) mismo mando …", "(hoje) mesmo mando …": the "very" of a time cut ahead of the action goes with it.
    .replace(/^(?:mismo|misma|mesmo|mesma)\s+(?=\p{L})/iu, '')
    // "Mein Plan: ich mach einen Kaffeeklatsch …": the German subject ahead of its verb is no part of the action.
    .replace(/^(?:ich|wir)\s+(?=\p{Ll}{3,}\s)/u, '')
    // "…, quasi als Kick-off für …", "…, genre comme un lancement", "…, nada fancy, just …": what it amounts to is no part of it.
    .replace(/,\s+(?:quasi|sozusagen|gewissermaßen|genre|tipo|en\s+plan|kind\s+of|sort\s+of)\s+(?:als|comme|como|de|un|une|um|uma|una|a|an)\s.*$|,\s+(?:nada|nothing|rien|nichts|niente|niets)\s+(?:fancy|formal|serio|grande|compliqu[ée]|gro(?:ß|ss)es|special|especial|speciale|bijzonders)(?![\p{L}]).*$/iu, '')
    .replace(/^(?:ich\s+)?(?:verpflichte|committe|engagiere)\s+mich(?:\s+dazu)?\s*,?\s+(?=\S)/iu, '')
    .replace(/\s+[–—]\s+(?:die|der|das|el|la|le|o|a|il|de|het)\s+[\p{L}-]+\s+(?:ist|sind|est|es|está|é|è|is|zijn|war|était|estaba)(?![\p{L}]).*$/iu, '')
    // "na de tentamens een democamp organiseren", "nach den Prüfungen, einen Kaffeeklatsch …": a vague "after the exams"
    // ahead of the action is a time, as "after exams" at its end (VAGUE_TIME).
    .replace(EXAMS_FIRST, '').replace(EXAMS_LAST, '')
    // "o que eu vou fazer é montar …", "lo que voy a hacer es …": the doing named, then what it is.
    .replace(/^(?:fazer|hacer|faire)\s+(?:é|es|c['’]est|est)\s+(?=\p{L})/iu, '')
    // "organising a DemoCamp at the campus, probably late October": the hedge on the cut date goes with it.
    .replace(/,?\s+(?:probably|maybe|perhaps|possibly|hopefully|likely|most likely)[\s.!]*$/i, '')
    // "y el 2 hago un coffee klatch": the "and" left ahead of the verb once the date is cut.
    .replace(/^(?:y|e|et|und)\s+(?=\p{Ll})/u, '')
    // "me voy a encargar de armar un sprint", "vou me encarregar de organizar …": taking charge of doing it is doing it.
    .replace(/^(?:encargar(?:me)?|ocupar(?:me)?|hacerme\s+cargo|encarregar(?:-me)?|me\s+encarregar|m['’]occuper|occuparmi)\s+(?:de|di)\s+(?=\p{L}+(?:ar|er|ir|re)(?![\p{L}]))/iu, '')
    // An emoji closing the action ("teach my sister Scratch 😊") is no part of it.
    .replace(/\s*(?:\p{Extended_Pictographic}[\uFE0F\u200D]*)+\s*$/u, '')
    .replace(/\s*\([^)]*\)[\s.!?]*$/, '')
    // "faccio un Kaffeeklatsch (un caffè con i vicini) nella sala": a gloss of the format's name, mid-action, goes.
    .replace(/(klatsch|klatch|sprint|democamp|demo camp)\s*\([^()]{2,60}\)(?=\s+\S)/giu, '$1')
    .replace(/^([^(]*)\)[\s.!?]*$/, '$1')
    // "start with mine: first meeting is on the 3rd": what follows the colon describes it.
    .replace(/:\s+[^:]*\b(?:is|are|will be|was)\b[^:]*$/i, '')
    .replace(ASIDE, '')
    .replace(/,\s+(?:für|pour|para|pra|per|voor|untuk)\s+(?:leute|menschen|alle|diejenigen|ceux|celles|les gens|quienes|los que|las que|la gente|quem|as pessoas|chi|coloro|wie|mensen|iedereen|sesiapa|siapa saja)(?![\p{L}]).*$/iu, '')
    // "einen Sprint in der Werkstatt, da löten wir die Platinen", "…, où on réparera …": what happens there, once the action
    // is full, as ASIDE's ", where we …".
    .replace(/,\s+(?:(?:da|dort|wo)\s+[\p{L}]+\s+(?:wir|man|alle|ihr)|où\s+(?:on|nous|vous|les|chacun)|donde|onde|dove|waar)\s.*$/iu, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 ? '' : m))
    .replace(/,\s+(?:although|even though|though)\s+.*$/i, '')
    // "translate the page this week and my friend Jiwoo will review it": only the person's own part.
    .replace(/\s+and\s+(?:my|our|his|her|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+(?:will|(?:'|’)ll|is going to|are going to|can|could|should)\b.*$/iu, '')
    // "get the families together for a sprint in June, the kids can bring their photos": what the others do there.
    .replace(/,\s+(?:the|our|my)\s+(?:kids|children|students|pupils|parents|families|teachers|class|others|rest of (?:them|us))\s+(?:can|could|will|(?:'|’)ll|are going to|get to|would)\s.*$/i, '')
    // "host a Kaffeeklatsch, and Erik will bring his laptop": someone named does their own part.
    .replace(/,?\s+and\s+(?!I\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:will|(?:'|’)ll|is going to|can|could|should|has (?:offered|agreed|promised) to)\s.*$/u, '')
    // "…, everyone from the hackathon is invited": who may come is no part of the action.
    .replace(/,\s+(?:anyone|everyone|all|everybody|you(?:'|’)re all|you are all)(?:\s+(?:from|at|in|on)\s+[^,]{1,40}?)?(?:\s+(?:is|are)|(?:'|’)s)?\s+(?:very\s+|most\s+|all\s+)?(?:welcome|invited)\b.*$/i, '')
    // "host the stream 8pm instead": a clock time left after its day was read is no part of the action.
    .replace(/(?<!\b(?:after|before|at|from|until|till|til|by|around|to|between|and|or|past|about|than))\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)(?:\s+instead)?\s*$/i, '')
    // "our room is empty on Fridays and you're welcome to it": the welcome is no part of the thing.
    .replace(/(?:,\s*|\s+)(?:and\s+)?(?:you(?:'|’)re|you are|you(?:'|’)d be|you would be)\s+(?:(?:very|more than|most|always)\s+)?welcome\s+to\s+(?:it|them|use it|use them|borrow it|borrow them|have it|have them)\b.*$/i, '')
    // "host a klatch on Saturday, want to come?": an invitation after the action.
    .replace(/,\s+(?:(?:do\s+)?(?:you\s+)?(?:want|wanna|fancy|care)\s+to\s+(?:come|join)|anyone\s+(?:want|wanna|keen|fancy)|who(?:'|’)s\s+in)\b.*$/i, '')
    // A short action keeps its purpose ("bring my laptop so we can fix the wiki"); a full one stands alone.
    .replace(PURPOSE, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 ? '' : m))
    // "…, żeby spisać narzędzia", "…, pour refaire notre site", "…, para arreglar la web", "…, um … zu …": what it is for,
    // set off by a comma in another language, is no part of the thing done.
    .replace(FOREIGN_PURPOSE, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 4 ? '' : m))
    // "… aqui em casa pra gente terminar o app", "… pour que les jeunes voient …": a purpose with its own subject needs no
    // comma in another language either.
    .replace(FOREIGN_PURPOSE_BARE, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 4 ? '' : m))
    // "Llevo el proyector y un alargador, que en ese local nunca hay enchufes", "…, car il n'y a pas de prises": why, after a
    // comma in another language, is no part of the thing done.
    .replace(FOREIGN_WHY_TAIL, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 3 ? '' : m))
    // "…, so the new neighbours from the 3rd floor can meet the old ones", "…, so everyone's repair requests finally get into
    // the portal": any clause of its own after ", so" says what the full action is for (the tagger finds its verb).
    // "… in our college seminar hall so that juniors can see …": with "that" said, no comma is needed.
    .replace(/\s+so\s+that\s+(?:[\p{L}'’-]+\s+){1,3}(?:can|could|will|would|may|might|get|gets)\s+\S.*$/iu, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 ? '' : m))
    // "send her the photos so that's next on the list", "… so that's sorted": a comment on it after "so that's" is no part of it.
    .replace(/,?\s+so\s+that(?:'|’)s\s+\S.*$/iu, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 2 ? '' : m))
    // "send her my slides so she isn't starting from zero": "so" and a pronoun with a state or a negation, no comma, after a
    // full action ("… so we can check the windows", a purpose with "can", stays as labelled before).
    .replace(/\s+so\s+(?:she|he|they|we|you|people|everyone|everybody|nobody|no one)\s*(?:(?:'|’)s|(?:'|’)re|\s+(?:isn(?:'|’)?t|aren(?:'|’)?t|doesn(?:'|’)?t|don(?:'|’)?t|won(?:'|’)?t|has|have|is|are|knows?))\s+\S.*$/i, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 4 ? '' : m))
    .replace(/,\s+so\s+(?:that\s+)?(\S.*)$/i, (m, rest: string, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 && isClause(rest, 9) ? '' : m))
    .replace(/,?\s+if (?:you|anyone|someone|people|that|it)\s+(?:need|needs|want|wants|like|likes|helps?|would help|is useful)(?: (?:one|it|them|that))?\s*[.!]?\s*$/i, '')
    .replace(/,?\s+if (?:needed|useful|helpful|wanted|possible)\s*[.!]?\s*$/i, '')
    .replace(/,?\s+if (?:that|it|this)(?:'|’)s (?:ever )?(?:useful|helpful|of (?:any )?use|any use|ok|okay|wanted|needed|of interest)(?: (?:to|for) (?:anyone|anybody|you|someone|the group|people|others))?\s*[.!]?\s*$/i, '')
    .replace(/,?\s+if (?:you|anyone|anybody|someone|somebody|people|the group|others|any of you)\s+(?:ever\s+)?(?:need|needs|want|wants|could use)\b.*$/i, '')
    .replace(/,?\s+if (?:there(?:'|’)s|there is) (?:time|room|space|a slot|a gap|interest|demand)\b.*$/i, '')
    .replace(/,\s+(?:not|rather than|instead of)\s+.*$/i, '')
    .replace(/[\s,;:–—-]+(sorry|period|full stop|though|tho|tbh|lol|haha|too|yet|as well|anyway|instead|hopefully|i think|i promise|for sure|promise|at least|again|honestly|really|please|someday|some day|one day|eventually|on it|count me in|i(?:'|’)m in|will do|po|sha|ending)\s*[.!?]*\s*$/i, '')
    .replace(/^(?:(?:and|plus|oh and)\s+)?(?:mostly|mainly|honestly|really|just|also|probably|ideally|maybe|perhaps|possibly)\s+/i, '')
    .replace(/^(?:and|plus|oh and)\s+/i, '')
    .replace(/^(?:→|->|=>)\s*/, '')
    .replace(/^(to|that)\s+/i, '')
    .replace(/^(be\s+)?(sure to|try and)\s+/i, '')
    // "I will like to host" (Nigerian English), "I will make sure I host": the action is the hosting.
    .replace(/^(?:(?:like|love) to|make sure (?:that\s+)?(?:i|we))\s+(?=\p{L})/iu, '')
    // "what I'm going to do is write a guide", "I'm aiming for a coffee klatch": the action is what follows.
    .replace(/^(?:do\s+(?:(?:instead|first|next|now|then|anyway|this time|for now|for my part|myself)\s+)?(?:is|:)\s+(?:to\s+)?|aiming (?:for|at)\s+(?=(?:a|an|one|our|my|another)\s))/i, '')
    // "I will be the one to organize a coffee klatch": the action is the organizing.
    .replace(/^be\s+the\s+one\s+(?:to|who)\s+/i, '')
    .replace(/^be\s+(?=[\p{L}]+ing\s)/iu, '')
    // "I will be organize a meetup": a learner's "be" before the verb.
    .replace(/^be\s+(?=(?:organi[sz]e|make|host|run|write|hold|start|create|give|teach|prepare|translate)\s)/i, '')
    .replace(/[\s,;:.!?–—-]+$/g, '')
    .replace(/\s+(and|but|or|so)$/i, '')
    .replace(VAGUE_TIME, '')
    .replace(/\s+then$/i, '')
    .replace(/\s+(?:starting|beginning|commencing|from|by|before|until|no later than|this coming)$/i, '')
    // "…about the event, in the" once the date is out: the dangling preposition goes too.
    .replace(/,?\s+(?:in|on|at|by|within|over|during)\s+the$|,\s+(?:in|on|by|within)$/i, '')
    .replace(/[\s,;:–—-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const ECHOED_ASK = /^(?:(?:so|well|now)[,\s]+)?(?:you|they|the (?:organi[sz]ers|team|form)|someone|your (?:e-?mail|mail|letter|message|note))\s+(?:asked|ask|asks|wanted to know|want to know|wants to know|wondered)\s+(?:me\s+|us\s+)?(?:what|how|when|whether|if)\s+(?:i|we)\s+(?:will|(?:'|’)ll|would|shall|can|could|am going to|are going to)\s+(?:do|offer|bring|give|commit to|promise)[\s.!?]*$/i;
const COURTESY_ACT = /^(?:thank|congratulate|express|extend|convey|acknowledge|apologi[sz]e|welcome|greet|salute|commend|wish)\b/i;
const COURTESY_LEAD = /\b(?:wish|would like|(?:'|’)d like|want|take this opportunity|am writing|are writing|write) to (?:(?:warmly|sincerely|humbly|once again|again)\s+)?(?:thank|congratulate|express|extend|convey|acknowledge|apologi[sz]e|welcome|greet|salute|commend)\b/i;
// What tidyAction leaves that only a promise sheds (items keep these): a remark on someone after the action, a reason,
// what comes with it, and a pious closer.
// "a las 11h", "il sabato mattina", "um 19 Uhr", "le samedi matin", "on Saturday mornings": a clock time or a day part split
// off a sentence names no thing to do, give or get.
const BARE_TIME = /^\s*(?:(?:a\s+las|a\s+la|à|às|as|alle|all['’]|um|om|at|from|dalle|de|des|ab|vanaf|desde|dès)\s+)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hs|hrs|uhr|am|pm|horas|heures|ore)?(?:\s*(?:-|–|a|à|bis|tot|to|alle|hasta|até)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hs|uhr|am|pm)?)?|(?:(?:il|le|el|la|o|a|am|op|on|the|les|los|i|de|every|each|chaque|cada|ogni|jeden)\s+)(?:lun|mar|mer|jeu|ven|sam|dim|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedis?|dimanches?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|ter[çc]a|quarta|quinta|sexta|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)(?:[-\s]+(?:feira\s+)?(?:mattina|pomeriggio|sera|matin|après-midi|soir|por\s+la\s+(?:mañana|tarde|noche)|ma[ñn]ana|tarde|noche|morgen|vormittag|nachmittag|abend|ochtend|middag|avond|de\s+manh[ãa]|[àa]\s+tarde|[àa]\s+noite|manh[ãa]|noite|mornings?|afternoons?|evenings?|nights?))?|(?:lun|mar|mer|jeu|ven|sam|dim|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedis?|dimanches?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|ter[çc]a|quarta|quinta|sexta|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)(?:[-\s]+(?:feira\s+)?(?:mattina|pomeriggio|sera|matin|après-midi|soir|por\s+la\s+(?:mañana|tarde|noche)|ma[ñn]ana|tarde|noche|morgen|vormittag|nachmittag|abend|ochtend|middag|avond|de\s+manh[ãa]|[àa]\s+tarde|[àa]\s+noite|manh[ãa]|noite|mornings?|afternoons?|evenings?|nights?)))\s*[.!]*\s*$/iu;
// (?<!\w) and (?!\w) here are \b, written as V8 runs it fast under /iu (see word-edge.ts).
function tidyCommitment(s: string): string {
  return s
    // "digitise the sign-up form, so volunteers no longer need to fill up paper forms": what it is for, after the thing.
    .replace(/,\s+so\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:(?:and|&)\s+(?:[\p{L}'’-]+\s+){1,2})?(?:no longer|don(?:'|’)?t|won(?:'|’)?t|can|could|will|would|have|need|do not|will not|never)\b.*$/iu, '')
    // "…, a las 18h", "…, um 19 Uhr": the clock time left after the date went is no part of the thing.
    .replace(/,\s+(?:a\s+las|a\s+la|à|às|alle|um|om|at)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hs|uhr|am|pm)?\s*$/iu, '')
    // "…, when the rainy season calms down", "…, quand la saison des cyclones se calme", "…, cuando el calor afloje", "…, wenn die
    // Ferien vorbei sind": when it fits, said after the thing, is no part of it.
    .replace(/,\s+(?:when|once|quand|lorsque|cuando|quando|wenn|sobald|wanneer|zodra)\s+(?:the|things|la|le|les|l['’]|el|los|las|il|lo|gli|o|a|os|as|der|die|das|de|het)\s+[^,]*$/iu, '')
    // "set up a website for the building so people stop relying on the notice board": what it is for, after a full action.
    .replace(/\s+so\s+(?:that\s+)?(?:people|folks|everyone|everybody|nobody|no one|they|residents|neighbours|neighbors|members|parents|families|kids|elders|seniors)\s+(?:can|could|will|would|stop|start|no longer|don(?:'|’)?t|won(?:'|’)?t|know|get|have)(?!\w).*$/iu, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 6 ? '' : m))
    // "bring two extension boxes, that hall only has two sockets": a remark on the place after the thing.
    .replace(/,\s+(?:that|this|the)\s+[\p{L}-]+\s+(?:only|never|always|barely|hardly|just)\s+(?:has|have|had|gets?|holds?)(?!\w).*$/iu, '')
    // "share the recordings as soon as our AV team has finished editing them": when others finish is no part of it.
    .replace(/\s+(?:as soon as|once)\s+(?:our|the|my|their)\s+(?:[\p{L}-]+\s+){1,3}(?:has|have|is|are)\s+(?:finished|done|ready|back|approved|signed)(?!\w).*$/iu, '')
    // "run a coffee klatch once the library confirms the room": what it waits for is no part of the thing.
    .replace(/\s+(?:as soon as|once)\s+(?:our|the|my|their|we|they|he|she|it)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:confirms?|confirmed|says?|agrees?|approves?|opens?|reopens?|gets?|gives?|is|are|has|have|finishes|comes?)(?!\w).*$/iu, '')
    // "once he signs off I'm hosting a sprint …" (read after a first promise and ", and"): the time it waits for leads in.
    .replace(/^(?:once|when|as soon as)\s+(?:he|she|they|it|the\s+[\p{L}-]+)\s+[^,]{2,40}?\s+(?:i(?:'|’)m|i am|i(?:'|’)ll|i will)\s+(?=\p{Ll}{3,}\s)/iu, '')
    // "get Bruce to show me how to upload photos, he's been on at me for ages": a remark about someone after the action.
    .replace(/,\s+(?:he|she|they)(?:(?:'|’)s|(?:'|’)ve|\s+has|\s+have)\s+been\b.*$/i, '')
    // "run a sprint for the society's website, it's been stuck on a 2009 template": how the thing has been, a remark.
    .replace(/,\s+(?:it|its|this|that)(?:(?:'|’)s|\s+has)\s+been\b.*$/i, '')
    // "bring the extension cords, the library never has enough": a remark on a place or group after the action.
    .replace(/,\s+(?:the|our|my|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:never|always|rarely|barely|hardly ever|seldom)\s+(?:has|have|had|does|do|gets?|brings?|remembers?|is|are)(?!\w).*$/iu, '')
    // "host a coffee klatch for Korean mums, in Korean, because many of them are shy …": the reason goes (a long action).
    .replace(/,\s+(?:because|since|cause|coz|cos)\s+.*$/i, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 ? '' : m))
    // "do a DemoCamp at the library on 3/12, 6-8pm, already booked the room": what is already done is no part of it.
    .replace(/,\s+(?:and\s+)?already\s+(?:\p{L}+ed|got|made|done|paid|found|spoken|told|sent|put)\b.*$/iu, '')
    // "coffee klatch for the parents, school canteen, 10am": a clock time left at the end is no part of the action.
    .replace(/,\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*$/i, '')
    // "host a coffee klatch for the neighbours, with cake and chai (of course)": the food that comes with it, after a comma,
    // once the action is full (who runs it with the person, "with my sister", "with Tita Cora", stays).
    .replace(/,\s+with\s+(?!(?:my|our|his|her|their|your|the|a|an|some|help|support|\p{Lu})(?![\p{L}]))[^,;]{2,60}$/u, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 ? '' : m))
    // "…, at my place, scones provided": what comes with it is no part of the action.
    .replace(/,\s+(?:[\p{L}-]+\s+){0,2}(?:provided|on the house)\s*[.!]*\s*$/iu, '')
    // "organise a coffee klatch with the ladies in my estate, by God's grace, to teach them …": a pious aside between
    // commas goes, and so does a purpose after a comma once the action is full (as PURPOSE's "so that …").
    .replace(/,\s*(?:by god(?:'|’)s grace|by the grace of god|god willing|insh(?:a(?:'|’)?)?allah|inchallah|in sha(?:'|’)? allah)\s*(?=,)/i, '')
    .replace(/,\s+(?:in order\s+)?to\s+(?:teach|show|help|get|give|let|make|introduce|train|raise|collect|bring|encourage|inspire)\b.*$/i, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 6 ? '' : m))
    // "bring six of my students to the next meetup to demo the games they made": without a comma, a purpose after a full
    // action that already says where it goes ("to the next meetup") goes too (round 6's long action loses its purpose).
    .replace(/\s+(?:in order\s+)?to\s+(?:demo|demonstrate|show(?:case)?|present|teach|help|share|learn|practi[sc]e|meet|see|inspire|encourage)\s+\S.*$/i, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 7 && /\sto\s+(?:the|our|my|a|an|their|his|her|your)\s/i.test(all.slice(0, i)) ? '' : m))
    // "go carolling to the care home like we used to before COVID", "…, as we did last year": how it was done before is no
    // part of the thing.
    .replace(/,?\s+(?:like|as)\s+(?:we|i|they|you|he|she)\s+(?:used to|always (?:do|did|have)|did (?:last|every|each|in)|do every|have (?:always|done)|once did)\b.*$/i, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 3 ? '' : m))
    // "…, God willing", "… inshallah": a pious closer, no part of the action (and no hedge, round 24).
    // "host a coffee klatch in the lounge, for the ladies who were too shy to come": whom it is for, after a comma, goes
    // once the action is full.
    .replace(/,\s+for\s+(?:the|those|all the|any)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+who\s+.*$/iu, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 5 ? '' : m))
    .replace(/[\s,;:–—-]+(?:god willing|insh(?:a(?:'|’)?)?allah|inchallah|in sha(?:'|’)? allah)[\s,;:.!?–—-]*$/i, '')
    .replace(/[\s,;:–—-]+$/g, '')
    .trim();
}

const TOPIC_DAY_SRC = String.raw`\b(?:(?:about|(?<!\b(?:week|weeks|wk|wks|day|days|fortnight|month|months|one|two|three)\s)from|of|regarding)\s+(?:(?:last|this)\s+)?|(?:i|we|they|you)\s+(?:\p{L}+ed|did|had|held|ran|met|made|went|began|wrote|saw|took|set up)\s+(?:it\s+|them\s+)?(?:on|last)\s+)((?:mon|tues|wednes|thurs|fri|satur|sun)day(?:(?:'|’)s)?)\b`;
const TOPIC_DAY = fastEdges(new RegExp(TOPIC_DAY_SRC, 'iu'));
const TOPIC_DAY_G = fastEdges(new RegExp(TOPIC_DAY_SRC, 'giu'));
const FIRST_ONE = /^(?:(?:the|our|my)\s+)?(?:first (?:one|session|meeting|event|edition|round)|aiming (?:for|at)|targeting|kick(?:ing)? off|starting)\b/i;
const ASKS_ME = /^(?:(?:so|and|but|also|or|ok|okay)[,\s]+)?(?:should|shall|can|could|may|might|would|will|do|does|did|is|are|am|was|were)\s+(?:i|we|you)\b/i;
const DEADLINE_LINE = /^(?:(?:the|my|our)\s+)?(?:deadline|due date|target date)(?:\s+(?:i|we)\s+(?:set|gave|give|have set)\s+(?:myself|ourselves))?\s*(?:[:：–—-]|\bis\b)\s*(.+?)[.!]*$/i;
const TIME_HEAD = /^([^:：]{2,30}?)\s*[:：]\s+(\S.{3,}?)[.!]*$/u;
const TIME_DASH = /^([^:：,–—-]{2,30}?)\s+[-–—]\s+(\S.{3,}?)[.!]*$/u;
const THEN_DO = /^(?!(?:a|an|the|my|our|your|their|his|her|it|its|this|that|these|those|i|we|you|they|he|she|there|here|everyone|everybody|someone|somebody|anyone|nobody|people|is|was|are|were|be|will|would|can|could|should|might|may|maybe|probably|hopefully|see|not|no)\b)\p{Ll}+\s+\S.*$/u;
const PLAN_VERB = /^(?:host|run|organi[sz]e|hold|write|send|call|email|finish|start|publish|post|translate|teach|set up|book|invite|fix|update|make|bring|share|launch|visit|meet|draft|print)\b/i;
const ARROW_PLAN = /(?:^|:\s+)((?!(?:what|who|how|why|where|when|which|q)\b)[^→>:?]{2,40}?)\s*(?:→|->|=>)\s*([^→>:?]{3,60})$/i;
// "I'll get to it", "We'll do it" in a check-in: the commitment already asked about.
const CHECKIN_SAME = /^(?:get (?:to|round to|around to|on with)|do|finish|sort|complete|tackle|start|make it happen)\s*(?:it|this|that|them)?\b(?:\s+(?:i promise|promise|soon|eventually|asap))*\s*[.!]*$/i;
// A date set off by a dash (or, after an opening window, a comma) at the end of a sentence ("… — end of September
// latest", "… - by Friday!"); the words that only soften it are BARE_DATE_FILLER's.
const DATE_TAIL = /^\s*([-–—]{1,2}|,)\s+((?:(?!\s[-–—])[^–—,]){3,60}?)[\s.!]*$/;
// Splits a sentence into clauses so "I can't host, but I will share …" is judged part by part.
const clauses0 = (s: string) => s.split(/\s*(?:;|,\s+(?=(?:tengo|tenemos|tenho|temos)\s+(?:un|una|unos|unas|um|uma|uns|umas)\s[^,]{2,60}?\s(?:si|se)\s)|,\s+(?:et|y|e|und|en|w|wa|we|aur|at|tsaka|og|och)\s+(?=(?:je vais|j['’]vais|nous allons|on va|voy a|vamos a|eu vou|vou|vamos|ich werde|wir werden|ik ga|we gaan|jag ska|vi ska|jeg skal|vi skal|ha-?[a-z]{0,2}[23578][a-z0-9]+|hageeb|ra7(?=\s)|ba(?=\s+[a-z])|ana\s+ra7|le\s+mando|les\s+paso|main\s+[a-z ]{3,60}?(?:dunga|dungi|karunga|karungi)|(?:[a-z0-9'’-]+\s+){1,12}?[a-z]+(?:unga|ungi|oonga|oongi|enge|engi))(?![a-z]))|,\s+and\s+(?=(?:honestly\s+|also\s+|really\s+)?(?:a|an|some|someone)\s+[^,]{3,80}?\s+would\s+(?:really\s+|also\s+)?help\b)|\s+and\s+also\s+(?=(?!(?:i|we|you|my|our|the|a|an|it|this|that|they|he|she)\b)[a-z]+\s)|,\s+and\s+(?=if\s+(?:any|some)(?:one|body)\s+(?:can|could|would|has|have|is able)\b)|(?:(?<!\bso\s+(?:that\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,3}\s+(?:can|could|will|would|may|might)\s+[^,.;]{1,40})|(?!,?\s+and\s+(?:i|we)\s+(?:can|could)\s))(?:(?<!\bso\s+(?:that\s+)?(?:we|i)\s+(?:can|could)\s+[^,.;]{1,40})|(?!,?\s+and\s+(?:i|we)\s+(?:can|could)\s)),?\s+and\s+(?:then\s+|after that,?\s+|afterwards,?\s+|also\s+|next\s+|later\s+)?(?=(?:i|we)(?:\s|(?:'|’)(?:ll|m|d|re)\b))|,\s+and\s+(?=[^,]{1,30}?\b(?:i|we)\s*(?:(?:'|’)ll|will|(?:'|’)m going|am going|(?:'|’)re going|are going)\b)|,\s*(?:and\s+)?then\s+|,\s+and\s+(?=(?:our|my)\s+(?:[\w'’.-]+\s+){1,5}?(?:has|have|is|are|will|would|can|could)\b)|,\s+and\s+(?=the\s+[\w-]+(?:'|’)s got\b)|\s+and\s+(?=(?:i|we)(?:'|’)ve got\b)|,\s+and\s+(?=(?:staff|volunteers|members|parents|students)\s+(?:can|could|will|would)\b)|,?\s+so\s+(?=(?:i|we)[\s'’](?!\s*(?:can|could|may|might|have|get)\b))|,?\s+but\s+|,\s+(?:mais|pero|mas|aber|maar|ma|però)\s+(?=(?:je|j['’]|nous|on|yo|eu|ich|wir|ik|we|io|noi|puedo|podemos|posso|podemos|possiamo|kann|können|kan|kunnen)\b)|,\s+(?:al)?though\s+(?=(?:i|we)\b)|,\s+however,?\s+(?!(?:is|are|would be|was)\b)|\s+however,\s+|\s+and\s+(?=(?:my|our)\s+(?:wish|need|offer|hope|dream|commitment|pledge)\b)|,\s+and\s+(?:in (?:exchange|return)|in turn),?\s+(?=(?:i|we)\b)|(?<!\bafter),?\s+(?:secondly|thirdly|fourthly|lastly|finally|after that|afterwards|next)\s*,?\s+(?=(?:i|we)\s*(?:(?:'|’)ll|will|shall|(?:'|’)m|am|(?:'|’)re|are)\b)|\s+(?:-{1,2}|–|—)\s+(?!(?:sorry|oops|no|wait|err|i mean|i meant|make (?:that|it)|correction|scratch that|change that|or rather)\b))\s*/i).filter((c) => c.trim());
// "I'm going to host a coffee klatch on the 9th, I can bring the coffee, we need a room": a comma splice, each clause with
// its own subject (round 14). Not after a condition ("If the council gives us the hall, I'll …").
const SPLICE = /,\s+(?=(?:and\s+(?:(?:honestly|also|finally|lastly)\s+)?)?(?:what (?:i|we)\b|(?:my|our) (?:wish|dream|hope|vision|need|offer)\b)|(?:also|plus)\s+(?:our|my)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:is|are|has|have)\b|(?:(?:and\s+)?(?:also|plus)\s+)?(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re|(?:'|’)ll|(?:'|’)d|(?:'|’)ve got|am|are|can|could|will|shall|have|own|(?:really |also |badly |urgently )?need|would)\b)/i;
const splice = (c: string): string[] => {
  const parts = c.split(SPLICE).filter((x) => x.trim());
  // Only clause after clause, each with its own subject and its own thing ("…, I can help anyone" leans on the one before).
  if (parts.length < 2 || !parts.every((p, i) => (i === 0 ? /^(?:[^:]{1,30}:\s+|[\p{L}!]+[,:]\s+)?(?:i|we|(?:our|my)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:will|(?:'|’)ll|is|are|can|would)|(?:(?:more than|always|very|so)\s+)?(?:happy|glad|keen|willing)\s+to)\b/iu.test(p) : true) && !/\b(?:it|them|that|those|this|anyone|anybody|everyone|everybody|you|there)\s*[.!]*$|^\S+\s*(?:\S+\s*)?[.!]*$/i.test(p))) return [c];
  return parts;
};
// Memoised on the last sentence: extract() asks for the clauses of the same sentence once per clause.
let lastClausesOf = '', lastClauses: string[] = [];
const clauses = (s: string): string[] => (s === lastClausesOf ? lastClauses : ((lastClausesOf = s), (lastClauses = clauses1(s))));
const clauses1 = (s0: string) => {
  // "a laptop (an old one, but it works) and a projector": a bracketed aside is no clause of its own.
  // "un café-jasette (un coffee klatch, quoi)": an aside glossing the format keeps the format's name (its remark goes).
  const s = s0.includes('(') ? s0.replace(/\s*\([^()]{1,80}[,;][^()]{0,80}\)|\s*\([^()]{1,80}\s(?:so|because|since)\s[^()]{0,80}\)/g, (w) => (formatNamed(w) ? w.replace(/\s*(?:[,;]|\s(?:so|because|since)\s)[^()]*\)$/, ')') : '')) : s0;
  return s.includes(', ') ? clauses2(s).flatMap((c) => c.split(AND_IF_I_CAN)) : clauses2(s);
};
// "I'll bring chairs, and if needed I can help stack them", "Porto le sedie, e se serve posso aiutare": an offer on a
// condition after ", and" is a clause of its own.
const AND_IF_I_CAN = /,\s+(?:and|et|y|e|und|en)\s+(?=(?:if|se|si|falls|wenn|als|indien|au besoin|bei bedarf)\s[^,]{0,30}?\b(?:i|we|posso|possiamo|puedo|podemos|peux|pouvons|kann|können|kan|kunnen)\s+(?:can|could|also\s+)?)/i;
const clauses2 = (s: string) => clauses0(s.includes('however') ? s.replace(/,\s+however,\s+(?=(?:is|are|would be|was)\b)/i, ' ') : s).flatMap((c) => (!c.includes(', ') ||/^(?:(?:and|but|so)\s+)?(?:if|unless|when|whenever|once|as soon as|assuming|provided|providing|should|in case|as long as|after|before|until|till|whether)\b/i.test(c) || /\b(?:if|unless|assuming|provided|in case)\b/i.test(c.split(SPLICE)[0] ?? '') ? [c] : splice(c)));

interface Found {
  commitments: Commitment[];
  offers: Item[];
  needs: Item[];
  wishes: Item[];
  hedged: string[];
  refused: string[];
}

const OFFER =
  /(?:(?<!\bwhat\s+(?:else\s+|more\s+)?)(?<!\bhopefully,?\s+)\b(?:i|we)\s*|^(?:(?:also|and|plus|oh|so)[,\s]+)?(?=(?:can|could)\s+(?:offer|provide|contribute)\b(?![^?]*\?)))(?:can|could|would be happy to|(?:'|’)d be happy to|(?:'|’)d be glad to|am happy to|(?:'|’)m happy to|am glad to|(?:'|’)m glad to|am willing to|(?:'|’)m willing to|(?:'|’)m available to|am available to|(?:'|’)d love to)\s+(?:offer|give|provide|contribute)\s+(.+)$|^(?:(?:also|and|always|really|but|so|though)[,\s]+)?(?:happy|glad|willing|available|able|keen|eager)\s+to\s+(?!(?:keep\s+|continue\s+)?(?:hear|hearing|receive|receiving|read|reading|stay|staying|remain|be kept|being kept|be on|get (?:these|the|more|your|updates|news|mail|e-?mails))\b)(.+)$|(?<!\bwhat\s+(?:else\s+|more\s+)?)(?<!\bhopefully,?\s+)\b(?:i|we)\s*(?:can|could|would be happy to|(?:'|’)d be happy to|am happy to|(?:'|’)m happy to|(?:'|’)m glad to|(?:'|’)m willing to|am willing to|(?:'|’)m able to|am able to|(?:'|’)d love to|(?:'|’)d be glad to|would be glad to|(?:'|’)d be willing to|would be willing to|(?:'|’)m up for|am up for|(?:'|’)d be up for|(?:(?:'|’)re|are) (?:happy|glad|willing|able|pleased|delighted) to)\s+(?!(?:use|borrow|go|come|meet|get(?!\s+(?:you|u|y(?:'|’)?all|anyone|anybody|everyone|people|the group|folks|groups|them)\b))\b)(?!(?:keep\s+|continue\s+)?(?:hear|hearing|receive|receiving|stay|staying|remain|be kept|being kept)\b)(.+)$|\b(?:i|we)\s*(?:\s(?:have)|(?:'|’)ve got)\s+(.+?)\s+(?:to|that i can|i can|we can)\s+(?:share|lend|offer|give|donate|spare)\b.*$|\b(?:my offer|what (?:i|we) can (?:offer|give|bring|share|contribute))(?:\s+is)?\s*[:：]?\s*(.+)$|\b(?:i|we)\s*(?:\shave|(?:'|’)ve got|\sown)\s+(.+?)\s+(?:that\s+|which\s+)?(?:we|you|people|folks|the group|anyone|others|everyone)\s+(?:can|could|are welcome to|may)\s+(?:use|borrow|have)\b\s*(.*)$|\b(?:you(?:'|’)re|you are|people are|everyone(?:'|’)s|everyone is|folks are|the group is|anyone is)\s+(?:more than\s+|very\s+|always\s+)?welcome to\s+(?:use|borrow|have|come to)\s+(.+)$|^would it help(?: (?:you|anyone|the group))? if (?:i|we)\s+(.+?)\s*\?*$|^(?:(?:also|and|plus)\s+)?(?:could|can)\s+(?:also\s+)?(?!(?:do with|really do with|we|i|you|your|ur|y(?:'|’)?all|someone|somebody|anyone|anybody|they|he|she|it|the|this|that|there|u)\b)(.+)$/i;
// "would be very happy to", "I'm more than happy to": the intensifier does not change the offer.
const INTENSIFIED = /\b(?:also|still|even)\s+(?:(?:very|really|more than|so|super|totally|absolutely|quite|more than)\s+)?(happy|glad|willing|keen)(?=\s+to\b)|\b(?:very|really|more than|so|super|totally|absolutely|quite|most|only too|extremely|always|ever|genuinely|truly)\s+(happy|glad|willing|keen)\b|(?<=\b(?:i|we)\s+(?:would|should|(?:'|’)d)\s+be\s+)(?:(?:most|very|only too|more than)\s+)?(?:delighted|pleased)(?=\s+to\b)|(?<=\b(?:i|we)\s+)should(?=\s+be\s+(?:happy|glad|delighted|pleased|willing)\s+to\b)/gi;
const NEED =
  /\bthe (?:(?:biggest|main|one|only|big)\s+)?thing (?:(?:i|we)(?:(?:'|’)re|(?:'|’)m| are| am)? (?:always |really |still |most |constantly )?|(?:that(?:'|’)s |that is )?)(?:missing|lacking|lack|miss|need|needs?|could use)(?: [^,]{0,30}?)? is\s+(.+)$|\b(?:i|we)\s*(?:(?:'|’)re|(?:'|’)m| are| am)\s+(?:really\s+|a bit\s+|rather\s+|very\s+)?(?:short of|short on|low on|in need of|lacking|needing|desperate for|crying out for|in (?:dire|desperate|real|urgent) need of|searching for|after|on the lookout for|hunting for|in the market for)\s+(.+)$|\b(?:i|we)\s*(?:really\s+|still\s+|urgently\s+|also\s+|just\s+|only\s+|[a-z]+ly\s+)?(?:need|needs|(?:'|’)d need|could (?:really |definitely |sure )?(?:use|do with)|(?:'|’)m looking for|am looking for|are looking for|(?:'|’)re looking for|(?:'|’)m searching for|am searching for|(?:'|’)m seeking|am seeking|would love(?!\s+to\b)|(?:'|’)d love(?!\s+to\b)|require|lack|search(?: for)?|are searching(?: for)?|could (?:really |definitely |sure |honestly )?do with)\s+(?!is\b)(.+)$|^(?:still\s+|currently\s+)?(?:(?:badly|really|desperately|urgently|sorely|also)\s+)?(?:looking for|searching for|seeking|need|needing|in need of|(?:could|would) (?:really |definitely |sure )?(?:use|do with)|short (?:of|on)|low on|desperate for)\s+(.+)$|\b(?:i|we)\s*(?:don(?:'|’)?t|do not|never)\s+have\s+enough\s+(.+)$|\bthere\s*(?:aren(?:'|’)?t|are not|isn(?:'|’)?t|is not|(?:'|’)s not)\s+enough\s+(.+)$|\b(?:what (?:i|we) (?:really |most |still |actually )?need(?: most)?|my need|the thing (?:i|we) need)\s*(?:is|:)\s*(.+)$/i;
const WISH =
  /\bit(?:'|’)?s? (?:is )?(?:my|our) (?:(?:biggest|big|one|only|main|greatest|real|fondest)\s+)?(?:wish|hope|dream) that\s+(.+)$|\b(?:my|our|his|her) (?:(?:biggest|big|one|only|main|greatest|real|fondest|secret|humble|heartfelt|sincere|deepest|dearest|simple|earnest)\s+)?(?:wish|hope|dream|vision|prayer)(?:\s+for\s+[^:]{1,40})?(?:,?\s+(?:i guess|i think|i suppose|i reckon|i(?:'|’)d say|honestly|really),?)?\s*(?:is|would be|:)\s*(?:that\s+|for\s+)?(.+)$|\b(?:i|we) (?:(?:also|really|just|still|honestly|truly|do|really do|so|very much|all)\s+)?(?:wish|hope|dream)(?! (?:that )?(?:(?:every|each|all)\s+)?(?:you|your|y['’]all)\b)(?! (?:[a-z'’-]+\s+){0,3}(?:a|an)\s+(?:very\s+)?(?:happy|merry|blessed|joyous|joyful|peaceful|wonderful|great|lovely|good|safe|speedy|prosperous|healthy)\b)(?! (?:that )?(?:this(?!\s+(?:stuff|kind of|sort of)\b)|it|you|so|all is|everything is)\b| that(?:\s+(?:helps|is|was|works|makes|sounds|will)\b|\s*[.!]*$))(?: of| that| for)?\s+(?!(?:to|i|we|is|was|helps)\b|(?:for|of|about)\s*[.!?,;]*\s*$)(.+)$|\bi(?:(?:'|’)d|\s+should) (?:love|like) to see\s+(.+)$|\bs?he(?:(?:'|’)d|\s+would|\s+should) (?:(?:so|really|dearly)\s+)?(?:love|like) to see\s+(?!(?:you|u|us|it|that|this|them|him|her|everyone|everybody|all of you|y(?:'|’)?all)\b)(.+)$|\b(?:(?:it\s*(?:would|(?:'|’)d)|would|wouldn(?:'|’)t it|how)\s+be\s+(?:so\s+|really\s+|just\s+)?(?:great|amazing|wonderful|nice|awesome|brilliant|lovely|cool|fantastic|ace|grand|ideal|incredible|marvell?ous|splendid|terrific|fabulous|super|smashing|heavenly|excellent)|my dream would be) (?:if|to see|for)[,\s]+(?:(?:for once|just once|for a change|honestly|at least)[,\s]+)?(.+)$|\b(?:i|we)\s+(?:have\s+)?(?:(?:long|always|often|for (?:many|some|a few|years|decades)(?: years)?)\s+)?(?:wished|hoped|dreamt|dreamed)\s+(?:that\s+|for\s+|of\s+)(.+)$|^(?:(?:also|and|honestly|tbh|ngl)[,\s]+)?(?:i\s+)?wish\s+(?:(?:there\s+(?:were|was|(?:'|’)d be|would be)|we\s+had)\s+(.+)|((?:these|the|our|more|every|each|all)\s.+))$|^(?:(?:and|also|but|honestly|tbh)[,\s]+)?(?:the\s+)?(?:dream|hope|wish)\s+(?:is|would be|:)\s+(?:that\s+|for\s+)?((?:every|each|all|more|a|an|the|our|no|free|open|better|local)\s.{4,})$/i;

// "Please can someone send me …": a polite request, written without a question mark.
const PLEASE_ASK = /^(?:(?:so|also|and)[,\s]+)?please,?\s+(?=(?:can|could|would|will)\s+(?:anyone|anybody|someone|somebody)\s+\S[^?]*[.!]?\s*$)/i;
const NEED_Q =
  /^(?:(?:so|also|and|oh|btw|(?:quick |one |a |small )?question(?:\s+for\s+[^:?]{1,30})?|one more thing|q)[,:]?\s+)?(?:(?:does|do|has|have|is there|are there|would|could|can|will|might|(?:is there )?any chance(?: that)?)\s+(?:anyone|anybody|someone|somebody|any of you|one of you|you guys|folks|people)|(?:anyone|anybody)(?=\s+(?:got|have|know)\b))(?:\s+(?:here|out there|in the group|else))?\s+(?:(?:who|that)\s+)?(?:(?:could|can|would|might|will|be able to|is able to)\s+)?(have|has|got|lend|loan|spare|help|give|share|donate|offer|recommend|know(?:\s+of)?|send|email|forward|point me to|point us to)\b\s*(.+?)(?:\s+(?:pls|plz|please)\b)?\s*(?:\?+|(?<=\b(?:pls|plz|please))[\s.!]*(?:(?:[\uD83C-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF])\uFE0F?\s*)*)\s*$/i;
// "Is it possible to get some stickers from you?", "Could we borrow the banner?": a need, asked.
const NEED_Q2 = /^(?:(?:and|also|oh|btw|so|one more thing)[,:]?\s+)?(?:is (?:it )?possible|would it be possible|(?:could|can|may) (?:we|i))\s+(?:(?:to\s+)?(?:get|have|borrow|receive|get hold of)|for\s+(?:your network|you|someone|anyone|the network|your team)\s+to\s+(?:connect us with|introduce us to|put us in touch with|recommend|find us|send us|lend us))\s+(?!(?:till|until|til|more time|another|an extension|a few more|extra time|a (?:bit|little) (?:more|longer)|it\b|that\b|this\b)\b)(.+?)(?:\s+from (?:you|you guys|your side|the organi[sz]ers|the team))?\s*\?+\s*$/i;
// "One thing that would make a real difference for us is somebody who …", "What would help most is …"
const NEED_HELP_IS = /^(?:(?:one|the|a)\s+(?:(?:main|big|biggest|only|real|one)\s+)?)?(?:thing|what)(?:\s+that)?\s+(?:would|could|will|might)\s+(?:really\s+|most\s+|truly\s+|honestly\s+)?(?:help(?:\s+(?:us|me))?(?:\s+(?:the\s+)?most|\s+a lot|\s+so much)?|make\s+(?:a|the|all the)\s+(?:real\s+|huge\s+|big\s+|massive\s+|world of\s+)?difference|change everything|be\s+(?:a\s+)?(?:huge|big|great|real|massive)\s+help)(?:\s+(?:for|to)\s+(?:us|me|our\s+[\p{L}-]+|my\s+[\p{L}-]+))?(?:\s+(?:right now|now|most))?\s+(?:is|would be)\s+(.+)$/iu;
// "A mentor would change everything", "Some seed money would help us a lot": the thing named is needed.
const NEED_WOULD_HELP = /^(?!(?:it|that|this|which|there|they|you|he|she|i|we|what|who|if|when|whatever|anything)\b)(.{3,80}?)\s+(?:would|could)\s+(?:really\s+|honestly\s+|totally\s+|genuinely\s+|just\s+)?(?:mean (?:the world|a lot|so much|everything|a great deal)(?:\s+to\s+(?:us|me))?\s*[.!]*$|change (?:our|my|their) li(?:fe|ves)|help(?:\s+(?:us|me))?\s+(?:so much|a lot|very much|greatly|enormously|hugely|massively|tremendously|loads|immensely)(?:\s+too)?\s*[.!]*$|make\s+(?:a|all the)\s+(?:real\s+|huge\s+|big\s+|massive\s+|world of\s+)?difference|be\s+(?:a\s+)?(?:huge|big|great|real|massive)\s+help|be a (?:godsend|game[- ]changer|lifesaver)|help (?:us|me)(?:\s+(?:so much|a lot|very much|greatly|enormously|hugely|massively|tremendously|loads|immensely))?\s*[.!]*$)/i;
// "Somebody with video editing skills would be amazing for the recap video": the somebody is needed.
const NEED_WOULD_BE = /^(?:(?:also|and|oh)[,\s]+)?((?:a|an|some|somebody|someone|anyone|any|more|another|one|two|a few|extra|help|support|advice|funding|donations)\b(?!\s+(?:day|time|point)\b).{2,80}?)\s+would be\s+(?:so\s+|really\s+|just\s+|super\s+|incredibly\s+|very\s+|much\s+|greatly\s+|most\s+|gratefully\s+)?(?:amazing|great|wonderful|brilliant|ideal|fantastic|nice|a godsend|handy|useful|helpful|a huge help|a big help|a great help|lovely|perfect|welcome|appreciated|much appreciated|received|a hero|a star|a legend|a lifesaver|a blessing|a real blessing|a godsend|a boon|a real boon|a great kindness|a kindness|heaven-sent)\b/i;
// "If any organisation can lend old laptops, that would help us very much."
const NEED_IF_ANYONE = fastEdges(/\bif\s+(?:any|some)(?:one|body|\s+[\p{L}-]+)\s+(?:can|could|would|is able to)\s+(?:lend|give|donate|spare|share|provide|send|offer|loan|get)(?:\s+(?:us|me))?\s+(.+?),?\s+(?:that|it|this)(?:\s+would|(?:'|’)d)\s+(?:really\s+)?(?:help|be\s+(?:great|amazing|wonderful|fantastic|brilliant|awesome|much appreciated|a (?:huge|big|great) help)|make)\b|\bif\s+(?:any|some)(?:one|body)\s+(?:has|have|has got|got)\s+(.+?),?\s+(?:i|we)\s*(?:(?:'|’)d| would)\s+(?:love|like|appreciate|welcome|be grateful for|(?:happily|gladly)\s+take|take (?:it|them|one) off|put (?:it|them|one) to (?:good )?use|make (?:good )?use of (?:it|them))\b/iu);
// Offers without "I can": "Our hostel has a common room that people can use", "… you are welcome to them",
// "I've got a van and can do pickups", "if anyone wants a hand with X, I'm your man", "I'm good at X".
const OFFER_HAS_USE = fastEdges(/\b(?:my|our)\s+[\p{L}'’ -]{2,30}?\s+has\s+(.+?)\s+(?:that|which)\s+(?:(?:local|community|other|any|the|our|youth)\s+)?(?:(?!(?:can|could|may|are|is)\b)[\p{L}-]+\s+(?=(?:students|kids|members|groups|clubs|volunteers|residents)\b))?(?:people|anyone|anybody|you|folks|the group|others|everyone|we|groups|organi[sz]ations|clubs|teams|charities|the public|members of the public|residents|locals|neighbours|neighbors|students|kids|meetups|events|community groups|volunteers|organi[sz]ers)\s+(?:can|could|may|are welcome to|is welcome to|are free to|is free to)\s+(?:use|borrow|book|have)\b(.*)$/iu);
// "My late husband's tools are in the garage and any group is welcome to them": where the thing is kept is no part of it.
const WHERE_IT_IS = /\s+(?:is|are|sits?|lies|lie)\s+(?:(?:still|just|all|currently)\s+)?(?:in|at|on|under|behind|up in|down in|out in|in the back of)\s+(?:the|my|our)\b.*$/i;
const OFFER_WELCOME = /^(.+?),?\s+(?:and\s+)?(?:you(?:'|’)re|you are|people are|everyone(?:'|’)s|everyone is|anyone is|folks are|the group is|you(?:'|’)d be|you would be|you(?:'|’)re all|you are all|(?:any|all|local|other|community)\s+(?:[a-z-]+\s+){0,2}(?:groups?|organi[sz]ations?|clubs?|teams?|charities|ngos?|schools?|churche?s?|parish(?:es)?)\s+(?:is|are))\s+(?:more than |very |always |most )?welcome to (?:it|them|use it|use them|borrow it|borrow them|that|those|use that)\b/i;
const OFFER_AND_CAN = /\b(?:i|we)\s*(?:(?:'|’)ve got|\shave|\sown)\s+(.+?)\s+and\s+(?:can|could|(?:am|'m|’m) happy to|would be happy to|(?:i|we)\s*(?:can|could|(?:(?:'|’)m|(?:'|’)re| am| are)\s+(?:happy|free|available|glad)(?:\s+[^,]{1,25}?)?\s+to))\s+(.+)$/i;
const OFFER_IF_ANYONE = /\bif\s+(?:anyone|anybody|someone|somebody|you|people|folks|the group|any of you|any of (?:the|your|our|these|those)\s+[\p{L}-]+)\s+(?:ever\s+)?(?:wants?|needs?|is looking for|are looking for|could use)\s+(?:to\s+(?:borrow|use|have|take)\s+)?(?!(?:it|them|one|that|this|those|these)\s*,)(.+?),\s*(?:(?:it(?:'|’)s|it is|they(?:'|’)re|they are)\s+(?:all\s+)?(?:yours|theirs|hers|his)|i(?:'|’)m (?:your (?:man|woman|person|guy|gal|girl|go-to|bloke|lad|fella|chap|mate|dude|lady|boy)|happy to help|around|available|up for it|in)|i am (?:your|happy|available)|(?:just\s+)?(?:give me a (?:shout|call|ring|buzz)|let me know|shout|ping me|call me|ask me|drop me a line|hit me up)|count me in|i can help|i(?:'|’)d be (?:happy|glad) to help|i(?:'|’)d love to help|happy to help)\b/iu;
const OFFER_AROUND = /\b(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?:always\s+|usually\s+|generally\s+|often\s+)?(?:around|available|free|about|reachable)\b.*?\bif\s+(?:you|anyone|anybody|someone|somebody|people|folks)\s+(?:ever\s+)?(?:needs?|wants?)\s+(.+)$/i;
const OFFER_GOOD_AT = /\b(?:i|we)(?:(?:'|’)m| am|(?:'|’)re| are)\s+(?:pretty |quite |really |very |fairly |reasonably |decent(?:ly)? |rather )?(?:good|great|handy|decent|experienced|skilled|fluent|a dab hand|a dab-hand|a whizz?|a wiz|a wizard|an old hand|a dab) (?:at|in|with)\s+(?:[^,]{2,40}?(?:\s+and|,\s*so)\s+(?:i\s+|we\s+)?(?:can|could)\s+(?=\S)(?!.*\s(?:it|them)\s*[.!]*$))?(.+?)(?:\s+(?:though|tho)\b.*|,\s*so\s+(?!(?:i|we)\s+(?:can|could)\b).*|,\s+(?:(?:over|almost|nearly|about|some)\s+)?(?:\d+|many|several|ten|twenty|thirty|forty)\s+(?:years?|decades?)\b.*)?$/i;

// ---- items said plainly, without "I can" / "need" / "wish" (round 8) ----
// "I've got a spare projector", "I have twenty old Raspberry Pis nobody is using", "I have a 3D printer we never use";
// "I've already cleared it with the principal" is the perfect tense, no thing one has.
const POSSESS = /(?:\b(?:i|we)(?:\s+(?:also|still|even|actually|do))?\s*(?:(?:'|’)ve got|(?:'|’)ve|\s+have got|\s+have|\s+own|\s+got)|^(?:(?:also|and|plus)\s+)?(?:got|have got|have))\s+(?!(?:got\s+)?(?:no|not|been|had|done|to|a (?:question|problem|lot|feeling|few questions)|time(?!\s+(?:on|at|in|most|every)\s)|nothing|never)\b)(?!(?:(?:already|just|also|recently|finally|since|now)\s+)?[a-z]{2,}ed\s+(?:it|this|that|them|with|to|for|up|out|about|the|a|an|my|our|him|her)\b)(.+)$/i;
const SPARE = /^(?:(?:a|an|some|two|three|four|five|six|ten|twenty|\d+|a few|several|lots of|loads of|plenty of|a couple of|a pile of|a box of)\s+)?(?:spare|extra|unused|leftover|old|second|surplus)\b/i;
const SPARE_TAIL = /\s+(?:that\s+|which\s+)?(?:nobody|no one|we|i|you|anyone|people|(?:(?:community|local|other|youth)\s+)?groups|the\s+[\p{L}-]+|(?<=(?:that|which)\s+)(?:a|an|any)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:is\s+|are\s+|can\s+|could\s+|may\s+|has\s+|have\s+)?(?:(?:ever\s+)?(?:really\s+)?)?(?:never\s+|rarely\s+|barely\s+|hardly\s+|hardly ever\s+|don(?:'|’)?t\s+|do not\s+|doesn(?:'|’)?t\s+|does not\s+|no longer\s+)?(?:us(?:e|es|ed|ing)|need|borrow|have|take|book|hire|rent|reserve|touch(?:es|ed)?)\b.*$|,?\s+(?:(?:that|which)(?:(?:'|’)s|\s+is|\s+are|\s+would be|\s+sits?|\s+stands?|\s+lies|\s+lie)|(?:it|they)(?:(?:'|’)s|(?:'|’)re|\s+is|\s+are))\s+(?:usually\s+|often\s+|mostly\s+|just\s+)?(?:perfect|ideal|great|big enough|suitable|empty|unused|free|idle)\b.*$|\s+(?:just\s+)?(?:sitting|lying|gathering|collecting|going spare)\b.*$|\s+(?:that|which)\s+(?:still\s+)?works?\b.*$|,?\s+(?:and\s+)?(?:anyone|anybody|you|people|folks|everyone|groups|any\s+[\p{L}-]+)(?:\s+[^,]{1,40}?)?\s+(?:can|could|is welcome to|are welcome to|may)\s+(?:borrow|use|have|take)\b.*$|,\s+(?:anybody|anyone|whoever)\s+(?:want|wants)\s+(?:can\s+)?(?:take|have)\b.*$|\s+(?:(?:that|which)\s+)?(?:we|i)\s+(?:can|could|(?:are|am) happy to)\s+(?:lend|share|loan|give away|donate|spare)(?:\s+out)?\b.*$|\s+to (?:lend|share|spare|give away)\b.*$|,\s*(?:will|happy to|glad to|can)\s+(?:lend|share|loan|bring|donate|give (?:it|them)|pass (?:it|them) on|pass on)\b.*$/iu;
// "a laser cutter that community groups can book on Wednesday nights": who may use it goes, when it is free stays.
// "a room that sits empty on Friday afternoons": when it stands free stays too (round 8's church hall "on Tuesdays").
const SPARE_WHEN = /\s(?:on|at|over|during)\s+(?:(?:weekday|weekend|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?s\b|(?:weekday|weekend)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\s+(?:mornings|afternoons|evenings|nights)\b))(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?/i;
const STANDS_FREE = /\b(?:sits?|stands?|lies|lie|is|are)\s+(?:usually\s+|often\s+|mostly\s+|just\s+)?(?:empty|unused|free|idle)\b/i;
const spareTrim = (x: string): string => {
  const m = SPARE_TAIL.exec(x);
  if (!m) return x;
  const when = /\b(?:can|could|may|are welcome to|is welcome to)\s+(?:use|book|borrow|hire|reserve)\b/i.test(m[0]) || STANDS_FREE.test(m[0]) ? SPARE_WHEN.exec(m[0]) : null;
  return x.slice(0, m.index) + (when ? when[0] : '');
};
// "Our church hall sits empty on Tuesdays", "Our makerspace is free most Sunday afternoons if anyone wants it".
// "We've got the marae wharekai free most Tuesday nights", "we have the back room free on Sundays": a place one has free,
// with when it is, is on offer (a time of one's own — "the afternoon free" — is not).
const OFFER_GOT_FREE = /^(?:(?:and|also|plus|oh|but)[,\s]+)?(?:i|we)\s*(?:(?:'|’)ve\s+got|\s+have\s+got|\s+have|\s+got)\s+((?:the|a|an|my|our)\s+(?!(?:afternoon|morning|evening|night|day|weekend|week|time|hour|slot)s?\b)[^,]{2,50}?)\s+(?:free|available|empty|unused|open)\s+((?:most|every|on|in|during|all|some|mon|tue|wed|thu|fri|sat|sun)[^,.;!?]{0,40}?)(?=\s+(?:if|for|when|so)\b|\s*[,.;!?]|\s*$)/i;
const OUR_FREE = fastEdges(/^(?:[^,:]{1,30}:\s*)?(?:(?:and|also|plus|honestly|oh|but|on the offer side)[,\s]+)?(?:if\s+[^,]{3,80},\s+)?(?:[^,]{3,60}?\s+and\s+(?=(?:my|our)\s))?((?:my|our|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:'|’)s|the(?=\s+(?:[\p{L}-]+\s+){1,2}(?:at|of|in)\s+(?:our|my)\s)|the(?=\s[^,.]{2,50}\b(?:sits|stands|is|are|lies)\s+(?:\w+\s+)?(?:empty|free|unused|idle|available)\b[^.]*?\bif\s+(?:any|anyone|anybody|some|a|your)\b[^.]*?\b(?:wants?|needs?|could use)\s+(?:it|them|(?:a\s+|some\s+)?(?:space|room|venue|place|meeting space|somewhere to meet))\b))\s+(?!(?:calendar|schedule|diary|inbox|head|week|weekend|life|mind|evening|time|plate|day|wish|hope|dream|need|offer|answer|vision|door|heart|ear|arm)(?:e?s)?\b)[^,]{2,40}?)\s+(?:sits|sit|is|are|stands|lies|goes)\s+(?:also\s+)?(?:usually\s+|often\s+|mostly\s+|completely\s+|totally\s+|just\s+|always\s+)?(?:empty|free|unused|available|idle|unbooked|open(?=\s+to\s)|open(?=\s+for\s+(?!(?:business|now|today|tomorrow|the (?:day|season|summer|winter|holidays|year)|suggestions|ideas|discussion|debate|feedback|questions|comments)\b))|yours)\b(?!\s+to\s+(?:chat|talk|come|join|attend|meet|answer|go|leave)\b)\s*(.*)$/iu);
// "Our hackerspace has a laser cutter" when the next sentence lets others use it; "our marae has a hall we can lend out".
const OUR_HAS = /^(?:(?:and|also|plus)\s+)?(?:my|our|the)\s+[\p{L}'’ -]{2,30}?(?:\s+has|(?:'|’)s got)\s+(?!(?:only|no|just|been|had|never)\b)(.+)$/iu;
const LETS_USE = /\b(?:welcome|borrow|use it|use them|yours|lend|free to use|open to)\b/i;
// "it's yours for the asking", "- it's yours if you want it".
// "…, and if any school or club wants it, it's theirs": whoever asks may have it.
const YOURS = /\s*(?:[-–—,;]\s*|\s)(?:and\s+)?(?:if\s+(?:any|anyone|anybody|someone|somebody|a|an|you|your|people|groups?)\b[^,;.]{0,80}?\s*,\s*)?(?:it(?:'|’)s|they(?:'|’)re|it is|they are)\s+(?:all\s+)?(?:yours|theirs)\b.*$/i;
// "I know my way around WordPress", "posters and logos are my thing", "What I bring is fifteen years as a translator".
const OFFER_CAN_HAVE = /^(?:(?:and|also|plus|oh|so)[,\s]+)?(?:you|anyone|anybody|whoever wants (?:it|them)|(?:the|your|our|any|a)\s+(?:[\p{L}'’-]+\s+)?(?:club|group|school|church|parish|society|association|committee|team|centre|center|library|hall|class|guild|choir))\s+(?:can|could|may|is welcome to|are welcome to)\s+(?:have|take)\s+(?!(?:my|our)\s+(?:word|words|thanks|vote|votes|attention|apologies|blessing|opinion|number|e-?mail|details|time|seat|place|turn)\b)((?:my|our)\s+[^,;.!?]{2,60}?)(?:\s+(?:if|when|once|for free)\b.*|\s+[-–—]\s+.*|[,;].*)?[.!]*$/iu;
const OFFER_KNOW = /\b(?:i|we)\s+know (?:my|our) way around\s+(.+)$/i;
const OFFER_THING = /^(?:.*?,\s*so\s+)?(.+?)\s+(?:is|are)\s+(?:totally\s+|really\s+|very much\s+|kind of\s+)?(?:my|our) (?:thing|jam|forte|speciality|specialty|strength|bread and butter|superpower)\b/i;
const OFFER_WHAT = /\bwhat (?:i|we) (?:can\s+)?(?:bring|have to offer|offer|give|contribute|can do|have)(?: to the table)?\s+(?:is|are)\s+(.+)$/i;
// "What we lack is X", "The one thing holding us back is X", "What would make our lives easier is X", "For us is missing X".
// "what small businesses like mine need is someone to …", "What I'd need is for meetings to be online".
const NEED_WHAT_X = /\bwhat\s+(?!(?:you|they|he|she|it)\b)(?:(?:i|we)(?:(?:'|’)d|\s+would)?|[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:really\s+|most\s+|actually\s+|honestly\s+|badly\s+)?needs?(?:\s+most)?\s+(?:is|are|would be)\s+(?:for\s+)?(.+)$/iu;
const WORLD_NEEDS = /\bwhat\s+(?:the|this|our)\s+(?:city|world|movement|web|internet|country|town|society|sector|industry|open web|planet|valley|region|province|state|nation|island|neighbou?rhood|barrio|village|county|community)\s+(?:really\s+|most\s+|badly\s+)?needs(?:\s+most)?\s+(?:is|are|would be)\s+(?:(?:obvious|simple|clear)\s*[:,-]\s*)?(.+)$/i;
const NEEDING_COURTESY = /,?\s+(?:kindly|please)\s+(?:send|share|forward|provide|assist|help)\b.*$/i;
const BUT_WHAT_NEED = /[\s,;—–-]+but\s+what\s+(?:we|i)\s+(?:\p{L}+\s+)?need\s+(?:is|are)\s+\S/iu;
const PROBLEM_HEAD = /^(?:(?:and|but|also|honestly|so)[,\s]+)?(?:(?:my|our|the)\s+)?(?:biggest|main|big|only|one|real|greatest|most urgent)\s+(?:challenge|problem|struggle|issue|headache|obstacle)\b/i;
const NEED_WHAT = /^(?:(?:and|but|also|honestly|so)[,\s]+)?(?:for (?:us|me)[,\s]+)?(?:(?:the )?(?:one |main |big |biggest |only |other |first )?things? (?:that )?(?:i|we) (?:really |most |still |badly |sorely |do |would )?(?:need|lack|miss|could (?:really )?use)(?: most| the most)?|what (?:i|we) (?:really |still |just )?(?:don(?:'|’)?t|do not) have|(?:(?:my|our|the)\s+)?(?:biggest|main|big|only|one|real|greatest|most urgent)\s+(?:need|gap|lack|challenge|problem|struggle|issue|headache|obstacle)(?:\s+(?:for|with)\s+(?:us|me|our\s+[\p{L}-]+))?|what (?:i|we)(?:(?:'|’)re| are|(?:'|’)m| am)?\s+(?:really |most |still |sorely |badly |mostly )?(?:lack(?:ing)?|missing|miss|short of|short on|need|desperate for|crying out for|looking for|in need of|could (?:really |definitely |honestly )?(?:use|do with))(?: most| the most)?(?:\s+(?:in|at|for|around|across|here in|out here in)\s+[^,]{2,40}?)?|(?:the )?(?:one |main |big |biggest |only )?thing (?:that(?:'|’)s |that is )?holding (?:us|me) back|what(?:'|’)s holding (?:us|me) back|what would make (?:our|my) li(?:fe|ves) (?:so much |a lot |much )?easier|what would (?:really )?make (?:a|the) (?:real |big |huge )?difference)\s+(?:is|are|would be)\s+(.+)$|^(?:for (?:us|me),?\s+)?(?:is|are|it is|it(?:'|’)s)\s+missing\s+(.+)$/iu;
// "A decent projector is top of our wishlist", "If I could ask for one thing, it'd be a mentor",
// "It'd be amazing to get a few more hands on deck".
const NEED_WISHLIST = /^(?:(?:and|also)[,\s]+)?(.+?)\s+(?:is|are|would be)\s+(?:top of|on|at the top of|high on)\s+(?:our|my|the)\s+wish ?list\b|^if (?:i|we) could (?:ask for|have|get|wish for) (?:one|just one|a single|any)(?: thing)?,?\s*(?:it(?:'|’)d|it would|that would) be\s+(.+)$|^(?:it(?:'|’)d|it would|would)\s+be\s+(?:so\s+|really\s+|just\s+)?(?:amazing|great|brilliant|wonderful|fantastic|awesome|lovely|nice|helpful|handy|useful|a huge help)\s+to (?:get|have|find)\s+((?![^.]*\b(?:every|all|each|everywhere)\b).+)$/i;
// "I'd really like to see more women organising", "In an ideal world, every school would …", "The world needs more X".
const WISH_SEE = /\b(?:i|we)(?:(?:'|’)d| would)\s+(?:really\s+|so\s+|just\s+)(?:like|love)\s+to\s+see\s+(.+)$|^(?:(?:and|but|also|honestly)[,\s]+)?would\s+(?:really\s+|so\s+|just\s+)?(?:like|love)\s+to\s+see\s+(?!(?:you|u|everyone|everybody|all of you|y(?:'|’)?all|it|that|this|them|the (?:photos|pictures|slides|recording|notes))\b)(.+?)(?:,?\s+though)?[.!]*$|^(?:[^,:]{0,30}[:,]\s*)?(?:in (?:an?|my|our) (?:ideal|perfect|dream|better) world|in my dreams?),?\s+(.+)$|^(?:the|our)\s+(?:world|web|internet|movement|community|city|country|planet)\s+needs\s+(.+)$/i;
// "Would really help to have someone who …", "It would help a lot to have X".
const NEED_HELP_TO_HAVE = /^(?:(?:and|also|honestly)[,\s]+)?(?:it\s*(?:would|(?:'|’)d)|would)\s+(?:really\s+|so\s+|also\s+|definitely\s+)?(?:help|mean (?:the world|a lot|so much|everything))(?:\s+(?:to\s+)?(?:us|me))?(?:\s+(?:a lot|so much|enormously|hugely|loads))?\s+(?:to have|if (?:we|i) had|to get)\s+(.+)$/i;
// "If someone could lend us a 3D printer for the spring, we'd be over the moon."
const NEED_IF_LEND = fastEdges(/\bif\s+(?:any|some)(?:one|body|\s+[\p{L}-]+)\s+(?:can|could|would|is able to)\s+(?:lend|give|donate|spare|loan|send|get)(?:\s+(?:us|me))?\s+(.+?)(?:\s+for\s+[^,]{1,30})?,\s*(?:(?:we|i)(?:(?:'|’)d|\s+would)\s+be\b|(?:we|i)(?:(?:'|’)d|\s+would)\s+(?:love|appreciate)|(?:that|it)(?:(?:'|’)d|\s+would)\s+be\b)/iu);
// "We don't have anybody who knows how to run a mailing list."
// "Could you put me in touch with someone who has run a DemoCamp before?": the person to be introduced to is the need.
const NEED_PUT_IN_TOUCH = /\b(?:could|can|would|will)\s+(?:you|someone|anyone)\s+(?:please\s+|kindly\s+|maybe\s+)?(?:put\s+(?:me|us)\s+in\s+touch|connect\s+(?:me|us)|introduce\s+(?:me|us))\s+(?:with|to)\s+((?:someone|somebody|anyone|anybody|people|a|an|the|other|some)\b.{3,100}?)\s*\?*\s*$/i;
const NEED_DONT_HAVE = /\b(?:i|we)\s*(?:don(?:'|’)?t|do not)\s+(?:yet\s+)?(?:really\s+)?have\s+((?:any(?:body|one)?|a|an|someone|somebody)\s+(?!(?:single\b|time|more time|capacity|plans?|idea|clue|news|updates?|wish|wishes|offer|offers|need|needs|answer|answers|commitment|commitments|thing|things|much|choice|say|chance|option|excuse|problem|complaints?)\b).+)$/i;
// "Anyone with spare Chromebooks?"
const NEED_ANYONE_WITH = /^(?:(?:so|also|and|oh|btw)[,:]?\s+)?(?:any(?:one|body)|someone|somebody)\s+(?:(?:out there|here)\s+)?(?:with|got)\s+(.+?)\s*\?+/i;
// Wishes: "What I'd love is for every library to …", "It would be a dream to have …", "For the movement I want that …",
// "X - that's the dream", "I reckon every kid deserves …", "Imagine every library running …".
const WISH_LOVE_IS = /^(?:(?:and|but|honestly)[,\s]+)?what (?:i|we)(?:(?:'|’)d| would) (?:really |most |truly )?(?:love|like|want|wish for)(?: to see)?(?: most)? (?:is|would be)\s+(?:for\s+|that\s+|to see\s+)(.+)$/i;
const WISH_DREAM = /\b(?:it\s*(?:would|(?:'|’)d)|would)\s+be\s+(?:(?:such|quite|just)\s+)?a (?:dream|dream come true)\s+(?:to (?:have|see)|if|for)\s+(.+)$|\bi want that\s+(.+)$|^for the (?:(?:wider|whole|broader|bigger)\s+)?(?:movement|open web|web|community|world|future)(?![\s-]+(?:week|day|festival|event|night|meetup|camp|fair)\b)[,:]?\s+(?:(?:i|we)\s+(?:wish|hope|want|would like|(?:'|’)d like|dream of)\s+(?:that\s+|for\s+)?)?(.+)$/i;
const WISH_TAIL = /^(.+?)\s*(?:[-–—,:]\s*)?(?:that(?:'|’)s|that is|this is)\s+(?:what (?:i|we)(?:(?:'|’)d| would) (?:wish|hope|ask|love) for|(?:my|our|the) (?:big |one |real )?(?:wish|dream|hope)|the dream)\s*[.!]*$/i;
const WISH_LOVE_EVERY = /\b(?:i|we)\s*(?:(?:'|’)d|would)\s+(?:really\s+)?(?:love|like)\s+(?:for\s+)?((?:every|all|each|more|no)\b[^,]{2,60}?\s+to\s+.+)$/i;
const WISH_IMAGINE = /^(?:just\s+)?(?:imagine|picture|envision|envisage)\s+((?:every|each|all|more|a|an)\b.+)$/i;
// A sentence explaining the answer before it ("Seriously, it's huge", "Running things alone is exhausting").
// "Una bodega vacía. Es de mi tío y no la usa.", "Mon atelier. Il est libre le soir.", "Unser Raum. Er ist groß genug.": the
// sentence after the answer, opening with "it is" / "he/she" in another language, explains it (as EXPLAINS in English).
const FOREIGN_EXPLAINS = /^(?:(?:y|e|et|und|en|pero|mas|mais|aber|maar|ma)[,\s]+)?(?:es|está|están|son|era|estaba|c['’]est|ce sont|c['’][ée]tait|il|elle|ils|elles|sie|er|es\s+ist|das\s+ist|dies|é|são|ela|ele|eles|elas|het\s+is|dat\s+is|die\s+is|ze\s+is|hij\s+is|è|sono|era)(?![\p{L}])/iu;
const EXPLAINS = /^(?:(?:seriously|honestly|really|basically|well|and|but|so|plus|also)[,\s]+)?(?:(?:so\s+)?(?:many|most|some|half|a lot|lots|loads|all|none|few|plenty|several)\s+of\s+(?:us|them|our|the|my)|(?:half|most|many)\s+(?:the|our|my)\s+[\p{L}-]+\s+(?:at|in|of|from|on)\s|because|since|otherwise|it|it(?:'|’)s|they|they(?:'|’)re|that|that(?:'|’)s|this|there|there(?:'|’)s|we|we(?:'|’)re|we(?:'|’)ve|i|i(?:'|’)m|i(?:'|’)ve|our|my|he|she|his|her|which|\p{L}+ing\s+(?:\S+\s+){0,5}(?:is|are|was|were|has|makes?|takes?|gets?))\b/iu;
// "I speak Nahuatl and can help translate" under an offer question: the offer is what they can do.
const OFFER_IN_ANSWER = /^(?:i|we)\s+[^,]{2,40}?(?:\s+and|,)\s+(?:and\s+)?(?:i\s+|we\s+)?(?:can|could|(?:am|(?:'|’)m) happy to|would be happy to)\s+(.+)$/i;
// "I'm a lawyer, happy to print flyers for anyone": an offer after the comma.
const OFFER_AFTER_COMMA = /,\s+(?:and\s+|so\s+)?(?:(?:very|more than|really|always)\s+)?(?:happy|glad|willing)\s+to\s+(.+)$/i;
// "I'm a bookkeeper by trade and happy to look after the money side": who one is, "and", then glad to do it.
const OFFER_AFTER_TRADE = /^(?:(?:and|also|so)[,\s]+)?(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?:a|an)\s+[^,.;]{2,50}?\s+and\s+(?:(?:very|more than|really|always)\s+)?(?:happy|glad|willing)\s+to\s+(?!(?:be|see|hear|say|report|know|have|get|go)\b)(.+)$/i;
// "Our office generator can power a small event if anyone needs it": a thing of one's own that does something for others.
const OFFER_THING_CAN = /^(?:(?:and|also|plus|oh)[,\s]+)?((?:our|my)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s+(?:can|could)\s+(?:easily\s+|also\s+)?(?:power|seat|host|hold|fit|run|feed|serve|print|carry|take|cover|handle|sleep|transport)\b[^,]*?,?\s+if\s+(?:anyone|anybody|someone|somebody|any group|a group|you|people|folks)\s+(?:ever\s+)?(?:needs?|wants?)\b/iu;
// "We've got heaps of spare monitors from the office refit, come grab them."
const OFFER_COME_GRAB = /^(?:(?:and|also|plus|oh)[,\s]+)?(?:i|we)\s*(?:(?:'|’)ve got|\s+have got|\s+have|\s+got)\s+(?:(?:heaps|lots|loads|tons|piles|plenty|a bunch|a pile|a stack|boxes|bags|stacks)\s+of\s+)?(.{2,50}?)(?:\s+(?:from|left over from|leftover from|after)\s+[^,]{2,40})?,\s+(?:so\s+)?(?:just\s+)?(?:come|swing by|drop by|pop by|pop in|feel free to)\s+(?:and\s+|to\s+)?(?:grab|get|take|collect|pick up|claim)\b/iu;
// "Cualquier grupo puede usar nuestra sala de reuniones los sábados", "Qualquer coletivo pode usar o nosso espaço".
const FOREIGN_ANYONE_USE = /^(?:(?:y|e|et|también|tamb[ée]m|aussi|anche)[,\s]+)?(?:cualquier(?:a)?(?:\s+(?:grupo|persona|colectivo|organizaci[óo]n|club))?|quien\s+quiera|todo el mundo|qualquer(?:\s+(?:grupo|pessoa|coletivo|organiza[çc][ãa]o))?|quem\s+quiser|n['’]importe\s+quel(?:le)?\s+(?:groupe|association|collectif)|tout le monde|qualsiasi\s+(?:gruppo|associazione|collettivo)|chiunque)\s+(?:puede|pueden|pode|podem|peut|peuvent|pu[òo]|possono)\s+(?:usar|utilizar|ocupar|utiliser|emprunter|usare|utilizzare)\s+(.{3,80}?)[.!]*$/iu;
const OFFER_CAN_BE_USED = /^(?:(?:and|but|also)[,\s]+)?((?:the|our|my)\s+[^,]{2,40}?)\s+(?:can|could|may)\s+(?:still\s+|also\s+|always\s+)?be\s+(?:used|booked|borrowed|hired)\b(?!\s+(?:for|as)\s+(?:nothing|free)\b)/i;
// "repairing old radios is something I can do": the thing named first.
const OFFER_SOMETHING = /^(?:(?:and|also|plus)[,\s]+)?(?:[^,]{3,60},\s+(?:so|and)\s+)?(.{3,80}?)\s+(?:is|are)\s+(?:something|one thing|a thing)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|(?:'|’)d be happy to|would be happy to)\s+(?:do|offer|help with|bring|give|teach)\b/i;
// Hedges do not take back an item, but "someday"/"one day" turn "I'd love to X" into a daydream, not an offer.
// "Ya hice mi parte", "Already did it", "J'ai déjà écrit …", "Ich habe schon …", "I've already cleared it with the principal": a
// thing already done (beside an answer, none of the four; under the commitment question, no promise). STILL_TO_DO:
// something still to come in the same sentence (also what keeps a past account, PAST_ACCOUNT, from being skipped).
const DONE_ALREADY = /^\W*(?:(?:i|we)\s*(?:(?:'|’)ve|\s+have)?\s+)?already\s+(?:did|done|sent|gave|wrote|ran|held|made|took|spoke|went|\p{L}+ed)\b|^\W*(?:(?:yo|eu|nosotros)\s+)?(?:ya|já)\s+(?:lo\s+|la\s+|o\s+|a\s+)?(?:hice|hicimos|he\s+hecho|fiz|fizemos|di|dimos|mand[eé]|envi[eé]|escrib[íi]|habl[eé])(?![\p{L}])|^\W*(?:j['’]ai|on\s+a|nous\s+avons)\s+d[ée]j[àa]\s|^\W*(?:ich\s+)?(?:habe|hab)\s+(?:ich\s+)?(?:das\s+|es\s+)?(?:schon|bereits)\s|^\W*(?:schon|bereits)\s+(?:erledigt|gemacht)|^\W*ik\s+heb\s+(?:het\s+|dat\s+)?al\s|^\W*(?:l['’]ho|ho)\s+gi[àa]\s|^(?:(?:and|so|but|also|btw)[,\s]+)?(?:i|we)(?:(?:'|’)ve|\s+have)\s+(?:already|just|also)\s+[a-z]+(?:ed|ken|poke|old|ot|ade|et)\s+(?:it|this|that|them|with|to|the|a|an|my|our|him|her)\b[^?]*$/iu;
const STILL_TO_DO = /\b(?:will|(?:'|’)ll|going to|gonna|next|tomorrow|tonight|plan(?:ning)?|intend|promise|commit|still|but)\b|(?<![\p{L}])(?:voy\s+a|vamos\s+a|vou|vamos|je\s+vais|ich\s+werde|ik\s+ga|pero|mas|mais|aber|maar|próxim|prochain|nächst|volgende)(?![\p{L}])/iu;
const WANT_SOMEDAY_GATE = /love|like|want|hope|encant|gust|aimer|würde|adorar|gostar|graag|piacerebbe/i;
const WANT_LEAD = /\b(?:(?:i|we)(?:(?:'|’)d|\s+would)\s+(?:really\s+|so\s+)?(?:love|like)\s+to|(?:i|we)\s+(?:really\s+)?(?:want|hope)\s+to)\b|(?<![\p{L}])(?:me\s+(?:encantar[íi]a|gustar[íi]a)|j['’]aimerais|j['’]adorerais|ich\s+würde\s+(?:sehr\s+)?gern|(?:eu\s+)?adoraria|(?:eu\s+)?gostaria|ik\s+zou\s+graag|mi\s+piacerebbe)(?![\p{L}])/iu;
const SOMEDAY_FOREIGN = /(?<![\p{L}])(?:alg[úu]n\s+d[íi]a|un\s+d[íi]a\s+de\s+estos|un\s+jour|un\s+de\s+ces\s+jours|irgendwann|eines\s+tages|um\s+dia|algum\s+dia|ooit|un\s+giorno|prima\s+o\s+poi)(?![\p{L}])/iu;
const SOMEDAY = /\b(?:some ?day|one day|eventually|at some point|in the future|some time)\b/i;

// "I know a bit of Python and can help with scripts", "I'm a web developer and would love to mentor someone".
const OFFER_AND_WOULD = /^(?:(?:also|and|plus)\s+)?(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re)?\s+(?!(?:went|was|were|had|did|saw|tried|found|came|got|met|heard|loved|enjoyed)\b)[^,]{2,50}?\s+and\s+(?:can|could|would be (?:happy|glad) to|(?:'|’)d be (?:happy|glad) to|(?:am|(?:'|’)m) (?:happy|glad) to|would love to|(?:'|’)d love to)\s+(?!(?:try|see|hear|know)\b)(.+)$/i;
// "I speak fluent Portuguese, if translation helps."
const OFFER_SPEAK = /^(?:(?:[Aa]lso|[Aa]nd|[Pp]lus)\s+)?(?:I|[Ww]e)\s+(?:also\s+)?speak\s+(?!(?:to|with|for|about|on|at|up|out)\b)((?:fluent\s+)?[\p{Lu}][\p{L}]+(?:(?:,\s*|\s+and\s+)[\p{Lu}][\p{L}]+)*)\b/u;
// "We'd be thrilled if someone could donate some old laptops."
const OFFER_HAVE_SO = /^(?:(?:and|also|plus|oh)[,\s]+)?(?:i|we)\s*(?:(?:'|’)ve got|\s+have got|\s+have|\s+own|\s+got)\s+((?:a|an|my|our|two|three|four|some|\d+)\s+[^,]{2,40}?),\s+so\s+(?:if\s+(?:anyone|anybody|you|someone|somebody|any group|a group|people)\b|(?:i|we)\s+can\b|(?:happy|glad) to\b|give me\b|ping me\b|just\b)/i;
// "My husband Ken says he'll do a talk on his ham radio for anyone who'll sit still", "My son is a plumber and he has said
// he will fix the taps … for free": a relative's open offer, passed on, is an offer (round 35's call); without "for
// anyone" or "for free" ("My partner says she'll make her oatcakes for it") it is their own plan for the day. A parent
// written for ("He can fix old radios and is happy to show anybody how") offers the skill, as a relative's.
const KIN = String.raw`(?:sister|brother|mum|mom|dad|father|mother|wife|husband|partner|cousin|son|daughter|uncle|aunt|auntie|friend|neighbou?r|flatmate|roommate|grandson|granddaughter|niece|nephew|colleague|boss)`;
const OFFER_KIN = fastEdges(new RegExp(String.raw`^(?:(?:and|also|plus|but|oh)[,\s]+)?(?:my|our)\s+${KIN}(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:has offered|offered|is offering|(?:is|would be)\s+(?:happy|glad) to lend|can lend)\s+(?:to\s+(?:lend|give)\s+)?([^,]{3,60})|^(?:(?:and|also|plus|but|oh)[,\s]+)?(?:(?:my|our)\s+${KIN}(?:\s+\p{Lu}[\p{L}-]+)?|he|she)\s+(?:does|teaches|knows|is into|is (?:great|good) at|can(?!\s+(?:come|make|be|attend|join|go|stay|get|drive|bring|only)\b))\s+([^,]{2,40}?)\s+and\s+(?:is|would be|(?:'|’)s)\s+(?:more than\s+|very\s+)?(?:happy|glad|keen|willing)\s+to\b|^(?:(?:and|also|plus|but|oh)[,\s]+)?(?:my|our)\s+${KIN}(?:-in-law)?(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:has|runs|owns|is\s+(?:a|an))\s+[^,]{2,40}?\s+and\s+(?:(?:he|she|they)\s*(?:(?:(?:'|’)s|\s+is|(?:'|’)re|\s+are|\s+would be|(?:'|’)d be)\s+(?:more than\s+|very\s+)?(?:happy|glad|keen|willing)\s+to|\s+(?:has\s+)?(?:said|says)\s+(?:that\s+)?(?:he|she|they)\s*(?:(?:'|’)ll|\s+will|\s+can|\s+would))|(?:has\s+)?(?:said|says|told (?:me|us))\s+(?:that\s+)?(?:he|she|they)\s*(?:(?:'|’)ll|\s+will|\s+can|\s+would|(?:(?:'|’)s|\s+is|(?:'|’)re|\s+are|\s+would be|(?:'|’)d be)\s+(?:more than\s+|very\s+)?(?:happy|glad|keen|willing)\s+to))\s+([^,]+?)(?:\s+for\s+(?:free|any|anyone|anybody|everyone|whoever)\b.*)?$|^(?:(?:and|also|plus|but|oh)[,\s]+)?(?:my|our)\s+${KIN}(?:-in-law)?(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:has\s+)?(?:said|says|told (?:me|us))\s+(?:that\s+)?(?:he|she|they)\s*(?:(?:'|’)ll|\s+will|\s+can|\s+would)\s+(?!(?:be|come|join|go|try|think|see|let|have|need)\b)([^,]+?)\s+for\s+(?:free|anyone|anybody|everyone|whoever|any\s+(?:group|club|school|one|of (?:you|us)))\b.*$|^(?:(?:and|also|plus|but|oh)[,\s]+)?(?:my|our)\s+${KIN}(?:-in-law)?(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:can|could|(?:is|would be|(?:'|’)d be|(?:'|’)s)\s+(?:more than\s+|very\s+)?(?:happy|glad|keen|willing)\s+to|would love to|(?:has\s+)?offered to|is offering to)\s+(help(?!\s+(?:me|us|him|her|them|my|our)\b)(?:\s+out)?(?:\s+(?:with|to))?\s+[^,]+?)(?:,?\s+if\s+.*)?[\s.!]*$`, 'iu'));
const NEED_LOVE_IF = /^(?:(?:and|also|so|oh|but)[,\s]+)?(?:(?:i|we)\s*(?:(?:'|’)d|\s+would)\s+|would\s+)(?:really\s+|so\s+|just\s+)?(?:love|like|appreciate) it if\s+((?:someone|somebody|anyone|anybody|a|an|some|one of)\b.+?)\s+(?:could|can|would|might)\s+(?:please\s+)?(.+?)[\s.!]*$/i;
const NEED_KEEN = /^(?:(?:and|also|so|oh|but|really|super|very)[,\s]+)?(?:(?:i|we)\s*(?:(?:'|’)d be|(?:'|’)re|(?:'|’)m|\s+would be|\s+are|\s+am)\s+)?(?:really\s+|very\s+|super\s+|also\s+)?keen\s+(?:for|to (?:find|get|hear from|meet))\s+((?:someone|somebody|a|an|some|people|volunteers|anyone|anybody|more)\b.+?)(?:\s+to\s+(?:help|come|join|run|teach|show|give|lend|wire|set)\b.*)?[\s.!]*$/i;
const NEED_THRILLED_IF = fastEdges(/\b(?:we|i)\s*(?:(?:'|’)d|would)\s+(?:be|love|appreciate)\b.{0,30}?\bif\s+(?:any|some)(?:one|body|\s+[\p{L}-]+)\s+(?:can|could|would)\s+(?:lend|give|donate|spare|loan|send|share)(?:\s+(?:us|me))?\s+(.+)$/iu);
// "I have many experience with Linux, I can help anybody": help with what one knows.
const OFFER_EXPERIENCE = /\b(?:i|we)\s+(?:have|(?:'|’)ve got|(?:'|’)ve)\s+(?:many|much|a lot of|lots of|some|years of|\d+ years(?: of)?|long|good|solid|plenty of|deep|real)?\s*experience\s+(?:with|in|of|on)\s+([^,.;]+)/i;
const HELP_ANYONE = /\b(?:can|could|happy to|glad to|able to)\s+help\s*(?:anybody|anyone|everyone|everybody|people|you|others|out|any group|whoever)?\s*[.!]*$/i;
// "Feel free to use our space at the hub", "Reach out if you need help with grant applications".
const OFFER_FEEL_FREE = /^(?:(?:and|also|oh|plus)[,\s]+)?(?:you(?:'|’)re |you are |you(?:'|’)d be )?(?:feel free|free|always welcome) to (?:use|borrow|book|come to|take)\s+(.+)$/i;
const OFFER_REACH_OUT = /^(?:(?:and|also|oh|plus|just)[,\s]+)?(?:reach out|ping me|give me a (?:shout|call|ring|buzz)|let me know|shout|call me|email me|get in touch|drop me a line|hit me up|ask me)\s+if\s+(?:you|anyone|anybody|someone|somebody|people|the group|any of you)\s+(?:ever\s+)?(?:need|needs|want|wants|could use)\s+(.+)$/i;
// "Hoping someone can help us with the accounts", "I hope somebody could lend us a van".
const NEED_HOPING = /^(?:(?:and|also|so)[,\s]+)?(?:(?:i(?:'|’)m|we(?:'|’)re|i am|we are)\s+)?(?:hoping|i hope|we hope|hope)\s+(?:that\s+)?(?:someone|somebody|anyone|anybody)(?: out there)?\s+(?:can|could|will|might|would)\s+(?:(help(?:\s+(?:us|me))?\s+(?:with\s+)?.+)|(?:lend|give|donate|send|spare|loan)(?:\s+(?:us|me))?\s+(.+))$/i;
// "(we don't have) a single one", "hatuna hata moja", "no tenemos ninguno", "on n'en a aucun": none of a thing named before.
const HAVE_NONE = /^(?:(?:(?:we|i)\s+(?:don(?:'|’)?t|do not)\s+(?:even\s+)?have|(?:we|i)\s+have|hatuna|sina|hatuna\s+hata|no\s+(?:tenemos|tengo)|n[ãa]o\s+(?:temos|tenho)|(?:nous\s+n['’]en\s+avons|on\s+n['’]en\s+a|je\s+n['’]en\s+ai)|wir\s+haben|ich\s+habe|non\s+ne\s+(?:abbiamo|ho)|we\s+hebben|ik\s+heb)\s+)?(?:not\s+)?(?:even\s+)?(?:a\s+single\s+one|a\s+single|any|one|none|hata\s+(?:moja|mmoja)|ningun[oa]|nenhum|nenhuma|aucun|aucune|pas\s+un\s+seul|keinen?|keine|geen\s+een|geen|nessuno|neanche\s+uno|nemmeno\s+uno)(?:\s+(?:of\s+them|at\s+all|yet|ainda|todav[ií]a|encore|noch|nog|yet))?[\s.!]*$/iu;
// "se serve", "si hace falta", "au besoin", "bei Bedarf", "indien nodig": "if needed" before an offer in other languages.
const FOREIGN_IF_NEEDED = /^(?:(?:e|y|et|und|en|ma|mas|pero|però|mais|aber|maar)\s+)?(?:se\s+a\s+(?:qualcuno|voi|te)\s+(?:serve|servisse)|si\s+a\s+(?:alguien|alguno)\s+le\s+sirve|se\s+(?:serve|servir|necess[áa]rio|precisar(?:em)?|for preciso|c['’][èe]\s+bisogno)|si\s+(?:hace\s+falta|es\s+necesario|se\s+necesita|besoin|n[ée]cessaire|(?:il\s+)?faut)|au\s+besoin|falls\s+(?:nötig|notwendig|gewünscht)|wenn\s+(?:nötig|gewünscht|ihr\s+wollt)|bei\s+bedarf|indien\s+(?:nodig|gewenst)|als\s+het\s+nodig\s+is|zo\s+nodig|kalau\s+perlu|jika\s+perlu|kung\s+kailangan|si\s+(?:alguien|alguno)\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?:necesita|quiere)(?=\s*,)|se\s+algu[eé]m\s+(?:precisar|quiser)(?=\s*,)|si\s+quelqu['’]un\s+en\s+a\s+besoin(?=\s*,)|falls\s+(?:es\s+)?jemand\s+braucht(?=\s*,)|als\s+iemand\s+het\s+nodig\s+heeft(?=\s*,))\s*,?\s+(?=\S)/iu;
// "Posso ajudar com a divulgação", "Je peux traduire le guide", "Ich kann Flyer drucken": offers in the other languages people answer in.
const FOREIGN_OFFER = /^(?:(?:mas|pero|però|mais|aber|ma|maar|men|e|y|et|und|en|og|och|pis|pues|pos|intanto|nel\s+frattempo|en\s+attendant|entre-temps|mientras\s+tanto|entretanto|enquanto\s+isso|inzwischen|ondertussen|intussen|par\s+contre|en\s+revanche|en\s+cambio|por\s+otro\s+lado|no\s+entanto|daf[üu]r|para\s+(?:el|la|o|a)\s+pr[óo]xim[oa](?:\s+vez)?|pour\s+la\s+prochaine(?:\s+fois)?|per\s+la\s+prossima(?:\s+volta)?|f[üu]rs\s+n[äa]chste(?:\s+mal)?)[,\s]+){0,2}(?:(?:tambi[eé]n|tamb[eé]m|aussi|auch|anche|ook|også|ocks[åa])\s+)?(?:(?:eu|yo|je|ich|io|ik|ek|jeg|jag|wir|nous|nosotros|on|ja|my|tôi|mình|chúng tôi|chúng mình|saya|aku|kami|kita|mimi|sisi|ana|7na|hna)\s+)?(?:(?:juga|pun|ook|auch|anche|aussi)\s+)?(?:(?:les|te|os|vos|lhes|vous|ti|vi|le|lo|la|ci|vi|lui)\s+)?(?:posso|podemos|puedo|podemos|peux|pouvons|peut|kann|können|cha|chan|chönd|chönnt|kan|kunnen|potrei|possiamo|mogę|możemy|moge|mozemy|có thể|boleh|bisa|dapat|nqder|n9der|neqder|ne9der|sanggup|naweza|tunaweza|ninaweza|kaya\s+(?:kong|naming|ko|namin)|pu?wede\s+(?:akong|kaming|ako|kami))\s+(?!(?:minta|mohon|tolong|pedir|pedirles|pedirte|demander|fragen|chiedere|vragen|prosić|prosic)\s)(?!(?:.*\s)?(?:não|nao|no|pas|rien|nicht|nichts|niet|niets|ikke|inte|non|nada|niente|leider|malheureusement|infelizmente|lamentablemente|nie|nic|không|tak|tidak|hindi|nooit|geensins)(?:\s|$))(.{4,})$/i;
// "Main poster bana sakta hoon", "Hum venue de sakte hain": what one can do, the verb before "sakta".
// "Anbieten kann ich Übersetzungen", "Mitbringen können wir Stühle", "Aanbieden kan ik mijn zaal": the verb first.
const FOREIGN_OFFER_FRONT = /^(?:(?:und|aber|auch|en|maar|ook)\s+)?(?:anbieten|beisteuern|beitragen|mitbringen|verleihen|ausleihen|leihen|zur verfügung stellen|übernehmen|aanbieden|bijdragen|meebrengen|meenemen|uitlenen|lenen|regelen)\s+(?:kann|könnte|können|könnten|kan|kunnen|zou|zouden)\s+(?:ich|wir|ik|we|wij)\s+(?:(?:gern|gerne|auch|euch|jullie|graag|ook|wel)\s+)*(?!(?:nichts|leider|niets|geen|niks)(?![\p{L}]))(.{3,})$/iu;
// "Außerdem kann ich Python-Workshops anbieten", "Gerne können wir Stühle leihen", "Verder kan ik lessen geven": the verb
// second after an adverb, the subject after it.
const FOREIGN_OFFER_V2 = /^(?:(?:und|aber|en|maar)\s+)?(?:(?:außerdem|ausserdem|zudem|dazu|darüber hinaus|zusätzlich|ebenfalls|gerne|gern|auch|natürlich|selbstverständlich|sonst|ansonsten|verder|daarnaast|bovendien|ook|graag|natuurlijk|verder\s+ook)\s+)?(?:kann|können|könnte|könnten|kan|kunnen)\s+(?:ich|wir|ik|we|wij)\s+(?:(?:gern|gerne|auch|euch|jullie|graag|ook|wel|zudem|außerdem|ausserdem)\s+)*(?![^]*(?<![\p{L}])(?:nicht|nichts|niet|niets|geen|niks|kein\p{L}*|leider|helaas|vielleicht|misschien|eventuell|eventueel)(?![\p{L}]))(?![^]*\?)(.{3,}?)(?:\s+(?:anbieten|aanbieden))?[\s.!]*$/iu;
const FOREIGN_OFFER_HI = /^(?:(?:aur|main bhi|hum bhi)\s+)?(?:main|mai|mein|hum|ham)\s+(?!.*\bnahi\b)(.{3,60}?\s+(?:kar|karwa|bana|sikha|padha|de|la|dila|bhej|sambhal|chala|host kar))\s+sakt(?:a|i|e)\s+(?:hoon|hu|hun|hain|hai)\b/i;
// "Necesitamos un proyector", "On a besoin d'une salle", "Wir brauchen Beamer": needs in the other languages people answer in.
const FOREIGN_NEED = /^(?:(?:mais|pero|mas|aber|ma|maar|men|et|y|e|und|en|og|och)\s+)?(?:(?:aussi|de plus|en plus|par contre|en revanche|cependant|toutefois|también|además|sin embargo|por otro lado|também|além disso|por outro lado|auch|außerdem|allerdings|jedoch|anche|inoltre|però|invece|ook|verder)\s*,?\s+)?(?:(?:nous|nosotros|wir|ich|eu|yo|noi|io|on|je|we|wij|ik|ek|ons)\s+)?(?:lo\s+que\s+(?:m[aá]s\s+|s[ií]\s+)?(?:necesito|necesitamos|(?:me|nos)\s+hace\s+falta|(?:me|nos)\s+falta)\s*,?\s+es(?:\s+que)?|o\s+que\s+(?:eu\s+|n[óo]s\s+)?(?:mais\s+)?(?:preciso|precisamos)\s*,?\s+(?:é|são)|ce\s+dont\s+(?:j['’]ai|nous\s+avons|on\s+a)\s+(?:vraiment\s+|surtout\s+)?besoin\s*,?\s+c['’]est|ci[òo]\s+di\s+cui\s+(?:ho|abbiamo)\s+bisogno\s+[èe]|quello\s+(?:di\s+)?che\s+(?:ci|mi)\s+serve\s+[èe]|(?:ci|mi)\s+servirebber?o?|(?:ci|mi)\s+serv(?:e|ono)|ci\s+vorrebber?o?|ci\s+farebbe\s+comodo|avremmo\s+bisogno\s+(?:di|d['’])|(?:ci|mi)\s+manca(?:no)?|aurai(?:t|ons)\s+besoin\s+(?:d['’]|de\s+|du\s+|des\s+)|ce\s+qu['’]il\s+(?:nous|me)\s+(?:faudrait|faut)\s*,?\s+c['’](?:est|serait)|(?:nag)?kinahanglan\s+(?:mi|kami|ko|ako|namo|nako)\s+(?:og|ug)|il\s+(?:nous|me)\s+(?:faudrait|faut)|nos\s+vendr[íi]an?\s+bien|nos\s+har[íi]an?\s+falta|necesitar[íi]amos|(?:a\s+gente\s+)?precisar?[íi]?a?(?:mos)?\s+de|a\s+gente\s+precisa(?:ria)?|estamos\s+precisando(?:\s+de)?|o\s+que\s+(?:mais\s+)?(?:falta|faz\s+falta)\s+(?:pra|para|pr['’]a)\s+(?:gente|n[óo]s)\s+(?:é|e|são)|o\s+que\s+(?:a\s+gente|n[óo]s)\s+precisa(?:mos)?(?:\s+(?:mesmo|muito|mais|de verdade|realmente))?\s+(?:é|são)(?:\s+de(?=\s))?|wat\s+(?:we|wij|ik)\s+(?:echt\s+|vooral\s+|nog\s+)?nodig\s+(?:hebben|heb)\s*,?\s*is|wat\s+(?:ons|mij)\s+(?:nog\s+)?ontbreekt\s*,?\s*is|missen|was\s+(?:uns|mir)\s+(?:noch\s+|wirklich\s+|vor allem\s+)?fehlt(?:\s*,?\s*ist|\s*:)?|uns\s+fehl(?:t|en)|br[äa]uchten|was\s+wir\s+(?:noch\s+|wirklich\s+)?brauchen(?:\s*,?\s*ist|\s*:)?|(?:kami|kita|saya|aku)\s+(?:sangat\s+|amat\s+|masih\s+)?(?:perlukan|perlu|memerlukan|butuh|butuhkan|membutuhkan|mencari|cari|sedang\s+mencari)|yang\s+(?:kami|kita)\s+perlukan\s+(?:ialah|adalah)|(?:tuna|na|nina)hitaji|tunatafuta|tunakosa|kailangan\s+(?:po\s+)?(?:namin|natin|ko|nila)(?:\s+po)?(?:\s+ng|\s+ang|\s+nang)?|need\s+namin\s+ng|naghahanap\s+kami\s+ng|(?:cherche|cherchons|busco|buscamos|procuro|procuramos|suche|suchen|cerco|cerchiamo|zoek|zoeken|soek)(?:\s+(?:aussi|tambi[eé]n|tamb[eé]m|auch|anche|ook|encore))?\s+(?=\S)|ser[íi]a\s+(?:genial|buen[íi]simo|bueno|ideal|incre[íi]ble|estupendo|fant[áa]stico|maravilloso)\s+(?:tener|contar con)\s+(?:a\s+)?|seria\s+(?:[óo]timo|incr[íi]vel|legal|bom)\s+ter\s+|necesit(?:o|amos)|precis(?:o|amos)(?:\s+de)?|(?:avons|a|ai) besoin (?:d['’]|de\s+|du\s+|des\s+)|j['’]ai besoin (?:d['’]|de\s+|du\s+|des\s+)|brauchen|brauche|(?:ho|abbiamo) bisogno di)\s*(?:(?:però|pero|anche|ancora|davvero|proprio|soprattutto|aber|auch|noch|wirklich|vraiment|aussi|encore|también|tamb[ée]m|realmente|ook|echt|nog|juga|sangat|pia|sana|talaga)\s+)?(?!(?:nada|rien|nichts|niente)\b)(.{3,})$/i;
// "We hebben een beamer nodig", "Wir könnten Hilfe gebrauchen", "Hamein ek projector chahiye", "Humein volunteers ki
// zarurat hai": the needed thing stands between the subject and the verb that closes the sentence.
const FOREIGN_NEED_LAST = /^(?:(?:en|maar|ook|und|aber|aur|par)\s+)?(?:(?:we|wij|ik|ons|ek)\s+(?:hebben|heb|het)\s+(?:(?:echt|dringend|nog|ook|vooral|wel|regtig|rerig|baie)\s+)?(?!(?:geen|niets|niks|geen)(?![\p{L}]))(.{3,80}?)\s+(?:hard\s+|echt\s+|dringend\s+|regtig\s+|baie\s+)?nodig(\s+(?:vir|voor)\s+[^,.!?]{2,40}?)?(?:,\s+(?!(?:en|and|maar|of)\s)[^.!?]{2,80})?|(?:wir|ich)\s+(?:könnten|könnte)\s+(?:(?:gut|echt|noch)\s+)?(.{3,80}?)\s+gebrauchen|(?:hamein|hume|humein|hamko|humko|mujhe)\s+(?!(?:kuch nahi|kuchh nahi)(?![\p{L}]))(.{3,80}?)\s+(?:chahiye|ki\s+(?:zarurat|zaroorat|jarurat|zaroorat)\s+hai))(?:\s+(?:hai|tha|thi|hain))?\s*[.!]*$/iu;
// Round 28: heads, offers, needs and wishes in more of the languages people answer in.
// "Ce qu'on peut offrir :", "Lo que nos falta:", "Co mogę dać:", "Czego potrzebujemy:", "İhtiyacımız:", "Verebileceğim:",
// "Dilek:", "Söz:", "Mong muốn (wish):", "Cần:": a head in French, Spanish, Portuguese, Italian, German, Polish, Turkish,
// Vietnamese or Chinese naming the slot (`t` lowercased; Turkish "İ" lowercases to "i" and a combining dot).
// Heads in other languages, by the slot they name (compiled once, not per line read).
const FOREIGN_HEAD_NEED = new RegExp(String.raw`(?<![\p{L}])(?:bedarf|nodig|behoefte|brauchst|ne7taj\p{L}*|ni7taj\p{L}*|n7taj\p{L}*|bne7taj\p{L}*|me7tag\p{L}*|mi7tag\p{L}*|me7taj\p{L}*|mi7taj\p{L}*|m7taj\p{L}*|7ajetna|nebgha|ne7tajo|humein chahiye|hamein chahiye|besoins|il nous faut|nous faut|perlu\p{L}*|keperluan|butuh\p{L}*|membutuhkan|dibutuhkan|kebutuhan\p{L}*|mahitaji|hitaji|tunahitaji|kailangan|zaroorat|zarurat|chahiye|szükség\p{L}*|amire|tarvit\p{L}*|potřeb\p{L}*|צריך|צריכה|צריכים|चाहिए|ज़रूरत|जरूरत|দরকার|angen|behar\p{L}*|necessit\p{L}*|reikia|vajan\p{L}*|servirebbe|servono|(?:mi|ci)\s+serve|necesit\p{L}*|precis(?:o|a|amos|am)|besoin|brauch\p{L}*|bisogno|falta\p{L}*|faltan|manque\p{L}*|manquent|manca\p{L}*|mancano|fehlt|fehlen|potrzeb\p{L}*|brakuje|szukam\p{L}*|i\u0307?htiya\p{L}*|lazım|cần|chúng tôi cần|mình cần)(?![\p{L}])`, 'u');
const FOREIGN_HEAD_WISH = new RegExp(String.raw`(?<![\p{L}])(?:ojal[aá]|oxal[aá]|omniy\p{L}*|omney\p{L}*|omniti|umniy\p{L}*|omnia|omniya|v(?:œ|oe)ux?|j['’]aimerais|me gustar[íi]a|pour le mouvement|para el movimiento|f[üu]r die bewegung|magari|wens|wensen|droom|harapan\p{L}*|impian\p{L}*|hasrat|ndoto|matakwa|pangarap|hangad|sapna|khwahish|desiderio|desideri|dese[oa]\p{L}*|desej\p{L}*|souhait\p{L}*|wunsch|w[üu]nsche|sueño|sueños|sonho|sonhos|sogno|sogni|r[êe]ve|r[êe]ves|marzeni\p{L}*|życzeni\p{L}*|dilek\p{L}*|dileğim|dile[kğ]\p{L}*|wünschst|w[üu]nsch\p{L}*|hayal\p{L}*|mong muốn|ước mơ|ước|soov\p{L}*|desig|desitjo|nahia|המשאלה|משאלה|משאלתי|इच्छा|ইচ্ছা|toive\p{L}*|přání|kívánság\p{L}*|noras|dymuniad|breuddwyd|harap\p{L}*)(?![\p{L}\p{M}])`, 'u');
const FOREIGN_HEAD_OFFER = new RegExp(String.raw`(?<![\p{L}])(?:anbieten|sunabil\p{L}*|agdar|a2dar|2a2dar|ba2dar|momken a2addem|a2addem|a3at\p{L}*|antikum|3andi|3andna|3anna|3indi|3ndi|de sakt\p{L}*|de sakte|dene ke liye|sikha sakt\p{L}*|kar sakt\p{L}*|ich kann|wir können|kann ich|können wir|ik kan|wij kunnen|we kunnen|aanbod|aanbieden|aanbiedt|bijdragen|posso|possiamo|puedo|podemos|je peux|on peut|nous pouvons|tawaran|sumbangan|saya boleh|kami boleh|saya bisa|naweza|tunaweza|kaya ko|kaya namin|ofrec\p{L}*|ofrezc\p{L}*|ofere[cç]\p{L}*|offr\p{L}*|anbiet\p{L}*|biete\p{L}*|angebot|offro|offerta|pr[êe]ter|pr[êe]tons|pr[êe]te|prestar|prestamos|dać|damy|zaoferować|oferuj\p{L}*|oferowa\p{L}*|verebil\p{L}*|sunabil\p{L}*|teklif\p{L}*|có thể giúp|giúp được|cho mượn|tudok adni|adni|voin tarjota|tarjo\p{L}*|galiu\p{L}*|můžu|mohu|nabíz\p{L}*|gallaf|cynnig|eskain\p{L}*|puc oferir|ofereixo)(?![\p{L}\p{M}])`, 'u');
const FOREIGN_HEAD_COMMITMENT = new RegExp(String.raw`(?<![\p{L}])(?:n[äa]chster schritt|pakka|yapaca[ğg]\p{L}*|volgende stap|nast[ęe]pny krok|kolejny krok|dal[šs][íi] krok|n[äa]sta steg|neste steg|n[æa]ste skridt|seuraava askel|prossimo passo|pr[óo]ximo pas(?:o|so)|prochaine [ée]tape|langkah (?:seterusnya|berikutnya)|hatua (?:inayofuata|ijayo)|susunod na hakbang|agla kadam|ahadi|janji|pangako|vaada|belofte|toezegging|vorhaben|compromis\p{L}*|comprometo|me comprometo|m['’]engage|je m['’]engage|verpflicht\p{L}*|impegno|mi impegno|vou fazer|voy a hacer|je vais faire|har[ée]|haremos|far[òo]|faremo|farei|faremos|je ferai|nous ferons|ich werde|wir werden|gagawin ko|gagawin namin|karunga|karungi|obiecuj\p{L}*|zobowiąz\p{L}*|söz|sözüm|taahhüt\p{L}*|cam kết|việc nhỏ)(?![\p{L}])`, 'u');
function foreignHead(t: string): Slot | null {
  // "Lo que no puedo ofrecer:", "Czego nie mamy:": a head with a negation names no slot here.
  if (/(?<![\p{L}\d])(?:no|não|ne|pas|nie|nada|rien|nic|nicht|kein\p{L}*|yok|không|没有|沒有)(?![\p{L}\d])/u.test(t)) return null;
  if (FOREIGN_HEAD_NEED.test(t) || /需要|缺少|缺/u.test(t)) return 'need';
  if (FOREIGN_HEAD_WISH.test(t) || /梦想|夢想|心愿|心願|愿望|願望|希望/u.test(t)) return 'wish';
  if (FOREIGN_HEAD_OFFER.test(t) || /可以提供|能提供|提供|可以幫|可以帮/u.test(t)) return 'offer';
  if (FOREIGN_HEAD_COMMITMENT.test(t) || /承諾|承诺|保证|保證/u.test(t)) return 'commitment';
  return null;
}
// "Tengo un proyector que casi no uso", "J'ai une imprimante 3D qui dort chez moi", "Mamy salę, która stoi pusta": a thing
// one has and does not use, on offer (as "a laser cutter nobody touches"). The thing is group 1; refusals are no part of it.
const FOREIGN_HAVE = String.raw`(?:we hebben|wij hebben|ik heb|eu tenho|a gente tem|n[óo]s temos|kami ada|saya ada|tuna|nina|mayroon (?:kami|ako)(?:ng)?|hamare paas|mere paas|tengo|tenemos|tenho|temos|j['’]ai|nous avons|on a|ho|abbiamo|ich habe|wir haben|mam|mamy|(?:ana\s+)?3andi|3andna|tôi có|mình có|chúng tôi có)`;
const FOREIGN_IDLE = String.raw`(?:,?\s+die\s+(?:kaum|selten|nie|fast\s+nie|nicht\s+mehr|so\s+gut\s+wie\s+nie)\s+(?:benutzt|genutzt|gebraucht|verwendet)\s+(?:werden|wird)|,?\s+(?:que|qui|che|die|der|das|den|który|która|które|którego|której|których|którą)\s+(?:(?:casi|ya|quase|já|prawie|kaum|quasi|presque)\s+)?(?:(?:no|não|nunca|nadie|ninguém|non|nessuno|nie|nikt nie|keiner|niemand|personne\s+n['’]|je\s+n['’]|nous\s+n['’]|on\s+n['’]|ich\s+(?:kaum|nie|nicht mehr|nicht)|wir\s+(?:kaum|nie|nicht mehr|nicht))\s*)(?:se\s+)?(?:uso|usamos|usa|usan|utilizo|utilizamos|utiliza|usiamo|usa più|utilise\p{L}*|utilisons|nutze\p{L}*|nutzt|benutze\p{L}*|brauche\p{L}*|używam\p{L}*|używa)|\s+qui\s+(?:dort|dorment|tra[iî]ne\p{L}*|prend la poussi[èe]re|prennent la poussi[èe]re|ne sert\p{L}*|ne servent)|,?\s+(?:i tak\s+)?stoi\s+pust\p{L}*|\s+(?:sin usar|sem uso|parad[oa] em casa|encostad[oa]|inutilizzat[oa]|ungenutzt|nieużywan\p{L}*)|,?\s+die\s+(?:niemand|geen mens)\s+(?:meer\s+)?gebruikt|,?\s+die\s+(?:we|wij|ik)\s+(?:niet meer|nooit|zelden|bijna nooit)\s+gebruik\p{L}*|,?\s+que\s+fica(?:m)?\s+vazi[ao]s?|,?\s+que\s+ningu[ée]m\s+(?:mais\s+)?usa|,?\s+que\s+(?:se\s+)?queda(?:n)?\s+vac[íi][oa]s?|,?\s+che\s+resta(?:no)?\s+vuot[oi]|,?\s+qui\s+reste(?:nt)?\s+vides?|,?\s+die\s+leer\s+steh\p{L}*|,?\s+die\s+(?:niemand|keiner)\s+(?:mehr\s+)?(?:nutzt|benutzt|braucht)|\s+yang\s+(?:tak|tidak|jarang)\s+(?:digunakan|guna|dipakai|terpakai)|\s+ambayo?\s+(?:haitumiki|hazitumiki|hatutumii)|,?\s+na\s+(?:hindi\s+(?:na\s+)?ginagamit|walang\s+gumagamit))`;
const FOREIGN_HAVE_IDLE = new RegExp(String.raw`^(?:(?:y|e|et|und|i|a|ve|and|también|aussi|auch)\s+)?${FOREIGN_HAVE}\s+(?:(?:außerdem|ausserdem|auch|noch|además|también|também|ainda|aussi|encore|anche|ook|nog)\s+)?(.{3,80}?)${FOREIGN_IDLE}(?![\p{L}])(?:\s+((?:às|aos|a las|los|les|le|il|am|an|op|on|tuwing|kila|setiap)\s+[^,.;]{3,30}))?.*$`, 'iu');
// "Ce qui nous manque vraiment, c'est un local le soir", "Lo que más nos falta es X", "Czego nam brakuje, to X",
// "Nos hace falta X", "Il nous manque X", "Brakuje nam X", "Potrzebujemy X", "Chúng tôi cần X", "我們需要 X".
const FOREIGN_NEED2 = /^(?:(?:y|e|et|und|i|a|ve|pero|mais|mas|ma|aber|ale)[,\s]+)?(?:(?:ce qui|ce qu['’]il)\s+(?:nous|me)\s+manque(?:\s+(?:vraiment|surtout|le plus|beaucoup))?\s*,?\s*(?:c['’]est|ce sont|est)\s+|lo que\s+(?:m[áa]s\s+|realmente\s+)?(?:necesitamos|necesito)\s*(?:,\s*)?(?:es|son)\s+|o que\s+(?:mais\s+)?(?:precisamos|preciso)\s*(?:,\s*)?(?:é|são)\s+|(?:nous\s+aurions|on\s+aurait|j['’]aurais|nous\s+aurons)\s+besoin\s+(?:de\s+|d['’]|du\s+|des\s+)|lo que\s+(?:m[áa]s\s+|realmente\s+)?(?:nos|me)\s+(?:hace\s+)?falta(?:n)?(?:\s+(?:de verdad|realmente))?\s*(?:,\s*)?(?:es|son)\s+|lo que\s+(?:de verdad\s+|realmente\s+|m[áa]s\s+)?(?:nos|me)\s+(?:vendr[íi]a(?:n)?\s+(?:muy\s+)?bien|ayudar[íi]a(?:\s+m[áa]s)?|servir[íi]a(?:\s+m[áa]s)?)\s*(?:,\s*)?(?:es|son|ser[íi]a)\s+|o que\s+(?:mais\s+)?(?:nos|me)\s+falta\s*(?:,\s*)?(?:é|são)\s+|czego\s+(?:nam|mi)\s+(?:najbardziej\s+)?brakuje\s*,?\s*to\s+|(?:nos|me)\s+(?:hace[n]?\s+)?falta(?:n)?\s+|(?:il\s+)?(?:nous|me)\s+manque(?:nt)?\s+|(?:(?:nam|mi)\s+)?brakuje\s+(?:(?:nam|mi)\s+)?|potrzebujemy\s+|potrzebuję\s+|szukamy\s+|(?:me\s+|minä\s+|mä\s+)?(?:tarvitsemme|tarvitsisimme|tarvitsen|tarvitsisin|tarvitaan|tarvittaisiin|kaipaamme|kaipaisimme)\s+(?:(?:vielä|kipeästi|kovasti|ehdottomasti|myös)\s+)?|(?:me\s+|ma\s+)?(?:vajame|vajaksime|vajan|vajaksin)\s+|(?:chúng tôi|chúng mình|mình|tôi|em)\s+(?:đang\s+)?cần\s+|(?:我們|我们|我)(?:很|真的)?需要)(?!(?:nada|rien|nic|niczego|nothing|poco|mucho|un poco|tiempo|palabras|pouco|muito|peu|beaucoup|mots|was|ciebie|cię|vous|toi|te|ti|you)(?![\p{L}]))(.{3,})$/iu;
// "Et wallah ce serait génial si chaque quartier avait un fablab gratuit", "Y mi sueño es que cada biblioteca …",
// "Ojalá que …", "Mon rêve, c'est que …": a wish for the world; someone to help us ("si quelqu'un pouvait …") is a need.
// "ofrezco mi depa para un kitchen table sprint cuando quieran", "para la próxima ofrezco el aula magna …", "ana mista3ed
// a3allem HTML lal wlad iza baddkom", "pero pwede ako mag-design ng pubmats for any of your events": offers led by a verb of
// offering or being ready to, in the other languages people answer in.
const FOREIGN_OFFER_VERB = /^(?:(?:y|e|et|und|en|w|wa|pero|mas|mais|aber|però|ma|también|tamb[eé]m|aussi|auch|anche)[,\s]+){0,2}(?:(?:para la pr[oó]xima(?:\s+vez)?|la pr[oó]xima vez|da pr[oó]xima vez|na pr[oó]xima|pour la prochaine fois|la prochaine fois|la prossima volta|beim n[äa]chsten mal)[,\s]+)?(?:(?:yo|eu|je|io|ana|ich|wir|nosotros|nous)\s+)?(?:(?:tambi[eé]n|tamb[eé]m|aussi|auch|anche|kamen)\s+)?(?:(?:les|te|os|vos|lhes|vous|ti|vi)\s+)?(?:ofrezco|ofrecemos|ofre[cz]o|ofere[cç]o|oferecemos|offre|offrons|propose|proposons|biete|bieten|offro|offriamo|offr[oi]|(?:mista3[ie]dd?[ea]?|mesta3[ie]dd?[ea]?|mosta3[ie]dd?[ea]?|mist3edd?[ea]?|jahez|jahze|gahez|gahza)(?:\s+(?:ann?i|en|2enn?i|inni))?|ba2dar|b2dar|bi2dar|2a2dar|a2dar|agdar|nigdar|negdar|ni2dar|n2dar)\s+(?!(?:(?:.*\s)?(?:no|não|pas|nicht|non|mish|mesh|msh|ma)(?:\s|$)))(.{3,})$/iu;
// "också låna ut min släpkärra när ni hämtar skänkta cyklar": "also" before the offer and "when you …" after it go.
// "vous prêter ma perceuse": the lending stays, the "you" it is lent to goes.
const LEND_TO_YOU = /^(?:vous|te|t['’]|leur|lui)\s+(?=(?:prêter|preter|passer|donner|apporter|laisser)\s+\S)/iu;
// Portuguese "no Recife", "na Mouraria": "in the" before a place, no "no" of refusal (hidden from FOREIGN_OFFER's refusal test).
const PT_IN_PLACE = /(?<=(?:posso|podemos)(?![\p{L}])(?:(?!\bn[ãa]o\b).)*\s)no(?=\s+\p{Lu})/u;
// "…, elle est libre le mercredi après-midi", "…, ele fica vazio de segunda", "…, der ist am Abend frei": when the thing
// offered is free joins it.
const FREE_WHEN_TAIL = /,\s+(?:elle|il|ele|ela|[ée]l|ella|er|sie|es|die|der|het|hij|ze|lei|lui)\s+(?:est|fica|est[áa]|queda|steht|ist|is|staat|[èe]|resta)\s+(?:(?:toujours|sempre|siempre|meistens|oft|vaak|souvent|normalmente|geralmente|quase\s+sempre|casi\s+siempre|en\s+g[ée]n[ée]ral)\s+)?(?:libre|vazi[oa]|livre|vac[íi][oa]|disponible|dispon[íi]vel|frei|leer|vrij|leeg|vuot[oa]|liber[oa]|libera)\s+((?:le|la|les|de|el|los|las|am|an|op|il|a|às|aos|nos|todos\s+los|tous\s+les)\s+[^,.;]{3,30}|\p{L}+s)\s*[.!]*$/iu;
const foreignOfferTail = (t: string) => foreignOfferTail0(t.replace(FREE_WHEN_TAIL, ' $1').replace(/^(?:också|även|også|ook|auch|también|aussi|anche|também)\s+/i, '').replace(LEND_TO_YOU, '').replace(/\s+(?:när|wenn|quand|cuando|quando|wanneer|når)\s+(?:ni|vi|ihr|wir|vous|nous|ustedes|voi|vocês|jullie|dere|I)\s+.*$/u, ''));
const foreignOfferTail0 = (t: string) => t.replace(/\s+(?:cuando\s+(?:quieran|quieras|quieras|gusten|haga falta)|quando\s+(?:quiserem|quiser|precisarem)|quand\s+(?:vous\s+voulez|tu\s+veux)|wann\s+immer|quando\s+volete|(?:iza|eza|law)\s+(?:baddkom|badkon|baddkon|bedkom|7abbeito|7abbetu|bt7ebbo|bt7eboo|3ayzeen|3awzeen|7abeitu)|for\s+(?:any|all|each)\s+(?:of\s+)?(?:your|the|our)\s+[\p{L}-]+)(?![\p{L}]).*$/iu, '').replace(/\s*:\s+(?:sono|soy|sou|je suis|ich bin|ik ben|jag är|i am|i(?:'|’)m)(?![\p{L}]).*$/iu, '').replace(/,\s+(?:caben|cabem|entran|entram|tiene|tem|hay|h[áa])\s.*$/iu, '').replace(/[\s,.!]+$/u, '');
// "se alguém tiver um espaço em Arroios que nos possa emprestar, era ótimo", "se alguém puder emprestar uns 3 notebooks,
// ajuda muito", "si alguien tiene un proyector que nos preste, …", "Kung may alam po kayong libreng venue sa QC, pa-share
// naman po!", "w iza fi 7ada 3ando projector zyade, bnkoon mamnoonin": a thing asked of anyone who has it.
// "¿Alguien tiene un proyector?", "Quelqu'un aurait un local dans Rosemont ?", "Hat jemand einen Beamer?", "Heeft iemand een
// stekkerdoos?": a need, asked, in the other languages (NEED_DOES_HAVE's kin).
const FOREIGN_NEED_Q = /^(?:(?:y|e|et|und|en|and|also|aussi|ah|oh|btw|au fait|por cierto|übrigens|a prop[óo]sito)[,\s]+)?¿?\s*(?:(?:est-ce\s+qu['’]\s*|est-ce\s+que\s+)?quelqu['’]un\s+(?:(?:a|aurait)(?:-t-il|-il)?|conna[îi]t(?:rait)?|(?:peut|pourrait)\s+(?:me|nous)\s+pr[êe]ter)|(?:alguien|alguno\s+de\s+(?:ustedes|vosotros))\s+(?:tiene|tendr[íi]a|conoce|(?:me|nos)\s+(?:presta|prestar[íi]a|puede\s+prestar))|algu[eé]m\s+(?:tem|teria|conhece|(?:me|nos)\s+(?:empresta|emprestaria|pode\s+emprestar))|qualcuno\s+(?:ha|avrebbe|conosce|(?:mi|ci)\s+(?:presta|presterebbe|pu[òo]\s+prestare))|(?:hat|h[äa]tte|kennt)\s+(?:hier\s+)?(?:jemand|irgendwer|einer\s+von\s+euch)|(?:heeft|kent)\s+(?:er\s+)?iemand)\s+(?!(?:(?:une?|des|eine?n?|een|alguna?|uma?|un['’])\s*)?(?:id[ée]e|ideia|idea|idee|question|pregunta|frage|vraag|domanda|pergunta|nouvelles|noticias|novidades|notizie|nieuws|neuigkeiten)(?![\p{L}]))(.{3,80}?)(?:\s+(?:à\s+(?:me\s+|nous\s+)?pr[êe]ter|que\s+(?:me|nos)\s+\S+(?:\s+prestar)?|para\s+(?:me\s+|nos\s+)?emprestar|da\s+prestare|zum\s+(?:aus)?leihen|(?:aus)?leihen|te\s+leen|(?:uit)?lenen))?\s*\?\s*$/iu;
const FOREIGN_NEED_IF_HAS = fastEdges(/^(?:(?:y|e|et|w|wa|and|at|tsaka|pero|mas|mais)[,\s]+)?(?:(?:se|si)\s+(?:alguém|algu[eé]m|alguien|quelqu['’]un|qualcuno|alguno\s+de\s+ustedes|algum\s+de\s+voc[êe]s)\s+(?:(?:tiver|tem|tiene|tuviera|tenga|a|avait|ha|avesse)|(?:puder|pode|puede|pudiera|peut|pourrait|può|potesse)\s+(?:nos\s+|me\s+|nous\s+|ci\s+)?(?:emprestar|ceder|doar|arranjar|prestar(?:nos)?|donar|conseguir|pr[êe]ter|donner|prestare|dare))\s+(.{3,80}?)(?:\s+(?:que|qui|che)\s+(?:nos|me|nous|ci)\s+.*?)?\s*,\s*(?!(?:.*\s)?(?:no|não|pas|non)(?:\s|$)).{2,}|kung\s+may(?:roon)?\s+(?:po\s+)?(?:alam|kilala)\s+(?:po\s+)?(?:kayong|kang|kayo|ka|kayo\s+na|kayo\s+ng)\s+(?:po\s+)?(.{3,80}?)\s*,\s*(?:pa-?share|paki-?share|pakisabi|pa-?inform|paki-?message|pm|sabihan|tell)\b.*|(?:iza|eza|law|lao)\s+(?:fi|fee|fe)\s+(?:7ada|7ad|7add|had|7adda)\s+(?:3ando|3andu|3andoh|3anduh|3indo|3endo)\s+(.{3,60}?)\s*,\s*\S.*|(?:iza|eza|law)\s+(?:7ada|7ad)\s+(?:momken|bi2dar|ye2dar)\s+(?:y[ie]?sallefna|ydeena|yjeeb(?:lna)?|yesalefna)\s+(.{3,60}?)\s*,\s*\S.*)$/iu);
// "mehtageen sponsor lel pizza el marra el gaya", "sigo buscando un proyector", "bas ek extension board aur speaker mil
// jaye toh mast hoga", "Wat we echt missen: iemand die …", "Det vi behöver mest är fler volontärer som kan sy": needs led
// (or closed) by the common words for lacking and looking for.
const FOREIGN_NEED_MORE = /^(?:(?:w|wa|bas|aur|par|pero|y|e|en|och|og|und|maar)[,\s]+)?(?:(?:(?:e7na|i7na|ana|e7ne|ne7na)\s+)?(?:mehtageen|me7tageen|m7tageen|mi7tajeen|me7tajeen|mi7tajin|mehtagin|mihtajeen|mehtag|me7taj|mi7taj|mi7taje|mehtaga|me7taga|bne7taj|bni7taj|ne7taj|ni7taj|mna7taj|bn7taj)|(?:sigo|seguimos|estoy|estamos|ando|andamos|continuo|continuamos|estou|estamos|ainda\s+estou|ainda\s+estamos)\s+(?:buscando|procurando)|(?:todav[íi]a|a[úu]n)\s+(?:busco|buscamos|necesito|necesitamos)|ainda\s+(?:procuro|procuramos|preciso|precisamos)|wat\s+(?:we|wij|ik)\s+(?:echt\s+|vooral\s+|nog\s+|het\s+meest\s+)?(?:missen|mis|zoeken|zoek)(?:\s+is)?\s*[:,]?|det\s+(?:vi|jag)\s+(?:behöver|saknar|trenger|mangler|har\s+brug\s+for)(?:\s+mest)?\s*(?:är|er)?\s*[:,]?|(?:vi|jag)\s+(?:behöver|saknar|trenger|mangler)(?:\s+(?:mest|fortfarande|också|også|verkligen))?|vi\s+har\s+brug\s+for)\s+(?!(?:nada|nothing|niets|inget|ingenting|ikke|ingen|inte)(?![\p{L}]))(.{3,})$|^(?:(?:bas|aur|par|bhai|yaar)[,\s]+)*(?!(?:mujhe|hamein|hume|humein|main|hum)\s)(.{3,60}?)\s+(?:bhi\s+)?(?:mil\s+(?:jaye|jaaye|jae|jata|jate|jayen|jaayen|sake|sakta)\s+(?:to|toh|tou)\s+(?:mast|accha|achha|acha|badhiya|badiya|best|bahut\s+accha|kaam\s+ban\s+jayega|sorted)(?:\s+(?:hoga|ho\s+jayega|rahega))?|chahiye(?:\s+(?:tha|hoga|hai|the))?)\s*[.!]*$/iu;
const foreignNeedTail = (t: string) => t.replace(/\s+(?:el\s+marra\s+el\s+(?:gaya|jaye|jaaye|jay|gay)|el\s+(?:esbou3|esboo3|usbu3|osbo3)\s+el\s+(?:gay|gaya|jaye|jay)|bokra|bukra)(?![\p{L}]).*$/iu, '').replace(/[\s,.!]+$/u, '');
// "Sana more events outside Metro Manila din", "Sana po lahat ng LGU ay may open flood maps": Tagalog "sana", a wish
// (not "sana all", nor a hope that this helps or that one can come).
const FOREIGN_WISH_SANA = /^(?:(?:at|pero|tsaka|and)[,\s]+)?sana\s+(?:po\s+)?(?:naman\s+)?(?!(?:all|ol|okay|ok|ayos|makatulong|nakatulong|makapunta|makarating|maintindihan|mapansin|mapagbigyan|ako|kami|tayo|ko|mo|nyo|niyo|ninyo|namin|natin|hindi|wag|huwag)(?![\p{L}]))(.{6,})$/iu;
const FOREIGN_WISH = /^(?:(?:y|e|et|und|i|a|ve|pero|mais|mas|ma|aber|ale)[,\s]+)?(?:(?:tamb[ée]m|tambi[ée]n|aussi|auch|anche|ook)\s+)?(?:(?:wallah|wallahi|inchallah|inshallah|sinceramente|honestamente|franchement|vraiment|ehrlich gesagt|szczerze)[,\s]+)?(?:(?:ce serait|ça serait|sería|seria|sarebbe|es wäre|wäre es|byłoby)\s+(?:vraiment\s+|tellement\s+|muy\s+|tan\s+|muito\s+|molto\s+|so\s+|super\s+)?(?:génial|genial|top|super|incroyable|magnifique|formidable|merveilleux|bien|lindo|hermoso|increíble|incrível|ótimo|maravilhoso|bello|bellissimo|fantastico|toll|schön|wunderbar|wspaniale|świetnie|cudownie)\s+(?:si|se|wenn|gdyby|que)\s+|(?:mi|nuestro|mon|notre|meu|nosso|o meu|o nosso|il mio|il nostro|mein|unser|mój|moje|nasze|nasz)\s+(?:gran\s+|grand\s+|grande\s+|gro(?:ß|ss)er\s+|największe\s+)?(?:sueño|deseo|rêve|souhait|sonho|desejo|sogno|desiderio|traum|wunsch|marzenie|życzenie)\s*,?\s*(?:es|sería|serait|est|c['’]est|é|seria|è|sarebbe|ist|wäre|to|jest|byłoby)\s+(?:que\s+|qu['’]|de\s+|d['’]|che\s+|dass\s+|żeby\s+|aby\s+|że\s+)?|ojal[áa]\s+(?:que\s+)?|dese(?:o|amos|ar[íi]a|ar[íi]amos)\s+(?=que\s)|desej(?:o|amos|aria|ar[íi]amos)\s+que\s+|(?:meri|hamari|humari|mera|hamara|humara|sadda|sada|saada|sadi|saddi)\s+(?:(?:bas|ek|yeh|ye)\s+)?(?:khwahish|khwaish|khawaish|ichha|iccha|sapna|supna|wish)\s+(?:hai|he|ai|yeh hai|ye hai)\s+(?:ke|ki|k|kay)\s+|lo\s+que\s+(?:m[áa]s\s+)?(?:dese(?:o|amos)|queremos|quiero|so[ñn]amos)(?:\s+m[áa]s)?\s+es\s+que\s+|o\s+que\s+(?:mais\s+)?(?:desejo|desejamos|queremos|quero|sonhamos)(?:\s+mais)?\s+[ée]\s+que\s+|(?:omniy\p{L}*|omney\p{L}*|omniti|umniy\p{L}*)\s+(?:en|eno|enn?o|inn?o|an|ann?o|inn)\s+|(?:eu\s+|yo\s+)?(?:queria|quero|gostaria\s+de|adoraria|quisiera|quiero)\s+(?:muito\s+|tanto\s+|mucho\s+)?ver\s+|(?:me|nos)\s+encantar[íi]a\s+ver\s+|(?:j['’]aimerais|je\s+voudrais|nous\s+aimerions|on\s+aimerait)\s+(?:bien\s+|beaucoup\s+|tellement\s+)?voir\s+|(?:vorrei|mi\s+piacerebbe|ci\s+piacerebbe)\s+(?:tanto\s+|molto\s+|un\s+sacco\s+|tantissimo\s+|davvero\s+)?vedere\s+|(?:eu\s+|yo\s+)?(?:queria|gostaria|quisiera|querr[íi]a|me gustar[íi]a|nos gustar[íi]a)\s+(?:muito\s+|tanto\s+|mucho\s+|much[íi]simo\s+)?que\s+|(?:j['’]aimerais|je\s+voudrais|nous\s+aimerions|on\s+aimerait|je\s+souhaite(?:rais)?)\s+(?:bien\s+|beaucoup\s+|tellement\s+|vraiment\s+)?(?:qu['’]il\s+y\s+(?:ait|ai[et]|aurait)\s+|que\s+|qu['’])|sueño con que\s+|je r[êe]ve (?:que|qu['’]|d['’]un|d['’]une)\s*|sonho com\s+|tomara que\s+|(?:eu\s+)?gostava\s+(?:muito\s+|tanto\s+)?(?:que|de\s+ver)\s+|het\s+zou\s+(?:zo\s+|heel\s+|echt\s+)?(?:fijn|mooi|geweldig|leuk|top|super|fantastisch|prachtig|tof)\s+zijn\s+(?:als|mocht|indien|dat)\s+|(?:harapan|impian|mimpi|cita-cita)(?:ku|nya|\s+(?:saya|kami|aku|kita|gue))\s*(?:adalah|ialah|yaitu|:)?\s*(?:(?:semoga|agar|supaya|bahwa)\s+)?)(?!(?:quelqu['’]un|alguien|alguém|qualcuno|jemand|ktoś|on|je|j['’]|nous|yo|eu|io|ich|wir|tu|vous|usted|ustedes|você|vocês|du|ihr|pan|pani|wy|ty|te|os|me|nos|no|ne|não|non|nicht|nie)(?![\p{L}]))(.{6,})$/iu;
// "Jeśli ktoś potrzebuje tłumaczenia na polski, piszcie do mnie", "Si alguien necesita un proyector, me avisan",
// "Si quelqu'un a besoin d'une salle, écrivez-moi": an offer on the condition of someone's need (OFFER_COND's kin).
// "si necesitan fotos de los eventos, tengo cámara", "se precisarem de fotos, eu faço": what they may need, and one has it.
const FOREIGN_OFFER_IF_YOU = /^(?:(?:y|e|et|pero|mas|mais|pis)[,\s]+)?(?:si|se)\s+(?:jamais\s+|alguna\s+vez\s+|por\s+acaso\s+)?(?:ustedes\s+|voc[êe]s\s+|vous\s+)?(?:necesitan|necesitás|necesitas|necesit[aá]is|precisarem|precisam|avez\s+besoin\s+(?:de|d['’]|du|des)|avete\s+bisogno\s+di)(?:\s+de)?\s*(.{3,80}?)\s*,\s*(?!(?:.*\s)?(?:no|não|pas|non)(?:\s|$))(?:tengo|tenemos|tenho|temos|j['’]ai|nous avons|ho|abbiamo|yo|eu|je|io|puedo|posso|me|av[íi]senme|avisen|me avisan|me\s+dicen|[ée]crivez|scrivetemi|chu|ch['’]suis|j['’]suis|aqu[íi]\s+estoy|ac[áa]\s+estoy|conten\s+conmigo|contem\s+comigo|comptez\s+sur\s+moi|estou\s+aqui)(?![\p{L}]).{0,}$/iu;
const FOREIGN_OFFER_COND = /^(?:(?:y|e|et|und|i|a|ve|and|también|aussi|auch)[,\s]+)?(?:si|se|wenn|jeśli|jezeli|jeżeli|gdyby|als|eğer)\s+(?:alguien|alguno|alguém|algu[eé]m|quelqu['’]un|qualcuno|jemand|ktoś|ktos|iemand|birisi|biri)\s+(?:(?:más|mais|plus|noch|jeszcze)\s+)?(?:necesita|precisa(?:r)?(?:\s+de)?|a besoin (?:de|d['’]|du|des)|ha bisogno di|braucht|potrzebuje|nodig heeft|needs|wants|(?:quiere|quer|veut|vuole|will|chce))\s*(.{3,80}?)\s*,\s*(?!(?:.*\s)?(?:no|não|pas|nie|nicht|non|niet)(?:\s|$)).{3,}$/iu;
// "¿Les sirve si presto mi casa para un kitchen table sprint en julio?", "Ça vous va si je prête ma salle ?", "Vous voulez
// que je fasse les affiches ?": in answer to the ask, a question offering to do something is an offer (OFFER_Q's kin).
const FOREIGN_OFFER_Q = /^[¿\s]*(?:(?:y|e|et|und|i|a|pero|mais|mas)[,\s]+)?(?:(?:les|te|le|os|vos)\s+(?:sirve|serviría|parece bien|viene bien)|(?:ça|cela)\s+(?:vous|te)\s+(?:va|irait|dit|dirait|aiderait)|(?:vous|tu)\s+(?:voulez|veux|voudriez|voudrais)\s+que|(?:quieren|quieres|querés|querem|quer|volete|vuoi)\s+que|(?:serve|sirve|servir[íi]a|ajuda|ajudaria|serviria)|(?:vi|ti)\s+(?:va|andrebbe)\s+(?:bene\s+)?|soll ich|sollen wir|hilft es(?: euch)?|chcecie,? żebym|czy mogę)\s+(?:si\s+|se\s+|que\s+|wenn\s+|che\s+)?(?:yo\s+|je\s+|j['’]|eu\s+|io\s+|ich\s+)?(?!(?:si|se|que|wenn|che|no|ne|n['’]|não|non|nicht|nie|nos vemos|nous nous voyons|on se voit|voy|vengo|vamos|llego|paso|viens|vais|vou|venho|vengo|komme|przyjdę|cambiamos|movemos|lo movemos|lo cambiamos|lo dejamos|lo hacemos|lo pasamos)(?![\p{L}]))(.{6,}?)\s*\?+\s*$/iu;
// What follows an item in another language but is no part of it: a reason ("…, porque en el salón no hay wifi", "…, bo
// boimy się", "…, parce que la fac ferme"), a concession ("…, même vieux"), "…, i tak stoi pusta", "…, libre le samedi".
const FOREIGN_ITEM_TAIL = /,?\s+(?:se\s+(?:precisarem|precisar|for preciso|necess[áa]rio|quiserem|servir|serve|servisse|vi serve|necessario|volete)|si\s+(?:hace\s+falta|es\s+necesario|quieren|lo\s+necesitan|besoin|n[ée]cessaire|vous\s+voulez|vous\s+en\s+avez\s+besoin|[çc]a\s+(?:vous\s+)?(?:aide|int[ée]resse))|falls\s+\S+|wenn\s+(?:n[öo]tig|ihr\s+wollt|gew[üu]nscht)|bei\s+bedarf|als\s+(?:het\s+nodig\s+is|jullie\s+willen|er|je|u|mensen)|wenn\s+(?:es|etwas|was|jemand|ihr|man)|si\s+(?:hay|hubiera|hace\s+falta)|se\s+(?:houver|tiver)|s['’]il\s+(?:y\s+a|faut)|se\s+(?:c['’][èe]|ci\s+sono|servono)|indien\s+nodig|(?:kalau|jika|kalo)\s+(?:perlu|nak|mau)|kama\s+(?:inahitajika|mnahitaji|kuna|mtu|mna|una|inawezekana)|si\s+(?:alguien|alguno\s+de\s+ustedes)\s+tiene|se\s+(?:algu[ée]m|algum\s+de\s+voc[êe]s)\s+tiver|si\s+quelqu['’]un\s+en\s+a|si\s+jamais\s+(?:quelqu['’]un|vous|tu)|si\s+(?:alguien|alguno)\s+(?:sabe|conoce)|se\s+(?:algu[ée]m|qualcuno)\s+(?:sabe|conhece|sa|conosce)|si\s+quelqu['’]un\s+(?:sait|conna[îi]t)|falls\s+jemand\s+(?:wei(?:ß|ss)|kennt)|se\s+qualcuno\s+(?:ne\s+)?ha|falls\s+(?:jemand|einer)|als\s+iemand|(?:kalau|jika|kalo)\s+ada\s+(?:yang|orang)|kung\s+may(?:roon)?|agar\s+kisi\s+(?:ke\s+paas|ke\s+pas)|kung\s+kailangan(?:\s+(?:niyo|nyo|ninyo))?|agar\s+(?:zarurat|zaroorat)\s+ho)(?![\p{L}]).*$|\s+(?:a\s+chi|per\s+chi|a\s+quien(?:es)?|para\s+quien(?:es)?|à\s+(?:ceux|celles)\s+qui|à\s+qui|pour\s+(?:ceux|celles)\s+qui|para\s+quem|a\s+quem|voor\s+(?:wie|iedereen\s+die)|kwa\s+(?:yeyote|wale)|untuk\s+(?:sesiapa|siapa)|sa\s+(?:sinumang|mga\s+gustong))(?![\p{L}]).*$|,\s+(?:(?:el|la|los|las|le|les|il|lo|unser|unsere|mein|meine|onze|mijn|die|dat|der|das|het|de)\s+|(?:o|a)\s+(?=(?:nosso|nossa|meu|minha|de|da|do)\s))(?:[\p{L}'’-]+\s+){0,4}?(?:ya\s+no|no|est[áa]n?|es|son|è|sono|non|est|sont|n['’]|ne|ist|is|sind|war|zijn|werkt|é|são|estão|não|quebr\p{L}*|rot\p{L}*|kaputt|kapot|cass\p{L}*)(?![\p{L}]).*$|(?:,\s+|\s+)(?:porque|parce que|parce qu['’]|puisque|ya que|pues|perch[ée]|poich[ée]|weil|omdat|ponieważ|gdyż|çünkü|vì|bởi vì|因为|因為)(?![\p{L}]).*$|,\s+(?:bo|denn|zira)\s+.*$|,\s+que\s+(?!(?:sea|sean|seja|sejam|tenga|tengan|tenha|tenham|pueda|puedan|possa|possam|sepa|sepan|saiba|saibam)(?![\p{L}])).*$|,\s+(?:la verdad|de verdad|en serio|sinceramente|honestamente|a verdade|na verdade|vraiment|franchement|ehrlich gesagt|eigentlich|davvero|sinceramente)\s*[.!]*$|,\s+car\s+(?=(?:je|j['’]|nous|on|il|elle|ils|elles|la|le|les|c['’]|ça|cela|personne|mon|ma|mes|notre|nos)(?![\p{L}])).*$|,\s+da\s+(?=(?:ich|wir|er|sie|es|die|der|das|unser|unsere|man)(?![\p{L}])).*$|,\s+(?:même|aunque|incluso|mesmo|anche se|sogar|nawet|hatta|kể cả)(?![\p{L}]).*$|,\s+(?:i tak|de toute fa[çc]on|de todas (?:formas|maneras)|de qualquer (?:forma|jeito)|comunque|sowieso|zaten)(?![\p{L}]).*$/iu;
const FOREIGN_ITEM_FREE = /,\s+(?:libre|libres|disponible|disponibles|dispo|livre|livres|libera|liberi|frei|wolna|wolne|wolny)\s+(?=(?:le|la|les|el|los|las|o|os|a|as|il|i|am|an|w|we|en|por|pour|na|tous|todos|todas|tutti)\s)/iu;
// "mon frère fait du montage vidéo et il est partant pour aider": what the person close to them does is the offer.
const FOREIGN_KIN_DOES = /^(?:mon|ma|notre|mi|nuestro|nuestra|meu|minha|nosso|nossa|il mio|la mia|mein|meine|unser|unsere|mój|moja)\s+(?:[\p{L}-]+\s+){0,1}?(?:frère|soeur|sœur|cousin|cousine|fils|fille|mari|femme|père|mère|ami|amie|voisin|voisine|hermano|hermana|primo|prima|hijo|hija|esposo|esposa|amigo|amiga|vecino|vecina|irmão|irmã|filho|filha|marido|mulher|fratello|sorella|figlio|figlia|bruder|schwester|sohn|tochter|freund|freundin|brat|siostra|syn|córka|mąż|żona)\s+(?:fait|font|hace|faz|fa|macht|robi)\s+(?:du\s+|de la\s+|de l['’]|des\s+|de\s+|d['’])?(.{3,60}?)(?:\s+(?:et|y|e|und|i)\s+(?:il|elle|él|ella|ele|ela|er|sie|lui|lei|on|ona)\s.*)?$/iu;
// "I have" in other languages before the thing under an offer head ("Tengo un proyector", "Mamy salę …"), as stripCan.
const FOREIGN_HAVE_LEAD = /^(?:tengo|tenemos|tenho|temos|j['’]ai|nous avons|abbiamo|ich habe|wir haben|mam|mamy|(?:ana\s+)?3andi|3andna|tôi có|mình có|chúng tôi có)\s+(?!(?:besoin|envie|peur|que|ganas|miedo|vontade|medo|bisogno|angst|lust|nadzieję|ochotę)(?![\p{L}]))(?=\S)/iu;
// "Turkish subtitles, for any video you make": whom it is for goes.
const ITEM_FOR_ANY_YOU = /,\s+for\s+(?:any|every|all|each)\s+[^,]{1,30}?\s+(?:you|they|we)\s+(?:make|run|do|host|organi[sz]e|put on|film|record|shoot|produce|publish)\b.*$/i;
// "Baraka Allahou fik !", "Merci beaucoup", "Pozdrawiam": thanks and blessings under a list are no answer.
const FOREIGN_THANKS = /^(?:merci|gracias|muchas gracias|obrigad[oa]|grazie|danke|dzięki|dziękuję|teşekkür\p{L}*|sağ ?ol\p{L}*|cảm ơn|chokran|choukran|shukran|baraka(?:\s+allah\p{L}*)?|barak allah\p{L}*|jazak allah\p{L}*|saludos|un abrazo|abrazos|besos|beijos|bisous|bises|pozdrawiam|pozdrowienia|cordialement|atentamente|grüße|liebe grüße|ciao|tchau|à bientôt|a bientôt|hasta pronto|hasta luego)(?![\p{L}])[^.!?]{0,40}[.!?\s]*$|^(?:謝謝|谢谢|多謝|感謝|感谢)/iu;
const foreignTrim = (t: string) => {
  if (FOREIGN_THANKS.test(t)) return '';
  if (!/[^\x00-\x7f]|\b(?:porque|parce|car|bo|tengo|tenemos|mamy|mam|on a|ho|j['’]ai|que|qui|libre|mon|ma|mi|for any|for every|for all|for each|se|si|falls|wenn|bei|als|indien|kalau|jika|kalo|kama|kung|agar|la|il|el|los|las|le|les|lo|unser|unsere|mein|meine|onze|mijn|o|a chi|per chi|para|pour|voor|kwa|untuk|sa|we hebben|wij hebben|ik heb|tenho|tem|temos|ada|tuna|nina|mayroon|paas|die|che)\b/i.test(t)) return t;
  const k = FOREIGN_KIN_DOES.exec(t);
  if (k) t = k[1]!;
  const h = FOREIGN_HAVE_IDLE.exec(t);
  if (h) t = h[1]! + (h[2] ? ' ' + h[2] : '');
  return t.replace(FOREIGN_ITEM_TAIL, '').replace(FOREIGN_ITEM_FREE, ' ').replace(ITEM_FOR_ANY_YOU, '').replace(FOREIGN_HAVE_LEAD, '');
};
// "Can I host a coffee klatch in February?", "Would it be okay if I ran …?", "Do you want me to make the flyers?":
// in answer to the ask, a question offering to do something is an offer (round 10).
const OFFER_Q = /^(?:(?:and|also|so|oh|btw|hey|but|ps|p\.s\.)[,:\s]+)?(?:(?:can|could|may)\s+i|shall\s+i|(?:would|will|does)\s+it\s+help(?:\s+(?:you|anyone|the group|at all))?\s+if\s+(?:i|we)|(?:would|will|is)\s+it\s+(?:be\s+)?(?:ok(?:ay)?|alright|all right|fine|useful|helpful|cool|possible)\s+(?:with you\s+)?if\s+i|would\s+(?:you|anyone|people|the group|folks)\s+(?:be\s+)?(?:interested|keen|up for it|like it|mind)\s+if\s+i|(?:do|would)\s+you\s+(?:want|like)\s+me\s+to|want\s+me\s+to|how about\s+i|what if\s+i)\s+(?!(?:borrow|use|get|have|ask|come|join|attend|be|say|just|see|sign up|register|unsubscribe|bring (?:my|a|the|our) (?:kid|kids|son|daughter|partner|wife|husband|friend|friends|dog|child|children)|\w+ (?:you|u)\b)\b)(.+?)\s*\?+\s*$/i;
const PAST_TO_BASE: Record<string, string> = { ran: 'run', held: 'hold', gave: 'give', took: 'take', wrote: 'write', made: 'make', led: 'lead', taught: 'teach', brought: 'bring', did: 'do', began: 'begin', put: 'put', set: 'set' };
const baseVerb = (s: string) => s.replace(/^([\p{L}]+)/u, (w) => PAST_TO_BASE[w.toLowerCase()] ?? w.replace(/^(\p{L}{2,}(?:is|iz|at|ur|rv|ng|rg|ok))ed$/iu, '$1e').replace(/^(\p{L}{2,}(?:st|nd|rt|ct|ft|lp|sh|ch|rk|ll|wn|gn|in|rn|ed))ed$/iu, '$1'));
// "Our team is going to …", "My class will …": the person speaks for their group.
// Partners write in their institution's voice: "Our branch will host …", "The Grade 7 class at Lincoln Middle is going to
// build …", "We are pleased to confirm that the Ixelles branch will host …", "Our marae is happy to host …" (round 11).
const GROUP_NOUN = String.raw`team|group|club|crew|class|committee|chapter|collective|society|association|network|hackerspace|makerspace|co-?op|board|volunteers|students|members|gang|branch|library|school|department|dept|office|company|organi[sz]ation|charity|cent(?:re|er)|hub|lab|museum|church|parish|congregation|mosque|temple|synagogue|marae|non-?profit|ngo|foundation|institute|startup|start-up|studio|staff|pupils|cohort|troop|firm|business|caf[eé]|trust|guild|circle|league|meetup|user group|union|local|credit union|pta|pto|parents|families|bank|shop|store|bakery|restaurant|co-?operative|tenants(?:'|’)? association|family|household|org|orgs|barkada|wh[āa]nau|iwi|hap[ūu]|kura|unit|ministry|college|university|faculty|division|directorate|secretariat|initiative|programme|program|desk|cell|wing|council|agency|commission|authority|fellowship|sisterhood|brotherhood|auxiliary|choir|jatha|sangat|sangha|jamaat|jama['’]at|kehilla|minyan|sodality|confraternity|youth|diocese|chamber|federation|alliance|coalition|chorus|band|orchestra|ensemble|jama(?:'|’)at|scouts|guides|brigade|squad|shed|facilitators|tutors|trainers|mentors|librarians|employees|colleagues|exco|(?:neighbou?rhood|community|settlement|youth) house`;
// "Furthermore, our NGO can provide the community hall at Sector V on Sundays, free of cost, to any civic group".
// "A few of the dads are handy and can build a stage if any group needs one", "Two of our members could run the sound for
// anyone who wants it": some of the person's own people offering their hands, on the others' need.
const OFFER_SOME_OF_US = fastEdges(/^(?:(?:and|also|plus)[,\s]+)?(?:a few|a couple|some|several|two|three|four|many|most|one|a handful|a number)\s+of\s+(?:the|our|us|my)\s*(?:[\p{L}'’-]+\s+){0,2}?(?:(?:are|is)\s+[^,]{2,25}?\s+and\s+)?(?:can|could|(?:'|’)d be happy to|would be happy to|are happy to|are glad to|would love to)\s+(?:also\s+)?((?!(?:come|attend|join|be there|make it)\b)[^,]{3,80}?),?\s+(?:if|for)\s+(?:any|anyone|anybody|someone|somebody|another|other|your|a)\b[^,]{0,40}?\b(?:needs?|wants?|asks?|could use)\b/iu);
const OFFER_GROUP_PROVIDE = new RegExp(String.raw`^(?:(?:and|also|plus|furthermore|moreover|in addition|additionally|besides)[,\s]+)?(?:our|my)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${GROUP_NOUN})\s+(?:can|could|will|would be (?:happy|glad) to|is (?:happy|glad|willing) to)\s+(?:also\s+)?(?:provide|offer|lend|give|donate|share|make available)\s+([^,]{3,80})`, 'iu');
// "Our Home & School Association will …": an ampersand inside the group's name is one of its words.
const GROUP_SUBJECT_AT = String.raw`(?:(?:our|my|the(?!\s+other\s)|sadi|saadi|sadda|saada|sadde|saade|hamari|hamara|hamare|humari|humara|humare)\s+|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,4}(?:(?:'|’)s|(?<=s)(?:'|’))\s+)(?:whole\s+|entire\s+|little\s+|local\s+)?(?:(?:[\p{L}\d'’-]+|&)\s+){0,3}?(?:${GROUP_NOUN})(?:\s*(?:at|of|from|in)\s+(?:the\s+)?(?:[\p{L}\d'’.-]+\s+){1,5}?(?:[–—-]\s+[\p{L}\d'’.-]+\s+)?){0,2}(?:\s*\([^()]{1,40}\))?\s*(?:(is|are|(?:'|’)s|(?:'|’)re)\s+(?=(?:(?:also|definitely|really|very|more than|so|100\s?%|fully|absolutely|certainly|firmly)\s+)?(?:(?:going to|gonna|planning to|planning on)\s+(?!(?:be|have|get|need|close|shut|stay|remain|move|lose|love|like|enjoy|hate|adore|miss|want|feel|look|learn|see|hear|find|think|know)\b)|host|run|organi[sz]e|hold|start|launch|put on|set up|do|make|build|write|translate|create|teach|happy to|glad to|willing to|pleased to|delighted to|keen to|able to)\b)|(will|(?:'|’)ll|would|could|can|(?:'|’)d|(?:has|have)\s+(?:agreed|decided|resolved|voted|committed|pledged|undertaken)\s+to(?=\s+(?:host|run|organi[sz]e|hold|start|launch|put on|set up|do|make|build|write|translate|create|teach|sponsor|donate|provide|offer|lend|deliver|arrange)\b))\s+(?=(?:(?:also|definitely|really|certainly)\s+)?(?:have\s+(?:a|an|another|our|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:sprint|klatch|kaffeeklatsch|democamp|demo camp|meetup|workshop|open house|potluck|picnic)\b|be\s+(?:(?:very|more than|so|really|only too)\s+)?(?:happy|glad|willing|delighted|pleased|keen|able)\s+to\b|be\s+(?!(?:closing|shutting|opening|moving|going|getting|staying|remaining|working|learning|attending|coming|joining|travell?ing|leaving|taking|being|needing|looking|hoping|trying|thinking)\b)\p{L}+ing\s|(?:love|like)\s+to\b|(?!(?:be|have|get|need|close|shut|stay|remain|move|lose|love|like|enjoy|hate|adore|miss|want|feel|look|learn|see|hear|find|think|know|not|never|no|probably|maybe|likely|soon|always|still|reopen|open)\b)\p{L})))`;
const GROUP_SUBJECT = new RegExp(String.raw`(^|[:;]\s*|,\s+and\s+|^(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|also|and|plus|then|next|after that|anyway|anyhow)[,\s]+)+|^(?:once|when|as soon as)\s[^,]{2,60},\s+|^(?:on behalf of|for|at|with|from|after|in|as|\p{L}+ed by|\p{L}+ing)\s[^,]{2,60},\s+|^(?:next|this|in|on|from|after|over|during|by)\s+(?:the\s+)?(?:term|week|weekend|month|year|semester|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?\s+|^(?:over|during|on|at|by|before|after|this|next|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:weekend|week|holidays?|hols|break|day|night|eve)\b,?\s+)${GROUP_SUBJECT_AT}`, 'iu');
// Only tried when the clause has such a lead-in, to keep the common path cheap.
const GROUP_SUBJECT_PLEASED = new RegExp(String.raw`(\b(?:(?:pleased|happy|delighted|proud|excited|glad|thrilled|asked (?:me|us)|writing|like|want(?:ed)?) to (?:confirm|say|announce|report|share|let you know|tell you)|(?:can|could) confirm|(?:agreed|decided|resolved|voted|confirmed))\s+(?:that\s+)?)${GROUP_SUBJECT_AT}`, 'iu');
// The first person's future in languages that mark it on the verb or with a particle, where no lead-in word stands
// before the action: Polish perfective "-ę" verbs ("Zorganizuję kitchen table sprint …", "przygotuję … i wrzucę …"),
// Hindi in Latin script "-unga/-ungi/-enge" at the end ("main … coffee klatch karungi"), Vietnamese "sẽ" ("Em sẽ dịch …"),
// Romanian "o să / voi / vom" ("O să public setul de date …"), Japanese romaji "… wo …masu" ("Shibuya de DemoCamp wo
// hirakimasu"), Indonesian "nanti saya …" ("Nanti saya bawa kabel LAN"). What stands before it (a time) dates it.
const PL_NOT_FUTURE = /^(?:dzi[eę]kuj[eę]|potrzebuj[eę]|popros[zż][eę]|prosz[eę]|chc[eę]|mog[eę]|musz[eę]|my[sś]l[eę]|[zż]a[lł]uj[eę]|ciesz[eę]|boj[eę]|wierz[eę]|id[eę]|jad[eę]|pisz[eę]|widz[eę]|s[lł]ysz[eę]|pami[eę]tam|obawiam|przepraszam|pozdrawiam|zapraszam|polecam|uwa[zż]am)$/i;
// Russian and Ukrainian "я проведу / организую / сделаю …" (a prefixed perfective verb is a future) and "я буду вести …": a
// promise. Trying, thinking, looking and helping ("попробую", "подумаю", "посмотрю", "помогу") are not.
const RU_FUTURE = /(?:^|[,:;—–]\s*)(?:я|мы)\s+(?:(?:обязательно|точно|тоже|также|ещё|еще|сам|сама|сами|теж|обов'язково|обов’язково)\s+)*((?:(?:про|с|за|на|по|от|при|у|вы|под|о|об|пере|раз|рас|до|со|від|роз|з)\p{Ll}{2,}(?:ю|у|ем|им|ём)|организую|організую|организуем|організуємо|буду\s+\p{Ll}{3,}(?:ть|ти)|будем\s+\p{Ll}{3,}ть))\s+(\S.*)$/iu;
const RU_NOT_FUTURE = /^(?:по(?:пробу|стара|дума|смотр|мог|ним|прош|луча|луч|жал)|при(?:ду|едем|еду|хож|йду)|у(?:вид|зна|мею|ме)|за(?:йду|хож|ним)|на(?:де|пиш(?=у\s+(?:вам|тебе|ещё|еще|позже|потом))))/iu;
const PL_FUTURE = /(?:^|[,;]\s*|\s)(?<!\b(?:mo[zż]emy|mog[eę]|chc[eę]|chcemy|musz[eę]|musimy|mo[zż]na)\s)((?:z|za|prze|przy|po|na|wy|u|s|w|ws|do|od|roz|ze|ob|pod|zro|wrz)\p{Ll}{3,}ę)\s+(\S.*)$/iu;
const HI_FUTURE = fastEdges(/(?:^|[,;]\s*|\s)(?:main|mai|mein|hum|ham)\s+(?!.*\bnahi(?:n)?\b)(.{3,140}?\s\p{L}+(?:unga|ungi|oonga|oongi|aunga|aungi|enge|engi|ayenge|ayengi))(?![\p{L}])/iu);
const HI_MARKERS = /(?<![\p{L}])(?:ko|ke|ki|ka|se|pe|par|mein|hum|main|aur|bhi|hai|hain|tak|liye|wale|wali|walon|saath|baad|pehle)(?![\p{L}])/giu;
const HI_FUTURE_BARE = /^(?:(?:aur|or|phir|and)\s+)?((?:\S+\s+){2,20}?\p{L}+(?:unga|ungi|oonga|oongi|enge|engi)(?:\s+(?!(?:aur|or)\b)\S+){0,4})$/iu;
const HI_COMING = /(?:^|\s)(?:dekh|soch|dekhte|sochte)(?:unga|ungi|oonga|oongi|enge|engi)(?:\s|$)|(?:^|\s)(?:aa|a|ja|jaa|reh|rah|ho|mil|pahunch|aay)(?:u|oo|au|ay)?n?g[aie](?:\s|$)|(?:^|\s)(?:aa|ja|reh|rah|ho|mil|aay)(?:enge|engi|ayenge|ayengi)(?:\s|$)/i;
const VI_FUTURE = /(?:^|[,;.]\s*|\s)(?:tôi|mình|em|anh|chị|chúng tôi|chúng mình|chúng em|bọn mình|bọn em)\s+(?:cũng\s+)?sẽ\s+(?!không\b)(\S.*)$/iu;
const RO_FUTURE = /(?:^|[,;]\s*|\s)(?:(?:eu|noi)\s+)?(?:o\s+s[ăa]|am\s+s[ăa]|voi|vom)\s+(?!(?:mai\s+)?(?:nu|încerca|incerca|vedea|putea)\b)(\p{L}.*)$/iu;
const JA_FUTURE = /(?:^|[,;、]\s*)((?:\S+\s+){1,8}?(?:wo|o)\s+(?!(?:onegai|negai)\p{L}*)\p{L}+(?:shimasu|imasu|emasu|kimasu|rimasu|mimasu|bimasu|nimasu|gimasu|chimasu|masu))(?![\p{L}])/iu;
// Japanese in kana: a clause with an object ("…を") ending in a plain "-ます" verb is a plan ("来月、番組で特集を組みます",
// "報告会を開きます"); "できます" (can), "ません" (not), "お願いします", "思います", "おります", "あります", "います" are not,
// nor a verb's "can" form ("貸せます", can lend; "作れます", can make): an offer.
const JA_KANA_FUTURE = /(?:^|[、，,]\s*)([^、，,。]*を[^、，,。を]*?(?<!でき|ござい|おり|思い|いたし|願いし|願い|あり|なり|申し|存じ|参り|いただき|頂き|てい|でい|い|貸せ|出せ|られ|作れ|行け|来れ)ます)[!！]*$/u;
// Hungarian "Vállalom, hogy …" (I take it on that …), "Megígérem, hogy …" (I promise that …).
const HU_UNDERTAKE = /^(?:(?:én\s+)?(?:vállalom|megígérem|ígérem|megfogadom)|(?:mi\s+)?(?:vállaljuk|megígérjük|ígérjük))\s*,?\s+hogy\s+(\S.*)$/iu;
const ID_LATER = /(?:^|[,;!.]\s*|\s)nanti\s+(?:saya|aku|kami|kita|gue|gw)\s+(?!(?:coba|lihat|usahakan|pikir|kabari|kabarin|tanya)\b)(\p{L}.*)$/iu;
// Turkish "-acağım / -eceğim" at the end of the sentence ("Instagram hesabını bu hafta sonuna kadar açacağım"), not its
// negative "-mayacağım"; Korean "-겠습니다 / -할게요" ("목록을 엑셀로 정리하겠습니다"), not after "안"/"못".
const TR_FUTURE = /(?:^|[,;]\s*)((?:\S+\s+){1,14}?\p{L}*(?<!m[ae]y)(?:acağ|eceğ|acag|eceg)(?:ım|im|ız|iz))\s*$/iu;
const KO_FUTURE = /(?:^|[,;]\s*)((?:\S+\s+){1,12}?(?!(?:안|못)\s)\S+?)(?:하겠습니다|하겠어요|할게요|할께요|하려고 합니다|겠습니다|겠어요|을게요|ㄹ게요)\s*$/u;
// The present said of a dated plan, in German ("ich übernehme die Reparatur … und bringe sie bis Ende nächster Woche
// zurück", "Außerdem veranstalte ich im Juni einen Kaffeeklatsch") and in Spanish, Italian and Portuguese ("entro la Festa
// della Repubblica sistemo le etichette", "ese día hago el inventario"): a promise only with a date in the sentence.
const DE_NOT_PLAN = /^(?:habe|hab|hoffe|denke|glaube|finde|wünsche|möchte|würde|weiß|kenne|bin|kann|muss|will|sollte|freue|liebe|danke|sage|meine|fürchte|schätze|brauche|suche|biete|werde|hatte|gehe|komme|fahre|bleibe|wohne|arbeite|lebe|verstehe|bitte|frage|melde|entschuldige|sehe|höre|vermisse|mag|wäre|hätte|könnte|dürfte|eine|keine|deine|seine|ihre|unsere|eure|diese|jede|alle|viele|einige|andere|die|gerne|gerade|heute|morgen|selbe|ganze|halbe|ohne|nie|immer|wieder|schon|alleine|irgendwie)$/i;
const DE_AND_VERB = /\s+und\s+(?=\p{Ll}{3,}e\s(?!(?:sie|es|ihn|ihm|ihr|die|das|den|diese|dieses|diesen)\s))(?!(?:eine|keine|meine|deine|seine|ihre|unsere|eure|diese|jede|alle|viele|einige|andere|die|große|kleine|neue|alte)\s)/u;
const DE_PRESENT = /(?:^|[,;:]\s*|\s)[Ii]ch\s+(\p{Ll}{3,}e|mach|schick|bring|schreib|bau|kauf|hol|druck|organisier|start|plan|dreh|film|mal)\s+(\S.*)$/u;
// "wir machen am 15. Januar einen Kitchen-Table-Sprint": the plural's present, dated in the sentence, as "ich" above.
const DE_PRESENT_WIR = /(?:^|[,;:]\s*|\s)[Ww]ir\s+(\p{Ll}{3,}en)\s+(\S.*)$/u;
const DE_NOT_PLAN_WIR = /^(?:können|müssen|wollen|sollen|dürfen|wissen|sehen|haben|hatten|waren|wären|hätten|würden|könnten|gehen|kommen|fahren|bleiben|wohnen|arbeiten|leben|lernen|werden|freuen|brauchen|suchen|bieten|danken|hoffen|denken|glauben|finden|wünschen|möchten|mögen|kennen|treffen|sprechen|stehen|sitzen|nutzen|nehmen|teilen)$/;
const DE_PRESENT_INV = /^(?:(?:außerdem|ausserdem|dann|danach|zudem|und|auch|gleich|noch)\s+)*(?:(?:im|am|bis|ab|in|nach|vor|zum|zur|zwischen|über|ueber|diese[nm]?|nächste[nm]?|kommende[nm]?|morgen|übermorgen|heute|spätestens|anfang|mitte|ende)\b[^,]{0,40}?\s)?(\p{Ll}{3,}e|mach|schick|bring|schreib|bau|kauf|hol|druck|organisier|start|plan|dreh|film|mal|back|koch|stell|les|lad|ruf)\s+ich\s+(\S.*)$/u;
// "…, und Ende Mai veranstalte ich …": a second clause with its own date and its own inverted verb is a second promise.
const DE_AND_INV = /,?\s+und\s+(?=(?:[^,]{0,40}?\s)?\p{Ll}{3,}\s+ich\s)/u;
// Dutch puts the verb second as German does: "Voor Koningsdag organiseer ik …", "Op 3-4 geef ik …", "Voor de zomer wil
// ik een DemoCamp opzetten": the present (or "wil ik … + infinitive") of a plan whose date opens the sentence.
const NL_PRESENT_INV = /^(?:(?:en|dan|daarna|verder|ook)\s+)*([^,]{2,50}?)\s+(\p{Ll}{2,})\s+ik\s+(\S.*)$/u;
const NL_NOT_PLAN = /^(?:ben|heb|had|was|kan|kon|moet|moest|zal|zou|mag|ga|kom|denk|hoop|weet|zie|vind|hoor|ken|woon|werk|blijf|zit|sta|lig|voel|probeer|wacht|vraag|zoek|dank|bedank|neem|krijg|ging|kwam|wist|dacht|zag|vond|deed|heette|word|werd|laat|bel|mail|meld|kijk|lees|reis|vlieg|rij|fiets|loop|slaap|eet|drink|speel|studeer|leer|sport|train)$/i;
const ROM_NOT_PLAN = /^(?:como|todo|pero|cuando|mucho|tanto|solo|sólo|algo|nuestro|vuestro|mismo|otro|poco|luego|pronto|dentro|fuera|centro|tiempo|año|ano|primero|segundo|medio|domingo|mayo|junio|julio|enero|febrero|marzo|agosto|quando|questo|quello|tutto|molto|dopo|giugno|luglio|gennaio|febbraio|maggio|novo|mesmo|outro|muito|pouco|depois|durante|ocupado|seguro|cansado|credo|penso|spero|espero|creo|acho|quiero|quero|voglio|tengo|tenho|estoy|sono|estou|soy|sou|puedo|posso|devo|debo|necesito|preciso|vado|voy|vou|vengo|venho|trabajo|trabalho|lavoro|vivo|estudio|estudo|studio|llego|chego|arrivo|salgo|regreso|vuelvo|volto|viajo|viaggio|paso|passo|parto|ceno|pranzo|desayuno|almuerzo|descanso|riposo|duermo|dormo|juego|gioco|jogo|siento|sento|pido|peço|chiedo|digo|dico|escribo|scrivo|escrevo|leo|leggo|leio|recuerdo|ricordo|lembro|aviso|confirmo|conformo|ringrazio|agradezco|agradeço|entro|pomeriggio|mattino|giorno|dia|día|mediodía|mediodia|verano|invierno|inverno|otoño|outono|anno|año|mes|mese|fine|fim|medio|meio|inicio|início)$/i;
const ITALIAN_WORDS = /(?<![\p{L}])(?:il|gli|della|dello|degli|delle|al|allo|alla|agli|alle|sul|sulla|sugli|nel|nella|nei|negli|dal|dalla|con\s+i|per|che|di)(?![\p{L}])/iu;
const SPANISH_WORDS = /(?<![\p{L}])(?:el|los|las|que|y|en\s+la|en\s+el|para|pero|muy|hay|está|están)(?![\p{L}])/iu;
// Danish, Norwegian and Swedish say a dated plan in the present too ("Jeg holder en workshop i marts", "Vi arrangerer et
// møde næste uge", "Jag håller en kurs i maj"): a promise only with a date in the sentence.
const SCAND_PRESENT = /(?:^|[,;:]\s*|\s)(?:[Jj]eg|[Jj]ag|[Vv]i)\s+(\p{Ll}{3,}(?:er|ar))\s+(?!(?:ikke|inte|ikkje|aldrig|aldri|nok|måske|kanskje|kanske|vel|bare|desværre|dessverre|tyvärr)(?![\p{L}]))(\S.*)$/u;
const SCAND_NOT_PLAN = /^(?:har|kommer|bor|arbejder|arbeider|arbetar|tror|synes|tycker|håber|håper|hoppas|mangler|saknar|savner|leder|letar|søger|söker|ønsker|önskar|takker|tackar|glæder|gleder|gläder|elsker|älskar|hedder|heter|bliver|blir|kender|kjenner|känner|forstår|förstår|føler|känner|studerer|studerar|rejser|reiser|reser|flytter|flyttar|går|står|sidder|sitter|ligger|venter|väntar|spørger|spør|frågar|mener|menar|beklager|beklagar|undskylder|vender|kører|kjører|kör|tager|tar|skriver|sender|skickar)$/i;
const ROMANCE_WORDS = /(?<![\p{L}])(?:el|los|las|il|gli|que|che|della|del|para|per|con|una|uno|um|uma|un|não|às|ao|ese|esse|quel|alla|alle|agli|nella|nelle|delle|degli|dalla|sulla)(?![\p{L}])/iu;
// ("I" only as a capital: "i" is Italian's plural article, "per mostrare i progetti".)
const ENGLISH_WORDS = /\b(?:[Tt]he|THE|[Aa]nd|[Ww]e|I|[Ii](?:'|’)ll|[Ww]ill|[Ww]ith|[Ii]nto)\b/;
const FR_PRESENT = /(?:^|[,;]\s*|\s)(?<!(?:ne|n['’]|si|que|qu['’]|quand|comme|où)\s*)[Jj]e\s+(\p{Ll}{3,}[es])\s+((?:le|la|les|un|une|des|mon|ma|mes|notre|nos|du|ce|cet|cette|ces)\s+\S.*|l['’]\S.*)$/u;
const FR_NOT_PLAN = /^(?:suis|pense|crois|sais|veux|peux|dois|esp[èe]re|trouve|aime|adore|d[ée]teste|remercie|souhaite|reste|travaille|pars|rentre|connais|comprends|prends|vois|regarde|mange|dors|passe|arrive|viens|vais|sens|lis|dis|demande|cherche|attends|rate|perds|manque|garde|habite|vis|ai|avais|[ée]tais)$/i;
const ROM_PRESENT = /(?:^|[,;]\s*|\s)(?<!\b(?:no|non|não|nao|nunca|mai|ya|già|já|se|si|che|que|cuando|quando)\s)(\p{Ll}{3,}o)\s+((?:(?:a|ai|a\s+todos|a\s+todas|a\s+tutti|a\s+tutte|a\s+voi|a\s+vocês)\s+(?=(?:el|la|los|las|il|lo|gli|i|o|a|os|as|un|una|uno|um|uma)\s))?(?:el|la|los|las|lo|le|il|i|gli|un|una|uno|o|a|os|as|um|uma|mi|mis|tu|tus|su|sus|nuestra|nuestro|nuestros|nuestras|todas|todos|tutti|tutte|toda|todo)\s+\S.*)$/u;
// A plan said in the present is dated right before its verb: "entro la Festa della Repubblica sistemo …", "bis Ende Mai
// repariere ich …", "ese día hago …" (that day, named earlier in the sentence).
const THAT_DAY = /(?:ese|este|esse|nesse|neste|quel|questo|ce|an diesem|diesen?|dem)\s+(?:d[ií]a|giorno|jour(?:-l[àa])?|tag|samstag|sonntag)\s*,?\s*$/i;
const AFTER_PERIOD = /^(?:(?:et|und|e|y|en)\s+)?(?:apr[èe]s|d[èe]s|nach|ab|dopo|despu[ée]s\s+de|depois\s+d[aoe]s?|na)\s+(?:(?:la|le|les|l['’]|den|dem|der|die|il|lo|gli|le|i|el|los|las|o|a|os|as|de|het)\s*)?(?:rentr[ée]e|reprise|vacances(?:\s+d['’][ée]t[ée])?|grandes\s+vacances|f[êe]tes|cong[ée]s|examens|partiels|(?:sommer|oster|herbst|winter|weihnachts|pfingst)?ferien|feiertage(?:n)?|pr[üu]fungen|vacanze(?:\s+estive)?|feste|esami|vacaciones|fiestas|ex[áa]menes|f[ée]rias|festas|provas|exames|(?:zomer)?vakantie|feestdagen|tentamens)(?![\p{L}])$/iu;
function datedJustBefore(before: string, received: Date, tz: string): boolean {
  // "Il 25 aprile (festa della Liberazione) tengo …": an aside in brackets after the date leaves it right before the verb.
  const b = before.replace(/[\s,]+$/, '').replace(/\s*\([^()]{1,60}\)$/, '').replace(/[\s,]+$/, '');
  if (THAT_DAY.test(b + ' ')) return true;
  // "Après la rentrée, je monte …", "Nach den Ferien starte ich …", "Dopo le vacanze organizzo …": a fronted "after" a
  // school or holiday period dates the plan, though no day of it can be scored.
  if (AFTER_PERIOD.test(b)) return true;
  const d = b ? findDue(b, received, tz) : null;
  return !!d && b.endsWith(d.text);
}
// A first person's future (or a present that promises) in more languages, each behind a cheap test of its script or
// ending: Spanish/Catalan "organizaré, muntaré, faré", Portuguese "organizarei", Lithuanian "parašysiu", Finnish "lupaan /
// aion + infinitive", Czech "uspořádám, napíšu", Hungarian "szervezek, viszek", Estonian "korraldan", Hebrew "אני אארגן",
// Persian "… برگزار می‌کنم", Hindi "… करूँगी / बनाऊँगा", Bengali "আমি … করব", Thai "ผมจะ …", Welsh "Bydda i'n cynnal …,
// Mi wnaf i drefnu …", Basque "… antolatuko dut …", Amharic in Latin script "… azegajalehu". Coming,
// being there and trying are left out (an invitation's join, or a hedge). The group that is the action; `whole`: the
// sentence is the action (verb last), less a leading date.
const FUTURE_MORE: [RegExp, RegExp, boolean?][] = [
  [/r[ée]i?\s/u, /(?:^|(?<=[,;:]\s*|\s))(?<!(?:no|não|nao|mai|ja|ya|si|se|quan|cuando|quando|potser|quizás|quizas|talvez|que|te|et|us|os|vos|les|li|ai|a|as|avons|avez|ont|he|ha|hem|heu|han|has|hemos|habéis|hei|hai|hanno|ho)\s)((?!(?:[Ii]ntentar|[Pp]rovar|[Mm]irar|[Cc]ontar|[Dd]ir|[Aa]visar|[Ee]xplicar|[Cc]onfirmar|[Cc]omentar|[Ee]scriur|[Ee]star|[Tt]ornar|[Vv]olver|[Tt]ratar|[Tt]ractar|[Pp]rocurar|[Qq]uedar|[Ll]legar|[Aa]rribar|[Pp]asar|[Pp]assar|[Pp]articipar|[Aa]sistir|[Aa]ssistir)(?:é|ei)(?![\p{L}]))(?:(?<=^)\p{Lu}|\p{Ll})(?:\p{Ll}{3,}[aei]ré|\p{Ll}{2,}uré|aré|\p{Ll}{3,}[aei]rei))\s+(?!(?:que|si|se|a\s+veure)(?![\p{L}]))(\S.*)$/u],
  // Italian "organizzerò, porterò, scriverò, organizzeremo": being, having, being able, coming, trying, seeing, letting know
  // are left out.
  [/r[òo]\s|(?:ere|ire|are)mo\s/u, /(?:^|(?<=[,;:]\s*|\s))(?<!(?:non|mai|forse|se|quando|che|ci|ti|vi|lo|la|ne)\s)((?!(?:sar|avr|potr|dovr|vorr|verr|andr|prover|cercher|vedr|parteciper|torner|passer|dir|sapr|arriver|rimarr|star|confermer|penser|far(?=[òo]\s+sapere)|far(?=emo\s+sapere)|dar(?=[òo]\s+(?:un['’]?\s*occhiata|notizie)))(?:[òo]|emo)(?![\p{L}]))(?:\p{L}{3,}rò|\p{L}{4,}(?:ere|ire|are)mo))\s+(?!(?:che|se|a\s+vedere)(?![\p{L}]))(\S.*)$/iu],
  [/[sš]iu(?![\p{L}])/u, /(?<![\p{L}])((?!(?:būsiu|ateisiu|bandysiu|pabandysiu|pamatysiu|galėsiu|žiūrėsiu|pagalvosiu|dalyvausiu)(?![\p{L}]))\p{L}{3,}[sš]iu)\s+(\S.*)$/iu],
  // A group the person speaks for, in the third person's future: Spanish / Portuguese / Catalan / Italian "el grupo juvenil
  // de la parroquia organizará …", "a nossa associação fará …", "il nostro coro organizzerà …"; Polish "Nasze
  // stowarzyszenie zorganizuje …" (a perfective verb's present is its future). Being, having and being able are left out.
  [/(?:r[áà]n?|rà)\s/u, /(?:^|(?<=[,;:]\s*)|(?<=\s))(?:nuestr[oa]s?|nuestra|(?:o|a)\s+(?:nossa|nosso)|nossa|nosso|il\s+nostro|la\s+nostra|el\s+meu|la\s+meva|el|la|los|las|o|a|il|lo)\s+(?:[\p{L}-]+\s+){0,2}?(?:grupo|grup|gruppo|parroquia|par[óo]quia|parrocchia|asociaci[óo]n|associa[çc][ãa]o|associazione|associaci[óo]|club|clube|comit[ée]|comit[êe]|equipo|equipa|equip|squadra|colectivo|coletivo|collettivo|comunidad|comunidade|comunit[àa]|pastoral|coro|iglesia|igreja|chiesa|junta|cooperativa|hermandad|cofrad[íi]a|fraternidad|irmandade|ministerio|minist[ée]rio|movimiento|movimento|sindicato|consejo|conselho|voluntariado|asamblea|assembleia|centro|casal|ateneo)(?:\s+(?!(?:no|nunca|tal|quiz[aá]s?|talvez|forse|también|tamb[ée]m)(?![\p{L}]))[\p{L}-]+){0,4}?\s+((?!(?:ser[áà]n?|estar[áà]n?|habr[áà]n?|haur[àa]n?|podr[áà]n?|tendr[áà]n?|querr[áà]n?|sabr[áà]n?|vendr[áà]n?|saldr[áà]n?|llegar[áà]n?|costar[áà]n?|durar[áà]n?|necesitar[áà]n?|precisar[áà]n?|ter[áà]|sar[àa]|avr[àa]|potr[àa]|dovr[àa]|vorr[àa]|verr[àa]|andr[àa]|estar[àa]|ser[àa]|tindr[àa]|podr[àa])(?![\p{L}]))(?!(?:abri|cerra|empeza|comenza|termina|acaba|segui|continua|fecha|come[çc]a|apri|chiude|inizie|cambia|muda|queda|resta|rimarr|volve|torna)\p{Ll}{0,3}r[áà]n?(?![\p{L}]))\p{Ll}{3,}(?:ar[áà]n?|er[áà]n?|ir[áà]n?|r[àá]))\s+(?!(?:que|si|se)(?![\p{L}]))(\S.*)$/iu],
  [/(?:nasz[aey]?|nasi)\s/iu, /(?:^|(?<=[,;:]\s*)|(?<=\s))(?:nasz[aey]?|nasi)\s+(?:[\p{L}-]+\s+){0,2}?(?:stowarzyszeni[ea]|grup[aey]|klub|parafi[aei]|wsp[óo]lnot[aey]|zesp[óo][łl]|ch[óo]r|ko[łl]o|fundacj[aei]|rad[aey]|dru[żz]yn[aey]|komitet|m[łl]odzie[żz]|seniorzy|towarzystwo|kółko|duszpasterstwo|sekcj[aei])(?:\s+[\p{L}-]+){0,3}?\s+((?:zorganizuj[eą]|przygotuj[eą]|zrobi[ą]?|poprowadz[iąe]|upiecz[eą]|upiek[ąa]|przynies(?:ie|ą)|przyniosą|posprz[ąa]ta(?:j[ąa])?|zbierz[eą]|zbior[ąa]|otworzy|otworz[ąa]|wydrukuj[eą]|urz[ąa]dz[iąe]|zaprosi|zaprosz[ąa]|pomaluj[eą]|za[łl]o[żz]y|za[łl]o[żz][ąa]|uruchomi|stworzy|stworz[ąa]|ugotuj[eą]|zorganizowa[łl]))\s+(\S.*)$/iu],
  [/lupaa|aio/i, /(?<![\p{L}])(?:lupaan|lupaamme|aion|aiomme)\s+(?!(?:yrittää|tulla|olla)(?![\p{L}]))(\S.*)$/iu],
  [/[ěščřžýáíéůú]/iu, /(?<![\p{L}])((?:uspořádám|uspořádáme|zorganizuj[ui]|zorganizujeme|udělám|uděláme|napíšu|napíšeme|připravím|připravíme|přinesu|přineseme|vezmu|pošlu|zařídím|spustím|vytvořím|přeložím|nahraju|opravím|zmapuju|zmapuji)\s+\S.*)$/iu],
  [/[őűáéóö]|szervez|visz|hoz/iu, /(?<![\p{L}])((?:szervezek|szervezünk|megszervezek|rendezek|rendezünk|tartok|tartunk|csinálok|írok|megírom|viszek|viszünk|hozok|hozunk|készítek|elkészítem|megszervezem)\s+\S.*)$/iu],
  [/[õäöü]|korralda/iu, /(?<![\p{L}])((?:korraldan|korraldame|teen|teeme|kirjutan|kirjutame|toon|toome|valmistan|viin|viime)\s+\S.*)$/iu],
  [/[\u0590-\u05ff]/u, /(?<![\p{L}\p{M}])(?:אני|אנחנו)\s+((?!(?:אהיה|אנסה|אבוא|אשמח|אוכל|ארצה|אשתדל|נהיה|ננסה|נבוא|אגיע|נגיע)(?![\p{L}\p{M}]))[אנ][\p{L}\p{M}]{2,}\s+\S.*)$/u],
  [/[\u0600-\u06ff]/u, /^((?:[^\s]+\s+){2,30}?(?:برگزار|درست|آماده|ترجمه|راه‌اندازی|منتشر|چاپ|تعمیر|تهیه|ایجاد|جمع)\s?می[\u200c ]?کنم|(?:[^\s]+\s+){2,30}?(?:می[\u200c ]?آورم|میارم|می[\u200c ]?نویسم|می[\u200c ]?سازم))$/u, true],
  [/[\u0900-\u097f]/u, /(?:^|\s)(?:मैं|हम)\s+((?:[^\s]+\s+){1,30}?(?!(?:आऊँगा|आऊँगी|आऊंगा|आऊंगी|जाऊँगा|जाऊँगी|रहूँगा|रहूँगी|आएँगे|आएंगे|रहेंगे)(?![\p{L}\p{M}]))[\p{L}\p{M}]+(?:ूँगा|ूँगी|ूंगा|ूंगी|ँगा|ँगी|ेंगे|ेंगी))(?=$|[\s,।!])/u],
  [/[\u0980-\u09ff]/u, /(?:^|\s)(?:আমি|আমরা)\s+((?:[^\s]+\s+){1,30}?(?!(?:আসব|থাকব|যাব|পারব|পারবো)(?![\p{L}\p{M}]))[\p{L}\p{M}]+বো?)(?=$|[\s,।!])(?!\s*না(?![\p{L}\p{M}]))/u],
  [/[\u0e00-\u0e7f]/u, /(?:ผม|ฉัน|ดิฉัน|หนู|เรา|พวกเรา)?จะ(?!(?:ไป|มา|พยายาม|ลอง|อยู่|เป็น)(?:\s|แน่|ด้วย|ค่ะ|ครับ|นะ|$))([\p{L}\p{M}(][^]{3,}?)(?=\s*(?:ด้วย(?:นะ)?(?:ครับ|ค่ะ|คะ)?|นะ(?:ครับ|คะ|ค่ะ)|ครับ|ค่ะ|$))/u],
  [/bydda|byddaf|wnaf|wna i/iu, /(?<![\p{L}])(?:bydda i(?:['’]n|\s+yn)|byddaf\s+(?:i\s+)?yn|byddwn\s+ni(?:['’]n|\s+yn)|(?:mi|fe)\s+wnaf\s+i|(?:mi|fe)\s+wnawn\s+ni|wna\s+i)\s+(?!(?:trio|ceisio|dod|bod)(?![\p{L}]))(\S.*)$/iu],
  [/(?:ko|go) du(?:t|gu)(?![\p{L}])/iu, /^((?:[^\s]+\s+){1,20}?\p{L}+(?:ko|go)\s+du(?:t|gu)(?![\p{L}]).*)$/iu, true],
  [/alehu(?![\p{L}])/iu, /^((?:[^\s]+\s+){2,20}?(?!(?:ameseginalehu|amesegnalehu|emetalehu|imetalehu|metalehu|mokralehu|asbalehu|awkalehu|efelgalehu)(?![\p{L}]))\p{L}{3,}alehu)$/iu, true],
];
// "maybe" in these languages, anywhere in the sentence, takes the promise back (Catalan "potser", Finnish "ehkä", Czech
// "možná", Hungarian "talán", Hebrew "אולי", Persian "شاید", Hindi "शायद", Bengali "হয়তো", Thai "อาจจะ", Welsh "efallai" …).
const MAYBE_MORE = /(?:^|[\s,(])(?:potser|ehk|ehkä|možná|mozna|talán|galbūt|gal|אולי|شاید|शायद|হয়তো|agian|beharbada|efallai|hwyrach|pengine|huenda|labda|mungkin|poate|yimesilegnal)(?=[\s,.!?]|$)|อาจจะ|คงจะ/iu;
function futureMore(s: string, received: Date, tz: string): { action: string; before: string } | null {
  let m: RegExpExecArray | null;
  if (MAYBE_MORE.test(s)) return null;
  for (const [gate, re, whole] of FUTURE_MORE) {
    if (!gate.test(s) || !(m = re.exec(s))) continue;
    const a = m[2] !== undefined ? `${m[1]} ${m[2]}` : m[1]!;
    const at = m.index + m[0].indexOf(m[1]!);
    let action = a.replace(/,\s+(?:jonka|jossa|jotta|kad|kde|který|která|jenž|hogy|ahol|mis|kus|kuri|kur|जिसमें|ताकि|que|perquè|para que|porque|ki|که|כדי|ש|kwamba|ili)\s.*$/u, '');
    let before = s.slice(0, at);
    // "Si la junta nos presta el salón, haré …", "Jos saamme tilan, lupaan …": a condition before it hedges the promise.
    if (/(?:^|[\s,])(?:si|se|quan|cuando|quando|jos|ha|pokud|jestli|kdyby|jei|jeigu|kui|אם|اگر|اگه|अगर|যদি|ถ้า|os|baldin|kama)(?=\s)/iu.test(before)) continue;
    if (whole) {
      // A leading date ("Santo Tomas baino lehen", "Ke Meskel befit", "تا قبل از نوروز") is the due, not the action.
      const d = findDue(action, received, tz);
      if (d && action.startsWith(d.text)) { before = d.text; action = action.slice(d.text.length).replace(/^[\s,]+/, ''); }
    }
    if (action.trim().split(/\s+/).length < 2 && !/[\u0e00-\u0e7f]/u.test(action)) continue;
    return { action, before };
  }
  return null;
}
function foreignFuture(sentence: string, received: Date = new Date(), tz = 'UTC'): { action: string; before: string; dated?: 'before' | 'any' } | null {
  const s = sentence.replace(/[.!。]+\s*$/, '');
  let m: RegExpExecArray | null;
  if (/[ğış]|acak|ecek/i.test(s) && (m = TR_FUTURE.exec(s))) return { action: m[1]!, before: '' };
  if (/[\p{sc=Hangul}]/u.test(s) && (m = KO_FUTURE.exec(s))) return { action: m[1]!, before: '' };
  if (/\bwir\b/i.test(s)) {
    const clause = s.replace(/\s*\([^()]{1,80}\)/g, '').replace(/,\s+(?:damit|um|weil|da|denn|sodass|so dass|wenn|falls|aber|obwohl)\s.*$/i, '').replace(/^[^:]{3,60}:\s+(?=\S)/, '');
    if ((m = DE_PRESENT_WIR.exec(clause)) && !DE_NOT_PLAN_WIR.test(m[1]!) && !/\b(?:nicht|kein|keine|keinen|nie)\b/i.test(m[2]!)) return { action: `${m[1]} ${m[2]}`, before: clause.slice(0, m.index), dated: 'any' };
  }
  if (/\bich\b/i.test(s)) {
    // (After a head with a colon, "Was ich sicher mache: zwischen den Jahren schreibe ich …", the part after it.)
    const clause = s.replace(/\s*\([^()]{1,80}\)/g, '').replace(/,\s+(?:damit|um|weil|da|denn|sodass|so dass|wenn|falls|aber|obwohl)\s.*$/i, '').replace(/^[^:]{3,60}:\s+(?=\S)/, '');
    if ((m = DE_PRESENT.exec(clause)) && !DE_NOT_PLAN.test(m[1]!) && !/\b(?:nicht|kein|keine|keinen|nie)\b/i.test(m[2]!)) return { action: `${m[1]} ${m[2]}`, before: clause.slice(0, m.index), dated: 'any' };
    if ((m = DE_PRESENT_INV.exec(clause.charAt(0).toLowerCase() + clause.slice(1))) && !DE_NOT_PLAN.test(m[1]!) && !/\b(?:nicht|kein|keine|keinen|nie)\b/i.test(m[2]!)) return { action: `${m[1]} ${m[2]}`, before: clause.slice(0, m.index + m[0].indexOf(m[1]!)), dated: 'any' };
  }
  if (/(?<![\p{L}])(?:jeg|jag)\s|(?<![\p{L}])vi\s(?=.*[æøåä])/iu.test(s) && (m = SCAND_PRESENT.exec(s)) && !SCAND_NOT_PLAN.test(m[1]!) && !/(?<![\p{L}])(?:ikke|inte|ikkje|aldrig|aldri)(?![\p{L}])/iu.test(m[2]!)) return { action: `${m[1]} ${m[2]!.replace(/,\s+(?:fordi|for at|så|men|og|hvis|om|eftersom|därför|som)\s.*$/i, '')}`, before: s.slice(0, m.index), dated: 'any' };
  if (/\sik\s/i.test(s) && (m = NL_PRESENT_INV.exec(s.replace(/\s*\([^()]{1,80}\)/g, ''))) && !NL_NOT_PLAN.test(m[2]!) && !/(?<![\p{L}])(?:niet|geen|nooit|misschien)(?![\p{L}])/iu.test(m[3]!)) {
    const rest = m[3]!.replace(/,\s+(?:omdat|want|als|maar|zodat|dan|die|dat)\s.*$/i, '');
    // "wil ik … opzetten", "wil ik … organiseren": the modal's infinitive phrase is the action.
    if (/^(?:wil|wou|ga)$/i.test(m[2]!)) { if (/\s\p{Ll}{3,}en$/u.test(rest)) return { action: rest, before: m[1]!, dated: 'before' }; }
    else return { action: `${m[2]} ${rest}`, before: m[1]!, dated: 'before' };
  }
  if (/[a-zà-ÿ]o\s/i.test(s) && ROMANCE_WORDS.test(s) && !ENGLISH_WORDS.test(s)) {
    // The first word in "-o" before an article that is a verb of doing ("entro la …" is "by the …").
    for (let from = 0; (m = ROM_PRESENT.exec(s.slice(from))); ) {
      const at = from + m.index + m[0].indexOf(m[1]!);
      // Italian "tengo" is holding a stall, a course, a talk ("tengo un banchetto al mercato"); Spanish "tengo" is having.
      const itHold = /^tengo$/i.test(m[1]!) && ITALIAN_WORDS.test(s) && !SPANISH_WORDS.test(s) && /^(?:un|una|uno)\s/i.test(m[2]!);
      if (!ROM_NOT_PLAN.test(m[1]!) || itHold) return { action: `${m[1]} ${m[2]!.replace(/,\s+(?:que|che|porque|perché|perche|porquê|para que|per|y|e|pero|ma|mas)\s.*$/i, '')}`, before: s.slice(0, at), dated: 'before' };
      from = at + m[1]!.length;
    }
  }
  // "Demain je colle les affiches …", "Samedi je fais la présentation": the French present of a plan dated right before it.
  if (/(?<![\p{L}])je\s/iu.test(s) && (m = FR_PRESENT.exec(s)) && !FR_NOT_PLAN.test(m[1]!)) return { action: `${m[1]} ${m[2]!.replace(/,\s+(?:que|qui|parce que|pour que|mais|et)\s.*$/i, '')}`, before: s.slice(0, m.index + m[0].search(/je\s/i)), dated: 'before' };
  if (/[\u0400-\u04ff]/u.test(s) && (m = RU_FUTURE.exec(s)) && !RU_NOT_FUTURE.test(m[1]!)) return { action: `${m[1]} ${m[2]}`, before: s.slice(0, m.index + m[0].indexOf(m[1]!)) };
  if ((m = PL_FUTURE.exec(s)) && !PL_NOT_FUTURE.test(m[1]!) && /[ąęśćżźłó]|\b(?:i|na|z|do|w|dla|go|się)\b/i.test(s)) return { action: `${m[1]} ${m[2]}`, before: s.slice(0, m.index + m[0].indexOf(m[1]!)) };
  // Coming, going, staying or being somewhere ("main zaroor aaungi") is no thing to do: an invitation's join, if anything.
  if ((m = HI_FUTURE.exec(s)) && !/(?:^|\s)(?:aa|a|ja|jaa|reh|rah|ho|mil|pahunch)(?:u|oo|au|ay)?n?g[aie]\s*$|(?:^|\s)(?:aa|ja|reh|rah|ho|mil)(?:enge|engi|ayenge|ayengi)\s*$/i.test(m[1]!) && m[1]!.trim().split(/\s+/).filter((w) => !/^(?:zaroor|zarur|pakka|bilkul|shayad|definitely|sure)$/i.test(w)).length >= 3) return { action: m[1]!.replace(/,\s.*$/, ''), before: s.slice(0, m.index) };
  // "Main 23 March se pehle … daal doonga. Aur agle hafte Bilal ko … milwa doonga.": the verb's ending marks the first
  // person's future without "main" too.
  if ((s.match(HI_MARKERS) ?? []).length >= 2 && (m = HI_FUTURE_BARE.exec(s)) && !/\bnahi(?:n)?\b/i.test(s) && !/(?:all|av|scav|rev)enge\b/i.test(m[1]!) && !HI_COMING.test(m[1]!) && m[1]!.trim().split(/\s+/).length >= 4) return { action: m[1]!, before: '' };
  if ((m = VI_FUTURE.exec(s))) return { action: m[1]!, before: s.slice(0, m.index) };
  if (/[ăâîșşțţ]|\b(?:și|pe|cu|la|din|pentru)\b/i.test(s) && (m = RO_FUTURE.exec(s))) return { action: m[1]!, before: s.slice(0, m.index) };
  if (/\b(?:wo|de|ni|no)\b/.test(s) && (m = JA_FUTURE.exec(s))) return { action: m[1]!, before: s.slice(0, m.index) };
  if (/ます/u.test(s) && (m = JA_KANA_FUTURE.exec(s))) return { action: m[1]!, before: s.slice(0, m.index) };
  if (/hogy/i.test(s) && (m = HU_UNDERTAKE.exec(s))) return { action: m[1]!, before: '' };
  if ((m = ID_LATER.exec(s))) return { action: m[1]!.replace(/\s+(?:ya|yah|deh|lah|kok)\s*$/i, ''), before: s.slice(0, m.index) };
  return futureMore(s, received, tz);
}
// Offers, needs and wishes in more languages, each said the way people say it there: Hindi in Latin script "mere paas X
// hai" (I have X), Romanian "pot oferi X" / "ne trebuie X" / "îmi doresc ca X", Polish "X by nam się przydały" /
// "chciałbym, żeby X", Ukrainian in Latin script "nam duzhe potribni X", Vietnamese "em có thể giúp X", Japanese romaji
// "X koto ga dekimasu" (I can do X) / "hitsuyou na no wa X desu" (what we need is X).
const TR_CAN = /^(?:(?:ama|ve|ayrıca|bir de|ben|biz)\s+)*((?:\S+\s+){2,16}?\p{L}+(?:ebilirim|abilirim|ebiliriz|abiliriz))(?:,\s+(?:bir de|ayrıca|ve)\s+((?:\S+\s+){1,16}?\p{L}+(?:ebilirim|abilirim|ebiliriz|abiliriz)))?\s*[.!]*$/iu;
const STANDS_EMPTY = /^(?:(?:und|auch|außerdem|ausserdem|en|ook|verder)[,\s]+)?((?:die|der|das|unser|unsere|unseren|mein|meine|de|het|onze|ons|mijn)\s+[^,.;:]{3,60}?)\s+(?:steht|stehen|staat|staan)\s+(?:(?:oft|meist|meistens|immer|fast immer|vaak|meestal|altijd)\s+)?((?:(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags|montags|mittwochs|abends|nachmittags|vormittags|am\s+wochenende|(?:am|an)\s+\p{L}+(?:tagen|abenden)|'s\s+(?:avonds|middags|ochtends)|op\s+\p{L}+dag(?:en)?|(?:maan|dins|woens|donder|vrij|zater|zon)dags)\s+)?(?:(?:oft|meist|meistens|immer|vaak|meestal)\s+)?(?:leer|leeg)(?![\p{L}])/iu;
const EMPTY_PLACE = /(?:r[äa]um|saal|s[äa]le|halle|werkstatt|b[üu]ro|keller|garage|küche|zimmer|laden|zaal|zalen|ruimte|lokaal|werkplaats|kantoor|kelder|keuken|kamer|winkel)/i;
const EMPTY_USE = /(?<![\p{L}])(?:nutzen|benutzen|gebrauchen|haben|ausleihen|gebruiken|lenen|welkom|willkommen)(?![\p{L}])/iu;
// Round 54's items in more languages and scripts, each behind a cheap test of its script or key word.
const SCRIPT_ITEMS: [RegExp, RegExp, Slot][] = [
  // Russian "Нужен сканер …" (a thing needed, with no "нам"), "Могу провести занятие …" (I can + what one would do);
  // Ukrainian "Можу провести …". Not "могу попробовать" (can try).
  [/[\u0400-\u04ff]/, /^(?:(?:и|а|ещё|еще|также|тоже|і|ще)\s+)*(?:очень\s+|срочно\s+|дуже\s+)?(?:нужен|нужна|нужны|потрібен|потрібна|потрібні)\s+(.{2,}?)(?:,\s+(?:у\s+(?:меня|нас|мене)|потому что|так как|бо|тому що|ведь|а то)\s.*)?$/iu, 'need'],
  [/[\u0400-\u04ff]/, /^(?:(?:и|а|также|ещё|еще|і|а ще)\s+)*(?:я\s+|мы\s+)?(?:тоже\s+|также\s+|ещё\s+|еще\s+|теж\s+)?(?:могу|можем|можу|можемо)\s+(?!(?:попробовать|попытаться|спросить|прийти|приехать|спробувати|прийти)(?![\p{L}]))(\p{L}+(?:ть|ти|чь)\s+.{3,})$/iu, 'offer'],
  // Greek "Χρειάζομαι / Χρειαζόμαστε X" (I / we need X), "Μπορώ να προσφέρω X" (I can offer X), "Μπορώ να βοηθήσω με X".
  [/[\u0370-\u03ff]/, /^(?:(?:και|επίσης)\s+)*(?:χρειάζομαι|χρειαζόμαστε|θα χρειαστώ|θα χρειαστούμε|μας χρειάζεται|μου χρειάζεται|μας χρειάζονται|μας λείπει|μας λείπουν)\s+(.{2,})$/iu, 'need'],
  [/[\u0370-\u03ff]/, /^(?:(?:και|επίσης)\s+)*(?:μπορώ|μπορούμε)\s+(?:επίσης\s+)?να\s+(?:σας\s+)?(?:(?:προσφέρω|προσφέρουμε|δανείσω|δανείσουμε|διαθέσω|διαθέσουμε|φέρω|φέρουμε)\s+(.{2,})|(?!(?:δοκιμάσω|προσπαθήσω|έρθω|ρωτήσω)(?![\p{L}]))(\p{L}+\s+.{2,}))$/iu, 'offer'],
  // Arabic "يمكنني تقديم X" (I can offer X), "بإمكاننا إعارة X"; "نحتاج إلى X" (we need X), "نحن بحاجة إلى X".
  [/[\u0600-\u06ff]/, /^(?:و)?(?:يمكنني|يمكننا|أستطيع|نستطيع|بإمكاني|بإمكاننا|بامكاني|بامكاننا|أقدر|نقدر)\s+(?:أيضاً\s+|أيضا\s+|ايضا\s+)?(?:أن\s+)?(?:تقديم|إعارة|اعارة|توفير|إحضار|احضار|أقدم|أعير|أوفر|نقدم|نعير|نوفر|أحضر|نحضر)\s+(.{2,})$/u, 'offer'],
  [/[\u0600-\u06ff]/, /^(?:و)?(?:نحتاج|أحتاج|احتاج|نحن\s+بحاجة|أنا\s+بحاجة|انا\s+بحاجة|بحاجة|ينقصنا|تنقصنا)\s+(?:أيضاً\s+|أيضا\s+|ايضا\s+)?(?:إلى\s+|الى\s+)?(.{2,})$/u, 'need'],
  // Hungarian "Tudok segíteni a lektorálásban is, ha kell" (I can help with proofreading too, if needed) and "Szükségünk
  // lenne egy helyre …" (we would need a place …).
  [/tud|szívesen/i, /^(?:(?:és|meg|de)\s+)?(?:tudok|tudunk|szívesen)\s+(.{3,}?)(?:\s+is)?(?:,\s+ha\s+.*)?$/iu, 'offer'],
  [/szükség/i, /^(?:(?:és|de|meg)\s+)?(?:szükségünk|szükségem)\s+(?:lenne|van|volna)\s+(?:még\s+)?(.{3,})$/iu, 'need'],
  // Japanese in kana: "Xはお貸しできます" (X we can lend), "Xを提供できます"; "足りないのは、Xです" (what we lack is X), "Xが必要です".
  [/[\u3040-\u30ff]/u, /^(.{2,60}?)(?:は|を|も)\s*(?:お?貸し|提供|ご?用意|お?出し|お?持ち)(?:でき|いたし|し)ます/u, 'offer'],
  // "ノートパソコンを3台貸せます" (I can lend three laptops), "あと、Xを探しています" (and we are looking for X).
  [/[\u3040-\u30ff]/u, /^(?:(?:あと|また|それと|それから)[、,]?\s*)?(.{2,60}?)\s*(?:貸せ|貸し出せ|お貸しでき|提供でき)(?:ます|る)/u, 'offer'],
  [/探して|募集/u, /^(?:(?:あと|また|それと|それから)[、,]?\s*)?(.{2,60}?)(?:を|が)\s*(?:探して(?:います|いる|る)|募集(?:して(?:います|いる)|中))/u, 'need'],
  [/[\u3040-\u30ff]/u, /^(?:足りない|必要な|欲しい|ほしい)(?:の|もの)は[、,]?\s*(.{2,60}?)(?:です|だ)/u, 'need'],
  [/[\u3040-\u30ff]/u, /^(.{2,60}?)が(?:必要|足りません|足りない|欲しい|ほしい)/u, 'need'],
  // Dutch "Wat ons echt zou helpen: X" (what would really help us).
  [/wat\s/i, /^(?:(?:en|maar)\s+)?wat\s+(?:ons|mij|me)\s+(?:(?:echt|écht|vooral|enorm|het meest)\s+)*(?:zou\s+helpen|helpt|zou\s+schelen)(?:\s+(?:is|zou zijn))?\s*[:,]?\s+(.{3,})$/iu, 'need'],
  // Romanian "Ofer ajutor cu … pentru oricine are nevoie" (I offer …, for anyone who needs it).
  [/ofer|dispozi/i, /^(?:(?:și|si|de asemenea)[,\s]+)?(?:ofer|oferim|pun la dispoziție|punem la dispoziție)\s+(.{3,}?)(?:\s+(?:pentru|pt\.?)\s+(?:oricine|cine|toți cei|toti cei|cei care)\b.*)?$/iu, 'offer'],
  // Hindi "कोई हॉल ढूँढ रहा हूँ" (I'm looking for a hall), "हमें दो लैपटॉप चाहिए" (we need two laptops): the thing before the verb.
  [/[\u0900-\u097f]/, /(?:^|[,;]\s*)(?:(?:और|साथ ही|अब)\s+)?(?:(?:हम|मैं|हमें|मुझे)\s+)?(?!(?:कुछ\s+नहीं|कोई\s+नहीं)(?![\p{L}\p{M}]))([^,;]{2,40}?)\s+(?:(?:ढूँढ|ढूंढ|ढूँढ़|ढूंढ़|तलाश)\s*(?:कर\s+)?(?:रहा|रही|रहे)\s+(?:हूँ|हूं|हैं|है|हो)|(?:भी\s+)?चाहिए|की\s+(?:ज़रूरत|जरूरत)\s+है)[\s।.!]*$/u, 'need'],
  // Tagalog "Pwede ko rin i-share yung projector namin" (I can also share our projector).
  [/pwede|puwede|kaya/i, /^(?:(?:at|tsaka|saka)\s+)?(?:pwede|puwede|kaya)\s+(?:ko|kong|namin|naming)\s+(?:(?:rin|din|ring|ding|po|na)\s+)*((?:i-|mag-?|ipa-?)\p{L}+\s+.{3,})$/iu, 'offer'],
];
// Round 59's offers and needs led by "I can give / lend / bring" and "I need" in more languages, each behind its script
// or its verb: Czech "Můžu vzít i X", "Potřebuju X"; Finnish "Voin tarjota X", "Tarvitsen X"; Lithuanian "Galiu
// pasiūlyti X"; Persian "می‌تونم X هم بیارم"; Hebrew "אני צריכה X"; Hindi "मुझे X चाहिए"; Bengali "X দিতে পারি", "আমাদের
// দরকার X"; Thai "ผมมีX ให้ยืมได้"; Swahili "naweza kutoa X"; Catalan "Puc oferir X", "Necessito X"; Basque "X eskain
// ditzaket"; Welsh "Gallaf gynnig X", "Rydw i angen X"; Amharic in Latin letters "X yasfeligenal". A courtesy condition
// after it ("kdyby se hodila", "اگه لازم باشه", "si algú en té") is no part of the thing.
const COURTESY_TAIL = /,?\s+(?:kdyby|pokud|jestli|jos|jeigu|ha|if|si|اگه|اگر|אם|अगर|যদি|ถ้า|kama|baldin|os)\s.*$|\s+(?:kwa\s+(?:wanaohitaji|yeyote|mtu)|për)\b.*$/iu;
// Round 62: replies in the regional Spanish, Portuguese, French, German, Dutch and Italian of everyday mail.
// "Lo que sí (les) puedo ofrecer es X", "O que posso fazer é X", "Ce que je peux faire, c'est X", "Wat ik wel kan: X",
// "Was ich aber kann: X": what one can do, named after a head, is on offer (not when a promise follows the head).
// "Lo que nos falta harto acá es X", "Ce qui manque le plus à Québec, c'est X", "Was uns echt fehlt, ist X", "Was wir
// bräuchten: X": what is lacking, with any words between. "Lo que me encantaría es que X", "Ce que j'aimerais voir, c'est
// X": what one would love, a wish. "Si querés te presto X", "se quiserem eu empresto X", "si vous voulez je vous prête X":
// a thing lent if wanted. "Falls ihr X übrig habt, wär mega nice", "Als jullie nog X over hebben, zou dat top zijn": a
// thing asked of whoever has some. "¿Alguien sabe de X?", "Quelqu'un connaît X ?": a thing asked for.
const R62_HEAD_AND = String.raw`(?:(?:y|e|et|und|en|mais|pero|mas|ma|maar|aber|però|pis|pues|bueno|alors|então|entonces)[,\s]+){0,2}`;
const R62_ITEMS: [RegExp, RegExp, Slot][] = [
  [/puedo|podemos|posso|peux|pouvons|peut|kann|können|kan|kunnen|possiamo/iu, new RegExp(String.raw`^${R62_HEAD_AND}(?:lo\s+que\s+(?:s[íi]\s+)?(?:yo\s+)?(?:(?:les|te|os|vos|le)\s+)?(?:puedo|podemos)\s+(?:hacer|ofrecer|aportar|dar|poner)(?:les|te|os)?|o\s+que\s+(?:eu\s+)?(?:(?:lhes|te|vos)\s+)?(?:posso|podemos)\s+(?:fazer|oferecer|dar|trazer)|ce\s+que\s+(?:je|nous|on)\s+(?:(?:vous|te)\s+)?(?:peux|pouvons|peut)\s+(?:faire|offrir|proposer|donner|apporter)|quello\s+che\s+(?:(?:vi|ti)\s+)?(?:posso|possiamo)\s+(?:fare|offrire|dare)|wat\s+(?:ik|we|wij)\s+(?:(?:wel|jullie|ook|wél)\s+)*(?:kan|kunnen)(?:\s+(?:doen|bieden|aanbieden|geven))?|was\s+(?:ich|wir)\s+(?:(?:aber|schon|gern|gerne|euch|dafür|jedoch)\s+)*(?:(?:tun|machen|anbieten|geben|beitragen|mitbringen)\s+)?(?:kann|können)(?:\s+(?:tun|machen|anbieten|geben))?)(?:\s*:|(?:\s*,\s*|\s+)(?:es|son|é|são|c['’]est|ce\s+sont|est|è|sono|is|zijn|ist|sind))\s+(?!(?:nada|rien|niente|nichts|niets|poco|pouco|peu|comprometo|me\s+comprometo|je\s+m['’]engage|ich\s+verpflichte|mi\s+impegno|ik\s+beloof)(?![\p{L}]))(?:que\s+)?(.{3,})$`, 'iu'), 'offer'],
  [/falta|manque|fehlt|ontbreekt|manca|br[äa]ucht/iu, new RegExp(String.raw`^${R62_HEAD_AND}(?:lo\s+que\s+(?:m[áa]s\s+)?(?:nos|me)\s+(?:hace\s+)?falta(?:n)?|o\s+que\s+(?:mais\s+)?(?:nos\s+|me\s+)?(?:faz\s+)?falta|ce\s+qui\s+(?:nous\s+|me\s+)?manque|quello\s+che\s+(?:ci|mi)\s+manca|was\s+(?:uns|mir)\s+(?:\p{L}+\s+){0,2}?fehlt|wat\s+(?:ons|mij)\s+(?:\p{L}+\s+){0,2}?ontbreekt|was\s+(?:wir|ich)\s+(?:\p{L}+\s+){0,2}?br[äa]uchte(?:n)?)(?:\s+[^,:.!?]{1,40}?)?(?:\s*:|(?:\s*,\s*|\s+)(?:es|son|é|são|c['’]est|ce\s+sont|è|sono|ist|sind|is|zijn))\s+(?!(?:nada|rien|niente|nichts|niets)(?![\p{L}]))(.{3,})$`, 'iu'), 'need'],
  [/encantar|gustar|gostaria|adoraria|aimerais|voudrais|aimerions|aimerait|piacerebbe|w[üu]nsche|wens/iu, new RegExp(String.raw`^${R62_HEAD_AND}(?:lo\s+que\s+(?:m[áa]s\s+)?(?:me|nos)\s+(?:encantar[íi]a|gustar[íi]a)(?:\s+ver)?|o\s+que\s+(?:eu\s+)?(?:mais\s+)?(?:gostaria|adoraria)(?:\s+de\s+ver)?|ce\s+que\s+(?:j['’]aimerais|je\s+voudrais|nous\s+aimerions|on\s+aimerait)(?:\s+(?:bien\s+)?voir)?|quello\s+che\s+(?:mi|ci)\s+piacerebbe(?:\s+vedere)?|was\s+ich\s+mir\s+(?:am\s+meisten\s+)?w[üu]nsche|wat\s+ik\s+(?:het\s+liefst\s+)?wens)(?:\s*:|(?:\s*,\s*|\s+)(?:es|ser[íi]a|é|seria|c['’]est|serait|è|sarebbe|ist|w[äa]re|is))\s+(.{3,})$`, 'iu'), 'wish'],
  [/(?:^|\s)(?:si|se)\s/iu, /^(?:(?:ah|y|e|et|pis|oh)[,\s]+){0,2}(?:si\s+(?:quer[ée]s|quieres|quieren|quer[ée]is|vous\s+voulez|tu\s+veux|[çc]a\s+vous\s+tente|[çc]a\s+te\s+tente|(?:les|te|os)\s+sirve)|se\s+(?:voc[êe]s?\s+)?quiser(?:em)?|se\s+(?:volete|vuoi|vi\s+serve|ti\s+serve))\s*,?\s+(?:(?:(?:yo|eu|io)\s+)?(?:(?:te|les|os|vos|lhes|vi|ti|le|gliel[oa])\s+)?(?!(?:todo|solo|sólo|como|pero|cuando|algo|esto|eso|mismo|otro|poco|tanto|muito|pouco|isso|isto|tudo|tengo|tenho|estoy|estou|sono|voy|vou|vado)\s)(\p{L}{2,}o\s+[^,;]{3,})|(?:je\s+(?:(?:vous|te)\s+)?|j['’])(\p{L}{3,}e\s+[^,;]{3,}))/iu, 'offer'],
  [/falls|wenn|als\s/iu, /^(?:(?:und|auch|oh|en|ook)[,\s]+)?(?:(?:falls|wenn)\s+(?:ihr|jemand|du|einer|irgendwer)\s+(?:(?:noch|zufällig|vielleicht)\s+)*(.{3,60}?)\s+(?:übrig\s+|über\s+|zu\s+viel\s+)?(?:habt|hat|hättet|hätte|hast)\s*,\s*(?:(?:das|des|dann)\s+)?(?:wär|wäre|wären|wärs|wär['’]s|fänd|fände)|als\s+(?:jullie|iemand|je)\s+(?:(?:nog|toevallig)\s+)*(.{3,60}?)\s+(?:over\s+)?(?:hebben|heeft|hebt)\s*,\s*(?:(?:dan|dat)\s+)?(?:zou|is|was|graag|heel|super|top))(?![\p{L}]).*$/iu, 'need'],
  [/sabe|conoce|conhece|conna[îi]t|conosce|kennt|wei(?:ß|ss)|weet|kent/iu, /^[¿\s]*(?:(?:y|e|et|und|en|pero|mais|mas|ma)[,\s]+)?(?:alguien|algu[eé]m|quelqu['’]un|qualcuno|jemand|iemand)\s+(?:(?:a[íi]|ah[íi]|aqu[íi]|por\s+aqu[íi]|por\s+a[íi]|ici|hier|qui)\s+)?(?:(?:de\s+ustedes|de\s+voc[êe]s|d['’]entre\s+vous|von\s+euch|van\s+jullie)\s+)?(?:sabe|conoce|conhece|conna[îi]t|conosce|kennt|wei(?:ß|ss)|weet|kent)\s+(?:(?:de|d['’]|von|van|di)\s*)?(?!(?:si|se|ob|of|c[óo]mo|como|d[óo]nde|onde|cu[áa]ndo|quando|quand|wann|wie|wo|hoe|waar|qui[ée]n|quem|qui|qu[ée]|que|o[ùu]|chi|dove|come|cosa|was|wat|wer|algo|nada|rien|le|la|les|el|lo|o|a|den|die|das|het|de)(?![\p{L}]))(.{3,}?)\s*\?+\s*$/iu, 'need'],
];
// A tail that is a clause of its own after an item: "…, sérieux c'est un mess", "…, nem que sejam usados", "…, io ci capisco
// poco", "… jaja", "… con mi tío que tiene pizzería", and where a lent thing lies idle: "…, der steht eh im Estrich rum",
// "… die hier liggen te verstoffen", "…, está en el garage cogiendo polvo", "…, lo tengo tirado en casa".
const R62_TAIL = /(?:,\s*|\s+(?=(?:die|dat|der|das|que|qui|che)\s))[^,]{0,50}?(?:steht|stehen|liegt|liegen|ligt|liggen|staat|staan|tirad[oa]s?|parad[oa]s?|verstoffen|verstauben|(?<=\p{L}\s+)(?:herum|rum)|polvo|poussi[èe]re|poeira|polvere|stof|staub)(?![\p{L}]).*$|,\s*(?:s[ée]rieux|s[ée]rieusement|en\s+serio|de\s+verdad|la\s+verdad|sinceramente|davvero|ehrlich|nem\s+que|aunque\s+sea|m[êe]me\s+(?:si|usag)|auch\s+wenn|anche\s+se|ainda\s+que|mesmo\s+que|io\s+ci|yo\s+no|eu\s+n[ãa]o|je\s+n['’]y|ich\s+hab|c['’]est\s+un|mi\s+abuelit[oa]|estamos\s+sempre)(?![\p{L}]).*$|\s+(?:con|gracias\s+a|com|grâce\s+à|über|dank|tramite)\s+(?:mi|mis|meu|minha|mon|ma|mein(?:e[nm]?)?|mio|mia|mijn)\s+(?:t[íi][oa]|prim[oa]|herman[oa]|pap[áa]|mam[áa]|amig[oa]|vecin[oa]|cuñad[oa]|irm[ãa]o?|pai|m[ãa]e|oncle|tante|cousine?|fr[èe]re|s[oœ]ur|onkel|bruder|schwester|zi[oa]|cugin[oa]|fratello|sorella|oom|broer|zus)(?![\p{L}]).*$|[\s,]+(?:ja(?:ja)+|je(?:je)+|ha(?:ha)+|kkk+|mdr|lol)[\s.!]*$/iu;
const R62_IF_TAIL = /,?\s+(?:si|se|wenn|falls|als)\s+(?:alguien|algu[eé]m|alguno|quelqu['’]un|qualcuno|jemand|iemand|vous|ustedes|voc[êe]s?|ihr|jullie|hace|faut|serve|precisa|necesit|quer|quier|besoin|n[ée]cessaire|n[öo]tig|nodig)(?![\p{L}]).*$/iu;
const r62Tail = (t: string) => t.replace(R62_TAIL, '').replace(R62_IF_TAIL, '').replace(/[\s,.!]+$/u, '');
const VERB_ITEMS: [RegExp, RegExp, Slot][] = [
  [/můžu|mohu|můžeme/iu, /^(?:(?:a|taky|také)\s+)?(?:já\s+)?(?:můžu|mohu|můžeme)\s+(?:(?:i|taky|také|klidně)\s+)*(?:vzít|přinést|půjčit|nabídnout|dát|zapůjčit|poskytnout)\s+(?:(?:i|taky|také)\s+)?(.{2,})$/iu, 'offer'],
  [/potřeb/iu, /^(?:(?:a|ale|taky)\s+)?(?:já\s+|my\s+)?(?:potřebuju|potřebuji|potřebujeme|potřebovali bychom|potřeboval(?:a)? bych)\s+(.{2,})$/iu, 'need'],
  [/voin|voimme|tarvit/iu, /^(?:(?:ja|myös)\s+)*(?:voin|voimme)\s+(?:myös\s+)?(?:tarjota|lainata|tuoda|antaa)\s+(.{2,})$/iu, 'offer'],
  [/voin|voimme|tarvit/iu, /^(?:(?:ja|myös)\s+)*(?:tarvitsen|tarvitsemme|tarvitsisimme)\s+(.{2,})$/iu, 'need'],
  [/galiu|galime|reikia/iu, /^(?:(?:ir|taip pat)\s+)*(?:galiu|galime)\s+(?:pasiūlyti|paskolinti|atnešti|duoti|pasidalinti)\s+(.{2,})$/iu, 'offer'],
  [/[\u0600-\u06ff]/u, /^(?:(?:و|همچنین)\s+)?(?:من\s+)?(?:می[\u200c ]?تونم|می[\u200c ]?توانم)\s+(.{2,}?)\s+(?:(?:را|رو|هم)\s+)*(?:بیارم|بیاورم|بدم|بدهم|قرض بدم|قرض بدهم|ارائه بدم|ارائه دهم)(?![\p{L}\p{M}])/u, 'offer'],
  [/[\u0590-\u05ff]/u, /^(?:(?:ו|גם)\s*)?(?:אני|אנחנו)\s+(?:גם\s+)?(?:צריך|צריכה|צריכים|צריכות|זקוק|זקוקה|זקוקים)\s+(?:ל)?(.{2,})$/u, 'need'],
  [/[\u0590-\u05ff]/u, /^(?:(?:ו|גם)\s*)?(?:אני|אנחנו)\s+(?:גם\s+)?(?:יכול|יכולה|יכולים)\s+(?:להביא|להשאיל|להציע|לתת|לתרום)\s+(?:את\s+)?(.{2,})$/u, 'offer'],
  [/[\u0900-\u097f]/u, /^(?:(?:और|साथ ही)\s+)?(?:मुझे|हमें|हमको|मुझको)\s+(?:(?:भी|बस)\s+)?(.{2,}?)\s+(?:भी\s+)?चाहिए(?:ं|ँ)?(?:[\s।.!].*)?$/u, 'need'],
  [/[\u0900-\u097f]/u, /^(?:(?:और)\s+)?(?:मैं|हम)\s+(?:(?:भी)\s+)?(.{2,}?)\s+(?:भी\s+)?(?:दे|ला|उधार दे)\s+(?:सकता|सकती|सकते)\s+(?:हूँ|हूं|हैं)/u, 'offer'],
  [/[\u0980-\u09ff]/u, /^(?:(?:আর|এবং)\s+)?(?:আমি|আমরা)\s+(?:(?:ও|আরও)\s+)?(.{2,}?)\s+(?:দিতে|আনতে|ধার দিতে)\s+পারি(?![\p{L}\p{M}])/u, 'offer'],
  [/[\u0980-\u09ff]/u, /^(?:(?:আর|এবং)\s+)?(?:আমাদের|আমার)\s+(?:(?:খুব|আরও)\s+)?(?:দরকার|প্রয়োজন)\s+(.{2,})$/u, 'need'],
  [/[\u0980-\u09ff]/u, /^(?:(?:আর|এবং)\s+)?(?:আমাদের|আমার)\s+(.{2,}?)\s+(?:দরকার|প্রয়োজন)(?:[\s।.!].*)?$/u, 'need'],
  [/[\u0e00-\u0e7f]/u, /(?:^|\s)(?:ผม|ฉัน|ดิฉัน|หนู|เรา|พวกเรา)?มี(.{2,}?)(?:ให้ยืม|ให้ใช้|ให้)(?:ได้)?/u, 'offer'],
  [/[\u0e00-\u0e7f]/u, /(?:^|\s)(?:ผม|ฉัน|ดิฉัน|หนู|เรา|พวกเรา)?(?:ต้องการ|อยากได้)(.{2,}?)(?:\s*(?:ครับ|ค่ะ|คะ)|$)/u, 'need'],
  // Wishes: Hindi "मेरी इच्छा है कि X", Malay "Harap / Saya harap / Semoga X", Bengali "আমার ইচ্ছা X", Persian "آرزو دارم که X",
  // Hebrew "אני מקווה ש…", Finnish "Toivon, että X", Czech "Přál(a) bych si, aby X", Catalan "M'agradaria que X" / "Tant de bo X",
  // Swahili "Natamani X". (What one would like to do oneself, "m'agradaria venir", is no wish for the world.)
  [/[\u0900-\u097f]/u, /^(?:(?:और)\s+)?(?:मेरी|हमारी)\s+(?:(?:बस|यही)\s+)?(?:इच्छा|ख़्वाहिश|ख्वाहिश|तमन्ना)\s+(?:है|यह है)\s+कि\s+(.{3,})$/u, 'wish'],
  [/harap|semoga/iu, /^(?:(?:dan|juga)\s+)?(?:(?:saya|kami|aku)\s+)?(?:harap|berharap|harapnya|semoga)\s+(?!(?:dapat|boleh|bisa)\s+(?:datang|hadir|join)(?![\p{L}]))(.{3,})$/iu, 'wish'],
  [/[\u0980-\u09ff]/u, /^(?:আমার|আমাদের)\s+(?:ইচ্ছা|স্বপ্ন)\s+(?:হলো|হল|যে)?\s*(.{3,})$/u, 'wish'],
  [/[\u0600-\u06ff]/u, /^(?:(?:من|ما)\s+)?(?:آرزو\s+(?:دارم|داریم)|امیدوارم|آرزوی من این است)\s+(?:که\s+)?(.{3,})$/u, 'wish'],
  [/[\u0590-\u05ff]/u, /^(?:אני|אנחנו)\s+(?:מקווה|מקווים|מקוות)\s+(ש.{3,})$/u, 'wish'],
  [/toivo/iu, /^(?:toivon|toivomme|toivoisin)\s*,?\s+(?:että\s+)?(.{3,})$/iu, 'wish'],
  [/přál|přeji|přeju/iu, /^(?:přál(?:a)?\s+bych\s+si|přeji\s+si|přeju\s+si)\s*,?\s+(?:aby|ať)\s+(.{3,})$/iu, 'wish'],
  [/agradaria|tant de bo/iu, /^(?:m['’]agradaria|ens agradaria|tant de bo)\s+(?:que\s+)(.{3,})$/iu, 'wish'],
  [/natamani|tunatamani/iu, /^(?:(?:na|pia)\s+)?(?:natamani|tunatamani|ningependa)\s+(?:kwamba\s+|kuona\s+)?(.{3,})$/iu, 'wish'],
  [/naweza|tunaweza/iu, /^(?:(?:pia|na)\s+)*(?:mimi\s+)?(?:naweza|tunaweza)\s+(?:pia\s+)?(?:kutoa|kuleta|kuazima|kukopesha|kuchangia)\s+(.{2,})$/iu, 'offer'],
  [/puc|podem|necessit/iu, /^(?:(?:i|també)\s+)*(?:jo\s+)?(?:puc|podem)\s+(?:també\s+)?(?:oferir|deixar|portar|prestar|aportar)\s+(.{2,})$/iu, 'offer'],
  [/puc|podem|necessit/iu, /^(?:(?:i|també|però)\s+)*(?:necessito|necessitem|ens cal|em cal|ens calen|em calen)\s+(.{2,})$/iu, 'need'],
  [/eskain|ekar|utzi/iu, /^(.{2,}?)\s+(?:eskain|ekar|utzi|presta)\s+(?:ditzaket|dezaket|ditzakegu|dezakegu)(?![\p{L}])/iu, 'offer'],
  [/gallaf|gallwn|angen/iu, /^(?:(?:a|hefyd)\s+)*(?:gallaf|gallwn|galla i|gallwn ni)\s+(?:hefyd\s+)?(?:gynnig|roi|fenthyg|ddod â|ddod a)\s+(.{2,})$/iu, 'offer'],
  [/gallaf|gallwn|angen/iu, /^(?:(?:a|hefyd)\s+)*(?:rydw i|dw i|rwy['’]n|rydyn ni|dyn ni|mae)\s+(?:(?:hefyd|wir)\s+)?angen\s+(.{2,})$/iu, 'need'],
  [/yasfelig/iu, /^(.{2,}?)\s+yasfelig(?:enal|egnal|eñal|al)(?![\p{L}])/iu, 'need'],
];
const FOREIGN_LEND = fastEdges(/^(?:(?:e|y|também|también)[,\s]+)?(?:eu\s+|yo\s+)?(?:tenho|temos|tengo|tenemos)\s+(.{3,80}?)\s+que\s+(?:posso|podemos|puedo|podemos)\s+(?:emprestar|ceder|doar|prestar|donar|dejar)\b(?:\s+(?:a\s+|para\s+)?(?:quien|quem|la gente|as pessoas|los vecinos|grupos?)\b[^,;]*?)?(?:\s+((?:para|pra|pro)\s+(?!(?:que|quem|quien|quienes)\b)(?!\p{L}+(?:ar|er|ir)(?![\p{L}]))[^,;.!]{3,60}))?/iu);
const MORE_FOREIGN_ITEMS: [RegExp, Slot][] = [
  // "Tenemos una casa comunal que pueden usar cualquier sábado", "On a une salle que vous pouvez utiliser": a place or thing
  // others may use, on offer (as the English "… that the kids can use").
  [/^(?:(?:y|e|et|también|também|aussi|anche)[,\s]+)?(?:tenemos|tengo|temos|tenho|nous avons|on a|j['’]ai|abbiamo|ho)\s+((?:un|una|um|uma|une|des|unos|unas|uns|umas|dos|deux|due|duas)\s+.{3,60}?\s+(?:que|qui|che)\s+(?:ustedes\s+|vocês\s+|vous\s+)?(?:pueden|puedes|podéis|podeis|podrían|podem|pode|podes|pouvez|peuvent|potete|possono|puoi)\s+(?:usar|utilizar|ocupar|aprovechar|utiliser|utilizzare|usare)\b.*)$/iu, 'offer'],
  // "Also we have a laser cutter at the makerspace that code club kids can use on Sunday afternoons": a thing others may use.
  [/^(?:(?:also|and|plus|oh)[,\s]+)?(?:i|we)\s*(?:have|(?:'|’)ve got|have got)\s+((?:an?|some|two|three|a few|our|my|the)\s+.{3,60}?)\s+(?:that|which)\s+(?:anyone|anybody|everyone|people|you|you all|y(?:'|’)all|folks|other groups|the (?:[\p{L}-]+\s+)?(?:group|club|crew|team|kids|children|students|community|volunteers)|(?:[\p{L}-]+\s+){0,2}(?:kids|children|students|members|groups|clubs|volunteers|neighbours|neighbors|families|teams))\s+(?:can|could|are welcome to|is welcome to|may|are free to|is free to)\s+(?:use|borrow|have|book)\b/iu, 'offer'],
  // "Jeg har en gammel høvel som noen kan låne", "Vi har ett rum som andra får använda": a thing one has that others may
  // take or use, in Norwegian, Danish and Swedish, is on offer (the thing itself).
  [/^(?:(?:og|och|men)[,\s]+)?(?:jeg|vi|jag)\s+har\s+(?:også\s+|ogs[åa]\s+|även\s+)?((?:en|et|ett|ei|to|tre|noen|nogle|några|mange)\s+.{3,60}?),?\s+som\s+(?:noen|nogen|någon|alle|alla|dere|I|ni|andre|andra|(?:[\p{L}-]+\s+)?(?:gruppa|gruppen|klubben|laget|folk))\s+(?:gjerne\s+|gärna\s+|gerne\s+)?(?:kan|får|må)\s+(?:gjerne\s+|gärna\s+|gerne\s+)?(?:få|låne|låna|bruke|bruge|använda|ha|ta|overta|arve)(?![\p{L}])/iu, 'offer'],
  // "We hebben een grote tuin die de buurt mag gebruiken", "tenemos un patio que el barrio puede usar", "wir haben einen
  // Garten, den alle nutzen dürfen": a thing one has that others may use is on offer, the permission with it.
  [/^(?:(?:en|ook|y|e|et|und|auch|también|aussi)[,\s]+)?(?:we hebben|wij hebben|ik heb|tenemos|tengo|temos|tenho|nous avons|on a|j['’]ai|wir haben|ich habe)\s+(.{3,60}?,?\s+(?:die|dat|que|qui|den|die|das)\s+(?:de buurt|iedereen|jullie|anderen|andere\s+\p{L}+|el barrio|todos|todo el mundo|ustedes|o bairro|todos|voc[êe]s|le quartier|tout le monde|vous|die nachbarschaft|alle|ihr|andere)\s+(?:mag|mogen|kan|kunnen|puede|pueden|pode|podem|peut|peuvent|darf|dürfen|kann|können)\s+(?:gebruiken|lenen|usar|utilizar|utiliser|emprunter|nutzen|benutzen)(?:\s+[^,.;]{0,30})?)[.!]*$/iu, 'offer'],
  // "también me apunto a ayudar en los talleres", "je me propose pour aider …", "eu me ofereço para …": signing up to help.
  [/^(?:(?:y|e|et|pero|mas|mais)[,\s]+)?(?:(?:si|se)\s+[^,]{3,60},\s*)?(?:(?:yo|eu|je)\s+)?(?:(?:tambi[ée]n|tamb[ée]m|aussi)\s+)?(?:me\s+apunto\s+(?:a|para)|me\s+ofrezco\s+(?:a|para)|(?:eu\s+)?me\s+ofere[çc]o\s+para|me\s+propongo\s+para|je\s+me\s+propose\s+(?:pour|de))\s+(\p{L}{2,}(?:ar|er|ir|re)\s+.{3,80}?)[.!]*$/iu, 'offer'],
  // "I've got a rototiller in the shed nobody's used in two years if the garden wants it": a thing one has, for the asking.
  [/^(?:(?:also|and|plus|oh)[,\s]+)?(?:i|we)\s*(?:(?:'|’)ve got|have got|have|got)\s+((?:an?|some|two|three|a few|a spare|spare|an extra|extra|my|our|old)\s+[^,]{2,40}?)(?:\s+(?:in|at|on|sitting|lying|that|which|nobody|no one|i|we)\b[^,]*?)?,?\s+if\s+(?:anyone|anybody|someone|somebody|you|the\s+[\p{L}-]+|y(?:'|’)all|folks)\s+(?:wants?|needs?|could use|can use|would like)\s+(?:it|them|one)\b/iu, 'offer'],
  // Turkish "… bağışlayabilirim", "… ödünç verebiliriz": the verb's "-(y)ebilir-im/-iz" is "I/we can".
  [TR_CAN, 'offer'],
  [/^(?:(?:aur|bhi|and)\s+)?(?:mere|hamare|humare|apne)\s+paas\s+(?:bhi\s+)?(.{3,80}?)\s+(?:bhi\s+)?(?:hai|hain|pada hai|pade hain|padi hai|padi hain|rakha hai|rakhe hain)(?![\p{L}])/iu, 'offer'],
  [/^(?:(?:și|si|de asemenea)[,\s]+)?(?:eu\s+|noi\s+)?(?:pot|putem)\s+(?:să\s+|sa\s+)?(?:oferi|ofer|oferim|împrumuta|imprumuta|da|aduce|ajuta cu)\s+(.{3,})$/iu, 'offer'],
  [/^(?:(?:și|si)[,\s]+)?(?:(?:ne|îmi|imi|mi)\s+trebuie|(?:avem|am)\s+nevoie\s+de)\s+(.{3,})$/iu, 'need'],
  [/^(?:(?:și|si)[,\s]+)?(?:îmi doresc|imi doresc|ne dorim|mi-ar plăcea|mi-ar placea|visul meu (?:este|e))\s+(?!(?:(?:mult|tare|foarte mult)\s+)?(?:să|sa)\s+(?:vin|venim|particip|participăm|fiu|fim|ajung|ajungem)(?![\p{L}]))(?:ca\s+|să\s+|sa\s+)?(.{3,})$/iu, 'wish'],
  [/^(.{3,80}?)\s*,?\s*(?:to\s+)?(?:bardzo\s+)?by\s+(?:nam|mi)\s+si[eę]\s+przyda(?:ł|ła|ło|ły|li)/iu, 'need'],
  [/^(?:(?:i|a)[,\s]+)?(?:chcia[łl](?:a|)bym|chcieli(?:by[śs]my)|marz[eę]|marzy mi si[eę])\s*,?\s*(?:[żz]eby|aby|by|o tym,?\s+[żz]eby)\s+(.{3,})$/iu, 'wish'],
  [/^(?:(?:i|a|ta)[,\s]+)?(?:nam|meni)\s+(?:duzhe\s+|diysno\s+)?(?:potribni|potribno|potriben|potribna|treba)\s+(.{3,})$/iu, 'need'],
  [/^(?:(?:và|va)[,\s]+)?(?:em|anh|chị|tôi|mình|chúng tôi|chúng mình|bọn mình)\s+(?:cũng\s+)?có thể\s+(?:giúp\s+(?:các anh chị\s+|mọi người\s+)?)?(?!không\b)(.{3,})$/iu, 'offer'],
  [/^(.{3,80}?)\s+(?:no\s+wo\s+|koto\s+)?(?:ga|wa)\s+dekimasu(?![\p{L}])/iu, 'offer'],
  [/^hitsuyou\s+na\s+no\s+wa\s*,?\s*(.{3,80}?)\s+desu(?![\p{L}])/iu, 'need'],
  // "Komunitas kami punya drone yang bisa dipinjam", "Tenho um notebook sobrando que posso emprestar", "Tengo un proyector
  // que puedo prestar": a thing one has, that one lends.
  [/^(?:(?:[\p{L}]+\s+){0,2}(?:kami|saya|aku|kita)\s+)?(?:punya|memiliki|ada)\s+(.{3,80}?)\s+yang\s+(?:bisa|boleh|dapat)\s+(?:dipinjam|dipakai|digunakan)\b/iu, 'offer'],
  // "… que podemos prestar para mudanzas de familias": what it is lent for (a noun after "para") goes with the thing.
  [FOREIGN_LEND, 'offer'],
  // "Vi har 15 stole, som I er velkomne til at låne", "Jag har en projektor som ni gärna får använda", "Wir haben zehn
  // Bierbänke, die ihr gerne ausleihen könnt": a thing one has that the others are welcome to take or use.
  [/^(?:(?:men|og|och|så|und|aber|auch)[,\s]+)?(?:vi|jeg|jag|wir|ich)\s+(?:har|haben|habe)\s+(?:(?:også|även|också|auch|noch)\s+)?(.{3,80}?),?\s+(?:som|die|den|das)\s+(?:I|ni|dere|du|jer|ihr|Sie)\s+(?:(?:er|är|seid|sind)\s+(?:(?:hjertelig|varmt|meget|mycket|herzlich|gerne)\s+)?(?:velkomne|velkommen|välkomna|välkommen|willkommen)\s+(?:til\s+(?:at|å)|att|zu)?\s*|(?:gerne|gjerne|gärna)\s+(?:må|får|kan)\s+|(?:må|får|kan)\s+(?:gerne|gjerne|gärna)\s+|gerne\s+)(?:få|låne|låna|bruge|bruke|använda|tage|ta|hente|hämta|have|ha|haben|nutzen|ausleihen|leihen|abholen|mitnehmen)(?![\p{L}])/iu, 'offer'],
  // "Projector chahiye toh bata dena, mere paas hai": "if you need X, tell me" is an offer of X.
  [/^(.{2,40}?)\s+chahiye\s+(?:toh|to|tou)\s+(?:bata|bol|keh|message\s+kar)\s*(?:dena|do|dijiye|dijie|de)\b/iu, 'offer'],
  // "our church in Surulere has a generator that can be used for community events on weekdays"
  [/^(?:(?:however|also|and|plus)[,\s]+)?(?:my|our)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:has|have)\s+(.{3,60}?\s+(?:that|which)\s+can\s+be\s+(?:used|borrowed|booked|hired)\b[^,]*)/iu, 'offer'],  // Spanish "me falta conseguir X", "nos hacen falta X"; Turkish "X'e ihtiyacımız var"; Russian "нам нужен X", "могу
  // предложить X"; Ukrainian "нам потрібен X", "можу запропонувати X"; German "biete ich an, X zu geben"; Swedish, Danish and
  // Norwegian "jag kan låna ut X"; Korean "X 빌려드릴 수 있어요" (I can lend X).
  [/^(?:(?:y|pero|también|tambien|todav[ií]a|a[úu]n)[,\s]+)*(?:me|nos)\s+(?:falta|faltan|hace falta|hacen falta)\s+(?!(?:poco|mucho|nada|tiempo|un poco|muy poco)(?![\p{L}]))(?:conseguir\s+|encontrar\s+|tener\s+)?(.{3,})$/iu, 'need'],
  [/^(?:(?:bir de|ayrıca|ayrica|ve)\s+)?(.{3,60}?)(?:'?(?:y?[ae]))\s+(?:(?:çok|cok|acil|gerçekten)\s+)?ihtiya[cç](?:ımız|imiz|ım|im)\s+var/iu, 'need'],
  // Turkish "İhtiyacım olan tek şey bir projektör" (the one thing I need is a projector).
  [/^(?:(?:bir de|ayrıca|ayrica|ve)\s+)?[İIiı]htiya[cç](?:ımız|imiz|ım|im)\s+olan\s+(?:(?:tek|asıl|asil|en önemli)\s+)?(?:şey|sey|şeyler)\s+(?:ise\s+|de\s+)?(.{3,80}?)(?:\s*(?:dır|dir|tır|tir))?$/iu, 'need'],
  [/^(?:(?:и|а|ещё|еще|также|тоже)\s+)*(?:нам|мне)\s+(?:(?:очень|срочно|сильно|ещё|еще|бы)\s+)*(?:нужен|нужна|нужно|нужны|не хватает)\s+(.{2,})$/iu, 'need'],
  [/^(?:(?:і|а|ще|також)\s+)*(?:нам|мені)\s+(?:(?:дуже|терміново)\s+)*(?:потрібен|потрібна|потрібно|потрібні|бракує)\s+(.{2,})$/iu, 'need'],
  [/^(?:(?:и|а|также|ещё|еще)\s+)*(?:я\s+|мы\s+)?(?:могу|можем|можу|можемо)\s+(?:предложить|дать|одолжить|поделиться|запропонувати|позичити)\s+(.{3,})$/iu, 'offer'],
  [/^(?:(?:außerdem|ausserdem|auch|und)\s+)?(?:biete|bieten)\s+(?:ich|wir)\s+(?:(?:auch|gerne|gern)\s+)*an\s*,\s*(.{3,})$/iu, 'offer'],
  [/^(?:(?:och|og)\s+)?(?:jag|vi|jeg)\s+(?:kan|skulle kunna)\s+(?:(?:också|även|også|gärna|gjerne|gerne)\s+)*((?:låna ut|låne ut|erbjuda|tilby|bidra med|ställa upp med|hjälpa till med)\s+.{3,}?)(?:\s+(?:när|om|hvis|så att|eftersom)\s+.*)?$/iu, 'offer'],
  [/^(?:그리고\s+)?(.{3,80}?)\s*(?:빌려\s?드릴|드릴|도와\s?드릴|제공할|빌려줄)\s+수\s+있(?:어요|습니다|어)/u, 'offer'],
  // Korean "강사 한 분이 더 필요해요" (we need one more instructor).
  [/^(?:그리고\s+|또\s+)?(.{2,40}?)(?:이|가)\s*(?:더\s+|꼭\s+|좀\s+|많이\s+)?필요(?:해요|합니다|해|하다|한데|해서|할\s*것\s*같아요)/u, 'need'],
];
const FOREIGN_PLEDGE = fastEdges(/^(?:(?:mi|nuestro|mon|notre|meu|o meu|nosso|o nosso|il mio|mein|unser)\s+(?:compromiso|engagement|compromisso|impegno|versprechen|vorhaben|plan|plano|piano|projet)|(?:ma|notre)\s+promesse|(?:mi|nuestra)\s+promesa|(?:minha|nossa)\s+promessa|la mia promessa)\s+(?:es|est|é|è|ist)\s+(?:de\s+|d['’]\s*|di\s+|zu\s+)?(?!(?:que|qu['’]|che|dass|simple|sencillo|simples|semplice|facile|f[áa]cil)\b)(\p{L}.+?)[.!]*$/iu);
const CONFIRM_GROUP = fastEdges(new RegExp(String.raw`^(?:(?:this is to|(?:i|we)(?:(?:'|’)d| would)? like to|(?:i|we)\s*(?:(?:'|’)m|am|(?:'|’)re|are)\s+(?:pleased|happy|delighted|glad|writing) to)\s+)?(?:confirm|inform you|announce|let you know)\s+that\s+(?:our|my|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${GROUP_NOUN}),\s+(?:the\s+)?[^,]{2,60},\s+(?:will|shall|is going to|are going to)\s+(?!(?:be|have|need|not|no longer)\b)(.+?)[.!]*$`, 'iu'));
// Taglish "yung youth ministry namin will host …", "ang choir natin ay mag-…": "our youth ministry will host …".
const TAGLISH_OUR = new RegExp(String.raw`(^|[,:;]\s*|^(?:anyway|so|and|also|tapos|pero|at)[,\s]+)(?:(?:'?yung|ang)\s+)((?:[\p{L}'’-]+\s+){0,2}?(?:${GROUP_NOUN}))\s+(?:namin|natin)\s+(?=(?:will|(?:'|’)ll|is going to|are going to|can)\s)`, 'iu');
// The same in German, Swedish and Dutch: "Unser Team bei der Spreewerk GmbH wird … organisieren", "Vi på Chalmers
// studentkår kommer att arrangera …", "… och biblioteket kommer att hålla …", "Ons team gaat … organiseren": "we will".
const FOREIGN_GROUP_SUBJECT = [
  /(^|[:;]\s*|,\s+(?:und\s+)?)(?:unser(?:e)?\s+(?:[\p{L}-]+\s+){0,2}?(?:team|verein|gruppe|abteilung|bibliothek|schule|firma|initiative|kollegium|azubis|ehrenamtlichen|mitarbeitenden|b[üu]ro|zentrum)(?:\s+(?:bei|von|aus|im|in|der|des)\s+(?:(?:der|dem|den|des)\s+)?(?:[\p{L}\d.&-]+\s+){1,4}?)?)(wird|werden)\s+/iu,
  /(^|[:;]\s*|(?:,|\s+och|\s+att)\s+)(?:vi\s+(?:på|i|från|hos|inom)\s+[^,.;:]{2,40}?|(?:vår|vårt|våra)\s+(?:[\p{L}-]+\s+){0,1}[\p{L}-]+|\p{L}*(?:biblioteket|föreningen|skolan|kommunen|teamet|gruppen|klubben|kontoret|avdelningen|kåren|stiftelsen|förbundet))\s+(kommer att|ska|skall)\s+(?!(?:inte|nog|kanske|vara|bli|ha|få|behöva|stänga|flytta|sluta)(?![\p{L}]))/iu,
  /(^|[:;]\s*|,\s+(?:en\s+)?)(?:ons|onze|het|de)\s+(?:[\p{L}-]+\s+){0,2}?(?:team|afdeling|bibliotheek|school|vereniging|gemeente|stichting|organisatie|club|bedrijf)(?:\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?:[\p{L}\d.&-]+\s+){1,3}?)?\s*(gaat|zal)\s+(?!(?:niet|geen|misschien|waarschijnlijk|dicht|sluiten|verhuizen|stoppen)(?![\p{L}]))/iu,
];
const FOREIGN_GROUP_WE: Record<string, string> = { wird: 'wir werden', werden: 'wir werden', 'kommer att': 'vi kommer att', ska: 'vi ska', skall: 'vi ska', gaat: 'we gaan', zal: 'we zullen' };
const groupSubject = (c: string, orgs: RegExp | null = null) => {
  if (/unser|kommer att|\bskal?l?\b|\b(?:gaat|zal)\b/i.test(c)) for (const re of FOREIGN_GROUP_SUBJECT) c = c.replace(re, (_m: string, pre: string, aux: string) => `${pre}${FOREIGN_GROUP_WE[aux.toLowerCase()] ?? aux} `);
  const we = (_m: string, pre: string, aux: string | undefined, aux2?: string) => {
    const a = (aux2 ?? aux ?? '').toLowerCase();
    // "Our exco has agreed to organise …": what the group has agreed to do, it will do.
    return `${pre}we ${/will|ll|agreed|decided|resolved|voted|committed|pledged|undertaken/.test(a) ? 'will' : /^(?:would|could|can)$/.test(a) ? a : /d$/.test(a) ? 'would' : 'are'} `;
  };
  c = c.replace(TAGLISH_OUR, '$1our $2 ');
  let out = /^\s*(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|also|and|plus|then|next|after that|anyway|anyhow|so)[,\s]+)*(?:our|my|the|sadi|saadi|sadda|saada|sadde|saade|hamari|hamara|hamare|humari|humara|humare)\s|[:;,]\s*(?:and\s+)?(?:our|my|the)\s|^(?:next|this|in|on|from|after|over|during|by)\s|^\s*(?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*(?:(?:'|’)s|(?<=s)(?:'|’))\s/iu.test(c) ? c.replace(GROUP_SUBJECT, we) : c;
  // "We agreed that our team will host …", "she's asked me to confirm that the Centre will host …": a decision or a
  // confirmation relays the group's promise.
  if (/\bto (?:confirm|say|announce|report|share|let you know|tell you)\b|\b(?:can|could) confirm\b|\b(?:agreed|decided|resolved|voted|confirmed) that\b/i.test(out)) out = out.replace(GROUP_SUBJECT_PLEASED, we);
  return orgs ? out.replace(orgs, (m: string, pre: string, aux: string) => we(m, pre, aux)) : out;
};
// The organisation the sender speaks for, named in the mail ("I manage community at Brightwave", "On behalf of the Soweto
// Code Club", a signature's "Community Manager | Brightwave"): "Brightwave is happy to sponsor pizza" is the sender's own offer.
const ORG_NAME = String.raw`(\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+(?:(?:of|for|de|&)[ \t]+)?\p{Lu}[\p{L}\d&'’-]*){0,3})`;
// What may follow the organisation's name on its signature line: a legal form in brackets ("Mzansi Telecom (Pty) Ltd"), and
// after a bar its phone or address ("Halifax Public Libraries | 902-555-0190").
const ORG_TAIL = String.raw`[ \t]*(?:\([^()\n]{1,12}\)[ \t]*(?:Ltd|Limited)?\.?[ \t]*)?(?:[|·•][^\n]*)?$`;
const ORG_OF = [
  new RegExp(String.raw`\b(?:I|[Ww]e)\s+(?:work|volunteer|(?:manage|run|lead|coordinate|organi[sz]e|look after)\s+[\p{L} -]{1,30}?|(?:(?:'|’)m|am)\s+(?:the\s+|a\s+|an\s+)?[\p{L} -]{1,40}?)\s+(?:at|for|with)\s+(?:the\s+)?${ORG_NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:[Oo]n behalf of|[Ww]riting from|[Ss]peaking for)\s+(?:the\s+)?${ORG_NAME}`, 'gu'),
  new RegExp(String.raw`^[ \t]*(?:[\p{L}-]+[ \t]+){0,3}(?:[Mm]anager|[Dd]irector|[Cc]oordinator|[Ll]ead|[Hh]ead|[Oo]fficer|[Ll]ibrarian|[Tt]eacher|[Pp]rincipal|(?:[Cc]o-?)?[Ff]ounder|CEO|[Pp]resident|[Cc]hair|[Oo]rgani[sz]er|[Ee]vangelist|[Aa]dvocate|[Cc]onven[eo]r|[Ss]ecretary|[Tt]reasurer|[Cc]hair(?:man|woman|person))[ \t]*[|,@–—-][ \t]*${ORG_NAME}${ORG_TAIL}`, 'gmu'),
  // A signature's title line with the organisation on the line below ("Head, Corporate Social Responsibility" /
  // "GoldCoast Bank PLC").
  new RegExp(String.raw`^[ \t]*[^\n]{0,40}\b(?:Manager|Director|Coordinator|Lead|Head|Officer|Librarian|Principal|(?:Co-?)?[Ff]ounder|CEO|President|Chair|Chairperson|Secretary|Treasurer|Pastor)\b[^\n]{0,60}\n[ \t]*${ORG_NAME}${ORG_TAIL}`, 'gmu'),
];
function orgSubject(text: string): RegExp | null {
  const names = new Set<string>();
  // exec, not matchAll: matchAll would build a copy of each of these long patterns on every reply.
  for (const re of ORG_OF) for (let m = ((re.lastIndex = 0), re.exec(text)); m; m = re.exec(text)) {
    const n = m[1]!.replace(/[.\s]+$/, '').replace(/\s+(?:PLC|Plc|Ltd|Limited|Inc|LLC|GmbH|AG|Pty|Corp)$/, '');
    if (n.length >= 3 && !/^(?:I|We|The|My|Our|Mr|Mrs|Ms|Dr)$/.test(n)) names.add(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  if (!names.size) return null;
  return new RegExp(String.raw`(^|[:;]\s*)(?:[Tt]he\s+)?(?:${[...names].join('|')})\s+(is|are|will|(?:'|’)ll|(?:'|’)s|can|could|would)\s+(?=(?:(?:also|definitely|really|very|more than|so)\s+)?(?:(?:going to|gonna|planning to|planning on)\s+(?!(?:be|have|get|need|close|shut|stay|remain|move|lose|love|like|enjoy|hate|adore|miss|want|feel|look|learn|see|hear|find|think|know)\b)|host|run|organi[sz]e|hold|start|launch|put on|set up|do|make|build|write|translate|create|teach|sponsor|donate|provide|offer|lend|happy to|glad to|willing to|pleased to|delighted to|keen to|able to)\b)`, 'u');
}

// Round 14: offers on a condition of someone else's need ("Should anybody need a place to stay in Oaxaca, my door is open",
// "if ur group ever needs a photographer just message me", "In case your team wants help with X, I'm available").
const OFFER_COND = /^(?:(?:and|also|oh|plus|btw|but|so)[,\s]+)?(?:if|should|in case|whenever)\s+(?:anyone|anybody|someone|somebody|you|u|people|folks|the group|any of you|(?:your|ur|the|any|(?:anybody|anyone|someone|somebody)(?:'|’)s)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:ever\s+)?(?:wants?|needs?|could use|is looking for|are looking for)\s+(.+?)[,;]?\s+(?:just\s+|please\s+|then\s+)?(?:ping|message|msg|text|email|e-mail|call|ask|contact|dm|tell|give me a|let me know|shout|hit me up|drop me|reach out|my door is open|our door is open|i(?:'|’)m (?:available|around|free|happy|your|in)|i am (?:available|around|free|happy|your)|count on me|i can help|i(?:'|’)d be (?:happy|glad)|i(?:'|’)ll help|i(?:'|’)m here)\b/iu;
// Needs said as complaints: "Nobody ever has a working HDMI adapter at these things", "no one wants to do the paperwork",
// "we struggle to find a venue that's wheelchair accessible", "we have no generator" (not "I have no great need of
// anything", "we have no particular wants": no need at all).
const NEED_COMPLAINT = /^(?:(?:and|but|honestly|also|plus|seriously|ugh)[,\s]+)?(?:nobody|no one|no-one|none of us)\s+(?:ever\s+)?(?:has|have|brings?|owns?|remembers?)\s+(?!(?:the\s+)?(?:time|energy|patience|money|bandwidth|capacity)\b)(.+?)(?:\s+(?:at|in|for|to)\s+(?:these|those|our|the|any)\s+(?:things|events|meetups|sessions|meetings|gatherings))?[.!]*$|\b(?:nobody|no one|no-one)\s+(?:ever\s+)?(?:wants|is willing|volunteers|offers|has time)\s+to\s+(.+)$|\b(?:i|we)\s+(?:(?:are|am|(?:'|’)re|(?:'|’)m)\s+)?(?:always\s+|constantly\s+|really\s+|still\s+|keep\s+)?(?:struggle|struggling|have (?:trouble|a hard time|a tough time)|never manage)\s+(?:to\s+)?(?:find|finding|get|getting|source|sourcing)\s+(.+)$|\b(?:i|we)\s+(?:have|(?:'|’)ve got|(?:'|’)ve)\s+no\s+(?![^.!?]*\b(?:anymore|any more|any longer)\b)(?!(?:(?:great|real|particular|special|pressing|urgent|immediate|big|such|further|other)\s+)?(?:idea|clue|time|plans?|news|complaints?|questions?|problems?|issues?|needs?|wants?|wish|offer|answer|head|mind|heart|energy|strength|patience|choice|interest|intention|desire|words|capacity|bandwidth|requirements?|use|call|love)\b)(.+)$|^(?:(?:and|but|also)[,\s]+)?((?:a|an|some|more|the|enough|good|decent|proper|reliable)\b.{2,60}?)\s+(?:is|are)\s+what\s+(?:i|we)(?:(?:'|’)re|\s+are)?\s+(?:really\s+|most\s+|sorely\s+|badly\s+|still\s+)?(?:lack|lacking|need|miss|missing|short of|short on)(?:\s+most)?\s*[.!]*$/i;
// "nobody on staff knows how to update it": someone who does is needed.
const NEED_NOBODY_KNOWS = /\b(?:none of us|(?:nobody|no one|no-one)\s+(?:(?:on|in|at|from)\s+(?:staff|the team|the board|our|my|the)\b[^,]{0,25}?|here))\s+(?:really\s+|actually\s+)?knows?\s+how\s+to\s+(.+)$/i;
// "Our village hall badly needs a projector", "Third, our youth group needs laptops": what the person's own group needs.
const NEED_OUR_NEEDS = fastEdges(/^(?:(?:and|also|but|so|honestly|first|second|third|finally|lastly|plus)[,\s]+)?(?:[^,]{3,40}?\s+and\s+)?(?:our|my)\s+(?!(?:movement|world|city|country|web|internet|society|planet|sector|industry|future|son|daughter|kids?|child|children|wife|husband|partner|mum|mom|dad|mother|father|sister|brother|family|baby|dog|cat|grandma|grandpa|grandmother|grandfather|boss|friend|friends|neighbou?r)\b)[\p{L}'’ -]{2,30}?\s+(?:really\s+|badly\s+|desperately\s+|urgently\s+|sorely\s+|also\s+|still\s+)?needs\s+(?!to\b)(.{3,})$/iu);
// "What our seniors' group struggles with is getting anyone to explain …", "what's killing our club is transportation".
const NEED_HARD_IS = /^(?:[^,]{0,30}:\s*)?(?:(?:and|but|honestly|so)[,\s]+)?what(?:(?:'|’)s|\s+is)?\s+(?:(?:our|my|the)\s+[\p{L}'’ -]{2,30}?\s+(?:really\s+|most\s+|always\s+)?(?:struggles?|is struggling)\s+with(?:\s+most)?|(?:(?:'|’)s\s+|is\s+)?(?:killing|hurting|holding back|stopping)\s+(?:our|my)\s+[\p{L}'’ -]{2,30}?)\s+(?:is|are)\s+(.+)$/iu;
// "If anyone has a printer I could use for an afternoon, that would save me."
// "Should anyone have a spare laptop, we would gladly receive it": the formal "if anyone has".
const NEED_IF_HAS = /^(?:(?:and|also|so|oh)[,\s]+)?(?:if\s+(?:any|some)(?:one|body)(?:\s+(?:has got|has|have|got)|(?:'|’)s\s+got)|should\s+(?:any|some)(?:one|body)\s+(?:have|happen to have))\s+(.+?)(?:,\s*|\s+(?=that\s+would\b|that(?:'|’)d\b|(?:we|i)(?:'|’)d\s))(?:(?:we|i)\s*(?:(?:'|’)d|\s+would|\s+shall|\s+will)\s+(?:(?:gladly|happily|gratefully|be glad to|be happy to)\s+)?(?:receive|take|accept|welcome|use)\s+(?:it|them|one)\b|(?:that|it)(?:\s+would|(?:'|’)d)\s+(?:really\s+|honestly\s+)?(?:save|help|be\s+(?:a\s+(?:huge|big|great|real)\s+help|a lifesaver|a godsend|amazing|great|brilliant|fantastic|much appreciated|ace|awesome|lovely|wonderful|fab|perfect|super|grand|sweet|helpful)\b(?!\s+to\s))|(?:we|i|the (?:kids|children|students|pupils|club|class|group)|our [\w'’-]+(?: [\w'’-]+)?)\s+(?:really\s+|badly\s+|could\s+really\s+)?(?:need|needs|could use|could do with|would love|(?:'|’)d love|can use)\s+(?:them|it|one|some|those)\b)/i;
const COMPLAINT_HINT = /no(?:body| one|-one|ne of us|\s)|struggl|trouble|hard time|tough time|never manage|what/i;
const SHOULD_HINT = /should|ought|needs to|must/i;
// "Weekend events, please." / "Less jargon please!": a thing asked of the whole movement.
const WISH_PLEASE = /^(?:(?:and|also|so|just)[,\s]+)?((?:more|less|fewer|better|cheaper|weekend|evening|daytime|online|free|shorter|longer)\b[\p{L}\d' ,-]{2,60}?),?\s+please\s*[.!]*$/iu;
// "I think the movement should stop talking only to developers": a should for the movement.
const WISH_SHOULD = /^(?:(?:honestly|really|basically|frankly|i think|i believe|i feel(?: like)?|in my (?:view|opinion)|imo|to me)[,?!.:]*\s+){0,2}((?:the|this|our)\s+(?:movement|community|(?:open\s+)?web|internet|world|industry|tech (?:scene|world|industry)|sector|whole thing|organi[sz]ers?|events?|meetups?|gatherings?|conversation)\s+(?:really\s+)?(?:should|ought to|needs to|must)\s+.+)$/iu;

// "I'm free on weekends to drive people around" (after "I have a van and …").
const OFFER_FREE_TO = /^(?:(?:and|also)\s+)?(?:i|we)\s*(?:(?:'|’)m|am|(?:'|’)re|are)\s+(?:usually\s+|often\s+|always\s+)?(?:free|available)\s+(.{0,30}?)\s*to\s+(?!(?:come|join|attend|be there|chat|talk)\b)(.+)$/i;

// Needs asked as questions (round 15): "Is there any chance of childcare at the next one?", "is there a pot of money
// somewhere for bus fare?", "How do other groups find a treasurer?", "where do people get affordable liability insurance?",
// "Could your group help us figure out how to livestream our council meetings?".
const NEED_IS_THERE = /^(?:[^:?]{1,30}:\s*)?(?:(?:so|also|and|oh|btw|but)[,:]?\s+)?(?:is there|are there)\s+(?:any chance (?:of|for)\s+|any\s+)?(?=(?:a|an|some|\p{L}+)\s)(?!(?:(?:a|an|some|the|any)\s+)?(?:chance|thing|anything|something|time|date|deadline|recording|link|slides?|video|photos?|pictures?|agenda|parking|fee|cost|charge|dress code|wait ?list|list of (?:attendees|people)|way (?:i|we) (?:can|could) help|more info|(?:whats ?app|telegram|signal|slack|discord|matrix|facebook|fb|wechat|line|viber|group chat|chat group|chat|mailing list|email list|e-mail list|contact list)(?:\s+(?:group|channel|chat|room|community|list|server|thread))?\s+(?:for|with|of)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\p{L}-]+\s+)?(?:attendees|participants|people who (?:came|attended|were there)|everyone who (?:came|attended|was there)|us|folks|the event|today|this event))\b)(.+?)\s*\?+\s*$/iu;
const NEED_HOW = /^(?:[^:?]{1,30}:\s*)?(?:(?:so|also|and|oh|btw|honestly|but)[,:]?\s+)?(?:how|where)\s+(?:do|does|can|could|would|should|did)\s+(?:other\s+)?(?:groups?|people|folks|you|anyone|others|organi[sz]ations|clubs|we|i|one|small\s+[\p{L}-]+|[\p{L}-]+\s+like\s+(?:us|mine|ours|me))\s+(?:usually\s+|even\s+|actually\s+|normally\s+|ever\s+)?(find|get|hire|recruit|source|afford|pay for|get hold of|buy|fund|raise)\s+(.+?)\s*\?+\s*$/iu;
// "Any leads on cheap insurance for one-off events?", "Does the movement have any money for bus tickets?", "Who could help
// us translate our flyers into Somali?".
const NEED_LEADS = /^(?:(?:so|also|and|btw|oh)[,:]?\s+)?(?:any|got any|have you got any)\s+(?:leads|tips|ideas|suggestions|recommendations|pointers)\s+(?:on|for|about)\s+(?:finding\s+|getting\s+)?(.+?)\s*\?+\s*$/i;
const NEED_DOES_HAVE = /^(?:(?:so|also|and|btw|oh)[,:]?\s+)?(?:does|do|would|will)\s+(?:the\s+(?:movement|group|network|organi[sz]ers|team|foundation|community)|your\s+(?:group|team|network|organi[sz]ation)|you(?: guys)?|y(?:'|’)?all)\s+have\s+(?:any\s+)?(?!(?:the\s+)?(?:slides?|recording|photos?|pictures?|link|list|agenda|date|time|details|notes|plans?)\b)(.+?)\s*\?+\s*$/i;
// "Do you know anyone who could run a resume workshop?": a person asked for.
const NEED_KNOW_ANYONE = /^(?:(?:so|also|and|btw|oh)[,:]?\s+)?(?:do|does|would)\s+(?:you|anyone|anybody|any of you|you guys)\s+(?:happen to\s+)?know\s+(?:of\s+)?((?:anyone|anybody|someone|somebody|a|an|any)\s.+?)\s*\?+\s*$/i;
const NEED_WHO = /^(?:(?:so|also|and|btw|oh)[,:]?\s+)?who\s+(?:could|can|would|might)\s+(help|lend|give|teach|show)\s+(?:us|me)\s+(.+?)\s*\?+\s*$/i;
const NEED_Q_YOU = /^(?:(?:so|also|and|oh|btw)[,:]?\s+)?(?:could|can|would|will)\s+(?:you|your\s+(?:group|team|organi[sz]ation|network|folks|people|members)|you guys|y(?:'|’)?all|any of you)\s+(?:possibly\s+|maybe\s+|please\s+|perhaps\s+)?(help|lend|loan|spare|donate|recommend|connect)\s+(?:us|me)?\s*(.+?)\s*\?+\s*$/i;
// "If anyone knows an umbrella insurance program for small co-ops, please tell me."
const NEED_IF_KNOWS = /\bif\s+(?:anyone|anybody|someone|somebody|you|any of you)\s+(?:knows?|has heard)\s+(?:of\s+|about\s+)?(?!(?:how|what|where|whether|why|who|when|the process)\b)(.+?)(?:\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:could|can|might|may)\s+(?:borrow|use|hire|rent|book|have))?,\s*(?:please\s+|do\s+)?(?:tell|let|ping|email|message|send|point|share|shout|give me|drop me|i(?:'|’)d|i would|we(?:'|’)d|we would|(?:i|we) could (?:really )?use|(?:i|we) need)\b/i;
// "if anyone knows how to set up an imaging server, please shout": someone who knows how is the need.
const NEED_IF_KNOWS_HOW = /\bif\s+(?:anyone|anybody|someone|somebody|any of you)\s+knows?\s+how\s+to\s+(.{3,80}?),?\s+(?:please\s+|do\s+)?(?:tell|let|ping|email|message|shout|give me|drop me|get in touch|reach out|i(?:'|’)d|we(?:'|’)d)\b/i;
// "the community garden has no way to take donations online": what it has no way to do.
// "I propose to host a coffee klatch", "I offer to translate the website", "I give my time on Saturdays".
const OFFER_PROPOSE = /^(?:(?:also|and|so)[,\s]+)?(?:i|we)\s+(?:(?:propose|offer)\s+to\s+(.+)|(?:give|offer|donate|contribute)\s+((?:my|our|some|free)\s+(?!(?:thanks|gratitude|apologies|congratulations|condolences|compliments|regards|best)\b).+))$/i;
// "For our association is very important to have a website."
const NEED_IMPORTANT = /^(?:for (?:us|me|our [\p{L}-]+|my [\p{L}-]+),?\s+)?(?:it\s+|it(?:'|’)s\s+)?(?:is\s+)?(?:very |really |so |most |extremely )?(?:important|essential|vital|crucial)\s+(?:for (?:us|me|our [\p{L}-]+)\s+)?to (?:have|get|find)\s+(.+)$/iu;
// "I would appreciate help with our website."
// "Kindly let us know if any group can lend a keyboard", "Do tell me if anyone could spare a gazebo": asking to be told
// who can give a thing is needing it.
const NEED_LET_KNOW = /^(?:(?:and|also|so|oh)[,\s]+)?(?:(?:kindly|please|pls|do)\s+)?(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me))\s+if\s+(?:any|some)(?:one|body|\s+(?:other\s+)?[\p{L}-]+)\s+(?:can|could|would|is able to|are able to)\s+(?:lend|give|donate|spare|share|provide|loan|offer|send)(?:\s+(?:us|me))?\s+([^,;]{3,80}?)(?:\s+(?:to\s+(?:us|me)|for\s+(?:a|the)\s+[^,;]{2,30}))?(?:[,;].*)?[.!?]*$/iu;
// The older "We should be grateful for …", "I shall be obliged for …" ask the same.
const NEED_APPRECIATE = /^(?:(?:and|also)[,\s]+)?(?:i|we)(?:\s+(?:also|really|truly|all))?\s*(?:(?:'|’)d|\s+would|\s+should|\s+shall)\s+(?:also\s+)?(?:really\s+|greatly\s+|so\s+)?(?:appreciate|be\s+(?:very\s+|so\s+|really\s+|most\s+|extremely\s+|ever so\s+|terribly\s+|awfully\s+|immensely\s+|hugely\s+|deeply\s+|truly\s+|most awfully\s+)?(?:grateful|thankful|obliged)\s+for)\s+(?:any\s+)?(?!(?:it|that|this|you|your (?:time|patience|understanding|email|message|note)|the (?:invite|invitation|event|email|note|reminder))\b)(.{3,80}?)(?:,\s+(?:as|since|because|seeing as)\s+(?:most|many|some|several|all|both|half|none|few|nobody|no one|not|we|our|the|they|their|i|my|it|there|he|she|his|her)\b.*)?$/i;
// "If I had one wish, it would be broadband for every farm in the county."
const WISH_ONE = /^if (?:i|we) (?:had|could have|got|were granted) (?:one|a single|just one|only one|a) wish,?\s*(?:(?:it(?:'|’)d|it would|that would) be|it(?:'|’)s|it is)\s+(.+)$/i;
// "There is no space in our neighbourhood for teenagers to hang out."
const NEED_THERE_NO = /^(?:(?:but|and|sadly|honestly|also|here|right now)[,\s]+)?there(?:(?:'|’)s| is| are)\s+(?:just\s+|simply\s+|still\s+)?no\s+(?!(?:rush|need|problem|doubt|hurry|point|pressure|worries|worry|obligation|question|time like|way (?:i|we)|one (?:else|like)|reason)\b)(.{3,80})$/i;
// "We have plenty of chairs and tables if anyone needs them."
const OFFER_HAVE_IF = /\b(?:i|we)\s*(?:(?:'|’)ve got|(?:'|’)ve(?=\s+(?:a|an|two|three|some)\s)|\s+have(?: got)?|\s+own)\s+(?!(?:no|not|a (?:question|problem))\b)(.+?),?\s+if\s+(?:anyone|anybody|someone|somebody|you|any of you|people|the group|other groups)\s+(?:ever\s+)?(?:needs?|wants?|could use)\s+(?:them|it|one|some|any|those|(?:(?:the|a|an|their|any|your)\s+)?[a-z-]+\s+(?:[a-z]+ed|driven|done|taken|brought|put up|set up|hung)\b)/i;
// "if anyone needs a sound system I have one in the garage": the need named first, then the thing one has for it.
const OFFER_IF_HAVE = /^(?:(?:but|and|also|so|oh|plus|btw)[,\s]+)?if\s+(?:anyone|anybody|someone|somebody|any of you|you|people|ppl|any1)\s+(?:ever\s+)?(?:needs?|wants?|could use)\s+((?:a|an|some|any|two|three|extra|spare)\s+[^,]{2,50}?),?\s+(?:i|we)\s*(?:(?:'|’)ve got|(?:'|’)ve|\s+have(?: got)?|\s+got|\s+own)\s+(?:one|some|them|it|two|three|a few|plenty|spares?|extras?)\b/i;
// "tengo un router de sobra si alguien lo necesita", "tenho um projetor sobrando se alguém precisar": the same in Spanish and
// Portuguese, the thing first.
const OFFER_HAVE_IF_ROMANCE = /^(?:(?:y|e|pero|mas|também|también|adem[aá]s)[,\s]+)?(?:tengo|tenemos|tenho|temos)\s+((?:un|una|unos|unas|um|uma|uns|umas|dos|duas|tres|três)\s+[^,]{2,60}?),?\s+(?:si|se)\s+(?:alguien|alguém|algu[eé]m|alguno|alguna|alguma|algum|ustedes|vocês|voc[eê])\s+(?:lo\s+|la\s+|los\s+|las\s+|o\s+|a\s+|os\s+|as\s+)?(?:necesita|necesitan|necesitara|precisa|precisar|precisam|quiere|quer|quiser)(?![\p{L}])/iu;
const NEED_NO_WAY = /\b(?:i|we|(?:our|the|my)\s+[\p{L}'’ -]{2,30}?)\s+(?:has|have|(?:'|’)ve got)\s+no\s+(?![^.!?]*\b(?:anymore|any more|any longer)\b)((?:easy |good |simple |proper )?(?:way|means|place|space|room))\s+(to|for|of)\s+(.+)$/iu;
// "Things that would help us run a Code Club at our school: laptops, a DBS-checked volunteer, and a bit of money for snacks."
const NEED_HELP_LIST = /^(?:the\s+)?(?:things?|stuff|what)\s+(?:that\s+)?(?:(?:would|could|might|will)\s+(?:really\s+)?help(?:\s+(?:us|me))?\b|(?:i|we)\s+(?:could\s+(?:really\s+)?use|(?:really\s+)?need|(?:are|am|(?:'|’)re|(?:'|’)m)\s+(?:missing|lacking|short of|looking for))\b)[^:]{0,80}[:：]\s*(.+)$/i;
// "Do one in the suburbs on a Sunday afternoon.": what the organisers are asked to do differently is a wish.
const WISH_DO_ONE = /^(?:(?:so|just|please|and|maybe)[,\s]+)?(?:do|hold|have|run|put on|organi[sz]e|try)\s+(?:one|the next one|some|them|these|events?|more(?:\s+events)?)\s+((?:in|on|at|outside|during|near|closer to|away from|somewhere|anywhere|with)\b.{3,80}?)(?:,?\s+please)?[.!]*$/i;
// "We need more young people in the labour movement": a need for the wider movement is a wish.
const MOVEMENT_MORE = /^(?:more|fewer|less)\s+.+\b(?:in|into|across|throughout|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:movement|industry|world|sector|field|society|scene|open web|web|internet)\b/iu;
// "about a month's notice to book them": how to ask, not a need.
const LOGISTICS = fastEdges(/^(?:[\p{L}\d'’]+\s+){0,3}(?:notice|heads[- ]up|lead time|advance warning)\b/iu);

/** An offer, need or wish said plainly (round 8); `next` is the following sentence, which may let others use a thing,
 * `prev` the clause before in the same sentence ("I have a van" before "I'm free on weekends to drive people around"). */
// Long rambling replies: a wish put as a rhetorical question ("Why can't every town get its own makerspace?",
// "Wouldn't it be something if every library had a maker cart?", "Would it kill the big firms to sponsor a few spaces?"),
// an old-fashioned "I should so like to see …", a lack named as the group's challenge or as what is missing, and a
// request for someone to guide or teach ("can someone from your side guide us on …?").
const RHETORIC_WISH = /^(?:(?:but|and|honestly|seriously|so|really)[,\s]+)?(?:why\s+(?:can(?:'|’)?t|cannot|shouldn(?:'|’)?t|doesn(?:'|’)?t|don(?:'|’)?t|won(?:'|’)?t)\s+((?:every|each|all|more)\s+.+?)|wouldn(?:'|’)?t\s+it\s+be\s+(?:something|great|nice|amazing|lovely|wonderful|brilliant|cool|awesome|grand|fantastic)\s+if\s+(.+?)|would\s+it\s+(?:kill|hurt)\s+(?:the\s+)?(.+?\s+to\s+.+?))\s*\?+\s*$/i;
// "It would be a fine thing if the library stayed open on Sundays", "It'd be a grand thing if …": a wish said as a statement.
const WISH_SHOULD_LIKE = /\b(?:i|we)\s+should\s+(?:so\s+|very much\s+|really\s+|dearly\s+)?(?:like|love)\s+to\s+see\s+(.+)$|^(?:(?:and|but|also|honestly|oh)[,\s]+)?it\s*(?:would|(?:'|’)d|should)\s+be\s+(?:a\s+)?(?:(?:very|really|truly|most)\s+)?(?:fine|grand|good|great|wonderful|splendid|marvell?ous|capital|lovely|excellent|blessed|welcome)\s+thing\s+if\s+(.+?)(?:,\s+as\s+(?:it|they|there|we|i)\b.*)?[.!]*$/i;
const NEED_CHALLENGE_IS = /^(?:(?:and|but|so|also|honestly)[,\s]+)?(?:our|my|the)\s+(?:major|main|biggest|big|greatest|real|one|key)\s+(?:challenge|problem|issue|struggle|obstacle|hurdle)(?:\s+(?:for us|here|right now))?\s+(?:is|are)\s+(?!(?:that|how|when|where|why|to)\b)(.+)$/i;
const NEED_MISSING_IS = /^(?:(?:and|but|so|also|honestly)[,\s]+)?what(?:(?:'|’)s|\s+is|\s+are)\s+(?:really\s+|still\s+|most\s+)?missing(?:\s+(?:here|for us|most))?\s+(?:is|are)\s+(.+)$/i;
const NEED_SOMEONE_GUIDE = /\b(?:can|could|would)\s+(?:someone|somebody|anyone|anybody)(?:\s+(?:from|on|at|in)\s+(?:your|the|this)\s+(?:side|team|end|network|group|list))?\s+(?:please\s+)?((?:guide|teach|help|show|advise|mentor|coach|walk)\s+(?:us|me)\b.+?)\s*\?+\s*$/i;
const NEED_ASSIST = /^(?:(?:so|also|and|sir|ma|madam)[,\s]+)?(?:kindly|please|pls|plz)\s+(?:kindly\s+)?(?:assist|help|support)\s+(?:us|me)\s+with\s+((?:a|an|some|one|two|three|\d+|any|few|a few|more|extra)\s+(?![\p{L}-]+ing\b|(?:this|that|it|the)\b).{2,80})$/iu;
const NEED_ASKED_NONE = /\b(?:keeps?|kept)\s+asking\s+(?:for|about)\s+(.+?),?\s+and\s+(?:we|i)\s+(?:have|(?:'|’)ve got|got)\s+(?:none|nothing|no one|nobody)\s*[.!]*$/i;
const OFFER_WHICH_HAPPY = /^(?:(?:and|also|but|so)[,\s]+)?(.{5,80}?),\s+(?:[^,]{1,30},\s+)?which\s+(?:i|we)(?:(?:'|’)d be|\s+would be|(?:'|’)m|\s+am|(?:'|’)re|\s+are)\s+(?:very\s+|more than\s+|really\s+)?(?:happy|glad|willing)\s+to\s+(\p{Ll}+)(?:\s+(?:them|it))?(?:\s+((?!if\b)[^,.!?]+?))?(?:\s+if\b.*)?[.!]*$/iu;
// "… that the church's old laptops are yours to borrow", "Our gazebo is yours to use any weekend": a thing put at
// the network's disposal is the offer.
const OFFER_YOURS_TO = /(?:^(?:(?:and|also|plus|oh)[,\s]+)?|\bthat\s+)((?:the|our|my|his|her|their)\s+[^,]{2,50}?)\s+(?:is|are)\s+(?:all\s+)?yours\s+to\s+(?:borrow|use|keep|have|take)\b/iu;
// "The vicarage dining room is free most Thursday evenings, if any group needs a big table": a place free at a time, for
// any group that needs it, is the offer, with its time (round 28's condo room, which nobody was invited to use, is not).
const OFFER_FREE_IF = /^(?:(?:and|also|plus|oh)[,\s]+)?((?:the|our|my)\s+[^,]{2,50}?)\s+(?:is|are)\s+(?:usually\s+|often\s+|generally\s+)?(?:free|empty|available|unused)\s+(?:(?:most|on|every|all)\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\s+(?:mornings?|afternoons?|evenings?|nights?))|weekends|weeknights|evenings|mornings|afternoons)?[^,]*?,\s+(?:if|should|in case|whenever)\s+(?:any|some)(?:one|body|\s+[\p{L}-]+)\s+(?:needs?|wants?|could use|would like|is looking for)\b/iu;
function rambleItem(c: string, sentence: string): { slot: Slot; text: string } | null {
  let m: RegExpExecArray | null;
  if (/\byours\s+to\b/i.test(c) && (m = OFFER_YOURS_TO.exec(c))) return { slot: 'offer', text: m[1]! };
  if (/\b(?:free|empty|available|unused)\b.*,\s+(?:if|should|in case|whenever)\s/i.test(c) && (m = OFFER_FREE_IF.exec(c))) return { slot: 'offer', text: m[1]! + (m[2] ? ' on ' + m[2] : '') };
  if (c.includes('?') && (m = RHETORIC_WISH.exec(c))) return { slot: 'wish', text: (m[1] ?? m[2] ?? m[3]!).replace(/\s+to\s+/, ' ').replace(/\byet another\b/i, 'another') };
  if ((m = WISH_SHOULD_LIKE.exec(c))) return { slot: 'wish', text: (m[1] ?? m[2])! };
  // "Our major challenge is power supply, so we would appreciate a generator": what the sentence goes on to ask for is
  // the need, not the challenge.
  if ((m = (/,\s+so\s+(?:we|i)\s/i.test(sentence) || BUT_WHAT_NEED.test(sentence) ? null : NEED_CHALLENGE_IS.exec(c)) ?? NEED_MISSING_IS.exec(c) ?? (/asking/i.test(c) ? NEED_ASKED_NONE.exec(sentence) : null))) return { slot: 'need', text: m[1]! };
  if (c.includes('?') && (m = NEED_SOMEONE_GUIDE.exec(c))) return { slot: 'need', text: 'someone to ' + m[1]! };
  // "Kindly assist us with some stickers", "Please help us with a projector for the hall": a polite ask for things.
  if (/\b(?:assist|help|support)\s+(?:us|me)\s+with\b/i.test(c) && (m = NEED_ASSIST.exec(c))) return { slot: 'need', text: m[1]! };
  // "My late husband's old laptops are still in the spare room, which I'd be happy to donate if …": the thing, and what one
  // is happy to do with it, is the offer.
  if (/\bwhich\s+(?:i|we)\b/i.test(c) && (m = OFFER_WHICH_HAPPY.exec(sentence))) {
    const head = m[1]!, thing = /^(.+?)\s+(?:is|are)\s+(?:still\s+|just\s+)?(?:in|at|sitting|lying|gathering|stored)\b/i.exec(head)?.[1] ?? /\b(?:gives?|has|have|offers?|got)\s+(?:us|me)\s+(.+)$/i.exec(head)?.[1];
    if (thing) return { slot: 'offer', text: `${m[2]} ${thing.replace(/^My\b/, 'my').replace(/^Our\b/, 'our')}${m[3] ? ' ' + m[3] : ''}` };
  }
  return null;
}
// The sentence without what runs on after a comma as a sentence of its own (null when nothing does).
const beforeClause = (c: string) => { const whole = c.replace(/[\s.!?]+$/, ''), head = cutClauseTail(whole); return head.length < whole.length ? head : null; };
// "voluntarios que hablen árabe para acompañar a las familias", "des bénévoles qui parlent arabe pour accompagner …": what
// a full need is for (an infinitive after "para"/"pour"/"per") is no part of it, as a long English action loses its purpose.
const FOREIGN_NEED_PURPOSE = /\s+(?:para|pra|pour|per)\s+(?:(?:poder|pouvoir|potere|ir|aller|andare)\s+)?\p{Ll}+(?:ar|er|ir|re)(?:l[oa]s?|les?|nos)?\s.*$/u;
// "kicking around", "gathering dust": where a thing lies is no part of it.
const LIES_AROUND = /\s+(?:(?:kicking|lying|laying|sitting|hanging|knocking)\s+(?:around|about)|gathering\s+dust)\b.*$/i;
const COUNT_ONLY = /^(?:one|two|three|four|a couple|a few|some|several|one or two|two or three|a couple of them|a few of them|them|one of them|\d(?:\s*(?:-|or|to)\s*\d)?)(?:\s+(?:or|to)\s+(?:two|three|four|five))?(?:\s+(?:for|at|in)\b.*)?$/i;
const IF_ANYONE_HAS = /\bif\s+(?:any(?:one|body)|some(?:one|body)|any of you)\s+(?:has|have|has got|got)\s+((?:an?|some|any|spare|old)\s+[^,;]{2,60}?)\s*,/i;
function plainItem(c: string, next: string, prev = '', sentence = c): { slot: Slot; text: string } | null {
  const r = plainItem0(c, next, prev, sentence);
  if (r && r.slot === 'need' && /[^\x00-\x7f]|\b(?:para|pour|per|pra)\b/.test(r.text)) {
    const cut = r.text.replace(FOREIGN_NEED_PURPOSE, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 3 && /\s(?:que|qui|che)\s/i.test(all.slice(0, i)) ? '' : m));
    return { ...r, text: cut };
  }
  return r;
}
const NOT_YET_LEAD = /^\s*(?:pas\s+encore|toujours\s+pas|todav[íi]a\s+no|a[úu]n\s+no|ainda\s+n[ãa]o|noch\s+nicht|nog\s+niet|non\s+ancora|ancora\s+no|oui|non|s[íi]|ja|nee|nein|sim|n[ãa]o)\s*[,;:—–-]\s*(?=\p{L})/iu;
function plainItem0(c: string, next: string, prev = '', sentence = c): { slot: Slot; text: string } | null {
  let m: RegExpExecArray | null;
  const ri = rambleItem(c, sentence);
  if (ri) return ri;
  // "What my neighbourhood association lacks most is a treasurer": what one's group lacks.
  if (/\bwhat\s+(?:my|our)\b/i.test(c) && (m = /\bwhat\s+(?:my|our)\s+[\p{L}'’ -]{2,40}?\s+(?:lacks|needs|is missing|is short of|could use|is crying out for)(?:\s+most)?\s+(?:is|are)\s+(.{3,})$/iu.exec(c))) return { slot: 'need', text: m[1]! };
  // "I've got a van, so if anyone needs chairs moved, give me a shout": the thing one has is the offer.
  if (/,\s+so\s/i.test(c) && (m = OFFER_HAVE_SO.exec(c))) return { slot: 'offer', text: m[1]! };
  // "My sister does bookkeeping and is happy to help", "my cousin has a print shop and he's happy to print flyers": a
  // relative's help passed on.
  if ((m = OFFER_KIN.exec(c))) return { slot: 'offer', text: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!).replace(/\s+(?:for free|free of charge)\b/i, '').replace(/\s+for\s+any\s+(?:of\s+)?.*$/i, '') };
  if ((m = OFFER_COND.exec(c))) {
    // "I've got a van, so if anyone needs chairs moved, give me a shout": the van is what is offered.
    const had = /^(?:(?:and|also|plus|oh)[,\s]+)?(?:i|we)\s*(?:(?:'|’)ve got|\s+have got|\s+have|\s+own|\s+got)\s+((?:a|an|my|our|two|three|four|some|\d+)\s+[^,]{2,40}?)[,\s]*(?:so)?\s*$/i.exec(prev);
    return { slot: 'offer', text: had && /^\s*(?:so\s+)?if\b/i.test(c) ? had[1]! : m[1]! };
  }
  if (c.includes(':') && (m = NEED_HELP_LIST.exec(c))) return { slot: 'need', text: m[1]! };
  if (c.includes(' no ') && (m = NEED_NO_WAY.exec(c))) return { slot: 'need', text: `a ${m[1]} ${m[2]} ${m[3]}` };
  if ((m = WISH_DO_ONE.exec(c))) return { slot: 'wish', text: 'events ' + m[1] };
  if (c.includes('if ') && (m = OFFER_HAVE_IF.exec(c))) return { slot: 'offer', text: m[1]! };
  if (/^\W*(?:\w+[,\s]+)?if /i.test(c) && (m = OFFER_IF_HAVE.exec(c))) return { slot: 'offer', text: m[1]! };
  if (/\bten(?:go|emos|ho)\b/i.test(c) && (m = OFFER_HAVE_IF_ROMANCE.exec(c))) return { slot: 'offer', text: m[1]!.replace(/\s+(?:parad[oa]s?|guardad[oa]s?|encostad[oa]s?|tirad[oa]s?|sin usar|sem uso)(?![\p{L}]).*$/iu, '') };
  if (/^if /i.test(c) && (m = WISH_ONE.exec(c))) return { slot: 'wish', text: m[1]! };
  if ((m = OFFER_PROPOSE.exec(c))) return { slot: 'offer', text: m[1] ?? m[2]! };
  if (/important|essential|vital|crucial/.test(c) && (m = NEED_IMPORTANT.exec(c.includes('(') ? c.replace(/\s*\([^()]{1,60}\)/g, '') : c))) return { slot: 'need', text: m[1]! };
  if (/appreciate|grateful|thankful/.test(c) && (m = NEED_APPRECIATE.exec(c))) return { slot: 'need', text: m[1]! };
  if (/\b(?:know|tell)\b/i.test(c) && (m = NEED_LET_KNOW.exec(c))) return { slot: 'need', text: m[1]! };
  if (/^\W*(?:\w+[,\s]+){0,2}there/i.test(c) && (m = NEED_THERE_NO.exec(c))) return { slot: 'need', text: m[1]! };
  if (/^(?:(?:honestly|really|and|but)[,\s]+)?(?:not much|nothing(?: much)?|not a lot)\s+(?:that\s+)?(?:i|we)\s+(?:really\s+)?need\b/i.test(c)) return { slot: 'need', text: 'nothing' };
  if ((m = NEED_NOBODY_KNOWS.exec(c))) return { slot: 'need', text: 'someone who knows how to ' + m[1] };
  if ((m = NEED_IF_KNOWS_HOW.exec(c))) return { slot: 'need', text: 'someone who knows how to ' + m[1] };
  if (/touch|connect|introduce/i.test(c) && (m = NEED_PUT_IN_TOUCH.exec(c))) return { slot: 'need', text: m[1]! };
  if ((m = NEED_OUR_NEEDS.exec(c))) return { slot: 'need', text: m[1]! };
  if ((m = NEED_HARD_IS.exec(c))) return { slot: 'need', text: m[1]!.replace(/^(?:getting|finding)\s+(?:anyone|anybody|someone|somebody|people)\s+to\s+/i, 'someone to ') };
  // "if anyone has old headphones kicking around, the kids need them": where the thing lies is no part of it.
  // "I wonder if anyone might lend us a laptop for the day?": a polite ask for a thing.
  if (/wonder/i.test(c) && (m = /^(?:(?:and|also|so)[,\s]+)?(?:i\s+|we\s+)?(?:was\s+|were\s+)?wonder(?:ed|ing)?\s+(?:if|whether)\s+(?:any(?:one|body)|some(?:one|body)|any of you)\s+(?:might|could|would|can|may)\s+(?:be able to\s+|possibly\s+|kindly\s+)?(?:lend|loan|spare|give|donate|share|provide|find)\s+(?:us|me|the (?:club|group|parish|class))?\s*(.+?)(?:\s+for\s+(?:the|a|an)\s+(?:day|evening|afternoon|morning|week|night|session)\b.*)?\s*[?.!]*$/i.exec(c))) return { slot: 'need', text: m[1]! };
  if (/\b(?:if|should) /i.test(c) && (m = NEED_IF_HAS.exec(c))) return { slot: 'need', text: m[1]!.replace(LIES_AROUND, '') };
  if (COMPLAINT_HINT.test(c) && (m = NEED_COMPLAINT.exec(c))) return { slot: 'need', text: m[1] ?? (m[2] ? 'someone to ' + m[2] : m[3] ?? m[4] ?? m[5]!) };
  if ((m = (c.includes('please') ? WISH_PLEASE.exec(c) : null) ?? (SHOULD_HINT.test(c) ? WISH_SHOULD.exec(c) : null))) return { slot: 'wish', text: m[1]! };
  if ((m = OFFER_FREE_TO.exec(c))) {
    const had = POSSESS.exec(prev);
    return { slot: 'offer', text: (had ? had[1] + ' to ' : '') + m[2]!.replace(/[\s.!]+$/, '') + (m[1] ? ' ' + m[1] : '') };
  }
  if ((m = WISH_TAIL.exec(c)) && m[1]!.split(/\s+/).length >= 2) return { slot: 'wish', text: m[1]! };
  if ((m = WISH_LOVE_IS.exec(c) ?? WISH_DREAM.exec(c) ?? WISH_IMAGINE.exec(c) ?? WISH_LOVE_EVERY.exec(c) ?? WISH_SEE.exec(c))) return { slot: 'wish', text: m.slice(1).find((x) => x)! };
  if ((m = NEED_WISHLIST.exec(c))) return { slot: 'need', text: m.slice(1).find((x) => x)! };
  if ((m = NEED_HOPING.exec(c))) return { slot: 'need', text: (m[1] ?? m[2]!).replace(/^help\s+(?:us|me)\s+/i, 'help ') };
  if ((m = OFFER_EXPERIENCE.exec(c))) return { slot: 'offer', text: (HELP_ANYONE.test(c) || HELP_ANYONE.test(sentence) ? 'help with ' : 'experience with ') + m[1]!.trim() };
  // "Verder: we hebben …", "Außerdem: wir brauchen …": a head naming no slot leaves the sentence after it to be read.
  // "Pas encore, je cherche toujours une salle", "Todavía no, buscamos un local": a "not yet" (or a yes / no) ahead of the
  // clause is no part of it (as "Not yet, I'm still looking for a room" in English).
  const fc0 = (c.includes(':') ? c.replace(/^\s*(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+:\s+(?=\S)/u, '') : c).replace(NOT_YET_LEAD, '');
  // "Se serve posso dare una mano", "Si hace falta puedo ayudar", "Bei Bedarf kann ich …": the offer after an "if needed".
  const fc = fc0.replace(FOREIGN_IF_NEEDED, '');
  for (const [gate, re, slot] of R62_ITEMS) if (gate.test(c) && (m = re.exec(fc) ?? (fc0 === c ? null : re.exec(c)))) return { slot, text: r62Tail(m.slice(1).find((x) => x)!) };
  if ((m = OFFER_FEEL_FREE.exec(c) ?? OFFER_REACH_OUT.exec(c) ?? FOREIGN_OFFER_V2.exec(fc) ?? FOREIGN_OFFER.exec(PT_IN_PLACE.test(fc) ? fc.replace(PT_IN_PLACE, 'n\u200bo') : fc) ?? FOREIGN_OFFER_FRONT.exec(fc) ?? FOREIGN_OFFER_HI.exec(fc))) return { slot: 'offer', text: foreignOfferTail(m[1]!.replace(/\u200b/g, '')).replace(/^(?:bidra\s+med|bidra|bijdragen\s+met|offrire|ofrecer(?:les)?|offrir|oferecer|anbieten|aanbieden|menawarkan|kutoa|mag-?alok ng|sumbang|menyumbang|bawa|membawa|pinjamkan|meminjamkan|berikan|memberikan|tawarkan|menawarkan|sediakan|menyediakan)\s+/i, '').replace(/\s+(?:anbieten|aanbieden)$/i, '').replace(/,?\s+(?:com certeza|com prazer|sem problema|con gusto|con mucho gusto|sin problema|por supuesto|volontiers|avec plaisir|sans probl[èe]me|gerne|gern|sicuramente|volentieri|graag)\s*[.!]*$/i, '') };
  if ((m = FOREIGN_OFFER_IF_YOU.exec(fc))) return { slot: 'offer', text: m[1]! };
  if ((m = FOREIGN_OFFER_VERB.exec(fc))) return { slot: 'offer', text: foreignOfferTail(m[1]!) };
  if ((m = FOREIGN_NEED_IF_HAS.exec(fc.replace(/^.{3,60}?\s[—–]\s+(?=(?:se|si|kung|iza|law)\s)/iu, '')))) return { slot: 'need', text: (m[1] ?? m[2] ?? m[3] ?? m[4]!).replace(/\s+(?:po|naman)$/i, '') };
  if ((m = FOREIGN_NEED_MORE.exec(fc))) return { slot: 'need', text: foreignNeedTail(m[1] ?? m[2] ?? m[3]!).replace(/\s+aur\s+(?=\S)/giu, ', ') };
  // "on cherche toujours une salle": "still" is no part of the thing.
  if ((m = FOREIGN_NEED.exec(fc))) return { slot: 'need', text: m[1]!.replace(/^(?:toujours|encore|todav[íi]a|a[úu]n|ainda|ancora|immer\s+noch|nog\s+(?:steeds|altijd))\s+/iu, '') };
  // "Ons het 'n saal nodig vir die volgende een": what it is for, after "nodig", is part of the thing.
  if ((m = FOREIGN_NEED_LAST.exec(fc))) return { slot: 'need', text: m[1] ? m[1] + (m[2] ?? '') : m[3] ?? m[4]! };
  if ((m = FOREIGN_NEED2.exec(fc))) return { slot: 'need', text: m[1]! };
  // "Die Räume im Jugendzentrum stehen dienstags leer – die könnt ihr gern nutzen", "Onze zaal staat 's avonds leeg": a
  // place of one's own standing empty, with when it does, is on offer (German and Dutch).
  if (/\b(?:leer|leeg)\b/i.test(fc) && (m = STANDS_EMPTY.exec(fc)) && (EMPTY_PLACE.test(m[1]!) || EMPTY_USE.test(fc))) return { slot: 'offer', text: m[1]! + (m[2] ? ' ' + m[2].trim() : '') };
  // (A Turkish stem softened before its suffix gets its k back: "lastiğe" is "lastik".)
  for (const [re, slot] of MORE_FOREIGN_ITEMS) if ((m = re.exec(fc))) return { slot, text: (re === TR_CAN && m[2] ? `${m[1]}, ve ${m[2]}` : re === FOREIGN_LEND && m[2] ? `${m[1]} ${m[2]}` : (m[1] ?? m[2] ?? m[3])!).replace(/[\s.!]+$/, '').replace(/ğ$/u, 'k') };
  for (const [gate, re, slot] of SCRIPT_ITEMS) if (gate.test(fc) && (m = re.exec(fc))) return { slot, text: (m[1] ?? m[2])!.replace(/[\s.!]+$/, '') };
  for (const [gate, re, slot] of VERB_ITEMS) if (gate.test(fc) && (m = re.exec(fc))) return { slot, text: m[1]!.replace(COURTESY_TAIL, '').replace(/[\s.!।]+$/u, '') };
  if ((m = FOREIGN_WISH.exec(fc))) return { slot: 'wish', text: m[1]! };
  if ((m = FOREIGN_WISH_SANA.exec(fc))) return { slot: 'wish', text: m[1]! };
  if ((m = FOREIGN_HAVE_IDLE.exec(fc) ?? FOREIGN_OFFER_COND.exec(fc) ?? FOREIGN_OFFER_Q.exec(fc))) return { slot: 'offer', text: m[1]! + (m[2] ? ' ' + m[2] : '') };
  // "Would love it if someone from the library could come talk about storytime": someone to do it, needed.
  if (/love it if|like it if|appreciate it if/i.test(c) && (m = NEED_LOVE_IF.exec(c))) return { slot: 'need', text: `${m[1]} to ${m[2]}` };
  // "the one thing holding our repair café back is public liability insurance": what holds the group back is needed.
  if (/holding/i.test(c) && (m = /\bthe (?:one |main |only |big |biggest |real )?thing (?:that(?:'|’)s |that is )?holding (?:us|me|our [^,]{1,30}?|the [^,]{1,30}?|my [^,]{1,30}?) back is\s+(.{3,})$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "I'd love it if the city government put its bus data online": a wish for the wider world, unless someone is asked to help.
  if (/love it if/i.test(c) && (m = /^(?:(?:and|also|so|honestly)[,\s]+)?(?:i|we)\s*(?:(?:'|’)d|\s+would)\s+(?:really\s+|so\s+)?love it if\s+((?!(?:someone|somebody|anyone|anybody|you|a |an |some )\b).{5,})$/i.exec(c))) return { slot: 'wish', text: m[1]! };
  // "and honestly a lawyer who can look over our statutes would help too": a person or thing that would help.
  if (/would help/i.test(c) && (m = /^(?:(?:and|also|plus)[,\s]+)?(?:honestly\s+|really\s+)?((?:a|an|some|someone|somebody)\s+.{3,80}?)\s+would\s+(?:really\s+|also\s+)?help(?:\s+(?:us|me|a lot|too|as well))*\s*[.!]*$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "we're still hunting for somewhere with a big table and a kettle".
  if (/hunting|on the hunt|scouting/i.test(c) && (m = /\b(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re|\s+am|\s+are)\s+(?:still\s+|now\s+|also\s+)?(?:hunting|on the hunt|scouting)\s+(?:around\s+)?for\s+(.{3,})$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "the coast needs a proper hackerspace, not just Nairobi": what a place needs is a wish for the wider world.
  if (/needs/i.test(c) && (m = /^(?:(?:but|and|so|honestly)[,\s]+)?(?:one thing i(?:'|’)ll say:\s*|one thing i will say:\s*)?(?:the|this)\s+(?:coast|city|town|region|country|island|valley|province|state|village|county|neighbou?rhood|world|movement|web|internet|north|south|east|west|north-east|north-west|south-east|south-west|countryside|capital)\s+(?:really\s+|badly\s+|desperately\s+|still\s+)?needs\s+(?!to\b)(.{3,})$/i.exec(c))) return { slot: 'wish', text: m[1]! };
  // "what Dartmouth really needs is a proper hackerspace": what a named place needs is a wish for it.
  if (/needs/.test(c) && (m = /\b[Ww]hat\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:really\s+|most\s+|badly\s+|desperately\s+)?needs\s+(?:most\s+)?(?:is|are)\s+(.{3,})$/u.exec(c))) return { slot: 'wish', text: m[1]! };
  // "We request some stickers for the participants": a formal ask.
  if ((m = /^(?:(?:and|also|so|kindly)[,\s]+)?(?:i|we)\s+(?:kindly\s+|humbly\s+|also\s+)?request\s+(?:you\s+to\s+(?:send|share|provide)\s+(?:us\s+)?)?(?!(?:you|that|your|for your|to)\b)(.{3,})$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "Our need is volunteers with Python skills": the need named as such.
  if ((m = /^(?:(?:and|also|so)[,\s]+)?(?:our|my)\s+(?:only\s+|one\s+|current\s+|main\s+)?(?:need|request|ask)\s+(?:is|are|would be)\s+(?!(?:to\s+)?(?:say|thank|ask)\b)(.{3,})$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "I also translate English to Haitian Creole, if anyone needs flyers done": a skill offered.
  if ((m = /^(?:(?:and|also)[,\s]+)?(?:i|we)\s+(?:also\s+)?((?:translate|teach|design|edit|proofread|repair|fix|build|photograph|film|tutor|mentor|bake|cook)\s+.{3,60}?),?\s+if\s+(?:anyone|anybody|someone|somebody|you|any group|a group|people)\b/i.exec(c))) return { slot: 'offer', text: m[1]! };
  // "Does anyone know a hall in Leith with a kitchen?", "does anybody know of somewhere cheap to print?", "Anyone know
  // someone who repairs sewing machines?": the place, thing or person to find ("… know if / what / the …" is no need).
  if (/\bknow\b/i.test(c) && (m = /^(?:(?:so|also|and|oh|btw|but)[,\s]+)?(?:(?:does|do)\s+)?(?:anyone|anybody|someone|somebody|any of you|you guys|folks)\s+(?:here\s+)?(?:happen to\s+)?know\s+(?:of\s+)?((?:a|an|any|some|somewhere|someplace|anywhere|someone|somebody|anyone|anybody|a good|a cheap)\s+.{3,}?)\s*\?+\s*$/i.exec(c))) return { slot: 'need', text: m[1]!.replace(/^any(?=(?:one|body|where)?\s)/i, (w) => w.toLowerCase() === 'any' ? 'a' : w.toLowerCase() === 'anyone' ? 'someone' : w.toLowerCase() === 'anybody' ? 'somebody' : 'somewhere') };
  // "Does anyone know who handles bookings at the library?": the person to find.
  if (/\bknow who\b/i.test(c) && (m = /\b(?:does|do)\s+(?:anyone|anybody|someone|somebody|you|any of you)\s+(?:happen to\s+)?know\s+(who\s+(?:handles|runs|manages|looks after|is in charge of|does|books|organi[sz]es|deals with)\s+.+?)\s*\?+\s*$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "does anybody know where we can get cheap laptops for the homework club?": the thing to find.
  if (/\bknow where\b/i.test(c) && (m = /\b(?:does|do)\s+(?:anyone|anybody|someone|somebody|you|any of you)\s+know\s+where\s+(?:we|i)\s+(?:can|could|might)\s+(?:get|find|buy|borrow|source)\s+(.+?)\s*\?+\s*$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "Also, we're missing a treasurer for the group": what the group lacks.
  if (/missing/i.test(c) && (m = /^(?:(?:and|also|but|so|honestly)[,\s]+)?(?:we(?:'|’)re|we are|i(?:'|’)m|i am)\s+(?:still\s+|really\s+|also\s+|badly\s+)?missing\s+(?!(?:out|you|it|this|that|the (?:event|deadline|point|meetup))\b)(.{3,})$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "We would, however, welcome advice on how to put our index online": what one would welcome is needed.
  if (/welcome/i.test(c) && (m = /^(?:(?:and|but|also)[,\s]+)?(?:i|we)\s*(?:(?:'|’)d|\s+would)(?:,?\s+however,?)?\s+(?:really\s+|very much\s+|also\s+|gladly\s+)?welcome\s+(?!(?:you|everyone|anyone|all|them|the chance|the opportunity)\b)(.{3,})$/i.exec(/^(?:i|we)\s*(?:(?:'|’)d|\s+would)[,\s]*$/i.test(prev) ? `${prev.replace(/[,\s]+$/, '')} ${c}` : c))) return { slot: 'need', text: m[1]!.replace(/\s+without\s+.*$/i, '') };
  // "Kindly share any materials you have": asking the organisers for something.
  if (/^(?:kindly|please)\s/i.test(c) && (m = /^(?:kindly|please)\s+(?:do\s+)?(?:share|send|forward|provide)\s+(?:us\s+|me\s+|with us\s+)?((?:any|the|some|your)\s+(?!(?:photos?|pictures?|recording|link|video|details|feedback|thoughts)\b).{3,60}?)[\s.!]*$/i.exec(c))) return { slot: 'need', text: m[1]! };
  // "Keen for someone who knows i18n tooling to help us wire it in": the someone is the need.
  if (/\bkeen\b/i.test(c) && (m = NEED_KEEN.exec(c))) return { slot: 'need', text: m[1]! };
  // "What the city needs is better buses": what the wider world needs is a wish.
  if (c.includes('need') && (m = WORLD_NEEDS.exec(c))) return { slot: 'wish', text: m[1]! };
  // "Our biggest problem is still the lift, but what we actually need is someone who …": the problem told first gives way
  // to the need named after it in the same sentence (round 35's call: one need, the concrete one).
  if (PROBLEM_HEAD.test(c) && BUT_WHAT_NEED.test(sentence) && !BUT_WHAT_NEED.test(c)) return { slot: 'need', text: '' };
  if ((m = NEED_WHAT.exec(c) ?? (c.includes('need') ? NEED_WHAT_X.exec(c) : null) ?? NEED_HELP_TO_HAVE.exec(c) ?? NEED_IF_LEND.exec(c) ?? NEED_THRILLED_IF.exec(c) ?? NEED_DONT_HAVE.exec(c) ?? NEED_ANYONE_WITH.exec(c) ?? (c.includes('know') ? NEED_IF_KNOWS.exec(c) : null))) return { slot: 'need', text: m.slice(1).find((x) => x)!.replace(/\s+[-–—]\s+.*$/, '') };
  const yours = YOURS.test(c);
  const c1 = c.replace(YOURS, '');
  // "Our union hall is available for free on weekends for any community group. Just call the office." = "our union hall on weekends".
  // "Our space, with a big screen and 40 chairs, is free on weekends": what the place has, set off by commas, stays with it.
  const ourAside = c1.includes(',') ? /^((?:my|our)\s+[^,]{2,40}?)(,\s+(?:with|which has|which seats|that has|that seats)\s+[^,]{2,60},)\s+(?=(?:sits|sit|is|are|stands|lies)\s)/i.exec(c1) : null;
  // "Our church hall has a big telly and is free Wednesday mornings": the hall is what is free.
  if ((m = OUR_FREE.exec(ourAside ? ourAside[1] + ' ' + c1.slice(ourAside[0].length) : c1.includes('(') ? c1.replace(/\s*\([^()]{1,60}\)/g, '') : c1))) return { slot: 'offer', text: (m[1]!.replace(/^((?:my|our)\s+[^,]*?)\s+has\s+.*\s+and$/i, '$1').replace(/^(?:my|our)\s+[^,]*?\s+has\s+(?=\S+\s+\S)/i, '').replace(/\s+(?:that|which)$/i, '') + (ourAside ? ourAside[2]!.replace(/,$/, '') : '') + ' ' + m[2]!.replace(/\s+[-–—]\s+.*$|,.*$|[.!]\s.*$|\s+if\s+.*$|\s+and\s+(?:[\p{L}-]+\s+){0,3}(?:are|is|can|may)\s+(?:more than\s+)?(?:welcome|free)\b.*$/u, '').replace(/^(?:for free|free of charge|at no cost)\s*/i, '').replace(/^(?:to|for)\s+(?:any|all|every|local|community|other)\s+(?:[\p{L}-]+\s+)?(?:groups?|organi[sz]ations|clubs|charities|members|residents)\s*/iu, '').replace(/\s+(?:for|to)\s+(?:any|all|every|local|community|other)\b.*$/i, '')).trim() };
  if (/\b(?:got|have)\s/i.test(c1) && (m = OFFER_GOT_FREE.exec(c1))) return { slot: 'offer', text: `${m[1]} ${m[2]}` };
  if ((m = OFFER_AND_WOULD.exec(c1)) && !/^(?:come|attend|join|be there|see|hear|know)\b/i.test(m[1]!)) return { slot: 'offer', text: m[1]! };
  // "I speak Farsi and Arabic, so I can translate your flyers": what the language is for is the offer.
  if ((m = OFFER_SPEAK.exec(c1))) return { slot: 'offer', text: /,?\s+so\s+(?:i|we)\s+(?:can|could)\s+\S/i.test(c1) ? c1.replace(/^.*?,?\s+so\s+(?:i|we)\s+(?:can|could)\s+/i, '') : 'speak ' + m[1] };
  if ((m = OFFER_SOMETHING.exec(c1))) return { slot: 'offer', text: m[1]! };
  // "the meeting room can still be used by community groups": a place others may use.
  if ((m = OFFER_CAN_BE_USED.exec(c1))) return { slot: 'offer', text: m[1]! };
  if ((m = OFFER_THING_CAN.exec(c1) ?? OFFER_GROUP_PROVIDE.exec(c1) ?? OFFER_SOME_OF_US.exec(c1) ?? OFFER_COME_GRAB.exec(c1) ?? FOREIGN_ANYONE_USE.exec(c1))) return { slot: 'offer', text: m[1]! };
  if ((m = OFFER_KNOW.exec(c1))) return { slot: 'offer', text: 'know my way around ' + m[1] };
  if ((m = OFFER_WHAT.exec(c1) ?? OFFER_THING.exec(c1))) return { slot: 'offer', text: m[1]! };
  if ((m = POSSESS.exec(c1)) && !/\b(?:don(?:'|’)?t|do not|never)\s+(?:have|own)\b/i.test(c1)) {
    const x = m[1]!;
    const inside = /^(?:a|an|my|our)\s+[\w' -]{1,30}?\s+(?:of)\s+(?=(?:old|spare|unused|extra|surplus|leftover)\b)/i.exec(x);
    // "a shed full of old laptops": the container stays, as the labels keep it.
    if (yours || SPARE.test(x) || SPARE_TAIL.test(x)) return { slot: 'offer', text: spareTrim(x.slice(inside && !/\b(?:full|stuffed|packed)\s+of\b/i.test(inside[0]) ? inside[0].length : 0)).replace(/\s+(?:that|which)(?:'|’)s\s*$/i, '') };
  }
  if ((m = OUR_HAS.exec(c1)) && (yours || SPARE_TAIL.test(m[1]!) || LETS_USE.test(next))) return { slot: 'offer', text: spareTrim(m[1]!) };
  // "if anyone wants to borrow my cargo bike for a weekend, it's theirs": the thing named inside the condition.
  if (yours && (m = /\bif\s+(?:any|anyone|anybody|someone|somebody|a|an|you|your|people|groups?)\b[^,;.]{0,40}?\s+(?:wants?|needs?|would like)\s+to\s+(?:borrow|use|have|take|hire)\s+((?:my|our)\s+[^,;.]+?)\s*,\s*(?:it|they)(?:(?:'|’)s|(?:'|’)re|\s+is|\s+are)\s+(?:all\s+)?(?:yours|theirs)\b/i.exec(c))) return { slot: 'offer', text: m[1]! };
  // "…: if a group wants to cook there, it's theirs": the condition alone, the thing said before it, is no thing.
  if (yours && c1.split(/\s+/).length >= 2 && !/^(?:(?:and|but|so)\s+)?(?:if|when|whenever|should|as long as)\b/i.test(c1.trim())) return { slot: 'offer', text: c1 };
  // "The club can have my old projector - it's in the hall cupboard", "You're welcome to my sewing machine": one's own thing,
  // given to whoever is named.
  if ((m = OFFER_CAN_HAVE.exec(c1))) return { slot: 'offer', text: m[1]! };
  if ((m = OFFER_AFTER_COMMA.exec(c))) return { slot: 'offer', text: m[1]! };
  if (c.includes(' and ') && (m = OFFER_AFTER_TRADE.exec(c))) return { slot: 'offer', text: m[1]! };
  return null;
}
// Wishes without "wish": "What I really want to see is …", "Imagine if …", "Every kid should …"
const WISH_MORE = /\bwhat (?:i|we)(?:(?:'|’)d| would)? (?:really |most |truly |honestly )?(?:want|like|love|hope|wish|long|dream|yearn) to see(?: (?:is|are|would be))?\s+(.+)$|\bimagine (?:if|a world (?:where|in which)|how (?:great|amazing|cool|good) it would be if)\s+(.+)$|\bthe dream (?:would be|is)(?: that| for| to see)?\s+(?!(?:over|dead|gone|done|alive|real|true|off)\b)(.+)$|\b(?:i|we)(?:(?:'|’)d| would) (?:like|love) (?:for )?there to be\s+(.+)$/i;
const WISH_NORM = /^(?:(?:also|and|but|plus|oh|honestly|really|basically|simply|ideally|for me|in my view|in my opinion|i reckon|reckon|i guess|i(?:'|’)d say|i think|i believe|i feel(?: like)?|to me|longer[- ]term|long[- ]term|in the long (?:run|term)|one day|someday|eventually|ultimately)[,?!.:]*\s+){0,3}((?:every|each|all|more|no|any)\s+(?!(?:of (?:us|you|them)|one of (?:us|you)|time|day|week|month|year|now|done|set|good|right|the best|i|we)\b)[\p{L}\d\s'’,-]{1,60}?\s+(?:should|ought to|deserves?|must|will one day|could one day)\s+.+)$|^((?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:movement|web|internet|city|council|government|state|province|country|world|community|sector|region|county|shire|library system|school board|tech scene|industry)\s+(?:should|ought to|deserves?)\s+(?!(?:be (?:ready|done|finished|fine|ok|okay|back|here|there|sent|out)|arrive|come (?:back|in|home))\b).+)$|^((?!(?:things|we|they|you|emails?|mails?|messages|reminders|these|those|people|i)\b)(?:[\p{L}-]+\s+){0,2}[\p{L}-]{3,}s(?:\s+(?:everywhere|anywhere|worldwide|nationwide|across the (?:country|world|city|board)))?\s+(?:should|ought to|deserve)\s+(?!(?:be (?:ready|done|finished|fine|ok|okay|back|here|there|sent|out)|arrive|come)\b).+)$/iu;
// Not a plan: "I'm hosting my sister's wedding next weekend so nothing from me", "Teaching a workshop on Friday was
// the best part", "Having a baby in May".
// "In January I'm hosting …", "But on Jan 9 I'm running …": a date of any shape ahead of the subject (read in extract only).
const PROGRESSIVE_AT = /^(?:(?:and|so|also|but|then|and then|first|next)[,\s]+)?(?:(?:in|on|from|by|after|before|during|over|around|this|next|early|late|mid|at the (?:start|end|beginning) of)\s+(?:[\p{L}\d.-]+\s+){0,3}?[\p{L}\d.-]+[,\s]+(?=(?:i|we)\b)|(?:but)\s+(?=\S))/iu;
const PROGRESSIVE_NOT = fastEdges(/\b(?:so|because|since|nothing|busy|was|were|has been|had been|willing|missing|lacking|needing)\b|^(?:(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re| am| are)\s+)?(?:having(?!\s+(?:a|an|our|another|one more)\s+(?:[\p{L}'’-]+\s+){0,2}(?:klatch|klatsch|sprint|democamp|demo camp|coffee|kaffee|kitchen|workshop|meetup|meet-up|hack night|hack day|hackathon|session|repair caf[eé]|open (?:evening|day|house|night|studio)|showcase|fair|exhibition|screening|clean-?up|code club|skill-?share|swap)\b)|expecting|moving|recovering|celebrating|visiting|holidaying|relocating|working|studying|preparing for|sitting|taking (?:my|an?|the) (?:exam|test|holiday|vacation|break))\b/iu);
// "I'm doing the poster this weekend", "Writing the thank-you post tonight!": a dated plan in the present tense.
const PROGRESSIVE = /^(?:(?:and|so|also|ok|okay|yes|yep|right|anyway|anyhow|btw|meanwhile)[,\s]+)?(?:(?:tomorrow|tonight|today|(?:the\s+)?day after tomorrow|(?:first thing\s+)?(?:tomorrow|\w+day)\s+(?:morning|afternoon|evening|night)|this (?:week|weekend|evening|afternoon|morning|month)|next (?:week|weekend|month|\w+day)|on \w+day|\w+day)[,\s]+(?=(?:i|we)\b))?(?:(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re| am| are)\s+(?:also\s+|then\s+|now\s+|definitely\s+)?|(?:definitely|defo|deffo|def|certainly|absolutely)\s+)?(?!(?:going|planning|hoping|trying|thinking|looking|wondering|considering|leaving|travell?ing|flying|heading|getting|feeling|being|attending|coming|joining|missing|off|away|still|busy|bring|thing|sing|king|ring|spring|string|swing|evening|morning|nothing|something|anything|everything|during|including|following|regarding|according|speaking|talking|sitting|staying|working late|running late)\b)(\p{L}{2,}ing\s+\S.*)$/iu;

// "calving starts next week and eats my life", "Fundraising season is on us": the -ing word is the subject of a verb, not a plan.
const GERUND_SUBJECT = /^\p{L}+ing(?:\s+[\p{L}'’-]+){0,3}?\s+(?:is|are|was|were|starts|started|begins|began|ends|ended|kicks off|opens|closes|finishes|has|had|will|won(?:'|’)t|takes|took|eats|ate|keeps|gets|goes|went|means|makes|made|(?:'|’)s)(?![\p{L}'’])/iu;
const FROM_ME = /^(?:(?:and|so|also)[,\s]+)?(?:you(?:'|’)ll|you will|you(?:'|’)re going to|you should) (?:get|have|receive|see) (.+?) from me\b(.*)$|^(?:(?:and|so|also)[,\s]+)?expect (.+?) from me\b(.*)$/i;
const BOOKED = fastEdges(/\b(?:i|we)\s*(?:(?:'|’)ve|\s+have)\s+(?:already\s+|just\s+)?(?:put|pencil(?:l)?ed(?: in)?|scheduled|booked|planned|lined up|set up|organi[sz]ed)\s+((?:a|an|our|my|the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:klatch|klatsch|sprint|democamp|demo camp|workshop|meetup|meet-up|session|event|talk|class|hackathon|jam|party|night|webinar|training|get-together|gathering)\b.*)$/iu);
const SIMPLE_PRESENT = fastEdges(/\b(?:i|we)\s+(?:also\s+)?((?:host|organi[sz]e|run|hold|give|teach|launch|start|present|lead|co-host|co-organi[sz]e|do)\s+(?:a|an|one|another|(?:our|my)\s+(?:first|next|own)|(?:a\s+)?small|(?=(?:coffee|kaffee|cofee|kitchen|demo)))\b(?!(?:\s+[\p{L}'’-]+){0,3}\s+(?:hackerspace|makerspace|maker space|shop|store|caf[eé]|business|company|studio|space|centre|center|charity|bakery|restaurant|bar|farm|school|library|firm|agency|non-?profit|ngo|co-?op|print shop|bookshop)\b).+)$/iu);
const HABIT = /\b(?:every|each|usually|always|often|normally|regularly|weekly|monthly|sometimes|already|used to)\b/i;
// "I do Danish translation", "I've got a garage full of scrap", "posso insegnare …", "je peux animer …": the lead-in goes too.
const stripCan = (s: string) => s.replace(/^(?:i|we)\s+(?:can|could|will|(?:'|’)ll|would|am able to)\s+/i, '').replace(/^(?:i|we)\s+(?:have|need|offer|do(?!\s+(?:not|need|have|want|wish|hope|think|know|like|love)\b))\s+/i, '').replace(/^(?:i|we)(?:(?:'|’)ve|\s+have)\s+got\s+/i, '').replace(/^(?:posso|possiamo|puedo|podemos|je peux|nous pouvons|on peut|ich kann|wir k[öo]nnen|ik kan|we kunnen|eu posso)\s+(?=\S+\s+\S)/i, '');

// A short noun list ("Spanish translation, design feedback") becomes separate items.
const FILLER = /^(honestly|really|please|thanks|thank you|i think|i guess|probably|mostly|ideally|for example|e\.g\.?|etc\.?|too|as well|if possible|maybe|frankly|seriously|obviously|of course|like|always|the usual)$/i;
const DETERMINER = /^(a|an|some|the|more|my|our|any|extra|\d+|two|three|four|five|someone|somebody|people|help|money|funding|space|time)\b/i;
// "Our space, with a big screen and 40 chairs, on weekends": what a thing comes with, set off by commas, is part of it.
const ORDINAL_AND = /\b(\d{1,2}(?:st|nd|rd|th))\s+(and|&|or)\s+(?=\d{1,2}(?:st|nd|rd|th)\b)/gi;
function splitList(s: string): string[] {
  // "weekend time, 2nd and 4th Saturdays": two ordinals joined name one time, no list.
  if (/\d(?:st|nd|rd|th)\s+(?:and|&|or)\s+\d/i.test(s)) return [s.replace(/,\s+(?=\d{1,2}(?:st|nd|rd|th)\s+(?:and|&|or)\s)/gi, ', ').replace(/\s+only\s*$/i, '')].flatMap((x) => { const k = x.replace(ORDINAL_AND, '$1 \u0001$2 '); return splitList0(k.replace(/,\s+(?=\d{1,2}(?:st|nd|rd|th) \u0001)/g, ' \u0002')).map((p) => p.replace(/ \u0002/g, ', ').replace(/ \u0001/g, ' ')); });
  if (!/,\s+with\s+[^,]*\sand\s/i.test(s)) return splitList0(s);
  return splitList0(s.replace(/(,\s+with\s+[^,]*?)\s+and\s+(?=[^,]*(?:,|$))/gi, '$1 \u0000and ')).map((p) => p.replace(/ \u0000and /g, ' and '));
}
const THING_START = /^(?:a|an|some|more|someone|somebody|anyone|anybody|money|funding|funds|\d+|two|three|four|five|volunteers|mentors|people)\b/i;
const PREP_START = /^(?:in|on|at|for|with|from|by|during|via|through|over|after|before|around|near)\s/i;
function splitList0(s: string): string[] {
  // "forrasztópáka, multiméter és a tudásom", "kopi dan kuih": "and" in Hungarian, Malay, Finnish, Estonian, Lithuanian, Basque.
  if (/\s(?:és|dan|ja|ir|eta)\s/u.test(s)) s = s.replace(/\s+(?:és|dan|ja|ir|eta)\s+(?=\S)/gu, ' and ');
  // "my van + a box of spare Arduinos": a plus between two things lists them, as "and" does.
  s = s.replace(/\s+\+\s+(?=\S)/g, ' and ');
  // "help groups clean up their spreadsheets or set up simple dashboards": two things to do, either of them.
  const or = s.split(/\s+or\s+/i);
  // "a small generator or some funds for diesel": two things, either of them, each with its own article.
  // ("a generator or a battery bank", one article twice, is one thing either way).
  if (!s.includes(',') && !/\sand\s/i.test(s) && or.length === 2 && or.every((p) => /^(?:a|an|some|any)\s+\S/i.test(p.trim()) && p.trim().split(/\s+/).length <= 6) && /^(?:a|an)\s/i.test(or[0]!.trim()) !== /^(?:a|an)\s/i.test(or[1]!.trim())) return or;
  if (!s.includes(',') && !/\sand\s/i.test(s) && or.length === 2 && or.every((p) => ITEM_VERB.test(p) && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 7)) return or;
  const parts = s.split(/\s*,\s*(?:and\s+|or\s+|plus\s+)?|\s+and\s+(?=[^,]*$)/i).map((p) => p.trim()).filter((p) => p && !FILLER.test(p.replace(/[.!]+$/, '')));
  if (parts.length <= 1) return parts;
  // "a spare hotspot, happy to post it": how the thing just named would be given is no second thing.
  if (parts.length === 2 && /^(?:(?:and|so)\s+)?(?:(?:very|really|more than|always)\s+)?(?:happy|glad|keen|willing)\s+to\s+[\p{L}-]+\s+(?:it|them)\b/iu.test(parts[1]!)) return [parts[0]!];
  // "our reading room, evenings 5 to 8, for any study circle": a part opening with a preposition qualifies the one
  // before it, in a list of any length.
  if (parts.length >= 3 && parts.slice(1).some((p) => PREP_START.test(p))) {
    const merged: string[] = [];
    for (const p of parts) if (merged.length && (PREP_START.test(p) || timePart(p))) merged[merged.length - 1] += ', ' + p; else merged.push(p);
    return merged;
  }
  // "kids learn to make, not just consume" is one thought, not a list.
  if (parts.some((p) => /^(not|but|just|than|so|because|which|who|that|then|it|it(?:'|’)s|they|she|he|there)\b/i.test(p))) return [s];
  // "insurance that covers under-18s, the current policy doesn't": a sentence of its own after the comma is no second thing
  // (cutClauseTail then ends the item at the comma).
  if (parts.length === 2 && /^(?:the|our|my|their|this|that)\s/i.test(parts[1]!) && isClause(parts[1]!)) return [s];
  // "eine Person, die Französisch kann", "alguien, que sepa de diseño": a relative clause after the comma is no second thing.
  // (Finnish "jonkun, joka osaa …", Czech "někoho, kdo …", Hungarian "valakit, aki …", Estonian "kedagi, kes …", Russian
  // "кто-то, кто разбирается в LoRa", Ukrainian "когось, хто …".)
  if (parts.slice(1).some((p) => /^(?:die|der|das|den|dem|welche[rsnm]?|que|qui|quien(?:es)?|dont|che|jo|jis|jinhe|joka|jonka|jota|jossa|jotka|kdo|který|která|které|kteří|jenž|aki|akik|ami|amit|kes|keda|mis|kuris|kuri|kurie|kas|кто|который|которая|которые|що|хто|який|яка|kto|która|który)(?=\s)/iu.test(p))) return [s];
  // "less talk, more building", "fewer meetings and more doing": a contrast is one thought.
  if (/^(?:less|fewer|more)\b/i.test(s) && /\b(?:less|fewer)\b/i.test(s) && /\bmore\b/i.test(s) && /(?:,|\band\b)\s*(?:less|fewer|more)\b/i.test(s) && s.split(/\s+/).length <= 12) return [s];
  if (parts.length === 2 && /^(?:less|fewer)\b/i.test(parts[0]!) !== /^(?:less|fewer)\b/i.test(parts[1]!) && parts.every((p) => /^(?:less|fewer|more)\b/i.test(p))) return [s];
  // "Storytime room, Wednesdays 4-6": when it is available belongs to the thing; "Our studio, Thursdays after 4, and a
  // box of Makey Makeys": a further thing after the time is a second item.
  if (parts.slice(1).some((p) => timePart(p))) {
    const merged: string[] = [];
    // "My Portuguese, and weekends": a time after ", and" is a thing given of its own.
    const andLast = /,\s*(?:and|plus)\s+([^,]+)$/i.exec(s)?.[1]?.trim();
    for (const p of parts) if (merged.length && timePart(p) && !(p === andLast && p === parts[parts.length - 1] && parts.length === 2)) merged[merged.length - 1] += ', ' + p; else merged.push(p);
    if (merged.length === 2 && merged[1] === andLast && timePart(andLast)) return merged;
    return merged.length === 2 && /,\s*and\s+/i.test(s) && DETERMINER.test(merged[1]!) && merged[1]!.split(/\s+/).length <= 7 ? merged : [s];
  }
  // "a bigger room than the branch can give us, conductive thread, and someone to run social media", "the computer lab of
  // our school on Saturdays, 20 PCs, and myself as a teacher": a list closed by ", and" holds longer things too.
  if (parts.length >= 3 && parts.length <= 5 && /,\s*(?:and|plus)\s+[^,]+$/i.test(s) && parts.every((p) => p.split(/\s+/).length <= 12 && !LIST_CLAUSE_START.test(p) && !PREP_START.test(p))) return parts;
  // "more people that want to teach, and money for the kids kits", "a data person who can help with the dataset, and a
  // small budget for food": two things after ", and", each opening as a thing does.
  if (parts.length === 2 && /,\s*(?:(?:and|plus)\s+(?:(?:honestly|also|ideally|frankly|maybe|perhaps),?\s+)?|also\s+)[^,]+$/i.test(s) && parts.every((p) => THING_START.test(p.replace(/^also\s+/i, '')) && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 12)) return parts.map((p) => p.replace(/^also\s+/i, ''));
  // "electricity backup and internet that doesn't die, plus laptops for girls": "A and B, plus C" is a list of three.
  const abc = parts.length === 2 && /,\s*(?:and|plus)\s/i.test(s) ? /^([^,]+?)\s+and\s+([^,]+)$/i.exec(parts[0]!) : null;
  if (abc && [abc[1]!, abc[2]!, parts[1]!].every((p) => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 12 && !LIST_CLAUSE_START.test(p))) return [abc[1]!, abc[2]!, parts[1]!];
  // "a sponsor for pizza, and ideally someone from industry to judge": a hedging adverb before the second thing.
  if (parts.length === 2 && /,\s*and\s+(?:ideally|also|maybe|perhaps|possibly|probably)\s/i.test(s) && DETERMINER.test(parts[1]!.replace(/^(?:ideally|also|maybe|perhaps|possibly|probably)\s+/i, '')) && DETERMINER.test(parts[0]!) && parts.every((p) => p.split(/\s+/).length <= 9)) return [parts[0]!, parts[1]!.replace(/^(?:ideally|also|maybe|perhaps|possibly|probably)\s+/i, '')];
  // "mentor grant writers who are just starting out, and review a draft or two": two things to do after ", and".
  if (parts.length === 2 && /,\s*and\s+/i.test(s) && parts.every((p) => ITEM_VERB.test(p) && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 8)) return parts;
  // "Spanish translation, and rides from Pilsen to events": a second plural thing after ", and".
  if (parts.length === 2 && /,\s*and\s+/i.test(s) && /^[\p{L}-]+s\b/iu.test(parts[1]!) && !ITEM_VERB.test(parts[1]!) && !ITEM_VERB.test(parts[0]!) && !/^(?:i|we|you|he|she|they|it|this|that|these|those|its|is|was|has|does)\b/i.test(parts[1]!) && parts[0]!.split(/\s+/).length <= 4 && parts[1]!.split(/\s+/).length <= 6) return parts;
  // "teach HTML/CSS on weekends, in Marathi or Hindi": a part opening with a preposition qualifies the one before it.
  if (parts.length === 2 && /^(?:in|on|at|for|with|from|by|during|via|through|over|after|before|around|near)\s/i.test(parts[1]!)) return [s];
  if (parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 4) && s.includes(',')) return parts;
  // "Arabic translation, a minivan, my Saturdays, and 20 years of running a restaurant": a longer list of things.
  if (parts.length >= 3 && s.includes(',') && parts.every((p) => p.split(/\s+/).length <= 6 && (p.split(/\s+/).length >= 2 || /,\s*(?:and|or)\s/i.test(s) || !(parts[parts.length - 1]!.split(/\s+/).length === 1 && parts[parts.length - 2]!.split(/\s+/).length === 1)) && !/^(?:i|we|you|he|she|they|it)\b/i.test(p))) return parts;
  // "bookkeeping help for small groups, and my cargo bike for hauling gear": two things, the second with its own determiner.
  if (parts.length === 2 && /,\s*(?:and|plus)\s+/i.test(s) && DETERMINER.test(parts[1]!) && !/^(?:help|time|space|money|funding)\b/i.test(parts[1]!) && parts.every((p) => p.split(/\s+/).length <= 7)) return parts;
  // "mentors for the girls team and money for the competition registration": two things, each opening as a thing does.
  if (!s.includes(',') && / and /i.test(s) && !/\s(?:with|including|plus)\s/i.test(s.split(/\s+and\s+/i)[0]!) && s.split(/\s+and\s+/i).length === 2 && s.split(/\s+and\s+/i).every((p) => THING_START.test(p) && !/^(?:\d+|two|three|four|five)$/i.test(p.split(/\s+/)[0]!) && p.split(/\s+/).length >= 3 && p.split(/\s+/).length <= 10)) return s.split(/\s+and\s+/i);
  // "my time on Tuesday and Thursday afternoons": two days, one thing.
  if (!s.includes(',') && DAY_AND_DAY.test(s)) return [s];
  // "a co-organiser and some snacks budget": two short noun phrases.
  const and = s.split(/\s+and\s+/i);
  // "a workers' centre with free wifi and a computer lab": the "and" goes on with what the place comes with.
  if (/\s(?:with|including|plus)\s/i.test(and[0]!)) return [s];
  // "my graphic design skills for flyers and posters", "a sponsor for drinks and small chops": a bare noun after "and"
  // goes on with what the first thing is for.
  if (!s.includes(',') && and.length === 2 && /\s(?:for|of|about)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.test(and[0]!) && !QTY_DET.test(and[1]!) && !ITEM_VERB.test(and[1]!) && and[1]!.split(/\s+/).length <= 3) return [s];
  if (!s.includes(',') && and.length === 2 && and.every((p) => DETERMINER.test(p.replace(/^(?:maybe|perhaps|possibly|also|ideally|probably)\s+/i, '')) && p.split(/\s+/).length <= 6)) return and;
  // "Bookbinding workshops and a big table", "a spare mixer and microphones": a thing and some plural things.
  if (!s.includes(',') && and.length === 2 && and.some((p) => DETERMINER.test(p)) && and.every((p) => p.split(/\s+/).length <= 4 && (DETERMINER.test(p) || (p.split(/\s+/).length <= 3 && /s$/i.test(p) && !/^(?:to|be|do|get|set|go|run|make|help|take|give|put|keep|teach|host|lend|share|offer|bring|mentor|print|fix|build|write|design)\b/i.test(p))))) return and;
  // "teach German and help with grant applications", "run a Scratch workshop and mentor a couple of teens": two things to do (round 14).
  const VERB = /^(?:teach|help|run|mentor|host|lend|share|offer|bring|print|fix|build|write|design|translate|donate|cook|drive|organi[sz]e|give|provide|edit|film|photograph|record|review|repair|coach|tutor|lead|present|moderate|proofread|subtitle|sponsor|fund|cater|bake|drive|carry|set up|clean up)\b/i;
  if (!s.includes(',') && and.length === 2 && and.every((p) => VERB.test(p) && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 7)) return and;
  if (!s.includes(',') && and.length === 2 && and.every((p) => DETERMINER.test(p) || (p.split(/\s+/).length <= 2 && /s$/i.test(p) && !VERB.test(p))) && and.every((p) => p.split(/\s+/).length <= 7)) return and;
  // "about twenty volunteers for any event and a classroom on Friday afternoons": two longer things, each with its own
  // determiner or count, the second opening with one.
  if (!s.includes(',') && and.length === 2 && and.every((p) => QTY_DET.test(p) && p.split(/\s+/).length <= 9) && /^(?:a|an|our|my|about|around|some|\d+)\s/i.test(and[1]!) && !/\s(?:with|including|plus|between|both)\s/i.test(and[0]!) && !DAY_AND_DAY.test(s)) return and;
  // "donated phones and chargers for our residents": two plural things.
  if (!s.includes(',') && and.length === 2 && /^[\p{L}-]+\s+[\p{L}-]+s$/iu.test(and[0]!) && /^[\p{L}-]+s\b/iu.test(and[1]!) && and[1]!.split(/\s+/).length <= 5 && !VERB.test(and[0]!) && !VERB.test(and[1]!) && !/^(?:is|was|has|does|this|its|us|as|yes|less|plus)\b/i.test(and[1]!)) return and;
  // "speak Quechua and Aymara": the languages one speaks are one offer.
  if (/^speak\s/i.test(s) && s.split(/\s+/).length <= 8) return [s];
  // "Urdu and Punjabi translation", "HTML and CSS help": two names sharing one noun are one thing.
  if (!s.includes(',') && and.length === 2 && /(?:^|\s)\p{Lu}[\p{L}+#]*$/u.test(and[0]!) && /^\p{Lu}[\p{L}+#]*\s+\p{Ll}[\p{L}-]+$/u.test(and[1]!) && (and[0]!.split(/\s+/).length === 1 || /^(?:do|teach|offer|give|provide)\s/i.test(and[0]!))) return [s];
  // "Bookkeeping and grant writing": two short skills.
  if (!s.includes(',') && and.length === 2 && and.every((p) => /^[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.test(p) && !/^(?:a|an|the|to|be|do|get|set|go|run|make|help|take|give|put|keep)$/i.test(p))) return and;
  // "meeting space and a small grant for community projects", "discounts to members and a space on our noticeboard",
  // "some stickers and one or two t-shirts": a count opens a second thing as an article does.
  if (!s.includes(',') && and.length === 2 && (/^(?:a|an|some|our|my)\s/i.test(and[1]!) || (/^(?:one or two|two or three|a few|\d+(?:\s*[-–]\s*\d+)?)\s+\p{L}/iu.test(and[1]!) && /^(?:a|an|some)\s/i.test(and[0]!))) && !VERB.test(and[0]!) && !/^(?:to|be|do|get|go|make|take|give|put|keep|have)\b/i.test(and[0]!) && !DAY_AND_DAY.test(s) && and[0]!.split(/\s+/).length <= 4 && and[1]!.split(/\s+/).length <= 7) return and;
  return [s];
}

const QTY_DET = /^(?:a|an|some|the|my|our|any|extra|\d+|two|three|four|five|six|ten|twenty|thirty|forty|fifty|a few|a couple of|(?:about|around|roughly|over|nearly|up to)\s+(?:\d+|a dozen|a few|[a-z]+(?:ty|teen)|ten|five|six))\b/i;
const ITEM_VERB = /^(?:teach|help|run|mentor|host|lend|share|offer|bring|print|fix|build|write|design|translate|donate|cook|drive|organi[sz]e|give|provide|edit|film|photograph|record|review|repair|coach|tutor|lead|present|moderate|proofread|subtitle|sponsor|fund|cater|bake|carry|set up|clean up)\b/i;
// "weeknights", "weekends only": a time of the week, with "only" after it, too.
const DAY_WORD = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|week-?nights?)`;
const TIME_PART = new RegExp(String.raw`^(?:(?:on|most|every|some|weekday|weekend)\s+)?${DAY_WORD}\b(?:\s+(?:and|or|&)\s+${DAY_WORD})?(?:\s+(?:mornings?|afternoons?|evenings?|nights?)\b)?(?:\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?:\s*(?:[-–]|to)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)?|after \S+|from \S+(?: to \S+)?))?(?:\s+only)?\s*[.!]*$`, 'i');
// "mittwochs ab 18 Uhr", "les jeudis soirs", "le week-end", "por las tardes", "los domingos", "nas quintas à noite",
// "op donderdagmiddag", "'s avonds": when a thing is free, said in another language, qualifies the thing before it.
const FOREIGN_DAY_WORD = String.raw`(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:s|abends?|nachmittags?|morgens?|vormittags?)?|wochenendes?|abends|nachmittags|vormittags|morgens|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|soirée|matin|matinée|week-end|weekend|fin de semaine)s?|après-midis?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|tardes?|ma[ñn]anas?|noches?|fines de semana|fin de semana|fins de semana|(?:segunda|ter[çc]a|quarta|quinta|sexta)s?(?:-feiras?)?|manh[ãa]s?|noites?|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:middag|avond|ochtend)?(?:en|s)?|weekends?|avonds?|middags?|ochtends?|(?:luned|marted|mercoled|gioved|venerd)[iì]|sabato|domenica|sera|serata|pomeriggio|fine settimana)`;
const FOREIGN_TIME_PART = new RegExp(String.raw`^(?:(?:le|les|la|el|los|las|por\s+las?|por\s+el|en\s+las?|los|às|aos|nas|nos|no|na|de|op|in\s+het|het|am|an|jeden|jede|tous\s+les|todos\s+los|todas\s+las|il|ogni|'s|’s)\s+)?${FOREIGN_DAY_WORD}(?:\s+(?:et|y|e|und|en|ou|o|oder|of)\s+(?:(?:le|les|los|las|nas|nos|de|op)\s+)?${FOREIGN_DAY_WORD})?(?:\s+(?:à|a|de|en|por\s+la)?\s*(?:noite|tarde|manh[ãa]|soirs?|matins?|abends?|nachmittags?|noche|ma[ñn]ana|avond|middag|ochtend|sera|mattina))?(?:\s+(?:ab|vanaf|dès|à\s+partir\s+de|desde|a\s+partir\s+de|a\s+partir\s+das|dalle|after|from|nach|après|depois\s+das|después\s+de\s+las)\s+(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|h|heures|horas|hs|ore|uur)?|\p{L}+))?(?:\s+(?:seulement|nur|solo|sólo|s[óo]|alleen))?\s*[.!]*$`, 'iu');
// (only list parts, at most a few words, reach it: a length check keeps long ones away.)
const timePart = (p: string): boolean => TIME_PART.test(p) || (p.length <= 50 && FOREIGN_TIME_PART.test(p));
const DAY_AND_DAY = new RegExp(String.raw`\b${DAY_WORD}\s+(?:and|or|&)\s+${DAY_WORD}\b`, 'i');
// What follows an item but is no part of it: "…, which sits idle most afternoons", "…, no promises there", "…, maybe one
// table for …", "… to anyone who is interested".
// "a co-organiser, running things alone is exhausting": a clause led by a gerund after the comma says why.
// "Löten und Elektronik-Reparatur, das mache ich beruflich", "aider pour les imprimantes, je gère bien", "einen Raum, die
// Hauptbücherei ist ausgebucht": a clause of its own after the comma, in another language, says why or how.
// "a box of starter kits that nobody in our house uses anymore": that nobody there uses it is no part of the thing.
// A willingness to help with nothing named ("help", "help out", "pitch in", "lend a hand").
const LONE_HELP = /^(?:help(?:\s+out)?|assist|pitch\s+in|chip\s+in|lend\s+a\s+hand|volunteer|contribute)\s*[.!]*$/i;
const ITEM_TAIL = fastEdges(/\s+if\s+(?:folks|people|anyone|anybody|you|y(?:'|’)?all|the group|everyone|someone|somebody)\s+(?:want|wants|need|needs|would like|fancy|fancies|likes?)\b.*$|\s+if\s+(?:there(?:'|’)s|there\s+(?:is|are)|stuff|things|anything|something)\s+(?:\S+\s+){0,3}?(?:needs?|needing|to\s+(?:be\s+)?\p{L}+)\b.*$|(?<=\S\s*),\s+\p{L}+ing\s+(?:\S+\s+){0,4}?(?:is|are|was|gets|has been)\s+(?:so\s+|really\s+|very\s+|pretty\s+|too\s+)?\p{L}+\s*[.!]*$|,\s+(?:das|dies|es)\s+(?:mache|mach|tue|kann|habe|hab)\s+ich\b.*$|,\s+(?:je|j['’]|on)\s*(?:g[èe]re|connais|ma[îi]trise|sais|fais (?:[çc]a|cela)|adore|aime)\b.*$|,\s+(?:die|der|das|unsere|unser|meine|mein)\s+[\p{L}-]+\s+(?:ist|sind|war|hat|haben)\s+.*$|\s+(?:that|which)\s+(?:nobody|no one|no-one|hardly anyone)\s+(?:(?:in|at|from|on)\s+(?:our|my|the|this)\s+[\p{L}-]+\s+)?(?:ever\s+|really\s+|even\s+)*(?:uses?|touches|wants?)\b.*$|,\s+(?:our|my|the|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:ends?|ended|is|are|was|were|has|have|had|closes?|closed|runs? out|ran out|broke|died|expires?)\b[^,]*$|,\s+(?:which|who)\s+(?:sits?|is|are|has|have|was|were|gets?|goes|stands?|lies)\b[^,]*$|,?\s+no promises\b.*$|,\s+(?:maybe|perhaps|probably|possibly)\s+(?!not\b).*$|\s+(?:to|for|with)\s+(?:anyone|anybody|everyone|whoever|those|people)\s+(?:who(?:(?:'|’)s| is| are)?\s+)?(?:interested|keen|wants?\b|would like|needs?\b|could use|asks?\b|asked)\b.*$|,\s+(?:our|my|the|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:never|always|often|rarely|hardly|barely|only|just|don(?:'|’)?t|can(?:'|’)?t|won(?:'|’)?t|gets?|sees?|loses?|needs?|keeps?)\b.*$|\s+(?:(?:that|which)\s+)?(?:the\s+[\p{L}-]+|our\s+[\p{L}-]+|we|i|nobody|no one|hardly anyone|anyone)\s+(?:doesn(?:'|’)?t|don(?:'|’)?t|never|barely|hardly|rarely|no longer)\s+(?:really\s+)?(?:uses?|needs?)\b.*$|(?<=\b(?:any|every|each|all)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:who|that)\s+(?:wants?|would like|(?:is|are) interested|needs?|asks?)\b.*$|\s+(?:that|which)\s+(?:a|an|any)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:can|could)\s+(?:take|have|use|borrow)\b.*$|\s+(?:to|for)\s+(?:any\s+|all\s+|local\s+)?community\s+(?:groups?|organi[sz]ations)(?:\s+for free)?\s*[.!]*$|,\s+(?:half|most|many|some|all|none)\s+(?:of\s+)?(?:the|our|my|them)\b.*$|,\s+(?:as|since|because|seeing as)\s+(?:most|many|several|half|none|few|nobody|no one|not all|hardly any)\b.*$|,?\s+if\s+(?:that|this|it)(?:(?:'|’)s|\s+is|\s+would be|(?:'|’)d be)\s+(?:of\s+)?(?:any|some)\s+(?:help|use)\b.*$|,\s+should\s+(?:you|any(?:one|body)?|some(?:one|body))\b[^,]{0,50}?\s+(?:have|need|want|wish|like|care|require|be)\b.*$/iu);
// "build the calendar if someone gives me a list", "bring my projector if you still need one": the condition goes.
const ITEM_IF = /\s+if\s+(?:you|u|ya|y(?:'|’)?all|anyone|anybody|someone|somebody|nobody|no one|no-one|none of you|the group|people|they|we|i|there|the (?:kids|children|students|pupils|club|class|parents|families)|(?:anyone|anybody|someone|somebody)(?:'|’)s|you(?:'|’)re|you(?:'|’)ve)\s+\S.*$/i;
// "…, I did both for an NGO", "…, only one of us has his own": an aside after the item, not part of it.
const ITEM_ASIDE = fastEdges(/\s+so\s+(?:that\s+)?(?:[\p{L}-]+\s+){1,3}(?:can|could|will|would|don(?:'|’)?t|won(?:'|’)?t)\b.*$|\s+so\s+(?:i|we)\s+(?:don(?:'|’)?t|won(?:'|’)?t|do not|can)\b.*$|,\s+still\s+(?:can\s+)?works?\b.*$|\s+(?:just\s+)?(?:lying|sitting|kicking)\s+around\b.*$|\s+(?:just\s+)?(?:lying|sitting|gathering dust)\s+(?:in|at|on|under)\s+(?:the|my|our)\s+(?:garage|shed|basement|attic|loft|cellar|cupboard|closet|storeroom|store room|office|garden|car park|yard|barn|spare room)\b.*$|,\s+(?:especially|particularly|in particular|specifically)\s+(?!(?:people|someone|somebody|anyone|folks|volunteers|mentors)\b)(?![^,]*\b(?:who|that|which|to)\b)[^,]*$|,\s+for\s+\p{L}+ing\b.*$|\s+(?:to|for)\s+any\s+(?:[\p{L}-]+\s+){0,2}(?:group|groups|org|orgs|club|clubs|event|events|organi[sz]ation|organi[sz]ations)\b(?:\s+(?:\p{L}+ing|that|who|which)\b.*|,\s*(?:free|for free|gratis))\s*[.!]*$|,?\s+(?:to be honest|to be fair|if i(?:'|’)m honest|honestly|tbh)\s*[.!]*$|(?:\s+(?:from|at|in)\s+[^,;]{2,40}?)?\s+(?:that|which)(?:(?:'|’)s|\s+is|\s+are)\s+(?:just\s+)?(?:gathering dust|doing nothing|(?:sitting|lying) (?:around|idle|unused|there))\b.*$|,\s+(?:nobody|no one|no-one)\s+(?:will|would|wants|can|is)\b.*$|\s+(?:also|too|as well)\s*[.!]*$|,?\s+please(?:,\s+.*)?[\s.!]*$|,\s+(?:most|many|some|all|half)\s+(?:[\p{L}-]+\s+){0,2}(?:have|has|are|is|work|can(?:'|’)?t|don(?:'|’)?t|get)\b.*$|,\s+(?:we|i)\s+(?:only|just)\s+(?:have|own|got)\b.*$|,\s+(?:solo|s[óo]lo|s[óo]|nur|seulement|lang)\s+(?:tenemos|tengo|temos|tenho|haben wir|habe ich|hay|h[áa])\b.*$|,\s+(?:nous|on|je)\s+n['’](?:avons|a|ai)\s+que\b.*$|,\s+(?:nous\s+|on\s+|je\s+|j['’])(?:n['’])?(?:en\s+)?(?:avons|a|ai)\s+(?:juste|seulement|uniquement)\b.*$|,\s+(?:ne\s+)?(?:abbiamo|ho)\s+solo\b.*$|,\s+(?:tenemos|tengo|temos|tenho)\s+(?:s[óo]lo|apenas|s[óo])\b.*$|,\s+(?:(?:o|a|el|la|le|il)\s+)?(?:nosso|nossa|meu|minha|nuestro|nuestra|m[ií]o|m[ií]a|n[ôo]tre|mien|mienne|nostro|nostra|unser[e]?|meine?|onze|mijn)\s+(?:\p{L}+\s+){0,2}?(?:avariou|quebrou|estragou|morreu|pifou|se\s+(?:rompi[óo]|estrope[óo]|da[ñn][óo])|est[áa]\s+(?:rot[oa]|estragad[oa]|avariad[oa]|quebrad[oa])|est\s+(?:cass[ée]e?|en panne|mort)|a\s+l[âa]ch[ée]|(?:è|e)\s+(?:rott[oa]|guast[oa])|si\s+(?:è|e)\s+rott[oa]|ist\s+kaputt|ging\s+kaputt|is\s+kapot|ging\s+kapot)(?![\p{L}]).*$|,\s+(?:abbiamo|ho|c['’][èe])\s+solo\b.*$|,\s+(?:[\p{L}\d]+\s+){0,3}(?:kasi|kase|kc)\s+\S.*$|,\s+[\p{L}-]+\s+(?:especially|in particular|above all|ideally|preferably)\s*[.!]*$|\s+for\s+(?:anyone|anybody|everyone|everybody)(?:'|’)s\s+[^,]{1,40}$|,\s+for\s+(?:any|all|every)\s+(?:[\p{L}-]+\s+){0,2}(?:meetups?|events?|groups?|gatherings?|sessions?|workshops?|one|club|clubs|organi[sz]ations?)\b.*$|\s+(?:lol|lmao|haha+|jaja+|hehe+|rofl)\s+(?!(?:and|or)\b)\S.*$|\s+(?:in the meantime|meanwhile)\b.*$|,\s+(?:mostly|mainly|primarily|largely)\s+.*$|\s+as\s+(?:our|my|we|i|they|it|there|the)\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:has|have|had|is|are|was|were|only|don(?:'|’)?t|doesn(?:'|’)?t|can(?:'|’)?t|lacks?|needs?)\b.*$|;\s+(?:she|he|they|it|we|i|this|that|there)(?:(?:'|’)[a-z]+)?\s.*$|(?:\s+(?:though|tho))?,\s+(?:there(?:'|’)s|there is|there are)\s+(?:nothing|no|not|hardly|barely|little)\b.*$|,\s+(?:i|we)\s+(?:don(?:'|’)?t|do not|can(?:'|’)?t|cannot|never)\s+(?!(?:have|own)\b).*$|\s+(?:tho|though|fr|lol|lmao|ngl|tbh|haha|huhu+|hehe|jaja|charot|char)\b(?:[\s,]+(?:tho|though|fr|lol|lmao|ngl|tbh|haha|huhu+|hehe|jaja|charot|char)\b)*(?:,?\s+like\b.*)?[\s.!]*$|,\s+like\s+.*$|\s+(?:bc|b\/c|cuz|coz|cos|because)\s+.*$|\s+(?:cause|(?:'|’)cause)\s+(?:i|we|you|it|they|he|she|there|the|my|our)\b.*$|,\s+(?:ours|mine|theirs|the old one|our old one|my old one)\b.*$|,\s+(?:we|i)(?:(?:'|’)re|(?:'|’)m| are| am)\s+(?:only\s+|just\s+)?(?:\d+|a|an|one|two|three|four|five|six|tiny|small|few)\b.*$|\s+if (?:anyone|anybody|someone|somebody|you|any of you)\s+(?:has|have|knows?|can|could|is|are)\b.*$|,\s+(?:so|because|since|as|only|just|even|although|though|while|unless|anyone|anybody|any takers|who(?:'|’)s|is anyone)\b.*$|,\s+(?:(?:i|we)\s+(?:did|have done|(?:'|’)ve done|used to|worked|was|were|have been|(?:'|’)ve been|spent|studied|taught))\b.*$|,\s+(?:i|we)\s+(?:have|(?:'|’)ve got|have got|own)\s+(?:a|an|my|our|some|two|three|\d+)\s.*$|(?:\s+too)?,\s+it(?:'|’)s\s+(?:less|more|not|really|very|so|pretty|quite|actually|easier|harder|fun|easy)\b.*$|,?\s+if (?:one|any|such a thing|something like that|it|that) (?:exists?|is around|is available)\b.*$|,\s+(?:it|they|that|this)(?:(?:'|’)s|(?:'|’)re| is| are| was| were)\s+(?!(?:free|available|open|yours|empty|idle)\b).*$|,\s+(?:they|he|she|it)\s+(?!(?:is|are|fits?|seats?|holds?|has|have|sleeps?|takes?)\b)[\p{L}'’]+\b.*$|,\s+(?:i|we)(?:(?:'|’)m|(?:'|’)re| am| are)\s+(?:still|not|new|looking|trying|currently|kind of|kinda)\b.*$|\s+(?:and stuff|and things|and so on|and all that|etc\.?)\s*[.!]*$/iu);
// "Nada por ahora", "nichts", "Niets op dit moment", "Nah all good", "same as above :)": a placeholder answer in any language.
const NOTHING = /^\s*(?:simple as|end of|that(?:'|’)s it|that(?:'|’)s all|thx|thnx|thanx|thanks|thank you|thank u|ty|tia|cheers|n\/?a|none|nothing|nope|no|[-–—_.]+|nil|tbd|not much|not|pass|skip|skipped|nada|same|idk|dunno|nothing to add|no comment|no answer|none for now|not applicable|nothing comes to mind|seriously|always|frankly|honestly|obviously|of course|the usual|as usual|nichts|niets|rien|niente|nulla|nic|ninguno|ninguna|nenhum|nenhuma|n\.?v\.?t\.?|entfällt|keine angabe|sans objet|non applicable|no aplica|n[ãa]o se aplica|n[ãa]o aplic[áa]vel|naethin|naething|nothin|nuthin|nowt|(?:(?:nah|no|yeah|yep)[,\s]+)?(?:all good|all set|all sorted|we(?:'|’)re good|i(?:'|’)m good|(?:we|i)(?:'|’)re fine|i(?:'|’)m fine|good for now)|est[áa] todo bien|todo bien|tudo bem|tudo certo|alles gut|alles klar|tout va bien|ça va|alles goed|tutto bene)(?:,?\s+(?:really|much|yet|right now|now|the noo|at the moment|for now|atm|honestly|thanks|at all|this time|in particular|specific|special|at present|i(?:'|’)m afraid|i am afraid|sorry|unfortunately|tbh|to be honest|mate|here|from me|(?:as|like)\s+(?:above|before|earlier|i said|said)|por\s+ahora|ahora\s+mismo|ahora|de\s+momento|por\s+el\s+momento|en\s+este\s+momento|gracias|pour\s+l['’]instant|pour\s+le\s+moment|en\s+ce\s+moment|merci|im\s+moment|gerade|momentan|derzeit|zurzeit|aktuell|danke|leider|op\s+dit\s+moment|nu|voorlopig|bedankt|por\s+enquanto|no\s+momento|agora|obrigad[oa]|per\s+ora|al\s+momento|grazie))*\s*(?:[.!]+|\s*[:;]-?[)D(]|\s*\p{Extended_Pictographic})*\s*$/iu;
const DASH_ASIDE = /\s+(?:[-–—]|--)\s+(?:(?:i|we|our|my|it|they|that|this|there|he|she|its|their)\b|(?:i|we|it|they|that)(?:'|’)\w+).*$/i;
// "ein paar USB-Sticks und jemand, der sich mit Debian auskennt", "una impresora y alguien que sepa diseño": two things
// joined by "and" in another language, the first with its article, the second opening with someone or an article.
const FOREIGN_AND_THING = /\s+(?:und|y|et|en|e|dan|serta|na|at|aur)\s+(?=(?:jemand(?:en|em)?|alguien|alguém|algu[eé]m|quelqu['’]un|qualcuno|iemand|seseorang|mtu|koi)(?![\p{L}])|(?:ein|eine|einen|un|une|una|uno|um|uma|een|unos|unas|algunos|algumas|alcuni|alcune)\s)/iu;
const FOREIGN_FAILS_TAIL = /,\s+(?:a|o|as|os|la|el|los|las|le|les|die|der|das|de|het|il|lo)\s+[\p{L}-]+(?:\s+(?:d[aeo]s?|de(?:l|\s+la)?|du|des|van|von)\s+[\p{L}-]+)?\s+(?:(?:se|nos|nous|uns|ons)\s+)?(?:falha|falham|falla|fallan|cai|caem|cae|caen|va|vai|acaba|acabam|acaban|quebra|quebram|rompe|rompen|tombe|tombent|f[äa]llt|fallen|valt|vallen|não\s+funciona|no\s+funciona|ne\s+marche|funktioniert\s+nicht|werkt\s+niet)(?![\p{L}]).*$/iu;
const FOREIGN_COMMA_AND = /,\s+(?:et|y|e|und|en|i)\s+(?=(?:mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|nuestros|nuestras|mein|meine|meinen|unser|unsere|unseren|il mio|la mia|i miei|le mie|il nostro|la nostra|mijn|onze|meu|minha|nosso|nossa|o meu|a minha|des|un|une|una|uno|um|uma|ein|eine|einen|een)\s)/iu;
// "mi casa y una cafetera grande", "ferramentas e uma bancada": a first thing with an article or a possessive, or a short
// one of at most three words, before a second with an article.
const FOREIGN_DET_FIRST = /^(?:ein|eine|einen|ein paar|un|une|una|uno|um|uma|een|unos|unas|algunos|algumas|alcuni|alcune|qualche|mi|mis|nuestro|nuestra|nuestros|nuestras|meu|minha|meus|minhas|nosso|nossa|nossos|nossas|o meu|a minha|o nosso|a nossa|mon|ma|mes|notre|nos|mein|meine|meinen|unser|unsere|unseren|il mio|la mia|i miei|le mie|il nostro|la nostra|mijn|onze|ons|\d+)\s|^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+(?:und|y|et|en|e|dan|serta|na|at|aur)\s/iu;
// A long reply's item trails a remark of its own: "…, the folks from the paper keep asking", "a small budget for pizza
// though, pizza is how …", "…, people show up wanting to cut stuff", "old phones for the lolas who don't have one",
// "20 volunteers to anyone running a community event".
const RAMBLE_TAIL = fastEdges(/,\s+(?:a bunch|a few|a couple|some|most|many|several|loads|lots|half)\s+of\s+us\s+(?:did|have|(?:'|’)ve|went|ran|were|used to)\b.*$|,\s+(?:the\s+|our\s+|my\s+)?[\p{L}'’-]+(?:\s+[^,]{1,40}?)?\s+keeps?\s+(?:asking|nagging|begging)\b.*$|\s+(?:though|tho),\s+(?!(?:especially|particularly|ideally|preferably|mainly|mostly|in particular)\b)\S.*$|,\s+(?:people|folks|everyone|everybody)\s+(?!(?:who|that|can|could|may|are|is|will|would)\b)[\p{L}'’]+\b.*$|\s+who\s+(?:don(?:'|’)?t|do not|doesn(?:'|’)?t|does not)\s+(?:have|own)\s+(?:one|any|them|it)(?:\s+yet)?\s*[.!]*$|\s+to\s+(?:anyone|anybody|whoever|any group|groups)\s+(?:running|organi[sz]ing|hosting|putting on|planning)\b.*$/iu);
// "I could not believe it!", "I could do it in my sleep": a story's exclamation and a boast about a skill already
// offered are no offers of their own.
const NOT_OFFERED = /\b(?:i|we)\s+(?:could|can)\s+(?:not|never|hardly|barely|scarcely)\s+(?:believe|imagine|wait|stop|stand|understand|bear|describe|tell|say|get over|stop laughing)\b|\b(?:could|can)\s+(?:do|run|teach)\s+(?:it|this|that|them)\s+(?:in my sleep|with my eyes (?:closed|shut)|blindfolded|standing on my head)\b/i;
// Arabic typed in Latin letters ("ne7taj", "3andi", "ma3a"): digits stand for letters, and "w" is "and".
const ARABIZI_WORD = /(?<![\p{L}\d])\p{L}+[2375]\p{L}|(?<![\p{L}\d])[2375]\p{L}{2}/u;
const ARABIZI_WORDS = /(?<![\p{L}\d])(?:\p{L}+[2375]\p{L}*|[2375]\p{L}{2,})(?![\p{L}\d])/gu;
let arabizi = false;
// "and" in the other languages people answer in: Turkish "ve", Hindi/Urdu "aur", German "und", Spanish "y", French "et",
// Italian/Portuguese "e", Dutch "en"; Arabic "w"/"wa" only in Arabizi text (elsewhere "w" is Polish "in").
const CONJ_FOREIGN = /(,\s+|\s+)(ve|aur|und|y|et|e|w|wa)\s+(?!(?:de|d['’]|du|à|au|aux|con|mit|für|per|para|por|zu|en|in|im|auf|an|sur|dans|em|nel|nella|sous|bei|über|ke|ki|ka|ko|se|ile|için|si|wenn|falls|agar|iza|law|eğer|que|qui|dass|weil|parce|porque|perché|porque)(?![\p{L}]))(?=\S)/giu;
const FOREIGN_DAY = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|abends|morgens|nachmittags|soir|matin|weekend|wochenende)\p{L}*$/iu;
const LIST_CLAUSE_START = /^(?:i|we|you|he|she|they|it|this|that|these|those|there|which|who|so|because|but|not|just|then|especially|including|like|e\.g\.?|ich|wir|je|nous|yo|eu|io|ana|main|hum|ben|biz|es|das|der|die|ce|c['’]est|il|elle|on|es|está|está|ist|sind)(?![\p{L}'’])/iu;
/** "X ve Y", "X, aur Y", "X, Y und Z": a list joined by a foreign "and" (once), each part its own thing; null when not. */
function foreignConjList(text: string): string[] | null {
  const ms = execAll(CONJ_FOREIGN, text).filter((m) => arabizi || !/^w/i.test(m[2]!));
  if (ms.length !== 1) return null;
  const m = ms[0]!;
  const left = text.slice(0, m.index).trim(), right = text.slice(m.index + m[0].length).trim();
  const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
  // "Gönüllü ve internet": two bare words are two things.
  const pair = false;
  if (!pair && (words(right) < (m[1]!.includes(',') ? 1 : 2) || words(left) < (m[1]!.includes(',') ? 1 : 2))) return null;
  if (LIST_CLAUSE_START.test(right)) return null;
  // "ayuda con la organización de talleres y una charla": help with both is one offer.
  if (/^(?:ayuda|ajuda|aide|hilfe|help|aiuto|yardım|madad)\b/iu.test(left)) return null;
  // "asesoría sobre el TPV y la facturación electrónica": two objects of one preposition, each with its definite article.
  if (/^(?:el|la|los|las|le|les|l['’]|der|die|das|den|dem|il|lo|gli|o|a|os|as|het|de)\s/i.test(right) && /\s(?:sobre|de|del|con|para|por|en|sur|de|pour|avec|dans|über|mit|für|von|zu|su|di|per|con|em|sobre|com|over|met|voor)\s+(?:el|la|los|las|le|les|l['’]|der|die|das|den|dem|il|lo|gli|o|a|os|as|het|de)\s+\S+(?:\s+\S+)?$/i.test(left)) return null;
  // "dienstags und donnerstags abends": two days name one time; "llevar café de olla y unos vasos": one verb takes both.
  if (FOREIGN_DAY.test(left.split(/\s+/).pop()!) && FOREIGN_DAY.test(right.split(/\s+/)[0]!)) return null;
  if (/^\p{Ll}\p{L}{2,}(?:ar|er|ir|re)\s/u.test(left) && !/^(?:der|der|per|por|sur|pour|leer|super|other|über|unser|euer|ihr|hier|paper|poster|power|water|computer|teacher|printer)\s/i.test(left)) return null;
  // "Vorträge auf Deutsch und Englisch halten", "domates ve biber tohumu": a short right side joins two words, not two things.
  if (!m[1]!.includes(',') && !pair && words(right) <= 2 && words(left) > 2 && !/^(?:ek|un|une|una|unos|unas|uno|ein|eine|einen|bir|des|\d)/i.test(right)) return null;
  // "A, B ve C": the commas before the one "and" separate things of the same list.
  const heads = left.split(/\s*,\s*/).filter(Boolean);
  if (heads.length > 3 || heads.some((h) => words(h) > 12 || LIST_CLAUSE_START.test(h)) || /^(?:que|qu['’]|dass|che|ke|eno|that)\s/i.test(left)) return null;
  if (words(right.split(',')[0]!) > 12) return null;
  return [...heads, right];
}
// "the program room on Tuesday nights, pending booking", "Garda-vetted mentors, the usual": a remark after the comma about
// how sure or how usual the thing is, no part of it.
const FOREIGN_OUR_HAS = /^(?:mi|nuestro|nuestra|meu|minha|nosso|nossa|o\s+meu|a\s+minha|o\s+nosso|a\s+nossa|mon|ma|notre|mein|meine|unser|unsere|mijn|onze|ons|il\s+mio|la\s+mia|il\s+nostro|la\s+nostra)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:tiene|tem|a|hat|heeft|ha)\s+(?=(?:un|una|unos|unas|um|uma|uns|umas|une|des|ein|eine|einen|een|uno|dos|dois|duas|deux|zwei|twee|due|\d+)\s)/iu;
const FOREIGN_USE_TAIL = /\s+(?:que|qui|die|das|dat|der|che|où|wo|waar|donde|onde)\s+(?:(?:se|on|man|je|nos|ons|we|nous|ci|a\s+gente|la\s+gente)\s+)?(?:d[áa]\s+(?:pra|para)|sirve|serve|sert|peut|pode|puede|podemos|podem|pueden|peuvent|kann|kan|können|kunnen|possono|eignet|se\s+presta|va\s+bien|fica)(?![\p{L}]).*$/iu;
const SAME_AS_LEAD = /^(?:(?:the\s+|just\s+)?same\s+as\s+|lo\s+mismo\s+que\s+|(?:o\s+)?mesmo\s+que\s+|(?:la\s+)?m[êe]me\s+chose\s+que\s+|pareil\s+que\s+|(?:das\s+)?(?:selbe|gleiche)\s+wie\s+|hetzelfde\s+als\s+|lo\s+stesso\s+(?:che|di)\s+)[^,]{2,60},\s+(?=\S)/iu;
// "A treasurer, desperately.", "Einen Raum in Altona, am liebsten mit Beamer", "une salle, si possible avec cuisine": how badly
// or in what form one would like it best is no part of the thing; nor is a closing "gracias" / "merci".
const ITEM_REMARK = /,\s+(?:pending|subject to|depending on|tbc|tbd|to be confirmed|the usual|as usual|as always|always|of course|obviously|frankly|seriously|honestly|lol|haha|desperately|urgently|badly|sorely|asap|please|pls|ideally|preferably|if possible|am liebsten|idealerweise|vorzugsweise|möglichst|wenn möglich|dringend|bitte|de préférence|idéalement|si possible|idealmente|preferiblemente|preferentemente|de preferencia|si es posible|urgentemente|con urgencia|desesperadamente|por favor|het liefst|liefst|bij voorkeur|indien mogelijk|se possível|de preferência|preferibilmente|se possibile|per favore|gracias|muchas gracias|merci|danke|obrigad[oa]|grazie|bedankt|dank je)(?![\p{L}])[^,.!?]*[.!?]*$/iu;
const HI_CAN = /\s+(\p{L}+)\s+sakt[aei]\s+h\p{L}*\b.*$/iu;
function item(text0: string, sentence: string): Item[] {
  // "And, like, literally anyone who knows PostGIS": a spoken "and like" ahead of the thing is no part of it.
  let text = /^(?:and|plus)\b/i.test(text0) ? text0.replace(/^(?:and|plus)\s*,?\s+(?:like\s*,?\s+)?(?:literally\s+)?(?=\S)/i, '') : text0;
  // "I run a makerspace, so: space, 3D printers and a laser cutter": the list after the colon.
  const colon = /^[^:]{3,60}:\s+(?=\S[^:]*,)/.exec(text);
  if (colon) text = text.slice(colon[0].length);
  // "quelqu'un qui connaît WordPress, sérieux c'est un mess", "Nada, la verdad, vamos sobrados": an aside after the thing (R62_TAIL).
  text = text.replace(R62_TAIL, '');
  // "Same as what the elders said, te reo everywhere", "lo mismo que dije en la reunión, mis clases de robótica": pointing
  // back at what was said before adds nothing; the thing after the comma is the answer.
  text = text.replace(SAME_AS_LEAD, '');
  // "Minha casa tem um quintal grande que dá pra fazer encontro", "Notre asso a une salle qui peut servir": the thing the
  // house or group has is the offer, without what it serves for (as "our church has a hall we can use" in English).
  const has = FOREIGN_OUR_HAS.exec(text);
  if (has) text = text.slice(has[0].length).replace(FOREIGN_USE_TAIL, '');
  if (NOTHING.test(text)) return [];
  // "A sponsor for data bundles — half our members join from their phones": a reason after a dash is no part of it;
  // "a sponsor for pizza, 40ish people": nor is how many come; "10 extra laptops, if any group can lend": nor who might give.
  text = text.replace(DASH_REASON, '').replace(ITEM_REMARK, '').replace(/,\s+(?:about|around|roughly|for|~)?\s*\d+(?:ish|\+)?\s*(?:people|ppl|attendees|guests|folks|kids|pax|of us)\s*[.!]*$/i, '').replace(/,?\s+if\s+(?:any|some)\s*(?:one|body|group|org|organi[sz]ation|club|school|company|business|of you)?\s+(?:can|could|has|have|is able to|would)\s+(?:lend|spare|donate|give|share|loan|help)\b.*$/i, '');
  // "the program room, they're yours if you want them", "introduce you to Carla, she's been wanting to meet you",
  // "more young people, the same five señoras do everything": a clause of its own after the comma says why or how.
  // "a projector before I can run the DemoCamp, does anybody have one?": what waits on the thing is no part of it.
  // "um gerador, a energia falha muito", "baterías, la luz se va siempre": why, a clause of its own after the comma, goes.
  if (text.includes(', ')) text = text.replace(FOREIGN_FAILS_TAIL, '');
  text = text.replace(CLAUSE_TAIL, '').replace(/\s+before\s+(?:i|we)\s+(?:can|could)\s+\S.*$/i, '').replace(/\s+left over\b.*$/i, '').replace(/\s+(?:before|after|once|when)\s+(?:they|it|we|you|those|these)\s+(?:go|goes|get|gets|are|is|come|comes)\b.*$/i, '').replace(/,?\s+though(?:\s*[.!]*$|,\s+(?:i|we|it|they|he|she)\b.*$)/i, '').replace(/\s+(?:free of charge|at no cost|for free)(?=\s+(?:on|in|at|during|over|every|most|any)\s)/i, '').replace(/\s+(?:free of charge|at no cost)\b.*$/i, '').replace(/,\s+(?:up to|max(?:imum)?|at most)\s+\d+\s*(?:people|ppl|persons|guests|pax)\s*[.!]*$/i, '');
  // "Venue in Kowloon, cheap one", "a projector, a big one": which kind of the thing, not a second one; "help with
  // hosting, is very expensive here": a clause that drops its subject ("it") says why.
  if (text.includes(', ')) text = text.replace(/,\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){1,2}one\s*[.!]*$/iu, '').replace(/,\s+(?:is|are|was|were)\s+(?:(?:very|too|so|really|quite|super|extremely|not|also)\s+)?\p{L}+\b.*$/iu, '');
  // "can lah", "sige po": a particle of Singlish, Malay or Tagalog is no thing.
  if (/^\s*(?:lah|leh|lor|loh|meh|mah|wor|po|na|naman|ba|yah?|ji|la|one|liao)\s*[.!]*\s*$/i.test(text)) return [];
  // "No more fake news on WhatsApp groups lor": a closing particle is no part of the thing.
  text = text.replace(/\s+(?:lah|leh|lor|loh|meh|liao)\s*([.!]*)\s*$/i, '$1');
  // "3. Money for materials. Our budget for plywood is zero.": a second sentence that explains the first, offering or
  // asking nothing of its own, is no part of the thing.
  text = text.replace(/([^.!?]{3})[.!?]\s+(?:our|my|the|their|it|it(?:'|’)s|they|this|that|there(?:'|’)s|there is|we(?:'|’)re|we are|we have|we(?:'|’)ve)\s(?![^.!?]*\b(?:can|could|also|offer|happy to|need|needs|want|would|love to|free|available|welcome)\b)[^.!?]*[.!?]*\s*$/i, '$1');
  // "our media lab … to community groups on Monday evenings": to whom goes, when stays.
  text = text.replace(/\s+(?:to|for)\s+(?:any\s+|all\s+|local\s+)?community\s+(?:groups?|organi[sz]ations)(?=\s+(?:on|at|during|every|most)\s)/i, '');
  // "Reliable internet at our annex, honestly. And a van.": a second thing after a full stop and "And".
  if (/[.!]\s+(?:and|also|plus)[,\s]/i.test(text)) text = text.replace(/[.!]\s+(?:and|also|plus)(?:,?\s+like)?[,\s]+(?=\S)/gi, ', and ');
  // "a large coffee urn that sits unused most weeks": that it sits unused is no part of the thing.
  text = text.replace(THAT_SITS_IDLE, '');
  // "What we'd really like to see is more events …": the "is" of the frame is no part of the thing.
  text = text.replace(SAY_FILLER, '').replace(/^(?:is|are|would be)\s+(?=\S)/i, '').replace(/\s+(?:that|which)(?:'|’)s\s+(?:usually\s+|often\s+|mostly\s+)?(?:empty|free|unused|idle|available)\b/i, '');
  // "time to organize alone, so a co-organizer": what the reason leads to is the item.
  const so = /^[^,]{3,60},\s+so\s+((?:a|an|some|someone|somebody|more|another)\s+[^,]+)$/i.exec(text) ?? /^(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?:a|an)\s+[^,]{3,50},\s+so\s+(?!(?:i|we|you|it|that|this|they)\b)([^,]{2,60})$/i.exec(text);
  if (so) text = so[1]!;
  // "I run a small bookkeeping business so can help groups with their books": what the reason lets them do is the item.
  const soCan = /^(?:i|we)(?:(?:'|’)m|\s+am|\s+are|(?:'|’)re|\s+run|\s+have|(?:'|’)ve|\s+own|\s+work)\b[^,]{2,60}?,?\s+so\s+(?:i\s+|we\s+)?(?:can|could)\s+(\S.+)$/i.exec(text);
  if (soCan) text = soCan[1]!;
  // "Des cours de couture numérique (digital sewing classes)": the English given beside a foreign answer.
  const en = /^(?:des|les|le|la|un|une|el|los|las|una|uno|die|der|das|ein|eine|os|as|um|uma|il|lo|gli|het|een)\s+[^()]{3,80}\(([A-Za-z][A-Za-z' -]{3,80})\)[\s.!]*$/i.exec(text);
  if (en && en[1]!.trim().split(/\s+/).length >= 2) text = en[1]!;
  // "Laptops - our lab has only four", "Photography - I've shot weddings for ten years": an aside after a dash.
  text = text.replace(DASH_ASIDE, '');
  // "our community room (seats 40, free for non-profit groups) and the 3D printer": a bracketed aside goes.
  if (text.includes('(')) text = text.replace(/\s*\([^()]{1,80}\)/g, '');
  // "my mother, who is 80, can video call her sisters": a clause set off by commas in the middle goes, the rest stays.
  if (text.includes(', wh')) text = text.replace(/,\s+(?:who|which)\s+[^,]{1,40},\s+(?=\S)/gi, ' ');
  text = foreignTrim(text);
  text = text.replace(ITEM_TAIL, '').replace(RAMBLE_TAIL, '');
  // "des ateliers de couture, et mon aide pour les inscriptions", "clases de costura, y mi casa los sábados": after a comma
  // and "and", a second thing with its own article or possessive (as ", and my cargo bike" in English).
  // "main apni soldering kit de sakta hoon, aur Saturday ko Arduino basics parha sakta hoon": Hindi/Urdu "I can …" at the
  // end of each clause; the thing given stays, a skill taught reads as its verbal noun ("parhana").
  if (/\bsakt[aei]\s+h/i.test(text) && !/\bjo\b/i.test(text)) {
    const hs = text.split(/,\s+(?:aur|or)\s+/i).map((p) => p.replace(/^(?:main|mai|hum|ham)\s+/i, '').replace(HI_CAN, (_m, v: string) => (/^(?:de|dila|dilwa)$/i.test(v) ? '' : ` ${v}na`)).trim());
    if (hs.length >= 2 || hs[0] !== text) return hs.flatMap((p) => item(p, sentence));
  }
  const conj = foreignConjList(text);
  if (conj) return conj.flatMap((p) => item(p, sentence));
  const fcomma = FOREIGN_COMMA_AND.exec(text);
  if (fcomma && text.slice(0, fcomma.index).trim().split(/\s+/).length >= 2 && text.slice(fcomma.index + fcomma[0].length).trim().split(/\s+/).length >= 2) return [text.slice(0, fcomma.index), text.slice(fcomma.index + fcomma[0].length)].flatMap((p) => item(p, sentence));
  const fand = FOREIGN_AND_THING.exec(text);
  if (fand && FOREIGN_DET_FIRST.test(text)) return [text.slice(0, fand.index), text.slice(fand.index + fand[0].length)].flatMap((p) => item(p, sentence));

  // "a mentor for my college applications lol and like a laptop": chat fillers between two things.
  if (/\b(?:lol|lmao|haha|tbh|ngl|like)\b/i.test(text)) text = text.replace(/\s+(?:lol|lmao|haha|tbh|ngl)(?=\s+(?:and|or)\s)/gi, '').replace(/\b(and|or)\s+like\s+/gi, '$1 ');
  const cond = ITEM_IF.exec(text);
  if (cond && text.slice(0, cond.index).trim().split(/\s+/).length >= 2) text = text.slice(0, cond.index);
  // "cook for the next meetup, Turkish food, börek etc.", "help at the fair, stalls, tickets and so on": after a thing to do
  // with no object of its own, bare things closed by "etc." are examples of it, not more items.
  const eg = /^(\S+(?:\s+\S+)?\s+(?:for|at|with|in|on|during)\s[^,]+)((?:,\s+[^,\s]+(?:\s+[^,\s]+){0,3}){1,4})(?:,?\s*(?:etc\.?|etcetera|and so on|and such)|…)\s*[.!]*$/iu.exec(text.trim());
  if (eg && ITEM_VERB.test(stripCan(eg[1]!).trim()) && !eg[2]!.split(',').some((p) => ITEM_VERB.test(p.trim().replace(/^(?:and|or|plus|also)\s+/i, '')))) text = eg[1]!;
  // "Kids making, not just scrolling": the contrast is part of a wish.
  const notJust = /,\s+not (?:just|only|merely)\s+\S/i.test(text);
  const tidy = (t: string) => (notJust ? tidyAction(t.replace(/,\s+not (just|only|merely)\s+/i, ' NOTJUST$1 ')).replace(/ NOTJUST(\w+) /, ', not $1 ') : tidyAction(t));
  return (notJust ? [tidy(stripCan(text.replace(ITEM_ASIDE, '')))] : splitList(tidyAction(stripCan(text.replace(ITEM_ASIDE, '')))))
    .map((t) => tidy(t))
    .filter((t) => t.length > 1 && !NOTHING.test(t) && /[\p{L}\p{N}]/u.test(t))
    .map((t) => ({ text: t, sentence }));
}

// "Luis will handle the photos", "My colleague will book the room": another person's part, not the sender's promise.
const OTHERS_PART = /^(?:(?:my|our)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|\p{Lu}[\p{L}-]+|he|she|they)\s+(?:will|(?:'|’)ll|is going to|is gonna|wants|said|says|can|would|has offered|offered)\b/u;
const othersPart = (t: string) => OTHERS_PART.test(t) && !/^(?:i|we|to|will|do|run|host|make)\b/i.test(t);
// "a large coffee urn that sits unused most weeks": that it sits unused is no part of the thing (the tail form drops the
// rest of the clause too).
const THAT_SITS_IDLE = /(?<!,)\s+that\s+(?:sits?|lies|stands?)\s+(?:usually\s+|mostly\s+|often\s+|just\s+)?(?:unused|idle|empty)\b/i;
const THAT_SITS_IDLE_TAIL = /(?<!,)\s+that\s+(?:sits?|lies|stands?)\s+(?:usually\s+|mostly\s+|often\s+|just\s+)?(?:unused|idle|empty)\b.*$/i;
const EVENT_NOUN = String.raw`(?:meeting|meetup|meet-up|hackathon|hack ?day|hack night|workshop|event|conference|session|launch|party|fair|festival|ceremony|talk|webinar|agm|assembly|celebration|exhibition|concert|show|open day|open evening|screening|showcase|fundraiser|bazaar|market|tournament|competition|jam|camp)`;
const EVENT_ON = new RegExp(String.raw`\b${EVENT_NOUN}\s+(?:on|in|at)\s`, 'i');
const EVENT_ON_END = new RegExp(String.raw`\b${EVENT_NOUN}\s+(?:(?:on|in|at)\s+)?$`, 'i');
// A format named as a phrase of its own ahead of a bare "I'll host": "Hi Dana - coffee klatch at my place, Thurs 10/14, I'll host."
const FORMAT_AHEAD = /(?:^|[-–—:.!]\s+|,\s+)((?:(?:a|an|our|my)\s+)?(?:coffee|kaffee|kitchen|demo ?camp)[^,.;:!?()–—-]*?)\s*,/i;
const LEAD_TIME_I = /(?:^|,\s+|\s+(?=(?:and|then)\s))(?:(?:and|then)\s+)*((?:on|by|between|over|before|this|next|tomorrow|tonight)\b[^,]{0,40}?)\s+(?:i(?:'|’)ll|i will|i(?:'|’)m|i am)\s+(?=\p{Ll})/giu;
const FORMAT_GLOSS = /([\p{L}][\p{L}-]{2,})\s*\((?:a\s+|the\s+)?((?:kaffee|coffee|kitchen|demo ?camp)[^(),]{0,30})[^()]{0,40}\)/iu;
// "Main 23 March se pehle …", "hum 25 December ki chutti pe …", "23 Nisan'a kadar da …": a postposition that followed the
// date (Hindi/Urdu, Turkish) goes with it.
const ORPHAN_POSTPOSITION = /^(?:(?:ki|ka|ke)\s+(?:chutti|chhutti|chhuti)\s+(?:pe|par|mein|me)|se\s+(?:pehle|pahle|phele)|ke\s+(?:baad|bad)|tak|['’]\p{L}{1,3}\s+(?:kadar|önce|sonra)(?:\s+d[ae])?|['’]\p{L}{1,4})\s+(?=\S)/iu;
const INF_AND_TO = /,?\s+(?:et|y|e)\s+(?:à|a)\s+(?=(?:(?:vous|te|les|le|la|lui|leur|nous|me|se|os|nos|les)\s+)?\p{L}{2,}(?:er|ir|re|ar)(?![\p{L}]))/iu;
// "Actually, change that, make it …", "Scratch that — make it …", "Correction: …", "Sorry, make that …": a sentence that
// opens by correcting what was just said (a filler particle such as "po" may sit among the words).
const CORRECT_LEAD_GATE = /\b(?:change that|scratch that|correction|make (?:that|it))\b/i;
const CORRECT_LEAD = /^\W*(?:(?:actually|sorry|oops|no|wait|hmm+|err|um+|ah|oh|po|lah|okay|ok)[\s,!.]+)*(?:(?:change|scratch) that|correction|make (?:that|it))(?:[\s,:;!.–—-]+(?:make (?:that|it)|to|it(?:'|’)s|it will be))?[\s,:;!.–—-]+/i;
// "Actually no — forget that", "Scratch that.", "Oubliez ça", "Olvida eso", "Vergiss das", "Esquece isso": a sentence that
// opens by taking back what was just said.
const WITHDRAW_GATE = /forget|scratch|strike|ignore|oubli|olvid|vergi|esque/i;
const WITHDRAW_LEAD = /^\W*(?:(?:actually|sorry|oops|no|nah|wait|hmm+|ah|oh|on second thoughts?|en fait|non|en realidad|bueno|nein|doch nicht|na ja|não|nao|na verdade)[\s,!.–—-]+)*(?:forget (?:that|it|what i (?:just )?said)|scratch that|strike that|ignore that|oubliez? (?:ça|ca|cela)|olvida(?:d|lo)?(?: eso)?|vergiss(?:t)? (?:das|es)|esque(?:ce|ça|ca) (?:isso|disso))(?![\p{L}])(?![\s,:;–—-]+(?:make (?:that|it)|i mean)\b)/iu;
function extract(us: Unit[], input: UnderstandInput, skip: Set<string>): Found {
  const f: Found = { commitments: [], offers: [], needs: [], wishes: [], hedged: [], refused: [] };
  const tz = input.timezone || 'UTC';
  const addCommitment = (raw: string, sentence: string, dueFrom: string, dueGiven: DueRange | null = null): void => {
    // "…, Tuesday is my shift at the shop": why another day will not do is no part of the action.
    raw = raw.replace(DAY_TAKEN, '');
    // "host a coffee klatch for neighbours, with cake and tea, because winter is hard on them": the reason after a full
    // action is no second thing to do, nor its date.
    raw = raw.replace(/,\s+(?:because|(?:'|’)?cause|cos|coz)\s+.*$/i, (m, i: number, all: string) => (all.slice(0, i).trim().split(/\s+/).length >= 4 ? '' : m));
    // "Photos I will send by evening": the thing put first is the object of a verb left without one.
    const fr = FRONTED.exec(sentence);
    if (fr && new RegExp(`^${fr[2]}\\b`, 'i').test(raw) && !cutDue(raw, input.received, tz).rest.replace(new RegExp(`^${fr[2]}\\b`, 'i'), '').replace(/[\s.!,]+/g, '')) raw = `${fr[2]} ${fr[1]!.charAt(0).toLowerCase()}${fr[1]!.slice(1)}${raw.slice(fr[2]!.length)}`;
    // "lancer un club de code le 1er février et à vous envoyer le programme …", "publicar el código … y a montar una
    // DemoCamp …": under one "je m'engage à" / "me comprometo a", a second infinitive with its own "à" / "a" is a second promise.
    const inf2 = INF_AND_TO.exec(raw);
    if (inf2 && inf2.index >= 8) {
      addCommitment(raw.slice(0, inf2.index), sentence, dueFrom, dueGiven);
      addCommitment(raw.slice(inf2.index + inf2[0].length), sentence, '', null);
      return;
    }
    // "clean up the Discord, then on the 19th I'm running a DemoCamp, and between Christmas and New Year I'll migrate the
    // wiki": a time said before an "I'll" / "I'm" of its own leads a promise of its own, dated by it.
    if (/\b(?:i(?:'|’)ll|i will|i(?:'|’)m|i am)\s/i.test(raw)) {
      const cuts = [...raw.matchAll(LEAD_TIME_I)].filter((m) => { const d = findDue(m[1]!, input.received, tz); return !!d && d.text.length >= m[1]!.trim().length - 4; });
      if (cuts.length) {
        const head = raw.slice(0, cuts[0]!.index).replace(/[\s,;]+$/, '');
        if (head.split(/\s+/).length >= 2) addCommitment(head, sentence, dueFrom, dueGiven);
        cuts.forEach((m, k) => {
          const body = raw.slice(m.index! + m[0].length, cuts[k + 1]?.index ?? raw.length).replace(/[\s,;]+$/, '');
          const d = findDue(m[1]!, input.received, tz)!;
          addCommitment(body, sentence, '', { start: d.start, end: d.end });
        });
        return;
      }
    }
    // "email the venue on Monday and host the sprint on December 12": two things, each with its date; also after a comma
    // ("draft the zine by 4 December, print it the week after", round 14), where a date counted from the first is kept.
    const two = /^(.+?)\s+and\s+(?:then\s+)?((?!(?:a|an|the|my|our|some|i|we|it)\b)[a-z]+\s.+)$/i.exec(raw) ?? /^(.+?),\s+(?:then\s+)?((?![a-z]+\s+(?:is|are|was|were)\b)(?!(?:a|an|the|my|our|some|i|we|it|so|but|and|maybe|probably|perhaps|hopefully|probablemente|probablement|probabilmente|provavelmente|wahrscheinlich|vermutlich|vielleicht|seguramente|forse|talvez|quiz[aá]s|misschien|waarschijnlijk|prawdopodobnie|chyba|if|unless|which|who|where|when|that|this|then|not|or|plus|also|including|especially|ideally|preferably|with|without)\b)(?!(?:starting|beginning|commencing)\s+(?:from\s+)?(?:next|this|on|in|tomorrow|today|tonight|the|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))[a-z]+\s.+)$/i.exec(raw);
    const whole0 = two ? findDue(raw, input.received, tz) : null;
    // "run it on 20th Feb – sorry, make that 27th, …": a date phrase that runs across the comma (a corrected date) is one
    // date; the sentence is not cut inside it.
    const across = !!whole0 && raw.indexOf(whole0.text) >= 0 && raw.indexOf(whole0.text) < two![1]!.length && raw.indexOf(whole0.text) + whole0.text.length > two![1]!.length;
    const whole = across ? null : whole0;
    const first = two ? findDue(two[1]!, input.received, tz) : null;
    const firstOwn = !!first && !/\b(?:from|since|between|of|after)\s+$/i.test(two![1]!.slice(0, Math.max(0, two![1]!.indexOf(first.text)))) && !/^(?:from|since|between)\b/i.test(first.text);
    const wholeInFirst = !!whole && raw.indexOf(whole.text) >= 0 && raw.indexOf(whole.text) + whole.text.length <= two![1]!.length;
    // "set up a calendar tomorrow, and get everyone's preferences into it ASAP": a second thing with a time of its own,
    // even one that names no day.
    // "teach the seniors on Saturday, June 19": a date alone after the comma is the weekday's date, no second thing.
    // "… this coming June 12, Independence Day po para meaningful": what opens with a date after the comma names the first's
    // date again, no second thing.
    const d2 = two && whole && firstOwn ? findDue(two[2]!, input.received, tz) : null;
    if (d2 && first && two![2]!.indexOf(d2.text) === 0 && d2.end === first.end && !/^[\s,]*(?:at|in|with|for|from|on|near|by|and|or|\d)\b/i.test(two![2]!.slice(d2.text.length))) {
      addCommitment(two![1]!, sentence, dueFrom);
      return;
    }
    if (two && whole && firstOwn && !(/(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|s[áa]bado|sabato|samedi|samstag|domingo|linggo|lunes|martes|mi[ée]rcoles|jueves|viernes)\s*$/i.test(two[1]!) && /\d/.test(two[2]!) && !/[\p{L}]/u.test(cutDue(two[2]!, input.received, tz).rest.replace(/\b(?:at|by|on|in)\b/gi, ''))) && (wholeInFirst || !/\sand\s/i.test(whole.text)) && (findsDue(two[2]!, input) || ((/,\s+and\s+/.test(raw) || (!!first && /^[\s.!]*$/.test(two[1]!.slice(two[1]!.lastIndexOf(first.text) + first.text.length)))) && VAGUE_TIME.test(two[2]!.replace(/[\s.!]+$/, '')))) && !/^(?:a|an|the)\b/i.test(two[2]!)) {
      addCommitment(two[1]!, sentence, dueFrom);
      addCommitment(two[2]!, sentence, '', whole && raw.indexOf(whole.text) >= two[1]!.length ? { start: whole.start, end: whole.end } : null);
      return;
    }
    // "clean up the dataset and publish it by 7/2, and run an intro to pandas at the fall meeting": a date closing the
    // first part, then ", and" and another thing to do.
    const ca = !dueGiven && raw.includes(', and ') ? /^(.+?),\s+and\s+(?:then\s+)?(?:(?:also|i(?:'|’)ll|i will|will)\s+)?((?:run|host|organi[sz]e|hold|write|send|give|teach|lead|start|launch|publish|post|share|finish|make|build|set up|book|email|call|ring|introduce|translate|print|present|draft|create|clean up|put together|do|bring|update|fix|record|film|upload)\b.+)$/i.exec(raw) : null;
    const caDue = ca ? findDue(ca[1]!, input.received, tz) : null;
    if (ca && caDue && /^[\s.!]*$/.test(ca[1]!.slice(ca[1]!.lastIndexOf(caDue.text) + caDue.text.length))) {
      addCommitment(ca[1]!, sentence, dueFrom);
      addCommitment(ca[2]!, sentence, '');
      return;
    }
    // "host a coffee klatch on Dec 12 and a kitchen table sprint in January": two formats, each with its own date, after one verb.
    const twoF = !dueGiven && / and (?:a|an|another|one)\s/i.test(raw) ? /^((?:co-?)?[a-z]+(?:\s+(?:up|on))?)\s+(.+?)\s+and\s+((?:a|an|another|one)\s.+)$/i.exec(raw) : null;
    if (twoF && formatNamed(twoF[2]!) && formatNamed(twoF[3]!) && formatNamed(twoF[2]!) !== formatNamed(twoF[3]!) && findsDue(twoF[2]!, input) && findsDue(twoF[3]!, input)) {
      addCommitment(`${twoF[1]} ${twoF[2]}`, sentence, dueFrom);
      addCommitment(`${twoF[1]} ${twoF[3]}`, sentence, dueFrom);
      return;
    }
    // "the blog post about Saturday by Sunday", "the spreadsheet we started on Saturday": a day the action is about, or
    // one already gone, is no due date; it stays in the action.
    const topics: string[] = [];
    const masked = TOPIC_DAY.test(raw) ? raw.replace(TOPIC_DAY_G, (m: string, day: string) => { topics.push(day); return m.slice(0, m.length - day.length) + `\u0001${topics.length - 1}\u0001`; }) : raw;
    // "I'll run a workshop on 12 December, and I'll send a report the week after" ("la semaine suivante", "la semana
    // siguiente", "die Woche danach"): the week after the promise before it, not after today.
    const prevDue = !dueGiven ? f.commitments[f.commitments.length - 1]?.due : null;
    const wa = prevDue ? WEEK_AFTER_PREV.exec(masked) : null;
    if (prevDue && wa) {
      const end = new Date(`${prevDue.end}T12:00:00Z`), wd = (end.getUTCDay() + 6) % 7; // Monday 0
      const mon = new Date(end.getTime() + (7 - wd) * 86_400_000);
      dueGiven = { start: mon.toISOString().slice(0, 10), end: new Date(mon.getTime() + 6 * 86_400_000).toISOString().slice(0, 10) };
      // "… the week after to show it to those who missed it": a purpose said after it stays in the action.
      raw = masked.slice(0, wa.index) + masked.slice(wa.index + wa[0].length);
    }
    const cd0 = cutDue(wa ? raw : masked, input.received, tz);
    let due = cd0.due, rest = topics.length ? cd0.rest.replace(/\u0001(\d+)\u0001/g, (_m: string, k: string) => topics[Number(k)]!) : cd0.rest;
    // "By Thursday I'll confirm the room for our council meeting on the 19th": the later date is the meeting's; the
    // time said ahead of the lead-in is the promise's, and the meeting's date stays in the action.
    if (due && !dueGiven && dueFrom && EVENT_ON.test(raw)) {
      const at = findDue(raw, input.received, tz);
      const ahead = at ? cutDue(dueFrom, input.received, tz).due : null;
      if (at && ahead && ahead.end < due.start && EVENT_ON_END.test(raw.slice(0, raw.indexOf(at.text)))) { due = null; rest = raw; }
    }
    let d = dueGiven ?? due;
    // A date phrase ahead of the lead-in ("Next month I'm going to …") still dates the action.
    if (!d) d = cutDue(dueFrom, input.received, tz).due;
    // "For Canada Day I will not be in the city but the weekend after I'm gonna host …": counted from the day named earlier
    // in the sentence.
    const relTo = !d && /\bthe\s+(?:day|week|weekend|month)\s+after\s*$/i.test(dueFrom) ? sentence.indexOf(dueFrom.trim()) : -1;
    const rel = relTo > 0 ? findDue(sentence.slice(0, relTo + dueFrom.trim().length), input.received, tz) : null;
    if (rel) d = { start: rel.start, end: rel.end };
    // "Spring break is next week, so after that I'm going to start …": "after that" points at the time said before it; the
    // promise falls in the week after it.
    const pre = !d && /\bafter/i.test(sentence) && sentence.indexOf(raw) > 0 ? sentence.slice(0, sentence.indexOf(raw)) : '';
    const aft = pre ? /\b(?:after that|after this|afterwards|after which)\s*,?\s+(?:i|we)\b[^.!?,;]{0,30}$/i.exec(pre) : null;
    if (aft) {
      const was = aft.index > 0 ? findDue(pre.slice(0, aft.index), input.received, tz) : null;
      if (was) {
        const e = Date.parse(was.end + 'T00:00:00Z');
        d = { start: new Date(e + 86_400_000).toISOString().slice(0, 10), end: new Date(e + 7 * 86_400_000).toISOString().slice(0, 10) };
      }
    }
    let action = tidyCommitment(tidyAction(rest)).replace(ORPHAN_POSTPOSITION, '');
    // "coffee klatch at my place, Thurs 10/14 at 7pm, I'll host.": the verb alone takes the format named ahead of it.
    const bareVerb = /^((?:co-?)?(?:host|run|organi[sz]e|hold|lead|facilitate))(?:\s+(?:it|one|that))?$/i.exec(action);
    const ahead = bareVerb && sentence.lastIndexOf(raw) > 0 ? FORMAT_AHEAD.exec(sentence.slice(0, sentence.lastIndexOf(raw))) : null;
    if (bareVerb && ahead && formatNamed(ahead[1]!) && !findsDue(ahead[1]!, input)) action = `${bareVerb[1]} ${/^(?:a|an|the|our|my)\s/i.test(ahead[1]!) ? '' : 'a '}${ahead[1]!.trim()}`;
    // "I have booked the room for April 10 and I'll run a coffee klatch there": the date of the place or time it points to.
    if (!d && /\b(?:there|then|that day|that night|that evening)\b/i.test(action) && sentence.indexOf(raw) > 0) d = cutDue(sentence.slice(0, sentence.indexOf(raw)), input.received, tz).due;
    // "I'll organise the next sprint at the library — end of September latest": a date alone after a dash that ends the
    // sentence dates the promise before it.
    // "… after the CNY holidays, by end-March": after a window opening after a day, the deadline said next is the date.
    if (sentence.includes(raw) && (!d || OPENS_AFTER_IN.test(raw))) {
      const tail = DATE_TAIL.exec(sentence.slice(sentence.lastIndexOf(raw) + raw.length));
      const cd = tail && (!d || tail[1] === ',') ? cutDue(tail[2]!, input.received, tz) : null;
      if (cd?.due && !/[\p{L}\d]/u.test(cd.rest.replace(BARE_DATE_FILLER, '')) && (!d || cd.due.end >= d.start)) d = cd.due;
    }
    // (Japanese, Chinese and Thai write no spaces: a run of their script is words enough.)
    if (!action || action.split(/\s+/).length < 2 && !/^\w{4,}$/.test(action) && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{6,}|[\p{sc=Thai}]{8,}/u.test(action)) return;
    // "29 Ekim'e kadar…", "23 March se pehle": a postposition left alone when the date went is no action.
    if (/^(?:kadar|önce|sonra|tak|se pehle|ke baad|bis|avant|antes|hasta)$/i.test(action.trim())) return;
    // "I will do two things. First, …": the count of what follows is no promise of its own.
    if (/^do\s+(?:two|three|four|five|2|3|4|5|a (?:few|couple(?: of)?)|some|several|the following|these)\s+(?:(?:small|little|quick)\s+)?things?[\s.:!]*$/i.test(action)) return;
    // "democamp in april, I'll organise it": the format the pronoun stands for.
    // "We will be closed over CNY", "I'll be away in March": a state the person will be in, nothing to do.
    if (/^be\s+(?:closed|shut|away|off|out of (?:town|office)|on (?:holiday|leave|vacation)|travell?ing|abroad)\b/i.test(action)) return;
    // "Well, here's my small thing." under a quoted line about small things: a lead-in to the promise after it.
    if (/^(?:(?:well|ok|okay|so|right|alright|and)[,\s]+)?here(?:(?:'|’)s| is| are| goes)(?:\s+(?:my|mine|our|ours|what)\b[^,.]{0,30})?[\s.!:]*$/i.test(action)) return;
    let format = formatOf(action);
    // "organiser un café-rencontre (coffee klatch) avec …": the gloss read before the brackets went from the action.
    if (!format && sentence.includes('(')) {
      const gl = FORMAT_GLOSS.exec(sentence);
      if (gl && action.toLowerCase().includes(gl[1]!.toLowerCase()) && !/^(?:write|read|tell|send|post|share|e-?mail)\b/i.test(action)) format = formatNamed(gl[2]!);
    }
    if (!format && /\b(it|one|that)\b/i.test(action) && HOST_VERB.test(action) && !formatNamed(action)) format = formatNamed(sentence);
    f.commitments.push({ action, format, due: d, sentence });
  };
  const answered = new Set<number>();
  const orgs = orgSubject(input.text ?? '');
  // A unit under a quoted question that gave an item by any rule counts as answered, so a remark after it ("Is there
  // anybody who could help us set up donations? Our grant runs out in June.") is no second item.
  let prevAt = -1, prevCount = 0;
  const itemCount = () => f.offers.length + f.needs.length + f.wishes.length + f.commitments.length;
  for (const u of us) {
    if (prevAt >= 0 && itemCount() > prevCount && us[prevAt]!.question) answered.add(prevAt);
    prevAt = us.indexOf(u);
    prevCount = itemCount();
    const sentence = u.text;
    if (skip.has(sentence)) continue;
    // "I'll run the klatch on June 27. … Actually, change that, make it July 4, the hall is booked on the 27th.": a
    // sentence that opens by correcting and names a new date re-dates the last dated promise; it is no promise of its own.
    const lastC = f.commitments[f.commitments.length - 1];
    const rd = lastC?.due && CORRECT_LEAD_GATE.test(sentence) ? CORRECT_LEAD.exec(sentence) : null;
    if (rd && lastC?.due) {
      const said = /^[^,;()–—]*/.exec(sentence.slice(rd[0].length))![0].replace(/[\s.!]+$/, '').trim();
      const bare = /^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$/i.exec(said);
      const cd = said ? cutDue(said, input.received, tz) : null;
      const nd = bare ? dayInMonthOf(lastC.due, Number(bare[1]), input.received, tz) : cd?.due && !tidyAction(cd.rest).replace(BARE_DATE_FILLER, '').trim() ? cd.due : null;
      // "Actually scratch that, the portal freezes in June, so by the end of this month.": the date after "so" once the
      // reason is told.
      const so = nd ? null : /\bso\s+(?:it(?:'|’)s\s+|make it\s+|(?:i|we)(?:'|’)ll do it\s+)?((?:by|on|in|before)\s[^,;!?]*)/i.exec(sentence.slice(rd[0].length));
      const sd = so ? cutDue(so[1]!.replace(/[\s.!]+$/, ''), input.received, tz) : null;
      const snd = nd ?? (sd?.due && !tidyAction(sd.rest).replace(BARE_DATE_FILLER, '').trim() ? sd.due : null);
      if (snd) { lastC.due = snd; continue; }
    }
    // "I'll run a DemoCamp in November. Actually no – forget that, the diary is full.": a sentence that opens by taking
    // back what was just said withdraws the promise of the sentence before it.
    if (lastC && lastC.sentence !== sentence && WITHDRAW_GATE.test(sentence) && WITHDRAW_LEAD.test(sentence) && us[us.indexOf(u) - 1]?.text === lastC.sentence) f.commitments.pop();
    const slot = u.label ?? null;
    // A labelled answer counts as answered, so a remark after it ("My vision: … We're far from that.") is no second item.
    if (slot) answered.add(us.indexOf(u));
    // "My wish: I want every village to have internet": the wanting is the label's, the thing wished stays.
    if (slot === 'wish') { f.wishes.push(...item(sentence.replace(/^(?:i|we)\s+(?:really\s+|just\s+|also\s+)?(?:want|would like|(?:'|’)d like|would love|(?:'|’)d love|hope|wish)(?:\s+(?:that|for))?\s+(?!to\b)(?=\S+\s+\S)/i, '').replace(/^(?:that|for)\s+/i, ''), sentence)); continue; }
    // "Offer: I'm a lawyer — happy to review contracts for co-ops": the introduction goes, the offer stays.
    // "Offer: I can teach Linux, and our makerspace has a soldering station anyone can use": the second thing too.
    const our = slot === 'offer' ? sentence.split(/,\s+and\s+(?=(?:our|my)\s+[\w'’ -]{2,30}?\s+(?:has|have)\s)/i) : [];
    if (our.length === 2) {
      const h = OUR_HAS.exec(our[1]!);
      f.offers.push(...item(our[0]!, sentence), ...item(h ? h[1]!.replace(SPARE_TAIL, '') : our[1]!, sentence));
      continue;
    }
    // "On the offer side, the wharekai at our marae sits empty most weeknights, and it's yours …": the place, as plainly said.
    const hasUse = slot === 'offer' ? OFFER_HAS_USE.exec(sentence) : null;
    if (hasUse) { f.offers.push(...splitList(tidyAction(`${hasUse[1]} ${hasUse[2]!.replace(/\s+(?:for free|free of charge|at no cost)\b/i, '')}`)).map((t) => ({ text: tidyAction(t), sentence }))); continue; }
    const plainOffer = slot === 'offer' && /\b(?:sits?|is|are|stands?|lies)\s+(?:\w+\s+)?(?:empty|free|unused|idle|available)\b/i.test(sentence) ? plainItem(sentence, '', '', sentence) : null;
    if (plainOffer?.slot === 'offer') { f.offers.push(...item(plainOffer.text, sentence)); continue; }
    // "Offer: I drive the 83 bus so I know the routes inside out, happy to help people get to events": the background
    // before the comma goes, the "happy to" is the offer.
    const afterComma = slot === 'offer' && /^(?:i|we)\s/i.test(sentence) && !/^(?:i|we)\s*(?:can|could|(?:'|’)d|would|(?:'|’)m happy|am happy)\b/i.test(sentence) ? OFFER_AFTER_COMMA.exec(sentence) : null;
    if (afterComma) { f.offers.push(...item(afterComma[1]!, sentence)); continue; }
    // "Offer: I am graphic designer, I can design the posters": without its article the introduction still goes before "I can".
    if (slot === 'offer') { f.offers.push(...item(sentence.replace(/^(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?:(?:a|an)\s+[^,—–]{2,40}?(?:,|\s+[-–—])\s+(?=\S)|[^,—–]{2,40}?,\s+(?=(?:i|we)\s+(?:can|could)\b))/i, '').replace(/^(?:(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+)?(?:(?:very|more than|really|always|so)\s+)?(?:happy|glad|willing)\s+to\s+/i, ''), sentence)); continue; }
    // "Offer: n/a", "Need: -", "1. pass": a placeholder answers nothing.
    if (slot && NOTHING.test(sentence)) continue;
    if (slot === 'commitment') {
      // "small thing: I'll print flyers before X, and I'll bring my soldering kit": a second lead-in is a second promise
      // ("Mon engagement : je vais animer …, et je vais traduire …" too).
      // "next: me and my classmates will hold …": the person speaks for the group, as in prose.
      // "Commitment: our Volunteer Resources office will run …": the group's voice, as in prose.
      for (const part of groupSubject(sentence, orgs).replace(WE_SUBJECT, '$1we').split(/\s*(?:;|,\s*(?:and\s+)?then\s+|,?\s+and\s+(?=(?:i|we)\s*(?:(?:'|’)ll|will|(?:'|’)m going to|am going to|(?:'|’)re going to|are going to)\s)|,\s+and\s+(?=[^,]{1,30}?\s(?:i|we)\s*(?:(?:'|’)ll|will|(?:'|’)m going to|am going to|(?:'|’)re going to|are going to)\s)|,?\s+(?:et|y|e|und|en|og|och)\s+(?=(?:je vais|j['’]vais|nous allons|on va|voy a|vamos a|eu vou|vou|vamos|ich werde|wir werden|ik ga|we gaan|jag ska|vi ska|jeg skal|vi skal)\s)|,\s+(?:aur|w)\s+(?=(?:[a-z0-9'’-]+\s+){1,12}?[a-z]+(?:unga|ungi|oonga|oongi|enge|engi)(?![a-z])))\s*/i).filter((x) => x.trim())) {
        // "My one thing: I'm going to run a DemoCamp in spring, probably with Lindiwe": the hedge covers the detail after the comma.
        const first = LEAD.exec(part);
        const cut = cutExtraHedge(part, first ? first.index : 0);
        const lead = LEAD.exec(cut);
        // "Next step on my end: … Luis will handle the photos.": another person's part under the head is not the sender's.
        if (!lead && othersPart(part)) continue;
        // "next thing on my list: I'm going to organise a DemoCamp … gym's already booked 🙌": how things stand is no promise.
        if (!lead && STATE_REPORT.test(cut)) continue;
        // "Do: cant promise anything rn tbh": a refusal under the label promises nothing.
        if (!lead && /^(?:(?:honestly|sorry|tbh|ngl)[,\s]+)?(?:(?:i|we)\s+)?(?:can(?:'|’)?t|cannot|won(?:'|’)?t|unable to|not able to|not in a position to)\s+(?:really\s+)?(?:promise|commit|pledge|do|say|manage|take on)\b/i.test(cut)) { f.refused.push(part); continue; }
        // "And my small thing: I shall teach a session at the library in March, if they'll have me": a promise that waits on
        // others saying yes is no firm one under a label either, as in prose.
        if (trailCondition(cut) && /,?\s+(?:only\s+)?if\s+(?:they|he|she|the\s+[\p{L}-]+|our\s+[\p{L}-]+|my\s+[\p{L}-]+)(?:(?:'|’)ll|\s+will|\s+would|(?:'|’)d)?\s+(?:have|has|takes?|lets?|accepts?|agrees?|approves?|says? yes|allows?|wants?)\b[^,.;!?]*[.!]*\s*$/iu.test(cut)) { f.hedged.push(part); continue; }
        if (!hedged(cut)) addCommitment(lead ? leadBody(lead) : cut.replace(/^(?:to|i(?:'|’)ll|i will)\s+/i, '').replace(/^(?:i|we)\s*(?:(?:'|’)m|am|(?:'|’)re|are)\s+(?=\p{L}+ing\b)/iu, ''), sentence, (lead ? cut.slice(0, lead.index) : '') + (u.head ? ' ' + u.head : ''));
        else f.hedged.push(part);
      }
      continue;
    }
    if (slot === 'need') {
      const q = NEED_Q.exec(sentence);
      f.needs.push(...item(q ? q[2]!.replace(/\s+(?:i|we) (?:could|can|might|may) (borrow|use|have)\b/i, ' to $1').replace(/^(?:us|me)\s+(?:with\s+)?/i, '') : sentence.replace(/^(?:i|we)\s+(?:(?:really|also|still|urgently|badly|desperately|just)\s+)?(?:need|am looking for|(?:'|’)m looking for)\s+/i, ''), sentence));
      continue;
    }
    // "The library's makerspace — we have a laser cutter …" under "> What can you offer?": a short answer, then an aside
    // after the dash that says what it comes with (round 8's "Laptops - our lab has only four").
    if (u.question && u.question !== 'commitment' && !u.label) {
      const d = DASH_ASIDE.exec(sentence);
      const head = d && d.index > 0 ? sentence.slice(0, d.index).trim() : '';
      if (head && head.split(/\s+/).length <= 6 && !/\b(?:i|we|you|i(?:'|’)\w+|we(?:'|’)\w+)\b/i.test(head) && !/^(?:thanks|thank you|hi|hello|hey|dear|cheers|no|nope|nothing|not)\b/i.test(head)) {
        answered.add(us.indexOf(u));
        (u.question === 'offer' ? f.offers : u.question === 'need' ? f.needs : f.wishes).push(...item(head, sentence));
        continue;
      }
    }
    const oq = (input.context ?? 'ask') === 'ask' ? OFFER_Q.exec(sentence) : null;
    if (oq && !REFUSAL.test(sentence)) {
      f.offers.push(...item(baseVerb(oq[1]!), sentence));
      continue;
    }
    const fq = (input.context ?? 'ask') === 'ask' || input.context === 'check-in' ? FOREIGN_NEED_Q.exec(sentence) : null;
    if (fq) {
      f.needs.push(...item(fq[1]!, sentence));
      continue;
    }
    // "Does anyone have a projector I could borrow?", "Could someone lend us a PA?": a need, asked.
    // In a check-in too: "Do you know anyone who could teach the Spanish class if they say yes?"
    if (((input.context ?? 'ask') === 'ask' || (input.context === 'check-in' && /\bknow\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|who|where)\b|^(?:(?:quick|one|a|another)\s+question[:,]?\s+)?(?:do|would|does)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?have\s+(?:a|an|any|some)\s+(?!(?:idea|clue|sense|news|update|word)\b)|^(?:(?:so|also|and|btw|oh)[,\s]+)?(?:is there|are there|does|do|has|have|could|can|would)\s+(?:anyone|anybody|someone|somebody)\b/i.test(sentence))) && sentence.endsWith('?')) {
      // "Quick question: do you have a template for …?": the head names no slot.
      const qs = sentence.replace(/^(?:(?:quick|one|small|a|another|last|random)\s+)?(?:question|q|ps|p\.s\.)\s*[:,–—-]\s*/i, '');
      const ni = NEED_IS_THERE.exec(qs);
      const nh = ni ? null : NEED_HOW.exec(qs);
      const ny = ni || nh ? null : NEED_Q_YOU.exec(qs) ?? NEED_WHO.exec(qs);
      const nl = ni || nh || ny ? null : NEED_LEADS.exec(qs) ?? NEED_DOES_HAVE.exec(qs) ?? NEED_KNOW_ANYONE.exec(qs);
      // "How do you get teenagers to show up?": getting people to do something is no thing to find.
      // "How do you find the energy to organise all this?": a compliment, not a need.
      const what = ni ? ni[1]! : nh && !(/^get$/i.test(nh[1]!) && /\bto\s+[a-z]+/i.test(nh[2]!)) && !/^(?:the\s+)?(?:time|energy|motivation|patience|courage|strength|inspiration|stamina)\b/i.test(nh[2]!) ? nh[2]! : ny ? (/^help$/i.test(ny[1]!) ? 'help ' : '') + ny[2]! : nl ? nl[1]! : null;
      // "Do you have any idea how many came?": asking for a fact is no thing needed.
      if (what && !/^(?:any\s+|an?\s+)?(?:idea|clue|notion)\b/i.test(what)) {
        f.needs.push(...item(what.replace(/^any(?:one|body)\b/i, 'someone').replace(/,\s+so\s+.*$/i, '').replace(/\s+(?:somewhere|anywhere|around here|out there)\b/i, '').replace(/\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:could|can|might)\s+\S+(?:\s+(?:out\s+)?to)?$/i, ''), sentence));
        continue;
      }
    }
    // "Please can someone send me the guide as a PDF, our internet is slow.": a request made with "please", as asked.
    const nq = NEED_Q.exec(PLEASE_ASK.test(sentence) ? sentence.replace(PLEASE_ASK, '').replace(/,\s+(?:our|my|the|we|i|it|as|because|since|so)\b.*$/i, '').replace(/[\s.!]*$/, '?') : sentence);
    if (nq && (!/^know/i.test(nq[1]!) || /^(?:of\s+)?(?:a|an|any|some|someone|somebody|anyone|anybody|good|a good)\b/i.test(nq[2]!))) {
      const verb = nq[1]!.toLowerCase();
      let what = nq[2]!.replace(/\s+(?:i|we) (?:could|can|might|may) (borrow|use|have)\b/i, ' to $1').replace(/^(?:us|me)\s+(?:with\s+)?/i, '');
      if (/^help/.test(verb)) what = 'help ' + what;
      if (/^know/.test(verb)) what = what.replace(/^of\s+/i, '');
      f.needs.push(...item(what, sentence));
      continue;
    }
    // "For me is very important to find a mentor in IT, because I want to change my career": the need, and its reason.
    const nq2 = (/\b(?:would|could|can|may|possible)\b|(?:'|’)d\b/i.test(sentence) ? NEED_Q2.exec(sentence) ?? NEED_HELP_IS.exec(sentence) ?? NEED_IF_ANYONE.exec(sentence) : null) ?? (/important|essential|vital|crucial/i.test(sentence) && /,\s+(?:because|as|since)\s/i.test(sentence) ? NEED_IMPORTANT.exec(sentence.replace(/,\s+(?:because|as|since)\s+.*$/i, '')) : null);
    if (nq2) {
      f.needs.push(...item(nq2[1] ?? nq2[2]!, sentence));
      // "We need storybooks in Kiswahili, and if anyone can donate a printer that would help": the need said before it.
      const before = /^(?:(?:and|also|so)[,\s]+)?(?:i|we)\s+(?:really\s+|also\s+|urgently\s+)?need\s+(.+?),?\s+and\s+if\s+(?:any|some)/i.exec(sentence);
      if (before && nq2.index > before[0].length - 12) f.needs.unshift(...item(before[1]!, sentence));
      continue;
    }
    let used = false;
    // "Free wifi in every building - that's what I'd wish for": the wish is named after the dash.
    // "What I'd wish for is government agencies that …": a wish, though "I'd" could lead a promise.
    const wf = /^(?:(?:and|but|honestly|so)[,\s]+)?what (?:i|we)(?:(?:'|’)d| would)? (?:really |most |truly )?(?:wish|hope|long|ask) for (?:is|would be)\s+(.+)$/i.exec(sentence);
    if (wf && !u.label) {
      f.wishes.push(...item(wf[1]!, sentence));
      continue;
    }
    // "And the dream, obviously, is a segregated lane …": the dream named, with an aside.
    const wd = /\bdream|hope|vision|wish/i.test(sentence) ? /^(?:(?:and|but|so|honestly)[,\s]+)?the\s+(?:(?:big|real|ultimate|long-term|long term)\s+)?(?:dream|hope|vision|wish)(?:,\s*[\p{L} ]{2,20},)?\s+(?:is|would be)\s+(?:that\s+|for\s+)?(.+)$/iu.exec(sentence) : null;
    if (wd && !u.label) {
      f.wishes.push(...item(wd[1]!, sentence));
      continue;
    }
    // "What we'd appreciate is advice on going cashless": what would be welcome is needed.
    const wa = /^(?:(?:and|but|honestly|so)[,\s]+)?what (?:i|we)(?:(?:'|’)d| would)? (?:really |most |truly |greatly )?(?:appreciate|welcome|value)(?: most)? (?:is|would be)\s+(.+)$/i.exec(sentence);
    if (wa && !u.label) {
      f.needs.push(...item(wa[1]!, sentence));
      continue;
    }
    const wt = WISH_TAIL.exec(sentence);
    if (wt && wt[1]!.split(/\s+/).length >= 2 && !LEAD.test(wt[1]!)) {
      f.wishes.push(...item(wt[1]!, sentence));
      continue;
    }
    // "We have loads of folding tables — anyone running an event out our way can borrow them", "Our library has a set of 12
    // iPads …; community groups can book them": the thing, and others told they may use it.
    const hc = (input.context ?? 'ask') !== 'check-in' && !u.label && /\bcan\b|\bwelcome\b|\bmay\b/i.test(sentence) ? OFFER_HAVE_CAN.exec(sentence) : null;
    if (hc && !REFUSAL.test(sentence)) {
      const t = tidyAction(offerTail(hc[1]!).replace(UNUSED_BY, ''));
      if (t.length > 2) { for (const p of splitList(t)) f.offers.push({ text: tidyAction(p), sentence }); continue; }
    }
    // "Deadline I set myself: 15/12." after a commitment with no date: the date is that commitment's.
    const dl = DEADLINE_LINE.exec(sentence);
    if (dl && f.commitments.length && !f.commitments[f.commitments.length - 1]!.due) {
      const dd = cutDue(dl[1]!, input.received, tz);
      if (dd.due && !tidyAction(dd.rest)) {
        f.commitments[f.commitments.length - 1]!.due = dd.due;
        continue;
      }
    }
    if ((input.context ?? 'ask') === 'ask' && !u.question && !u.label && !hedged(sentence) && !REFUSAL.test(sentence)) {
      // "Next month: coffee klatch at mine.": a time, a colon, and the thing to do.
      // "this coming Saturday - coffee klatch for the parents": the time, a dash, and the thing, as with a colon.
      const th0 = sentence.includes(':') || sentence.includes('：') ? TIME_HEAD.exec(sentence) : / [-–—] /.test(sentence) ? TIME_DASH.exec(sentence) : null;
      // "Next month: I'm hosting a klatch": the subject and its lead-in go.
      const th = th0 ? [th0[0], th0[1]!, th0[2]!.replace(/^(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re|(?:'|’)ll| am| are| will| shall)\s+(?:(?:going to|gonna)\s+)?/i, '')] : null;
      const thd = th && /\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|christmas|tomorrow|tonight|easter/i.test(th[1]!) ? cutDue(th[1]!, input.received, tz) : null;
      if (th && thd && thd.due && !/^(?:i|we|they|he|she|it|you|my|our|their|his|her)\b/i.test(th[2]!) && !tidyAction(thd.rest) && thd.due.end >= iso(localDay(input.received, tz)) && (formatNamed(th[2]!) || PLAN_VERB.test(th[2]!))) {
        addCommitment(th[2]!, sentence, th[1]!);
        const last = f.commitments[f.commitments.length - 1];
        if (last && !last.format) last.format = formatNamed(th[2]!) && FORMAT_FIRST.test(th[2]!) ? formatNamed(th[2]!) : last.format;
        continue;
      }
      // "Book club → DemoCamp, January.": a group or gathering turned into one of the formats.
      const ar = ARROW_PLAN.exec(sentence);
      const arf = ar && FORMAT_FIRST.test(ar[2]!.trim()) ? formatNamed(ar[2]!) : null;
      if (ar && arf && !formatNamed(ar[1]!)) {
        const before = f.commitments.length;
        addCommitment(sentence.slice(ar.index).replace(/^:\s+/, '').replace(/[.!]+$/, ''), sentence, '');
        if (f.commitments.length > before) f.commitments[f.commitments.length - 1]!.format = arf;
        continue;
      }
    }
    // "This is to confirm that our office, the City ICT Division, will conduct a workshop on …": a group's promise
    // with its name set off by commas between the group and the verb (round 11's institution voice).
    // "Mi compromiso es dar un taller …", "Mon engagement est d'animer …": the pledge named, in the person's language.
    const fp = FOREIGN_PLEDGE.exec(sentence);
    if (fp && !hedged(fp[1]!) && !CONDITION.test(fp[1]!)) {
      addCommitment(fp[1]!, sentence, '');
      continue;
    }
    const ff = foreignFuture(sentence, input.received, tz);
    if (ff && !hedged(ff.action) && !CONDITION.test(ff.action) && !REFUSAL.test(sentence) && (!ff.dated || (!LEAD.test(sentence) && (ff.dated === 'any' ? !!findDue(sentence, input.received, tz) : datedJustBefore(ff.before, input.received, tz))))) {
      // "Kal main … call karungi, aur 15 dec tak ek sprint karenge …": each clause after ", aur" with its own future verb
      // is a promise of its own.
      const parts = /,\s+(?:aur|or)\s+/i.test(sentence) ? sentence.split(/,\s+(?:aur|or)\s+/i).map((p) => foreignFuture(p)) : [];
      if (parts.length >= 2 && parts.every((p) => p && !hedged(p.action) && !CONDITION.test(p.action))) for (const p of parts) addCommitment(p!.action, sentence, p!.before);
      // "Ich stelle den Prototyp online und lade im Januar zu einem Demo-Abend ein": two verbs in the present, two promises
      // ("… übernehme die Reparatur und bringe sie zurück": a second verb on the same thing, "sie", is one).
      else if (ff.dated === 'any' && DE_AND_INV.test(ff.action) && foreignFuture(ff.action.split(DE_AND_INV)[1]!, input.received, tz)) {
        const [a1, a2] = [ff.action.slice(0, ff.action.search(DE_AND_INV)), ff.action.split(DE_AND_INV)[1]!];
        const f2 = foreignFuture(a2, input.received, tz)!;
        addCommitment(a1, sentence, ff.before);
        addCommitment(f2.action, a2, f2.before);
      }
      else if (ff.dated === 'any' && DE_AND_VERB.test(ff.action)) for (const a of ff.action.split(DE_AND_VERB)) addCommitment(a, sentence, ff.before);
      else addCommitment(ff.action, sentence, ff.before);
      continue;
    }
    const cg = CONFIRM_GROUP.exec(sentence);
    if (cg && !hedged(cg[1]!) && !REFUSAL.test(cg[1]!) && !CONDITION.test(cg[1]!) && !trailCondition(cg[1]!)) {
      addCommitment(cg[1]!, sentence, '');
      continue;
    }
    const unused: string[] = [];
    let promised = '';
    for (const c0 of clauses(sentence)) {
      const c = groupSubject(c0.replace(INFORM_FRAME, '').replace(BARE_GROUP, 'our $1 ').replace(/(^|:\s+)((?:i|we|je|nous|ich|wir|yo|nosotros|nosotras|eu|nós|io|noi|ik|wij|jeg|jag|vi)(?=\s*\()|(?:our|my)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})\s*\([^)]{1,80}\)/i, '$1$2').replace(/(^|[:;]\s*)([Ww]e)\s+(?:here\s+)?(?:at|from|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d'’-]*\s+)(?:[\p{L}\d'’-]+\s+){0,3}(?=(?:will|(?:'|’)ll|are|shall|can|would)\b)/u, '$1$2 ').replace(WE_SUBJECT, '$1we'), orgs).replace(AUX_ADVERB, '$1 ').replace(WILL_ADVERB, '$1 ').replace(PROMISED_TO, '$1 will ').replace(NEED_ADVERB, '$1 ').replace(BARE_LOOKING, '$1we are looking for ').replace(GROUP_CAN, (_m: string, pre: string, aux: string) => `${pre}we ${/^is$/i.test(aux) ? 'are' : aux} `).replace(TAGLISH_NEED, '$1 ').replace(/\b(we|i)\s+(?:would|(?:'|’)d)\s+need\s+(?!to\b|it\b|them\b|that\b)/gi, '$1 need ').replace(MODAL_ADVERB, '$1 ')
        // "Coffee klatch: not yet, still looking for a venue": in a check-in, what follows the status is read on its own.
        .replace(input.context === 'check-in' ? /^.*?\b(?:not yet|not done(?: yet)?|nope|not quite)\s*[,;:!.]+\s*(?=\S)/i : /$^/, '');
      // "I'll chair the first meeting on 3 December, then hand over to someone younger": a second thing to do after
      // ", then", leaning on the promise before it (round 14's "draft the zine by 4 December, print it the week after").
      // "… by spring and also run a démocamp in october if the board says yes": a further thing to do after "and also",
      // hedged or conditional on its own.
      if (promised && THEN_DO.test(c) && new RegExp(String.raw`\s+and\s+also\s+${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(sentence)) {
        if (!hedged(c) && !REFUSAL.test(c) && !CONDITION.test(c) && !trailCondition(c)) addCommitment(c, sentence, '');
        else f.hedged.push(c);
        used = true;
        continue;
      }
      if (promised && THEN_DO.test(c) && new RegExp(String.raw`,\s*(?:and\s+)?then\s+${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(sentence) && !hedged(c) && !REFUSAL.test(c)) {
        addCommitment(c.replace(/^then\s+/i, ''), sentence, '');
        used = true;
        continue;
      }
      // "We'll turn our tech night into a DemoCamp — first one on Waitangi Day", "I'll run the session - aiming for the
      // 22nd": the date said after a dash or comma is the promise's own.
      const lastC = promised ? f.commitments[f.commitments.length - 1] : undefined;
      if (lastC && !lastC.due && FIRST_ONE.test(c)) {
        const cd = cutDue(c, input.received, tz);
        if (cd.due && cd.due.end >= iso(localDay(input.received, tz))) {
          lastC.due = cd.due;
          used = true;
          continue;
        }
      }
      // "What I'm definitely doing is the French subtitles for the videos, those will be up by June 15": the thing named.
      const wd = /^(?:(?:and|so|but|ok)[,\s]+)?what (?:i|we)\s*(?:(?:'|’)m|\s+am|(?:'|’)re|\s+are|(?:'|’)ll|\s+will)\s+(?:definitely\s+|really\s+|certainly\s+|actually\s+|for sure\s+|100%\s+)?(?:be\s+)?doing\s+(?:for sure\s+)?is\s+(.+)$/i.exec(sentence.slice(sentence.indexOf(c0)));
      if (wd && !hedged(wd[1]!)) {
        const [thing, ...rest] = wd[1]!.split(/,\s+(?=(?:those|that|it|they|which)\s+(?:will|(?:'|’)ll|should)\b)/i);
        addCommitment(thing!, sentence, rest.join(' '));
        promised = c;
        used = true;
        break;
      }
      const prevPromise = promised;
      promised = '';
      // "Which commitment is this about?": a question asking about the promise makes none.
      const lead = /(?:^|[:,]\s*)(?:which|what|who|when|where|how|why|is|are|was|does|do|did)\b[^?:,]*\?\s*$/i.test(sentence.trim()) && !/\b(?:i|we)\s*(?:(?:'|’)ll|will|shall)\b/i.test(c) ? null : LEAD.exec(c);
      // "I'm hosting a kitchen table sprint on the 12th, we will fix up their portfolio sites together": after the
      // person's own promise to run a format, "we will …" with no format or date of its own says what happens there.
      if (lead && lastC && lastC.format && /^(?:i|I)\b/.test(prevPromise) && /^we\b/i.test(c) && !/^we\s*(?:(?:'|’)d|would|want|wanna)\b/i.test(lead[0]) && !formatNamed(c) && !findsDue(c, input) && (sentence.includes(', ' + c0) || sentence.includes(' and ' + c0))) {
        used = true;
        continue;
      }
      // "I'll run a kitchen table sprint for my coursemates on 10 July — we want to get the clubs directory off that awful
      // Google Sheet", "… on 03/04 — we'll fix their WordPress": after a dash, what the group wants from (or will do at) the
      // format just promised is its purpose, not a second plan.
      if (lead && lastC && lastC.format && /^we\s*(?:(?:'|’)d like|would like|want|wanna|(?:'|’)ll|will|(?:'|’)re going to|are going to|(?:'|’)re gonna|are gonna)\b/i.test(c) && !formatNamed(c) && !findsDue(c, input) && sentence.indexOf(c0) > 0 && /\s[—–-]\s*$/.test(sentence.slice(0, sentence.indexOf(c0)))) {
        used = true;
        continue;
      }
      if (lead) {
        const before = c.slice(0, lead.index);
        // "I'd like to organize a DemoCamp at some point", "I want to help but …": wishes, not promises.
        const wantLead = /^(?:i|we)\s*(?:(?:'|’)d like|would like|want|wish|wanna)\b/i.test(lead[0]);
        const c1 = cutExtraHedge(c, lead.index);
        const hedgedRe = (wantLead && (/\b(at some point|some ?day|one day|eventually|someday|in the future|sometime|if)\b/i.test(c) || /\bbut\b/i.test(sentence.slice(sentence.indexOf(c) >= 0 ? sentence.indexOf(c) : Math.max(0, sentence.indexOf(c0))))) ) || hedged(before.trimEnd() + ' ' + c1.slice(lead.index, lead.index + 40)) || /\b(try|attempt|see if|think about|consider)\b/i.test(leadBody(lead).split(/\s+/).slice(0, 2).join(' '));
        // "Every time we want to host something with kids, the cost triples": what happens each time, not a plan.
        // "…to find a mentor in IT, because I want to change my career": a reason given for something else, not a plan.
        if (/\b(?:because|since|as|cause|cos|coz|bc)\s*$/i.test(before) && wantLead) {
          used = true;
          continue;
        }
        // "we always say we will meet and never do", "they keep saying they'll fix it": a promise said over and over, as a
        // habit, is an account, not a plan.
        if (/\b(?:every time|each time|whenever|any ?time)\s*$/i.test(before) || /\b(?:always|often|usually|forever|keep|keeps|kept|never stop)\s+(?:say(?:s|ing)?|said|tell(?:s|ing)?|told|promis(?:e|es|ing|ed))(?:\s+(?:each other|ourselves|themselves|everyone|people|them|us))?(?:\s+that)?\s*$/i.test(before)) {
          used = true;
          continue;
        }
        if (REFUSAL.test(before) || /\b(won('|’)?t|will not|not going to|can('|’)?t|no longer|not be able|be unable)\b/i.test(c.slice(lead.index, lead.index + 30)) || /^(not|never)\b/i.test(lead[1] ?? '') || PASS.test(c)) {
          f.refused.push(c);
          used = true;
          continue;
        }
        // "Will see how, maybe …", "I'll see what I can do": seeing how or whether is no thing to do either.
        // "…, but I'll wait and see if the committee wants one", "we've decided to hold off until the spring": waiting is no thing to do.
        const waitSee = /^(?:(?:just|first)\s+)?(?:wait and see|wait to see|wait and hear|hold off|hang fire|hold fire|wait (?:until|till|for)|see (?:how|what|if|whether))\b/i.test(leadBody(lead).trim());
        // "We will be needing a projector and extension boxes, kindly assist if possible": a need said with "will"; the
        // courtesy after it ("if possible") hedges no promise.
        const needing0 = /^(?:be\s+)?(?:needing|requiring|in need of)\s+(.+)$/i.exec(leadBody(lead).trim());
        if (needing0 && !/^(?:i|we)\s*(?:(?:'|’)d|would|want|wanna|wish)\b/i.test(lead[0]) && !REFUSAL.test(before)) {
          f.needs.push(...item(needing0[1]!.replace(NEEDING_COURTESY, ''), sentence));
          used = true;
          continue;
        }
        if (hedgedRe || waitSee || TRAIL_DOUBT.test(c) || CONDITION.test(before) || (before.length > 6 && FOREIGN_IF_YES.test(before)) || TRAIL_HEDGE.test(c) || trailCondition(c1.slice(lead.index))) {
          f.hedged.push(c);
          used = true;
          continue;
        }
        let body = leadBody(lead).trim();
        // "…the honest answer is one thing: I'm going to set up …": a promise after the head has a lead-in of its own.
        const own = /^(?:i|we)\b/i.test(body) ? LEAD.exec(body) : null;
        if (own && own.index === 0 && !/^(?:i|we)\s*(?:(?:'|’)d like|would like|want|wish|wanna)\b/i.test(own[0])) body = leadBody(own).trim();
        // "restart it in term 4, probably on Tuesdays": the hedge covers the detail after the comma, not the promise.
        const extra = EXTRA_HEDGE.exec(body);
        if (extra && extra.index > 0 && body.slice(0, extra.index).trim().split(/\s+/).length >= 2) {
          // "probably mid-December, definitely before Christmas": the firm date after the hedged one stays.
          const firm = /,\s*(?:but\s+)?(?:definitely|certainly|for sure|at the (?:very )?latest|no later than)\s+(.+)$/i.exec(body.slice(extra.index));
          body = body.slice(0, extra.index) + (firm ? ' ' + firm[1] : '');
        }
        // "I want to say thank you": words said in the mail itself, not a thing to do.
        // "I want to say the talks were great": with a want, saying is always said here and now.
        if (SAID_NOW.test(body) || (wantLead && /^say\s+(?!a few words|a word|something at|a talk)\S/i.test(body))) {
          // "I'll be brief: I will host a klatch in January": the promise after the opener stands.
          const inner = /[:;,—–-]\s+((?:i|we)\b.*)$/i.exec(body);
          const il = inner ? LEAD.exec(inner[1]!) : null;
          if (!il || il.index !== 0 || hedged(inner![1]!) || REFUSAL.test(inner![1]!) || SAID_NOW.test(leadBody(il))) {
            used = true;
            continue;
          }
          body = leadBody(il).trim();
        }
        // "I'd like to see every library …": a wish for the wider world.
        if (/^(?:i|we)\s*(?:(?:'|’)d like|would like|(?:'|’)d love|would love|want|wish|wanna)\b/i.test(lead[0]) && /^see\s+\S+\s+\S/i.test(body)) {
          f.wishes.push(...item(body.replace(/^see\s+/i, ''), sentence));
          used = true;
          continue;
        }
        // "I'll believe it when I see it", "I'll cross that bridge when I come to it", "I'll leave it there for now": sayings
        // said with "I'll", not things to do.
        if (/^(?:believe (?:it|that) when (?:i|we) see (?:it|that)|cross that bridge when (?:i|we) (?:come|get) to it|leave it (?:there|at that)(?:\s+for now)?|leave you (?:with|to) (?:that|it)|let you get on|stop (?:there|rambling|waffling|going on)(?:\s+for now)?)\b/i.test(body)) {
          used = true;
          continue;
        }
        // "Will update.", "I'll keep you posted": news to come, not a thing to do.
        if (/^(?:update(?: you| everyone| the group| all)?|report back|follow up|keep (?:you|everyone|all) (?:posted|updated|in the loop))(?:\s+(?:after|afterwards|later|soon|after (?:it|that|the event)|on how it goes|how it goes))?\s*[.!]*$/i.test(body)) {
          used = true;
          continue;
        }
        // "Will confirm on Friday.", "I'll let him know you asked", "I'll pass it on to her": an answer to come or a message
        // passed on, not a thing to do; "so I'll actually have my evenings": time one will have, not a thing to do.
        if (/^(?:confirm|(?:tell|let) (?:you|u|everyone|the group|you all|y(?:'|’)?all)(?: know)?|let (?:him|her|them) know(?: (?:that )?you (?:asked|wrote|e-?mailed|messaged|got in touch|were asking))?|pass (?:it|this|that|the message|your message) on(?: to (?:him|her|them))?|(?:actually |finally )?have (?:my|our|the|more|some) (?:evenings?|weekends?|afternoons?|mornings?|time|free time|spare time|headspace|bandwidth)(?: (?:back|free|again))?)[\s.!]*$/i.test(tidyAction(cutDue(body, input.received, tz).rest))) {
          used = true;
          continue;
        }
        // "I will tell you the exact date when I know it", "I'll let you know the new date": news to come, not a thing to do.
        if (/^(?:tell|let)\s+(?:you|u|everyone|the group|you all|y(?:'|’)?all)\s+(?:know\s+)?(?:(?:the|a|our)\s+(?:exact\s+|new\s+|final\s+|actual\s+)?(?:date|day|time|details|plan)\b|when\b|how (?:it goes|it went)\b)/i.test(body)) {
          used = true;
          continue;
        }
        // "I'll reply properly next week": about this mail, not a thing to do.
        if (/^(?:reply|respond|write back|answer|revert|do the needful)\b/i.test(body) && /^(?:reply|respond|write back|answer|revert|do the needful)(?:\s+(?:properly|in full|in more detail|later|soon|back|to you|to this|to your (?:e-?mail|mail|message|question)s?|with (?:(?:the|more|further|full|exact|final|new|our|my) ){0,2}(?:details|info|information|an update|updates|timings?|times|dates?|schedule|plan|answer|an answer|feedback|confirmation|numbers|figures)))*$/i.test(tidyAction(cutDue(body, input.received, tz).rest).split(/\s*[,;]\s*/)[0]!)) {
          used = true;
          continue;
        }
        // "Not yet, I'll get to it": in a check-in, the commitment already asked about.
        // "We'll do it on the 16th": the date is the check-in's new date, the thing the same one.
        if (input.context === 'check-in' && (CHECKIN_SAME.test(body) || CHECKIN_SAME.test(tidyAction(cutDue(body, input.received, tz).rest)))) {
          used = true;
          continue;
        }
        // "Count me in for the kitchen table sprint!" to an invitation: the event asked about, joined, not a thing to run.
        if (input.context === 'invitation' && /\b(?:count|sign|put)\s+(?:me|us)\s+(?:in|up|down)\b/i.test(c) && /^(?:for\s+|to\s+)?(?:the|your|this|that|it|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+[\p{L}'’-]+){0,4}\s*[.!]*$/iu.test(body) && !/\b(?:bring|help|run|host|set|give|teach|make|cook|bake)\b/i.test(body)) {
          used = true;
          continue;
        }
        // "I'll pop in after work" to an invitation: coming along, which the join already says.
        if (input.context === 'invitation' && /^(?:(?:pop|swing|drop|stop|come) (?:in|by|along|over|round|around)|(?:show|turn) up|head over|be along)\b(?!.{0,20}\b(?:and|to)\s+(?:help|bring|set|run|host|give|teach))/i.test(body)) {
          used = true;
          continue;
        }
        // "I would like to offer my help for Japanese translation", "I wish to offer my time for …": an offer, not a thing to do.
        if (/^(?:offer|provide|contribute)\s+(?:my|our|some|a|an|the|free)\b/i.test(body) && /\b(?:(?:'|’)d|would)\s+(?:like|love)\s+to\s+(?:offer|provide|contribute)\b|\b(?:want|wish|desire|(?:'|’)d\s+be\s+(?:glad|happy|pleased|honou?red)|am\s+(?:glad|happy|pleased|honou?red))\s+to\s+(?:offer|provide|contribute)\b/i.test(c)) {
          f.offers.push(...item(body.replace(/^(?:offer|provide|contribute)\s+/i, ''), sentence));
          used = true;
          continue;
        }
        // "I'll be there at 7 and will bring biscuits": the coming goes, the thing promised after it stays.
        const andWill = /^(?:(?:both|all|definitely|certainly|totally)\s+)?(?:come|attend|join|make it|be there|know)\b[^,]{0,30}?\s+and\s+(?:(?:i|we)\s*(?:(?:'|’)ll|will)\s+|will\s+)(\S.+)$/i.exec(body);
        if (andWill) body = andWill[1]!;
        // "I'll be there", "I will" alone, "I'll need …" and "I'll offer …" are not things to do. In answer to the ask,
        // "I will come to the next event with other mothers" is the one small thing (round 15).
        if (/^(?:(?:both|all|definitely|certainly|totally)\s+)?(come|attend|join|make it)\b(?!.{0,20}\b(and|to)\s+(help|bring|set|run|host|give|teach))/i.test(body) && !((input.context ?? 'ask') === 'ask' && /^(?:come to|attend|join)\s+(?:the\s+)?(?:next|another|following|upcoming)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:event|meeting|meetup|one|session|gathering|drumbeat)\b/iu.test(body)) && !/^join\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}(?:team|committee|crew|board|working group|collective|organi[sz]ers)\b/iu.test(body)) {
          used = true;
          continue;
        }
        // "I'll be in Penang that weekend for my cousin's wedding": where the person will be, not a thing to do.
        if (/^be (?:in|at|up in|down in|over in|back in) (?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:that|this|next|on|for|until|till|from|over|during|all|most of)\b/u.test(body + ' ') && !/\b(?:to|and)\s+(?:help|run|host|give|teach|present|talk|speak|lead)\b/i.test(body)) {
          used = true;
          continue;
        }
        if (/^(?:(?:both|all|definitely|certainly|totally)\s+)?(miss\b|be missing\b|be (?:away|upcountry|out of (?:town|the country|office)|travell?ing|abroad|on (?:holiday|leave|vacation)|at (?:a|my|the) (?:wedding|conference|funeral)|in (?:the )?(?:hospital|mountains|village|countryside))\b|be there|know\b|hear back\b|have (?:news|an update|more (?:news|info|details))\b|be (?:the one|the (?:guy|girl|woman|man|person|lady|bloke|one))\s+(?:in|at|with|wearing|holding|by|near|sitting)\b|be wearing\b|be in touch|see you|let you know|keep you posted|think about it|get back to you|(?:reply|respond|write back|answer)(?:\s+(?:properly|later|soon|in full|in detail|more fully|fully|again))*(?:\s*[.!]*$|\s+(?:when|once|after|as soon as|to (?:you|this|your (?:e-?mail|message|mail|question)))\b)|send (?:you |over |along |out )?(?:the |more |further |full |all the |a )?(?:details|info|information|an update|updates|link|photos|pictures|pics|it|them)\b(?=.{0,40}\b(?:once|when|after|as soon as)\b)|need\b|have to\b|have (?:more |some |the |enough |a bit more )?(?:time|capacity|bandwidth|energy|headspace)\b|be (?:a bit |very |pretty )?(?:quiet|offline|slow|absent|unreachable|out of touch|mia|off ?line)\b|be (away|out|off|travell?ing|busy|back|on (vacation|holiday|leave)|abroad|around|available|happy|glad|able)\b)/i.test(body)) {
          // "I will be happy to host a coffee klatch in my shop": glad to do it is an offer (round 4's "happy to").
          const glad = /^be\s+(?:very\s+|more than\s+|really\s+|so\s+)?(?:happy|glad|delighted|pleased)\s+to\s+(?!(?:come|attend|join|be there|help out\s*[.!]*$)\b)(.+)$/i.exec(body);
          if (glad && (input.context ?? 'ask') === 'ask' && !SOMEDAY.test(c)) f.offers.push(...item(glad[1]!, sentence));
          if (/^need\b/i.test(body)) f.needs.push(...item(body.replace(/^need\s+/i, ''), sentence));
          used = true;
          continue;
        }
        // "I will be needing a poster template, kindly send": a need said with "will".
        const needing = /^(?:be\s+)?(?:needing|requiring|in need of|looking for)\s+(.+)$/i.exec(body);
        if (needing) {
          f.needs.push(...item(needing[1]!.replace(NEEDING_COURTESY, ''), sentence));
          used = true;
          continue;
        }
        // "I would like to have help for my CV", "We would like to ask for a projector": asking for something is a need.
        if (wantLead) {
          const ask = /^(?:have|get|receive)\s+(?!(?:a (?:go|look|chat|word|think|try)|it|this|that|them|more people|people)\b)(.+)$/i.exec(body) ?? /^ask (?:you |the group |everyone )?for\s+(.+)$/i.exec(body);
          // "we want to get the clubs directory off that awful Google Sheet": moving one's own thing somewhere is a goal, no need.
          if (ask && !/\b(?:going|started|together|organi[sz]ed|sorted|off the ground|under ?way|moving|ready|finished)\b/i.test(ask[1]!) && !/^(?:the|our|my|this|that|these|those)\s+[^,]*?\s+(?:off|out of|onto|into|online|on ?line|migrated|moved over)\b/i.test(ask[1]!) && !HOST_VERB.test(ask[1]!)) {
            f.needs.push(...item(ask[1]!, sentence));
            used = true;
            continue;
          }
        }
        // "I'm going to set up a sprint with the other parents. We'll aim for the school holidays, so the last week of
        // September.": aiming for a time after a promise dates that promise; it is no second one.
        const prevC = f.commitments[f.commitments.length - 1];
        if (prevC && prevC.sentence !== sentence && /^(?:aim(?:ing)?|shoot(?:ing)?|target(?:ing)?)\s+(?:for|at)\b/i.test(body) && !formatNamed(body)) {
          const d = cutDue(sentence, input.received, tz).due;
          if (d && !prevC.due) prevC.due = d;
          used = true;
          continue;
        }
        // "Goal for December: get five coworkers to sign up": a time in the head dates the action.
        addCommitment(body, sentence, lead[4] !== undefined ? c.slice(0, c.length - lead[4].length) : before);
        promised = c;
        used = true;
        continue;
      }
      // "I'm doing the poster this weekend", "Writing the thank-you post tonight!": taken when a date ahead is named.
      if (((input.context ?? 'ask') === 'ask' || input.context === 'check-in') && !u.question && !u.label && c.includes('ing ')) {
        const pa = PROGRESSIVE_AT.exec(c);
        // "Quick one from the subway: hosting a storytime swap this Sat": a short head before the plan.
        const ph = pa ? null : /^[^:]{2,40}:\s+(?=\S)/.exec(c);
        const pg = ASKS_ME.test(c) && /\?\s*$/.test(sentence) ? null : PROGRESSIVE.exec(c) ?? (pa ? PROGRESSIVE.exec(c.slice(pa[0].length)) : ph ? PROGRESSIVE.exec(c.slice(ph[0].length)) : null);
        // "Writing Sunday night before bed.", "Typing this on the bus": writing this mail, not a thing to do.
        if (pg && !/[:：]/.test(pg[1]!) && /^(?:writing|typing|replying|answering|responding|emailing)\b(?!\s+(?:the|a|an|my|our|your|up|some|those|these|them|it|\d)\b)/i.test(pg[1]!)) { used = true; continue; }
        if (pg && !hedged(c) && !REFUSAL.test(c) && !PROGRESSIVE_NOT.test(c.replace(/^(?:(?:ok|okay|right|yeah)[,\s]+)?so[,\s]+/i, '')) && !PROGRESSIVE_NOT.test(pg[1]!) && !GERUND_SUBJECT.test(pg[1]!)) {
          const cd = cutDue(pg[1]!, input.received, tz);
          // "Tomorrow I'm meeting the head librarian …": the date may come before the subject.
          const pre = c.slice(0, c.length - pg[1]!.length);
          if (!cd.due && /\S/.test(pre)) cd.due = cutDue(pre, input.received, tz).due;
          if (cd.due && !/\b(?:for|since)\s+(?:the\s+)?(?:last|past|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b/i.test(pg[1]!) && cd.due.end >= iso(localDay(input.received, tz)) && tidyAction(cd.rest).split(/\s+/).length >= 2 && !(input.context === 'check-in' && /^\p{L}+ing\s+(?:it|this|that|them)\b/iu.test(tidyAction(cd.rest)))) {
            addCommitment(pg[1]!, sentence, pre);
            promised = c;
            used = true;
            continue;
          }
        }
      }
      // "Tô dentro! Levo o meu projetor.", "Yo llevo el proyector", "J'apporte des gâteaux": bringing something, in the
      // person's own language, to an invitation.
      // "Ik neem een taart mee", "Ich nehme Salat mit": a separable take-along verb brings the thing, too.
      // "Jeg tager en salat med", "Vi tar med oss stoler", "Jag tar med mig kaffe": the Danish, Norwegian and Swedish ones.
      // "Ja, ich komme gerne und bringe meinen Apfelkuchen mit", "Oui, je viens et j'apporte …": the yes and the bringing joined by
      // "and" are parted there too.
      const fb = input.context === 'invitation' ? (FOREIGN_BRING_ALONG.exec(c) ?? (/[,;!]\s|\s(?:und|y|et|e|en|og|och)\s/i.test(c) ? c.split(/\s*[,;!]\s+|\s+(?=(?:und|y|et|e|en|og|och)\s)/i).map((x) => FOREIGN_BRING_ALONG.exec(x)).find(Boolean) ?? null : null))
        // "Aku bawa proyektor ya", "saya bawakan kue": bringing something in Indonesian, the particle after it left.
        ?? /^(?:(?:dan|terus|nanti)\s+)?(?:aku|saya|gue|gua|gw|kami|kita)\s+(?:juga\s+|nanti\s+)?((?:bawa|bawain|bawakan|membawa)\s+\S.*?)(?:\s+(?:ya|yah|yaa|deh|aja|kok|kak|juga))*[\s.!\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]*$/iu.exec(c) : null;
      // "magdadala ako ng extension cord" (Tagalog), "mithai le aaunga" (Hinglish), "w hageeb el pizza" (Egyptian Arabizi):
      // bringing something in these, too; the Tagalog pronoun goes ("magdadala ng extension cord").
      // A mid-sentence emoji or comma parts the yes from the thing brought ("Sasama ako 🙌 magdadala ako ng …").
      const fb2 = input.context === 'invitation' && !fb ? c.split(/\s*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]+|[,;!])\s*/u).map((x) => FOREIGN_BRING.exec(x)).find(Boolean) ?? null : null;
      if (fb2 && !hedged(c)) {
        const act = fb2[1] ? fb2[1] + ' ' + fb2[2] : fb2[3] ?? fb2[4]!;
        addCommitment(act.replace(/[\s.!]+$/u, ''), sentence, '');
        used = true;
        continue;
      }
      // "Si voy, llevo las sillas", "Als ik kan, neem ik een taart mee": bringing it on a condition is no promise.
      if (fb && !hedged(c) && !/(?:^|[,;]\s*)(?:si|se|als|wenn|falls|if|caso|sofern|mits|siempre que|desde que|purch[ée]|qualora)\s/i.test(c)) {
        // "Levo umas cadeiras de praia, o quintal da Dona Cida nunca tem lugar pra todo mundo": the reason after the comma,
        // a clause of its own (an article, then a verb or a "never"), is no part of the thing brought (round 14).
        addCommitment(fb[1]!.replace(FOREIGN_REASON_TAIL, ''), sentence, '');
        used = true;
        continue;
      }
      // "I'm bringing a pot of chili" to an invitation: as "I'll bring …", a thing promised for the event.
      const brg = input.context === 'invitation' ? /^(?:(?:and|so|also|oh|plus|ok|okay|yes|yep)[,\s]+)?(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re| am| are)\s+(?:also\s+|definitely\s+)?bringing\s+(?!(?:my|our)\s+(?:kids?|children|son|daughter|husband|wife|partner|friends?|family|mum|mom|dad|boyfriend|girlfriend|plus[- ]one)\b)(\S.*)$/i.exec(c) : null;
      if (brg && !hedged(c)) {
        addCommitment('bring ' + brg[1]!, sentence, '');
        used = true;
        continue;
      }
      // "You'll get the recap from me by Thursday", "Expect a blog post from me next week", "I've put a kitchen table sprint
      // in the calendar for 9 January": a promise said from the other side, or a plan already booked, with a date ahead.
      if ((input.context ?? 'ask') === 'ask' && !u.question && !u.label) {
        const fm = FROM_ME.exec(c) ?? BOOKED.exec(c);
        if (fm && !hedged(c) && !REFUSAL.test(c)) {
          const g = fm.slice(1).filter((x) => x !== undefined);
          const what = (g[0]! + ' ' + (g[1] ?? '')).replace(/\s+(?:in|into|on)\s+(?:the|my|our)\s+(?:calendar|diary|schedule|agenda)\b/i, '').trim();
          const cd = cutDue(what, input.received, tz);
          if (cd.due && cd.due.end >= iso(localDay(input.received, tz))) {
            addCommitment(what, sentence, '');
            used = true;
            continue;
          }
        }
      }
      // "This Saturday I host a small DemoCamp at my office": a plan in the simple present, taken when a date ahead is named.
      if ((input.context ?? 'ask') === 'ask' && !u.question && !u.label) {
        // "Should I host a klatch in January?": a question asks, it does not promise.
        const sp = ASKS_ME.test(c) && /\?\s*$/.test(sentence) ? null : SIMPLE_PRESENT.exec(c);
        if (sp && !hedged(c) && !REFUSAL.test(c) && !HABIT.test(c) && !PROGRESSIVE_NOT.test(sentence)) {
          const cd = cutDue(c, input.received, tz);
          if (cd.due && cd.due.end >= iso(localDay(input.received, tz))) {
            addCommitment(sp[1]!, sentence, c.slice(0, sp.index));
            used = true;
            continue;
          }
        }
      }
      // "I do wish these classes were in the daytime, as many of us no longer drive after dark": the reason is no refusal.
      const unreasoned = c.replace(/,?\s+(?:as|since|because|cos|coz|cause|(?:'|’)cause)\s+.*$/i, '');
      if (REFUSAL.test(unreasoned) && /\b(commit|host|run|do|organi[sz]e|help)\b/i.test(unreasoned)) {
        f.refused.push(c);
        used = true;
        continue;
      }
      // "I've got a van, so if anyone needs chairs moved, give me a shout": the van is the offer.
      const hs = /,\s+so\s/i.test(c) ? OFFER_HAVE_SO.exec(c) : null;
      if (hs && !REFUSAL.test(c)) {
        f.offers.push(...item(hs[1]!, sentence));
        used = true;
        continue;
      }
      // Offers stated without "I can" (see OFFER_HAS_USE and the rest).
      const lc = c.toLowerCase();
      const ho = lc.includes(' has ') ? OFFER_HAS_USE.exec(c) : null;
      const wo = ho || !lc.includes('welcome') ? null : OFFER_WELCOME.exec(c);
      const ao = ho || wo || !lc.includes(' and ') ? null : OFFER_AND_CAN.exec(c);
      const io = ho || wo || ao ? null : (lc.includes('if ') ? OFFER_IF_ANYONE.exec(c) ?? OFFER_AROUND.exec(c) : null) ?? (/ (?:at|in|with) /.test(lc) ? OFFER_GOOD_AT.exec(c) : null);
      if ((ho || wo || ao || io) && !REFUSAL.test(c)) {
        const what = ho ? ho[1] + ' ' + ho[2] : io && /\s+and\s+(?:i\s+)?(?:can|could|(?:am|(?:'|’)m) happy to)\s+[\p{L}-]+\s+(?:it|them)\s*[.!]*$/iu.test(io[1]!) ? io[1]!.replace(/^(.+?)\s+and\s+(?:i\s+)?(?:can|could|(?:am|(?:'|’)m) happy to)\s+([\p{L}-]+)\s+(?:it|them)\s*[.!]*$/iu, '$2 $1') : wo ? wo[1]!.replace(/^.*?\b(?:(?:my|our)\s+[\p{L}'’ -]{2,30}?\s+has|(?:i|we)\s*(?:\shave|(?:'|’)ve got|\sown))\s+/iu, '').replace(/\s+(?:that|which)\s+(?:nobody|no one|hardly anyone|we never|i never|i don(?:'|’)t|we don(?:'|’)t)\s+(?:uses?|is using|need|needs|use)\b/i, '').replace(WHERE_IT_IS, '') : ao ? ao[1] + ' and ' + ao[2] : io![1]!;
        const t = tidyAction(stripCan(offerTail(what.replace(/,\s+(?:so|because|since|as)\s+.*$/i, '').replace(/\s+(?:for free|free of charge|at no cost)\b/i, ''))));
        // "a laser cutter and two 3D printers that community groups can book": two things, as any list of them.
        if (t.length > 1) for (const p of ho ? splitList(t) : [t]) f.offers.push({ text: tidyAction(p), sentence });
        used = true;
        continue;
      }
      const cl = clauses(sentence);
      // "Large-print handouts would help us very much, the small letters are difficult": read without the sentence run on after a comma.
      const nextText = us[us.indexOf(u) + 1]?.text ?? '', prevClause = cl[cl.indexOf(c0) - 1] ?? '';
      const cut = /[,;]\s|\s[—–-]\s/.test(c) ? beforeClause(c) : null;
      const pi = plainItem(c, nextText, prevClause, sentence) ?? (cut ? plainItem(cut, nextText, prevClause, sentence) : null);
      if (pi && ((pi.slot === 'wish' && RHETORIC_WISH.test(c)) || !REFUSAL.test(pi.slot === 'offer' ? c : c.replace(ITEM_TAIL, '')))) {
        (pi.slot === 'wish' ? f.wishes : pi.slot === 'need' ? f.needs : f.offers).push(...item(pi.text, sentence));
        // "we have an old risograph that still works, happy to print flyers for anyone": the thing and the help.
        const also = pi.slot === 'offer' ? OFFER_AFTER_COMMA.exec(c) : null;
        if (also && !pi.text.includes(also[1]!) && !/^[\p{L}-]+\s+(?:it|them|those|these|that)(?:\s+(?:away|on|out|over|back))?\s*[.!]*$/iu.test(also[1]!)) f.offers.push(...item(also[1]!, sentence));
        used = true;
        continue;
      }
      const nb = /would be/.test(lc) ? NEED_WOULD_BE.exec(c) : null;
      if (nb) {
        f.needs.push(...item(nb[1]!, sentence));
        used = true;
        continue;
      }
      const w = WISH.exec(c) ?? (/see|imagine|dream|there to be/.test(lc) ? WISH_MORE.exec(c) : null) ?? ((input.context ?? 'ask') === 'ask' && /\b(?:should|ought|deserve|must|one day)/.test(lc) ? WISH_NORM.exec(c) : null);
      if (w) {
        f.wishes.push(...item(w.slice(1).find((x) => x) ?? '', sentence));
        used = true;
        continue;
      }
      const ng = /grateful|thankful|obliged|glad|happy|delighted|helpful|great|useful|wonderful|lovely|brilliant|help/.test(lc) && / if /.test(lc) ? NEED_GRATEFUL.exec(c) : null;
      if (ng) {
        const give = /^(?:recommend|share|send|provide|lend|donate|give|suggest|connect us with|introduce us to|put us in touch with|spare|loan)$/i.test(ng[2]!);
        f.needs.push(...item(give ? ng[3]! : `${ng[1]} to ${ng[2]} ${ng[3]}`, sentence));
        used = true;
        continue;
      }
      const n = NEED.exec(c) ?? (/\b(?:would|could)\b/.test(lc) ? NEED_WOULD_HELP.exec(c) ?? (cut ? NEED_WOULD_HELP.exec(cut) : null) : null) ?? (/\b(?:need|desperate|crying|short)\b/.test(lc) ? NEED_GROUP_IS.exec(c) : null) ?? (/\bneeds\b/.test(lc) ? NEED_GROUP_NEEDS.exec(c) : null) ?? (/\b(?:gap|challenge|bottleneck|blocker|sticking)\b/.test(lc) ? NEED_GAP.exec(c) : null);
      if (n && !/\b(don('|’)?t|do not|no longer)\s+need/i.test(c) && !/^(?:(?:first|also|still|really|just|then|now|only|[\p{L}]+ly)\s+)?to\s+(?!(?:\d|the|a|an)\b)[\p{L}]+/iu.test(n.slice(1).find((x) => x) ?? '') && !/^(?:that|it|this|them|those|these)\W*$/i.test(n.slice(1).find((x) => x) ?? '')) {
        const nt = n.slice(1).find((x) => x) ?? '';
        // "I'd love for the movement to take rural areas seriously": a wish, not a need.
        if ((/^for\s+\S.*\bto\s+\S/i.test(nt) || /^(?!(?:a|an|some|someone|somebody|anyone|anybody|help|any|one|two|three|more help|people|volunteers|a few)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+to\s+(?:be|become|have|stop|start|get|take|treat|learn|open|share|see|feel)\b/iu.test(nt)) && /(?:'|’)d love|would love/i.test(c)) f.wishes.push(...item(nt.replace(/^for\s+/i, ''), sentence));
        // "we need more of these outside London": more of the events themselves is a wish for the movement.
        else if (/^more\s+(?:of\s+(?:these|those|them|this)|(?:such\s+)?(?:events|meetups|gatherings|drumbeats))\b/i.test(nt)) f.wishes.push(...item(nt, sentence));
        else f.needs.push(...item(nt, sentence));
        used = true;
        continue;
      }
      // "idk what i can offer, maybe i can help set up chairs": the offer after the doubt about it.
      const unsure = /^(?:idk|i don(?:'|’)?t know|i(?:'|’)m not sure|not sure|dunno)\s+what\s+(?:i|we)\s+(?:can|could)\s+(?:offer|give|do|bring)\s*,\s*(\S.*)$/i.exec(c);
      if (unsure) {
        const o2 = OFFER.exec(unsure[1]!);
        const what2 = o2 ? o2[1] ?? o2[2] ?? o2[3] : null;
        if (what2) {
          f.offers.push(...item(what2, sentence));
          used = true;
          continue;
        }
      }
      const o = OFFER.exec(/happy|glad|willing|keen|delighted|pleased/i.test(c) ? c.replace(INTENSIFIED, (m: string, w?: string) => w ?? (/^should$/i.test(m) ? 'would' : 'happy')) : c);
      // "depends on whether I can get a sitter", "not sure I can commit": conditions and doubts, not offers.
      // "I'd love to do a sprint for the union's website but I've got no time": a want taken back, no offer.
      // "I'd love to host one if I can find a venue": a want hanging on the person's own if, no offer either.
      const wantBut = !!o && /(?:(?:'|’)d|would)\s+love\s+to\b/i.test(c.slice(o.index, o.index + 40)) && (/\bbut\b/i.test(sentence.slice(sentence.indexOf(c) + c.length - 1) + ' ' + c.slice(o.index)) || /\bif\s+(?:i|we)\s+(?:can|could|find|get|have|had)\b/i.test(c.slice(o.index)));
      if (o && !wantBut && !NOT_OFFERED.test(c) && !(/^(?:(?:and|so|also)[,\s]+)?(?:probably|maybe|perhaps|possibly)\b/i.test(c) && /\bonly if\b|\blet(?:'|’)s see\b|\bwe(?:'|’)ll see\b/i.test(sentence)) && !SOMEDAY.test(c) && !REFUSAL.test(c.slice(0, o.index + 10)) && !/\b(?:how much|how many|how often|how far)\s*$/i.test(c.slice(0, o?.index ?? 0)) && !/\b(?:sorted|done|fixed|approved|cleared|in place|signed off|through)\s+so(?:\s+that)?\s*$/i.test(c.slice(0, o?.index ?? 0)) && !/\b(whether|if|unless|once|when|not sure|unsure|don(?:'|’)?t know|than|what|which|as much as)\s*$/i.test(c.slice(0, o.index))) {
        const what = o[6] ? (o[6] + ' ' + (o[7] ?? '')).trim() : o[1] ?? o[2] ?? o[3] ?? o[4] ?? o[5] ?? o[8] ?? o[9] ?? o[10] ?? '';
        // "I'd be glad to share it with the group once it exists": passing on what was just promised, not an offer.
        // "Can my roommate tag along?", "Could my son come too?": asking whether someone may come offers nothing.
        const mayCome = /\?\s*$/.test(c) && /^(?:my|our)\s+(?:[\p{L}'’-]+\s+){1,2}(?:come|tag along|join|attend|be there|sit in)\b/iu.test(what);
        // "I could not give the session last week": what could not be done is no offer.
        // "Keen to help but flat out with lambing", "Happy to help, but I can't this month": a bare willingness to help taken
        // back by the "but" after it offers nothing (as "I'd love to help but …" above).
        const helpBut = LONE_HELP.test(what) && /\bbut\b/i.test(sentence.slice(sentence.indexOf(what) + what.length));
        if (!mayCome && !helpBut && !/^not\b/i.test(what) && !/^(come|make it|attend|be there|join|commit)\b|^(?:be (?:on|part of|kept|included|added|in touch)|hear\b|see how|know how|get (?:an? )?updates?\b|stay (?:in touch|informed|posted|in the loop)|keep (?:in touch|up))\b|^(?:share|send|circulate|forward|post|show|present)\s+(?:it|them|this|that)\b/i.test(what)) {
          f.offers.push(...item(what, sentence));
          used = true;
          continue;
        }
      }
      unused.push(c0);
    }
    if (used) {
      // "My barn loft for meetups (heated!), and I can cook for 30." under "> What can you offer?": the bare answer beside
      // the one a rule read is an answer to the question too.
      const q0 = u.question;
      if (q0 && q0 !== 'commitment' && !u.label) {
        for (const x of unused) {
          if (/^(?:(?:seriously|honestly|really|basically|well|and|but|so|plus|also)[,\s]+)?(?:it|they|that|this|there|we|i|he|she|which|who)\b/i.test(x) || LEAVE_TO_USE.test(x) || NOT_ANSWER.test(x.trim()) || /\?\s*$/.test(x) || x.split(/\s+/).length > 10 || REFUSAL.test(x) || NOTHING.test(x)) continue;
          (q0 === 'offer' ? f.offers : q0 === 'need' ? f.needs : f.wishes).push(...item(x, sentence));
        }
      }
      continue;
    }
    // "Kitchen table sprint, 2nd week of Dec. On it." / "Coffee klatch at my place on Dec 12, I'm hosting!": the format named as the answer.
    if (!u.question && !u.label && (input.context ?? 'ask') === 'ask' && FORMAT_FIRST.test(sentence) && !/\b(are|is|was|were|went|sounds?|seems?)\b/i.test(sentence.split(',')[0]!) && (findsDue(sentence, input) || /\b(i(?:'|’)m|i am|we(?:'|’)re|we are) (hosting|running|organi[sz]ing|in)\b|\bon it\b/i.test(input.text ?? ''))) {
      if (!HEDGE.test(sentence)) addCommitment(sentence.replace(/,\s*(?:i|we|on it|count me in)\b.*$/i, ''), sentence, '');
      continue;
    }
    // An answer under a quoted question, or a line of a list after a lead line, takes its meaning from it.
    let q = u.question;
    // In answer to the ask, a bare list of things starting with a verb is a to-do list ("not doing the newsletter again" is
    // a thing refused, not one to do).
    if (!q && u.listItem && (input.context ?? 'ask') === 'ask' && !/^(a|an|the|my|our|more|some|any|every|all|no|not|never|i|we|you|it|this|that|these|those)\b/i.test(sentence) && /^[a-z]+\s+\S/i.test(sentence) && !/^(?!(?:bring|ping|sing|ring|string|discuss|address|access|pass|press|focus)\b)\w+(ing|s)\b/i.test(sentence)) q = 'commitment';
    if (!q) continue;
    // "My barn. Seriously, it's huge and has wifi.": the answer is the first sentence; what follows explains it.
    // A question after the answer ("Teens. How do you get teenagers to show up to anything?") is a remark about it.
    if (u.pos && !u.label && !u.listItem && answered.has(us.indexOf(u) - 1) && (EXPLAINS.test(sentence) || FOREIGN_EXPLAINS.test(sentence) || /\?\s*$/.test(sentence) || /^[^,]{2,30},\s*so\s+(?:no|nothing|none|not)\b/i.test(sentence) || /^(?:lots|plenty|tons|loads|heaps|a lot|a bit|some|all|most|both)(?:\s+of\s+(?:it|them|those|these|that))?[\s.!]*$/i.test(sentence) || /^(?:(?:cheap|affordable|good|used|small|big|new|old|decent|simple|basic|sturdy|portable|working|second-hand|secondhand)\s+(?:and\s+)?){1,2}ones?\s*[.!]*$/i.test(sentence) || (/^(?:[\p{L}'’-]+\s+){1,2}(?:cost|costs|is|are|was|were|take|takes|break|breaks|broke|died|keep|keeps|run|runs|ran)\b/iu.test(sentence) && sentence.split(/\s+/).length <= 8 && !/\b(?:need|needs|also|too|as well|and|want|wants|would)\b/i.test(sentence)))) continue;
    if (q === 'commitment' && (HEDGE.test(sentence) || TRAIL_DOUBT.test(sentence))) { f.hedged.push(sentence); continue; }
    // Under the commitment question: "Esta vez no puedo comprometerme a nada" (a refusal in another language), "Already did
    // it - I emailed …", "Ya hice mi parte: …" (a thing done, with nothing still to do) and "I'd love to run a democamp
    // someday" (a want with no time but "someday", round 8) promise nothing.
    if (q === 'commitment' && (FOREIGN_DECLINE.test(sentence) || (DONE_ALREADY.test(sentence) && !STILL_TO_DO.test(sentence)) || (WANT_SOMEDAY_GATE.test(sentence) && WANT_LEAD.test(sentence) && (SOMEDAY.test(sentence) || SOMEDAY_FOREIGN.test(sentence))))) { f.refused.push(sentence); continue; }
    // "No more fake news on WhatsApp groups" is a wish, not a "no".
    if (REFUSAL.test(sentence) || /^(no(?!\s+more\s+\S+\s+\S)|nope|nothing|n\/a|none|not really|not sure)\b/i.test(sentence) || NOTHING.test(sentence) || DONT_KNOW.test(sentence)) continue;
    if (/^(thanks|thank you|hi|hello|hey|dear|cheers|great event|see you)\b/i.test(sentence)) continue;
    // "Send the list by the 3rd. Sorry its late, my laptop died.": an apology under the answer answers nothing.
    if (/^(?:(?:so|very|really)\s+)?(?:sorry|apologies|my apologies|apologi[sz]e)\b/i.test(sentence) && !LEAD.test(sentence)) continue;
    // "Saludos, Rosa Quispe" under the quoted question: a sign-off in the person's language answers nothing.
    if (FOREIGN_THANKS.test(sentence)) continue;
    // "Ours is ancient.", "It's a long story.": a remark about what came before, not an answer.
    if (/^(?:ours|mine|theirs|it|that|this|they|there|which)\s*(?:is|are|was|were|(?:'|’)s|(?:'|’)re)\b/i.test(sentence)) continue;
    if (LEAVE_TO_USE.test(sentence)) continue;
    answered.add(us.indexOf(u));
    // "3. Host a DemoCamp at AUB? Not this year, sorry, too much on.": a thing asked and answered no.
    if (q === 'commitment' && /\?\s+(?:no|nope|nah|not (?:this|that|right) (?:year|time|now|month|term|round)|not yet|not now|maybe|probably not|sadly not|unfortunately not)\b/i.test(sentence)) { f.hedged.push(sentence); continue; }
    // "Next step on my end: … Luis will handle the photos.": another person's part is not the sender's.
    if (q === 'commitment' && othersPart(sentence)) continue;
    if (q === 'commitment' && STATE_REPORT.test(sentence.replace(LEAD_EMOJI, ''))) continue;
    // "Port 8080 was blocked on the venue wifi so nobody saw the demo": an account of what went wrong, beside the answer,
    // is no second promise (a past account, round 6).
    if (q === 'commitment' && PAST_ACCOUNT.test(sentence) && !STILL_TO_DO.test(sentence)) continue;
    // "After that I'm travelling to Sylhet till the new year": where the person will be, under a to-do head, is no promise.
    if (q === 'commitment' && AWAY_REPORT.test(sentence)) continue;
    if (q === 'commitment') {
      // "4. im running a 3D printing workshop on saturday the 17th": the answer's own lead-in goes, as after a label.
      const own = /^(?:i|we)\b/i.test(sentence) ? LEAD.exec(sentence) : null;
      addCommitment(own && own.index === 0 ? leadBody(own) : sentence.replace(/^(?:to|i(?:'|’)ll|i will)\s+/i, '').replace(/^(?:i|we)\s*(?:(?:'|’)m|am|(?:'|’)re|are)\s+(?=\p{L}+ing\b)/iu, ''), sentence, '');
    }
    else if (q === 'offer') f.offers.push(...item(OFFER_IN_ANSWER.exec(sentence)?.[1] ?? sentence, sentence));
    else if (q === 'need') f.needs.push(...item(sentence.replace(/^(?:i|we)\s+need\s+/i, ''), sentence));
    else f.wishes.push(...item(sentence.replace(/^(?:i wish|i hope)\s+(?:that\s+)?/i, ''), sentence));
  }
  // "We ran a klatch in January. Next up, we'll do another one in March.": the format the pronoun stands for.
  for (const c of f.commitments) {
    if (c.format || !/\b(?:another(?: one)?|one|it)\b/i.test(c.action) || !HOST_VERB.test(c.action) || formatNamed(c.action)) continue;
    const i = us.findIndex((u) => u.text === c.sentence);
    for (let k = i - 1; k >= Math.max(0, i - 2) && !c.format; k--) c.format = formatNamed(us[k]!.text);
  }
  // "Will do the Arabic captions. Sunday latest.": a bare date after an undated promise dates it, and so does
  // "I'll do a write-up - should have it to you by the 10th".
  if (f.commitments.some((c) => !c.due)) {
    for (let i = 0; i < us.length; i++) {
      const c = f.commitments.find((x) => !x.due && x.sentence === us[i]!.text);
      if (!c) continue;
      const later = [...clauses(us[i]!.text).slice(1), us[i + 1]?.text ?? ''];
      for (const x of later) {
        if (!IT_DATE.test(x) || HEDGE.test(x)) continue;
        const d = cutDue(x, input.received, tz).due;
        if (d) {
          c.due = d;
          break;
        }
      }
    }
    for (let i = 1; i < us.length; i++) {
      if (us[i]!.text.length > 40) continue;
      const prev = f.commitments.find((c) => !c.due && c.sentence === us[i - 1]!.text);
      if (!prev || HEDGE.test(us[i]!.text)) continue;
      const cd = cutDue(us[i]!.text, input.received, tz);
      if (cd.due && !tidyAction(cd.rest).replace(/\b(?:then|ok|okay|deal|promise|i promise|for sure|at|the|or|so)\b/gi, '').replace(/[^\p{L}\d]+/gu, '')) prev.due = cd.due;
    }
  }
  // "Mimi nitafanya coffee klatch na wamama wa chama yetu. I mean I will host a coffee klatch with the women of our chama":
  // a promise said again after "I mean" stands for the one just before it.
  for (const c of f.commitments.filter((x) => RESTATED.test(x.sentence) && !/\b(?:also|too|as well|another)\b/i.test(x.sentence))) {
    const k = us.findIndex((x) => x.text === c.sentence);
    const prev = k > 0 ? us[k - 1]!.text : null;
    if (prev) f.commitments = f.commitments.filter((x) => x.sentence !== prev);
  }
  return f;
}

// ---------- commands ----------

const STOP = /\b(?:kindly|please|pls|plz)\s+stop\s+(?:the|these|your|all|sending)\b|\bstop\s+(?:the|these|your|all)\s+(?:invites?|invitations?|e-?mails?|mails?|messages|reminders?|check-?ins?)\s+(?:to|for)\s+(?:this|my|me)\b|\b(?:remove|take|delete|drop|strike)\s+(?:this|my|our|the)\s+(?:e-?mail\s+)?(?:address|e-?mail|contact)\s+(?:from|off)\s+(?:your|the|this)\s+(?:mailing\s+|e-?mail\s+|contact\s+|distribution\s+)?(?:list|database|records)\b|\b(?:appreciate it|be (?:grateful|glad)|prefer it|rather) if you (?:stopped|would stop|could stop|no longer sent|didn(?:'|’)?t send|did not send)\b|\b(?:don(?:'|’)?t|do not|no longer) (?:want|need) (?:these|your|any|the|this|those|more|any more)\s+(?:\w+\s+)?(?:e-?mails?|mails?|messages|reminders?|updates|check-?ins?|nudges|notifications?|follow-?ups?)\b|\b(?:(?:i|she|he|they)(?:(?:'|’)d|\s+would) rather not|(?:i|she|he|they)(?:(?:'|’)d|\s+would) prefer not to|please don(?:'|’)?t) (?:get|receive|be sent)\s+(?:any\s*more\s+(?:of\s+)?|more\s+(?:of\s+)?)?(?:these|those|them)\b(?!\s+(?:slides|photos|pictures|notes|files|links?|details)\b)|\b(?:please\s+)?(?:don(?:'|’)?t|do not) send (?:me|us) (?:any\s*more|more|these|those|any)\b|\b(?:(?:i(?:'|’)d|i would) rather not|(?:i(?:'|’)d|i would) prefer not to|please don(?:'|’)?t) (?:get|receive|be sent) (?:these|your|any|this|the) (?:\w+ )?(?:e-?mails?|mails?|messages|reminders?|updates)\b|\b(unsubscrib(?:e|ed|ing)|unsub|opt[- ]?out|opting out|opt me out|remove me|remove my (?:[a-z]+ )?(?:e-?mail |email )?(?:address|e-?mail|name)|take me off|take my (?:address|e-?mail|name) off|(?:stop|cease|quit) (sending|emailing|mailing|writing|contacting|inviting|spamming|pestering|messaging|texting)|stop (?:receiving|getting) (?:these|this|the|your|any|all)|enough (?:with )?(?:the |these |your |all the )?(?:e-?mails|emails|reminders|messages|check-?ins|nudges)|stop (?:these|the|all|your|all these|all the|with the) (?:\w+ )?(?:e-?mails?|mails?|messages|reminders?|check-?ins?|nudges|follow-?ups?|notifications?)|(?:no longer|don(?:'|’)?t|do not) (?:want|wish|need) to (?:receive|get|be sent) (?:these|your|any|the|this)|don('|’)?t (email|e-mail|mail|contact|write to) me|no more (e-?mails?|messages|mail|reminders?|nudges|check-?ins?|follow-?ups?|notifications?)|no more of (?:these|those|them|your)\s+(?:[\w-]+\s+)?(?:e-?mails?|mails?|messages|reminders?|nudges|check-?ins?|follow-?ups?|notifications?|updates|invit(?:e|ation)s)|leave me alone|désabonner|desinscri|abmelden|darse de baja|cancel(ar)? (my )?subscription)\b|^\W*(?:(?:p\.?\s?s\.?|and|also|oh|but|please|pls|seriously|honestly)[,:.!—–-]*\s+)*no more of (?:these|those|them)(?:\s*,?\s*(?:please|pls|plz|thanks|thank you|ta)\b|\s*[.!]*\s*$)|^\s*(?:(?:please|pls|plz|just|so|now|ok|okay|kindly)[,!]?\s+)?(?:stop|unsubscribe|quit|end|cancel all|stop it)\s*(?:please|pls|now|already)?\s*[.!]*\s*$/i;
// "… but it's live now", "they're all printed": said with the contraction too (round 73).
const DONE = fastEdges(/\b(?:is|are|was|were|got)\s+(?:all\s+|now\s+)?(?:printed|posted|published|sent out|live|written|finished|complete|submitted|delivered)\b|\b(?:it|that|they|everything)(?:'|’)(?:s|re)\s+(?:all\s+|now\s+)?(?:printed|posted|published|sent out|live|written|finished|complete|submitted|delivered)\b(?!\s+(?:yet|soon|by|next|tomorrow|later|in|on|from|once|when|after)\b)|(?<![\p{L}])(?:ya\s+lo\s+hice|lo\s+hicimos|ya\s+est[aá]\s+hecho|je\s+l['’]ai\s+fait|on\s+l['’]a\s+fait|ich\s+hab(?:e)?\s+es\s+(?:gemacht|geschafft)|l['’]ho\s+fatto|j[aá]\s+(?:o\s+)?fiz)(?![\p{L}])|\b(?:consider it|call it|mark (?:it|this)(?: as)?|you can mark (?:it|this)(?: as)?) (?:done|complete|completed)\b|\b(?:i(?:'|’)d|i would|we(?:'|’)d|we would|you could|you(?:'|’)d) (?:call|count) (?:it|that|this) (?:a |an )?(?:(?:real|big|great|huge|qualified|modest) )?(?:success|win|triumph|victory|done)\b|(?:^|[.!,;:—–-]\s*)job done\b|\b(?:happened|took place) (?:last|on|yesterday)\b|^\s*(?:c['’]est fait|fait|termin[ée]e?|erledigt|geschafft|fertig|hecho|listo|terminado|feito|conclu[ií]do|fatto|finito|klaar|gedaan)(?![a-zà-ÿ])|\b(did it|done it|did that|did this|done that|pulled (?:it|this|that) off|all (?:wrapped up|finished|sorted|done and dusted)|(?:it|that|this|the (?:event|session|workshop|klatch|sprint|meetup|demo ?camp|coffee klatch|kitchen table sprint)) went (?:ahead|off|really well|well|great|brilliantly|fine|ok|okay|alright|all right|so-so|badly|terribly|not great|better than expected|as planned|smoothly)|went ahead)\b|^\s*(?:(?:yes|yep|yup|yeah|aye|ya|yea|yah|ja|jep|yebo|oo|haan|ok|okay|so|well|and|sweet(?: as)?|good news|great news|great|awesome|cool)[,!.]?\s+)?(done|did it|all done|it'?s done|done and dusted|finished|completed|complete|kept it|we did it|i did it|yes,? (i )?did( it)?|yes,? done|yep,? done|mission accomplished|nailed it|accomplished|ticked off|it happened|check|all sorted|sorted|all set|taken care of|wrapped(?: it)? up|✅|✔)(?![\w-])|\b(i|we) (did|finished|completed|hosted|held|ran|organi[sz]ed|wrote|sent|published|made|gave|introduced|translated|donated|shared|taught|mentored) (it|that|the|a|an|my|our|this)\b|\b(already|finally) (done|did it|finished)\b|\bgot (it|that|this) (done|finished|sorted)\b|^\s*(ran|hosted|held|organi[sz]ed|wrote|sent|published|finished|completed|did|taught|delivered|launched) (it|that|the|a|an|my|our|this|both|them)\b|\bit(?:'|’| i)?s (all )?done\b|\b(?:the|our|my) (?:[\p{L}-]+ ){0,3}(?:klatch|klatsch|sprint|democamp|demo camp|workshop|meetup|meet-up|session|event|talk|class|party|gathering|evening|post|hackathon) (?:finally |actually |really )?(?:happened|took place)\b(?!\s+(?:to|yet)\b)|\b(is|was) (a )?(success|done)\b/iu);
// Round 19's done phrasings, apart from DONE (one more alternative there slows every reply): "It's on my blog now",
// "it was great", "We had it last night".
// "No :(", "No 😞 life": a no with a face.
const NO_FACE = /^\s*no\s*(?:[.!…]+|:-?\(|[\p{Extended_Pictographic}])(?![^]*\b(?:did it|done|finished|completed|went (?:well|great|ahead|fine)|happened last|took place|problem|worries)\b)/iu;
const DONE_MORE = /(?<!\b(?:not|never|yet to|to|will|(?:'|’)ll|can|could|should|didn(?:'|’)?t|haven(?:'|’)?t)\s+(?:have\s+|be\s+)?)\b(?:ticked|checked|crossed)\s+(?:it|that|this|them)(?:\s+one)?\s+off\b|\b(?:you can|feel free to|go ahead and)\s+(?:tick|check)\s+(?:it|that|this)(?:\s+one)?\s+off\b|(?<!\b(?:be|been|being|not|never|if|once|when|until|till|get it|gets|got)\s+)\b(?:done|completed|conducted|held|organi[sz]ed|finished|carried out|run|hosted)\s+successfully\b|(?<!\b(?:what|time|who|where|how|when|that|there|here|it|one|mine|yours|whose|turn)(?:'|’))(?<=\b[a-z][a-z-]+(?:'|’))s\s+(?:now\s+|finally\s+|already\s+|all\s+)?(?:up|live|online|up and running)\b(?!\s+(?:to|for|in|next|soon|by|on|at|until|till|from|there|again|with|early|late|tomorrow|tonight|this|shortly)\b)|(?<!\b(?:not|n't|if|when|once|until|till)\s+)\bit\s+(?:done|finish|finished)\s+(?:since|already|long time|from)\b|(?<!\b(?:once|when|until|till|if|before|after|soon as|until)\s+)\b(?:it|that)(?:'|’)s\s+(?:all\s+|now\s+)?(?:sorted|taken care of|dealt with|handled)\b(?!\s+(?:for|by|out for|next|this|tomorrow|on|before|in|soon)\b)|\b(?:ended up|wound up) doing it (?:for (?:me|us)|instead)\b|\b(?:it(?:'|’)s|it is|they(?:'|’)re|they are)\s+(?:now\s+|already\s+)?(?:up\s+)?on (?:my|our|the) (?:blog|website|site|wiki|instagram|insta|channel|page|facebook|newsletter)\b|\b(?:it|that|the (?:event|session|workshop|klatch|sprint|meetup|evening|night|talk)) was (?:great|amazing|awesome|fun|brilliant|lovely|a blast|a hit|fantastic|wonderful|a success)\b|\b(?:i|we) had (?:it|the (?:klatch|sprint|event|meetup|session|workshop|democamp|gathering|party|evening))\b(?!\s+(?:planned|scheduled|booked|pencil+ed|down|on (?:my|our|the) (?:list|calendar|diary)|in (?:my|our|the) (?:diary|calendar)))|\b(?:good|great|grand|decent|ok|okay|quite ok|fair|small|low|huge|big|massive|amazing|solid|modest|poor|lovely|brilliant)\s+(?:(?:wee|little|big)\s+)?turn-?out\b|\bturn-?out was\b|\b(?:\d+|a dozen|a few|several|lots of|loads of|dozens of|(?:about|around|nearly|over|almost) (?:\d+|[a-z]+ty|ten|eleven|twelve|a dozen|a hundred)|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+(?:[a-z-]+\s+){0,2}(?:came|showed up|turned up|attended|rocked up)\b|\b(?:we|i)\s+had\s+(?:\d+|a dozen|a few|several|lots of|loads of|dozens of|(?:about|around|nearly|over|almost) (?:\d+|[a-z]+ty|ten|eleven|twelve|a dozen|a hundred)|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+(?:(?:people|folk|folks|guests|members|parents|residents|ladies|kids)\s+)?(?:at|in|there|turn up|show up|come|along)\b|\bwe got there in the end\b(?!\s+(?:to|for)\s+(?:the\s+)?(?:last|previous|first)\b)|^\s*(?:all\s+)?settled\b(?!\s+(?:on|for|in|into|down|the|a)\b)|\b(?:has|have)\s+(?:now\s+|already\s+|successfully\s+)?been\s+(?:successfully\s+)?(?:completed|done|finished|held|conducted|delivered|carried out|accomplished)\b|\b(?:was|were)\s+successfully\s+(?:held|conducted|carried out|completed|delivered)\b|\bheld\s+(?:on\s+[a-z]+\s+)?as planned\b/i;
// "Still on for Saturday", "we're still on track for the 12th": the plan kept, still ahead.
// "The plan is still on, but …", "We have started o.", "we've only just begun": in a check-in, still under way (round 73).
const NOT_YET = /^\s*(?:(?:sorry|afraid|honestly|sadly|unfortunately|um+|hmm+|well)[,\s]+)?not\s+(?:right\s+now|just\s+now|now|at\s+(?:the|this)\s+(?:moment|minute|point)|for\s+now|this\s+(?:week|month)|yet)\b|\b(?:(?:it(?:'|’)s|it is|that(?:'|’)s|still)\s+)(?:still\s+)?on\s+(?:my|our|the)\s+(?:to-?do\s+)?list\b|\b(?:is|are|it(?:'|’)s|(?:'|’)s|(?:'|’)re)\s+(?:now\s+|all\s+|definitely\s+)?(?:back|still)\s+on(?:\s+again)?(?=\s*(?:[.,;!]|$))|^\W*(?:(?:yes|yep|yeah|yup|ok|okay)[,!.\s]+)?(?:(?:we|it|i)\s*(?:(?:'|’)re|(?:'|’)s|(?:'|’)m|\s+are|\s+is|\s+am)\s+)?(?:all\s+|definitely\s+)?still\s+on\s+(?:for|track)\b(?![^.!]*\?)|\b(?:i|we)\s*(?:(?:'|’)ve|\s+have)\s+(?:only\s+|just\s+)?(?:started|begun)(?:\s+(?:on\s+)?it)?(?=\s*(?:(?:o|oh|sha|oo+)\s*)?(?:[.,;!]|$))|\b(?:got|have|(?:'|’)ve got|(?:'|’)ve|is|it(?:'|’)s)\s+(?:about\s+|roughly\s+|around\s+|only\s+|maybe\s+)?(?:half|a third|two thirds|part|a bit|some)\s+(?:of\s+)?(?:it|the\s+[\w-]+|them)?\s*(?:done|written|finished|sorted|ready|drafted|built|set up)\b|\b(?:is|it(?:'|’)s|are|(?:'|’)re|been|put)\s+(?:\w+\s+)?on hold\b(?!\s+indefinitely)|^\s*(?:(?:ugh+|argh+|sadly|unfortunately|sorry|honestly|haha|lol|oh|well|um+|hmm+)[,.!\s]+)(?:no|nope|nah)\s*[.!]+(?![^]*\b(?:did it|done|finished|completed|went (?:well|great|ahead|fine)|happened last|took place)\b)|^\s*(?:nope|nah)\b(?![^]*\b(?:did it|done|finished|completed|went (?:well|great|ahead|fine)|happened last|took place)\b)|\b(?:it|this|that)\s*(?:(?:'|’)s|\s+is)\s+not\s+(?:done|finished|ready)\b|\b(?:it|this|that)\s+isn(?:'|’)?t\s+(?:done|finished|ready)\b|(?:^|[,;]\s*)not done\b|\b(?:haven(?:'|’)?t|have not|hasn(?:'|’)?t|has not|didn(?:'|’)?t|did not)\s+(?:even|really|actually)\s+(?:started|opened|touched|begun|looked at|got(?:ten)? (?:round |around )?to|made|done|booked|written)\b|\b(?:is|are|was)(?:n(?:'|’)?t| not)\s+(?:\w+\s+)?(?:booked|ready|done|sorted|finished|written|scheduled|confirmed|set)\s+yet\b|\b(?:did not|didn(?:'|’)?t|has not|hasn(?:'|’)?t|have not|haven(?:'|’)?t)\s+(?:happen(?:ed)?|take place|taken place|started|(?:been\s+)?held|go(?:ne)? ahead)(?:\s+yet)?\b|\bstill on (?:my|the|our) (?:list|to-?do(?: list)?|radar|plate)\b|^\s*not (?:this|that) (?:month|week|weekend|year|time)\b|\b(?:haven(?:'|’)?t|have not|hasn(?:'|’)?t|has not)\s+(?:\w+\s+)?(?:\w+ed|begun|written|sent|done)\s+(?:it\s+|that\s+|this\s+|them\s+)?yet\b|^\s*(?:no|nope|nah)\s*[.!]+(?=\s+\S)(?![^]*\b(?:did it|done|finished|completed|went (?:well|great|ahead|fine)|happened last|took place)\b)|^\s*(?:pas encore|toujours pas|pas fini|noch nicht|todav[ií]a no|a[uú]n no|ainda n[aã]o|non ancora|nog niet)(?![a-zà-ÿ])|\b(mostly|half|partly|partially|largely|nearly|almost) (done|finished|there|complete)\b|\b(?:about |only |just )?(halfway|half way|part way|partway)\b|\b(chipping|plugging|working|pecking) away\b|\bstill at it\b|^\s*not quite\b|^\s*(not yet|nope,? not yet|no,? not yet|nah,? not yet|not done( yet)?|still working|working on it|in progress|getting there|almost|nearly|soon|nope|nah|no|not really|not quite|pending)\s*[.!]*\s*$|^\s*(not yet|nope,? not yet|no,? not yet|not done( yet)?|still working|working on it|in progress|getting there|almost|nearly|soon)\b|\b(haven(?:'|’)?t|have not|hasn(?:'|’)?t|not) (?:had|found|got|gotten) (?:the |a |any )?(?:time|chance)|\bstill pending|\b(?:didn(?:'|’)?t|did not) get (?:to|round to|around to) it|\b(not (done|finished|there) yet|haven'?t (done|finished|started|gotten to|got to|managed)|still (working|looking|planning|trying|waiting|on it|doing it|at it|chipping away)|slower than (?:(?:i|we)(?:(?:'|’)d|\s+had)?\s+)?(?:planned|expected|hoped|thought|wanted|intended)|(?:decided|going|have|had|need|want|(?:'|’)ll|will|to)\s+(?:to\s+)?(?:hold off|hang fire|wait)\s+(?:on\s+(?:it|this|that|the\s+[\w-]+)\s+)?(?:until|till|til|for)\b|\bholding off\b|in progress|working on it|not yet)\b/i;
// "Please do not count on me for the leaflets", "don't rely on us for the stall any more": the promise is handed back.
// "So it's his now, not mine", "it is theirs now": the commitment now someone else's is dropped (round 73).
// "We cancelled it, nobody signed up": the cancellation told in the past (round 79; "… and moved it to …" is the move).
const DROP = /^\s*(?:(?:sorry|afraid|honestly|sadly|unfortunately|ok|okay|well)[,\s]+)?(?:i(?:'|’)m|i am|we(?:'|’)re|we are)\s+(?:(?:afraid|sorry|sadly)\s+)?out(?=\s*(?:[.,;!…—–-]|$))|\bcount (?:me|us) out\b|\b(?:do not|don(?:'|’)?t|no longer|cannot|can(?:'|’)?t)\s+(?:count|rely)\s+on\s+(?:me|us)\b(?!\s+(?:not|to\s+(?:not|miss|forget))\b)|^\s*(?:cancell?ed|called off|scrapped|abandoned)\b|\b(?:postponed|delayed|on hold|paused|shelved)\s+indefinitely\b|\bindefinitely\s+(?:postponed|on hold|shelved)\b|\b(?:got|was|were|been|is|has been) (?:cancell?ed|called off|scrapped|axed|canned)\b|\b(?:we|i|they)\s+(?:(?:had\s+to|have|(?:'|’)ve)\s+)?(?:cancell?ed|scrapped|axed)\s+(?:it|this|that)\b(?!\s+(?:and|but|so)\b)|\bno longer (?:doing|running|hosting|organi[sz]ing|planning|going ahead|happening)\b|^\s*(drop(?!\s+(?:me|us)\s+(?:a|an)\s+(?:quick\s+|short\s+)?(?:line|note|message|mail|e-?mail|text|msg)\b)|cancel|remove|delete|abandon|forget)\b|\b(?:have to|has to|need to|needs to|going to have to|gonna have to|(?:'|’)ll have to|will have to|must|had to)\s+(?:cancel|drop|scrap|abandon|shelve|bin|ditch|axe|kill|park|call (?:it|this|that) off)\b|\b(?:cross|strike|scratch) (?:it|this|that)(?: one)? off\b|\b(?:i(?:'|’)m |i am )?not going to manage (?:it|this|that)\b(?!.{0,30}\b(?:by|until|before|this|next|in)\b)|\b(?:pass(?:ing)? on (?:this|that|it)(?: one)?|sit(?:ting)? (?:this|that|it) (?:one )?out)\b|\b(?:resign(?:ing)?|step(?:ping)? (?:down|back|away)) from (?:this|it|that|the (?:commitment|task|project|plan|pledge))\b|\b(?:we(?:'|’)re|i(?:'|’)m|we are|i am)\s+(?:(?:sadly|reluctantly|officially)\s+)?(?:dropping|cancell?ing|scrapping|shelving|ditching|axing|abandoning|calling off)\s+(?:the|my|our|this|that)\b|(?<!\bnot\s+)\b(drop(?:ping)? (it|this|that)|cancel(?:l?ing)? (it|this|that)|(please )?(drop|cancel|remove|delete) (this|that|it|my(?!\s+(?:[\w-]+\s+)?(?:id|address|e-?mail|email|number|contact|account|details)\b))( one| commitment)?|give up|giving up|won('|’)?t be able to|(?:not|un)able to do (?:it|this|that)|can('|’)?t do it|cannot do it|not going to happen|(?:i )?don(?:'|’)?t think i(?:'|’)ll (?:ever )?(?:get to|get round to|get around to|manage|do|make) (?:it|this|that)|(?:i )?don(?:'|’)?t see myself (?:getting to|doing|managing) (?:it|this|that)|withdraw(?:ing|n)?|call(?:ed|ing)? (?:it|this|that)(?: one)? off|bail(?:ing)? (?:on|out of) (?:it|this|that)(?: one)?|(?:is ?n(?:'|’)?t|is not|ain(?:'|’)?t|won(?:'|’)?t be) (?:going to|gonna) happen|release me from (?:it|this|that)|let me off the hook|(?:it|this|that)(?:'|’)?s dead|let(?:ting)? (it|this|that)( one)? go|(?:have to|has to|had to|need to|must|(?:'|’)ll|will|going to|gonna|(?:'|’)ve decided to|decided to)\s+(?:have to\s+)?let\s+(?:the|my|our)\s+(?:[^\s,.;!?]+\s+){0,3}?[^\s,.;!?]+\s+go(?!\s+(?:home|to|and|out|ahead|on|off|back|early|with|for|through|into|in|first|free)\b)|no longer (able|possible|happening)|not happening|take (it|this) off|(?:take|remove|delete|strike|cross)\s+(?:off\s+)?(?:it|this|that|me)\s+(?:off\s+)?(?:from|of|off)\s+(?:my|the|your)\s+(?:list|to-?do(?: list)?|commitments?)|tak(?:e|ing) (?:the|my|our) [\w-]+(?: [\w-]+)? off (?:my|the|our) (?:list|plate|books|calendar|to-?do(?: list)?)|(?:i(?:'|’)ll|i will|i(?:'|’)m going to|i shall) leave (?:it|this|that|the [\w-]+) (?:with|to) you(?!\s+to\b)|(?:best|better) (?:if|that) (?:someone|somebody) (?:else|younger|new|more [\w-]+) (?:takes|took|picks|picked|runs|ran|does|did) (?:it|this|that|the [\w-]+)|(?:won(?:'|’)?t|will not|isn(?:'|’)?t|is not|shan(?:'|’)?t) (?:be )?going ahead(?!\s+(?:until|till|before|this|in|on|next|yet|as planned)\b)|fallen by the wayside|(?:it|this|that)(?:'|’)s not to be|(?:it|this|that) (?:is|was) not to be|never got off the ground|(?:pass|hand|give)(?:ing)? (?:it|this|that|the [\w-]+)(?: one)? (?:on |over |back )?to (?:someone|somebody|anyone|anybody) (?:else|younger|new|fresher|keener|with more [\w-]+)|let (?:someone|somebody) (?:else|younger|new) (?:have a go|take (?:it|this|that|over)|run (?:it|this|that)|do (?:it|this|that))|(?:it|this|that)\s*(?:(?:'|’)s|\s+is)\s+(?:all\s+)?(?:his|hers|theirs)\s+now\b|(?:handed|passed)\s+(?:it|this|that)(?:\s+one)?\s+(?:over|on)\s+to\s+(?!(?:the\s+)?(?:printer|printers|council|office|post|library|city|county|editor)\b)[^,.;!?]{2,40}?(?:,|\s+(?:who|since|as|and|because))\s+(?:she|he|they|who)\b|(?:i(?:'|’)m|i am)\s+out\s+of\s+(?:it|this)(?:\s+one)?(?=\s*(?:[,.;!]|$|\s+now\b|\s+but\b))|bow(?:ing)? out|pull(?:ing)? out|back(?:ing)? out|count me out|withdraw|(?:scrap|ditch|skip|shelve) (it|this|that)|(?:let(?:'|’)?s|please|just) (?:scrap|drop|forget|ditch|abandon|cancel)\b)\b/i;
// "He asks if it could be put off until after Easter", "can we put it off till May": the older word for a move.
// "halfway thru, need another 2 weeks": more time counted in days, weeks or months is a move (round 79: with its number).
const RESCHEDULE = /\bput(?:ting)?\s+(?:(?:it|this|that|them)\s+)?off\s+(?:until|till|til|to)\b|\b(?:just|only|simply)\s+(?:moving|shifting|pushing|postponing|delaying)\s+(?:it|this|that)\b(?!\s+(?:forward|along|ahead|on)\b)|\b(?:has|have)\s+(?:now\s+)?(?:fixed|set|scheduled|rescheduled|moved|shifted)\s+(?:it|this|that|the\s+[a-z-]+)\s+(?:for|to)\b|\b(?:has been|have been|is now|was)\s+(?:now\s+)?(?:moved|shifted|rescheduled|pushed|fixed|set)\s+(?:from\b|to\b|for\b)|^(?:(?:and|so|but)\s+)?(?:it|this|that|they)\s+(?:will|shall|should)\s+(?:now\s+)?be\s+[a-z]+ed\b|\b(?:aiming|aim|targeting|now (?:looking|planning)|shooting) for\b|\b(?:(?:'|’)re|are|is|(?:'|’)s)\s+(?:now\s+)?(?:on|set|booked|scheduled|confirmed|happening)\s+for\b.{0,30}\b(?:now|instead)\b|\bnow\s+(?:on|set|booked|scheduled|happening)\s+for\b|\b(push|move|postpone|reschedule|delay|shift|bump|defer|change)(?:e?d|es|ing)?\b(?!\s+(?:over|across)\s+to\b)(?!\s+(?:reply|response|answer|e-?mail|message|mail|note)\b).{0,25}\b(to|until|till|til|back|out|into|by|past|beyond)\b|\b(?:moving|changing|postponing|rescheduling)\b.{0,25}\b(?:to|until|till|til|back|out|into)\b|\b(?:moving|pushing|shifting|bumping)\s+(?:the|our|my)\s+(?:[a-z'’-]+\s+){1,8}?(?:to|until|till)\s+(?:the\s+)?(?:first|second|third|fourth|last|next|end|middle|start|beginning|week|weekend|\d)|\b(reschedul|postpon|prepon)\w*|\bre-?(?:book|arrang|plann?|slott?)(?:e?d|es|ing|s)?\b.{0,25}\b(?:for|to)\b|\b(more|another|extra|additional) (?:(?:\d{1,2}|two|three|four|five|six)\s+)?(day|week|month|couple of weeks|few weeks|time)s?\b|\bneed (more|another|extra) (time|week|month)|\bneed (?:until|till|til|up to)\b|\b(?:brauche|brauchen|ben(?:ö|oe)tige|ben(?:ö|oe)tigen)\s+(?:(?:noch|wohl|bestimmt|sicher|mindestens|etwas|ein bisschen|ein paar tage|mehr)\s+)*(?:zeit\s+)?bis\b|\b(?:necesito|necesitamos|preciso|precisamos)\s+(?:(?:de\s+)?(?:m[aá]s|mais)\s+tempo\s+|(?:de\s+)?(?:m[aá]s\s+)?tiempo\s+)?(?:hasta|at[eé])\b|\bil (?:me|nous) faut (?:encore )?(?:du temps )?jusqu|\b(?:brauche|brauchen|ben(?:ö|oe)tige|ben(?:ö|oe)tigen)\s+(?:(?:wohl|bestimmt|sicher|mindestens|leider)\s+)*noch\s+(?:\S+\s+){1,2}(?:tage?|wochen?|monate?)\b|\b(?:heb|hebben|heeft)\s+(?:echt\s+|wel\s+)?nog\s+(?:\S+\s+){1,2}(?:dagen|dag|weken|week|maanden|maand)\s+nodig\b|\b(?:necesito|necesitamos|preciso|precisamos)\s+(?:de\s+)?(?:mais\s+|otr[oa]s\s+)?\S+\s+(?:d[ií]as|semanas|meses)\b|\b(?:il (?:me|nous) faut|j['’]ai besoin d['’]|nous avons besoin d['’])\s*encore\s+\S+\s+(?:jours|semaines|mois)\b|\b(?:ho|abbiamo)\s+bisogno\s+di\s+(?:altr[ei]|ancora)\s+\S+\s+(?:giorni|settimane|mesi)\b|\b(?:skal bruge|har brug for|behöver|trenger)\s+(?:(?:tid|mer tid|mere tid|mer)\s+)?(?:til|indtil|till|fram till|frem til)\s|\bcan (we|i) (do|make it|have) (it )?(in|on|by)\b|\b(?:can|could|shall) we (?:say|call it|go for|aim for)\b|\bgive (?:me|us) (?:a|one|two|three|four|a couple of|a few|\d+)\s+(?:more\s+)?(?:days?|weeks?|months?)\b|(?<!\b(?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|couldn(?:'|’)?t|not|never)\s+)\b(make it|do it|have it|move it|shift it|change it to|how about|what about|instead|sẽ làm)\b(?!\s+(?:a\s+)?(?:monthly|weekly|fortnightly|yearly|annual|annually|regular|regularly|every|each|again|a (?:regular |monthly |weekly )?(?:thing|habit|fixture))\b)|\b(give me|can i have|could i have|may i have|i need)\b.{0,20}\b(until|till|til|more|another)\b|\b(later|another date|new date)\b/i;
// "G! See you po.": "G" (game) is Filipino chat for "I'm in".
// "Save a seat fi mi", "save me a seat!", "I dey come" (Nigerian Pidgin), "mi soon come" (Jamaican): coming.
const JOIN = /^\s*g\s*!+\s*(?=\S|$)|\bsave (?:me )?a (?:seat|spot|place|chair) (?:for|fi) (?:me|mi)\b|\bsave me a (?:seat|spot|place|chair)\b|\b(?:i|mi|we) (?:dey|go|soon) come\b(?!\s+(?:back|late|to\s+(?:work|school)))|\b(?:i|we) come (?:with|too|for sure|gladly|happily)\b|^\s*with (?:great )?pleasure\b|(?<!\b(?:you|if|whether)\s+)(?<!\b(?:you|if|whether)\s*(?:'|’))\b(?:would|(?:'|’)d)\s+be\s+(?:very\s+|most\s+|so\s+)?(?:honou?red|delighted|glad|happy|pleased)\s+to\s+(?:attend|come|join)\b|^\s*(?:(?:omg|oh my god|oh|ooh|wow|yay|ah|heck|hell)[,!\s]+)?(yes|ja|oui|yep|yeah|sure|absolutely|definitely|of course|count me in|i['’]?m in(?![ \t]+(?!(?:for|too|again|as well|lol|haha|hehe|lmao|tbh|fr|obviously|ofc|of course|for sure|already)\b)[a-z])|i am in(?![ \t]+(?!(?:for|too|again|as well|lol|haha|hehe|lmao|tbh|fr|obviously|ofc|of course|for sure|already)\b)[a-z])|i['’]?ll be there|i will be there|will be there|be there|i['’]?ll come|i will come|i['’]?d love to( come| join)?|(?:would|'d) love to (?:come|join|attend|be there)|(?:wouldn(?:'|’)?t|would not|wouldnae|wouldnae|wudnae|wouldna)\s+miss (?:it|this|that)|i['’]?m coming|i am coming|sign me up|see (?:you|ya|u|yah) there|see you (?:there |then )?po|rsvp:? yes|i accept|accepted|sounds (great|good|fun)|in!?)\b|\b(count me in|i['’]?m in\b(?![ \t]+(?!(?:for|too|again|as well|lol|haha|hehe|lmao|tbh|fr|obviously|ofc|of course|for sure|already)\b)[a-z])|i am in\b(?![ \t]+(?!(?:for|too|again|as well|lol|haha|hehe|lmao|tbh|fr|obviously|ofc|of course|for sure|already)\b)[a-z])|i['’]?ll be there|i will be there|(?:i|we) shall (?:be there|come|attend|join (?:you|us|in))|i['’]?ll join|i will join|i['’]?d love to (come|join|attend)|see you there|sign me up|i['’]?ll come|i will come|i can make it|i['’]?ll attend|i will attend|(?:i|we)(?:'|’)?(?:ll| will) (?:both|all|definitely) (?:come|be there|join|attend)|we(?:'|’)?ll be there|we will be there|we(?:'|’)?ll come|we will come|(?:i(?:'|’)m|i am|i(?:'|’)d be|i would be|i should be|i shall be|we(?:'|’)re|we are|we(?:'|’)d be|we should be|we shall be) (?:so |very |really |most |only too |more than )?(?:happy|glad|delighted|thrilled|keen|excited|pleased|honou?red) to (?:come|join|attend|be there|take part|participate)|i(?:'|’)?m (?:so )?there\b(?!\s+(?:on|in|at|for|that|this|next|until|till|from)\b)|i(?:'|’)?m coming\b(?!\s+(?:from|back|down with)\b)|(?:save|keep|reserve|hold) (?:me|us) (?:a|two|three|four) (?:seat|spot|place|chair)s?|(?:save|keep|reserve|hold) (?:a|one|two|three) (?:seat|spot|place|chair)s?(?: warm)? for (?:me|us)|pencil (?:me|us) in|(?:pop|jot|put) (?:me|us|my name|our names) down(?! for\b)|(?:wild horses|nothing)\s+(?:(?:could|would|will|can)(?:n(?:'|’)?t|\s+not)?\s+keep|won(?:'|’)?t keep|keeps|will keep) (?:me|us) away|(?:^|[.!,]\s+)(?:so |very |really |more than )?(?:happy|glad|delighted|thrilled|keen|excited) to (?:come|join|attend|be there|take part|participate)|put me down(?! for\b)|put (?:me|us|my name|our names) down for (?!(?:a |the )?(?:maybe|next (?:time|one)|another time|future|later)\b)(?:one|two|three|four|five|six|\d+|a (?:seat|place|spot)|(?:the|this|that|your)\s+[\w-]+)|(?:i|we)(?:(?:'|’)m|(?:'|’)re| am| are)?\s+(?:really\s+|very much\s+|so\s+)?look(?:ing)? forward to (?:it\b|seeing (?:you|everyone|you all|all of you) (?:there|then|on|at)\b|the (?:sprint|klatch|session|evening|event|meetup|meeting|afternoon|morning|day|night|class|workshop)\b)|put my name down|(?:i(?:'|’)d|i would) love that|can(?:'|’)?t wait|cannot wait|i(?:'|’)ll (?:pop|swing|drop) (?:by|in|over))\b/i;
// Accepting in the other languages people answer in ("Ja, ich komme gerne!", "j'y serai", "allí estaré").
const FOREIGN_JOIN = /(?<![\p{L}])(?:(?:(?:إن شاء الله|ان شاء الله)\s+)?(?:سأكون|أكون|اكون|راح أكون|بكون)\s+(?:موجود|موجودة|حاضر|حاضرة|هناك|معكم)|سأحضر(?!\s+(?:معي|معايا|لكم))|(?:io\s+)?ci\s+(?:sono|sar[òo]|saremo)(?=\s*[!.,]|\s*$)|sigur,? vin|vin (?:și eu|si eu|cu drag)|venim|particip(?!\p{L})|ne vedem acolo|pryidu|budu tam|przyjd[eę]|b[eę]d[eę] na pewno|em s[ẽe] đến|mình s[ẽe] đến|s[ẽe] tham gia|ich komme|ich bin dabei|bin dabei|wir kommen|wir sind dabei|sind dabei|je viens|je serai (?:là|la|présente?)|j['’]y serai|on sera là|nous viendrons|je viendrai|on viendra|ahí estaré|allí estaré|alli estare|cuenta conmigo|cuenten conmigo|voy a ir|(?:(?:dale|sí|claro|obvio|listo|de una|vale|va)[,!]?\s+)voy(?=\s*[!.,]|\s*$)|eu vou|vou sim|estarei l[áa]|estarei (?:lá|la)|conta comigo|ci sarò|ci saro|io vengo|ik kom|ik ben erbij|jeg kommer|jag kommer|vi kommer|(?:ek|ons) is in(?=\s*[!.,]|\s*$)|(?:ek|ons) kom(?!\s+nie)(?=\s*[!.,]|\s*$)|(?:ek|ons) sal (?:daar wees|kom)(?!\s+nie)|tel (?:my|ons) in|sien (?:julle|jou) (?:daar|dan|(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrydag|saterdag|sondag))|zie (?:jullie|je) (?:daar|dan|(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))|vi ses (?:der|da|p[åa] (?:mandag|tirsdag|onsdag|torsdag|fredag|l[øo]rdag|s[øo]ndag))|nos vemos (?:all[íi]|ah[íi]|el (?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo))|tulen|tulemme|osallistun|ateisiu|ateisime|ateisim|dalyvausiu|p[řr][íi]jdu|pr[íi]dem|ott leszek|j[öo]v[öo]k|megyek|אגיע|נגיע|אני\s+(?:בא|באה)|حتما\s+میام|میام|आऊँगा|आऊँगी|आऊंगा|आऊंगी|a+u?n?chh?u|a+u?n?chh?au|आउँछु|आउँछौं|आउनेछु|আসব|আসছি|hi ser[ée]|vindr[ée]|etorriko\s+naiz|mi\s+ddo\s+i|bydda\s+i\s+yno|θα\s+(?:έρθω|είμαι εκεί)|przyjdę|przyjde|będę|я приду|приду|буду)(?![\p{L}])|(?:参加します|参加させて|出席します|行きます|伺います|参加したい)/iu;
const DECLINE = /\bin spirit\b|\b(?:count me in|sign me up|i(?:'|’)m in|i(?:'|’)ll come|i(?:'|’)ll be there|invite me|keep me in mind)\s+(?:for\s+)?(?:next time|the next one|another time|future ones|the one after)\b|^\s*(?:absolutely|definitely|certainly|of course|hell|heck)\s+(?:not|no)\b|^\s*(?:no way|nope|nah|sadly no|sadly not|unfortunately not)\b|\b(?:i|we)(?:(?:'|’)d| would) (?:love|like) to(?: come| join| attend| be there| make it| go)?(?:\s+(?:to|for)\s+[^,.;:!?]{1,40}?)?,?\s+but\b|\bwish (?:i|we) could(?: (?:come|make it|be there|join|attend))?\b(?!\s+(?:[a-z]+\s+)?(?:help|offer|bring|do|host|run))|\bnot really my (?:thing|cup of tea|scene)\b|\b(can('|’)?t make it|cannot make it|won('|’)?t make it|not able to (come|make it|join)|unable to (come|attend|join)|count me out|i['’]?m out|no,? thanks|not this time|have to pass|i['’]?ll pass|i will pass|can(?:'|’)?t (?:come|attend|join|be there)|but (?:i(?:'|’)m|i am|i(?:'|’)ll be|i will be) (?:away|out of town|travell?ing|abroad|unavailable|not (?:around|available|free)))\b/i;
const YES = /^\s*(yes|yep|yeah|yup|correct|right|that'?s right|that'?s correct|looks (good|right|correct|great)|confirm(ed)?|all good|perfect|exactly|ok|okay|sure|affirmative|oui|ja|sí|si)\b/i;
const NO = /^\s*(no|nope|nah|not quite|wrong|incorrect|that'?s (wrong|not right)|not right|non|nein)\b/i;

// Stop requests in the other languages people answer in ("Bitte keine E-Mails mehr", "Ya no quiero recibir más correos",
// "Merci de ne plus m'envoyer de messages", "Lütfen beni listeden çıkarın", "Отпишите меня", "配信停止").
const FOREIGN_STOP = /(?<![\p{L}])(?:(?:už\s+)?(?:mi|nám)\s+(?:\p{L}+\s+){0,3}?(?:neposielajte|neposílejte|nezasielajte|nezasílejte)|(?:neposielajte|neposílejte)\s+(?:mi|nám)|ärge\s+saatke\s+mulle|nesiųskite\s+man|תפסיקו\s+לשלוח|(?:אל|נא לא)\s+(?:תשלחו|לשלוח)\s+לי|دیگه\s+(?:\p{L}+\s+)?نفرستید|मुझे\s+(?:और\s+)?(?:\p{L}+\s+)?(?:मत|न)\s+भेज\p{L}*|peidiwch\s+ag\s+anfon|älkää\s+lähettäkö|no (?:me )?(?:manden|env[íi]en|mandes|env[íi]es|escriban) m[áa]s|(?:ya )?no quiero recibir|(?:(?:prefiero|preferimos|prefiere|preferir[íi]a|quisiera)\s+no\s+recibir|(?:je\s+)?(?:pr[ée]f[èe]re|pr[ée]f[ée]rerais|souhaite|voudrais|veux)\s+ne\s+plus\s+recevoir|je ne (?:veux|souhaite|voudrais) plus recevoir|(?:prefiro|preferimos|prefere|preferia|gostaria de)\s+n[ãa]o\s+receber|n[ãa]o quero (?:mais )?receber|(?:preferisco|preferirei|preferiamo)\s+non\s+ricevere)\s+(?:[\p{L}-]+\s+){0,2}?(?:correos|mensajes|e-?mails?|mails?|recordatorios|avisos|seguimientos|courriels|messages|rappels|relances|lembretes|mensagens|messaggi|promemoria|solleciti)(?![\p{L}])|dejen de (?:enviarme|mandarme|escribirme|enviar|mandar)|(?:s[áa]quenme|b[óo]rrenme|qu[íi]tenme) de|parar de receber|n[ãa]o quero (?:mais )?receber|parem de (?:me )?(?:enviar|mandar)|me tire[m]? da lista|descadastr\p{L}*|ne plus (?:m['’]|me )?(?:envoyer|[ée]crire|contacter)|ne (?:m['’]|me )(?:envoyez|[ée]crivez) plus|arr[êe]tez de m['’](?:envoyer|[ée]crire)|retirez[- ]moi|(?:je\s+)?ne\s+(?:veux|souhaite|désire|desire|voudrais)\s+plus\s+(?:en\s+)?recevoir|(?:me|m['’])\s*(?:retirer|désinscrire|desinscrire|supprimer|enlever|rayer|ôter|oter|effacer)\s+(?:de|des)\s+(?:la|votre|vos|cette|ces|vos|les)?\s*(?:liste|listes|mailing|envois|destinataires)|d[ée]sinscri\p{L}*|keine (?:e-?mails?|mails|nachrichten|erinnerungen|newsletter) mehr|(?:nehmt|nehmen sie) mich (?:bitte )?(?:aus|von)|niondoe(?:ni)?|nitoe(?:ni)? (?:kwenye|katika|kutoka) (?:orodha|list)|non (?:(?:mi|ci) )?(?:mand|invi|scriv)(?:ate|ete)(?:mi|ci)?(?: (?:queste|altre|le))? (?:pi[ùu])|non (?:mi|ci) (?:mandate|inviate|scrivete) pi[ùu]|(?:tirar|tirem|tire|retirar|retirem|remover|removam|apagar|apaguem)[- ]me d[ao]s? (?:vossa |sua |vossas |suas )?(?:lista|listas|mailing)|msinitumie|usinitumie|sitaki (?:tena )?(?:barua|ujumbe|email)|(?:keluarkan|buang|padam(?:kan)?|hapus(?:kan)?) (?:saya|aku|nama saya)|jangan hantar (?:lagi|email)|berhenti hantar|pakitanggal (?:na )?(?:po )?ako|tanggalin (?:na )?(?:po )?(?:niyo |nyo )?ako|huwag (?:na )?(?:po )?(?:mag-?email|magpadala)|mujhe (?:list se )?(?:hata|nikal) do|mujhe (?:aur )?(?:e-?mails?|mails?|messages?) (?:mat|na|nahi) bhej\p{L}*|haal mij (?:(?:alsjeblieft|alstublieft|aub|a\.u\.b\.|even|maar|dan|graag)\s+)*(?:van|uit)|stuur (?:me|mij) geen|mich austragen|tragt mich aus|h[öo]rt auf,? mir (?:zu )?schreiben|non (?:voglio )?(?:pi[ùu] )?ricevere|smettete di (?:mandarmi|inviarmi|scrivermi)|cancellatemi|toglietemi|rimuovetemi|disiscriv\p{L}*|geen (?:e-?mails?|mails|berichten|herinneringen) meer|uitschrijven|haal me (?:(?:alsjeblieft|alstublieft|aub|a\.u\.b\.|even|maar|dan|graag)\s+)*(?:van|uit)|beni listeden (?:çıkar\p{L}*|sil\p{L}*)|(?:e-?posta|mail|mesaj) (?:göndermeyin|atmayın|yollamayın)|abonelikten çık\p{L}*|wypisz(?:cie)? mnie|nie (?:wysyłajcie|przysyłajcie|piszcie) (?:mi|do mnie)|usuń(?:cie)? mnie z|отпишите меня|αφαιρέστε με|διαγράψτε με|μη μου (?:στέλνετε|ξαναστείλετε)|odhlaste mě|vyřaďte mě|nezasílejte mi|töröljetek a listáról|ne küldjetek több|poistakaa minut|scoateți-mă|scoateti-ma|nu-mi mai trimiteți|не (?:присылайте|пишите|отправляйте) (?:мне )?(?:больше|письма)|удалите меня из|больше не (?:пишите|присылайте)|jangan (?:kirim|mengirim)(?:i)? (?:saya )?(?:email |pesan )?lagi|berhenti (?:mengirim|kirim)|hapus saya dari|mat bhej(?:o|iye|na)|(?:e-?mails?|mails?|reminders?|remainders?|messages?|msgs?|notifications?|invites?)\s+(?:(?:bhejna|bhejne|aana|bhejte)\s+)?(?:band|bandh|bund)\s+(?:karo|kar do|kardo|kar dijiye|kar dijie|kijiye|kijie|karein|karen|karna)|unsubscribe\s+kar\s+(?:do|dijiye|dijie)|(?:shel|sheel|shil|shiil|em?sa7|ems7|em7i|e7zef|i7zif|sheelo|shelo|shilo|shelni|shilni)(?:o|i|y|u|ni|oni|uni)?\s+(?:esmi|ismi|2esmi|2ismi|emaili|emaily|el\s*email\s+bta3i|el\s*mail\s+bta3i|mailati)\s+(?:men|min|mn|mel|mil)|(?:mesh|mish|msh|ma|mush)\s+(?:3ayz|3ayez|3ayza|3awz|3awza|3ayzeen|baddi|badi|bade|badde|7abb|7abeb|7abba)\s+(?:emails?|e-?mails?|mails?|rasa2el|rasayel|messages?|reminders?)|(?:bala|balash|balaash)\s+(?:emails?|mails?|rasa2el|rasayel|messages?)|توقفوا عن (?:إرسال|ارسال)|لا ترسلوا|(?:ألغوا|الغوا|إلغاء) (?:اشتراكي|الاشتراك)|احذفوني|bain (?:mé|m['’]ainm|m['’]sheoladh) (?:de|den|as an|ón|on) (?:liosta|r[íi]omhphost\p{L}*)|n[áa] (?:seol|cuir)(?:aigí)? (?:\p{L}+ ){0,2}chugam (?:a thuilleadh|n[íi]os m[óo])|d[íi]liost[áa]il\p{L}*|haal (?:my|ons) (?:asseblief )?(?:van|af van|uit) (?:die|jou|julle) (?:\p{L}+)?lys|teken my (?:asseblief )?uit|moenie (?:vir )?(?:my|ons) (?:meer |nog )?(?:e-?posse |boodskappe |e-?posse meer )?stuur nie|tangtang(?:a|on|i)(?: na)? (?:ko|ako|ang akong (?:ngalan|email)) (?:sa|gikan sa) (?:lista|listahan)|ayaw na (?:ko|ako) (?:pag-?)?(?:padad-?i|padalhi|i-?email|email-?i))(?![\p{L}])|配信(?:を)?停止|送らないで|登録(?:を)?解除|退订|取消订阅|别再发|不要再发|수신\s?거부/iu;
// "Unsubscribe my colleague Mark", "remove my work address … and use this one instead": someone else's mail, or an
// address changed, is no stop for the person writing.
const STOP_OTHER = /\b(?:[Uu]nsubscribe|[Rr]emove|[Tt]ake|[Dd]elete)\s+(?:(?:[Mm]y|[Oo]ur)\s+(?:colleague|co-?worker|wife|husband|partner|son|daughter|kids?|friend|boss|assistant|mum|mom|dad|mother|father|sister|brother)|him|her|(?!(?:Me|My|Us|Our|This|These|That|All|Everything|Myself|Please)\b)\p{Lu}\p{Ll}+(?=\s+(?:\p{Lu}|please|from|off|too|as well)))\b/u;
// "Please don't unsubscribe me", "My husband wants to unsubscribe, but I'd like to stay on": no stop for the writer.
const STOP_NOT_ME = /\b(?:for|want|get|make|urge|ask|asking|wish|need|see|like)\s+(?:the|our|my|a|all|every|more|some|other|local)\s+(?:[\p{L}-]+\s+){0,3}?to\s+(?:stop|cease|quit)\s+(?:sending|mailing|dumping|shipping|throwing)\b(?![^.!?]*\b(?:me|us)\b)|\b(?:don(?:'|’)?t|do not|never|please don(?:'|’)?t) (?:unsubscribe|remove|take) me\b|\b(?:my|our) [\p{L}-]+(?: [\p{L}-]+)? (?:wants|would like|asked|asks|wishes|has asked) (?:me )?to (?:unsubscribe|be removed|be taken off|stop)\b|\b(?:i(?:'|’)d like to|i would like to|i want to|i(?:'|’)ll|i will|let me) (?:stay|remain|keep getting|keep receiving|stay subscribed|stay on)\b/iu;
// "To unsubscribe from these emails, reply STOP.": a footer telling how to stop, not a request.
const STOP_HOWTO = /\b(?:to|if you (?:want|wish|would like) to|you can)\s+(?:unsubscribe|opt[- ]?out|stop receiving)\b[^.!?]*\b(?:reply|click|text|send|visit|use|follow)\b|\b(?:reply|text|send)\s+["'“‘]?stop["'”’]?\s+to\b/i;
const STOP_ADDRESS = /\b(?:unsubscribe|remove|take|delete)\s+(?:my|our)\s+(?:old|work|other|previous|former|personal|second|alternate|school|uni|university|office)\s+(?:e-?mail|address|account)\b[^]*\b(?:instead|use|switch|new|updated?|change)\b|\b(?:use|send (?:them|these|it|mail|everything) to) (?:this|my new|the new) (?:one|address|e-?mail)\b/i;
// "I really don't want to let it go", "I said drop it, but … it's back on": a drop refused or taken back is none.
const DROP_UNMEANT = /\b(?:please\s+)?(?:don(?:'|’)?t|do not|no need to)\s+(?:take|cross|strike|scratch|remove|drop|delete|cancel)\s+(?:it|this|that|me)(?:\s+one)?\b|\b(?:don(?:'|’)?t|do not|doesn(?:'|’)?t|never)\s+(?:really\s+)?(?:want|wish|mean|intend|plan)\s+to\s+(?:let\s+(?:it|this|that)(?:\s+one)?\s+go|drop|give up|cancel|abandon|scrap|quit)\b|\b(?:i|we)\s+(?:said|told you|wrote|asked you)\s+(?:to\s+)?(?:drop|cancel|scrap|forget)\s+(?:it|this|that)\b[^.!?]*\bbut\b|\bignore my (?:last|previous|earlier) (?:e-?mail|message|mail|reply|note)\b/i;
const SAME_DATE = /\b(?:same|original|usual)\s+(?:date|day|time|week)\b(?!\s+next\b)|\b(?:date|day)\s+(?:stays|remains|is unchanged)\b/i;
const CORRECTS_EARLIER = fastEdges(/(?<![\p{L}])(?:(?:small|quick|one|a|petite|peque[ñn]a|kleine|piccola|pequena)\s+)?(?:correction|correcci[óo]n|korrektur|correzione|corre[çc][ãa]o|correctie)\s*(?:to|on|à|a|de|zu|al|ao|op)\s+(?:my|mon|ma|mi|meine[mnr]?|il mio|la mia|o meu|a minha|mijn)\b|(?<![\p{L}])(?:i (?:said|replied|answered|wrote)|je (?:vous|t['’]) ai (?:r[ée]pondu|dit|[ée]crit)|les dije|os dije|eu (?:disse|respondi)|ich (?:habe|hab) (?:euch |ihnen )?(?:geschrieben|gesagt|geantwortet))\s*[:,]?\s*["“'‘«»]*\s*(?:done|fait|hecho|feito|erledigt|fertig|fatto)\b/iu);
const FRONTED = fastEdges(/^(?:(?:and|also)\s+)?((?!(?:i|we|it|this|that|then|so|and|but|also|yes|ok|okay|sure|tomorrow|today|tonight)\b)\p{L}[\p{L}\d'’-]*(?:\s+\p{L}[\p{L}\d'’-]*){0,3})\s+(?:i|we)\s*(?:will|(?:'|’)ll|shall)\s+(send|bring|share|post|email|upload|forward|print|do|finish|submit|circulate)\b/iu);
// "Bringing chapati for everyone 🙂", "bringing snacks!": a thing with no article (food, plurals) too, the smile after it left.
const BRINGING = /^\s*(?:(?:and|also|plus|oh|ok)[,\s]+)?bringing\s+((?:(?:a|an|some|the|two|three|\d+)\s+)?(?!(?:it|them|him|her|me|us|you|back|up|along|over|in|out|forward|down|together|my|our|his|their)\b)[^,.!?]{2,50}?)(?:\s+(?:too|as well|along))?[\s.!]*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d][\s.!]*)*$/iu;
const WEEK_AFTER_PREV = /\s*,?\s+(?:the week after|the following week|a week later|la semaine (?:suivante|d['’]apr[eè]s)|la semana (?:siguiente|despu[ée]s)|die woche (?:danach|darauf)|a semana seguinte|la settimana (?:dopo|successiva)|de week erna)(?:[\s.!]*$|(?=\s+(?:to|so that|in order to|pour|para|um)\s))/i;
const DAY_TAKEN = /,\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|that day|the weekend)\s+(?:is|was|'s|’s)\s+[^,]*$/i;
const STATE_TO_COME = /^(?:be|look for|find)\s+the\s+one\s+(?:with|in|wearing|holding|carrying|in charge of the\s+(?:snacks|tea|coffee))\b|^(?:(?:actually|finally|really|hopefully)\s+)?(?:be|feel)\s+(?:(?:a\s+bit|a\s+little|more|much|so|properly|finally|back\s+to)\s+)?(?:sane|free|freer|normal|human|myself|ourselves|better|well|less busy|calmer|rested|sane again)\b|^(?:(?:actually|finally|really|hopefully)\s+)?have\s+(?:(?:my|our|some|more|the|free|a\s+few)\s+)?(?:evenings|weekends|time|headspace|bandwidth|energy|capacity|a life|free time|spare time|breathing room)(?:\s+(?:again|back)\b.*)?\s*$|^(?:stepping|step)\s+(?:back|down|away)\b/i;
const NEXT_ONE = /^(?:catch|make|come to|join|see you at|attend|be at|try for|aim for|go to)\s+(?:the\s+)?next\s+(?:one|time|session|meet-?up|event|klatch)\b/i;
const COMPANION_TAIL = /(\s+(?:y|e|et|und|en|and)\s+(?:a\s+)?)(?=(?:mi|mis|my|mon|ma|mes|meine?n?|mio|mia|il mio|la mia|o meu|a minha|mijn)\s)/iu;
// "Tô dentro! Levo o meu projetor.", "Yo llevo el proyector", "Ik neem een taart mee": bringing something along, in the person's own language.
const FOREIGN_BRING_ALONG = /^(?:(?:e|y|et|und|en|ok|sim|s[íi]|oui|ja|og|och)[,!\s]+)?(?:eu\s+|yo\s+|je\s+|ich\s+|io\s+|ik\s+|ek\s+|(?:jeg|jag|vi)\s+(?:(?:også|gerne|gjerne|gärna|nok|bare)\s+)?(?=(?:tager|tar|medbringer)\s))?((?:levo|llevo|llevar[ée]|traigo|traer[ée]|trago|trarei|j['’]apporte|j['’]apporterai|j['’]am[èe]ne|ich bringe|ich bring|bringe ich|porto|porter[òo]|ik breng|(?:ik\s+)?neem(?=\s.*\smee(?![\p{L}]))|tuon|tuomme|p[řr]inesu|prinesiem|hozok|hozom|hozunk|atne[šs]iu|atsine[šs]iu|aduc|voi aduce|θα φέρω|φέρνω|אביא|נביא|میارم|می‌آورم|लाऊँगा|लाऊँगी|लाऊंगा|लाऊंगी|portar[ée]|ekarriko (?:dut|ditut)|võtan kaasa)\s+\S.*?|(?:neem|nemen|nehme|nehmen|bringe|bring|bringen)\s+\S.*?\s+(?:mee|mit|saam)|(?:(?<=(?:jeg|jag|vi)\s+(?:(?:også|gerne|gjerne|gärna|nok|bare)\s+)?)|(?<=^(?:(?:og|och|ja)[,!\s]+)?))(?:(?:tager|tar)\s+med(?:\s+(?:mig|meg|mej|os|oss))?\s+\S.*?|(?:tager|tar)\s+\S.*?\s+med|medbringer\s+\S.*?))[\s.!]*$/iu;
const BRING_COMPANION = /^(?:bring(?:ing)?|neem|breng|traigo|llevo|amène|j['’]amène|bringe|porto|levo|vou levar|tar\s+med(?:\s+(?:meg|mig|mej))?|tager)\s+(?:(?:also|too|ook|también|tambien|aussi|auch|anche|também|tambem)\s+)?(?:(?:my|mijn|m['’]n|mi|mis|mon|ma|mes|meine?n?|il mio|la mia|i miei|le mie|mia|mio|miei|o meu|a minha|minha|meu|a|de|die|min|mitt|mine|mina)\s+)?(?:[\p{L}-]+\s+)?(?:kids?|son|daughter|partner|wife|husband|friends?|neighbou?rs?|mum|mom|dad|mother|father|sister|brother|buurvrouw|buurman|buren|vriend|vriendin|dochter|zoon|man|vrouw|vecin[oa]s?|amig[oa]s?|hij[oa]s?|sobrin[oa]s?|prim[oa]s?|niet[oa]s?|nipote|nipoti|cugin[oa]|nev(?:eu|eux)|ni[èe]ce|cousine?|neffe|nichte|enkel(?:in)?|sobrinh[oa]|net[oa]|niece|nephew|cousin|grand(?:son|daughter|kids?)|voisine?s?|amie?s?|fille|fils|nachbar(?:in)?|freund(?:in)?|tochter|sohn|vizinh[oa]|filh[oa]|colleague|plus[- ]one|figli[oa]?|figlie|moglie|marito|fratell[oi]|sorell[ae]|amic[oa]|amici|amiche|hija|hijo|esposa|esposo|marido|mujer|herman[oa]|novi[oa]|femme|mari|fr[èe]re|s[œo]eur|copain|copine|frau|mann|bruder|schwester|kinder|irm[ãa]o?|esposo|kinderen|broer|zus|vriendje|kona|mannen|barna|ungene|familien|venn(?:en|er|inne)?|s[øo]ster(?:en)?|bror(?:en)?|datter(?:en)?|s[øo]nn(?:en)?|hunden|barnen|frun|kinders)s?(?![\p{L}])/iu;
// "Necesito un micrófono, el mío se dañó", "…, o meu avariou", "…, le mien est cassé": what befell one's own, after a comma.
const FOREIGN_WHY_TAIL = /,\s+(?:(?:el|la|los|las|o|a|os|as|le|la|les|il|i|lo)\s+(?:m[íi]o|m[íi]a|m[íi]os|m[íi]as|nuestro|nuestra|nuestros|nuestras|meu|minha|meus|minhas|nosso|nossa|nossos|nossas|mien|mienne|miens|miennes|n[ôo]tre|n[ôo]tres|miei|mie|nostro|nostra|nostri|nostre)\s+(?:se\s+|s['’]|si\s+|est\s+|[ée]tait\s+|es\s+|est[áa]\s+|ya\s+|j[áa]\s+|ne\s+|n['’])?(?!(?:y|e|et|o|ou|and|u|ni)(?![\p{L}]))\p{L}+|que|car(?=\s+(?:je|j['’]|nous|on|il|elle|ils|elles|la|le|les|c['’]|ça|cela|personne|mon|ma|mes|notre|nos)(?![\p{L}]))|porque|parce que|parce qu['’]|puisque|ya que|pues|weil|omdat|perch[ée]|poich[ée]|denn|zumal)\s+(?!(?:sea|sean|seja|sejam|tenga|tengan|tenha|tenham|pueda|puedan|possa|possam|sepa|sepan|saiba|saibam)(?![\p{L}]))\S.*$/iu;
const HAVE_Q = /^(?:(?:and|also|oh|btw|quick question)[,:\s]+)?(?:will|do|does|would|is|are|can)\s+(?:you|there|the\s+(?:venue|room|hall|place|library|centre|center))\s+(?:have|be|provide|offer|set up|get)\s+((?:a|an|any|some)\s+[^?,]{2,40}?)(?:\s+(?:there|available|on site|in the room))?\s*\?\s*$/i;
const RELIES_ON_IT = /\b(?:uses?|needs?|relies on|rely on|depends on|depend on|can(?:'|’)?t (?:hear|manage|cope) without)\s+(?:one|it|them|those)\b/i;
const IF_WANTS_THEN = /^(?:(?:and|also|oh|so|plus)[,\s]+)?(?:if|should)\s+(?:[\p{L}-]+\s+){0,3}?(?:wants?|needs?|would like|could use|(?:is|are)\s+interested\s+in)\s+((?:the|a|an|some|any|our|my|these|those)\s+[^,]{2,80}?)\s*,\s*(?:(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re|\s+am|\s+are|(?:'|’)d\s+be|\s+would\s+be)\s+(?:(?:more than|very|really|so)\s+)?(?:happy|glad|delighted|pleased)\s+to|(?:i|we)\s+(?:can|could)(?:\s+(?:easily|happily|gladly))?)\s+([\p{L}]+)\s+(?:them|it|those|these)(?:\s+(?:over|along|on))?\s*[.!]*\s*$/iu;
// Cancelling in other languages ("Purtroppo devo rinunciare", "Vou ter que desistir", "Cancelado", "abgesagt"), and told in
// the past ("Se canceló, el salón ya no estaba", "Lo suspendimos", "Cancelou-se").
const FOREIGN_DROP = /(?<![\p{L}])(?:(?:blev|ble|blir|bliver|er|är|har blitt|har blivit)\s+(?:(?:desværre|dessverre|tyvärr|nok|helt)\s+)?(?:aflyst|avlyst|inställd|inställt|aflyses|avlyses)(?![\p{L}])|(?:slet|slett|ta bort|fjern|radera|stryg)\s+(?:den|det|dem|mig|meg|mej)(?![\p{L}])|(?:(?:jeg|vi|jag)\s+)?(?:må|måste|er nødt til at|er nødt til å)\s+(?:(?:desværre|dessverre|tyvärr|nok)\s+)?(?:aflyse|avlyse|ställa in|droppe|opgive|gi opp|ge upp)(?![\p{L}])|(?:pean|peame|pidin|pidime)\s+(?:(?:selle|seda|kahjuks)\s+)*[äa]ra\s+j[äa]tma|j[äa]tan\s+(?:selle\s+)?[äa]ra|kustutage\s+(?:see|selle)|atšauki\p{L}*|atsisakau|(?:rhaid i mi |bydd rhaid )?(?:ganslo|canslo)|(?:אני\s+)?מבטל(?:ת)?|(?:נאלץ|נאלצת|צריך|צריכה)\s+לבטל|لغوش\s+کن\p{L}*|کنسلش\s+کن\p{L}*|باید\s+لغو|रद्द\s+कर\p{L}*|বাদ\s+(?:দিন|দাও|দিচ্ছি)|বাতিল\s+কর\p{L}*|peru(?:utan|n|taan)|joudun\s+perumaan|renun[țţt]\p{L}*|le\s+kell\s+mondanom|(?:yo )?me (?:bajo|salgo|retiro) de (?:esto|esta|este|eso)|(?:ahora|a partir de ahora) (?:se encarga|lo lleva|la lleva) (?:ella|él|el)|(?:je lui ai|je leur ai) (?:pass[ée]|confi[ée]) le relais|je passe la main|(?:passei|passámos|passamos) (?:isto|isso|a tarefa) (?:para|à|ao)|a partir de agora quem (?:trata|cuida) (?:disto|disso) [ée]|ho passato (?:il testimone|la mano)|(?:ich habe|hab) (?:es|das) an \S+ abgegeben|mag (?:eraf|weg|van de lijst|geschrapt worden)|(?:schrap|streep) (?:het|dat|hem) maar|haal (?:het|dat|hem) maar weg|devo rinunciare|ci rinuncio|rinuncio|lascio perdere|annullat[oa]|cancellat[oa]|vou ter que (?:desistir|cancelar)|desist(?:ir|o|i)|cancelad[oa]|se\s+(?:cancel[óo]|cancelaron|suspendi[óo]|suspendieron|anul[óo]|anularon)|cancel(?:ou|aram)-se|(?:lo|la|los|las)\s+(?:cancel(?:amos|[ée])|suspend(?:imos|[íi])|anul(?:amos|[ée]))|deixa pra l[áa]|(?:tengo|tenemos|tuve|tuvimos|tuvieron|voy|vamos) (?:que|a)(?: tener que)? (?:cancelar|dejar|abandonar|anular)(?:lo|la|los|las)?|(?:lo|la) (?:cancelo|anulo)|qu[íi]t(?:alo|ala|enlo|enla|adlo|adla)|(?:s[áa]c(?:alo|ala|adlo|adla)|s[áa]qu(?:enlo|enla|elo|ela)|b[óo]rr(?:alo|ala|enlo|enla|adlo|adla)|t[áa]ch(?:alo|ala|enlo|enla|adlo|adla))(?= de (?:la|mi|tu|su|sus|mis) (?:lista|listas|agenda|compromisos)(?![\p{L}]))|(?:devo|dobbiamo|dovr[òo]|dovremo|ho dovuto|abbiamo dovuto) (?:annullar|cancellar|rinunciar|lasciar perder)\p{L}*|toglietel[oa]|toglil[oa]|cancellatel[oa]|rimuovetel[oa]|eliminatel[oa]|(?:je (?:dois|vais devoir)|j['’]ai d[ûu]|nous avons d[ûu]|on a d[ûu]) (?:l['’])?annuler|(?:on|nous) (?:doit|devons|va devoir) (?:l['’])?annuler|j['’]annule|on annule|(?:retirez|enlevez|supprimez|rayez)[- ]l[ae]|haal (?:het|dat|die|dit|deze)(?: maar)? (?:van|uit)|(?:ik |we )?(?:moet|moeten) (?:het|dit|dat|hem) (?:helaas )?(?:afzeggen|annuleren|laten vallen|schrappen)|ik zeg (?:het )?af|ik stop ermee|ik haak af|gaat niet door|streich(?:t|en sie)? (?:das|dies|ihn|sie)|(?:ich|wir) (?:m[üu]ss(?:en)?|musste[n]?) (?:(?:es|das|ihn|sie|leider|wohl)\s+){0,3}(?:absagen|streichen|abblasen|canceln)(?![\p{L}])|(?:m[üu]ss(?:en|e)?|musste[n]?) (?:ich|wir) (?:[\p{L}-]+\s+){0,3}?(?:absagen|streichen|abblasen|canceln)(?![\p{L}])|(?:von|aus) (?:der|meiner|eurer|ihrer|deiner) liste (?:streichen|nehmen|löschen|entfernen)|(?:(?:ich|wir) (?:werde|werden)|(?:werde|werden) (?:ich|wir)) (?:(?:es|das|ihn|sie|leider|wohl)\s+){0,3}absagen m[üu]ssen|(?:ich|wir) sag(?:e|en) (?:es |das )?(?:leider )?ab|findet nicht statt|bitte (?:einfach\s+|ganz\s+)?(?:streichen|absagen|stornieren|rausnehmen|löschen)(?!\s+(?:sie\s+)?(?:mich|uns|meine))|(?:tenho|temos|tive|tivemos|vou ter|vamos ter) (?:que|de) (?:cancelar|desistir|largar)|(?:acho (?:que )?|é |e |creo que es |es |mejor dicho )?melhor (?:cancelar|desistir|deixar pra l[áa])|(?:creo que )?(?:es )?mejor (?:cancelar|anular|dejarlo)(?:lo|la)?|(?:pode(?:m)? |podem |pode )?(?:tira|risca|apaga|remove|corta|exclui|tirem|risquem|apaguem|removam|cortem|excluam)(?:r|m)?(?:-o|-a|-lo|-la)?(?: isso| isto| ele| ela| esse compromisso| este compromisso)? da (?:minha |nossa |sua )?lista|(?:j[áa] )?n[ãa]o vai (?:mais )?(?:acontecer|rolar)|nimeacha|tumeacha|siwezi tena|sitaweza tena|sitaweza kufanya|nimeghairi|tumeghairi|imeghairiwa|imesitishwa|nimesitisha|ifute(?:ni)?|(?:kena|terpaksa|perlu|harus|nak) (?:batal|batalkan|membatalkan|tarik diri)|batalkan|(?:tak|tidak|nggak|gak) jadi|tarik diri|hindi ko na (?:kaya|itutuloy|gagawin)|hindi na (?:po )?(?:matutuloy|tuloy)|di na (?:tuloy|matutuloy)|i-?cancel (?:na|ko na)|(?:ise|isko|ye|yeh) (?:list se )?hata do|lo dejo(?!\s+(?:para|pa|hasta|en))|renuncio|olv[íi]dalo|b[óo]rralo|annul[ée]e?|j['’]abandonne|je dois (?:abandonner|renoncer|laisser tomber)|(?:je\s+)?(?:pr[ée]f[èe]re(?:rais)?|vais|vaut mieux|mieux vaut)\s+(?:l['’]\s*)?(?:abandonner|laisser tomber|renoncer|annuler)|prefiero\s+(?:abandonar(?:lo|la)?|dejar(?:lo|la)|cancelar(?:lo|la)?|no hacer(?:lo|la))|prefiro\s+(?:desistir|cancelar|abandonar|largar)|preferisco\s+(?:rinunciare|lasciar(?:e)?\s+perdere|annullare|mollare)|(?:lascio|lasciamo)\s+perdere|(?:ich\s+)?(?:m[öo]chte|w[üu]rde)\s+(?:es\s+|das\s+)?lieber\s+(?:absagen|streichen|aufgeben|fallen lassen)|schrap\s+(?:deze|dit|het|die|dat|hem)(?:\s+maar)?|laat\s+(?:deze|dit|het|die|dat|hem)\s+maar\s+(?:vallen|schieten)|il faut que j['’]abandonne|je renonce|on abandonne|je laisse tomber|laisse tomber|je dois annuler|abgesagt|ich muss (?:es )?absagen|ich gebe (?:es )?auf|streich(?:t|en sie)? es|f[äa]llt aus|afgelast|geannuleerd|ik zie ervan af|odwołan[ey]|mus[íi]m(?:e)? (?:(?:to|bohužel|bohuzel|asi|nakonec)\s+){0,3}(?:zru[šs]it|zru[šs]i[ťt]|vzd[áa]t)|(?:je to |bohužel )?zru[šs]en[oé]|(?:vy)?škrtn(?:ěte|i|ete)|zru[šs]il(?:i|a|y)?(?:\s+jsme|\s+jsem)?|ακυρώθηκε|ακυρώνω|ακυρώνεται|töröljétek|lemondom|ru[šs][íi]m to|rezygnuję|muszę zrezygnować|musz[ęe] z tego zrezygnowa[ćc]|z tego rezygnuj[ęe]|rezygnuj[ęe] z tego|odpuszczam|odpuszczamy|odpuszczę|odpuścimy|(?:muszę|musze|musimy|chyba|niestety)\s+(?:(?:to|z tego|niestety|jednak|sobie)\s+)*(?:odpuścić|odpuscic|zrezygnować|zrezygnowac|odwołać|odwolac|anulować|anulowac)|отмен(?:ено|яется|яем|ил[аи]?|ить)|отказываюсь|iptal(?: edildi| ettim| et)?|vazgeçtim|vazgeçiyorum|bırakmam gerekiyor|bırakmak zorundayım|bırakıyorum|listemden (?:çıkar\p{L}*|sil\p{L}*)|batal|dibatalkan|cancel kar do|chhod do|ألغي|الغي|تم الإلغاء|سألغي)(?![\p{L}])|中止|キャンセル|やめます|辞退|取消了|不做了|放弃了|ขอยกเลิก|ยกเลิก/iu;
// Done in other languages ("Готово!", "終わりました", "搞定了", "Ho gaya", "تم", "ya quedó", "zrobione", "bitti").
const FOREIGN_DONE = /(?<![\p{L}])(?:(?<=(?:^|[,.!]\s{0,3}))(?:k[ée]sz|gata|fet|ferdig|f[æä]rdig|eginda|tehtud|valmis|hotov[oé]|spraven[ée]|padaryta|atlikta)(?=\s*(?:[!.,]|$|[\p{Extended_Pictographic}]))|am f[ăa]cut-o|am terminat|l-am terminat|megcsin[áa]ltam|megcsin[áa]ltuk|megtartottuk|siker[üu]lt|ja [ée]s fet|ja est[àa] fet|ho (?:hem|vam) fer|egin (?:genuen|dugu|nuen)|wedi(?:['’]i)? (?:ei )?(?:wneud|gorffen)|gwnaed|בוצע|עשיתי|עשינו|סיימתי|סיימנו|הצלחנו|انجام شد|انجامش دادم|تموم شد|تمام شد|हो गया|हो गई|कर लिया|कर दिया|পূর্ণ হয়েছে|হয়ে গেছে|শেষ হয়েছে|করে ফেলেছি|শেষ করেছি|c['’](?:est|était) (?:(?:bel et bien|d[ée]j[àa]|enfin)\s+)?(?:fait|chose faite)|(?<=(?:^|[,.!¡]\s{0,3}))listo(?=\s*[!.])|tehty|hotovo|splněno|έγινε|(?:το\s+)?έκανα|ya qued[óo]|ya est[áa]|ya lo (?:hice|hicimos)|готово|сделано|сделал[аи]?|провел[аи]?|всё прошло|все прошло|zrobione|gotowe|zrobiłe[mś]|zrobiłam|zrobiliśmy|tamamlandı|bitti|yaptım|yaptık|(?<=^|[,.!]\s{0,3})(?:ho gaya|ho gayi|ho gya)|kar diya|kar liya|kar di|sudah selesai|selesai|sudah beres|beres|tapos na|nahuman na|nahuman|natapos na|nagawa (?:ko|namin) na|klaar|gedaan|fatto|finito|klart|gjort|(?:det|den)\s+(?:blev|ble|blei)\s+(?:av|noe av|til)|gick\s+(?:jätte|riktigt\s+|väldigt\s+|supe?r\s*)?bra|gikk\s+(?:veldig\s+|kjempe)?(?:bra|fint)|gik\s+(?:rigtig\s+|super\s*)?godt|genomförd(?:es)?|gjennomført|gennemført|fandt\s+sted|ägde\s+rum|feito|(?:het\s+)?(?:is\s+)?gelukt|afgerond|(?:het\s+)?is\s+gebeurd|(?:het\s+)?ging\s+(?:heel\s+|erg\s+|super\s+)?(?:goed|prima|top|geweldig)|was\s+(?:een\s+)?(?:groot\s+)?succes|hat\s+(?:(?:gut|super|prima|toll|wunderbar|alles)\s+)?(?:geklappt|funktioniert|stattgefunden)|(?:ist\s+)?erledigt|(?:hab|habe|haben)\s+(?:(?:ich|wir|es|das)\s+){0,2}(?:gemacht|erledigt|geschafft)|lief\s+(?:richtig\s+|sehr\s+|echt\s+)?(?:super|gut|toll|prima)|war\s+ein\s+(?:voller\s+)?erfolg|deu\s+(?:tudo\s+)?certo|correu\s+(?:muito\s+|super\s+|tudo\s+)?bem|foi\s+um\s+sucesso|rolou|fizemos|terminei|terminamos|sali[óo]\s+(?:todo\s+|muy\s+|s[úu]per\s+)?(?:bien|genial)|lo\s+(?:logr[ée]|logramos|conseguimos|consegu[íi])|fue\s+un\s+[ée]xito|se\s+hizo|terminad[oa]|termin[ée]|(?:è|e['’])\s+andat[ao]\s+(?:molto\s+|davvero\s+|super\s+)?(?:bene|benissimo|alla grande)|ce\s+l['’](?:ho|abbiamo)\s+fatta|l['’]abbiamo\s+fatto|completat[oa]|(?:è|e['’])\s+stat[oa]\s+un\s+successo|(?:ça|ca|cela)\s+s['’]est\s+(?:tr[èe]s\s+|super\s+|vraiment\s+)?bien\s+pass[ée]|(?:ça|ca|cela)\s+a\s+(?:bien\s+|super\s+)?march[ée]|c['’][ée]tait\s+(?:super|g[ée]nial|top|chouette|formidable)|on\s+l['’]a\s+fait|c['’]est\s+(?:(?:bien|d[ée]j[àa]|enfin|tout)\s+)?fait|(?:a|ont)\s+eu\s+lieu|r[ée]ussi|imekamilika|nimemaliza|tumemaliza|nimekamilisha|tumekamilisha|nimefanya|tumefanya|imefanyika|ilifanyika|(?:ilienda|imeenda|ilikwenda)\s+(?:vizuri|poa)|(?:dah|sudah|udah|telah)\s+(?:siap|buat|jalan|dibuat|dilaksanakan|berjalan|settle|beres|kelar)|berjaya|berhasil|sukses|done\s+na|nangyari\s+na|natuloy\s+(?:na|naman)|ho\s+chuk[ai]|kar\s+chuk[aie]|(?:\d+|veel|viele|muitas|muchas|molte|tante|beaucoup\s+de|ramai|maraming|wengi)\s+(?:mensen|deelnemers|leute|personen|teilnehmer(?:innen)?|pessoas|personas|persone|personnes|orang|tao|log|watu)\s+(?:(?:zijn|sind|sono|se\s+sont|sont|ang)\s+)?(?:kwamen|gekomen|waren\s+(?:er|da)|kamen|gekommen|vieram|apareceram|vinieron|asistieron|venut[ei]|venu(?:e)?s|datang|hadir|dumating|dumalo|aaye|walikuja)|(?:er\s+kwamen|es\s+kamen|vieram|vinieron|sono\s+venut[ei]|c['’]erano|il\s+y\s+avait|on\s+[ée]tait|waren\s+er|walikuja|watu)\s+(?:\d+|ramai|wengi)(?:\s+walikuja)?|تم|انتهيت|أنجزت|خلصت|خلصنا|أنهيت)(?![\p{L}])|終わりました|終わった|完了(?:しました)?|できました|やりました|済みました|搞定|(?<![\p{L}])(?:đã xong|xong rồi|làm xong|hoàn thành rồi)(?![\p{L}])|完成了|做完了|办完了|弄好了|완료|끝났|(?<!ไม่)(?:เสร็จแล้ว|เรียบร้อยแล้ว)/iu;
// A negation in the same sentence ("не сделал", "nie zrobiłem", "abhi nahi hua") takes the done back.
const FOREIGN_NEG = /(?<![\p{L}])(?:nem|nu(?=\s+(?:am|a|s-a|e|este|l-am|o|mai)(?![\p{L}]))|ei(?=\s+(?:ole|oo|viel[äa]|ollut|saatu|tehty))|d?dim(?=\s+(?:eto|wedi|yn|ond|byd))|לא|نه|नहीं|नही|না|нет|не|nie|no|ne|nicht|non|niet|değil|belum|nahi|nahin|não|nao|pas|geen|kein\p{L}*|nessuno|hindi|wala|tidak|takde|bukan|nggak|gak|sio|bado|tak(?=\s+(?:siap|jadi|sempat|dapat|boleh|buat|selesai|habis|berjaya|menjadi|jalan))|لم|ما|لسه|casi|presque|quase|quasi|fast|bijna|prawie|почти|neredeyse|hampir|lagbhag)(?![\p{L}])|まだ|还没|還沒|没有|아직|ไม่|ยัง/iu;
// Not yet in other languages ("Jeszcze nie", "Henüz değil", "Belum", "Abhi nahi hua", "まだです", "ещё нет", "还没").
const FOREIGN_NOT_YET = /(?<![\p{L}])(?:(?:ahora|por ahora|de momento|por el momento|en este momento)\s+no|pas (?:pour l['’]instant|maintenant|pour le moment|tout de suite|encore)|(?:im moment|momentan|gerade|derzeit|zurzeit|aktuell)\s+(?:leider\s+)?(?:noch\s+)?nicht|aufgeschoben ist nicht aufgehoben|(?:agora|por enquanto|no momento|por agora)\s+n[ãa]o|(?:per ora|al momento|per il momento|adesso|ora)\s+no|non (?:ora|adesso|ancora|per ora)|(?:nu|op dit moment|momenteel|voorlopig)\s+(?:even\s+)?niet|nog even niet)(?![\p{L}])|^\s*(?:нет|ні|hayır|tidak|enggak|nggak|nahi|nahin)(?![\p{L}])|(?<![\p{L}])(?:nog nie|nog steeds nie|n[íi] f[óo]s|n[íi] go f[óo]ill|n[íi]l (?:s[ée]|s[íi]|m[ée]|muid|siad)? ?(?:\p{L}+ )?(?:d[ée]anta )?f[óo]s|ajun (?:nahi|jhala nahi|zala nahi|kela nahi)|veel mitte|veel ei|mitte veel|dar ne|dar nebaig\p{L}*|zat[íi]m ne|zatia[ľl] nie|encara no|oraindik ez|ez oraindik|d?dim eto|עוד לא|עדיין לא|هنوز نه|هنوز ن\p{L}+|अभी नहीं|अभी तक नहीं|এখনো হয়নি|এখনও হয়নি|এখনো না|এখনও না|gena\s+al\p{L}+|m[áa]s o menos|a medias|hicimos la mitad|fizemos (?:a )?metade|mais ou menos|à moitié|nos falta|nous reste|halb fertig|zur h[äa]lfte|a met[àa]|nada (?:a[úu]n|todav[íi]a|ainda)|(?:a[úu]n|todav[íi]a|ainda) nada|todav[íi]a no|a[úu]n no|ainda n[ãa]o|pas encore|noch nicht|non ancora|nog niet|ikke enn[åa]|ikke (?:helt )?(?:ferdig|færdig)|inte (?:helt )?färdig|inte [äa]n|ещё нет|еще нет|пока нет|ещё не|еще не|jeszcze nie|je[šs]t[ěe] ne|[îi]nc[ăa] nu|shche ne|shche ni|ще не|ще ні|ще нi|ещё нет|még nem|ei vielä|ei ole vielä|όχι ακόμα|όχι ακόμη|ακόμα όχι|ακόμη όχι|chưa xong|chưa làm|vẫn chưa|e[šs]te nie|henüz (?:değil|yapmadım|olmadı|bitmedi)|daha (?:değil|yapmadım|bitmedi)|belum|abhi (?:tak )?nahi\p{L}*|nahi hua|hindi pa|wala pa|di pa|ginagawa (?:ko|namin) pa|inaayos (?:ko|namin) pa|bado(?:\s+(?:sija|hatuja|haija)\p{L}*)?|sijamaliza|hatujamaliza|sijafanya|hatujafanya|haijakamilika|haijafanyika|ancora no|non (?:l['’]ho|l['’]abbiamo|ho|abbiamo) ancora|ci (?:sto|stiamo) (?:ancora )?lavorando|sto ancora|nog (?:mee )?bezig|ben er nog mee bezig|(?:bin|sind) noch dran|noch in arbeit|(?:sigo|seguimos) (?:en|con) (?:ello|eso)|(?:estoy|estamos) en eso|en eso estoy|ainda (?:estou|estamos|t[ôo]|tamo|tamos) (?:nisso|trabalhando|fazendo|nessa)|t[ôo] nessa|j['’]y travaille|on y travaille|nous y travaillons|je suis dessus|belum lagi|belum siap|tak sempat lagi|masih dalam proses|(?:abhi )?baaki hai|abhi chal raha|n[ãa]o (?:deu|rolou|aconteceu|consegui|conseguimos|fiz|fizemos)(?: (?:ainda|não|nao))?(?= *(?:[.,;!…]|$|[\p{Extended_Pictographic}]))|no (?:pude|pudimos|alcanc[ée]|se dio|se pudo)(?= *(?:[.,;!…]|$|[\p{Extended_Pictographic}]))|(?:lessa|lesa|lissa|lisa|lsa|lsaa|lessaa|lissaa)\s+(?:ma|mesh|mish|msh|mafeesh|mafish|m[ae]\s*\p{L}+)|(?:ma|mesh|mish|msh)\s+(?:\p{L}+\s+)?(?:lessa|lesa|lissa|lsa)|ليس بعد|لسه|لم (?:أنته|انته|أنجز|انجز)|لم\s+(?:\p{L}+\s+){1,6}?بعد(?=\s*(?:[.!،,؛]|$)))(?![\p{L}])|まだ(?:です|だ|終わって|できて|$)|还没(?!想好|决定|定|确定)|還沒(?!想好|決定|定|確定)|아직|ยังไม่/iu;
// Moving it in other languages ("przełożyć na styczeń", "verschieben", "je le reporte", "décaler", "verzet naar").
const FOREIGN_MOVE = /(?<![\p{L}])(?:skuif|verskuif\p{L}*|stel (?:dit|ons dit|ek dit) uit|uitgestel|uitstel|flytt\p{L}*\s+(?:det|den|dem|dette|\p{L}+(?:en|et|na|ne|a))\s+(?:til|till|fram|frem)|utsett\p{L}*|utsatt|utsätt\p{L}*|skjut\p{L}*\s+(?:upp|på|fram)|udsæt\p{L}*|udskyd\p{L}*|cuir(?:fidh|fimid|eamar|im)? (?:\p{L}+ )?siar|i-?urong|iurong|ibalhin|perkel(?!e(?![\p{L}]))\p{L}*|nukel\p{L}*|atidė\p{L}*|edasi\s+l[üu]kka\p{L}*|siirty\p{L}*|(?:ας|να)\s+το\s+π[άα]με|μεταθ[έε]σ\p{L}*|αναβ[άα]λ\p{L}*|αναβολ\p{L}*|לדחות|נדחה|נדחית|דחינו|להזיז|(?:بذار|بگذار)\p{L}*\s+برای|عقب\s+بنداز\p{L}*|موکول|(?:ku|tu|ni|u|m|wa|a)?(?:i|li|ki|vi)?sogez\p{L}*|symud|gohirio|elhalaszt\p{L}*|halasszuk|tegy[üu]k\s+át|áttesz\p{L}*|átten\p{L}*|टाल\p{L}*|आगे\s+बढ़ा\p{L}*|পিছিয়ে|siirret[äa][äa]n|siirr[äa]n|siirt[äa]isin|(?:kan|kunnen|mag) (?:het|dat|we het|ik het) (?:naar|tot)|perenest\p{L}*|perenes\p{L}*|d[ờo]i sang|l[ùu]i sang|am[âa]n\p{L}*|m[ua]t[ăa]m|m[ua]ta\p{L}*|przeł[oó][żz]\p{L}*|przesun\p{L}*|przesuw\p{L}*|posun\p{L}*|p[řr]esun\p{L}*|odlo[žz]\p{L}*|odsun\p{L}*|перен[её]с\p{L}*|перенест\p{L}*|отлож\p{L}*|ertele\p{L}*|verzet\p{L}*|verschuiv\p{L}*|verschov\p{L}*|(?:op|door)geschoven|uitgesteld|verplaats\p{L}*|verschieb\p{L}*|verschob\p{L}*|verleg\p{L}*|d[ée]cal\p{L}*|report(?:e|er|é|ée|és|ons|ez)|repouss\p{L}*|pospon\p{L}*|re-?program\p{L}*|riprogramm\p{L}*|umgebucht|umbuch\p{L}*|neu\s+angesetzt|omgeboekt|herpland|aplaz\p{L}*|posterg\p{L}*|adi(?:ar|ei|amos|ado|ada|a)|remarc\p{L}*|remarqu\p{L}*|rimand\p{L}*|spost\p{L}*|posticip\p{L}*|diundur|mundur|ditunda|tunda|pas(?:ar|amos|emos|emoslo|amoslo)(?:lo|la)?|mov(?:er|emos|amos|imos)(?:lo|la)?|(?:lo|la)\s+(?:(?:podemos|podr[íi]amos|puedo|podr[íi]a|vamos\s+a)\s+)?corr(?:er|emos|amos|o)(?= (?:al?|para|hasta|pa)\s)|corr(?:er|emos|amos)(?:lo|la)(?= (?:al?|para|hasta|pa)\s)|muev(?:o|e|en)|lo muevo|la muevo|lo paso|la paso|lo movemos|la movemos|cambi(?:ar|amos|emos)(?:lo|la)?(?= (?:al?|para|hasta))|lo cambiamos|(?:mud|pass|jog|empurr|troc)(?:ar|amos|a|ei|o|emos|amos)(?:(?:-o|-a|-lo|-la)|\s+(?:isso|isto|ele|ela))?(?= (?:para|pra|pro|p\/)(?![\p{L}]))|(?:b|bi|h|ha|han|bn|hn|n|ra7\s+n|rah\s+n)?n(?:a)?(?:q|2|')[ei]?l(?:ha|ho|hom|o|u|na|naha|nah)?|(?:b|bi|h|ha|han|bn|hn|n|ra7\s+n|rah\s+n)?(?:2a(?:jj|gg|j|g)|a(?:jj|gg))[ei]l(?:ha|ho|hom|o|u|na|naha|nah|t)?|(?:n|b|h|ha|bn|hn)?(?:gh|g|8)ayy?[ae]r\p{L}*\s+(?:el|al|il)[\s-]*(?:ma3ad|maw3ed|maw3id|tare5|tari5|tarikh|ta2ree5|yom|youm)|pode ficar|d[ée]plac\p{L}*|remet(?:s|tre|tons|tez)?|(?:auf|in)\s+\S+\s+(?:legen|verlegen)|verleg\p{L}*|przenie\p{L}*|przenos\p{L}*|(?:shift|postpone|reschedule|move|push) kar\p{L}*|تأجيل\p{L}*|تأجيله|نؤجل|نأجل|أؤجل|تأخير\p{L}*|\p{L}*ahirish\p{L}*|tangguh\p{L}*|ditangguhkan|ipagpaliban|ilipat|(?:i|na|ni)-?resched\p{L}*|(?:i|na|ni)-?(?:move|postpone)|aage (?:badha|kar)\p{L}*|fica (?:para|pra|pro|p\/)|ficou (?:para|pra|pro)|(?:je|on) vise|nous visons|(?:estoy |estamos )?apunt(?:o|amos|ando) a|deix(?:o|amos|arei|aremos) (?:para|pra|pro|p\/)|deixa (?:para|pra|pro|p\/)|queda para|qued[óo] para|(?:lo|la)\s+dej(?:o|amos|ar[ée]|aremos)\s+para|dej[ée]moslo para|ce sera pour|on remet (?:ça )?à|remis à)(?![\p{L}])|延期|延ばし|ずらし|推迟|推遲|改到|改期|延后|延後|미루|연기|เลื่อน/iu;
// Bringing something to an invitation in Tagalog ("magdadala ako ng extension cord", "ako na ang magdadala ng yelo"), Hinglish
// ("mithai le aaunga", "snacks laa dungi") and Arabizi ("hageeb el pizza", "ra7 jib el 7elo", "ha-geeb chairs").
const FOREIGN_BRING = /^(?:(?:at|tsaka|saka|and|aur|w|wa|we|o|plus)[,\s]+)?(?:(?:ako|kami)\s+na\s+(?:po\s+)?(?:ang\s+)?)?(magdadala|magbabaon|magdadala\s+rin|magdadala\s+din)(?:\s+(?:ako|kami|po|rin|din|na|lang|nalang))*\s+((?:ng|nang)\s+\S.*?)[\s.!]*$|^(?:(?:aur|and|main|hum|mai|par)\s+)*((?!(?:main|mai|hum|ham)\s)[^,;]{2,40}?\s+(?:le\s+aa(?:unga|ungi|enge|yenge|ega|egi)|le\s+ke\s+aa(?:unga|ungi|enge)|leke\s+aa(?:unga|ungi|enge)|laa?\s?(?:unga|ungi|enge|yenge)|la\s+(?:dunga|dungi|denge)|laa\s+(?:dunga|dungi|denge)))[\s.!]*$|^(?:(?:w|wa|we|and|o|bas|w\s+kaman)[,\s]+)?(?:ana\s+)?((?:hageeb|hagib|hageb|hagyb|ha-geeb|hgeeb|hajeeb|hajib|bageeb|bajeeb|bjeeb|bjib|ra7\s+(?:ajeeb|ajib|jeeb|jib|2ajeeb|ajib)|rah\s+(?:ajeeb|ajib|jeeb|jib))\s+\S.*?)[\s.!]*$/iu;
// Said beside a new date after a not-yet, these add nothing: "but", "for sure", "I'll do it" in other languages
// ("Henüz değil, ama bu hafta sonu yapacağım", "Belum, minggu depan ya", "agle hafte pakka").
const FOREIGN_LATER = /(?<![\p{L}])(?:ama|ancak|fakat|aber|mais|pero|mas|ale|но|tapi|lekin|ya|yaa|deh|aja|pasti|pakka|zaroor|zarur|seguro|seguramente|sin falta|sans faute|sicuro|sicuramente|sicher|bestimmt|s[ûu]r|s[ûu]rement|certo|com certeza|sem falta|zeker|pewnie|na pewno|точно|обязательно|kesin|kesinlikle|in[-\s]?(?:sh|sy|ch|ş|s)(?:a|aa)?[-'’\s]?allah|(?:pwede|puwede)(?:\s+po)?\s+ba(?:ng)?|na lang|nalang|po|opo|promise|pangako|janji|samahani|pole|maaf|mohon maaf|pasensya(?: na)?|perd[óo]n|desculp[ae]|scus(?:a|ate|ami)|d[ée]sol[ée]e?|sorry|entschuldigung|excuses|hindi pa|di pa|belum(?: lagi)?|bado|nog niet|noch nicht|todav[íi]a no|a[úu]n no|ainda n[ãa]o|pas encore|non ancora|ancora no|abhi nahi|nitafanya|nitamaliza|tutafanya|tutamaliza|gagawin (?:ko|namin)|tatapusin (?:ko|namin)|kar lunga|kar lenge|ho jayega|ho jaega|\p{L}+(?:acağım|eceğim|acağız|eceğiz)|zrobię|zrobimy|dokończę|skończę|сделаю|сделаем|закончу|доделаю|lo har[ée]|la har[ée]|lo hago|l[oa] (?:termino|acabo|terminar[ée]|acabar[ée])|je l(?:e|a) (?:finis|termine|finirai|terminerai)|eu (?:termino|acabo)|vou (?:terminar|acabar)|(?:ich mache es|mache ich) fertig|je le fais|ich mache es|mache ich|lo faccio|lo far[òo]|eu fa[çc]o|vou fazer|ik doe het|doe ik|karunga|karungi|karenge|kar dunga|kar denge)(?![\p{L}])/giu;
// "agle hafte karunga", "bu hafta sonu yapacağım", "сделаю в январе": I will do it, in other languages.
const FOREIGN_WILL = /(?<![\p{L}])(?:je m['’]y (?:mets|remets|attaque)|on s['’]y (?:met|remet)|je m['’]en occupe|stihnu|stihneme|dod[ěe]l[áa]m|ud[ěe]l[áa]m|dokon[čc][íi]m|sprav[íi]m|urob[íi]m|megcsin[áa]lom|megcsin[áa]ljuk|befejezem|elv[ée]gzem|o termin|o fac|o s[ăa] fac|o voi termina|padarysiu|baigsiu|teen\s+(?:sen|[äa]ra)|hoidan|θα\s+το\s+(?:κάνω|τελειώσω|ολοκληρώσω)|אעשה|אסיים|נסיים|कर\s+दूँगा|कर\s+दूँगी|कर\s+दूंगा|कर\s+दूंगी|कर\s+देंगे|कर\s+लूँगा|कर\s+लूँगी|कर\s+लूंगा|कर\s+लूंगी|करूँगा|करूँगी|करूंगा|करूंगी|करेंगे|শেষ\s+করব|করে\s+দেব|করব|gwnaf|faré|ho acabaré|egingo\s+dut|amaituko\s+dut|fa[çc]o(?: isso)?|o fa[çc]o|lo hago|la hago|hago|lo faccio|faccio|je le fais|doe ik het|zrobi[eę] to|zrobimy to|doko[nń]cz[eę]|sko[nń]cz[eę]|o s[ăa]-l fac|o s[ăa] termin|[îi]l termin|zroblyu|zakinchu|em s[ẽe] l[àa]m|em s[ẽe] xong|m[ìi]nh s[ẽe] l[àa]m|(?:ich|wir) mach(?:e|en) (?:das|es)|mach(?:e|en) (?:ich|wir) (?:das|es)|nitafanya|nitamaliza|tutafanya|tutamaliza|gagawin (?:ko|namin)|tatapusin (?:ko|namin)|kar lunga|kar lenge|\p{L}+(?:acağım|eceğim|acağız|eceğiz)|zrobię|zrobimy|dokończę|skończę|сделаю|сделаем|закончу|доделаю|проведу|проведём|lo har[ée]|la har[ée]|je le ferai|ich mache es|lo far[òo]|vou fazer|vamos fazer|faremos|farei|(?:lo|la) haremos|vamos a hacerlo|(?:lo|la) vamos a hacer|(?:lo|la) faremo|lo facciamo|on le fera|nous le ferons|on va le faire|we doen het|doen we het|karunga|karungi|karenge|kar dunga|kar denge)(?![\p{L}])/iu;
// "ugh, slipped my mind 🙈 let's say the 14th?", "¿digamos el 14?", "disons le 14 ?": a new date put forward after a lapse.
const LETS_SAY = fastEdges(/\blet(?:'|’)?s\s+(?:say|call it|make it|go for|aim for|shoot for)\b|(?<![\p{L}])(?:digamos|pongamos|disons|sagen wir|diciamo|mettiamo|laten we zeggen|zeg maar)(?![\p{L}])/iu);
// "Will reply properly next week", "I'll get back to you on Friday": a later answer, not a new date for the thing.
const REPLY_LATER = /\b(?:reply|respond|answer|write back|write again|get back to (?:you|ye|u)|follow up with (?:you|u)|update (?:you|u)|let (?:you|u) know|fill (?:you|u) in|report back)\b/i;
// "did the first half", "I did it! Well… half of it", "Yes and no": part of it done, the rest still open.
const PARTIAL = /^\W*(?:only\s+)?(?:partially|partly|in part|sort of|kind of|kinda)\b|\b(?:got|did|done|finished|completed|filed|sent|wrote|made|ran|fixed|called|visited|printed|posted|delivered|booked)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+(?:the\s+|my\s+|our\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+(?:the\s+|my\s+|our\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s+[a-z'’-]+){0,2}?\s+(?:(?:are|is|were|was|got)\s+)?(?:done|finished|filed|sent|printed|posted|written|complete|completed|delivered|fixed|booked|up)\b|\byes and no\b|\b(?:done|did|finished|completed)\s+(?:most|half|part|some)\s+of\s+(?:it|them)\b|\b(?:did|done|finished|completed|wrote|ran|made|got through)\s+(?:the\s+)?(?:first|second|1st|2nd)\s+half\b|^\W*(?:well\W*)?(?:only\s+|just\s+)?(?:half|part|some)\s+of\s+(?:it|them)\b|\b(?:only|just)\s+(?:did\s+)?(?:half|part)\s+of\s+(?:it|them)\b/i;
// "Aiming to redo it on 9 January", "try again on the 12th": a new date for the part still to do.
const AIM_AGAIN = /\b(?:aiming|aim|planning|plan|going|want|wanting)\s+to\s+(?!(?:try|hope)\b)|\b(?:redo|re-?run|rerun|try (?:it )?again|trying (?:it )?again|do it again|run it again|have another go|give it another (?:go|shot|try))\b/i;
// A new date named as such ("New date: …", "Neuer Termin: …") or agreed ("… works for everyone here"), and a clock time beside it.
const NEW_DATE_HEAD = /^\s*(?:(?:the\s+)?new\s+(?:date|day|time)|neuer termin|neues datum|nouvelle date|nueva fecha|nova data|nuova data|nieuwe datum)\s*(?:[:：]|\s(?:is|ist|est|es|é|è)\b)\s*/i;
const DATE_SUITS = /\s+(?:works|suits|is good|is better|is fine)(?:\s+(?:for|with)\s+(?:everyone|everybody|us|me|all of us|the group|them))?(?:\s+(?:here|there|too|as well))?\s*[.!]*\s*$/i;
const CLOCK_AT = /\s+(?:um|at|@|à|às|a las|alle|om|kl\.?|o)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm|hrs|hours)?\s*[.!]*\s*$/i;
// "Can we do it some other time?", "I'll get to it later": a delay with no date is a not-yet (a reschedule carries its date).
const NO_DATE_LATER = /\b(?:some other time|another time|some other day|at some (?:other )?point|some ?day)\b|^\W*(?:(?:just|please|pls)\s+)?(?:drop (?:me|us) (?:a|an) (?:quick\s+)?(?:line|note|e-?mail|message|text)|check back|check in again|ask me again|try me again)\b|\b(?:do|get to|get round to|get around to|finish|tackle|sort|handle|try|move|push|make) (?:it|this|that)(?: one)? (?:a bit |a little )?later\b|\b(?:i(?:'|’)ll|i will|ill|will|gonna|going to)\s+(?:do|finish|get to|get round to|get around to|sort|tackle)\s+(?:it|this|that)(?: one)?\s+(?:after|once|when)\s/i;
// "I don't know when yet", "no idea when", "I'll let you know once things settle": the new date is not known yet.
const NO_DATE_KNOWN = /\bno (?:new )?date (?:yet|so far|for now|at the moment)\b|\bno new date\b(?!\s+(?:is|was)\s+needed)|\b(?:i(?:'|’)ll|i will|we(?:'|’)ll|we will|will)\s+(?:get back to|come back to|revert to|follow up with|write back to|be back (?:to|in touch with))\s+(?:you|u)\s+(?:with|on|about)\s+(?:a|the)\s+(?:new\s+)?(?:date|day|time)\b|\b(?:let you know|tell you|send you)\s+(?:a|the)\s+new\s+date\b|\b(?:don(?:'|’)?t|do not|doesn(?:'|’)?t|does not) know (?:yet )?when\b|\b(?:not sure|unsure|no idea|can(?:'|’)?t say|cannot say|hard to say) (?:yet )?when\b|\b(?:i(?:'|’)ll|i will|will) let (?:you|u) know (?:when|once|as soon as|after)\b|\b(?:once|when|until) things (?:settle|calm|quiet)/i;
// "It's happening next Saturday!", "it's on the 12th now": when it will take place, in a check-in a new date.
// "We have now booked the library for 20 May": the new booking said after the old date fell through.
const HAPPENING = fastEdges(/\b(?:it|this|that|the [\p{L}-]+)\s*(?:(?:'|’)s|is|will(?: now)? be|(?:'|’)ll(?: now)? be)\s+(?:now\s+|actually\s+|finally\s+)?(?:happening|on|taking place|going ahead|(?:booked|set|scheduled|planned|confirmed|pencill?ed in)(?:\s+in)?\s+for)\b|\b(?:we|i)\s*(?:(?:'|’)ve|\s+have)\s+now\s+(?:re-?)?(?:booked|scheduled|set|fixed|confirmed|pencill?ed in|got)\s+(?:[^\s.!?]+\s+){0,8}?for\s/iu);
// "The second session is booked for Saturday March 20th": a part of the thing now set for a day.
const PART_SET_FOR = /\bthe\s+(?:[\p{L}-]+\s+)?(?:session|workshop|meetup|meeting|klatch|sprint|event|one|half|part|round|date|room|hall|venue)\s+(?:is|was|has been|(?:'|’)s)\s+(?:now\s+|already\s+)?(?:booked|set|scheduled|confirmed|planned|pencill?ed\s+in)\s+for\b/iu;
// "gym's already booked", "the room is sorted", "flyers are all printed": how things stand, not a thing to do.
const AWAY_REPORT = /^(?:(?:and|so|also|but|after that|then|afterwards|after this|from then on|from then)[,\s]+)*(?:i(?:'|’)m|i am|we(?:'|’)re|we are|i(?:'|’)ll be|i will be|we(?:'|’)ll be|we will be)\s+(?:(?:then|also|mostly|just|actually)\s+)?(?:travell?ing|away|abroad|flying|on (?:leave|holiday|vacation|the road)|out of (?:town|the country|office))\b/i;
// "The projector was broken", "Port 8080 was blocked …", "the slides didn't load": something else, told in the past.
const PAST_ACCOUNT = /^(?:(?:and|so|but|also|plus|sadly|unfortunately|annoyingly|btw)[,\s]+)?(?!(?:i|we|i(?:'|’)\p{L}+|we(?:'|’)\p{L}+|to|let|will|gonna)\b)(?:[\p{L}\d'’-]+\s+){0,2}[\p{L}\d'’-]+\s+(?:was|were|wasn(?:'|’)?t|weren(?:'|’)?t|didn(?:'|’)?t|did not|got|had|went|broke|died|crashed|failed)\s/iu;
const STATE_REPORT = fastEdges(/^(?:(?:and|so|also|plus)[,\s]+)?(?:the\s+|our\s+|my\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?:(?:'|’)s|\s+is|\s+are|\s+was|\s+were|\s+has been|\s+have been)\s+(?:already\s+|all\s+|now\s+|just\s+|been\s+)*(?:booked|sorted|done|confirmed|reserved|arranged|ready|in place|taken care of|paid for|secured|printed)\b/iu);
const FOREIGN_REASON_TAIL = /,\s+(?:o|a|os|as|el|la|los|las|le|les|il|lo|gli|der|die|das|de|het|porque|pois|parce que|car|weil|denn|perch[ée])\s+(?=[^,]*(?<![\p{L}])(?:nunca|n[ãa]o|jamais|nie|niemals|nooit|mai|sempre|siempre|toujours|immer|altijd|tem|t[êe]m|tiene|tienen|hat|haben|heeft|hebben|ha|hanno|est|é|est[áa]|ist|sind|è|sono|son|sont|s[ãa]o)(?![\p{L}])).*$/iu;
// "I'm calling the community centre on Monday", "we're meeting the council on Thursday", "I'll book the room Friday": a step
// towards the thing checked on (rounds 23, 26, 36: not-yet and a commitment), not the thing itself at a new date.
const STEP_AHEAD = /(?:^|[,;:—–-]\s*|\b(?:but|so|and)\s+)(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re| am| are|(?:'|’)ll| will| shall)\s+(?:(?:also|going to|gonna|then|now|just|first)\s+)*(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|e-?mail(?:ing)?|messag(?:e|ing)|contact(?:ing)?|meet(?:ing)?(?: with| up with)?|book(?:ing)?|visit(?:ing)?|ask(?:ing)?|chas(?:e|ing)(?: up)?|talk(?:ing)? to|speak(?:ing)? to|check(?:ing)? with)\s+(?!(?:it|this|that|them|you|u)\b)(?!(?:[\p{L}'’-]+\s+){0,3}(?:klatch|klatsch|sprint|democamp|demo camp|event|session|workshop|meetup)\b)/iu;
const MOVE_WORD = /\b(?:postpon|reschedul|push|mov|delay|shift|bump|defer)\w*/i;
// "we're now doing it on Saturday 15 May", "it's the 20th instead": the new date told after the move.
const NOW_SET = /\b(?:we(?:'|’)re|we are|i(?:'|’)m|i am|we(?:'|’)ll|we will|i(?:'|’)ll|i will)\s+now\s+(?:doing|running|holding|having|hosting|do|run|hold|have|host|aiming|targeting|looking at|planning)\b|\binstead\b/i;
// "could we do next month?", "would January work?", "is it ok if we say the 12th?": a new date asked for.
const MOVE_ASK = /\b(?:can|could|would)\s+you\s+(?:check (?:back|in)|ask (?:me )?again|remind me|ping me|nudge me|follow up|email me|write (?:back|again)|try me)\b|\b(?:can|could|shall|may)\s+(?:we|i)\s+(?:do|make|move|push|have|say|go for|try|aim|shift|reschedule|postpone|bump|change|run|hold)\b|\b(?:would|does|will|is)\b.{0,40}\b(?:work|be (?:ok|okay|alright|fine))\b|\b(?:is it (?:ok|okay|alright|possible)|any chance|possible to)\b/i;
// Accepting in other languages, beyond FOREIGN_JOIN ("¡Me apunto!", "Tô dentro!", "main aaunga", "سأكون هناك").
const FOREIGN_JOIN2 = /^\s*(?:(?:akeed|akid|2akeed|2akid|tab3an)\s+(?:jay\p{L}*|jaye\p{L}*|ji\p{L}*|ra7\s+aji\p{L}*)|sí|si(?!\s+\p{L}+(?:\s+\p{L}+)?\s*,\s*\p{L})|sim|tak|да|evet|iya|ikut(?:an)?|haan|ha+n|claro(?: que s[ií])?|por supuesto|bien s[ûu]r|[ée]videmment|certo|certamente|natuurlijk|nat[üu]rlich|klar|oczywi[śs]cie|конечно|tabii(?: ki)?|tentu|zaroor|bilkul)(?![\p{L}])(?!\s*[,!.]?\s*(?:not|nicht|no|non|nie|не|değil|tidak|nahi)(?![\p{L}]))|^\s*(?:もちろん|当然|물론)(?!不|没|아니)|^\s*(?:volentieri|graag|gerne|gern|con gusto|con mucho gusto|avec plaisir|com prazer|claro que sim|claro que s[íi]|z przyjemnością|с удовольствием|memnuniyetle|dengan senang hati|sige|oo|game ako|g ako|nipo|tupo|vengo|ci sono|ci sto|ci stiamo|voy|bora|bora l[áa]|partiu|vamos nessa|vamo nessa|vamos|dale|on y va|allons-y|andiamo|apil ko|apil ako|sama ako|kasama ako)\s*[!.]*\s*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]\s*)*$|(?<![\p{L}])(?<!\bno\s)(?<!¿[^?!.]{0,40})(?:me sumo|nos sumamos|me uno|nos unimos|mi unisco|ci uniamo|je me joins|ik sluit me aan|wij sluiten ons aan|ich schlie(?:ß|ss)e mich an)(?![\p{L}])(?![^.!?¡¿]{0,40}\?)|(?<![\p{L}])(?:me apunto|me anoto|nos anotamos|ikut(?:an)? (?:dong|ya|deh)|(?:obvio|obviamente|claro|por supuesto|seguro|desde luego|s[ií]) que (?:voy|vamos|vengo|venimos|ir[ée]|iremos|estar[ée])|sim,? vou|nitakuja|tutakuja|nitakuwepo|tutakuwepo|nitahudhuria|tutahudhuria|(?:g|game) (?:ako|kami)(?: dyan| diyan| jan| d['’]yan)?|sasama (?:ako|kami)|(?:pupunta|punta) (?:ako|kami)|(?:saya|aku|kami) (?:akan )?(?:join|hadir|ikut)|all[íi] nos vemos|j['’]arrive|on arrive|ci vengo|ci veniamo|(?:saya |aku )?akan (?:datang|hadir)|بكل سرور|nos vemos all[áa]|all[áa] nos vemos|ah[íi] nos vemos|pupunta ako|pupunta kami|aa(?:unga|ungi)|nos apuntamos|ap[úu]ntame|ah[íi] estaremos|all[íi] estaremos|asistir[ée]|t[ôo] dentro|estou dentro|estamos dentro|pode contar comigo|contem comigo|j['’]en suis|je participe|je serai de la partie|komme gerne|gerne dabei|ci saremo|vengo volentieri|partecipo|wij komen|we komen|ik doe mee|we zijn erbij|wchodzę w to|przyjdziemy|będziemy|придём|придем|я в деле|geliyorum|geleceğim|gelirim|katılıyorum|katılacağım|ben de varım|orada olacağım|saya ikut|aku ikut|saya datang|aku datang|siap hadir|main aa(?:unga|ungi|ega|egi)|hum aa(?:yenge|enge)|aa jaa?unga|aa jaa?ungi|zaroor aa\p{L}*|(?:akeed|akid|2akeed|aked|akiid|tab3an|ta3ban|tab3n|inshallah|insha2allah|inchallah|ana|e7na|i7na|ehna)\s+(?:gay(?:a|ah|eh|in|een)?|gayeen|gaye|jay(?:e|eh|a|y|ye)?|ja2i|ja2y|ra7\s+(?:aji|eji|iji|2aji|2eji|ijy|ejy|nji|neji|niji))|(?:ha|h|ra7\s+|rah\s+)(?:akoon|akon|akun|kon|kun|nkoon|nkon)\s+(?:mawgood|mawgooda|mawgoodeen|mawjood|mawjoud|mawjoude|hnak|hnaak|hunak|honak|henak|hena)|سأكون هناك|سأحضر|سآتي|سنحضر|jdu do toho|jdeme do toho|budu tam|budeme tam|přijdu|přijdeme|počítej(?:te)? se mnou|ott leszek|ott leszünk|számíts(?:atok)? rám|számíthatsz rám|אני בפנים|אנחנו בפנים|אני אגיע|אגיע|נגיע|(?:حتماً|حتما)\s+(?:میام|می[\u200c ]?آیم|میایم)|میام|niko ndani|tuko ndani|nitakuwa huko|[ei]metalehu|compta(?:u)? amb mi|compteu amb mi|hi seré|hi serem|vindré|m['’]apunto|bydda(?:f)? i yno|byddwn ni yno|(?:dw|rydw) i['’]n dod|olen kohal|olen mukana|tulen kindlasti|ateisiu|dalyvausiu|būsiu|etorriko naiz|bertan izango naiz|θα έρθω|θα είμαι εκεί|ज़रूर आऊँगा|ज़रूर आऊँगी|जरूर आऊंगा|जरूर आऊंगी|অবশ্যই আসব)(?![\p{L}\p{M}])|ไปแน่นอน|ไปแน่ๆ|ไปด้วยคน|算我一[个個]|我会去|我會去|我参加|我參加|一定到|갈게|참석할게|참석하겠습니다/iu;
// A foreign "if" opening the sentence that says yes ("se minha mãe deixar", "si mis papás me dejan", "wenn ich frei bekomme",
// "kalau diizinkan"); a bare Spanish "si" that is an unaccented yes ("si claro", "si, voy") is no if.
const FOREIGN_IF_YES = /^\W*(?:(?:e|y|et|und|en|mas|pero|mais|aber|maar|tapi)\s+)?(?:se|si(?!\s*[,!.]|\s+(?:claro|seguro|obvio|obviamente|por supuesto|voy|vamos|ir[ée]|iremos|ah[íi]|all[íi]|cuenta|cuenten|estar[ée]|s[íi]|señor|señora|profe))|wenn|falls|indien|als|kalau|kalo|jika|jikalau|asal)\s+\p{L}[^,!.?]{2,60}?[,\s]\s*\p{L}/iu;
// Declining in other languages.
const FOREIGN_DECLINE = /(?<![\p{L}])(?:no puedo|no podr[ée]|n[ãa]o posso|n[ãa]o vou poder|n[ãa]o (?:vou )?consigo (?:ir|vir|estar|participar|comparecer)|n[ãa]o vou conseguir (?:ir|vir|estar|participar|comparecer)|no voy a poder|no alcanzo a (?:ir|llegar)|je ne peux pas|je ne pourrai pas|ich kann nicht|kann leider nicht|non posso|non riesco|ik kan niet|nie mogę|nie dam rady|не смогу|не могу|gelemiyorum|gelemeyeceğim|tidak bisa|nggak bisa|gak bisa|(?:tak|tidak|nggak|gak)(?: dapat| boleh| sempat| bisa)? (?:datang|hadir|join|ikut|pergi)|siwezi (?:kuja|kufika|kuhudhuria)|sitaweza (?:kuja|kufika|kuhudhuria)|sitakuja|hatutakuja|(?:hindi|di) (?:ako|kami) (?:makakapunta|makakarating|makakasama|pupunta|sasama|makaka-?attend)|ik kom niet|ik kan niet komen|ich komme nicht|ich kann nicht kommen|non vengo|non ci sar[òo]|non riesco a venire|nahi aa (?:paunga|paungi|sakta|sakti)|لا أستطيع|لن أستطيع)(?![\p{L}])|行けません|参加できません|去不了|不能去/iu;
// "Yeah right, like I've had a free Saturday since 2019", "Have fun though!": sarcasm and good wishes from someone not coming.
const NOT_COMING = /^\s*(?:oh\s+)?yeah,?\s+right\b|\bbut\s+i(?:'|’)m\s+(?:in|at|away|out of town|travell?ing|busy|working|off)\b[^.!?]{0,60}\b(?:that|this)\s+(?:weekend|day|night|evening|week|date)\b|^\s*next time(?:,?\s+for sure|,?\s+definitely)?\s*[!.]*\s*$/i;
const WELL_WISH = /^\s*(?:but\s+|anyway,?\s+)?have (?:a )?(?:fun|great time|good time|blast|lovely time|wonderful time|great one|good one)\b/i;
// "Count us in!", "me and my partner will come", "Coming!": accepting for oneself and others, or in one word.
const JOIN_MORE = /\b(?:me\s+(?:n|and|&)\s+(?:my\s+)?[\p{L}]+|we|us|the\s+(?:kids|family|whole family|crew|gang))\s+(?:r|are|(?:'|’)re)\s+(?:(?:def|defo|deffo|definitely|totally|both|all)\s+)?coming\b(?!\s+(?:back|from|late|home)\b)|\b(?:will|shall)\s+(?:be\s+)?attend(?:ing)?\b(?!\s+(?:to|online|remotely)\b)(?<!\b(?:none of us|no one|nobody|neither of us|not|never)\b[^.!?]{0,60})|(?<![\p{L}])(?:a-?attend ako|attend ako|pupunta ako|punta ako)(?![\p{L}])|^\s*(?:ok|okay|alright|all right|hell yeah|heck yeah|hell yes|heck yes|yass+|yes{3,}|you bet|deal|ofc|for sure|why not|def|defo|deffo|totally|100%|(?:so |super |very |well |dead )?keen(?: as)?)\s*[!.]*\s*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]\s*)*$|^\s*(?:hell|heck)\s+(?:yeah|yes)\b|\bi(?:'|’)?m (?:so|totally|definitely|absolutely|100%|def) in\b(?![ \t]+(?!(?:for|too|again|as well)\b)[a-z])|\bwe(?:'|’)d love to (?:come|join|attend|be there)\b|\b(?:count us in|sign us up|put us down|we(?:'|’)re in|we are in)\b(?![ \t]+(?!(?:for|too|again|as well)\b)[a-z])|\b(?:(?:me|i|myself) and (?:my |our )?[\p{L}'’-]+(?: [\p{L}'’-]+)?|(?:my|our) [\p{L}'’-]+(?: [\p{L}'’-]+)? and (?:i|me)|both of us|all of us|the (?:two|three|four|five) of us)\s+(?:will|(?:'|’)ll|are going to|are gonna|(?:'|’)re going to|(?:'|’)re gonna|would love to|are coming|(?:'|’)re coming)\s+(?:both\s+|all\s+|definitely\s+)?(?:come|be there|join|attend|coming)\b|\b(?:(?:me|i|myself) and (?:my |our )?[\p{L}'’-]+(?: [\p{L}'’-]+)?|(?:my|our) [\p{L}'’-]+(?: [\p{L}'’-]+)? and (?:i|me)|both of us|all of us|the (?:two|three|four|five) of us)\s+(?:are|(?:'|’)re)\s+(?:both\s+|all\s+)?in\b(?![ \t]+[a-z])|^\s*(?:(?:great|cool|ok|okay|perfect|lovely|awesome)[,!.]?\s+)?see (?:you|ya|u) (?:then|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on )?the \d{1,2}(?:st|nd|rd|th)?|tomorrow|tonight|at the [\p{L}-]+)\b|^\s*(?:(?:yes|yep|yeah|yup|sure|ok|okay)[,!\s]+)?(?:(?:i|we)\s+)?can\s+(?:(?:definitely|totally|defo|still|both)\s+)?(?:come|make it|attend|join|be there)\b(?!\s*(?:\?|next time|another time|if\b|unless\b))(?![^.!?]*\?)|^\s*(?:coming|definitely coming|attending|we(?:'|’)re coming|we are coming|on my way|me|me too|me as well|join|joining|join me up|i join|we join)\s*[!.]*\s*$|^\W*(?:(?:yes|yep|yeah|sure|ok|okay|of course)[,!\s]+)?(?:(?:you|u)\s+can\s+)?count\s+on\s+(?:me|us)\b(?![^.!?]*\?)/iu;

// "should have it to you by the 10th", "it'll be ready by Friday", "expect it next week"
const IT_DATE = /^(?:(?:and|so|i(?:'|’)m|we(?:'|’)re|i am|we are)\s+)?(?:doing|tackling|sending|finishing)\s+(?:it|this|that|them)\b|^(?:(?:i|we)(?:'|’)ll|(?:i|we) will|will)\s+do\s+(?:it|this|that)\b|^(?:(?:and|so|i|we)\s+)?(?:(?:should|will|(?:'|’)ll|can|could)\s+)?(?:have|get|send|deliver|expect)\s+(?:it|them|that|this)\b|\b(?:it|they|that|this)\s*(?:(?:'|’)ll| will| should)\s+be\s+(?:done|ready|finished|out|up|live|sent|with you)\b|^(?:should be|will be)\s+(?:done|ready|finished|out|up|live)\b/i;
// "Pas encore, je le ferai la semaine prochaine", "not yet, ill do it next week", "not yet, doing it this weekend": doing it
// later, at the date beside it.
const DO_IT_LATER = /^\s*(?:(?:(?:i|we)\s*(?:(?:'|’)m|(?:'|’)re|\s+am|\s+are)\s+|will\s+be\s+)?(?:doing|finishing|tackling|sorting)\s+(?:it|this|that|them)|(?:(?:i|we)\s+(?:(?:(?:'|’)ll|will)\s+)?)?try (?:it |again|it again)|(?:i(?:'|’)ll|i will|will|ill|gonna|going to)\s+(?:do|finish|get to|sort|tackle|get it done|get on with)\s*(?:it|this|that)?|je (?:le|la|les) ferai|je m['’]en occupe|lo har[ée]|la har[ée]|ich mache es|ich erledige es|lo far[òo]|eu fa[çc]o|vou fazer)(?![\p{L}])[\s.!]*$/iu;
// "should be done by Friday", "expect it by mid-December", "will have it wrapped up by the 10th": when it will be
// finished, which in a check-in is a new date (rounds 4, 6, 10, 11; round 1's "not-yet" for h119 was relabelled).
// "…, so the tenants' potluck will be done after Memorial Day now": a subject of up to three words, after "so" / "and".
// "It'll be after the holidays", "Wordt na de kerstvakantie", "Wird nach Ostern", "Será en marzo": it will be then.
// "still on it, should wrap it up by the end of the month", "will finish the zine by Friday": finishing it then.
const READY_LATER = /^(?:(?:so|and|but)\s+)?(?:(?:(?:i|we)\s*)?(?:should|will|(?:'|’)ll|shall|(?:'|’)m going to|am going to|(?:'|’)re going to|are going to|gonna|(?:'|’)d like to|plan to|aim to|expect to)\s+(?:wrap|finish|complete|polish off|round off)\s+(?:it|them|this|that|the [\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+(?:up|off))?$|(?:it|this|that|they|(?:the|our|my) (?:[\p{L}'’-]+ ){0,2}[\p{L}-]+)\s*(?:(?:'|’)ll|will|should|(?:'|’)s going to|is going to)\s+be(?:\s+|$)|(?:het\s+)?wordt(?:\s+het)?$|(?:es\s+)?wird(?:\s+es)?$|ce sera$|(?:va a )?ser[áa]$|vai ser$|sar[àa]$|b[eę]dzie$|(?:should|will|(?:'|’)ll|must)\s+be\s+|(?:(?:i|we)\s+)?(?:expect|should have|will have|(?:'|’)ll have|hope to have|plan to have|aim to have|should get|will get|(?:'|’)ll get)\s+(?:(?:it|them|this|that|the [\p{L}-]+(?:\s+[\p{L}-]+)?)\s*)?)?(?:done|ready|finished|complete|completed|wrapped up|sorted|out|live|up|over the line|online)?$/iu;
// "The rest will run until mid-May", "the remaining two sessions should happen in June": after a part done, the rest said
// with its date is the new date for the thing.
const REST_LATER = /^(?:(?:and|but|so|then)\s+)?(?:the\s+)?(?:rest|remainder|remaining\s+(?:\d+\s+|[a-z]+\s+)?[\p{L}-]+|other\s+(?:half|(?:\d+\s+|[a-z]+\s+)?[\p{L}-]+s))(?:\s+of\s+(?:it|them|the\s+[\p{L}-]+))?\s+(?:will|(?:'|’)ll|should|shall|are going to|is going to|are gonna|is gonna)\s+(?:(?:be|get|all)\s+)?\p{L}{2,}/iu;
const readyLater = (rest: string) => {
  const r = tidyAction(rest).replace(BARE_DATE_FILLER, '').replace(/[^\p{L}\d'’ -]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return !!r && READY_LATER.test(r);
};
// Words around a bare date that add nothing ("next week na lang", "Friday then", "hopefully by the 20th", "Insya Allah
// after Lebaran ya").
const BARE_DATE_FILLER = /\b(?:let(?:'|’)?s (?:say|go with|go for|aim for|make it|call it)|confirm can|sure can|can one|leave it with me(?: (?:till|until|for))?|say|call it|but|the rest|rest|the remainder|remainder|the other half|other half|(?:the )?(?:second|2nd|third|3rd|fourth|4th|last|other|next|remaining|final) (?:one|two|three|half|part|session|bit|round|class|workshop|meeting|meetup|event)s?(?:\s+(?:is|are|will be|(?:'|’)s|happens))?|then|instead|now|for sure|definitely|def|defo|deffo|tho|though|promise|i promise|hopefully|probably|ok|okay|na lang|na|lang|po|mga|siguro mga|bandang|pls|please|maybe|realistically|more like|i think|i hope|at the latest|latest|god willing|(?:insya|insha|insh|in sha|inch|insy)\s?(?:'|’)?\s?allah|ya|yah|deh|lah|nh[ée]|yaar|ji)\b/gi;
const EMOJI_INSIDE = /(?<=[\p{L}\d,.!?]\s*)\s*(?:[\p{Extended_Pictographic}][\p{Emoji_Modifier}\ufe0f\u200d]*)+\s+(?=[\p{L}\d])/u;
const LEAD_EMOJI = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]\s*)+/u;
const STOP_MAIL = /\b(?:remove|take|unsubscribe) me\b|e-?mail|\bmail|list|messag|remind|newsletter|unsub|contact|writ|send|notification|nudge|follow-?up|check-?in|^\s*stop\s*[.!]*\s*$/i;
// Common typos in quick answers ("dne", "nto yet", "stil workign on it"), fixed before commands are read.
const TYPOS: Record<string, string> = {
  dne: 'done', doen: 'done', donee: 'done', nto: 'not', ont: 'not', yte: 'yet', yett: 'yet', stil: 'still', sitll: 'still',
  finsihed: 'finished', finshed: 'finished', finihsed: 'finished', finisehd: 'finished', fnished: 'finished', finised: 'finished',
  workign: 'working', wokring: 'working', wroking: 'working', worknig: 'working', emailng: 'emailing', emialing: 'emailing', emaling: 'emailing',
  emials: 'emails', emals: 'emails', anymroe: 'anymore', jsut: 'just', teh: 'the', pls: 'please', plz: 'please', stpo: 'stop', sotp: 'stop',
  cant: "can't", havent: "haven't", hvae: 'have', haev: 'have', dorp: 'drop', laetr: 'later', nxt: 'next', wk: 'week',
};
// English as a second language, calqued on the speaker's first one: "I must to cancel", "we can to help" (Spanish "debo
// cancelar", Portuguese "posso ajudar", Hindi/Urdu "mujhe … karna hai" said with "to"); "Still not." / "Yet not" / "Not
// still" (todavía no, ainda não, noch nicht, pas encore, abhi tak nahi, ещё нет, henüz değil) for "not yet"; "It is
// made!" / "Is realized" (está hecho, c'est fait, es ist gemacht, está realizado, já está feito) for "it is done";
// "Count with me" (cuenta conmigo, conta comigo) for "count on me"; a move "for" a date for "to" it.
// (?<!\w) and (?!\w) here are \b, written as V8 runs it fast under /iu (see word-edge.ts).
export const l2Calques = (s: string) => s
  .replace(/(?<!\w)((?:i|we|you|he|she|they)\s+(?:must|can|could|should|might|will|shall))\s+to\s+(?=\p{L})(?!(?:the|a|an|my|our|your|it|this|that|them|him|her|me|us)(?!\w))/giu, '$1 ')
  .replace(/^(\W*)(?:(?:still|yet)\s+not|not\s+still|(?:un)?till?\s+now\s+not)\b(?=\s*(?:[.,!…;:—–-]|$))/iu, '$1not yet')
  .replace(/^(\W*)(?:(?:it|this|that|all|everything)\s*(?:\s(?:is|was)|(?:'|’)s)|is|was)\s+(?:already\s+|all\s+)?(?:made|realized|realised|concluded)\s*(?=[.!]|$)/iu, '$1it is done')
  .replace(/(?<!(?<!\w)(?:not|never|n(?:'|’)t|cannot)\s+)(?<!\w)count\s+with\s+(me|us)(?!\w)/giu, 'count on $1')
  // "we moved it for the 20th", "postponed for 15.05" (adiamos para, lo pasamos para, reporté pour): a move's "for" is "to".
  .replace(/(?<!\w)((?:mov|push|postpon|prepon|reschedul|shift|chang)\w*(?:\s+(?:it|this|that|them|the\s+[\p{L}-]+))?)\s+for\s+(?=(?:the\s+)?\d)/giu, '$1 to ');
const fixTypos = (s: string) => s.replace(/[a-z]+/gi, (w) => {
  const r = TYPOS[w.toLowerCase()];
  return r === undefined ? w : /^[A-Z]/.test(w) ? r[0]!.toUpperCase() + r.slice(1) : r;
});

// "after Diwali, on the first Saturday of November", "después del Día de Muertos, el sábado 13 de noviembre": an open-ended
// "after X" made precise by the date said next to it.
const OPEN_AFTER = /(?<![\p{L}])(?:after|past|beyond|following|despu[ée]s d(?:e|el)|tras|apr[èe]s|nach|depois d[eoa]s?|dopo)(?![\p{L}])/iu;
const EVENT_RUNS = /^(?:(?:and|then|so)\s+)?(?:we|i)\s*(?:(?:'|’)ll\s+|will\s+|(?:'|’)re\s+|are\s+|(?:'|’)m\s+|am\s+)?(?:run|hold|host|have|do|running|holding|hosting|having|doing)\s+(?:the|our|my)\s+(?:[\p{L}-]+\s+){0,2}(?:klatch|klatsch|sprint|democamp|demo camp|event|session|workshop|meetup|meet-up)\b/iu;
// "Let's say Saturday September 18.", "How about the 20th?", "Week after Easter work for you?": a day put forward.
const PROPOSE = /^\W*(?:(?:so|ok|okay|then|maybe)[,\s]+)?(?:let(?:'|’)?s (?:say|go with|go for|aim for|make it|call it|do)|say|how about|what about|new (?:plan|date)(?: is)?)\b|\bworks? for (?:you|u|everyone|everybody|y(?:'|’)?all|the group)\s*\?\s*$/i;

// "We're aiming for the 12th", "targeting Saturday", "on vise le 12", "apuntamos al sábado", "visamos o dia 12", "wir peilen
// den 12. an", "we mikken op de 12e": the day aimed at.
const AIM_AT = fastEdges(/^\W*(?:(?:so|and|now|then|et|donc|y|e|und|dus|en)[,\s]+)?(?:(?:we(?:'|’)re|i(?:'|’)m|we are|i am)\s+(?:now\s+)?)?(?:aiming (?:for|at)|targeting|shooting for)\b|(?<![\p{L}])(?:on vise|nous visons|je vise|visamos|apuntamos a|(?:wir|ich) peile[n]?|we mikken op|ik mik op)(?![\p{L}])/iu);
// "I'd planned it for Saturday 14 November", "it was booked for the 3rd": the planned date, said in the reply.
const PLANNED_FOR = /\b(?:planned|scheduled|set|booked|pencil+ed(?:\s+in)?|supposed to (?:be|happen|run)|meant to (?:be|happen|run)|due)\b[^.!?]{0,30}?\b(?:for|on)\b/i;
// "Pushing it back two weeks", "can we push it back a week?": a move said as a shift ("forward" may mean sooner: no shift).
const shiftOf = (x: string): Shift | null => {
  const m = PUSH_BY.exec(x);
  return m && !/\bforward\s+$/i.test(x.slice(0, m.index)) ? pushLength(m) : null;
};
/** The planned date a shift counts from: said in the reply, else the first date in the quoted check-in; only one still ahead. */
function plannedDay(own: string[], input: UnderstandInput): string | null {
  const tz = input.timezone || 'UTC';
  const today = iso(localDay(input.received, tz));
  // "It was planned for 1 March" said on 12 March is this year's, gone by, not next year's.
  const ahead = (d: DueRange | null): d is DueRange => !!d && d.end >= today && Date.parse(d.end) - input.received.getTime() < 300 * 86_400_000;
  const said = own.map((x) => { const p = PLANNED_FOR.exec(x); return p ? cutDue(x.slice(p.index), input.received, tz).due : null; }).find(ahead);
  if (said) return said.end;
  // The quoted reminder ("on 14 February you told us you would run … by Saturday 20 March"): of the dates in its first dated
  // line, the last one still ahead — the date promised, not the day it was promised.
  for (const l of quotedHistory(input.text ?? '', input.html)) {
    if (!l.trim() || /\b(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef)\s*:?\s*$/i.test(l)) continue;
    for (const sentence of l.split(/(?<=[.!?])\s+/)) {
      const ds = sentence.split(/\s+(?=(?:by|on|before|until|for)\s)/i).map((x) => cutDue(x, input.received, tz).due).filter(ahead);
      if (ds.length) return ds[ds.length - 1]!.end;
    }
  }
  return null;
}
// "a week later than planned", "two weeks after the planned date": a shift said against the plan.
const LATER_THAN_PLANNED = new RegExp(String.raw`\b${NUM_RE}\s+(day|week|month)s?\s+(?:later|after)(?:\s+than\s+(?:planned|scheduled|agreed|we said|i said|originally|first planned)|\s+(?:the\s+)?(?:planned|original|agreed)\s+(?:date|day))`, 'i');
// "the same day next month", "same date next week": the planned day a month or a week on.
const SAME_DAY_NEXT = /\b(?:the\s+)?same\s+(?:day|date)\s+(?:(?:of\s+)?(?:the\s+)?)?next\s+(week|month)\b/i;
// "the Saturday after", "the Wednesday before": a weekday next to the planned day.
const WEEKDAY_BESIDE = /\bthe\s+(mon|tues|wednes|thurs|fri|satur|sun)day\s+(after|before)(?=\s*(?:[.,;:!?)…—–-]|$)|\s+(?:instead|then|that one|please|if|works?|would|will|is|could|maybe|perhaps|so|as|because|since|and|but|or)\b)/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** A new date said against the planned one ("a week later than planned", "the Saturday after"), or null. */
function besidePlanned(x: string, planned: string): string | null {
  const l = LATER_THAN_PLANNED.exec(x);
  if (l) return shiftDay(planned, { amount: num(l[1]!), unit: l[2]!.toLowerCase() as Shift['unit'] });
  const sd = SAME_DAY_NEXT.exec(x);
  if (sd) return shiftDay(planned, { amount: 1, unit: sd[1]!.toLowerCase() as Shift['unit'] });
  const w = WEEKDAY_BESIDE.exec(x);
  if (!w) return null;
  return weekdayBeside(planned, WEEKDAYS.indexOf(w[1]!.toLowerCase()), w[2]!.toLowerCase() === 'after');
}

// "… then", "… on that day", "… by then" ending a sentence, with a closing particle or a foreign "then" ("dan", "då", "entonces").
const THEN_AT_NEW = /(?<![\p{L}])(?:then|on that (?:day|date)|that day|by then|dan|då|entonces|alors|dann)(?:\s+(?:po|na|naman|lah|ha|ji|yaar|too|as well))?[\s.!]*$/iu;
// "It'll be October now … Probably the 9th": a bare day of the month, said after a sentence that named a whole month, is
// that month's day ("el 9", "le 9", "am 9." the same).
const DAY_ONLY = /^\W*(?:\p{L}+[,\s]+){0,2}(?:the\s+|el\s+(?:d[íi]a\s+)?|le\s+|am\s+|den\s+|o\s+dia\s+)?\d{1,2}(?:st|nd|rd|th|er|e|º|\.)?[\s.!?]*$/iu;
function dayInMonthSaid(own: string[], x: string, due: DueRange, dueIn: (x: string) => DueRange | null, input: UnderstandInput): DueRange {
  if (due.start !== due.end || !DAY_ONLY.test(x)) return due;
  for (let i = own.indexOf(x) - 1; i >= 0; i--) {
    const m = /\d/.test(own[i]!) || /\p{L}{3}/u.test(own[i]!) ? dueIn(own[i]!) : null;
    if (!m) continue;
    // Only a whole month ("October", "en octubre"), not a week or a day.
    if (!isWholeMonth(m)) return due;
    return dayInMonthOf(m, Number(due.end.slice(8, 10)), input.received, input.timezone || 'UTC') ?? due;
  }
  return due;
}
// A sentence that opens (after a yes) with a past deed, the doer left out or "I"/"we", and names when it was done.
const PAST_DEED = /^\s*(?:(?:yes|yep|yeah|yup|yess+|ya|all good|good news|update)[,!.:]*\s+)?(?:(?:i|we)\s+)?(?:(?:already|finally|just|actually)\s+)?(?!(?:need|want|hop|plann|tri|wish|intend|meant|forgot|miss|fail|decid|start|us|wonder|ask|emaill?|messag|phon|call|text|contact|wait|rain|snow|cancell?|postpon|mov|reschedul|push|delay|shift|bump|drop(?!ped\s+(?:\w+\s+){0,3}off\b))ed\b)(?:\p{L}{3,}ed|made|sent|took|brought|ran|held|gave|wrote|built|sold|taught|hung|put up|set up|got|did)\b(?:\s+[^\s,;.!?]+){0,7}?\s+(?:yesterday|last\s+(?:night|week|weekend|month|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|this (?:morning|afternoon|past weekend)|earlier (?:today|this week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|the other day|over the weekend|(?:a|one|two|three|a few|a couple of) (?:days?|weeks?) ago|\d+ days ago)\b/iu;
// … with more still to come after it.
// … and a question put after it, behind a dash or a comma.
const PAST_DEED_ASKED = /(?:\s+[-–—]\s+|,\s+)[^,–—.!?]*\?[\s?!]*$/;
const PAST_DEED_OPEN = /\b(?:but|still|waiting|yet|hope|hoping|will|(?:'|’)ll|going to|gonna|next|tomorrow|not|no reply|no answer|haven(?:'|’)?t|hasn(?:'|’)?t)\b/i;
function commandOf(reply: string, context: ReplyContext, us: Unit[], input: UnderstandInput): { command: Command | null; due: DueRange | null; sentence: string | null; shift?: Shift; dateSentence?: string; moved?: boolean } {
  // "I will surely be there", "we'll definitely come": the adverb adds nothing to the yes.
  const fix = context === 'check-in' ? (x: string) => l2Calques(fixTypos(x)) : context === 'invitation' ? (x: string) => l2Calques(fixTypos(x)).replace(/\b(will|(?:'|’)ll|shall)\s+(?:surely|definitely|certainly|absolutely|totally|really|def|defo|100%)\s+(?=(?:be there|come|join|attend|make it)\b)/gi, '$1 ') : (x: string) => x;
  // A leading emoji ("👍🏽 sorted", "😅 not yet") carries no words; quoted lines ("> Reply done, not yet, …") are the ask's.
  // "¡Hecho!", "¿Listo?": the Spanish opening marks carry nothing.
  const ownOf = (t: string) => { const x = t.replace(LEAD_EMOJI, '').replace(/^[¡¿]+/, ''); return fix(/[\p{L}\d]/u.test(x) ? x : t); };
  let own = us.map((u) => ownOf(u.text));
  const unquoted = reply.includes('>') ? reply.split('\n').filter((l) => !/^\s*>/.test(l)).join('\n').trim() : reply.trim();
  let first = fix(unquoted || reply.trim());
  // "lol no thanks, i have a life jk jk i'll come", "Oh sure, totally finished it. Just kidding, …": what follows the joke.
  const JK = /\b(?:jk|j\/k|just kidding|just joking|only joking|kidding|lol jk)\b[\s,.!]*/gi;
  const lastJk = /\bjk\b|j\/k|kidding|joking/i.test(first) ? own.map((x) => x.search(JK) >= 0).lastIndexOf(true) : -1;
  if (lastJk >= 0) {
    const x = own[lastJk]!;
    const tail = x.slice([...x.matchAll(JK)].pop()!.index! + [...x.matchAll(JK)].pop()![0].length).trim();
    own = [...(tail ? [tail] : []), ...own.slice(lastJk + 1)];
    if (own.length) first = own.join(' ');
    else own = us.map((u) => ownOf(u.text));
  }
  const hit = (re: RegExp) => own.find((s) => re.test(s)) ?? (re.test(first) ? first : null);
  const s0 = own.find((x) => (STOP.test(x) || FOREIGN_STOP.test(x)) && !STOP_HOWTO.test(x)) ?? (STOP.test(first) || FOREIGN_STOP.test(first) ? first : null);
  // "I'm not able to do it. Kindly remove my name." in a check-in: off the commitment, not off the mail.
  const s = s0 && context === 'check-in' && !STOP_MAIL.test(s0) && hit(DROP) ? null : s0;
  // "Yes, I did it. In January. Please stop emailing me about it.": reminders about the thing, once it is done, end with
  // the done; the person is not leaving the list.
  // "Done. Please take me off these reminders, I don't need any more emails about it": asking to be taken off the mail
  // (removed, unsubscribed) is leaving it, whatever the sentence ends on.
  const doneFirst = context === 'check-in' && s && /\babout (?:it|this|that|this one|that one)\b/i.test(s) && !/\b(?:take|remove|delete|drop|strike)\s+(?:me|us|my (?:name|address|e-?mail))\s+(?:off|from)\b|\bunsubscribe\b/i.test(s) && own.some((x) => x !== s && (DONE.test(x) || FOREIGN_DONE.test(x)) && !FOREIGN_NEG.test(x) && !/\bnot\b|n(?:'|’)t\b/i.test(x));
  if (s && !doneFirst && !/\b(?:don(?:'|’)?t|do not|never|please don(?:'|’)?t) stop\b|\bkeep (?:them|these|it) coming\b|\bkeep (?:sending|e-?mailing|mailing|inviting|writing to) (?:me|us)\b/i.test(s) && !STOP_OTHER.test(s) && !STOP_ADDRESS.test(s) && !STOP_NOT_ME.test(s) && !STOP_HOWTO.test(s)) return { command: 'stop', due: null, sentence: s };
  if (context === 'check-in') {
    const dueIn = (x: string) => cutDue(x, input.received, input.timezone || 'UTC').due;
    const refineAfter = (x: string, due: DueRange): DueRange => {
      if (!OPEN_AFTER.test(x)) return due;
      const ps = x.split(/\s*,\s+/);
      const i = ps.findIndex((p) => OPEN_AFTER.test(p) && !!dueIn(p));
      // "pushed it to after Diwali, the van is booked for all of October": a date that starts before the open window and
      // ends inside it is the reason's, not a closer day in the window.
      return (i < 0 ? null : ps.slice(i + 1).map(dueIn).find((d) => !!d && (d.start >= due.start || d.end > due.end))) ?? due;
    };
    // "no está cancelado, lo pospongo a enero": a foreign cancel word beside a move and a date is the move.
    // "Cancelled the March date, we're moving it to April": the cancel word beside moving it to a date is the move.
    const movedTo = (x: string) => (FOREIGN_MOVE.test(x) || /\b(?:mov|push|postpon|reschedul|shift|bump)\w*\s+(?:it|this|that|the \w+)\b/i.test(x)) && !!dueIn(x);
    const d = own.find((x) => (DROP.test(x) || FOREIGN_DROP.test(x)) && !movedTo(x) && !DROP_UNMEANT.test(x)) ?? (DROP.test(first) && !movedTo(first) && !DROP_UNMEANT.test(first) ? first : null);
    // "Not happening this month but definitely in January": not now, but at a date, is a move.
    const butDue = d && /\bnot (?:happening|going to happen)\b|\bwon(?:'|’)?t happen\b/i.test(d) && /\bbut\b/i.test(d) ? dueIn(d.split(/\bbut\b/i).pop()!) : null;
    if (butDue) return { command: 'reschedule', due: butDue, sentence: d };
    // "Not going to happen in March I'm afraid, … Can we say the 24th of April instead?": not at the old date, but at a new
    // one asked for or offered in another sentence, is a move.
    if (d && /\b(?:not|isn(?:'|’)?t|aren(?:'|’)?t) (?:happening|going to happen|gonna happen)\b|\bwon(?:'|’)?t (?:happen|be able to)\b|\bcan(?:'|’)?t do it\b/i.test(d)) {
      // "tomorrow's not happening. next friday?", "… not happening this week. Let's say the Saturday after Labor Day.": a day
      // put forward, or a bare date asked, after it is the new one too.
      const bareAsk = (x: string) => { const cd = cutDue(x, input.received, input.timezone || 'UTC'); return !!cd.due && tidyAction(cd.rest).replace(BARE_DATE_FILLER, '').replace(FOREIGN_LATER, '').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length <= (/\?\s*$/.test(x) ? 1 : 0); };
      const again = own.find((x) => x !== d && (/\binstead\b/i.test(x) || (/\?\s*$/.test(x) && MOVE_ASK.test(x)) || RESCHEDULE.test(x) || PROPOSE.test(x) || bareAsk(x)) && !!dueIn(x));
      if (again) return { command: 'reschedule', due: dueIn(again), sentence: again };
    }
    if (d && !/\b(drop (by|in|off))\b/i.test(d)) return { command: 'drop', due: null, sentence: d };
    // "Can we make it a week later than planned?", "move it to the Saturday after?": a date said against the planned one.
    const bp = own.find((x) => LATER_THAN_PLANNED.test(x) || WEEKDAY_BESIDE.test(x) || SAME_DAY_NEXT.test(x));
    const planned = bp ? plannedDay(own, input) : null;
    const beside = bp && planned ? besidePlanned(bp, planned) : null;
    if (beside) return { command: 'reschedule', due: { start: beside, end: beside }, sentence: bp! };
    // "could we do next month?", "Możemy przełożyć na styczeń?", "Can we push this a month?": a move asked for, with its date.
    const r = own.find((x) => (RESCHEDULE.test(x) && !(STEP_AHEAD.test(x) && !MOVE_WORD.test(x))) || ((/^\s*(push|move|postpone|make it|let'?s say|how about|can we do|give me|(?:i(?:'|’)ll |i )?need (?:another|a|one|two|an extra)\b|(?:ich |wir )?brauche[n]? noch|(?:ik |we )?(?:heb|hebben) nog|j['’]ai besoin d['’]encore|(?:yo )?necesito (?:otr[oa]s?|m[áa]s)|(?:eu )?preciso de mais|(?:potrzebuj[eę]|potrzebujemy) jeszcze|new date|(?:please\s+)?(?:check back|check in again|ask (?:me )?again|remind me|ping me|nudge me|try me again|drop (?:me|us) (?:a|an) (?:quick\s+|short\s+)?(?:line|note|message|mail|e-?mail|text|msg)|(?:e-?mail|message|text|write to) (?:me|us) again))\b/i.test(x) || FOREIGN_MOVE.test(x) || PUSH_BY.test(x) || HAPPENING.test(x) || LETS_SAY.test(x) || (/\?\s*$/.test(x) && MOVE_ASK.test(x))) && !!dueIn(x)));
    if (r) {
      // "Pushed it back a couple of weeks - aiming for Dec 12 now": the last date named is the new one.
      const pieces = r.split(/\s+[-–—]\s+|;\s*|,\s+(?=(?:aiming|now|so|new date|hopefully|probably|realistically|more like|let(?:'|’)?s say|say|call it|make it|ideally|targeting|maybe|i(?:'|’)m thinking)\b)/i).map((x) => cutDue(x, input.received, input.timezone || 'UTC').due).filter(Boolean);
      // "Cancelled the March date, we're moving it to April": the date beside the move.
      // "Llovió el sábado y lo pasamos al sábado 20", "It rained on Saturday so we moved it to the 20th": the date after the move
      // word, not the one before it.
      const fromMove = (x: string): DueRange => {
        const mm = FOREIGN_MOVE.exec(x) ?? /\b(?:mov|push|postpon|reschedul|shift|bump|delay|defer)\w*/i.exec(x);
        return (mm && mm.index > 0 ? dueIn(x.slice(mm.index)) : null) ?? dueIn(x)!;
      };
      const moved = pieces.length <= 1 ? r.split(/,\s+|\s+[-–—]\s+|;\s*/).filter((c) => (RESCHEDULE.test(c) || FOREIGN_MOVE.test(c)) && dueIn(c)).pop() : undefined;
      // "The hall flooded on Tuesday, so the klatch is postponed. … we're now doing it on Saturday 15 May": the date beside
      // the move word belongs to what happened; the new one is the date said later with "now" or "instead".
      // "postponed due to Diwali holidays. Now it will be on 13th November": the cause's date is no new date either.
      const moveClause = r.split(/\s*[,;()]\s*|\s+[-–—]\s+|\s+(?:so|because|since|as|and|due to|owing to|on account of)\s+/i).find((c) => /\b(?:postpon|reschedul|push|mov|delay|shift|bump|defer)\w*/i.test(c));
      const laterNew = moveClause && pieces.length <= 1 && !dueIn(moveClause) ? own.slice(own.indexOf(r) + 1).find((x) => (NOW_SET.test(x) || HAPPENING.test(x)) && !!dueIn(x)) : undefined;
      // Under a bare heading ("New date", a table's column turned to text), the last date is the new one.
      const dated = (r.trim().split(/\s+/).length <= 3 && !dueIn(r) ? [...own].reverse() : own).find((x) => !!dueIn(x));
      let due = (laterNew ? dueIn(laterNew) : null) ?? (moved ? refineAfter(r, fromMove(moved)) : null) ?? (pieces.length ? refineAfter(r, pieces[pieces.length - 1]!) : null) ?? (dated ? refineAfter(dated, dueIn(dated)!) : null);
      // "Pushing to after Labor Day. Let's say Saturday September 18.", "… past Easter. Week after Easter work for you?": after
      // an open-ended move, the day then put forward is the new date.
      if (due && OPEN_AFTER.test(r)) {
        const put = own.slice(own.indexOf(r) + 1).find((x) => PROPOSE.test(x) && !!dueIn(x));
        if (put) due = dueIn(put);
      }
      // "Had to push it back, the room is only free from the 7th. Aiming for Saturday the 12th.", "On a dû reporter … On vise
      // le samedi 12": after a move, the day then aimed at is the new date, not the one that explains the move.
      if (due) {
        const aim = own.slice(own.indexOf(r) + 1).find((x) => AIM_AT.test(x) && !hedged(x) && !!dueIn(x));
        if (aim) return { command: 'reschedule', due: dueIn(aim), sentence: r, dateSentence: aim };
      }
      // "Could we reschedule? I don't know when yet — I'll let you know": a move with no date, and none known, is a not-yet.
      if (!due && own.some((x) => NO_DATE_KNOWN.test(x))) return { command: 'not-yet', due: null, sentence: r };
      // "Pushing it back two weeks": counted from the planned date when one is known and still ahead.
      const shift = shiftOf(r);
      if (shift) {
        const from = plannedDay(own, input);
        if (from) {
          const end = shiftDay(from, shift);
          due = { start: end, end };
        }
        if (due) return { command: 'reschedule', due, sentence: r, shift };
      }
      // "We had to postpone. We're now doing it the Saturday after Labor Day": the later sentence that gives the new date is
      // the move's too, not a new commitment.
      // "Can we push the session to term 3?", "moving it to next semester": a move into a period the reader cannot put on a
      // calendar (an undated term, "the new year", "soon") is a not-yet — a reschedule carries its date. The sentence is the
      // move's, not a commitment. A bare "Need to postpone" stays the move it says.
      if (!due && r.split(/(?<=[.!?])\s+/).some((c) => MOVE_WORD.test(c) && VAGUE_TIME.test(c.replace(/[\s.!?…]+$/, '')))) return { command: 'not-yet', due: null, sentence: r, moved: true };
      if (due || /\b(postpone|prepone|reschedule|more time|push|move|delay|shift|bump|defer)\w*/i.test(r)) return { command: 'reschedule', due, sentence: r, ...(laterNew && due ? { dateSentence: laterNew } : {}) };
    }
    // "Small correction to yesterday's reply: I said done, but only the first part is; the second I record on 3 June": a
    // correction of an earlier answer that then names a day still ahead moves the thing to that day.
    const ci = own.findIndex((x) => CORRECTS_EARLIER.test(x));
    // "Correction to my last mail: it did happen on Saturday, and I'll send photos by Friday": a done said after the
    // correction keeps it a done.
    if (ci >= 0 && !own.slice(ci).map((y) => y.replace(/^[^:]{0,80}:\s*/, '')).some((y) => DONE.test(y) || DONE_MORE.test(y) || FOREIGN_DONE.test(y))) {
      const x = own.slice(ci).find((y) => !!dueIn(y) && !hedged(y) && !DROP.test(y));
      if (x) return { command: 'reschedule', due: dueIn(x), sentence: x };
    }
    // "> Want to set a new date?" / "FRIDAY THE 11TH": a bare date under a quoted question about the date (round 14).
    for (const u of us) {
      if (!u.question || !/\b(?:new date|another date|when|what date|which day|reschedule|by when|new deadline)\b/i.test(u.question)) continue;
      const cd = cutDue(fix(u.text), input.received, input.timezone || 'UTC');
      if (cd.due && tidyAction(cd.rest).replace(BARE_DATE_FILLER, '').split(/\s+/).filter(Boolean).length <= 1) return { command: 'reschedule', due: cd.due, sentence: u.text };
    }
    // "no :( but I will by Friday", "Not yet, I'll get it done next week": a promise with a new date.
    const partial = hit(PARTIAL);
    if (partial || (!hit(DONE) && !hit(DONE_MORE) && !hit(FOREIGN_DONE)) || hit(NOT_YET) || hit(NO_FACE) || hit(FOREIGN_NOT_YET) || own.some((x) => /^\s*(no|nope|not yet)\b/i.test(x))) {
      for (const x of own) {
        // "I'll finish the flyers tonight and we run the klatch tomorrow": the day the thing itself runs is the new date;
        // the step before it stays a commitment of its own.
        const cs = clauses(x);
        const ev = cs.length > 1 ? cs.find((c) => EVENT_RUNS.test(c) && !hedged(c) && !!dueIn(c)) : undefined;
        if (ev) return { command: 'reschedule', due: dueIn(ev), sentence: ev };
        for (const c of cs) {
          const lm0 = LEAD.exec(c) ?? (/ing\b/i.test(c) && !PROGRESSIVE_NOT.test(c) ? PROGRESSIVE.exec(c) : null);
          // "Aiming to redo it on 9 January", "agle hafte karunga": the date may stand before these, so the whole clause is read.
          const lm = lm0 ?? (/\b(?:aim|plan|going|want|again|re)/i.test(c) ? AIM_AGAIN.exec(c) : null) ?? FOREIGN_WILL.exec(c);
          // "Will reply properly next week": a promise to answer, not to do the thing.
          // "Not yet — I'm calling the community centre on Monday": a dated step towards it is a commitment of its own, not a new date.
          if (!lm || hedged(c) || REPLY_LATER.test(c) || (STEP_AHEAD.test(c) && !MOVE_WORD.test(c))) continue;
          const due = cutDue(lm0 ? c.slice(lm.index) : c, input.received, input.timezone || 'UTC').due;
          // "… after the school hols start - so mid-Dec probably": the date put after "so" / "say" narrows the one before.
          const so = x.includes(c) ? SO_DATE.exec(x.slice(x.indexOf(c) + c.length)) : null;
          const soDue = so ? dueIn(so[1]!) : null;
          if (soDue || due) return { command: 'reschedule', due: soDue ?? due, sentence: x };
        }
      }
    }
    // "Nope 😞", "nah 🙈": a no with a face is a not yet.
    const n = hit(NOT_YET) ?? hit(NO_FACE) ?? hit(FOREIGN_NOT_YET) ?? partial ?? (own.length === 1 && /^\s*(?:no|nope|nah|not yet)\b[\s!.,]*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d][\s!.]*)+$/iu.test(own[0]!) ? own[0]! : null)
      // "❌", "👎" alone to "did you …?": a no.
      ?? (/^\s*(?:(?:❌|✖️?|👎|🙅|⛔|🚫)(?:\p{Emoji_Modifier}|\ufe0f|\u200d?[♀♂]\ufe0f?)*\s*)+[!.]*\s*$/u.test(first) ? first : null);
    if (n) {
      // "Not yet, next week.": a bare new date beside the not-yet is a reschedule; "should have it sorted by the end of the
      // month, fingers crossed" is a hope, no new date.
      // Of several bare dates ("Planned / New date" as a table's cells), the last is the new one.
      let lastDate: { command: Command; due: DueRange; sentence: string } | null = null;
      for (const x of own) {
        if (hedged(x)) continue;
        // "Same date as before, Nov 19": the old date kept is no new one.
        if (SAME_DATE.test(x)) continue;
        for (const c0 of x.split(/\s*[,;:]\s*|\s+[-–—]\s+|\s+but\s+(?=(?:definitely|surely|certainly|for sure|hopefully|probably|def|defo)?\s*(?:next|this|in|by|on|after|before|early|mid|late|end)\b)/i)) {
          // "Neuer Termin: 14.09. um 19 Uhr", "First week of January works for everyone here": the new date, named or
          // agreed, with its clock time.
          const c = c0.replace(NEW_DATE_HEAD, '').replace(DATE_SUITS, '').replace(CLOCK_AT, '');
          const cd = /\d|day|week|break|vaca[cn]|vakantie|ferien|wakacj|passover|diwali|deepavali|eid|christmas|xmas|easter|holiday|hols|ramadan|hanuk|new year|thanksgiving|carn[ai]val|summer|winter|spring|autumn|fall\b|\bq[1-4]\b|semaine|semana|woche|settimana|wiki|linggo|buwan|mwezi|kesho|esok|hadapan|maand|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|end|tomorrow|tmrw|tmw|tmrow|tomorow|tommor|2mor|tonight|tonite|2nite|wknd|wkend|\bwks?\b|fortnight|rest|half|hafta|minggu|pekan|bulan|besok|agle|jutro|lebaran|idul|raya|tabaski|puasa|songkran|chuseok|seollal|pongal|navidad|natal|no[eë]l|weihnacht|ostern|pascua|pasqua|pasen|reyes|carn[ai]val|di\b|dimanche|lunes|martes|jueves|viernes|domingo|sabato|domenica|segunda|quarta|quinta|sexta|tag\b|dag\b|[^\x00-\x7f]/i.test(c) || mayNameHoliday(c, input.timezone || 'UTC', iso(localDay(input.received, input.timezone || 'UTC'))) ? cutDue(c, input.received, input.timezone || 'UTC') : null;
          // "Not yet. Diwali holidays, then exams": a holiday just gone, named as the excuse, reads as next year's; a new date
          // is not a year away.
          if (cd?.due && Date.parse(cd.due.start) - input.received.getTime() > 300 * 86_400_000) continue;
          // "Half done. The second session is booked for Saturday March 20th at the library": the day the rest is now set for.
          if (cd?.due && (!tidyAction(cd.rest).replace(BARE_DATE_FILLER, '').replace(FOREIGN_LATER, '').replace(/[^\p{L}\d]+/gu, '') || DO_IT_LATER.test(cd.rest) || readyLater(cd.rest) || PART_SET_FOR.test(c) || (c.includes('re') && REST_LATER.test(c)))) {
            lastDate = { command: 'reschedule', due: dayInMonthSaid(own, x, cd.due, dueIn, input), sentence: x };
            break;
          }
        }
      }
      if (lastDate) return lastDate;
      // "Ainda não… deixa pra semana que vem?", "Non ancora. Facciamo metà settembre?", "Not yet! Can we put it to end of
      // March?": after a not-yet, a question that names a day still ahead, in any language the date reader knows, puts that
      // day forward as the new one, whatever its verb; the old date kept, a past event, a hedge, a step towards it, a later
      // answer or an absence is none.
      const today = iso(localDay(input.received, input.timezone || 'UTC'));
      for (const x of own) {
        if (!/\?\s*$/.test(x) || hedged(x) || SAME_DATE.test(x) || REPLY_LATER.test(x) || AWAY_REPORT.test(x) || (STEP_AHEAD.test(x) && !MOVE_WORD.test(x)) || DONE.test(x) || FOREIGN_DONE.test(x)) continue;
        const cd = cutDue(x, input.received, input.timezone || 'UTC');
        if (!cd.due || cd.due.end < today || Date.parse(cd.due.start) - input.received.getTime() > 300 * 86_400_000) continue;
        // "Did the meeting on the 12th go ahead?", "what about the one next week?": a question about another thing is no new date.
        if (/\b(?:did|was|were|has|have|had)\b|\b(?:you|your|u)\b/i.test(cd.rest) && !MOVE_ASK.test(x) && !RESCHEDULE.test(x)) continue;
        return { command: 'reschedule', due: cd.due, sentence: x };
      }
      return { command: 'not-yet', due: null, sentence: n };
    }
    // "👍", "🎉🎉", "✅" alone: a thumbs-up or a celebration to "did you …?" is a done.
    if (/^\s*(?:(?:👍|👌|✅|✔️?|☑️?|💯|🎉|🥳|🙌|💪|🎊|✨|🏆)(?:\p{Emoji_Modifier}|\ufe0f)*\s*)+[!.]*\s*(?:(?:thanks|thank you|thx|ty|cheers)\b[\s!.]*)?$/iu.test(first)) return { command: 'done', due: null, sentence: first };
    // A bare "yes" to "did you …?" is a done.
    if (own.length === 1 && /^\s*(yes|yep|yup|yeah|yes!+|y|si|sí|oui|ja|sim|tak|da|да|evet|iya|haan|ha|はい|是的|네)(?:[,!]?\s*(?:klar|sure|of course|claro|bien s[ûu]r|certo|natürlich|natuurlijk|absolutely|definitely|indeed|done|fertig|hecho|feito|fait))?\s*[.!]*\s*$/iu.test(own[0]!)) return { command: 'done', due: null, sentence: own[0]! };
    // "yep 👍", "Yes, all good 🎉": a yes with a smile or an "all good".
    if (own.length === 1 && /^\s*(?:yes|yep|yup|yeah|yess+|ya|yea)\b[\s!.,]*(?:all (?:good|done|sorted)|sure did|i did|we did|did it)?[\s!.]*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d][\s!.]*)*$/iu.test(own[0]!)) return { command: 'done', due: null, sentence: own[0]! };
    // "Yes! The zine has been on the shelf since last week": a yes standing first, then the story of it.
    if (own.length >= 2 && /^\s*(?:yes|yep|yup|yeah|yess+)\s*[!.]+\s*$/i.test(own[0]!)) return { command: 'done', due: null, sentence: own[0]! };
    // "Yes, dropped them off yesterday!", "Booked the hall last Tuesday, all set": the deed told in the past, with the day it
    // was done, is a done; a step with more to come ("emailed them yesterday, still waiting") is not.
    // "Sent them on Friday – did they not come through?": a question put after the deed asks about its arrival; its "not"
    // is no more to come.
    const deedOpen = (x: string) => PAST_DEED_OPEN.test(x.includes('?') ? x.replace(PAST_DEED_ASKED, '') : x);
    const pd = own.find((x) => PAST_DEED.test(x) && !deedOpen(x));
    if (pd && !own.some((x) => deedOpen(x) && PAST_DEED.test(x))) return { command: 'done', due: null, sentence: pd };
    const dn = hit(DONE) ?? hit(DONE_MORE);
    if (dn && !/\b(not|n't|haven'?t)\b/i.test(dn.split(/[.!,]/)[0]!)) return { command: 'done', due: null, sentence: dn };
    const fd = hit(FOREIGN_DONE);
    // The negation is read in the piece that holds the done word ("Нет, не сделал ещё"; "Hecho, pero casi no vino nadie" stays done).
    if (fd && !FOREIGN_NEG.test(fd.split(/[.!,;、。！]/).find((x) => FOREIGN_DONE.test(x)) ?? fd)) return { command: 'done', due: null, sentence: fd };
    // A bare new date ("April?", "mid-March", "sorry!! next Tues?") in a check-in is a new due date.
    const bare = own.filter((x) => !/^\s*(?:(?:so sorry|sorry|apologies|my bad|oops|argh+|ugh+|hi|hey|hello|thanks|thank you|ok|okay)\b[\s!.,]*)+$/i.test(x));
    if (bare.length === 1 && bare[0]!.split(/\s+/).length <= 4) {
      const due = cutDue(bare[0]!, input.received, input.timezone || 'UTC');
      if (due.due && tidyAction(due.rest).split(/\s+/).filter(Boolean).length <= 1) return { command: 'reschedule', due: due.due, sentence: bare[0]! };
    }
    // "Behind on this one, sorry. Monday week?": a bare date asked as a question after an excuse.
    // Of several bare dates ("Planned / New date" as a table's cells: "Sat 14 Nov", "Sat 5 Dec"), the last is the new one.
    let lastBare: { command: Command; due: DueRange; sentence: string } | null = null;
    // "omg totally forgot 🙈 next week?": an emoji between words ends a sentence as a mark would, on a phone.
    for (const x of bare.flatMap((y) => (EMOJI_INSIDE.test(y) ? y.split(EMOJI_INSIDE) : [y]))) {
      // "Oops, forgot! Next week for sure": a date with nothing but filler beside it, too.
      if (x.split(/\s+/).length > 5) continue;
      const due = cutDue(x, input.received, input.timezone || 'UTC');
      if (due.due && tidyAction(due.rest).replace(BARE_DATE_FILLER, '').replace(FOREIGN_LATER, '').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length <= (/\?\s*$/.test(x) ? 1 : 0)) lastBare = { command: 'reschedule', due: dayInMonthSaid(own, x, due.due, dueIn, input), sentence: x };
    }
    if (lastBare) return lastBare;
    // "Should be done by Friday!": when it will be finished.
    for (const x of own) {
      for (const c of x.split(/\s*[,;]\s*|\s+[-–—]\s+/)) {
        const cd = cutDue(c, input.received, input.timezone || 'UTC');
        if (cd.due && (readyLater(cd.rest) || (c.includes('re') && REST_LATER.test(c))) && !hedged(c)) return { command: 'reschedule', due: cd.due, sentence: x };
      }
    }
    const later = hit(NO_DATE_LATER);
    if (later) return { command: 'not-yet', due: null, sentence: later };
  }
  if (context === 'invitation') {
    if (hit(DECLINE) || hit(FOREIGN_DECLINE) || hit(NOT_COMING) || (hit(WELL_WISH) && !own.some((x) => !WELL_WISH.test(x) && (JOIN.test(x) || JOIN_MORE.test(x) || FOREIGN_JOIN.test(x) || FOREIGN_JOIN2.test(x))))) return { command: null, due: null, sentence: null };
    if (/^\s*(?:(?:👍|👌|🙋|🙌|✅|✔️?|💯|🎉|✋|🤚|🥳)(?:\p{Emoji_Modifier}|\ufe0f|\u200d?[♀♂]\ufe0f?)*\s*)+[!.]*\s*$/u.test(first)) return { command: 'join', due: null, sentence: first };
    // "+1", "+1 from me", "+2 (me and my daughter)": counting oneself in.
    const plus = own.find((x) => /^\s*(?:me\s*)?\+\s*[1-9]\b(?!\s*(?:°|%|\d))/i.test(x));
    if (plus) return { command: 'join', due: null, sentence: plus };
    const j0 = hit(JOIN) ?? hit(JOIN_MORE) ?? hit(FOREIGN_JOIN) ?? hit(FOREIGN_JOIN2);
    // "nie przyjdę", "не приду": a negated foreign yes is a no.
    const fj = j0 && !JOIN.test(j0) && !JOIN_MORE.test(j0) ? (FOREIGN_JOIN.exec(j0) ?? FOREIGN_JOIN2.exec(j0)) : null;
    if (fj && /(?<![\p{L}])(?:nie|не|no|non|ne|nicht|niet|tidak|nahi|nem|לא|नहीं)\s+$/iu.test(j0!.slice(0, fj.index))) return { command: null, due: null, sentence: null };
    // "Ik kom niet", "Ich komme leider nicht": the negation after the yes word.
    if (fj && /^\s+(?:(?:leider|helaas|dan|toch|doch|echt|wohl|dessverre|desværre|tyvärr|dessvärre)\s+)?(?:niet|nicht|pas|não|non|ikke|ikkje|inte|nie|না|नहीं)(?![\p{L}])/iu.test(j0!.slice(fj.index + fj[0].length))) return { command: null, due: null, sentence: null };
    // "Depends on the weather — if it's not bucketing down I'll come", "I'll come if I can bring my kid", "I will attend,
    // but only if it's in English": a yes on a condition is not yet a yes; a courtesy one ("if that's alright", "if you need one") leaves it.
    if (j0 && (/\bdepends\b|\bdepending\b|\bonly (?:if|when|as long as|provided)\b/i.test(j0) || (/\b(?:if|unless|as long as|provided|assuming)\b/i.test(j0) && clauses(j0.replace(/\b(?:ok|okay|alright|all right|fine|cool|mind|matter)\s+if\b/gi, 'and').replace(/\bif there(?:'|’)?s (?:still )?(?:space|room|a spot|a place|a seat)\b/gi, '')).some((c) => (JOIN.test(c) || JOIN_MORE.test(c)) && (/^\W*(?:if|unless|as long as|provided|assuming)\b/i.test(c) || trailCondition(c)))))) return { command: null, due: null, sentence: null };
    // "se minha mãe deixar eu vou sim", "wenn meine Eltern ja sagen, komm ich", "kalau boleh aku ikut": a foreign yes after an
    // "if" is not yet a yes.
    if (j0 && !JOIN.test(j0) && !JOIN_MORE.test(j0) && FOREIGN_IF_YES.test(j0)) return { command: null, due: null, sentence: null };
    const j = j0;
    // "Sounds fun! What time does it start?": interested, asking before deciding, not yet a yes.
    // "Sounds fun po! …?", "Sounds great lah, …?": a closing particle of politeness changes nothing.
    if (j && /^\s*sounds\s+(?:great|good|fun|lovely|interesting|cool)\b(?:\s+(?:po|naman|lah|la|ji|yaar|mate|eh|guys|all))?[\s!.,]*(?:[^.!?]*\?\s*)?$/i.test(j) && own.some((x) => /\?\s*$/.test(x))) return { command: null, due: null, sentence: null };
    // "Yes, probably!", "Count me in, if work allows": a hedged yes is not yet a yes.
    // A hedge on something else ("I'm in, but I might be 20 minutes late") leaves the yes.
    const jc = j ? clauses(j).find((x) => JOIN.test(x) || JOIN_MORE.test(x) || FOREIGN_JOIN.test(x) || FOREIGN_JOIN2.test(x)) ?? j : null;
    // "I'll be there, probably a bit late": a hedge on the lateness leaves the yes.
    // "I will surely be there, though probably around 4pm": a hedge on the hour of arrival leaves it too.
    const jcH = jc ? jc.replace(/[,;]?\s*(?:but\s+)?[^,;]*\blate\b[^,;]*$/i, '').replace(/[,;]\s*(?:but\s+|though\s+|tho\s+)?(?:probably|maybe|perhaps|likely)\s+(?:around|at|after|by|from|closer to|nearer)\s+(?:\d|noon|midday|lunch|half|the end)[^,;]*$/i, '') : null;
    if (jcH && HEDGE.test(jcH) && !/\b(?:can(?:'|’)?t|cannot) wait\b/i.test(jcH)) return { command: null, due: null, sentence: null };
    // "Please is it free? And can I come with my own laptop?": asking whether one may come is no yes yet (round 10's
    // questions in an invitation); a yes said beside it still is one.
    if (j && /\?\s*$/.test(j) && /^\W*(?:(?:and|so|also|but|please|pls)[,\s]+)*(?:can|could|may|shall|should)\s+(?:i|we)\s+(?:(?:still|also|just)\s+)?(?:come|join|attend|bring|be there)\b/i.test(j)) {
      const yes = own.find((x) => x !== j && !/\?\s*$/.test(x) && (JOIN.test(x) || JOIN_MORE.test(x) || FOREIGN_JOIN.test(x) || FOREIGN_JOIN2.test(x)));
      return yes ? { command: 'join', due: null, sentence: yes } : { command: null, due: null, sentence: null };
    }
    if (j) return { command: 'join', due: null, sentence: j };
    // "Sawa! I will bring my laptop", "Vale. We'll bring the cake.": a firm promise to bring something to the thing one is
    // invited to says one comes (README: "I'll bring X" = join + commitment); a question, a condition or a hedge does not.
    // "Avec plaisir, j'apporte des crêpes 🙂", "Genial, llevo la guitarra", "Ich bringe Kuchen mit", "Eu levo o bolo": the same
    // promise in the other languages, read by the bring-along table in any comma piece.
    const brings = own.find((x) => (/^\W*(?:(?:and|also|so|then|ok|okay)[,\s]+)?(?:i|we)\s*(?:(?:'|’)ll|will|shall)\s+(?:(?:surely|definitely|certainly|also)\s+)?bring\b/i.test(x) || x.split(/\s*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]+|[,;!])\s*/u).some((y) => FOREIGN_BRING_ALONG.test(y))) && !/\?|\b(?:if|unless|maybe|perhaps|might|try|probably|hopefully|whoever|next time|instead)\b|(?<![\p{L}])(?:si|se|wenn|falls|als|peut-être|quizás|talvez|vielleicht|misschien|może|kung|baka)(?![\p{L}])/iu.test(x));
    if (brings) return { command: 'join', due: null, sentence: brings };
  }
  if (context === 'confirmation') {
    const firstUnit = own[0] ?? first;
    if (NO.test(firstUnit)) return { command: 'no', due: null, sentence: firstUnit };
    if (YES.test(firstUnit)) return { command: 'yes', due: null, sentence: firstUnit };
  }
  return { command: null, due: null, sentence: null };
}

// ---------- the whole ----------
const SIGN_OFF_GATE = /(?:beij|bjs|beso|bisou|abra|salud|xo|xx|lg|vg|grü|gru|gracias|obrigad|danke|merci|cheers|thx|[\p{Extended_Pictographic}])/iu;
const SIGN_OFF_TAIL = /(?:\s*[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]+)*\s*(?:(?:\s+|^)(?:beijos?|beijinhos?|bjs|besos|besitos|bisous|bises|abrazos?|abra[çc]os?|saludos|xoxo|xx+|lg|vg|liebe grü(?:ß|ss)e|grü(?:ß|ss)e|gracias|muchas gracias|obrigad[oa]|danke|merci|cheers|thx)(?:\s+\p{Lu}\p{L}+)?)?[\s!.]*$/u;

const dedupe = <T extends { text?: string; action?: string }>(xs: T[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = (x.text ?? x.action ?? '').toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

// "laptops" and, from the next sentence, "old laptops": one thing, said twice; the fuller wording stays.
const contentWords = (s: string) => (s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !ITEM_STOP.has(w));
const ITEM_STOP = new Set(['a', 'an', 'the', 'some', 'any', 'to', 'of', 'for', 'my', 'our', 'and', 'or', 'with', 'in', 'on']);
function covered(xs: Item[]): Item[] {
  if (xs.length < 2) return xs;
  const ws = xs.map((x) => contentWords(x.text));
  return xs.filter((_, i) => !ws[i]!.length || !ws.some((o, j) => j !== i && o.length > ws[i]!.length && ws[i]!.every((w) => o.includes(w))));
}

export interface UnderstandingWithKind extends Understanding {
  kind: MessageKind;
}

// Punctuation said aloud to a phone ("I will host a coffee klatch next Tuesday period I can bring cookies period"): written
// as marks, so sentences end where the person ended them. Only in a reply that reads as dictated: two such words, or one
// in a reply with no other sentence mark ("the trial period is over." is left alone).
const SPOKEN_MARK = /(?<=\p{L}|\d)\s+(period|full stop|comma|exclamation (?:point|mark)|question mark|colon|new (?:line|paragraph)|next line|punto y aparte|punto y seguido|punto|coma|signo de interrogaci[óo]n|point à la ligne|point|virgule|ponto final|ponto|v[íi]rgula)(?=\s|$)/giu;
// "I'LL WRITE THE BLOG POST BY THE 4TH. CORRECTION - THE 11TH": answers typed in capitals (to stand out from the
// quoted ask) are read as written in ordinary case; acronyms in mixed-case lines stay.
const CAPS_LINE = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;
const uncap = (l: { text: string; quoted: boolean }) => (!l.quoted && l.text.length > 20 && CAPS_LINE.test(l.text) ? { ...l, text: l.text.toLowerCase().replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/\bi\b/g, 'I') } : l);
// The double modal of the US South and Scotland ("I might could bring …", "we might can host …") is the second modal:
// an offer or a promise, not a hedge.
const DOUBLE_MODAL = /\bmight\s+(could|can|would|should)\b/gi;
const plainModals = (lines: { text: string; quoted: boolean }[]) => (lines.some((l) => !l.quoted && /\bmight\s+(?:could|can|would|should)\b/i.test(l.text)) ? lines.map((l) => (l.quoted ? l : { ...l, text: l.text.replace(DOUBLE_MODAL, '$1') })) : lines);
function undictate(lines0: { text: string; quoted: boolean }[]): { text: string; quoted: boolean }[] {
  const lines = lines0.some((l) => !l.quoted && l.text.length > 20 && CAPS_LINE.test(l.text)) ? lines0.map(uncap) : lines0;
  const own = lines.filter((l) => !l.quoted).map((l) => l.text).join('\n');
  const n = own.match(SPOKEN_MARK)?.length ?? 0;
  if (n === 0 || (n < 2 && /[.!?](?=\s+\S)/.test(own))) return lines;
  const mark = (w: string) => (/^(?:comma|coma|virgule|v[íi]rgula)$/i.test(w) ? ',' : /^colon$/i.test(w) ? ':' : /exclamation/i.test(w) ? '!' : /question|interrogaci/i.test(w) ? '?' : '.');
  return lines.map((l) => (l.quoted ? l : { ...l, text: l.text.replace(SPOKEN_MARK, (_m, w: string) => mark(w)).replace(/([.!?])\s+(\p{Ll})/gu, (_m, p: string, c: string) => `${p} ${c.toUpperCase()}`) }));
}

// "Der Rest passt", "Lo demás perfecto", "Otherwise all correct": the rest of the record stands; no item of its own.
const REST_FINE = /^(?:(?:and|but|otherwise|else|y|e|et|und|aber|sonst|ansonsten|lo|le|o)[,\s]+)*(?:the rest|everything else|all the rest|der rest|alles andere|lo dem[áa]s|todo lo dem[áa]s|el resto|o resto|le reste|tout le reste|il resto|tutto il resto|all (?:else )?correct|rest)\b[^.!?]{0,30}?(?:\b(?:fine|good|right|correct|ok(?:ay)?|passt|stimmt|perfect[oa]?|bien|bem|certo|correct[oa]?|juste|bon|giusto|va bene|as is)\b|$)/iu;
/** A reply to our confirmation of what we understood, read in context `ask` (see confirmed.ts). */
function confirmationReply(result: UnderstandingWithKind, us: Unit[], input: UnderstandInput, reply: string): void {
  const tz = input.timezone || 'UTC';
  const record = quotedRecord(input.text ?? '', reply, input.received, tz, formatOf);
  if (!record && !CORRECTING.test(reply)) return;
  const r = readConfirmation(us.map((u) => u.text), record, input.received, tz, formatOf);
  const gone = (x: { sentence: string }) => r.consumed.has(x.sentence) || REST_FINE.test(x.sentence.trim());
  if (r.commitment) result.commitments = [r.commitment, ...result.commitments.filter((c) => !gone(c) && !(c.format && c.format === r.commitment!.format))];
  else if (r.drop || r.consumed.size) result.commitments = result.commitments.filter((c) => !gone(c));
  if (r.drop && (result.command === null || result.command === 'no')) result.command = 'drop';
  for (const k of ['offers', 'needs', 'wishes'] as const) {
    const slot = k === 'offers' ? 'offer' : k === 'needs' ? 'need' : 'wish';
    result[k] = result[k].filter((x) => !gone(x) && !(r.touched.has(slot) && r.items.some((i) => i.slot === slot)));
    for (const i of r.items) if (i.slot === slot && !result[k].some((x) => x.text === i.text)) result[k].push({ text: i.text, sentence: i.sentence });
  }
}

export function understand(input: UnderstandInput): UnderstandingWithKind {
  forgetDates();
  const context = input.context ?? 'ask';
  const lines = visibleLines(input.text ?? '', input.html);
  const reply = visibleReplyOf(lines);
  const base = { reply, command: null, due: null, commitments: [], offers: [], needs: [], wishes: [] };
  if (looksBounce(reply)) return { ...base, kind: 'bounce', confidence: 1, notes: ['Delivery failure notice; nothing to understand.'] };
  if (looksAutomatic(reply)) return { ...base, kind: 'auto-reply', confidence: 1, notes: ['Automatic reply (out of office or similar); nothing to understand.'] };
  if (!reply.trim()) return { ...base, kind: 'reply', confidence: 0.2, notes: ['The reply has no new text of its own.'] };

  arabizi = ARABIZI_WORD.test(reply) && (reply.match(ARABIZI_WORDS) ?? []).length >= 2;
  const us = units(readLines(undictate(plainModals(lines))));
  if (context === 'ask') numberedAnswers(us, input.text ?? '');
  if (context === 'ask') placeholderAnswers(us);
  if (context === 'ask') answerAbove(us, input.text ?? '');
  if (context === 'ask') offerClauses(us);
  const cmd = commandOf(reply, context, us, input);
  // The sentence that carried a check-in command is not also read as a commitment ("Not yet, I'll do it in April").
  const skip = new Set<string>();
  if (cmd.command === 'stop' && cmd.sentence) skip.add(cmd.sentence);
  if (context === 'check-in' && cmd.sentence && (cmd.command === 'reschedule' || cmd.command === 'drop' || cmd.moved)) skip.add(cmd.sentence);
  if (context === 'check-in' && cmd.command === 'reschedule' && cmd.dateSentence) skip.add(cmd.dateSentence);
  let f = extract(us, input, skip);
  if (context === 'ask' && askOrderSlots(us, f)) f = extract(us, input, skip);
  if (cmd.command === 'join') {
    // "Count me in, I'll bring cookies": the join is not a commitment, what follows it may be.
    // "I will assist with my husband" (asistir, assister, assistir = attend): coming, with company, is no promise.
    f.commitments = f.commitments.filter((c) => !/^(in|there)\b/i.test(c.action) && !/^(?:assist|attend|come)(?:\s+(?:to|at)\s+(?:it|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))?(?:\s+(?:with|together with)\s+(?:my|our)\s+(?:husband|wife|partner|kids?|children|son|daughter|family|friends?|mother|father|mum|mom|dad|sister|brother|cousin|colleague|neighbou?r)s?)?[\s!.]*$/iu.test(c.action) && !/^(?:(?:both|all|definitely)\s+)?(?:come|be there|join|attend)\b(?:\s*\([^)]*\))?[\s!.]*$/i.test(c.action) && !/^(?:be|arrive|come|get there|show up)\s+(?:a (?:bit|little) |\d+\s*min(?:ute)?s? |(?:about |around )?\d+ )?late\b/i.test(c.action));
  }
  // "I'll be sane again by then", "I'll actually have evenings again", "I'll be the one with the flask of tea": a state to
  // come, or how to know the person, is no promise; "stepping back from
  // all volunteer commitments" is a withdrawal; a fragment left by a cut possessive date ("'s kaffeeklatsch") is nothing.
  // "We're now aiming for the Saturday after New Year's": with the date cut, a bare aim is no promise of its own.
  f.commitments = f.commitments.filter((c) => !STATE_TO_COME.test(c.action.replace(/^(?:i|we)\s*(?:(?:'|’)ll|will)\s+/i, '')) && !/^['’]s\b/.test(c.action) && !/^(?:aiming|targeting|planning|hoping|shooting)(?:\s+(?:for|at|to))?[\s.!]*$/i.test(c.action));
  if (context === 'invitation') {
    // "Will catch the next one", "Neem mijn buurvrouw mee": coming to a later one, or bringing a companion, is about the
    // visit, no promise.
    f.commitments = f.commitments.filter((c) => !NEXT_ONE.test(c.action) && !BRING_COMPANION.test(c.action));
    // "I'll be there! Bringing a plate.": a participle alone, after a yes, is a thing the person will bring.
    if (cmd.command === 'join') {
      for (const u of us) {
        const b = BRINGING.exec(u.text);
        if (b && !BRING_COMPANION.test(`bring ${b[1]}`) && !f.commitments.some((c) => c.sentence === u.text)) f.commitments.push({ action: `bring ${b[1]}`, format: null, due: null, sentence: u.text });
      }
    }
    // "Llevo la tortilla y a mi sobrino (16) que quiere …", "porto la torta e mio nipote": the companion brought along
    // after the thing is about the visit; the thing stays.
    for (const c of f.commitments) {
      const k = COMPANION_TAIL.exec(c.action);
      if (k && k.index > 0 && BRING_COMPANION.test(c.action.slice(0, c.action.search(/\s/)) + ' ' + c.action.slice(k.index + k[1]!.length).trim())) c.action = c.action.slice(0, k.index).trim();
    }
  }
  // "If another library wants the slides from our workshop, I'm happy to share them": "them" is the thing named in the if.
  for (const u of us) {
    const m = IF_WANTS_THEN.exec(u.text);
    if (!m) continue;
    f.offers = f.offers.filter((o) => !(o.sentence === u.text && /\b(?:it|them|those|these)\s*[.!]*$/i.test(o.text)));
    f.offers.push({ text: `${m[2]} ${m[1]}`, sentence: u.text });
  }
  // "Will you have a hearing loop? My dad uses one.": asking whether a thing will be there, then who relies on it, is a need.
  for (let k = 0; k + 1 < us.length; k++) {
    const q = HAVE_Q.exec(us[k]!.text);
    if (q && RELIES_ON_IT.test(us[k + 1]!.text) && !f.needs.some((n) => n.text === q[1])) f.needs.push({ text: q[1]!, sentence: us[k]!.text });
  }
  if (context === 'check-in' && cmd.command && cmd.command !== 'not-yet' && cmd.command !== 'done') {
    // In a check-in the command is the point; a past or rescheduled action is not a new commitment.
    f.commitments = f.commitments.filter((c) => !(cmd.sentence && c.sentence === cmd.sentence));
  }
  // "Moved to the 27th. I'll give the talk then.", "Ons skuif dit na 5 Junie; ek hou dit dan": after a move with its new date,
  // the thing promised "then" is the commitment checked on, now at the new date, not a new one.
  if (context === 'check-in' && cmd.command === 'reschedule' && cmd.due) f.commitments = f.commitments.filter((c) => !(c.sentence !== cmd.sentence && !c.due && THEN_AT_NEW.test(c.sentence)));
  if (context === 'check-in' && cmd.command === 'not-yet') {
    // "Not yet. I'll get to it later": doing "it" is the commitment checked on, not a new one.
    f.commitments = f.commitments.filter((c) => !/^(?:get (?:round |around )?to|do|finish|sort|tackle|get on with|complete|wrap up|get)\s+(?:it|this|that|this one|that one)\b/i.test(c.action));
    // "Partly there … Will keep going": going on with it is the same commitment, not a new one.
    f.commitments = f.commitments.filter((c) => !/^(?:keep (?:going|at it|on|working|plugging away|chipping away|pushing)|carry on|press on|push on|soldier on|continue|plug away|chip away)(?:\s+(?:with|on|at)\s+(?:it|this|that))?[\s.!]*$/i.test(c.action));
    // "Will circle back", "I'll write when I know more", "the plan is still on": reporting back later, or the thing still
    // standing, is the answer about the commitment, not a new one.
    f.commitments = f.commitments.filter((c) => !(REPLY_LATER.test(c.action) || /^(?:circle back|write(?:\s+(?:again|back))?(?:\s+(?:when|once|as soon as)\b.*)?|be in touch|keep (?:you|u) posted|(?:still|back) on)[\s.!]*$/i.test(c.action)));
  }
  const notes: string[] = [];
  let confidence = 0.9;
  // "Eu vou organizar um kitchen table sprint em agosto. (I will organise a kitchen table sprint in August.)": one promise.
  // "I'll do it! Coffee klatch, my place, March 20.": "do it" only points at the promise said in full.
  // "Count me in for something small. I'll give a talk on Git basics …": "something small" only points at it too.
  const POINTER_ACT = /^(?:(?:do|doing|make|manage|handle|tackle|tackling)\s+(?:it|that|this|so|one)|(?:(?:do|run|host|organi[sz]e|put on|try)\s+)?something(?:\s+(?:small|little|similar|like (?:that|this)))?)$/i;
  if (f.commitments.length > 1) f.commitments = f.commitments.filter((c) => !POINTER_ACT.test(c.action) || f.commitments.every((o) => o === c || POINTER_ACT.test(o.action)));
  // "excel/sql help, i do this all day at work": the thing named ends where a sentence of its own begins.
  for (const c of f.commitments) c.action = cutClauseTail(c.action);
  // "put together a guide for the vendors, and ask the market manager for an outlet": two promises.
  f.commitments = f.commitments.flatMap((c) => {
    const parts = splitActions(c.action);
    return parts.length < 2 ? [c] : parts.map((a) => ({ ...c, action: a, format: formatOf(a) }));
  });
  for (const x of [...f.needs, ...f.wishes]) x.text = cutClauseTail(x.text);
  // "if anyone has an old laptop lying around, we could really use two or three": a need told as a count takes the thing
  // from the condition before it in the same sentence.
  for (const x of f.needs) {
    if (!COUNT_ONLY.test(x.text)) continue;
    const had = IF_ANYONE_HAS.exec(x.sentence);
    if (had) x.text = had[1]!.replace(LIES_AROUND, '');
  }
  // "… laboratório de ciências de verdade beijos", "… drucken können 🙏 lg Jonas", "… rapidísimo gracias": the goodbye run
  // on at the end of an unpunctuated reply is no part of the thing.
  for (const x of [...f.needs, ...f.wishes, ...f.offers]) if (SIGN_OFF_GATE.test(x.text)) x.text = x.text.replace(SIGN_OFF_TAIL, '') || x.text;
  for (const c of f.commitments) if (SIGN_OFF_GATE.test(c.action)) c.action = c.action.replace(SIGN_OFF_TAIL, '') || c.action;
  // "i have a car and most thursday afternoons free, i can do grocery runs": the sentence after the comma offers again.
  for (const x of [...f.offers]) {
    const { head, rest } = splitClauseTail(x.text);
    x.text = cutRelativeTail(head);
    const again = rest?.match(/^(?:i|we)\s+(?:can|could|(?:'|’)d be (?:happy|glad) to|(?:am|'m|’m|are|'re|’re) (?:happy|glad) to)\s+(\S.*)$/i);
    if (again) f.offers.push({ text: cutClauseTail(again[1]!.replace(/[\s.!]+$/, '')), sentence: x.sentence });
  }
  // "You asked what I will do.": the question echoed is no promise; "On behalf of the committee I wish to thank the
  // organisers": a courtesy said in the letter is done by saying it.
  f.commitments = f.commitments.filter((c) => !ECHOED_ASK.test(c.sentence ?? '') && !(COURTESY_ACT.test(c.action) && COURTESY_LEAD.test(c.sentence ?? '')));
  const commitments = dedupe(f.commitments).filter((c) => !BARE_TIME.test(c.action)).filter((c, i, all) => !(FOREIGN_HOST.test(c.action) && (c.format || c.due) && all.some((o, j) => j !== i && o.format === c.format && o.due?.end === c.due?.end && !FOREIGN_HOST.test(o.action))));
  // "We need more young people in the labour movement" is a wish for the movement; "about a month's notice" is no need.
  f.wishes.push(...f.needs.filter((x) => MOVEMENT_MORE.test(x.text)));
  f.needs = f.needs.filter((x) => !MOVEMENT_MORE.test(x.text) && !LOGISTICS.test(x.text));
  // "Tunahitaji multimeters, hatuna hata moja", "we need multimeters, we don't have a single one": having none of it is no
  // second need.
  f.needs = f.needs.filter((x) => !HAVE_NONE.test(x.text));
  // "Soll ich Kuchen mitbringen?" to an invitation: asking what to bring is logistics, no offer (round 10's "can i bring
  // anything?"; the question offers only in answer to the ask).
  if (context === 'invitation') f.offers = f.offers.filter((x) => !FOREIGN_OFFER_Q.test(x.sentence ?? ''));
  // "that's the earliest I can do": a bare "do" offers nothing.
  f.offers = f.offers.filter((x) => !/^(?:do|do it|do that|do this|manage|make it)$/i.test(x.text.trim()));
  // "I have a lot of experience in grant writing and I would be glad to help": the bare "help" is the help with it.
  if (f.offers.length > 1) f.offers = f.offers.filter((x) => !(/^help(?: out)?$/i.test(x.text) && f.offers.some((o) => o !== x && /^help\b/i.test(o.text))));
  // "We can print posters at cost … We'd love to print for more of them.": the same doing again, pointing back, is no new offer.
  // "I have a projector nobody is using, happy to give it to a community group": giving "it" is the thing already offered.
  if (f.offers.length > 1) f.offers = f.offers.filter((x) => !(/^(?:give|lend|pass|donate|hand|loan|send|drop|bring|deliver|take)\s+(?:it|them)\b/i.test(x.text) && f.offers.some((o) => o !== x && o.sentence === x.sentence)));
  // "Harakeke weaving workshops. I run them at the marae already, happy to bring them to the library.": bringing "them"
  // in a later sentence is the thing already offered too.
  if (f.offers.length > 1) f.offers = f.offers.filter((x, k) => !(/^(?:give|lend|pass|donate|hand|loan|send|drop|bring|deliver|take)\s+(?:it|them)\b/i.test(x.text) && f.offers.slice(0, k).some((o) => !/^(?:give|lend|pass|donate|hand|loan|send|drop|bring|deliver|take)\s+(?:it|them)\b/i.test(o.text))));
  if (f.offers.length > 1) f.offers = f.offers.filter((x) => !(/\b(?:them|it|those|these|that)\s*$/i.test(x.text) && x.text.split(/\s+/).length <= 6 && f.offers.some((o) => o !== x && o.text.split(/\s+/)[0]!.toLowerCase() === x.text.split(/\s+/)[0]!.toLowerCase() && o.text.length > x.text.length)));
  // "I'd love it if you could come": a bare pronoun names no thing.
  // "If anyone wants to pair on that, I'd love the company": company wanted is no thing needed.
  const thing = (x: Item) => !/^(?:it|this|that|them|those|these|one|some|so|too|(?:the|some) company)[\s.!]*$/i.test(x.text) && (!BARE_TIME.test(x.text) || /^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:mornings|afternoons|evenings|nights)\s*$/i.test(x.text));
  const offers = covered(dedupe(f.offers.filter(thing))), needs = covered(dedupe(f.needs.filter(thing))), wishes = covered(dedupe(f.wishes.filter(thing)));
  const understood = commitments.length + offers.length + needs.length + wishes.length + (cmd.command ? 1 : 0);
  if (!understood) {
    confidence = 0.3;
    notes.push('Nothing to act on was understood in this reply.');
  }
  if (f.hedged.length) {
    confidence = Math.min(confidence, 0.5);
    notes.push(`Sounds tentative, not taken as a commitment: “${f.hedged[0]}”`);
  }
  if (f.refused.length && !understood) notes.push(`Declines: “${f.refused[0]}”`);
  if (cmd.command === 'reschedule' && !cmd.due) {
    confidence = Math.min(confidence, 0.5);
    notes.push('Asks to reschedule but gives no date we could read.');
  }
  if (lines.some((l) => l.quoted) && us.some((u) => u.question === null) && understood === 0) confidence = Math.min(confidence, 0.4);
  const result: UnderstandingWithKind = { reply, kind: 'reply', command: cmd.command, due: cmd.command === 'reschedule' ? cmd.due : null, commitments, offers, needs, wishes, confidence, notes };
  if (cmd.command === 'reschedule' && cmd.shift) result.shift = cmd.shift;
  if (context === 'ask') confirmationReply(result, us, input, reply);
  if (context === 'confirmation') {
    const correction = correctionOf(us.map((u) => u.text), input.received, input.timezone || 'UTC');
    if (correction) {
      result.correction = correction;
      // A correction is not a "yes"; the stored record changes, then is confirmed again.
      if (result.command === 'yes') result.command = null;
      // What the person corrects is not also a new commitment or item.
      result.commitments = [];
      result.offers = [];
      result.needs = [];
      result.wishes = [];
      result.confidence = Math.max(result.confidence, 0.8);
      result.notes = result.notes.filter((n) => !/Nothing to act on/.test(n));
    }
  }
  return result;
}
