// Round 75's phenomena (typical traffic after community events), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const cmd = (text: string, context: ReplyContext = 'check-in') => u(text, context).command;
const due = (text: string, context: ReplyContext = 'check-in') => u(text, context).due?.end ?? null;

describe('invitation answers', () => {
  it('a yes typed with the curly apostrophe ("I’ll come", "I’m in") is a join', () => {
    expect(cmd('Lovely idea. I’ll come along with a cake.', 'invitation')).toBe('join');
    expect(cmd('Go on then, I’m in!', 'invitation')).toBe('join');
    // counter-cases: the curly decline stays no join
    expect(cmd('Thanks, but I’ll pass this time.', 'invitation')).not.toBe('join');
    expect(cmd('I’m in Madrid that week, sorry.', 'invitation')).not.toBe('join');
  });
});

describe('check-in answers', () => {
  it('a bare new date after a not-yet, with "def" / "tho" beside it, is a reschedule', () => {
    expect(cmd('nope, the printer died. defo by the 24th tho')).toBe('reschedule');
    expect(due('nope, the printer died. defo by the 24th tho')).toBe('2027-03-24');
    expect(cmd('Not yet. Friday though.')).toBe('reschedule');
    // counter-case: a date with words of its own beside it is no bare new date
    expect(cmd('not yet, my cousin visits on the 24th tho')).toBe('not-yet');
  });
  it('"lo termino el viernes", "je le termine mardi": the present of finishing said with a date is a new date', () => {
    expect(cmd('Todavía no, lo siento. La termino el próximo martes.')).toBe('reschedule');
    expect(due('Todavía no, lo siento. La termino el próximo martes.')).toBe('2027-03-16');
    expect(cmd('Pas encore, désolée. Je la termine mardi.')).toBe('reschedule');
    // counter-case: a finish with someone else named beside the date is not a bare new date
    expect(cmd('Todavía no. Lo termino con mi hermana el sábado.')).toBe('not-yet');
  });
  it('a question after a past deed ("posted it Monday – did it not arrive?") leaves the deed a done', () => {
    expect(cmd('Posted it on Monday – has it not turned up? It was the blue envelope.')).toBe('done');
    expect(cmd('I printed them yesterday, did you not see them on the desk?')).toBe('done');
    // counter-case: a "not" in the deed's own clause still leaves it open
    expect(cmd('Printed half of them yesterday, the rest not yet – ok?')).not.toBe('done');
  });
  it('"Still on for Sunday", "we’re still on track for the 20th": the plan kept is a not-yet', () => {
    expect(cmd('Still on for Sunday, the room is booked. Pictures after!')).toBe('not-yet');
    expect(cmd('We’re still on track for the 20th.')).toBe('not-yet');
    // counter-case: asking whether it is still on is no answer
    expect(cmd('Are we still on for Sunday?')).toBeNull();
    expect(cmd('Still on for Sunday?')).not.toBe('not-yet');
  });
  it('a bare French, Spanish, Portuguese, German or Dutch weekday after a not-yet is read as the new date', () => {
    expect(cmd('Pas encore. Samedi sans faute.')).toBe('reschedule');
    expect(due('Pas encore. Samedi sans faute.')).toBe('2027-03-13');
    expect(cmd('Noch nicht. Freitag bestimmt.')).toBe('reschedule');
    // counter-case: a weekday with a story of its own is no new date
    expect(cmd('Pas encore. Samedi il a plu toute la journée.')).toBe('not-yet');
  });
  it('a bare day of the month after a sentence that named a month is that month’s day', () => {
    expect(due('Still happening, but it will be July now. Probably the 14th.')).toBe('2027-07-14');
    expect(due('Not yet, it’ll be June now. The 3rd.')).toBe('2027-06-03');
    // counter-cases: after a week, or with no month said, the day is read on its own
    expect(due('Not yet. The 14th.')).toBe('2027-03-14');
  });
});

const actions = (text: string, context: ReplyContext = 'ask') => u(text, context).commitments.map((c) => c.action);
const formats = (text: string) => u(text).commitments.map((c) => c.format);
const offers = (text: string) => u(text).offers.map((o) => o.text);

describe('asks and invitations', () => {
  it('"un cafecito" run by the writer is a coffee klatch', () => {
    expect(formats('Voy a preparar un cafecito con los vecinos del barrio en diciembre.')).toEqual(['coffee-klatch']);
    // counter-case: having a coffee with someone is no format
    expect(u('Me gustaría tomar un cafecito con ustedes.').commitments.every((c) => c.format === null)).toBe(true);
  });
  it('"sort out a DemoCamp" is running one; "sort out the DemoCamp photos" is not', () => {
    expect(formats("I'll sort out a DemoCamp at the old mill in June.")).toEqual(['democamp']);
    expect(formats("I'll sort out the DemoCamp photos this weekend.")).toEqual([null]);
  });
  it('"-- Sam" on the last line signs the reply', () => {
    const r = u('Loved it. I will write up the notes from the sprint by Friday.\n-- Sam');
    expect(r.reply).not.toContain('Sam');
    expect(actions('Loved it. I will write up the notes from the sprint by Friday.\n-- Sam')).toEqual(['write up the notes from the sprint']);
    // counter-case: a list item under a dashed list stays
    expect(u('Offers:\n- Laptops\n-- Projector').reply).toContain('Projector');
  });
  it('"put me down for two" counts seats, not a thing to do', () => {
    expect(actions("Count me in! Put me down for three, I'm bringing my nephews too.", 'invitation')).toEqual([]);
    // counter-case: two of a thing is a thing to do
    expect(actions('Put me down for two trays of sandwiches.')).toEqual(['two trays of sandwiches']);
  });
  it('a time of the week after a comma ("weeknights", "weekends only") stays with the offer', () => {
    expect(offers('Offer: bike repair lessons, weeknights.')).toEqual(['bike repair lessons, weeknights']);
    expect(offers('Offer: bike repair lessons, weekends only.')).toEqual(['bike repair lessons, weekends only']);
    // counter-case: a second thing after the comma is a second offer
    expect(offers('Offer: bike repair lessons, a spare pump.')).toEqual(['bike repair lessons', 'a spare pump']);
  });
});
