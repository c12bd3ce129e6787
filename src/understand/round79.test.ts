// Round 79's phenomena (heldout79: check-ins and invitations from phones; heldout78: a typical month), each in new words,
// with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const check = (text: string) => u(text, 'check-in');
const offers = (text: string) => u(text).offers.map((o) => o.text);

describe('check-ins: a not-yet that carries a new date is a reschedule', () => {
  it('"not yet, <doing it> <date>" after a comma moves it to that date', () => {
    const r = check('nope, tackling it on Saturday');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-13');
    const s = check('not yet, we are finishing it next week');
    expect(s.command).toBe('reschedule');
    expect(s.due?.end).toBe('2027-03-21');
    // counter-case: doing it with someone, no date, stays a not-yet
    expect(check('not yet, doing it with my neighbour').command).toBe('not-yet');
  });
  it('part done, "need another <n> weeks" is a reschedule counted n weeks on', () => {
    const r = check('about half there, need another 3 weeks');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-31');
    // counter-case: another pair of hands is no time
    expect(check('about half there, need another pair of hands').command).toBe('not-yet');
    // counter-case: extra days it already took, with the thing out, are a done
    expect(check("Finished! Took me an extra few days but it's live now.").command).toBe('done');
  });
  it('"still on it, should wrap it up by <date>" is the date it will be finished', () => {
    const r = check('still chipping away, will finish it by the 19th');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-19');
    const s = check('working on it, we should polish off the zine by Friday');
    expect(s.command).toBe('reschedule');
    expect(s.due?.end).toBe('2027-03-12');
    // counter-case: a hope is no new date
    expect(check('still chipping away, should finish it by the 19th, fingers crossed').command).toBe('not-yet');
  });
  it('a bare date after an emoji inside the line, as after a mark, is the new date', () => {
    const r = check('argh it slipped my mind 😬 friday?');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-12');
    // counter-case: a past day after the emoji tells what happened, no new date
    expect(check('argh it slipped my mind 😬 I was away last week').command).not.toBe('reschedule');
  });
});

describe('check-ins: a cancellation told in the past is a drop', () => {
  it('Spanish "se suspendió", "lo cancelamos", Portuguese "cancelou-se", English "we cancelled it"', () => {
    expect(check('Se suspendió, la profe se enfermó y nadie más podía.').command).toBe('drop');
    expect(check('Lo cancelamos, no hubo inscritos.').command).toBe('drop');
    expect(check('Cancelou-se, ninguém se inscreveu.').command).toBe('drop');
    expect(check('We cancelled it, nobody signed up.').command).toBe('drop');
    // counter-case: cancelled on one day and moved to another is a move
    const r = check('Se suspendió el viernes, lo pasamos al viernes 19.');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-19');
  });
});

describe('offers', () => {
  it('a trailing "if there is something to carry" is cut, in other languages too', () => {
    expect(offers('Ich kann meinen Anhänger ausleihen, wenn etwas transportiert werden muss.')).toEqual(['meinen Anhänger ausleihen']);
    expect(offers('Puedo prestar mi furgoneta si hay cosas que mover.')).toEqual(['prestar mi furgoneta']);
    expect(offers('Ik kan mijn aanhanger uitlenen als je iets moet verhuizen.')).toEqual(['mijn aanhanger uitlenen']);
    expect(offers("I can lend my trailer if there's gear to haul.")).toEqual(['lend my trailer']);
    // counter-case: Dutch "als" meaning "as" stays in the offer
    expect(offers('Ik kan helpen als vrijwilliger.')).toEqual(['helpen als vrijwilliger']);
  });
  it('a bare willingness to help taken back by "but" offers nothing', () => {
    expect(offers('Happy to pitch in but swamped with harvest, so not this time.')).toEqual([]);
    expect(offers('Glad to help, but I cannot this term.')).toEqual([]);
    // counter-cases: help with a thing named, or no "but", stays an offer
    expect(offers('Keen to help with the signage, but only on Saturdays.')[0]).toMatch(/^help with the signage/);
    expect(offers('Keen to help!')).toEqual(['help']);
  });
});

describe('dates: a numbered day of this month or next', () => {
  it('"the 20th of this month", "le 2 du mois prochain", "el 25 de este mes"', () => {
    const c = u('I will host a repair café on the 20th of this month.').commitments;
    expect(c[0]!.action).toBe('host a repair café');
    expect(c[0]!.due).toEqual({ start: '2027-03-20', end: '2027-03-20' });
    expect(u('I will host a repair café by the 5th of the month.').commitments[0]!.due?.end).toBe('2027-04-05');
    expect(u('Je vais organiser un atelier le 2 du mois prochain.').commitments[0]!.due?.end).toBe('2027-04-02');
    expect(u('Voy a organizar un taller el 25 de este mes.').commitments[0]!.due?.end).toBe('2027-03-25');
    // counter-case: "this month" alone is the whole month
    expect(u('I will host a repair café this month.').commitments[0]!.due).toEqual({ start: '2027-03-10', end: '2027-03-31' });
  });
});
