// The held-out replies (test/fixtures/understand/heldout*.jsonl, labelled before the code saw them) through
// understand() in-process, scored the way ../shared/eval/score.mjs scores the CLI; floors sit just under what it reaches.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { understand } from '../src/understand/understand.ts';
import { parseRaw } from '../src/inbound/parse.ts';
import { classifyMessage } from '../src/inbound/classify.ts';
import type { ReplyContext } from '../src/understand/types.ts';

interface DueExp { end?: string[]; end_between?: [string, string] }
interface Case {
  id: string;
  received: string;
  timezone: string;
  context: ReplyContext;
  text?: string;
  eml?: string; // raw message, relative to the fixtures folder
  expect: {
    commitments?: { action: string; due?: DueExp | null; format?: string }[];
    offers?: string[]; needs?: string[]; wishes?: string[];
    command?: string; due?: DueExp; kind?: string;
    reply_contains?: string[]; reply_excludes?: string[];
  };
}

const here = dirname(fileURLToPath(import.meta.url));
const load = (name: string): Case[] => readFileSync(join(here, 'fixtures/understand', name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// Same matching as the shared scorer: stop words out, crude stemming, Jaccard ≥ 0.5, greedy one-to-one.
const STOP = new Set('a an the to in on at of for my our i we will be by and with some this that next it its me us up about'.split(' '));
const words = (s: string) => new Set((s.toLowerCase().replace(/[’']/g, '').match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(ing|ed|es|e|s)$/, '')));
const jaccard = (a: string, b: string) => {
  const A = words(a), B = words(b);
  if (!A.size && !B.size) return 1;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / (A.size + B.size - n);
};
function match<E, P>(exp: E[], got: P[], te: (x: E) => string, tp: (x: P) => string): [E, P][] {
  const pairs: [number, number, number][] = [];
  exp.forEach((e, i) => got.forEach((p, j) => pairs.push([jaccard(te(e), tp(p)), i, j])));
  pairs.sort((x, y) => y[0] - x[0]);
  const ue = new Set<number>(), up = new Set<number>(), out: [E, P][] = [];
  for (const [s, i, j] of pairs) if (s >= 0.5 && !ue.has(i) && !up.has(j)) { ue.add(i); up.add(j); out.push([exp[i]!, got[j]!]); }
  return out;
}
const dueOk = (exp: DueExp | null | undefined, got: { end: string } | null | undefined) => {
  if (exp === null || exp === undefined) return !got;
  if (!got) return false;
  if (exp.end) return exp.end.includes(got.end);
  return !!exp.end_between && got.end >= exp.end_between[0] && got.end <= exp.end_between[1];
};

// Raw messages go through the same parsing and classification as the CLI's `eml` inputs.
async function prepare(cases: Case[]): Promise<(Case & { html?: string | null; mailKind?: string })[]> {
  return Promise.all(cases.map(async (c) => {
    if (!c.eml) return c;
    const parsed = await parseRaw(readFileSync(join(here, 'fixtures/understand', c.eml)));
    return { ...c, text: parsed.text ?? '', html: parsed.html, mailKind: classifyMessage(parsed).kind };
  }));
}

function score(cases: (Case & { html?: string | null; mailKind?: string })[]) {
  const t = { c: [0, 0, 0], items: [0, 0, 0], due: [0, 0], cmd: [0, 0], reply: [0, 0], kind: [0, 0] };
  const fails: string[] = [];
  for (const c of cases) {
    const u0 = understand({ text: c.text ?? '', html: c.html ?? null, received: new Date(c.received), timezone: c.timezone, context: c.context });
    const u = c.mailKind && c.mailKind !== 'reply' ? { ...u0, kind: c.mailKind as typeof u0.kind } : u0;
    const e = c.expect;
    const auto = u.kind !== 'reply';
    const gc = auto ? [] : u.commitments;
    const ec = e.commitments ?? [];
    const m = match(ec, gc, (x) => x.action, (x) => x.action);
    t.c[0] += m.length; t.c[1] += gc.length; t.c[2] += ec.length;
    if (m.length !== ec.length || m.length !== gc.length) fails.push(`${c.id} commitments ${JSON.stringify(gc.map((x) => x.action))}`);
    for (const ex of ec) {
      if (!('due' in ex)) continue;
      t.due[1]++;
      const g = m.find(([a]) => a === ex)?.[1];
      if (g && dueOk(ex.due, g.due)) t.due[0]++;
      else if (g) fails.push(`${c.id} due ${JSON.stringify(g.due)}`);
    }
    for (const k of ['offers', 'needs', 'wishes'] as const) {
      const ei = e[k] ?? [], gi = auto ? [] : u[k].map((x) => x.text);
      const mi = match(ei, gi, (x) => x, (x) => x);
      t.items[0] += mi.length; t.items[1] += gi.length; t.items[2] += ei.length;
      if (mi.length !== ei.length || mi.length !== gi.length) fails.push(`${c.id} ${k} ${JSON.stringify(gi)}`);
    }
    t.cmd[1]++;
    const cmd = auto ? null : u.command;
    if (cmd === (e.command ?? null) && (e.command !== 'reschedule' || dueOk(e.due, u.due))) t.cmd[0]++;
    else fails.push(`${c.id} command ${cmd} ${JSON.stringify(u.due)}`);
    if (e.kind) { t.kind[1]++; if (u.kind === e.kind) t.kind[0]++; else fails.push(`${c.id} kind ${u.kind}`); }
    if (e.reply_contains || e.reply_excludes) {
      t.reply[1]++;
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const r = norm(u.reply);
      if (r && (e.reply_contains ?? []).every((s) => r.includes(norm(s))) && (e.reply_excludes ?? []).every((s) => !r.includes(norm(s)))) t.reply[0]++;
      else fails.push(`${c.id} reply ${JSON.stringify(u.reply)}`);
    }
  }
  const f1 = ([tp, np, ne]: number[]) => { const p = np ? tp! / np : 1, r = ne ? tp! / ne : 1; return p + r ? (2 * p * r) / (p + r) : 0; };
  const pct = ([a, b]: number[]) => (b ? a! / b : 1);
  return { commitmentF1: f1(t.c), itemsF1: f1(t.items), due: pct(t.due), command: pct(t.cmd), reply: pct(t.reply), kind: pct(t.kind), fails };
}

/**
 * Each set was written before the code saw it; its first (blind) score is the honest estimate of
 * how the service reads replies nobody tuned for. Floors sit just under what each set reaches now.
 */
interface HeldSet { name: string; files: string[]; minCases: number; minZones: number; blind: string; floors: Record<'commitmentF1' | 'itemsF1' | 'due' | 'command' | 'reply', number>; contexts?: number; kind?: number }
const sets: HeldSet[] = [
  {
    name: 'first and second sets',
    files: ['heldout.jsonl', 'heldout2.jsonl'],
    minCases: 190,
    minZones: 10,
    blind: 'set 2 blind: commitment 0.885, items 0.800, due 0.793, command 0.911',
    floors: { commitmentF1: 0.98, itemsF1: 0.95, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'third set',
    files: ['heldout3.jsonl'],
    minCases: 100,
    minZones: 15,
    blind: 'blind: commitment 0.914, items 0.703, due 0.780, command 0.885, reply 0.923, kind 0.750',
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0.97 },
  },
  {
    name: 'fourth set (a different hand)',
    files: ['heldout4.jsonl'],
    minCases: 120,
    minZones: 20,
    blind: 'blind: commitment 0.865, items 0.716, due 0.765, command 0.937, reply 0.909, kind 0.400',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'fifth set (holidays by zone, foreign hedges, two voices, typos)',
    files: ['heldout5.jsonl'],
    minCases: 60,
    minZones: 20,
    blind: 'blind: commitment 0.879, items 1.000, due 0.552, command 0.900, reply 1.000, kind 0.833',
    floors: { commitmentF1: 0.95, itemsF1: 0.98, due: 0.95, command: 0.98, reply: 0.98 },
  },
  {
    name: 'sixth set (attendees in prose: buried and several commitments, dates many ways, items without trigger words)',
    files: ['heldout6.jsonl'],
    minCases: 90,
    minZones: 30,
    blind: 'blind: commitment 0.800, items 0.333, due 0.690, command 0.935, reply 1.000, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.93, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'seventh set (visible reply: mail clients, languages, HTML-only, charsets)',
    files: ['heldout7.jsonl'],
    minCases: 50,
    minZones: 20,
    blind: 'blind: commitment 0.944, items 0.919, due 0.875, command 0.882, reply 0.824, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'eighth set (the four answers without trigger words: prose, quoted questions, numbered, one line each; non-native promises)',
    files: ['heldout8.jsonl'],
    minCases: 90,
    minZones: 40,
    blind: 'blind: commitment 0.920, items 0.561, due 0.830, command 1.000, reply 1.000, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'ninth set (dates: numeric by locale, holidays by zone, long weekends, nth weekdays, halves, far-off zones, other people\'s dates)',
    files: ['heldout9.jsonl'],
    minCases: 90,
    minZones: 35,
    blind: 'blind: commitment 0.988, items 1.000, due 0.725, command 0.957, reply 1.000, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.95, command: 0.94, reply: 0.98 },
  },
  {
    name: 'tenth set (emoji, bar and tab layouts, phone shorthand, question offers, group and conditional promises, mixed languages, dates from events)',
    files: ['heldout10.jsonl'],
    minCases: 70,
    minZones: 50,
    blind: 'blind: commitment 0.857, items 0.692, due 0.737, command 0.920, reply 1.000, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'eleventh set (partners in an institutional voice, "pass" / "n/a" / "-" answers, P.S. promises, softeners vs hedges, emoji and yep/nope check-ins, +1 joins, polite stops)',
    files: ['heldout11.jsonl'],
    minCases: 70,
    minZones: 40,
    blind: 'blind: commitment 0.857, items 0.704, due 0.852, command 0.946, reply 1.000, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twelfth set (dates: this/next weekday by the day said, working days, ISO weeks, school years by hemisphere, far and half-hour zones, clock changes, times beside days)',
    files: ['heldout12.jsonl'],
    minCases: 85,
    minZones: 50,
    blind: 'blind: commitment 0.987, items 1.000, due 0.836, command 0.977, reply 1.000, kind 1.000',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'thirteenth set (visible reply: regional webmail, Superhuman/Spark/HEY/Fastmail/Zoho/Front, support desks, digests, banners, bilingual disclaimers, HTML-only behind a placeholder text part)',
    files: ['heldout13.jsonl'],
    minCases: 40,
    minZones: 30,
    blind: 'blind: commitment 0.364, items 0.222, due 1.000, command 0.927, reply 0.634, kind 1.000',
    // Commitments and items are labelled on a few cases only (the set is about the visible reply), so their F1 is low by construction.
    floors: { commitmentF1: 0.3, itemsF1: 0.15, due: 0.98, command: 0.93, reply: 0.98 },
  },
  {
    name: 'fourteenth set (writers unlike rounds 1–13: formal elders, teen slang, CAPS answers under the quoted ask, four answers in one paragraph, several items a sentence, conditional offers, complaints, criticism, two-date and ongoing promises, jokes)',
    files: ['heldout14.jsonl'],
    minCases: 65,
    minZones: 28,
    blind: 'blind: commitment 0.868, items 0.598, due 0.783, command 0.866, reply 0.000, kind 1.000',
    // reply is one case (a valediction starting "With kind regards," and a name under a formal letter).
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifteenth set (librarians, shop owners, parents, newcomers in second-language English, union and co-op organisers: own heads, nouns-only answers, organisations' offers, needs as questions or problems, wishes as visions and complaints)",
    files: ['heldout15.jsonl'],
    minCases: 70,
    minZones: 24,
    blind: 'blind: commitment 0.857, items 0.667, due 0.750, command 0.958, reply 1.000, kind 1.000',
    // Left: a hedged offer ("I might be able to …") and a hedged new date ("— maybe February") labelled against
    // earlier rounds' readings, and a need that points back with "that".
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.97, reply: 0.98 },
  },
  {
    name: 'sixteenth set (dates: first weekend / week of / w/c, numerals by zone, dotted dates, holidays and festivals by zone, half-term, school holidays, "after Easter", "the Saturday after next", far zones near midnight, reschedules)',
    files: ['heldout16.jsonl'],
    minCases: 100,
    minZones: 55,
    blind: 'blind: commitment 1.000, items 1.000, due 0.756, command 0.970, reply 1.000, kind 1.000',
    // Left: a date in a dash clause not passed to the date reader, "Monday week?" as a reschedule, "count us in" (understand.ts).
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.97, command: 0.96, reply: 0.98 },
  },
  {
    name: 'seventeenth set (raw mail: Outlook for Mac and new Outlook, Gmail in Hindi/Turkish/Arabic/Hebrew/Chinese/Vietnamese, iOS Mail in Indonesian/Catalan/Thai, Tutanota, Airmail, BlackBerry, Lotus Notes, K-9, The Bat!, legacy charsets; ten automated messages)',
    files: ['heldout17.jsonl'],
    minCases: 50,
    minZones: 36,
    blind: 'blind: commitment n/a, items n/a, due 1.000, command 0.980, reply 0.625, kind 0.980',
    // Commitments and items are not labelled (the set is about the visible reply and kind). Left: "¡Sí, me apunto!" as a join.
    floors: { commitmentF1: 0, itemsF1: 0, due: 0.98, command: 0.97, reply: 0.98 },
  },
  {
    name: 'twentieth set (raw mail, MIME structure: S/MIME and PGP/MIME signed, multipart/related logos, PDF/.xlsx/.ics/winmail.dat attachments, calendar answers, forwards, gateway banners, list and help-desk relays, transfer encodings, flowed delsp, HTML-only tricks; nine automated messages)',
    files: ['heldout20.jsonl'],
    minCases: 45,
    minZones: 43,
    blind: 'blind: commitment n/a, items n/a, due 1.000, command 0.936, reply 0.757, kind 0.894',
    // Commitments and items are not labelled (the set is about the visible reply and kind). Left: r20-41's bare name above a quote with a list footer (the corpus's email_3 keeps its twin).
    floors: { commitmentF1: 0, itemsF1: 0, due: 0.98, command: 0.98, reply: 0.97 },
  },
  {
    name: 'eighteenth set (a mixed week of mail by another hand, written as a measurement: 55 asks, 15 check-ins, 10 invitations in 45 zones)',
    files: ['heldout18.jsonl'],
    minCases: 80,
    minZones: 40,
    blind: 'blind (session start): commitment 0.901, items 0.844, due 0.927, command 0.963, reply 0.944, kind 1.000; after rounds 15-17, still unseen: 0.911 / 0.883 / 0.951 / 0.963 / 0.944',
    // Left: "X and send Y" labelled two commitments where five other labels keep such pairs as one; a Spanish wish labelled in English.
    floors: { commitmentF1: 0.97, itemsF1: 0.94, due: 0.97, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-second set (everyday prose with a greeting and a sign-off, items buried mid-paragraph among chatter, asides after commas, dashes and brackets, availability and conditional offers, organisations, needs as problems and questions, wishes as visions and complaints)',
    files: ['heldout22.jsonl'],
    minCases: 70,
    minZones: 31,
    blind: 'blind: commitment 0.920, items 0.728, due 1.000, command 1.000, reply 1.000, kind 1.000',
    // Left: "bring X and Y" (labelled two, against round 14's one), a bench full of two things, a car and a snacks budget
    // one has, "good at Figma and I can …", an emoji ending a sentence, and two commitments outside the item code.
    floors: { commitmentF1: 0.95, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0 },
  },
  {
    name: 'nineteenth set (commands from phones: emoji, sarcasm, yes-and-no, part done, moves asked as questions, delays with no date, kind drops, stops in longer text and in 15 languages, conditional and plus-one invitation answers, quoted "Reply done, not yet…" lines, stop-like words that are no command)',
    files: ['heldout19.jsonl'],
    minCases: 95,
    minZones: 40,
    blind: 'blind: commitment 0.778, items 0.625, due 0.857, command 0.525, reply n/a, kind 1.000',
    // Left: "Drop me a line if you ever need a venue — our café is free on Monday nights" reads two offers (labelled one).
    floors: { commitmentF1: 0.97, itemsF1: 0.92, due: 0.97, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-third set (commitments as they really come: buried, several, implicit heads and arrows, date first, future present, goals and to-do lists, polite forms, hedged and firm, refusals, past events, others\' promises, questions)',
    files: ['heldout23.jsonl'],
    minCases: 78,
    minZones: 14,
    blind: 'blind: commitment 0.848, items 0.706, due 0.730, command 0.974, reply 1.000, kind 1.000',
    // Left: four items (a "kindly share" need, an offer read in a conditional wish, an offer after a refusal, a hoped
    // offer) and two commands ("We'll do it on the 16th" under "Postponed to January", "I will surely be there.").
    floors: { commitmentF1: 0.98, itemsF1: 0.92, due: 0.98, command: 0.98, reply: 0 },
  },
  {
    name: 'twenty-first set (a measurement: a mixed fortnight of mail after six kinds of event, by a hand that never read the code; read and fixed only after its end-of-session score)',
    files: ['heldout21.jsonl'],
    minCases: 80,
    minZones: 35,
    blind: 'blind: session start commitment 0.932, items 0.819, due 0.750, command 1.000, reply 0.947, kind 1.000; end 0.944 / 0.838 / 0.925 / 1.000 / 0.947 / 1.000',
    // Its last leftovers ("Question:", an address line under a name above a P.S., "meetups are welcome to use", "so metadata. Lots
    // of it.") were read as general rules in the session after; left: "Hosting" beside "give anyone a free static site".
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.93, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-fourth set (a measurement: a week of mail after festivals in Manchester, Brisbane, Porto Alegre, Pune, Lagos and Halifax, by a hand that never read the code; read and fixed in the next session, after its blind score)',
    files: ['heldout24.jsonl'],
    minCases: 60,
    minZones: 6,
    blind: 'blind at the end of the session: commitment 0.939, items 0.857, due 0.935, command 0.950, reply 1.000, kind 1.000 (the session-start code: 0.935 / 0.851 / 0.871 / 0.967 / 1.000 / 1.000)',
    // Read after that score; now training. Left: "French proofreading for anyone's flyers" (another set keeps such a
    // "for anyone's …" whole), "lend my label printer and two extension leads" (labelled as two
    // things; other sets keep such pairs whole), "Might do a DemoCamp in Feb if I find co-organisers. Anyone interested
    // ping me." (labelled a need for co-organisers; other sets read "if I can find a venue" as no need).
    floors: { commitmentF1: 0.98, itemsF1: 0.95, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-fifth set (a measurement: a month of mail after events in Nairobi, Jakarta, Mexico City, Seoul, Cape Town, Glasgow, Montréal, Auckland, Phoenix, Kraków, Dhaka and Buenos Aires, by a hand that never read the code; read and fixed after its blind score)',
    files: ['heldout25.jsonl'],
    minCases: 80,
    minZones: 12,
    blind: 'blind at the session start (and after heldout24\'s rules, the same): commitment 0.826, items 0.818, due 0.622, command 0.912, reply 1.000, kind 1.000',
    // Read after that score; now training (its dates in round 25d).
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-seventh set (replies after hack days in 14 zones, dates written every way; read and fixed after its blind score)',
    files: ['heldout27.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: 'blind: commitment 0.920, items 0.851, due 0.880, command 0.914, reply 1.000, kind 1.000 (the same on the session-start code)',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-eighth set (a library system\'s and a network\'s mail: items said without trigger words, in seven languages; read and fixed after its blind score)',
    files: ['heldout28.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: 'blind: commitment 0.870, items 0.538, due 0.878, command 0.929, reply 1.000, kind 1.000',
    // Left: a condo's party room named before the board is asked whether groups may book it (labelled no offer yet).
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-ninth set (an open web week\'s follow-ups in 18 zones, small towns and older writers; read and fixed after its blind score)',
    files: ['heldout29.jsonl'],
    minCases: 70,
    minZones: 16,
    blind: 'blind: commitment 0.800, items 0.775, due 0.767, command 0.971, reply 1.000, kind 1.000 (session-start code 0.800 / 0.740 / 0.767 / 0.957)',
    floors: { commitmentF1: 0.98, itemsF1: 0.96, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'thirty-first set (everyday replies from 17 zones, written fast; read and fixed after its blind score)',
    files: ['heldout31.jsonl'],
    minCases: 50,
    minZones: 15,
    blind: 'blind: commitment 0.985, items 0.824, due 1.000, command 0.980, reply 0.900, kind 1.000 (session-start code 0.985 / 0.788 / 1.000 / 0.980 / 0.900)',
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: 'twenty-sixth set (a measurement: a year of one organizer\'s inbox after a festival circuit in 13 zones, by a hand that never read the code; scored once, blind, at the end of the session that wrote rounds 25-31; its misses unread)',
    files: ['heldout26.jsonl'],
    minCases: 80,
    minZones: 12,
    blind: 'blind at the end of the session (a0fe1df): commitment 0.926, items 0.857, due 0.870, command 0.925, reply 1.000, kind 1.000 (the session-start code: 0.872 / 0.796 / 0.783 / 0.900 / 1.000 / 1.000)',
    // Unread on purpose, for the next session's first look: the floors only keep it from falling.
    floors: { commitmentF1: 0.92, itemsF1: 0.85, due: 0.86, command: 0.92, reply: 0.98 },
  },
  {
    name: 'thirtieth set (a measurement: a season of library, civic-tech, tenants\', women-in-tech and community-kitchen events in 16 zones, by a hand that never read the code; scored once, blind, at the end of the session; its misses unread)',
    files: ['heldout30.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: 'blind at the end of the session (a0fe1df): commitment 0.935, items 0.808, due 0.814, command 0.943, reply 0.933, kind 1.000 (the session-start code: 0.901 / 0.743 / 0.791 / 0.914 / 0.933 / 1.000)',
    // Unread on purpose, for the next session's first look: the floors only keep it from falling.
    floors: { commitmentF1: 0.93, itemsF1: 0.8, due: 0.8, command: 0.94, reply: 0.93 },
  },
  {
    name: "thirty-fourth set (dates: 45 asks and 25 check-ins in 40 zones, holidays by place, seasons in both hemispheres, numeric dates both ways; written blind, then read)",
    files: ['heldout34.jsonl'],
    minCases: 70,
    minZones: 38,
    blind: "blind: commitment 0.835, items 0.921, due 0.731, format 0.652, command 0.971 (session-start code 0.835 / 0.909 / 0.731 / 0.652 / 0.971)",
    floors: { commitmentF1: 0.94, itemsF1: 0.93, due: 0.94, command: 0.98, reply: 0.98 },
    contexts: 2,
  },
  {
    name: "thirty-fifth set (offers, needs and wishes from tenants, mutual aid, kids' coding, libraries, Indigenous-language groups, cycling and small business; written blind, then read)",
    files: ['heldout35.jsonl'],
    minCases: 70,
    minZones: 25,
    blind: "blind: commitment 0.831, items 0.695, due 0.735, format 0.750, command 0.971, reply 0.897",
    floors: { commitmentF1: 0.91, itemsF1: 0.8, due: 0.86, command: 0.97, reply: 0.9 },
    contexts: 2,
  },
  {
    name: "thirty-sixth set (commands in check-ins and invitations in ten languages, command words in quotes and other senses; written blind, then read)",
    files: ['heldout36.jsonl'],
    minCases: 70,
    minZones: 25,
    blind: "blind: commitment 0.710, items 0.815, due 0.750, format 0.625, command 0.829",
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.92, reply: 0.98 },
  },
  {
    name: "thirty-seventh set (formal mail from partner institutions in the English of ten countries; written blind, then read)",
    files: ['heldout37.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: "blind: commitment 0.782, items 0.777, due 0.703, format 0.529, command 0.857, reply 0.938",
    floors: { commitmentF1: 0.91, itemsF1: 0.84, due: 0.85, command: 0.98, reply: 0.92 },
  },
  {
    name: "thirty-eighth set (parents, teachers, teenagers and grandparents after school and family events; written blind, then read)",
    files: ['heldout38.jsonl'],
    minCases: 70,
    minZones: 19,
    blind: "blind: commitment 0.930, items 0.800, due 0.923, format 0.667, command 0.957, reply 0.917",
    floors: { commitmentF1: 0.97, itemsF1: 0.88, due: 0.94, command: 0.98, reply: 0.9 },
  },
  {
    name: "fortieth set (the mail that comes back weeks after: check-ins and invitations in 25 zones across the date line; written blind, then read)",
    files: ['heldout40.jsonl'],
    minCases: 70,
    minZones: 23,
    blind: "blind: commitment 0.828, items 0.875, due 0.778, format 1.000, command 0.757",
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-first set (long rambling asks and short check-ins; written blind, then read)",
    files: ['heldout41.jsonl'],
    minCases: 70,
    minZones: 25,
    blind: "blind: commitment 0.889, items 0.731, due 0.821, format 0.667, command 1.000, reply 0.833",
    floors: { commitmentF1: 0.98, itemsF1: 0.94, due: 0.95, command: 0.98, reply: 0.94 },
    contexts: 2,
  },
  {
    name: "thirty-second set (rural and small-town events in 21 zones; a measurement scored once at ddc15a8, then read and fixed in round 42: training now)",
    files: ['heldout32.jsonl'],
    minCases: 70,
    minZones: 19,
    blind: "blind at ddc15a8: commitment 0.870, items 0.794, due 0.865, format 0.933, command 0.943, reply 1.000, kind 1.000",
    floors: { commitmentF1: 0.94, itemsF1: 0.88, due: 0.9, command: 0.95, reply: 0.98 },
  },
  {
    name: "thirty-third set (hurried phone replies, partly in seven other languages, 20 zones; a measurement scored once at ddc15a8, then read and fixed in round 42: training now)",
    files: ['heldout33.jsonl'],
    minCases: 70,
    minZones: 18,
    blind: "blind at ddc15a8: commitment 0.732, items 0.703, due 0.677, format 0.545, command 0.843, reply 1.000, kind 1.000",
    floors: { commitmentF1: 0.93, itemsF1: 0.96, due: 0.91, command: 0.98, reply: 0.98 },
  },
  {
    name: "thirty-ninth set (an arts, culture and climate network in 33 zones; a measurement scored once at ddc15a8, then read and fixed in round 42: training now)",
    files: ['heldout39.jsonl'],
    minCases: 70,
    minZones: 31,
    blind: "blind at ddc15a8: commitment 0.909, items 0.832, due 0.900, format 0.867, command 0.971, reply 1.000, kind 0.000",
    floors: { commitmentF1: 0.97, itemsF1: 0.88, due: 0.95, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-second set (a measurement: an organiser's inbox after a tech-and-climate meetup, 10 raw messages among 70, 26 zones, by a hand that never read the code; scored once, blind, at the end of round 42; read and fixed in round 43, now training)",
    files: ['heldout42.jsonl'],
    minCases: 70,
    minZones: 24,
    blind: "blind at the end of round 42 (f41ff71): commitment 0.950, items 0.876, due 0.853, format 0.933, command 0.986, reply 0.903, kind 1.000 (the session-start code 8e8b645: 0.962 / 0.841 / 0.853 / 0.933 / 0.971 / 0.903 / 1.000)",
    // Round 43 read its misses: 1.000 on every field.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-third set (a measurement: English as a second language, in 36 zones, by a hand that never read the code; scored once, blind, at the end of round 42; read and fixed in round 43, now training)",
    files: ['heldout43.jsonl'],
    minCases: 70,
    minZones: 34,
    blind: "blind at the end of round 42 (f41ff71): commitment 0.896, items 0.863, due 0.737, format 0.885, command 0.957, reply 0.923, kind 1.000 (the session-start code: 0.896 / 0.832 / 0.737 / 0.885 / 0.957 / 0.923 / 1.000)",
    // Round 43 read its misses: 1.000 on every field but reply (0.923: x43-24's label drops the quoted questions between
    // inline answers, which the corpus keeps).
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.98, reply: 0.9 },
  },
  {
    name: "forty-fourth set (a measurement: retired people's clubs, faith groups, parents' and tenants' associations, long polite replies, 25 zones, by a hand that never read the code; scored once, blind, at the end of round 42; read and fixed in round 43, now training)",
    files: ['heldout44.jsonl'],
    minCases: 70,
    minZones: 23,
    blind: "blind at the end of round 42 (f41ff71): commitment 0.920, items 0.757, due 0.900, format 0.786, command 0.871, reply 0.867, kind 0.000 (its one out-of-office missed; the session-start code scores the same)",
    // Round 43 read its misses: 1.000 on every field, the church office's out-of-office included.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-fifth set (a measurement: a library-and-makerspace series' raw inboxes, 30 .eml from 16 clients in 11 languages with 5 auto-replies and 3 bounces, 51 zones, by a hand that never read the code; scored once, blind, at the end of round 43; read and fixed in round 44, now training)",
    files: ['heldout45.jsonl'],
    minCases: 70,
    minZones: 49,
    blind: "blind at the end of round 43 (bf9d868): commitment 0.882, items 0.831, due 0.862, format 0.870, command 0.957, reply 1.000, kind 1.000 (the session-start code 550fde8: 0.896 / 0.831 / 0.862 / 0.870 / 0.957 / 1.000 / 1.000)",
    // Round 44 read its misses (a helper in its own worktree): 1.000 on every field but due (0.966: "avant les vacances de
    // Noël" is left).
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.94, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-sixth set (a measurement: check-ins and invitations weeks after repair cafés and open-data events, in eight languages and 41 zones, by a hand that never read the code; scored once, blind, at the end of round 43; read and fixed in round 44, now training)",
    files: ['heldout46.jsonl'],
    minCases: 70,
    minZones: 39,
    blind: "blind at the end of round 43 (bf9d868): commitment 0.821, items 0.921, due 0.917, format 1.000, command 0.886, reply 1.000, kind 1.000 (the session-start code scores the same)",
    // Round 44 read its misses (a helper in its own worktree): 1.000 on every field.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-seventh set (a measurement: asks after civic-tech gatherings in 36 zones, dates said every local way, by a hand that never read the code; scored once, blind, at the end of round 43; read and fixed in round 44, now training)",
    files: ['heldout47.jsonl'],
    minCases: 70,
    minZones: 34,
    blind: "blind at the end of round 43 (bf9d868): commitment 0.957, items 0.816, due 0.658, format 0.824, command 0.986, reply 0.922, kind 1.000 (the session-start code 550fde8: 0.951 / 0.816 / 0.603 / 0.824 / 0.971 / 0.922 / 1.000)",
    // Round 44 read its misses: holidays of the person's own country by name (date-holidays) took due from 0.658 to 0.986;
    // left: want-leads with a hedged date ("I also want to run …, probably in August"), "quiero montar …", a Hindi-English
    // "I have experience with X and would be glad to help" offer worded differently in the label.
    floors: { commitmentF1: 0.95, itemsF1: 0.9, due: 0.96, command: 0.98, reply: 0.98 },
  },
  {
    name: "forty-eighth set (a measurement: a community food network's inboxes after harvest gatherings, 25 raw .eml from 18 clients with 4 auto-replies and 3 bounces, 58 zones, by a hand that never read the code; scored once, blind, in round 44 at 62582d1, then read and fixed in the same round, now training)",
    files: ['heldout48.jsonl'],
    minCases: 70,
    minZones: 56,
    blind: "blind in round 44 (62582d1): commitment 0.904, items 0.850, due 0.613, format 0.625, command 0.843, reply 0.952, kind 1.000 (the session-start code 5c14b36 scores the same)",
    // Read after that measurement (a helper in its own worktree): due 0.613 → 0.806, command 0.843 → 0.914; items cut in
    // the wrong place, Greek, Tagalog and Japanese lexicons and some sign-offs are left.
    floors: { commitmentF1: 0.9, itemsF1: 0.83, due: 0.78, command: 0.89, reply: 0.93 },
  },
  {
    name: "forty-ninth set (a measurement: replies typed on phones and dictated, by teenagers, retirees and second-language writers, 32 zones, by a hand that never read the code; scored once, blind, in round 44 at 62582d1, then read and fixed in the same round, now training)",
    files: ['heldout49.jsonl'],
    minCases: 70,
    minZones: 30,
    blind: "blind in round 44 (62582d1): commitment 0.675, items 0.769, due 0.643, format 0.667, command 0.886, reply 0.968, kind 0.000 (its one auto-reply missed; the session-start code 5c14b36: 0.605 / 0.720 / 0.571 / 0.556 / 0.871 / 0.968 / 0.000)",
    // Read after that measurement (a helper in its own worktree): 0.789 / 0.864 / 0.786 / 0.889 / 0.900 / 0.968 / 0.000; in
    // round 45 its one auto-reply (opening "[자동응답]") is read: 0.800 / 0.878 / 0.786 / 0.889 / 0.914 / 0.984 / 1.000.
    floors: { commitmentF1: 0.78, itemsF1: 0.85, due: 0.76, command: 0.89, reply: 0.96 },
  },
  {
    name: "fiftieth set (a measurement: mesh, open-mapping and civic-data meetups in Asia-Pacific, Africa, Latin America and Eastern Europe, dates by local holidays and seasons, 37 zones, by a hand that never read the code; scored once, blind, in round 44 at 62582d1, then read and fixed in the same round, now training)",
    files: ['heldout50.jsonl'],
    minCases: 70,
    minZones: 35,
    blind: "blind in round 44 (62582d1): commitment 0.738, items 0.624, due 0.447, format 0.650, command 0.914, reply 0.929, kind 1.000 (the session-start code 5c14b36: 0.714 / 0.624 / 0.426 / 0.650 / 0.914 / 0.929 / 1.000)",
    // Read after that measurement: 0.872 / 0.807 / 0.702 / 0.850 / 0.986 / 0.929 / 1.000 (futures marked on the verb, items
    // and commands in more languages, holidays after side words in more languages).
    floors: { commitmentF1: 0.85, itemsF1: 0.78, due: 0.68, command: 0.96, reply: 0.9 },
  },
  {
    name: "fifty-first set (a measurement: neighbourhood tool libraries and bike kitchens, 20 raw .eml from 13 clients in 5 charsets with 3 auto-replies and 2 bounces, 49 zones, by a hand that never read the code; scored once, blind, at the end of round 44; read and fixed in round 45, now training)",
    files: ['heldout51.jsonl'],
    minCases: 70,
    minZones: 47,
    blind: "blind at the end of round 44 (07cb337): commitment 0.781, items 0.778, due 0.528, format 0.571, command 0.929, reply 0.945, kind 1.000 (the session-start code 5c14b36: 0.762 / 0.755 / 0.500 / 0.571 / 0.914 / 0.945 / 1.000)",
    // Read in round 45 (here): 1.000 / 0.915 / 0.944 / 1.000 / 0.971 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.89, due: 0.92, command: 0.95, reply: 0.98 },
  },
  {
    name: "fifty-second set (a measurement: check-ins and invitations said every indirect way, in nine languages and 36 zones, by a hand that never read the code; scored once, blind, at the end of round 44; read and fixed in round 45, now training)",
    files: ['heldout52.jsonl'],
    minCases: 70,
    minZones: 34,
    blind: "blind at the end of round 44 (07cb337): commitment 0.780, items 0.842, due 0.611, format 1.000, command 0.757, reply 0.913, kind 1.000 (the session-start code 5c14b36: 0.769 / 0.842 / 0.556 / 1.000 / 0.757 / 0.913 / 1.000)",
    // Read in round 45 (a helper in its own worktree): 0.973 / 1.000 / 1.000 / 1.000 / 1.000 / 0.978 / 1.000.
    floors: { commitmentF1: 0.95, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.95 },
  },
  {
    name: "fifty-third set (a measurement: long asks full of offers, needs and wishes after maker faires, code clubs and hackathons, 36 zones, by a hand that never read the code; scored once, blind, at the end of round 44; read and fixed in round 45, now training)",
    files: ['heldout53.jsonl'],
    minCases: 70,
    minZones: 34,
    blind: "blind at the end of round 44 (07cb337): commitment 0.725, items 0.608, due 0.597, format 0.571, command 0.971, reply 0.797, kind 1.000 (the session-start code 5c14b36: 0.701 / 0.599 / 0.571 / 0.571 / 0.957 / 0.797 / 1.000)",
    // Read in round 45 (a helper in its own worktree, then here): 0.893 / 0.887 / 0.727 / 0.857 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.87, itemsF1: 0.86, due: 0.7, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifty-fourth set (a measurement: raw intake inboxes after repair cafés, translation sprints and radio meetups, 25 .eml from 16 clients in 6 charsets with 5 auto-replies and 3 bounces, 66 zones, by a hand that never read the code; scored once, blind, in round 45 at c9f95a8, then read and fixed in the same round, now training)",
    files: ['heldout54.jsonl'],
    minCases: 70,
    minZones: 60,
    blind: "blind in round 45 (c9f95a8): commitment 0.909, items 0.787, due 0.750, format 0.667, command 0.886, reply 1.000, kind 1.000 (the session-start code 9178c7b: 0.857 / 0.769 / 0.719 / 0.556 / 0.886 / 1.000 / 1.000)",
    // Read after that measurement (a helper in its own worktree): 1.000 / 0.991 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.97, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifty-fifth set (a measurement: replies to check-ins, invitations and the service's own confirmation of what it understood, corrections included, twelve languages, 53 zones, by a hand that never read the code; scored once, blind, in round 45 at c9f95a8, then read and fixed in the same round, now training)",
    files: ['heldout55.jsonl'],
    minCases: 70,
    minZones: 50,
    blind: "blind in round 45 (c9f95a8): commitment 0.437, items 0.476, due 0.231, format 0.167, command 0.771, reply 1.000, kind 1.000 (the session-start code 9178c7b: the same)",
    // Read after that measurement (a helper in its own worktree): 0.976 / 0.800 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.95, itemsF1: 0.78, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifty-sixth set (a measurement: the English of where people live, West and East Africa, South Asia, South-East Asia, the Caribbean, Ireland, Scotland, Australia, New Zealand, Canada and the US South, 37 zones, by a hand that never read the code; scored once, blind, in round 45 at c9f95a8, then read and fixed in the same round, now training)",
    files: ['heldout56.jsonl'],
    minCases: 70,
    minZones: 35,
    blind: "blind in round 45 (c9f95a8): commitment 0.861, items 0.879, due 0.732, format 0.857, command 0.914, reply 1.000, kind 1.000 (the session-start code 9178c7b: 0.875 / 0.879 / 0.756 / 0.857 / 0.914 / 1.000 / 1.000)",
    // Read after that measurement (here): 0.964 / 0.899 / 0.976 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.94, itemsF1: 0.87, due: 0.95, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifty-seventh set (a measurement: mail through lists and odd paths, Google Groups, Mailman, Discourse, digests, S/MIME, calendar replies, an organizer's forward, 25 .eml with 4 auto-replies and 3 bounces, 70 zones, by a hand that never read the code; scored once, blind, at the end of round 45, then read and fixed in round 46, now training)",
    files: ['heldout57.jsonl'],
    minCases: 70,
    minZones: 65,
    blind: "blind at the end of round 45 (94cc019): commitment 0.740, items 0.697, due 0.733, format 0.385, command 0.943, reply 0.955, kind 0.880 (the session-start code 9178c7b: 0.696 / 0.651 / 0.633 / 0.385 / 0.929 / 0.955 / 0.880)",
    // Read in round 46: 1.000 / 0.962 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 (kind: two list-relayed posts are replies now).
    floors: { commitmentF1: 0.98, itemsF1: 0.94, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifty-eighth set (a measurement: teenagers, students, parents and teachers after school hackathons and youth meetups, slang, school calendars, recurring and conditional plans, seven languages, 53 zones, by a hand that never read the code; scored once, blind, at the end of round 45, then read and fixed in round 46, now training)",
    files: ['heldout58.jsonl'],
    minCases: 70,
    minZones: 50,
    blind: "blind at the end of round 45 (94cc019): commitment 0.800, items 0.835, due 0.571, format 0.769, command 0.914, reply 0.867, kind 1.000 (the session-start code 9178c7b: 0.762 / 0.835 / 0.536 / 0.692 / 0.900 / 0.800 / 1.000)",
    // Read in round 46: 1.000 / 0.961 / 0.929 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.94, due: 0.9, command: 0.98, reply: 0.98 },
  },
  {
    name: "fifty-ninth set (a measurement: check-ins, invitations and asks in nineteen less-used languages, Finnish to Amharic in Latin script, 41 zones, by a hand that never read the code; scored once, blind, at the end of round 45, then read and fixed in round 46, now training)",
    files: ['heldout59.jsonl'],
    minCases: 70,
    minZones: 40,
    blind: "blind at the end of round 45 (94cc019): commitment 0.364, items 0.222, due 0.148, format 0.300, command 0.514, reply 1.000, kind 1.000 (the session-start code 9178c7b: 0.313 / 0.182 / 0.111 / 0.100 / 0.471 / 1.000 / 1.000)",
    // Read in round 46: 1.000 / 1.000 / 1.000 / 1.000 / 0.986 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.96, reply: 0.98 },
  },
  {
    name: "sixtieth set (a measurement: a typical day of traffic after a big community event, 40 asks, 18 check-ins, 8 invitations, 4 stops and automatic replies, mostly everyday English from many countries with some French, Spanish, German and Portuguese, 12 .eml, 43 zones, by a hand that never read the code; scored once, blind, in round 46 at 68f56a7, then read and fixed in the same round, now training)",
    files: ['heldout60.jsonl'],
    minCases: 70,
    minZones: 40,
    blind: "blind in round 46 (68f56a7): commitment 0.986, items 0.935, due 0.970, format 0.944, command 0.971, reply 1.000, kind 1.000 (the session-start code eb92964: the same)",
    // Read after that measurement (here): 1.000 on every field.
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-first set (a measurement: hard calendars, the local day against the UTC day, the new year and clock changes, far zones, 'this weekend' on a Saturday, fortnights, nth weekdays, Easter and Thanksgiving by country, terms and seasons by hemisphere, ranges, corrected dates, day-first and month-first numbers, reschedules counted from the old date, 41 zones, by a hand that never read the code; scored once, blind, in round 46 at 68f56a7, then read and fixed in the same round, now training)",
    files: ['heldout61.jsonl'],
    minCases: 70,
    minZones: 40,
    blind: "blind in round 46 (68f56a7): commitment 0.968, items 0.900, due 0.830, format 0.952, command 0.914, reply 1.000, kind 1.000 (the session-start code eb92964: the same)",
    // Read after that measurement (here): 1.000 on every field.
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-second set (a measurement: the regional varieties of Spanish, Portuguese, French, German, Dutch and Italian, and Spanglish, franglais and Denglisch, 9 .eml, 34 zones, by a hand that never read the code; scored once, blind, in round 46 at 68f56a7, then read and fixed in the same round, now training)",
    files: ['heldout62.jsonl'],
    minCases: 70,
    minZones: 30,
    blind: "blind in round 46 (68f56a7): commitment 0.822, items 0.620, due 0.788, format 0.731, command 0.957, reply 1.000, kind 1.000 (the session-start code eb92964: 0.806 / 0.606 / 0.727 / 0.692 / 0.957 / 1.000 / 1.000)",
    // Read after that measurement (here): 1.000 on every field.
    floors: { commitmentF1: 0.98, itemsF1: 0.98, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-third set (a measurement: a typical week after a neighbourhood climate-and-repair festival in nine mid-size cities, local Englishes with Irish, Afrikaans, Marathi and Hindi in Latin script, Cebuano and Winnipeg French, 12 .eml, by a hand that never read the code; scored once, blind, at the end of round 46 at 36695fe, then partly fixed in the same round, now training)",
    files: ['heldout63.jsonl'],
    minCases: 70,
    minZones: 9,
    blind: "blind at the end of round 46 (36695fe): commitment 0.943, items 0.857, due 0.864, format 0.944, command 0.900, reply 1.000, kind 1.000 (the session-start code eb92964: the same)",
    // Partly read in round 46 (35 minutes): 0.943 / 0.894 / 0.864 / 0.944 / 1.000 / 1.000 / 1.000; its misses left are listed in the round's note.
    floors: { commitmentF1: 0.92, itemsF1: 0.87, due: 0.84, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-fourth set (a measurement: due dates and new dates said the way speakers of Spanish, French, German, Portuguese, Italian and Dutch say them, national holidays, local numeric formats, 30 zones, by a hand that never read the code; scored once, blind, at the end of round 46 at 36695fe, then partly fixed in the same round, now training)",
    files: ['heldout64.jsonl'],
    minCases: 70,
    minZones: 30,
    blind: "blind at the end of round 46 (36695fe): commitment 0.714, items 0.857, due 0.486, format 0.545, command 0.914, reply 1.000, kind 1.000 (the session-start code eb92964: 0.657 / 0.815 / 0.378 / 0.409 / 0.914 / 1.000 / 1.000)",
    // Partly read in round 46 (35 minutes): 0.916 / 0.897 / 0.838 / 0.818 / 0.914 / 1.000 / 1.000; 18 cases still fail.
    floors: { commitmentF1: 0.89, itemsF1: 0.87, due: 0.81, command: 0.89, reply: 0.98 },
  },
  {
    name: "sixty-fifth set (a measurement: replies typed on phones or dictated by voice, autocorrect slips, emoji as words, spoken punctuation, shorthand, mobile quoted history, some Spanish, Portuguese and Hindi-English, 8 .eml, 66 zones, by a hand that never read the code; scored once, blind, at the end of round 46 at 36695fe, then read and fixed in the same round, now training)",
    files: ['heldout65.jsonl'],
    minCases: 70,
    minZones: 60,
    blind: "blind at the end of round 46 (36695fe): commitment 0.880, items 0.868, due 0.722, format 0.722, command 0.957, reply 1.000, kind 1.000 (the session-start code eb92964: the same)",
    // Read in round 46: 1.000 / 0.949 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.92, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-sixth set (a measurement: a typical fortnight of traffic after a civic-tech community day in ten mid-size cities, 41 asks, 21 check-ins, 8 invitations, everyday English from many countries with some French, Portuguese, Danish, Spanish and German, 12 .eml, by a hand that never read the code; scored once, blind, at the start of round 47, then read and fixed in the same round, now training)",
    files: ['heldout66.jsonl'],
    minCases: 70,
    minZones: 13,
    blind: "blind at the start of round 47 (b3ef510: the session-start code and one small rule): commitment 0.912, items 0.944, due 0.900, format 0.864, command 0.943, reply 1.000, kind 1.000 (the session-start code 45b8101: the same)",
    // Read in round 47: 0.971 / 1.000 / 0.967 / 0.955 / 1.000 / 1.000 / 1.000 (x66-34's label drops a purpose clause other sets keep).
    floors: { commitmentF1: 0.95, itemsF1: 0.98, due: 0.94, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-seventh set (a measurement: answers to check-ins and invitations weeks to months after the event — done, not yet, moves counted from the planned date, drops, polite not-nows, stops hidden in a check-in, joins with things brought; 60% English, the rest Spanish, French, German, Portuguese, Italian and Dutch, 6 .eml, 51 zones, by a hand that never read the code; scored once, blind, at the start of round 47, then read and fixed in the same round, now training)",
    files: ['heldout67.jsonl'],
    minCases: 70,
    minZones: 45,
    contexts: 2,
    blind: "blind at the start of round 47 (3960778: the session-start code and one small rule): commitment 0.727, items 0.667, due 0.667, format 1.000, command 0.843, reply 0.955, kind 1.000 (the session-start code 45b8101: the same)",
    // Read in round 47: 1.000 / 0.909 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 (x67-15 names one room twice, as a search and as a question).
    floors: { commitmentF1: 0.98, itemsF1: 0.88, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "sixty-eighth set (a measurement: long letters from faith communities, sports clubs, tenant associations, seniors' centres and immigrant associations — promises buried in prose and made for the group, dates by religious and cultural calendars, some Spanish, Polish, Tagalog-English and Punjabi-English, 7 .eml, 25 zones, by a hand that never read the code; scored once, blind, at the start of round 47, then read and fixed in the same round, now training)",
    files: ['heldout68.jsonl'],
    minCases: 70,
    minZones: 25,
    blind: "blind at the start of round 47 (c151e99: the session-start code and one small rule): commitment 0.750, items 0.686, due 0.583, format 0.333, command 0.943, reply 0.878, kind 1.000 (the session-start code 45b8101: the same)",
    // Read in round 47 by two helpers (a half each): 1.000 / 0.865 / 0.972 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.84, due: 0.95, command: 0.98, reply: 0.98 },
  },
  {
    name: "seventieth set (a measurement: answers to reminders quoting the planned date and to check-ins after it — done in many ways, moves said against the planned date, soft drops, stops, mixed answers — and to invitations; 74% English, the rest Spanish, French, German, Portuguese, Italian, Dutch, Polish and Swedish, 10 .eml, 47 zones, by a hand that never read the code; scored once, blind, in round 47 after that round's first fixes, then read and fixed, now training)",
    files: ['heldout70.jsonl'],
    minCases: 70,
    minZones: 45,
    contexts: 2,
    blind: "blind in round 47 at 4095f75 (after heldout64/66/67/68 were fixed): commitment 1.000, items 0.833, due 1.000, format 1.000, command 0.814, reply 1.000, kind 1.000 (the session-start code 45b8101: command 0.786, the rest the same)",
    // Read in round 47: 1.000 / 0.923 / 1.000 / 1.000 / 0.957 / 1.000 / 1.000 (left: 'Sort of … happened' as done, 'Done, but late … on the 28th instead', a done beside a drop of another thing).
    floors: { commitmentF1: 0.98, itemsF1: 0.9, due: 0.98, command: 0.93, reply: 0.98 },
  },
  {
    name: "sixty-ninth set (a measurement: a typical month after library repair-and-maker fairs in small towns — 38 asks, 20 check-ins and reminders, 8 invitations; everyday English with some Norwegian, Afrikaans, Canadian French, Spanish and Hindi-English, 12 .eml, 11 zones, by a hand that never read the code; scored once, blind, in round 47 after that round's first fixes, then read and fixed, now training)",
    files: ['heldout69.jsonl'],
    minCases: 70,
    minZones: 11,
    blind: "blind in round 47 at 4095f75: commitment 0.935, items 0.840, due 0.929, format 0.846, command 0.886, reply 0.947, kind 1.000 (the session-start code 45b8101: the same)",
    // Read in round 47: 1.000 / 0.917 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.89, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "seventy-first set (a measurement: English written as a second language by speakers of 22 languages — calqued tenses, prepositions and date forms, false friends, politeness formulas, 6 .eml, 16 zones, by a hand that never read the code; scored once, blind, in round 47 after that round's first fixes, then read and fixed, now training)",
    files: ['heldout71.jsonl'],
    minCases: 70,
    minZones: 16,
    blind: "blind in round 47 at 4095f75: commitment 0.935, items 0.901, due 0.903, format 0.850, command 0.871, reply 1.000, kind 1.000 (the session-start code 45b8101: the same)",
    // Read in round 47: 1.000 / 0.958 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.93, due: 0.98, command: 0.98, reply: 0.98 },
  },
  {
    name: "seventy-second set (a measurement: a typical fortnight after DemoCamp and kitchen-table-sprint nights in 9 cities — 40 asks, 20 check-ins, 10 invitations; Irish, South African, Indian, Newfoundland and New Zealand English, Canadian French, 11 .eml, 14 zones, by a hand that never read the code; scored once, blind, at the start of round 48, then read and fixed, now training)",
    files: ['heldout72.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: "blind in round 48 at the session-start code 9cd5a76: commitment 1.000, items 0.874, due 0.966, format 1.000, command 0.986, reply 0.900, kind 0.667",
    // Read in round 48: 1.000 / 0.971 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.94, due: 0.97, command: 0.97, reply: 0.98 },
  },
  {
    name: "seventy-third set (a measurement: answers to check-ins, reminders, the promise mailed back and invitations — 45 check-ins, 15 invitations, 10 asks; 64% English with Portuguese, Spanish, French, German, Polish, Tagalog-English and Dutch, 10 .eml, 25 zones, by a hand that never read the code; scored once, blind, at the start of round 48, then read and fixed, now training)",
    files: ['heldout73.jsonl'],
    minCases: 70,
    minZones: 25,
    blind: "blind in round 48 at the session-start code 9cd5a76: commitment 0.813, items 0.889, due 0.900, format 0.875, command 0.814, reply 1.000, kind 1.000",
    // Read in round 48: 0.966 / 1.000 / 0.900 / 0.875 / 0.971 / 1.000 / 1.000.
    floors: { commitmentF1: 0.94, itemsF1: 0.96, due: 0.88, command: 0.95, reply: 0.98 },
  },
  {
    name: "seventy-fourth set (a measurement: replies from workplaces and institutions — replies for a colleague, promises for the organisation, pending approvals, Outlook and Exchange mail with long signatures and disclaimers; 50 asks, 12 check-ins, 8 invitations; English from 8 countries with German, Dutch and Swedish offices, 14 .eml, 21 zones, by a hand that never read the code; scored once, blind, at the start of round 48, then read and fixed, now training)",
    files: ['heldout74.jsonl'],
    minCases: 70,
    minZones: 21,
    blind: "blind in round 48 at the session-start code 9cd5a76: commitment 0.712, items 0.761, due 0.547, format 0.419, command 1.000, reply 0.837, kind 1.000",
    // Read in round 48: 0.912 / 0.767 / 0.868 / 0.935 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.89, itemsF1: 0.74, due: 0.84, command: 0.98, reply: 0.98 },
  },
  {
    name: "seventy-fifth set (a measurement: a typical three weeks after community events in 8 cities — 40 asks, 20 check-ins, 10 invitations; 90% English in every register, some French and Spanish, 12 .eml, 14 zones, by a hand that never read the code; scored once, blind, in round 48 after that round's first fixes, then read and fixed, now training)",
    files: ['heldout75.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: "blind in round 48 at 714972b: commitment 0.977, items 0.854, due 0.976, format 0.875, command 0.914, reply 1.000, kind 1.000 (the session-start code 9cd5a76: the same)",
    // Read in round 48: 1.000 / 0.859 / 0.976 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.83, due: 0.95, command: 0.98, reply: 0.98 },
  },
  {
    name: "seventy-sixth set (a measurement: late answers to second and third check-ins — only a date or an emoji, questions back, hand-offs, counts of parts done, moves to a season or a term — and invitations with conditions and plus-ones; 45 check-ins, 15 invitations, 10 asks; 69% English with Spanish, Portuguese, French, German, Italian and Dutch, 11 .eml, 32 zones, by a hand that never read the code; scored once, blind, in round 48 after that round's first fixes, then read and fixed, now training)",
    files: ['heldout76.jsonl'],
    minCases: 70,
    minZones: 32,
    blind: "blind in round 48 at 714972b: commitment 0.944, items 0.970, due 0.800, format 1.000, command 0.886, reply 1.000, kind 1.000 (the session-start code 9cd5a76: the same)",
    // Read in round 48: 1.000 / 1.000 / 0.900 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.98, itemsF1: 0.96, due: 0.88, command: 0.98, reply: 0.98 },
  },
  {
    name: "seventy-seventh set (a measurement: long and tangled replies to the ask — promises buried in letters, several dates, promises taken back or narrowed, corrections, P.S. promises, replies to the confirmation mail; 55 asks, 10 check-ins, 5 invitations; 84% English with French, Spanish, German and Portuguese, 11 .eml, 28 zones, by a hand that never read the code; scored once, blind, in round 48 after that round's first fixes, then read and fixed, now training)",
    files: ['heldout77.jsonl'],
    minCases: 70,
    minZones: 28,
    blind: "blind in round 48 at 714972b: commitment 0.782, items 0.818, due 0.714, format 0.724, command 0.971, reply 1.000, kind 1.000 (the session-start code 9cd5a76: the same)",
    // Read in round 48: 0.800 / 0.818 / 0.800 / 0.724 / 0.971 / 1.000 / 1.000.
    floors: { commitmentF1: 0.77, itemsF1: 0.79, due: 0.77, command: 0.95, reply: 0.98 },
  },
  {
    name: "seventy-eighth set (a measurement: a typical month after coffee klatches, kitchen table sprints and DemoCamp nights in Toronto, Halifax, Austin, Mexico City, Lisbon, Berlin, Lagos, Nairobi, Pune and Auckland; 40 asks, 20 check-ins, 10 invitations; 77% English (Canadian, American, Nigerian, Kenyan, Indian, NZ) with Spanish, Portuguese and German, 12 .eml, 14 zones, by a hand that never read the code; scored once, blind, in round 49 at the session-start code, then read and fixed, now training)",
    files: ['heldout78.jsonl'],
    minCases: 70,
    minZones: 14,
    blind: "blind in round 49 at 3e32420: commitment 1.000, items 0.986, due 0.962, format 1.000, command 0.986, reply 1.000, kind 1.000",
    // Read in round 49: 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "seventy-ninth set (a measurement: answers to check-ins and invitations typed on phones — terse, emoji, typos, dictation with spoken punctuation, two things in one answer; 25 asks, 30 check-ins, 15 invitations; 67% English with Spanish, Portuguese, French, German, Italian, Dutch and Polish, 12 .eml, 37 zones, by a hand that never read the code; scored once, blind, in round 49 at the session-start code, then read and fixed, now training)",
    files: ['heldout79.jsonl'],
    minCases: 70,
    minZones: 37,
    blind: "blind in round 49 at 3e32420: commitment 1.000, items 0.923, due 1.000, format 1.000, command 0.943, reply 1.000, kind 1.000",
    // Read in round 49: 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eightieth set (a measurement: replies from people who rarely write email — retirees, church and club secretaries, a parish council, letters for a spouse or parent, old-fashioned dates and feast days; 45 asks, 15 check-ins, 10 invitations; English from seven countries with French and German, 12 .eml, 18 zones, by a hand that never read the code; scored once, blind, in round 49 at the session-start code, then read and fixed, now training)",
    files: ['heldout80.jsonl'],
    minCases: 70,
    minZones: 18,
    blind: "blind in round 49 at 3e32420: commitment 0.944, items 0.788, due 0.853, format 0.882, command 0.971, reply 0.962, kind 1.000",
    // Read in round 49: 0.973 / 0.986 / 0.971 / 0.941 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.95, itemsF1: 0.96, due: 0.95, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-first set (a measurement: a typical three weeks after events in Winnipeg, Boston, Portland, Leeds, Cardiff, Brisbane, Cape Town and Accra; 40 asks, 20 check-ins, 10 invitations; 84% English with French, Spanish and Afrikaans-flavoured English, 13 .eml, 16 zones, by a hand that never read the code; scored once, blind, in round 49 at the session-start code, then read and fixed, now training)",
    files: ['heldout81.jsonl'],
    minCases: 70,
    minZones: 16,
    blind: "blind in round 49 at 3e32420: commitment 0.945, items 0.899, due 0.962, format 1.000, command 0.986, reply 1.000, kind 1.000",
    // Read in round 49: 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-second set (a measurement: inline answers under quoted questions in every client — answers above, below and between the quotes, skipped questions, placeholders (n/a, nichts, nada), “same as above”; 50 asks, 10 check-ins, 10 invitations; 47% English with Spanish, German, French, Portuguese and Dutch, 12 .eml, 29 zones, by a hand that never read the code; scored once, blind, in round 49 at the session-start code, then read and fixed, now training)",
    files: ['heldout82.jsonl'],
    minCases: 70,
    minZones: 29,
    blind: "blind in round 49 at 3e32420: commitment 0.909, items 0.842, due 0.914, format 0.895, command 1.000, reply 0.985, kind 1.000",
    // Read in round 49: 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-third set (a measurement: developers and makers after DemoCamps and hack nights — markdown, links, code, issue numbers, versions and ports that are no dates, technical signatures, bottom-posting; 45 asks, 15 check-ins, 10 invitations; 83% English with German, French, Spanish and Portuguese, 13 .eml, 27 zones, by a hand that never read the code; scored once, blind, in round 49 at the session-start code, then read and fixed, now training)",
    files: ['heldout83.jsonl'],
    minCases: 70,
    minZones: 27,
    blind: "blind in round 49 at 3e32420: commitment 0.946, items 0.932, due 0.941, format 1.000, command 1.000, reply 0.909, kind 1.000",
    // Read in round 49: 1.000 / 0.933 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.91, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-fourth set (a measurement: a typical fortnight after coffee klatches, kitchen table sprints and DemoCamps in Montreal, Ottawa, Detroit, Atlanta, Dublin, Edinburgh, Singapore and Wellington; 40 asks, 20 check-ins, 10 invitations; 83% English (Québécois, Southern US, Irish, Scots, Singaporean, NZ) with French and Spanish, 12 .eml, 15 zones, by a hand that never read the code; scored once, blind, in round 49 after that round's fixes for 78–83, then read and fixed, now training)",
    files: ['heldout84.jsonl'],
    minCases: 70,
    minZones: 15,
    blind: "blind in round 49 at bf41ef0: commitment 0.960, items 0.892, due 1.000, format 1.000, command 0.971, reply 1.000, kind 1.000",
    // Read in round 49: 1.000 / 0.938 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.91, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-fifth set (a measurement: one week of an organizer's inbox after a big DemoCamp — forwards, replies by a spouse or a colleague, one-word answers, long letters, two mails answered in one; 40 asks, 20 check-ins, 10 invitations; 74% English with es/fr/de/pt/it/nl/pl/tr, 12 .eml, 24 zones, by a hand that never read the code; scored once, blind, in round 49 after that round's fixes for 78–83, then read and fixed, now training)",
    files: ['heldout85.jsonl'],
    minCases: 70,
    minZones: 24,
    blind: "blind in round 49 at bf41ef0: commitment 0.982, items 0.880, due 0.931, format 0.941, command 0.957, reply 1.000, kind 1.000",
    // Read in round 49: 1.000 / 0.920 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.9, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-sixth set (a measurement: answers to check-ins at every stage (first reminder, second nudge, the promise mailed back) and to invitations; 20 asks, 35 check-ins, 15 invitations; 66% English with es/de/pt/fr/it/nl, 12 .eml, 25 zones, by a hand that never read the code; scored once, blind, in round 49 after that round's fixes for 78–83, then read and fixed, now training)",
    files: ['heldout86.jsonl'],
    minCases: 70,
    minZones: 25,
    blind: "blind in round 49 at bf41ef0: commitment 1.000, items 0.941, due 1.000, format 1.000, command 0.943, reply 1.000, kind 1.000",
    // Read in round 49: 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 1.000.
    floors: { commitmentF1: 0.97, itemsF1: 0.97, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-seventh set (a measurement: a typical month after coffee klatches, kitchen table sprints and DemoCamps in Vancouver, Seattle, Denver, Kansas City, Bristol, Belfast, Cork and Hobart; 40 asks, 20 check-ins, 10 invitations; 86% English (Irish-English turns among them) with French and Spanish, 12 .eml, 13 zones, by a hand that never read the code; scored once, blind, at the end of round 49 and not yet read: still unseen by the code)",
    files: ['heldout87.jsonl'],
    minCases: 70,
    minZones: 13,
    blind: "blind at the end of round 49 (d287a61): commitment 1.000, items 0.951, due 1.000, format 1.000, command 1.000, reply 1.000, kind 1.000",
    // Not yet read; floors a little under the blind scores.
    floors: { commitmentF1: 0.97, itemsF1: 0.93, due: 0.97, command: 0.97, reply: 0.97 },
  },
  {
    name: "eighty-eighth set (a measurement: a typical month after events in Buenos Aires, Santiago, Lima, Bogotá, Mexico City, Madrid, Barcelona, Porto and São Paulo; 40 asks, 20 check-ins, 10 invitations; 56% Spanish and Portuguese, 31% English, 11% Catalan and Galician, 12 .eml, 15 zones, by a hand that never read the code; scored once, blind, at the end of round 49 and not yet read: still unseen by the code)",
    files: ['heldout88.jsonl'],
    minCases: 70,
    minZones: 15,
    blind: "blind at the end of round 49 (d287a61): commitment 0.885, items 0.848, due 0.833, format 0.750, command 0.971, reply 1.000, kind 1.000",
    // Not yet read; floors a little under the blind scores.
    floors: { commitmentF1: 0.86, itemsF1: 0.82, due: 0.81, command: 0.95, reply: 0.97 },
  },
  {
    name: "eighty-ninth set (a measurement: a typical month after events in Manila, Singapore, Kuala Lumpur, Jakarta, Bangalore, Dhaka, Tokyo and Sydney; 40 asks, 20 check-ins, 10 invitations; 55% English as those places write it, with Tagalog, Indonesian, Japanese, Malay and Hindi, 13 .eml, 13 zones, by a hand that never read the code; scored once, blind, at the end of round 49 and not yet read: still unseen by the code)",
    files: ['heldout89.jsonl'],
    minCases: 70,
    minZones: 13,
    blind: "blind at the end of round 49 (d287a61): commitment 0.980, items 0.900, due 0.880, format 0.750, command 0.971, reply 1.000, kind 1.000",
    // Not yet read; floors a little under the blind scores.
    floors: { commitmentF1: 0.95, itemsF1: 0.88, due: 0.85, command: 0.95, reply: 0.97 },
  },
];

for (const set of sets) {
  describe(`held-out replies: ${set.name} (${set.blind})`, () => {
    const cases = set.files.flatMap((f) => load(f));

    it('has enough varied cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(set.minCases);
      expect(new Set(cases.map((c) => c.context)).size).toBe(set.contexts ?? 3);
      expect(new Set(cases.map((c) => c.timezone)).size).toBeGreaterThanOrEqual(set.minZones);
    });

    it('meets the floors (issue 3 targets are 0.92 / 0.85 / 0.90 / 0.95 / 0.95)', async () => {
      const s = score(await prepare(cases));
      for (const [k, floor] of Object.entries(set.floors)) expect(s[k as keyof typeof set.floors], s.fails.join('\n')).toBeGreaterThanOrEqual(floor);
      expect(s.kind, s.fails.join('\n')).toBeGreaterThanOrEqual(set.kind ?? 1);
    });
  });
}
