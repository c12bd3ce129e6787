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
