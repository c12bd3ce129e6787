// Corrections in answer to the confirmation email: understand() in context 'confirmation' exposes `correction`.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { formatNamed } from './correction.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday, Toronto
const conf = (text: string, timezone = 'America/Toronto') => understand({ text, received, timezone, context: 'confirmation' });

describe('corrections to a confirmation', () => {
  it.each([
    ['no, April not March', 'no', { due: { start: '2027-04-01', end: '2027-04-30' }, replaces: 'March' }],
    ['I meant a kitchen table sprint', null, { format: 'kitchen-table-sprint' }],
    ['actually the 12th', null, { due: { start: '2026-12-12', end: '2026-12-12' } }],
    ['not a coffee klatch, a DemoCamp', null, { format: 'democamp', replaces: 'a coffee klatch' }],
    ['Small correction: a DemoCamp instead of a coffee klatch.', null, { format: 'democamp', replaces: 'a coffee klatch' }],
    ["It's a kitchen table sprint, not a DemoCamp", null, { format: 'kitchen-table-sprint', replaces: 'a DemoCamp' }],
    ['No - it should be mid-April.', 'no', { due: { start: '2027-04-11', end: '2027-04-15' } }],
    ['Could you change the date to December 15?', null, { due: { start: '2026-12-15', end: '2026-12-15' } }],
    ['Nope, I meant introduce Priya to the Mozilla folks', 'no', { action: 'introduce Priya to the Mozilla folks' }],
    ['No, not a coffee klatch, just a regular meetup', 'no', { format: null, replaces: 'a coffee klatch' }],
  ])('%s', (text, command, correction) => {
    const u = conf(text);
    expect(u.correction).toEqual(correction);
    expect(u.command).toBe(command);
    expect(u.commitments).toEqual([]);
  });

  it('reads the correction above the quoted confirmation only', () => {
    const u = conf('Sorry, I meant January 2027.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Drumbeat <hi@example.org> wrote:\n> host a coffee klatch, by 31 March 2027\n> Reply with any correction.');
    expect(u.correction).toEqual({ due: { start: '2027-01-01', end: '2027-01-31' } });
  });

  it.each(["yes that's right", 'Yes, looks good!', 'Perfect, thanks!', 'Correct.'])('"%s" is a yes without a correction', (text) => {
    const u = conf(text);
    expect(u.command).toBe('yes');
    expect(u.correction).toBeUndefined();
  });

  it('is only read in context confirmation', () => {
    expect(understand({ text: 'no, April not March', received, timezone: 'America/Toronto', context: 'ask' }).correction).toBeUndefined();
  });

  it('names formats whatever the verb', () => {
    expect(formatNamed('a Kaffeeklatsch')).toBe('coffee-klatch');
    expect(formatNamed('kitchen-table sprints')).toBe('kitchen-table-sprint');
    expect(formatNamed('DemoCamp Drumbeat')).toBe('democamp');
    expect(formatNamed('a meetup')).toBeNull();
  });
});
