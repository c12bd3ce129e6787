// Round 56's phenomena (heldout56: the English of where people live), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Africa/Lagos') => understand({ text, received, timezone, context });
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);

describe('heldout56: local English dates', () => {
  it('"next tomorrow", "now now", "by end month", "by evening"', () => {
    expect(acts('I will share the slides next tomorrow.')).toEqual([['share the slides', '2027-03-12']]);
    expect(acts("I'll call the councillor now now.", 'ask', 'Africa/Johannesburg')).toEqual([['call the councillor', '2027-03-11']]);
    expect(acts('I will pay the plot fee by end month.', 'ask', 'Africa/Nairobi')).toEqual([['pay the plot fee', '2027-03-31']]);
    expect(acts('The minutes I will send by evening.', 'ask', 'Asia/Kolkata')).toEqual([['send the minutes', '2027-03-10']]);
    // counter-case: "now" alone is no date
    expect(acts("I'll call the councillor now.", 'ask', 'Africa/Johannesburg')[0]![1]).not.toBe('2027-03-11');
  });
});

describe('heldout56: local English promises, joins and offers', () => {
  it('"I go <verb>" (Trinidad, Nigeria), "fixin\' to" (US South), "mi will" (Jamaica) lead a promise', () => {
    expect(acts('I go print the flyers for the clean-up.').map((a) => a[0])).toEqual(['print the flyers for the clean-up']);
    expect(acts("I'm fixin' to host a kitchen table sprint at the church.").map((a) => a[0])).toEqual(['host a kitchen table sprint at the church']);
    expect(acts('Mi will clean out di tool shed.').map((a) => a[0])).toEqual(['clean out di tool shed']);
    // counter-case: going somewhere
    expect(acts('I go to the market on Saturdays.')).toEqual([]);
  });
  it('"save a seat fi mi", "I dey come", "mi soon come" join; a seat saved for next time does not', () => {
    expect(u('Save a seat for me, I dey come!', 'invitation').command).toBe('join');
    expect(u('Mi soon come, man.', 'invitation', 'America/Jamaica').command).toBe('join');
    expect(u("Can't make it this time, but save me a seat next time.", 'invitation').command).not.toBe('join');
  });
  it('"might could" is an offer, not a hedge; a thing one has "if the garden wants it" is offered', () => {
    expect(u('I might could lend my truck for the plant sale.', 'ask', 'America/Chicago').offers.map((o) => o.text)).toEqual(['lend my truck for the plant sale']);
    expect(u("I've got a spare wheelbarrow in the garage if anyone wants it.", 'ask', 'America/Halifax').offers.map((o) => o.text)[0]).toMatch(/^a spare wheelbarrow/);
    // counter-case: "might" alone still hedges
    expect(u('I might bring my truck.', 'ask', 'America/Chicago').commitments).toEqual([]);
  });
  it('"it done since last week" is a done; "Next week confirm can." after a not-yet is a new date', () => {
    expect(u('It done since Monday, the kids loved it.', 'check-in', 'America/Port_of_Spain').command).toBe('done');
    const r = u('Not yet lah, the kits stuck at customs. Next week confirm can.', 'check-in', 'Asia/Singapore');
    expect([r.command, r.due?.end]).toEqual(['reschedule', '2027-03-21']);
    // counter-case: not done is no done
    expect(u('Not yet, it not done since the printer broke.', 'check-in', 'America/Port_of_Spain').command).not.toBe('done');
  });
});

describe('heldout56: more of the local', () => {
  it('"the morra" is tomorrow; "before Gawai" in Kuching; "Sweet as, all done!" is a done', () => {
    expect(acts("I'll fix the gate the morra.", 'ask', 'Europe/London')).toEqual([['fix the gate', '2027-03-11']]);
    expect(acts("I'll clear the longhouse garden before Gawai.", 'ask', 'Asia/Kuching')).toEqual([['clear the longhouse garden', '2027-05-31']]);
    expect(u('Sweet as, all done!', 'check-in', 'Pacific/Auckland').command).toBe('done');
    // counter-cases: "Morra" as a surname after a closing; "sweet as" alone is no done
    expect(u('Cheers,\nJo Morra', 'ask', 'Europe/London').commitments).toEqual([]);
    expect(u('Sweet as!', 'check-in', 'Pacific/Auckland').command).not.toBe('done');
  });
});

describe('heldout56: "Bringing a plate." after a yes', () => {
  it('reads a bare participle of bringing, after a join, as a thing to bring; not a companion', () => {
    expect(u("Too right, I'll be there! Bringing a salad.", 'invitation', 'Australia/Sydney').commitments.map((c) => c.action)).toEqual(['bring a salad']);
    expect(u('Yes! Bringing my son too.', 'invitation', 'Australia/Sydney').commitments).toEqual([]);
    // counter-case: no join, no promise
    expect(u("Can't come, bringing the kids to swim.", 'invitation', 'Australia/Sydney').commitments).toEqual([]);
  });
});

describe('heldout56: a companion brought is no thing to bring', () => {
  it('"Bringing my cousin who does web stuff" and "Bringing my 8yo" stay out', () => {
    expect(u("Count me in! Bringing my cousin who does web stuff.", 'invitation', 'Australia/Sydney').commitments).toEqual([]);
    expect(u("Yes please. Bringing my 8yo if that's alright.", 'invitation', 'Australia/Sydney').commitments).toEqual([]);
  });
});
