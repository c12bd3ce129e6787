// Round 84's phenomena (heldout84–86: a fortnight in eight cities, an organizer's inbox, check-ins at every stage), each in
// new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const cmd = (text: string) => u(text, 'check-in').command;

describe('check-in commands', () => {
  it('a Dutch past participle of moving, with its date, is a move', () => {
    const r = u('Nog niet, we hebben het opgeschoven naar 20 april.', 'check-in', 'Europe/Amsterdam');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-20');
    expect(u('Het is uitgesteld tot 2 mei.', 'check-in', 'Europe/Amsterdam').due?.end).toBe('2027-05-02');
    // counter-case: a bare not-yet stays one.
    expect(cmd('Nog niet, sorry.')).toBe('not-yet');
  });
  it('needing N more weeks in another language is a move of that many weeks', () => {
    const r = u('Noch nicht, wir brauchen wohl noch drei Wochen.', 'check-in', 'Europe/Berlin');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-31');
    expect(r.needs).toEqual([]);
    expect(u('Ainda não, preciso de mais duas semanas.', 'check-in', 'Europe/Lisbon').command).toBe('reschedule');
    expect(u('Nog niet, ik heb nog twee weken nodig.', 'check-in', 'Europe/Amsterdam').command).toBe('reschedule');
    // counter-case: needing a thing is no move.
    expect(cmd('Noch nicht, wir brauchen noch einen Raum.')).toBe('not-yet');
  });
  it('"had to cancel" told in the past in another language is a drop', () => {
    expect(cmd('Wir mussten es leider absagen, keine Helfer.')).toBe('drop');
    expect(cmd('Tuvimos que cancelarlo por la lluvia.')).toBe('drop');
    expect(cmd('Tivemos que cancelar, faltou espaço.')).toBe('drop');
    expect(cmd("J'ai dû annuler, désolée.")).toBe('drop');
    // counter-case: having to do something else is no drop.
    expect(cmd('Wir mussten den Raum wechseln, aber es hat geklappt.')).not.toBe('drop');
  });
  it('someone else "has to drop" it is a drop', () => {
    expect(cmd('Writing for my brother: he has to cancel the workshop, he broke his wrist.')).toBe('drop');
    // counter-case: dropping something off is no drop.
    expect(cmd('He has to drop off the keys first, then it is done.')).not.toBe('drop');
  });
  it('a move with "no new date yet" is a not-yet, since a move needs its date', () => {
    expect(cmd("We had to postpone, the hall flooded. No date yet, I'll keep you posted.")).toBe('not-yet');
    // counter-case: a move with its date stays a move.
    expect(cmd('We had to postpone to Saturday 20 March, the hall flooded.')).toBe('reschedule');
  });
  it('"can\'t make it" to another thing does not move the done', () => {
    expect(cmd("All done! Thanks for asking me to Friday's meetup, sadly I can't make it.")).toBe('done');
    // counter-case: "make it" with a date is still a move.
    expect(cmd('Not yet, can we make it Friday 19 March?')).toBe('reschedule');
  });
  it('the Scots "aye" is a yes before a done, and a grand wee turnout a done', () => {
    expect(cmd('Aye, all sorted.')).toBe('done');
    expect(cmd('A grand wee turnout, cheers.')).toBe('done');
    // counter-case: "aye" alone with a not-yet stays a not-yet.
    expect(cmd('Aye, well, not yet.')).toBe('not-yet');
  });
});

describe('items and plans in other languages', () => {
  const offers = (text: string) => u(text).offers.map((o) => o.text);
  const actions = (text: string) => u(text).commitments.map((c) => c.action);
  it('"meanwhile" before "I can" in another language does not hide the offer', () => {
    expect(offers('Nel frattempo posso portare le prolunghe.')).toEqual(['portare le prolunghe']);
    // counter-case: a "meanwhile" before a refusal stays none.
    expect(offers('Intanto non posso portare niente.')).toEqual([]);
  });
  it('the Italian first-person future is a plan, with its format', () => {
    const r = u('Organizzerò un coffee klatch a Bologna sabato 20 marzo.');
    expect(r.commitments.map((c) => c.action)).toEqual(['Organizzerò un coffee klatch a Bologna']);
    expect(r.commitments[0]?.format).toBe('coffee-klatch');
    expect(actions('Scriveremo una guida per i nuovi soci.')).toEqual(['Scriveremo una guida per i nuovi soci']);
    // counter-cases: being there, trying, letting know and a negation are no plan.
    expect(actions('Ci sarò sabato.')).toEqual([]);
    expect(actions('Proverò a fare qualcosa.')).toEqual([]);
    expect(actions('Ti farò sapere entro venerdì.')).toEqual([]);
    expect(actions('Non organizzerò niente quest\'anno.')).toEqual([]);
  });
});

describe('asides and placeholders after an item', () => {
  const needs = (text: string, tz = 'Europe/London') => u(text, 'ask', tz).needs.map((o) => o.text);
  it('"we only have two" and "ours broke" in another language are asides, not items', () => {
    expect(needs('Il nous faut des rallonges, j\'en ai juste une.')).toEqual(['des rallonges']);
    expect(needs('Ci serve un proiettore, il nostro si è rotto.')).toEqual(['un proiettore']);
    expect(needs('Necesitamos un altavoz, el nuestro se rompió.')).toEqual(['un altavoz']);
    // counter-case: a second thing after the comma stays an item.
    expect(needs('Ci servono un proiettore, due prolunghe.').length).toBe(2);
  });
  it('a Scots "nowt" / "naethin the noo" is a placeholder', () => {
    expect(needs('Offer: my van.\nNeed: nowt the noo.')).toEqual([]);
    // counter-case: a real need under the same label stays.
    expect(needs('Offer: my van.\nNeed: a driver the noo.')).toEqual(['a driver the noo']);
  });
  it('Turkish "the one thing I need is X" is a need', () => {
    expect(needs('İhtiyacımız olan tek şey birkaç uzatma kablosu.', 'Europe/Istanbul')).toEqual(['birkaç uzatma kablosu']);
    // counter-case: a past need is none.
    expect(needs('Geçen yıl ihtiyacımız vardı.', 'Europe/Istanbul')).toEqual([]);
  });
});

describe('plans: dates and pointers', () => {
  const actions = (text: string) => u(text).commitments.map((c) => c.action);
  it('the Dutch "maart" alone is read as March', () => {
    const r = u('Ik ga in maart een repair café organiseren.', 'ask', 'Europe/Amsterdam');
    expect(r.commitments[0]?.due?.end).toBe('2027-03-31');
    // counter-case: a word that merely starts like it ("maar") is no date.
    expect(u('Ik ga een repair café organiseren, maar wanneer weet ik nog niet.', 'ask', 'Europe/Amsterdam').commitments[0]?.due ?? null).toBeNull();
  });
  it('"will see how / what" is no thing to do', () => {
    expect(actions('Will see how, maybe in spring I can run a workshop.')).toEqual([]);
    // counter-case: seeing someone is a thing to do.
    expect(actions("I'll see the caretaker on Friday about the hall.")).toEqual(['see the caretaker about the hall']);
  });
  it('"something small" only points at the promise said in full', () => {
    expect(actions("Count me in for something small. I'll run a soldering workshop at the library on Saturday.")).toEqual(['run a soldering workshop at the library']);
    // counter-case: alone, it stays.
    expect(actions("I'll do something small.")).toEqual(['do something small']);
  });
});
