// cutClauseTail(): a thing named ends where, after a comma, a sentence of its own begins; lists and other languages stay whole.
import { describe, expect, it } from 'vitest';
import { cutClauseTail, cutRelativeTail, isClause, splitActions, splitClauseTail } from './clause.ts';
import { understand } from './understand.ts';

const received = new Date('2027-02-02T18:00:00Z');
const u = (text: string) => understand({ text, received, timezone: 'America/Denver', context: 'ask' });

describe('a sentence of its own after the comma', () => {
  it.each([
    ['excel/sql help, i do this all day at work', 'excel/sql help'],
    ["grant writing help, I've done a dozen of them", 'grant writing help'],
    ['a decent PA, we were shouting all day', 'a decent PA'],
    ['a 4G router for the stand, the signal at the praça is terrible', 'a 4G router for the stand'],
    ['do the catering, I run the bakery on the main street', 'do the catering'],
    ['bring the extension cords, you never have enough at the fairgrounds', 'bring the extension cords'],
    ['a proper cold chain, we lose so much spinach', 'a proper cold chain'],
    ['bring my own soldering iron, the shared ones are always cold', 'bring my own soldering iron'],
    ['a second multimeter, ours is very old', 'a second multimeter'],
    ['lend our cherry picker for antenna work; it sits idle till seeding', 'lend our cherry picker for antenna work'],
    ['a designer — all our charts look like 2009', 'a designer'],
  ])('%s', (phrase, thing) => {
    expect(cutClauseTail(phrase)).toBe(thing);
  });

  it.each([
    // more of the same list, or the thing's own detail
    'a projector, a screen and two extension cords',
    'the hall on Sundays, the big kitchen and the car park',
    'my basement, it fits 15',
    'the church hall, it is free on Wednesday mornings',
    'the open web movement should come out to the small towns, not just Calgary and Edmonton',
    'a van, and drivers for it',
    'host a coffee klatch, then write up the notes',
    // a single word before the comma is not yet a thing
    'Yes, we can do that',
    // other languages are never cut on a guess
    'el aula magna del centro de estudiantes, la tienda es grande',
    'unsere Reparaturliste, il est cassé',
  ])('keeps %s', (phrase) => {
    expect(cutClauseTail(phrase)).toBe(phrase);
  });

  it('tells a clause from a noun phrase by its verb', () => {
    expect(isClause('the signal at the praça is terrible')).toBe(true);
    expect(isClause('the big screen and the cables')).toBe(false);
    expect(isClause('we were shouting all day')).toBe(true);
    expect(isClause('this Saturday')).toBe(false);
    expect(splitClauseTail('a car and most thursday afternoons free, i can do grocery runs').rest).toBe('i can do grocery runs');
    // a longer subject is read when the caller asks for it, and a possessive opens a noun phrase as a determiner does
    expect(isClause('the older members from the top floor can join in')).toBe(false);
    expect(isClause('the older members from the top floor can join in', 9)).toBe(true);
    expect(isClause("everyone's forms finally get sent on time")).toBe(true);
    expect(isClause("everyone's favourite cake")).toBe(false);
  });
});

describe('through understand()', () => {
  it('ends offers, needs and promises at the comma before a sentence of their own', () => {
    const r = u("I'll bring the extension cords, you never have enough at the fairgrounds. Happy to help with excel/sql, i do this all day at work. We need a decent PA, we were shouting all day.");
    expect(r.commitments.map((c) => c.action)).toEqual(['bring the extension cords']);
    expect(r.needs.map((x) => x.text)).toEqual(['a decent PA']);
    expect(r.offers.map((x) => x.text).join(' | ')).not.toMatch(/all day at work/);
  });

  it('reads the sentence after the comma as a second offer when it offers again', () => {
    const r = u('offer: i have a car and most thursday afternoons free, i can do grocery runs for people who can\'t get out.');
    expect(r.offers.map((x) => x.text)).toContain("do grocery runs for people who can't get out");
  });

  it('keeps what the offered place holds', () => {
    expect(u('I can offer my basement, it fits 15.').offers.map((x) => x.text)).toEqual(['my basement, it fits 15']);
  });
});

describe('two things to do after ", and"', () => {
  it.each([
    ['put together a one-page guide for the vendors, and ask the market manager for a power outlet', ['put together a one-page guide for the vendors', 'ask the market manager for a power outlet']],
    ['present our work, and then share the slides', ['present our work', 'share the slides']],
    ['bring cookies, and lemonade', ['bring cookies, and lemonade']],
    ['bring chairs, and tables', ['bring chairs, and tables']],
    ['host it, and the kids loved it', ['host it, and the kids loved it']],
  ])('%s', (action, parts) => {
    expect(splitActions(action)).toEqual(parts);
  });
});

describe('what is said of a thing offered, after "that" or "which"', () => {
  it.each([
    ['a pop-up canopy from the booth that just sits in the machine shed all winter', 'a pop-up canopy from the booth'],
    ['a cold room at the co-op that members of other groups can use for produce', 'a cold room at the co-op'],
    ['explaining things slowly, which the grandchildren say I need to teach them', 'explaining things slowly'],
    ['an old projector that is gathering dust', 'an old projector'],
  ])('%s', (phrase, thing) => {
    expect(cutRelativeTail(phrase)).toBe(thing);
  });
  it.each([
    'a print shop that does union-rate printing',
    'someone who knows Google Forms',
    'our hall that seats 80',
    'anyone that needs a lift',
  ])('keeps %s', (phrase) => {
    expect(cutRelativeTail(phrase)).toBe(phrase);
  });
});

describe('heldout46: a subject with a place before its verb', () => {
  it.each([
    ['the suppliers in town charge too much', true],
    ['the shops in the village sell them cheap', true],
    ['the parents at our school run a tight ship', true],
    ['the chairs in the church hall', false],
    ['the cables for the projector and the screen', false],
  ])('%s', (rest, clause) => {
    expect(isClause(rest as string)).toBe(clause);
  });
});
