// Round 77's phenomena (long and tangled replies to the ask: dates corrected in the middle of a sentence), each in new
// words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const one = (text: string) => u(text).commitments;

describe('a date corrected in the middle of a sentence', () => {
  it('a bare day after "make that" is in the corrected date\'s month, and the sentence is one promise', () => {
    const c = one('I will run a repair evening at the scout hut on 12th April – sorry, make that 19th, the scouts camp there on the 12th.');
    expect(c).toHaveLength(1);
    expect(c[0]!.due).toEqual({ start: '2027-04-19', end: '2027-04-19' });
    // counter-case: a comma after a date that is no correction leaves the first date
    const k = one('I will run a repair evening at the scout hut on 12th April, the 19th is the scouts\' camp.');
    expect(k[0]!.due).toEqual({ start: '2027-04-12', end: '2027-04-12' });
  });
  it('after "no wait" the date said next wins, whatever the reason after it names', () => {
    const c = one('We will hold a DemoCamp in the church hall on May 8 -- no wait, the 15th, the 8th is the long weekend.');
    expect(c[0]!.due).toEqual({ start: '2027-05-15', end: '2027-05-15' });
    // counter-case: "wait" with no new date keeps the first
    const k = one('We will hold a DemoCamp in the church hall on May 8 -- wait until you see the posters.');
    expect(k[0]!.due).toEqual({ start: '2027-05-08', end: '2027-05-08' });
  });
  it('"– correction, <why>, so it\'s <day>": the day after "so it\'s" is the one meant', () => {
    const c = one('I will host a coffee klatch at the allotment shed on Sunday, April 4 – correction, my neighbour has the key that weekend, so it\'s Sunday the 11th.');
    expect(c).toHaveLength(1);
    expect(c[0]!.action).toBe('host a coffee klatch at the allotment shed');
    expect(c[0]!.due).toEqual({ start: '2027-04-11', end: '2027-04-11' });
    // counter-case: "so it's" with no correction before it changes nothing
    const k = one('I will host a coffee klatch at the allotment shed on Sunday, April 4, so it\'s Sunday the 11th for the flyers.');
    expect(k[0]!.due).toEqual({ start: '2027-04-04', end: '2027-04-04' });
  });
  it('a sentence that opens "Actually, change that, make it <date>" re-dates the promise before it', () => {
    const c = one('I will teach a phone-photo class at the day centre on April 20.\n\nActually, change that, make it April 27, the centre is shut for a deep clean on the 20th.');
    expect(c).toHaveLength(1);
    expect(c[0]!.due).toEqual({ start: '2027-04-27', end: '2027-04-27' });
    const b = one('I will teach a phone-photo class at the day centre on April 20. Scratch that, make it the 29th.');
    expect(b[0]!.due).toEqual({ start: '2027-04-29', end: '2027-04-29' });
    // counter-case: "make it" that opens no correction ("make it fun") leaves the date
    const k = one('I will teach a phone-photo class at the day centre on April 20. Make it fun for everyone, that is the plan.');
    expect(k[0]!.due).toEqual({ start: '2027-04-20', end: '2027-04-20' });
  });
  it('"the week after" a first promise\'s date, with a purpose after it, counts from that promise', () => {
    const c = one('I\'ll have the quiz questions printed by April 16, and I\'ll host a coffee klatch at the bowls club the week after to go through the answers.');
    expect(c[1]!.action).toBe('host a coffee klatch at the bowls club to go through the answers');
    expect(c[1]!.due).toEqual({ start: '2027-04-19', end: '2027-04-25' });
    // counter-case: "the week after" that ends a "when" clause of its own is no date counted from the promise
    const k = one('I\'ll have the quiz questions printed by April 16, and I\'ll host a coffee klatch at the bowls club the week after next.');
    expect(k[1]!.due).not.toEqual({ start: '2027-04-19', end: '2027-04-25' });
  });
  it('a sentence opening "Actually no – forget that" / "Oubliez ça" takes back the promise just made', () => {
    expect(one('I\'ll teach a Scratch club at the library in June. Actually no - forget that, the library shuts for building work all summer.')).toHaveLength(0);
    expect(one('Je vais organiser un café-rencontre en mai. Non, oubliez ça, je pars en voyage tout le mois.')).toHaveLength(0);
    // counter-cases: forgetting something else, or a promise two sentences back, stays
    expect(one('I\'ll teach a Scratch club at the library in June. Don\'t forget that the library shuts early on Fridays.')).toHaveLength(1);
    expect(one('I\'ll teach a Scratch club at the library in June. The kids loved it. Forget that old laptop idea, though.')).toHaveLength(1);
  });
  it('a subjectless "will …" after "PS" / "P.S." is a promise', () => {
    const c = one('Great night, thanks.\n\nPS will email the venue list to the organisers on Friday');
    expect(c).toHaveLength(1);
    expect(c[0]!.action).toBe('email the venue list to the organisers');
    expect(one('Great night, thanks.\n\nP.S. - will bring the spare router next time')).toHaveLength(1);
    // counter-case: "PS will you …" asks, it promises nothing
    expect(one('Great night, thanks.\n\nPS will you email the venue list to the organisers?')).toHaveLength(0);
  });
  it('"Scratch that, <reason>, so by <date>" re-dates the promise before it; it withdraws nothing', () => {
    const c = one('I\'ll have the survey results posted on the council site by the end of June. Actually scratch that, the site is frozen for an upgrade next month, so by 31 May.');
    expect(c).toHaveLength(1);
    expect(c[0]!.due).toEqual({ start: '2027-05-31', end: '2027-05-31' });
    // counter-case: "scratch that" with no new date after "so" takes the promise back
    expect(one('I\'ll have the survey results posted on the council site by the end of June. Actually scratch that, so much is going on.')).toHaveLength(0);
  });
});
