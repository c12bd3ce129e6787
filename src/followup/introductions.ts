// Gives and asks: match one attendee's offer to another's need, and introduce them only when both say yes.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { clientOf, prepared, type Db } from '../../db/client.ts';
import { attendees, events, introductions, items, outbox, people, type ItemKind } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { findSlot, zoneOf, type PlanDeps } from './cadence.ts';
import { insertOutbox } from './outbox.ts';
import { cityOf, firstName } from './text.ts';

type OutboxRow = typeof outbox.$inferSelect;

export const introductionEvent = (db: Db, id: number) => db.select({ e: introductions.eventId }).from(introductions).where(eq(introductions.id, id)).get()?.e;

const STOP = new Set(
  'a an the and or of to in on at for with by from my our your their his her its we i you they me us them some any this that these those who which what can could will would need needs needed want looking help someone somebody anyone people person thing things stuff get got have has had be is are was were am do does did just really very more most also about into over like who can able'.split(
    ' ',
  ),
);

/** Content words, lightly stemmed, so "designers" meets "designer" and "translating" meets "translation". */
export function keywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.replace(/(ations?|ings?|ers?|ed|es|s)$/u, '') || w);
  }
  return out;
}

// Each reply compares its items with every other item of the event; their words are remembered rather than re-read each time.
const keywordCache = new Map<string, Set<string>>();
const cachedKeywords = (text: string) => {
  let k = keywordCache.get(text);
  if (!k) {
    if (keywordCache.size >= 20_000) keywordCache.clear();
    keywordCache.set(text, (k = keywords(text)));
  }
  return k;
};

/** Stores the content words of an offer or a need, so later items find it by word (see `item_words`). */
export function indexItemWords(db: Db, item: { id: number; eventId: number | null; personId: number; kind: ItemKind; text: string }) {
  if (item.kind !== 'offer' && item.kind !== 'need') return;
  const insert = prepared(db, 'itemWords.insert', (d) => clientOf(d).prepare('insert or ignore into item_words (item_id, event_id, person_id, kind, word) values (?, ?, ?, ?, ?)'));
  for (const w of cachedKeywords(item.text)) insert.run(item.id, item.eventId, item.personId, item.kind, w);
}

const backfilled = new WeakSet<object>();

/** Indexes the words of offers and needs stored before `item_words` existed; once per database connection. */
export function backfillItemWords(db: Db): number {
  if (backfilled.has(clientOf(db))) return 0;
  backfilled.add(clientOf(db));
  const done = new Set((clientOf(db).prepare('select distinct item_id as id from item_words').all() as { id: number }[]).map((r) => r.id));
  const rows = clientOf(db)
    .prepare("select id, event_id as eventId, person_id as personId, kind, text from items where kind in ('offer', 'need')")
    .all() as { id: number; eventId: number | null; personId: number; kind: ItemKind; text: string }[];
  let n = 0;
  clientOf(db).transaction(() => {
    for (const r of rows) {
      if (done.has(r.id)) continue;
      indexItemWords(db, r);
      n++;
    }
  })();
  return n;
}

export interface Match {
  score: number;
  shared: string[];
  reason: string;
}

/**
 * The rule, in words the email can repeat: an offer meets a need when they share at least one
 * content word; each shared word counts 2, a shared two-word phrase 3 more, the same city 1.
 */
export function matchScore(need: string, offer: string, sameCity: boolean): Match | null {
  const n = cachedKeywords(need);
  const o = cachedKeywords(offer);
  const shared = [...n].filter((w) => o.has(w));
  if (!shared.length) return null;
  const pairs = (s: string) => {
    const ws = [...cachedKeywords(s)];
    return new Set(ws.slice(1).map((w, i) => `${ws[i]} ${w}`));
  };
  const op = pairs(offer);
  const phrase = [...pairs(need)].some((p) => op.has(p));
  const score = shared.length * 2 + (phrase ? 3 : 0) + (sameCity ? 1 : 0);
  const words = need
    .split(/\s+/)
    .filter((w) => shared.includes(keywords(w).values().next().value ?? ''))
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''));
  const said = [...new Set(words.length ? words : shared)].slice(0, 3).map((w) => `“${w}”`);
  const reason = `You both mentioned ${said.join(' and ')}${sameCity ? ', and you are in the same city' : ''}.`;
  return { score, shared, reason };
}

const ph = sql.placeholder;
const openStatuses = ['proposed', 'asked-need', 'asked-offer', 'introduced'] as const;
const q = {
  mine: (db: Db) =>
    prepared(db, 'intro.mine', (d) =>
      d
        .select({ id: items.id, personId: items.personId, kind: items.kind, text: items.text })
        .from(items)
        .where(and(eq(items.personId, ph('personId')), eq(items.eventId, ph('eventId')), inArray(items.kind, ['offer', 'need'])))
        .prepare(),
    ),
  // Others' items of one kind that share at least one of the given words (a JSON array), found through item_words.
  others: (db: Db) =>
    prepared(db, 'intro.others', (d) =>
      clientOf(d).prepare(
        `select distinct i.id as id, i.person_id as personId, i.kind as kind, i.text as text
           from item_words w join items i on i.id = w.item_id
          where w.event_id = @eventId and w.kind = @kind and w.word in (select value from json_each(@words)) and w.person_id <> @personId
          order by i.id`,
      ),
    ),
  attributes: (db: Db) =>
    prepared(db, 'intro.attributes', (d) =>
      d
        .select({ a: attendees.attributes })
        .from(attendees)
        .where(and(eq(attendees.eventId, ph('eventId')), eq(attendees.personId, ph('personId'))))
        .prepare(),
    ),
  open: (db: Db) =>
    prepared(db, 'intro.openForNeed', (d) =>
      d
        .select({ id: introductions.id })
        .from(introductions)
        .where(and(eq(introductions.needItemId, ph('needItemId')), or(...openStatuses.map((st) => eq(introductions.status, st)))))
        .prepare(),
    ),
};

type Candidate = { id: number; personId: number; kind: string; text: string };

/**
 * Looks for matches between this person's offers and needs and the other attendees' of the same
 * event (the best match for each need, same city first), and asks the person in need first.
 * Only items that share a content word can match, so the others' items are narrowed to those first.
 */
export function proposeIntroductions(db: Db, deps: PlanDeps & Pick<Deps, 'clock'>, event: typeof events.$inferSelect, personId: number): OutboxRow[] {
  const eventId = event.id;
  const mine = q.mine(db).all({ personId, eventId });
  if (!mine.length) return [];
  const words = { offer: new Set<string>(), need: new Set<string>() };
  for (const i of mine) for (const w of cachedKeywords(i.text)) words[i.kind as 'offer' | 'need'].add(w);
  // An other's need can only meet one of my offers, an other's offer only one of my needs.
  // Only others' items that share a word with mine can match: others' needs against my offers, others' offers against my needs.
  const sharing = (kind: 'need' | 'offer', against: Set<string>) =>
    against.size ? (q.others(db).all({ eventId, personId, kind, words: JSON.stringify([...against]) }) as Candidate[]) : [];
  const others = [...sharing('need', words.offer), ...sharing('offer', words.need)];
  const cities = new Map<number, string | null>();
  const city = (p: number) => {
    if (!cities.has(p)) cities.set(p, cityOf(q.attributes(db).get({ eventId, personId: p })?.a, event.city));
    return cities.get(p)!;
  };

  const out: OutboxRow[] = [];
  const needs: Candidate[] = [...mine.filter((i) => i.kind === 'need'), ...others.filter((i) => i.kind === 'need')];
  for (const need of needs) {
    const offers = (need.personId === personId ? others : mine).filter((i) => i.kind === 'offer');
    let best: { offer: Candidate; m: Match } | null = null;
    for (const offer of offers) {
      const m = matchScore(need.text, offer.text, city(need.personId) !== null && city(need.personId) === city(offer.personId));
      if (m && (!best || m.score > best.m.score)) best = { offer, m };
    }
    if (!best) continue;
    // One introduction per need at a time: a need already being matched waits for that answer.
    if (q.open(db).get({ needItemId: need.id })) continue;
    const intro = db
      .insert(introductions)
      .values({ eventId, needItemId: need.id, offerItemId: best.offer.id, needPersonId: need.personId, offerPersonId: best.offer.personId, score: best.m.score, reason: best.m.reason })
      .onConflictDoNothing()
      .returning()
      .get();
    if (!intro) continue;
    const ask = askFor(db, deps, intro.id, 'need');
    if (ask) out.push(ask);
  }
  return out;
}

/** Asks one side (the person in need first, then the giver) whether they want the introduction. */
function askFor(db: Db, deps: PlanDeps & Pick<Deps, 'clock'>, introId: number, role: 'need' | 'offer'): OutboxRow | null {
  const intro = db.select().from(introductions).where(eq(introductions.id, introId)).get()!;
  const needItem = db.select().from(items).where(eq(items.id, intro.needItemId)).get()!;
  const offerItem = db.select().from(items).where(eq(items.id, intro.offerItemId)).get()!;
  const me = db.select().from(people).where(eq(people.id, role === 'need' ? intro.needPersonId : intro.offerPersonId)).get()!;
  const other = db.select().from(people).where(eq(people.id, role === 'need' ? intro.offerPersonId : intro.needPersonId)).get()!;
  if (me.unsubscribedAt || me.suppressedAt) {
    db.update(introductions).set({ status: 'declined', [role === 'need' ? 'needAnswer' : 'offerAnswer']: 'unreachable' }).where(eq(introductions.id, introId)).run();
    return null;
  }
  const event = intro.eventId ? db.select().from(events).where(eq(events.id, intro.eventId)).get() : undefined;
  db.update(introductions).set({ status: role === 'need' ? 'asked-need' : 'asked-offer' }).where(eq(introductions.id, introId)).run();
  const now = deps.clock.now();
  const slot = findSlot(db, deps.env, me.id, now, zoneOf(me, event), false);
  return insertOutbox(db, deps, {
    personId: me.id,
    to: me.email,
    template: 'intro-ask',
    // Only first names: no address is shown before both have said yes.
    payload: { firstName: firstName(me.name), otherFirstName: firstName(other.name) ?? 'Someone', role, need: needItem.text, offer: offerItem.text, reason: intro.reason, eventName: event?.name ?? null },
    context: 'introduction',
    refId: introId,
    sendAt: 'at' in slot ? slot.at : now,
    key: `intro-ask-${introId}-${role}`,
  });
}

/** A yes or no from one side: a yes from the person in need asks the giver; a yes from both introduces them. */
export function answerIntroduction(db: Db, deps: PlanDeps & Pick<Deps, 'clock'>, introId: number, personId: number, answer: 'yes' | 'no'): OutboxRow[] {
  const intro = db.select().from(introductions).where(eq(introductions.id, introId)).get();
  if (!intro) return [];
  const role = intro.status === 'asked-need' && personId === intro.needPersonId ? 'need' : intro.status === 'asked-offer' && personId === intro.offerPersonId ? 'offer' : null;
  if (!role) return [];
  const column = role === 'need' ? 'needAnswer' : 'offerAnswer';
  if (answer === 'no') {
    db.update(introductions).set({ status: 'declined', [column]: 'no' }).where(eq(introductions.id, introId)).run();
    return [];
  }
  db.update(introductions).set({ [column]: 'yes' }).where(eq(introductions.id, introId)).run();
  if (role === 'need') {
    const ask = askFor(db, deps, introId, 'offer');
    return ask ? [ask] : [];
  }
  const now = deps.clock.now();
  db.update(introductions).set({ status: 'introduced', introducedAt: now }).where(eq(introductions.id, introId)).run();
  const needPerson = db.select().from(people).where(eq(people.id, intro.needPersonId)).get()!;
  const offerPerson = db.select().from(people).where(eq(people.id, intro.offerPersonId)).get()!;
  const needItem = db.select().from(items).where(eq(items.id, intro.needItemId)).get()!;
  const offerItem = db.select().from(items).where(eq(items.id, intro.offerItemId)).get()!;
  const event = intro.eventId ? db.select().from(events).where(eq(events.id, intro.eventId)).get() : undefined;
  return [
    insertOutbox(db, deps, {
      personId: needPerson.id,
      // Both said yes: one email to both of them, so they can reply to each other.
      to: `${needPerson.email}, ${offerPerson.email}`,
      template: 'introduction',
      payload: { aFirstName: firstName(needPerson.name) ?? 'Hello', bFirstName: firstName(offerPerson.name) ?? 'there', need: needItem.text, offer: offerItem.text, reason: intro.reason, eventName: event?.name ?? null, alsoTo: offerPerson.id },
      context: null,
      refId: introId,
      sendAt: now,
      key: `introduction-${introId}`,
    }),
  ];
}
