// Round 48: German dates and plans left over from heldout74, each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string) => understand({ text, received, timezone: 'Europe/Vienna', context: 'ask' });

describe('"am 20. April": a German day followed by a month spelt as in English', () => {
  it('is that day of that month, not the 20th of this one', () => {
    expect(findDue('Treffen am 14. April im Jugendzentrum', received, 'Europe/Vienna')).toMatchObject({ start: '2027-04-14', end: '2027-04-14' });
    expect(findDue('bis zum 2. November', received, 'Europe/Vienna')).toMatchObject({ start: '2027-11-02', end: '2027-11-02' });
    const c = u('Ich mache am 14. April einen Kaffeeklatsch.').commitments[0]!;
    expect(c.due).toEqual({ start: '2027-04-14', end: '2027-04-14' });
    expect(c.action).toBe('mache einen Kaffeeklatsch');
  });
  it('a bare "am 20." is still the next 20th', () => {
    expect(findDue('Ich komme am 20.', received, 'Europe/Vienna')).toMatchObject({ start: '2027-03-20', end: '2027-03-20' });
  });
});

describe('"wir organisieren / veranstalten einen …": a group running a format, in German', () => {
  it('names the format', () => {
    expect(u('Wir organisieren im Juni einen Kitchen Table Sprint für den Verein.').commitments[0]?.format).toBe('kitchen-table-sprint');
    expect(u('Wir veranstalten nächsten Monat eine DemoCamp in Graz.').commitments[0]?.format).toBe('democamp');
  });
  it('but organising something else is no format', () => {
    expect(u('Wir organisieren im Juni die Bibliothek neu.').commitments[0]?.format ?? null).toBeNull();
  });
});

describe('dates said around another date', () => {
  const r = new Date('2027-06-13T19:30:00Z');
  it('"the weekend after July 4th" is the weekend after that day, as "the weekend after Easter" is', () => {
    expect(findDue('a sprint the weekend after July 4th', r, 'America/Chicago')).toMatchObject({ start: '2027-07-10', end: '2027-07-11' });
    expect(findDue('the day after 20 June', r, 'America/Chicago')).toMatchObject({ start: '2027-06-21', end: '2027-06-21' });
    // counter-case: "a week after" is no "the week after"
    expect(findDue('a week after 20 June', r, 'America/Chicago')).toMatchObject({ start: '2027-06-20' });
  });
  it('"by end-March" / "by end March" is the end of March; "we end March" is no part of it', () => {
    const f = new Date('2027-02-06T03:15:00Z');
    expect(findDue('by end-March', f, 'Asia/Singapore')).toMatchObject({ start: '2027-03-21', end: '2027-03-31' });
    expect(findDue('done by end April', f, 'Asia/Singapore')).toMatchObject({ start: '2027-04-21', end: '2027-04-30' });
    expect(findDue('We end March with a party', f, 'Asia/Singapore')).toMatchObject({ start: '2027-03-01', end: '2027-03-31' });
  });
  it('a window opening after a day, then the deadline beside it: the deadline', () => {
    const f = new Date('2027-02-06T03:15:00Z');
    const c = understand({ text: "We'll run a kitchen table sprint on the club handbook after the CNY break, by end-April.", received: f, timezone: 'Asia/Singapore', context: 'ask' }).commitments[0]!;
    expect(c.due).toEqual({ start: '2027-04-21', end: '2027-04-30' });
    expect(c.action).toBe('run a kitchen table sprint on the club handbook');
    // counter-case: words after the comma that are no date leave the window
    const w = understand({ text: "I'll run a coffee klatch after Easter, my neighbours will help.", received, timezone: 'Europe/Vienna', context: 'ask' }).commitments[0]!;
    expect(w.due).toEqual({ start: '2027-03-29', end: '2027-04-04' });
  });
});
