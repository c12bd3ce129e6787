// Round 71's phenomena (English as a second language, calqued on the first one), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const cmd = (text: string, context: ReplyContext = 'check-in') => u(text, context).command;

describe('check-in answers as second-language speakers say them', () => {
  it('"Still not." / "Yet not" / "Not still" / "Till now not" are a not-yet', () => {
    expect(cmd('Still not, the printer broke.')).toBe('not-yet');
    expect(cmd('Yet not. My mother is in hospital.')).toBe('not-yet');
    expect(cmd('Not still! Exams this week.')).toBe('not-yet');
    expect(cmd('Till now not, sorry.')).toBe('not-yet');
    // counter-cases: "still not" inside another sentence is no answer on its own
    expect(cmd('Still not sure the photos came out, but the evening went great.')).not.toBe('not-yet');
  });
  it('"It is made!" / "Is realized." / "Everything was concluded." are a done', () => {
    expect(cmd('It is made! Thank you for the help.')).toBe('done');
    expect(cmd('Is realized.')).toBe('done');
    expect(cmd('Everything was concluded!')).toBe('done');
    // counter-cases: what a thing is made of is no done
    expect(cmd('It is made of paper, so it tears easily.')).toBeNull();
  });
  it('"I must to cancel", "we should to drop it": the modal with "to" is the modal', () => {
    expect(cmd('Sorry friend, we must to cancel. The school closed the hall.')).toBe('drop');
    expect(cmd('I will to finish it next week.')).toBe('reschedule');
    // counter-case: a modal before "to the …" is left alone
    expect(cmd('I can to the hall go tomorrow?')).not.toBe('drop');
  });
});

describe('invitation answers as second-language speakers say them', () => {
  it('"Count with me" / "You can count on me" is a join; negated it is none', () => {
    expect(cmd('Count with us! 🎉', 'invitation')).toBe('join');
    expect(cmd('You can count on me.', 'invitation')).toBe('join');
    expect(cmd("Don't count with me this time.", 'invitation')).toBeNull();
    expect(cmd('Can I count on you for the chairs?', 'invitation')).toBeNull();
  });
  it('a firm "I will bring X" after a foreign okay is a join', () => {
    expect(u('Vale! I will bring two thermos of tea.', 'invitation')).toMatchObject({ command: 'join', commitments: [{ action: 'bring two thermos of tea' }] });
    expect(cmd("Tamam. We'll bring the folding chairs.", 'invitation')).toBe('join');
    // counter-cases: a condition, a hedge or a question is no yes
    expect(cmd('I will bring my guitar if there is a place for it.', 'invitation')).toBeNull();
    expect(cmd('Maybe I will bring my cousin?', 'invitation')).toBeNull();
  });
  it('"I will assist" (asistir, assister, assistir) with family is coming, not a promise', () => {
    const r = u('Yes, we will assist with our kids!', 'invitation');
    expect(r.command).toBe('join');
    expect(r.commitments).toEqual([]);
    // counter-case: assisting with a task stays a promise
    expect(u('Yes! I will assist with the registration desk.', 'invitation').commitments.map((c) => c.action)).toEqual(['assist with the registration desk']);
  });
});

describe('dates as second-language speakers write them', () => {
  const due = (text: string, timezone = 'Europe/Berlin') => u(text, 'check-in', timezone).due;
  it('"postponed for 03.11" (adiamos para, lo pasamos para): "for" after a move is its "to"', () => {
    expect(due('Not yet, we moved it for 20.03 because the hall was closed.')?.end).toBe('2027-03-20');
    // counter-cases: a clock time or an amount after "for" stays a number
    expect(cmd('Still not. The bus was delayed for 12.10 minutes.')).toBe('not-yet');
  });
  it('"prepone it to 12th?": a bare ordinal after "to" that ends the clause', () => {
    expect(due('Can we shift it to 24th? My exams are on 20th.', 'Asia/Kolkata')?.end).toBe('2027-03-24');
    // counter-case: a place in a race is no date
    expect(u('I went from 2nd to 3rd place in the race.', 'ask').commitments).toEqual([]);
  });
  it('"at the 30." / "until the 12, ok": a bare day number after a side word, the clause ending there', () => {
    expect(due('Not yet, half is written, the rest I will do at the 28.')?.end).toBe('2027-03-28');
    expect(due('Not yet, I will send it until the 22, ok?')?.end).toBe('2027-03-22');
    // counter-case: a list of numbers is no day
    expect(u('We sat at the 12, 13 and 14 tables.', 'ask').due).toBeNull();
  });
});

describe('promises and formats in second-language English', () => {
  const one = (text: string, timezone = 'Europe/Madrid') => u(text, 'ask', timezone).commitments;
  it('"realize" (realizar) and "animate" (animer, animar) run a format', () => {
    expect(one('I will realize a kitchen table sprint in the library in May.').map((c) => c.format)).toEqual(['kitchen-table-sprint']);
    expect(one('We are going to animate a DemoCamp for the neighbours in June.', 'Europe/Paris').map((c) => c.format)).toEqual(['democamp']);
    // counter-case: realizing something is no format run
    expect(one('I realize the coffee klatch was a lot of work for you.')).toEqual([]);
  });
  it('"I pretend to organise / host …" (pretender = intend) is a promise; "pretend to be" is not', () => {
    expect(one('Hola, I pretend to host a coffee klatch in May for the mothers of the school.').map((c) => c.format)).toEqual(['coffee-klatch']);
    expect(one('I pretend to be fine, but I am very tired.')).toEqual([]);
  });
  it('"before of Christmas", "after of Easter" (antes de, depois do) read as before / after', () => {
    expect(one('I will translate the sprint guide before of Christmas.', 'Europe/Warsaw')[0]!.due?.end).toBe('2027-12-24');
    expect(one('I will translate the sprint guide before of Christmas.', 'Europe/Warsaw')[0]!.action).toBe('translate the sprint guide');
  });
});

describe('items in second-language English', () => {
  const r = (text: string) => u(text, 'ask');
  it('"I have the wish that …" (tengo el deseo de que, ich habe den Wunsch) is a wish', () => {
    expect(r('We have the big wish that every school in the valley gets a maker corner.').wishes.map((w) => w.text)).toEqual(['every school in the valley gets a maker corner']);
    // counter-case: a wish granted to someone else is no wish of one's own
    expect(r('I have a question about the wish list form.').wishes).toEqual([]);
  });
  it('a greeting line in Arabic, Urdu, Swahili, Tamil, Polish, Vietnamese … stands apart from what follows', () => {
    for (const g of ['Salaam,', 'Asalamu alaikum,', 'Marhaba,', 'Jambo,', 'Vanakkam,', 'Cześć,', 'Xin chào,']) {
      expect(r(`${g}\nI have a big folding table in my garage, anyone can borrow it for the meetups.`).offers.map((o) => o.text), g).toEqual(['a big folding table in my garage']);
    }
  });
  it('after a thing to do with no object, bare things closed by "etc." are its examples', () => {
    expect(r('I can bake for the open day, cakes, baklava etc.').offers.map((o) => o.text)).toEqual(['bake for the open day']);
    // counter-cases: a plain list of things, or a second thing to do, stays a list
    expect(r('I can bring chairs, tables, cups etc.').offers).toHaveLength(3);
    expect(r('I can cook for the meetup, and bring chairs, tables etc.').offers.length).toBeGreaterThan(1);
  });
});
