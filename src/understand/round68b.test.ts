// Round 68's phenomena, second half (heldout68: long letters from community groups), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const at = (iso: string, timezone: string, context: ReplyContext = 'ask') => (text: string) => understand({ text, received: new Date(iso), timezone, context });
// Wednesday 2 December 2026 in Toronto; Wednesday 12 May 2027 in New York; Monday 11 January 2027 in London.
const dec = at('2026-12-02T15:00:00Z', 'America/Toronto');
const may = at('2027-05-12T15:00:00Z', 'America/New_York');
const jan = at('2027-01-11T10:00:00Z', 'Europe/London');
const acts = (r: ReturnType<typeof dec>) => r.commitments.map((c) => [c.action, c.due?.end ?? null]);

describe('a holiday named before the event it names is no date', () => {
  it('"the Boxing Day skate", "the street\'s Memorial Day barbecue": the sentence\'s own date is read, the name stays in the action', () => {
    expect(acts(dec("I'll bake the shortbread for the Boxing Day skate this weekend."))).toEqual([['bake the shortbread for the Boxing Day skate', '2026-12-06']]);
    expect(acts(may("We'll paint the banners for the street's Memorial Day barbecue by Friday."))).toEqual([['paint the banners for the street\'s Memorial Day barbecue', '2027-05-14']]);
    expect(acts(may('I will print the menus for our Memorial Day picnic by Memorial Day.'))).toEqual([['print the menus for our Memorial Day picnic', '2027-05-31']]);
  });
  it('counter-cases: the holiday alone, or after a side word, is still the date', () => {
    expect(acts(may("I'll hang the flags by Memorial Day."))).toEqual([['hang the flags', '2027-05-31']]);
    expect(dec("I'll knit the scarves before Boxing Day.").commitments[0]!.due?.end).toBe('2026-12-25');
  });
});

describe('numbered Sundays of Advent and Lent', () => {
  it('"on the second Sunday of Advent", "the fourth Sunday in Lent", "by the last Sunday of Advent"', () => {
    expect(dec("I'll lead the carol practice on the second Sunday of Advent.").commitments[0]!.due).toEqual({ start: '2026-12-06', end: '2026-12-06' });
    expect(dec("I'll run the soup lunch on the fourth Sunday in Lent.").commitments[0]!.due?.end).toBe('2027-03-07');
    expect(dec("I'll finish the nativity set by the last Sunday of Advent.").commitments[0]!.due?.end).toBe('2026-12-20');
    // counter-case: Advent as a whole ends on Christmas Eve
    expect(dec("I'll visit the shut-ins during Advent.").commitments[0]!.due?.end).toBe('2026-12-24');
  });
});

describe('promises made for the group', () => {
  it('a choir, a sangat, or a committee that "will have" a low-bar format', () => {
    expect(acts(dec('Our gospel choir will sing at the care home before Christmas.'))).toEqual([['sing at the care home', '2026-12-24']]);
    const r = dec('The parish committee will have a coffee klatch for newcomers in January.');
    expect(r.commitments.map((c) => [c.action, c.format])).toEqual([['have a coffee klatch for newcomers', 'coffee-klatch']]);
    // counter-case: a committee that "will have" a problem promises nothing
    expect(dec('The parish committee will have a problem with the boiler in January.').commitments).toEqual([]);
  });
  it('"Hamari seva committee will …": a possessive in Hindi or Punjabi before the group', () => {
    expect(acts(dec('Hamari seva committee will cook langar for the shelter in January.'))).toEqual([['cook langar for the shelter', '2027-01-31']]);
    // counter-case: the same group merely mentioned
    expect(dec('Hamari seva committee met last week.').commitments).toEqual([]);
  });
  it('"we also wish …" is a wish', () => {
    expect(dec('We also wish the province would fund more bus routes.').wishes.map((w) => w.text)).toEqual(['the province would fund more bus routes']);
    expect(dec('We wish you all a peaceful season.').wishes).toEqual([]);
  });
});

describe('tails that are sentences of their own', () => {
  it('after a named person, a pronoun with "both", "like we used to", "and right now …", "to X … you need …"', () => {
    expect(acts(dec("I'm going to collect the coats from the drop-off bins, Pastor Obi has the keys."))[0]![0]).toBe('collect the coats from the drop-off bins');
    expect(acts(dec("I'm going to phone Mr. Lam and Mrs. Diaz about the rides, they both missed the last meeting."))[0]![0]).toBe('phone Mr. Lam and Mrs. Diaz about the rides');
    expect(acts(dec('Our youth group will shovel the seniors\' walks like we used to before the pandemic.'))[0]![0]).toBe("shovel the seniors' walks");
    expect(dec('We need Spanish speakers for the intake desk, and at the moment we only have one.').needs.map((n) => n.text)).toEqual(['Spanish speakers for the intake desk']);
    expect(dec('What we lack is a hall with an oven, to bake bread for the whole street you need a proper oven.').needs.map((n) => n.text)).toEqual(['a hall with an oven']);
    expect(dec('We need a grant for heating, the old boiler barely works.').needs.map((n) => n.text)).toEqual(['a grant for heating']);
  });
  it('counter-cases: a list of names, or a list of things, is no sentence', () => {
    expect(acts(dec("I'll drive Mr. Lam, Mrs. Diaz and Ana to the meeting."))[0]![0]).toBe('drive Mr. Lam, Mrs. Diaz and Ana to the meeting');
    expect(dec('We need chairs, tables and a kettle.').needs.length).toBeGreaterThan(0);
  });
});

describe('offers and needs said in a community letter\'s way', () => {
  it('"Some of our uncles can … if any group needs …" is an offer; a plain "some of us can come" is none', () => {
    expect(dec('Some of our uncles are electricians and can rewire a stall if any other club needs it.').offers.map((o) => o.text)).toEqual(['rewire a stall']);
    expect(dec('Some of us can come on Saturday.').offers).toEqual([]);
  });
  it('"… so families can meet and we can explain X" is the promise\'s purpose, not an offer; "and I\'ll …" after it is a second promise', () => {
    const r = dec("I'll host a tea so newcomers can mingle and we can explain the food bank.");
    expect(r.offers).toEqual([]);
    expect(dec("I'll repair the bikes so the kids can ride and I'll buy new lights too.").commitments.map((c) => c.action)).toEqual(['repair the bikes so the kids can ride', 'buy new lights']);
  });
  it('"Please let us know if any church can lend X" and "we also would be grateful for X" are needs', () => {
    expect(dec('Please let us know if any church can lend a coffee urn, ours is cracked.').needs.map((n) => n.text)).toEqual(['a coffee urn']);
    expect(dec('We also would be grateful for advice on charity registration.').needs.map((n) => n.text)).toEqual(['advice on charity registration']);
    // counter-case: being told who is coming is no need
    expect(dec('Please let us know if anyone can make it.').needs).toEqual([]);
  });
  it('"I\'m handy with X though, 20 years as …" offers X', () => {
    expect(dec("I'm handy with plumbing though, 20 years as a fitter, if anyone's sink is leaking.").offers.map((o) => o.text)).toEqual(['plumbing']);
  });
  it('Spanish: a lent thing keeps what it is lent for; a need loses what it is for', () => {
    const r = at('2026-12-02T15:00:00Z', 'Europe/Madrid')('Tenemos unas mesas plegables que podemos prestar para fiestas de barrio. Nos faltan personas que hablen urdu para traducir los avisos.');
    expect(r.offers.map((o) => o.text)).toEqual(['unas mesas plegables para fiestas de barrio']);
    expect(r.needs.map((n) => n.text)).toEqual(['personas que hablen urdu']);
  });
});

describe('check-ins: the new date', () => {
  it('"We had to postpone. We\'re now doing it …": the later sentence gives the date and is no new commitment', () => {
    const r = at('2027-05-12T15:00:00Z', 'America/New_York', 'check-in')("We had to postpone, the gym floor is being redone. We're now doing the fun day the Saturday after Memorial Day.");
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-06-05');
    expect(r.commitments).toEqual([]);
  });
  it('"pushed it to after X, … booked for all of <month>": the reason\'s month is no refinement of the window', () => {
    const ci = at('2027-10-10T06:00:00Z', 'Asia/Kolkata', 'check-in');
    expect(ci('We moved the health camp to after Diwali, the school ground is taken for all of October.').due?.end).toBe('2027-11-05');
    // counter-case: a later day inside the window still refines it
    expect(ci('We moved the health camp to after Diwali, probably Sunday 7 November.').due?.end).toBe('2027-11-07');
  });
});

describe('sign-offs', () => {
  it('"In His service," closes the reply', () => {
    const r = dec('We will bring the hymn books.\n\nIn His service,\nBrother Samuel Ade\nChair, Men\'s Fellowship');
    expect(r.reply).not.toContain("Men's Fellowship");
    expect(r.reply).toContain('hymn books');
  });
});
