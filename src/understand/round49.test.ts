// Round 49's phenomena (heldout49), each in new words, with a counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'America/Toronto') => understand({ text, received, timezone, context });
const actions = (text: string, context?: ReplyContext) => u(text, context).commitments.map((c) => c.action);
const needs = (text: string) => u(text).needs.map((n) => n.text);

describe('heldout49: purposes without a comma', () => {
  it('cuts "so that <someone> can …" from a full action even with no comma', () => {
    expect(actions('I will run a Scratch workshop in the parish library so that parents can see what their kids made.')).toEqual(['run a Scratch workshop in the parish library']);
    // counter-case: a short action keeps its purpose; "so" without "that" is left to the tagger as before
    expect(actions('I will bring chairs so that kids can sit.')[0]).toContain('so that kids can sit');
  });
  it('cuts a Portuguese personal infinitive "pra gente …" and "para que …" after a full action', () => {
    expect(actions('Vou organizar um mutirão de código na associação de moradores pra gente consertar o site do bairro.')[0]).not.toContain('pra gente');
    // counter-case: "para" before a plain noun (who it is for) stays
    expect(actions('Vou organizar um mutirão de código para os vizinhos do prédio.')[0]).toContain('para os vizinhos');
  });
});

describe('heldout49: why a thing is needed, in Spanish and Tagalog, after the comma', () => {
  it('drops ", solo tenemos …" and ", … kasi …" from a need', () => {
    expect(needs('Necesitamos impresoras, solo tenemos una que funciona.')).toEqual(['impresoras']);
    expect(needs('Need: mga headphones, dalawa lang kasi ang meron kami')).toEqual(['mga headphones']);
    // counter-case: a comma list of things stays a list
    expect(needs('Necesitamos impresoras, cables y sillas.')).not.toEqual(['impresoras']);
  });
  it('drops "cause <subject> …" as it drops "because …"', () => {
    expect(needs('we need a second driver for the van cause i cant do both trips')).toEqual(['a second driver for the van']);
    // counter-case: "cause" as a noun stays
    expect(needs('we need volunteers for a good cause')).toEqual(['volunteers for a good cause']);
  });
});

describe('heldout49: an unpunctuated run-on where "also" opens a new clause', () => {
  it('splits "… tomorrow also we need …" into two sentences', () => {
    const r = u('so we talked it over and we are going to host the next repair night at the bakery also we need someone to bring a soldering iron');
    expect(r.commitments.map((c) => c.action)).toEqual(['host the next repair night at the bakery']);
    expect(r.needs.map((n) => n.text)).toEqual(['someone to bring a soldering iron']);
    // counter-case: "also" after the subject does not split
    expect(actions('I will also print the flyers for the repair night at the bakery')).toEqual(['print the flyers for the repair night at the bakery']);
  });
});

describe('heldout49: handing a promise back with "do not count on me"', () => {
  it('reads "please don\'t count on me for the raffle" as a drop, with no promise', () => {
    const r = u("I'm sorry, my back is bad again. Please don't count on me for the raffle tickets.", 'check-in');
    expect(r.command).toBe('drop');
    expect(r.commitments).toEqual([]);
    // counter-case: "you can count on me for the raffle tickets" stays a promise
    expect(actions('You can count on me for the raffle tickets.', 'check-in').length).toBe(1);
  });
});

describe('heldout49: a polite ask for things, "kindly assist us with …"', () => {
  it('reads "Kindly assist us with …" as a need and splits "X and one or two Y"', () => {
    expect(needs('Kindly assist us with some extension leads and two or three routers for the lab.')).toEqual(['some extension leads', 'two or three routers for the lab']);
    // counter-case: help with a task named by a gerund is not a thing asked for here
    expect(needs('Kindly assist us with printing the certificates.')).not.toContain('printing the certificates');
  });
});

describe('heldout49: who is invited and a leftover clock time after an action', () => {
  it('cuts ", everyone from … is invited" and a trailing "7pm instead"', () => {
    expect(actions("I'm gonna run the board game night friday 7pm instead, everyone from the library club is invited")).toEqual(['run the board game night']);
    // counter-case: an invitation inside the action itself stays
    expect(actions("I'll invite everyone from the library club to the board game night")[0]).toContain('everyone from the library club');
  });
});
