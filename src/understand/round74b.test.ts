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
