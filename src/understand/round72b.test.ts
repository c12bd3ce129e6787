// Round 48's leftovers from heldout72 (a typical fortnight of traffic), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });

describe('a date set off by a dash at the end of the sentence', () => {
  it('dates the promise before it', () => {
    expect(u("I'll sort the sign-up sheet for the klatch — end of April latest.").commitments[0]?.due).toEqual({ start: '2027-04-21', end: '2027-04-30' });
    expect(u("We'll repaint the noticeboard - by Friday!").commitments[0]?.due).toEqual({ start: '2027-03-12', end: '2027-03-12' });
  });
  it('but a dash before other words leaves the promise undated', () => {
    const r = u("I'll sort the sign-up sheet for the klatch — Priya will help with it.");
    expect(r.commitments[0]?.action).toBe('sort the sign-up sheet for the klatch');
    expect(r.commitments[0]?.due).toBeNull();
  });
});

describe('a check-in answered with a count of parts done', () => {
  it('"got 3 of the 5 posters up, the last two by Saturday" is a move to the day the rest is promised for', () => {
    const r = u('got 3 of the 5 posters up, the last two by Saturday', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due).toEqual({ start: '2027-03-13', end: '2027-03-13' });
  });
  it('a count done with no day for the rest is a not-yet; a count of what is planned is no answer', () => {
    expect(u('Called four of the six venues so far.', 'check-in').command).toBe('not-yet');
    expect(u('Two of the three sessions will be in May.', 'check-in').command).toBeNull();
  });
});

describe('a place one has free, and when', () => {
  it('"We\'ve got the scout hut free most Thursday evenings" offers the place and the time', () => {
    expect(u("We've got the scout hut free most Thursday evenings if anyone needs a room.").offers.map((o) => o.text)).toEqual(['the scout hut most Thursday evenings']);
    expect(u('We have the upstairs room free on Mondays.').offers.map((o) => o.text)).toEqual(['the upstairs room on Mondays']);
  });
  it('a free afternoon of one\'s own, or a place with no time, is not', () => {
    expect(u("I've got the morning free on Sunday, so I'll come early.").offers).toEqual([]);
    expect(u('We have the hall free.').offers).toEqual([]);
  });
});

describe('a check-in that is not done, with a part of it now set for a day', () => {
  it('"the next workshop is booked for <day>" is a move to that day', () => {
    const r = u('Partly. Only four came to the first one. The next workshop is booked for Saturday 27 March at the library, posters going up this week.', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due).toEqual({ start: '2027-03-27', end: '2027-03-27' });
    expect(u('Not yet. The parish hall is booked for 3 April.', 'check-in').due).toEqual({ start: '2027-04-03', end: '2027-04-03' });
  });
  it('a booking in the past, or for someone else\'s use, is no new date', () => {
    const r = u('Not yet. The hall was booked for a wedding last Saturday.', 'check-in');
    expect(r.command).toBe('not-yet');
    expect(r.due).toBeNull();
  });
});

describe('a need told as a count', () => {
  it('takes the thing from the "if anyone has X" before it', () => {
    expect(u('And if anybody has an old projector gathering dust, we could really use one or two for the youth club.').needs.map((n) => n.text)).toEqual(['an old projector']);
    expect(u('If anyone has spare folding tables, we could use three for the market.').needs.map((n) => n.text)).toEqual(['spare folding tables']);
  });
  it('but a count with its own thing keeps it', () => {
    expect(u('We could really use two or three volunteers for the kids.').needs.map((n) => n.text)).toEqual(['two or three volunteers for the kids']);
  });
});
