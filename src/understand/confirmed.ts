// Replies to our "here is what we understood" confirmation, read in context `ask`: the quoted record gives the
// commitment and items; the person's words change part of it ("it's November, not October", "not a coffee klatch but a
// DemoCamp"), add to it ("add that I can offer …"), take something off ("remove the need for a room") or keep it ("the
// offer still stands"). Only what the reply touches is reported; what it leaves alone was already understood.
import { cutDue, findDue } from './dates.ts';
import { formatNamed } from './correction.ts';
import type { Commitment, DueRange, Format } from './types.ts';
import { fastEdges } from './word-edge.ts';

export type RecordSlot = 'commitment' | 'offer' | 'need' | 'wish';
export interface RecordLine {
  slot: RecordSlot;
  text: string; // the item, or the commitment's action without its date
  due: DueRange | null;
  format: Format | null;
}

// The confirmation's own heading, in the languages we send it in.
const CONFIRM_HEAD = fastEdges(/(?:what we(?:(?:'|’)ve| have)? understood|\bwe understood\b|ce que nous avons compris|ce que l['’]on a compris|o que (?:entendemos|percebemos)|lo que (?:hemos )?entendimos|lo que hemos entendido|haben wir verstanden|cosa abbiamo capito|wat we begrepen(?: hebben)?|我们的理解|我們的理解|이해한 내용)/iu);
const RECORD_LINE = /^[-*•·–]\s*([\p{L}][\p{L} ]{1,24}?)\s*[:：]\s*(\S.*)$/u;
const SLOT_LABEL: [RegExp, RecordSlot][] = [
  [/^(?:commitment|pledge|engagement|compromisso|compromiso|zusage|verpflichtung|impegno|toezegging|承诺|承諾|약속)$/iu, 'commitment'],
  [/^(?:offer|offre|angebot|oferta|offerta|aanbod|提供|제공)$/iu, 'offer'],
  [/^(?:need|besoin|bedarf|necesidad|necessidade|bisogno|behoefte|需要|필요)$/iu, 'need'],
  [/^(?:wish|souhait|v[œo]e?u|wunsch|deseo|desejo|desiderio|wens|愿望|願望|心愿|바람)$/iu, 'wish'],
];
// The slot a sentence names ("the need for a venue", "die Zusage", "la necesidad del proyector", "需要场地").
const SLOT_WORD: [RegExp, RecordSlot][] = [
  [/\b(?:commitment|pledge)|(?<![\p{L}])(?:engagement|compromisso|compromiso|zusage|verpflichtung|impegno)(?![\p{L}])|承诺|承諾|약속/iu, 'commitment'],
  [/\boffer(?!\s+(?:my|our|the|a|an|to)\b)|(?<![\p{L}])(?:offre|angebot|oferta|offerta|aanbod)(?![\p{L}])/iu, 'offer'],
  [/\bneed(?:s)?\b(?=\s+(?:for|of)\b|\s*["“”'’»]|\s+(?:is|are)\b|\s*[.,;!]|\s*$)|(?<=\bthe\s+)needs?\b|(?<![\p{L}])(?:besoin|bedarf|necesidad|necessidade|bisogno|behoefte)(?![\p{L}])|需要|필요/iu, 'need'],
  [/\bwish(?:es)?\b(?!\s+(?:i|we|you)\b)|(?<![\p{L}])(?:souhait|wunsch|deseo|desejo|desiderio)(?![\p{L}])|愿望|願望|心愿/iu, 'wish'],
];
const slotIn = (s: string): RecordSlot | null => {
  let best: [number, RecordSlot] | null = null;
  for (const [re, slot] of SLOT_WORD) {
    const m = re.exec(s);
    if (m && (!best || m.index < best[0])) best = [m.index, slot];
  }
  return best?.[1] ?? null;
};

const GLOSS = /\s*[(（][^()（）]*[)）]/gu;
const tidy = (s: string) => s.replace(GLOSS, '').replace(/[\s,，;；:：.。!]+$/u, '').replace(/^[\s,，]+/u, '').trim();

/** The record quoted under the reply ("> Here's what we understood: > - Commitment: …"), or null when none is quoted. */
export function quotedRecord(raw: string, reply: string, received: Date, timezone: string, formatOf: (a: string) => Format | null): RecordLine[] | null {
  if (!CONFIRM_HEAD.test(raw)) return null;
  const lines = raw.split('\n').map((l) => l.replace(/^[\s>]+/, '').trim());
  const at = lines.findIndex((l) => CONFIRM_HEAD.test(l) && !reply.includes(l));
  if (at < 0) return null;
  const out: RecordLine[] = [];
  const add = (slot: RecordSlot, body: string) => {
    if (slot !== 'commitment') {
      out.push({ slot, text: tidy(body), due: null, format: null });
      return;
    }
    const { due, rest } = cutDue(body, received, timezone);
    out.push({ slot, text: tidy(rest), due, format: formatOf(body) ?? formatNamed(body) });
  };
  // "We understood: run a coffee klatch at the allotment, early May bank holiday weekend": the record on the heading's line.
  const own = /[:：]\s*(\S.*)$/u.exec(lines[at]!.slice(CONFIRM_HEAD.exec(lines[at]!)!.index));
  if (own && !RECORD_LINE.test(own[1]!)) add('commitment', own[1]!);
  for (let j = at + 1; j < lines.length && j <= at + 12; j++) {
    const l = lines[j]!;
    if (!l) continue;
    const m = RECORD_LINE.exec(l);
    const slot = m ? SLOT_LABEL.find(([re]) => re.test(m[1]!.trim()))?.[1] : undefined;
    if (!m || !slot) {
      if (out.length) break;
      continue;
    }
    add(slot, m[2]!);
  }
  return out.length ? out : null;
}

// A reply that corrects what we understood, when the record is not quoted under it.
export const CORRECTING = fastEdges(/\bcorrections?\b|\bcorrect (?:this|that|it)\b|\bwrong\b|(?:got|have|put) me down (?:for|as)\b|\bnot quite\b|\b(?:almost|mostly|nearly) right\b|\ball correct\b|\beverything (?:is )?right except\b|(?<![\p{L}])(?:corrij\p{L}*|corrig\p{L}*|korrigier\p{L}*|fast richtig|quase certo|casi (?:bien|correcto)|presque (?:juste|correct)|quasi giusto)(?![\p{L}])|거의 맞|날짜를 바꿔|基本没错|基本沒錯|差不多对|有两处要改|要改/iu);

// Taking something off the record, in its languages.
const REMOVE = /\b(?:remove|delete|drop|take (?:out|off)|strike|scrap|cross (?:out|off))\b|(?<![\p{L}])(?:retirez|retirer|supprimez|supprimer|enlevez|enlever|streichen|streicht|entfernen|entfernt|l[öo]schen|l[öo]scht|saquen|saca|quiten|quita|eliminen|elimina|borren|borra|retirem|tirem|removam|apaguem|togliete|togli|eliminate|cancellate|verwijder|schrap)(?![\p{L}])|删掉|删除|去掉|拿掉|삭제|빼\s*주/iu;
// Keeping it as it is.
const KEEPS = /\bstill (?:stands|holds|open|valid|applies|good)\b|\b(?:is|are) still (?:open|on|there|valid|needed)\b|(?<![\p{L}])(?:bleibe|bleiben) (?:beim|bei der|bei)(?![\p{L}])|sigue (?:en pie|vigente|abiert[oa]|valiendo)|continua (?:de p[ée]|v[áa]lid[oa]|abert[oa])|reste (?:valable|d['’]actualit[ée]|ouverte?)|vale ancora|resta valid[oa]/iu;
// "nicht "mehr offene Daten", sondern "offene Fahrplandaten"": an item's words swapped.
const QUOTED_SWAP = /(?:not|nicht|no|pas|n[ãa]o|non)\s+["„“«‚'‘]\s*([^"“”»'’]+?)\s*["“”»'’‘]\s*,?\s*(?:but|sondern|sino|mais|mas|ma)\s+["„“«‚'‘]\s*([^"“”»'’]+?)\s*["“”»'’‘]/iu;

// What a correction says is not so: "not October", "ce n'est pas un coffee klatch", "não é em janeiro", "en vez de abril",
// "不是九月", "5월이 아니라". Cut before reading the new date, format or action.
const NEGATED = [
  /\bnot\s+(?!(?:only|just|sure|yet|quite\b(?!\s*[,.;!?—–-]*\s*$)))[^,.;!?—–]+?(?=\s+but\b|[,.;!?—–]|$)/giu,
  /\b(?:instead of|rather than)\s+(?:(?:the|a|an|in|on)\s+)?\S+/giu,
  /(?<![\p{L}])(?:en vez de|en lugar de|au lieu de|em vez de|ao inv[ée]s de|invece di|anstatt|statt)\s+(?:(?:el|la|los|las|le|les|o|a|os|as|dem|der|den|il|lo)\s+)?\S+/giu,
  /(?<![\p{L}])(?:n['’]est|ne sera|n['’]était)\s+pas\s+[^,.;!?]*?(?=\s+mais\b|[,.;!?]|$)/giu,
  /(?<![\p{L}])(?:n[ãa]o|no)\s+(?:es|é|e|ser[áa]|era|fue|foi|fica)\s+[^,.;!?]+?(?=\s+(?:sino|mas|sen[ãa]o|pero)\b|[,.;!?]|$)/giu,
  /(?<![\p{L}])(?:nicht|kein(?:e|en)?)\s+[^,.;!?]+?(?=,|\s+sondern\b|$)/giu,
  /(?<![\p{L}])non\s+(?:[èe]|sar[àa])\s+[^,.;!?]+?(?=\s+(?:ma|bens[ìi])\b|[,.;!?]|$)/giu,
  /不是[^，,。；;！!]+/gu,
  /\S+\s*아니(?:라|고)/gu,
];
const unsay = (s: string) => NEGATED.reduce((x, re) => x.replace(re, ' '), s);
const NEG_SHAPE = /\bnot\b|\binstead of\b|\brather than\b|(?<![\p{L}])(?:en vez de|en lugar de|au lieu de|em vez de|invece di|statt|anstatt|n['’]est pas|n[ãa]o (?:é|e|ser[áa])|no (?:es|ser[áa])|nicht|non (?:è|sar[àa]))(?![\p{L}])|不是|아니(?:라|고)/iu;
// "I said I'd help Mei with her coffee klatch", "I said a coffee klatch!": what the person said they would do.
const I_SAID = /\b(?:i|we)\s+(?:said|told you|wrote|meant)\s+(?:that\s+)?(?:(?:i|we)(?:(?:'|’)d|(?:'|’)ll| would| will)\s+)?(.+)$/i;
const CAUSE = /\s+(?:because|since|as|porque|pues|parce que|car|weil|da|perch[ée]|poich[ée]|omdat|因为|因為)\s.*$|(?:因为|因為).*$/iu;
const COPULA = /^(?:(?:and|y|e|et|und|but|mais|pero|mas|ma|sondern|sino)\s+)?(?:(?:it(?:'|’)s|it is|it(?:'|’)ll be|es|é|c['’]est|ist|[èe]|será|sera|ser[aá])(?![\p{L}])|是)\s*/iu;
// A format of someone else ("her coffee klatch", "Mei's DemoCamp"): helping with it is not running one.
const OTHERS_FORMAT = /\b(?:her|his|their|[A-Z][\p{L}-]+(?:'|’)s)\s+(?:\p{L}+\s+)?(?:kaffee|coffee|kitchen|demo)/u;
const FORMAT_SPAN = /(?:kaffee|coffee|cofee)[\s-]?kla(?:t?sch|tch)|kitchen[\s-]table[\s-]sprints?|demo\s?camp|kaffeeklatsch/iu;
const WILL_LEAD = /^(?:i|we)\s*(?:(?:'|’)ll|(?:'|’)d|will|would|shall|(?:'|’)m going to|am going to|(?:'|’)re going to|are going to)\s+|^(?:voy a|vamos a|vou|vamos|je vais|nous allons|ich werde|wir werden)\s+/iu;
// "say March", "call it the 18th", "the date", "날짜를 바꿔", "时间…": a sentence about the date.
const DATE_CUE = /\b(?:say|call it|make it|date(?:'|’)?s?|timing|when)\b|(?<![\p{L}])(?:fecha|data|datum|date|quand|cuando|quando|wann)(?![\p{L}])|날짜|时间|時間|日期/iu;
// "add that I can offer …", "podem acrescentar que …", "agreguen que …": an addition, read as it stands.
const ADDS = /\badd\b|(?<![\p{L}])(?:acrescent\p{L}*|agreg\p{L}*|añad\p{L}*|ajout\p{L}*|hinzuf\p{L}*|erg[äa]nz\p{L}*|aggiung\p{L}*|voeg\p{L}*)(?![\p{L}])|추가|加上|添加|补充/iu;
const PLAIN = (s: string) => s.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);

export interface ConfirmationReading {
  commitment: Commitment | null;
  drop: boolean;
  /** Items kept or changed by the reply, in their slots. */
  items: { slot: Exclude<RecordSlot, 'commitment'>; text: string; sentence: string }[];
  /** Sentences whose own reading is replaced by this one. */
  consumed: Set<string>;
  /** Slots the reply takes off or rewrites: what was read for them from the consumed sentences goes. */
  touched: Set<RecordSlot>;
}

/** What a reply to our confirmation changes. `record` is the quoted record, or null when none is quoted. */
export function readConfirmation(sentences: string[], record: RecordLine[] | null, received: Date, timezone: string, formatOf: (a: string) => Format | null): ConfirmationReading {
  const out: ConfirmationReading = { commitment: null, drop: false, items: [], consumed: new Set(), touched: new Set() };
  const rec = record?.find((r) => r.slot === 'commitment') ?? null;
  let due: DueRange | null = null;
  let format: { f: Format; words: string } | null = null;
  let action: string | null = null;
  for (const raw of sentences) {
    let s = PLAIN(raw);
    const clauses = s.split(/\s*[;；。]\s*|\s+[—–]\s+|\s+-\s+/u).filter(Boolean);
    let handled = false;
    const left: string[] = [];
    for (const c of clauses) {
      if (REMOVE.test(c)) {
        const slot = slotIn(c.slice(REMOVE.exec(c)!.index)) ?? slotIn(c);
        if (slot) {
          handled = true;
          out.touched.add(slot);
          if (slot === 'commitment') out.drop = true;
          continue;
        }
      }
      if (KEEPS.test(c)) {
        const slot = slotIn(c);
        if (slot && slot !== 'commitment') {
          handled = true;
          const r = record?.find((x) => x.slot === slot);
          const gloss = /[(（]([^()（）]{2,60})[)）]/u.exec(c)?.[1];
          const named = /\b(?:need|offer|wish)\s+(?:for|of|to)\s+(.+?)\s+(?:is|are)\s+still\b/i.exec(c)?.[1];
          const text = r?.text ?? gloss ?? named;
          if (text) out.items.push({ slot, text, sentence: raw });
          continue;
        }
      }
      const sw = QUOTED_SWAP.exec(c);
      if (sw) {
        const slot = slotIn(s) ?? record?.find((x) => words(x.text).size && [...words(sw[1]!)].every((w) => words(x.text).has(w)))?.slot ?? null;
        if (slot && slot !== 'commitment') {
          handled = true;
          out.touched.add(slot);
          out.items.push({ slot, text: sw[2]!, sentence: raw });
          continue;
        }
      }
      left.push(c);
    }
    if (handled) out.consumed.add(raw);
    if (!left.length) continue;
    s = left.join('; ');
    // The commitment: a new date, format or action said against the old one.
    const said = I_SAID.exec(s);
    const negated = NEG_SHAPE.test(s);
    const kept = unsay(s.replace(CAUSE, ''));
    const parts = kept.split(/\s*[,，;；]\s*|\s+(?:so|then|also|y|e|et|und|and)\s+|\s+[—–-]\s+/iu).filter((p) => /[\p{L}\d]/u.test(p));
    let d: DueRange | null = null;
    for (const p of parts) {
      const m = findDue(p, received, timezone);
      if (m) d = { start: m.start, end: m.end };
    }
    if (d && !ADDS.test(s) && (negated || said || DATE_CUE.test(s) || due || action || format)) {
      due = d;
      out.consumed.add(raw);
    }
    const fm = FORMAT_SPAN.exec(kept);
    const f = fm ? formatNamed(fm[0]) : null;
    if (f && (negated || said)) {
      format = { f, words: fm![0] };
      out.consumed.add(raw);
    }
    // The new wording of the action: "I said I'd help Mei with …", "no es un café, es un DemoCamp chiquito",
    // "5월이 아니라 6월에 커피 모임을 할 거예요".
    let fresh: string | null = null;
    if (said) fresh = unsay(said[1]!.replace(CAUSE, '')).split(/\s*[,，;；!]\s*/u)[0]!;
    else if (negated && !rec) fresh = parts.find((p) => formatNamed(p) || formatOf(tidy(cutDue(p, received, timezone).rest)) || CJK_FORMAT.test(p)) ?? null;
    if (fresh) {
      const a = tidy(cutDue(fresh.replace(COPULA, '').replace(WILL_LEAD, ''), received, timezone).rest.replace(COPULA, ''));
      const n = a.split(/\s+/).length;
      const verbal = !!rec && /^(?!(?:a|an|the|at|in|on|by|for|to|end|start|beginning|early|late|mid|is|are|was|were|that|this|it|our|my|there|we|i)\b)\p{L}/iu.test(a) && n >= 2;
      const named = !!(formatNamed(a) || CJK_FORMAT.test(a)) && n <= 6;
      if (verbal || named) {
        // Restating the same action with a date ("I said I'd run a DemoCamp after my bar exam") keeps the record's words.
        action = rec && [...words(rec.text)].every((w) => words(a).has(w)) ? rec.text : a;
        out.consumed.add(raw);
      }
    }
  }
  if (due || format || action) {
    let act = action ?? rec?.text ?? null;
    if (act) {
      let fmt: Format | null;
      if (action && action !== rec?.text) fmt = OTHERS_FORMAT.test(act) ? null : (formatOf(act) ?? cjkFormat(act));
      else {
        fmt = rec?.format ?? null;
        if (format && format.f !== fmt) {
          const old = FORMAT_SPAN.exec(act);
          if (old) act = act.slice(0, old.index) + format.words + act.slice(old.index + old[0].length);
          fmt = format.f;
        }
      }
      out.commitment = { action: act, format: fmt, due: due ?? rec?.due ?? null, sentence: [...out.consumed][0] ?? act };
      out.touched.add('commitment');
    }
  }
  return out;
}

// The formats named in Korean and Chinese with a verb of holding them ("커피 모임을 할", "办一次咖啡聚会").
const CJK_FORMAT = /커피\s?모임|데모\s?캠프|咖啡聚会|咖啡聚會|咖啡会|咖啡會/u;
export function cjkFormat(a: string): Format | null {
  if (!/(?:할|하|열|엽|주최|办|辦|举办|舉辦|组织|組織|开|開)/u.test(a)) return null;
  const m = CJK_FORMAT.exec(a);
  if (!m) return null;
  return /데모/.test(m[0]) ? 'democamp' : 'coffee-klatch';
}
