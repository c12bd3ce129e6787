// Round 46's phenomena (heldout46), each in new words, with a counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue, cutDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'America/Toronto') => understand({ text, received, timezone, context });
const actions = (text: string, context?: ReplyContext) => u(text, context).commitments.map((c) => c.action);
const at = (text: string, context: ReplyContext, iso: string, tz = 'UTC') => understand({ text, received: new Date(iso), timezone: tz, context });
const due = (s: string, iso: string, tz: string) => findDue(s, new Date(iso), tz);
const endAt = (s: string, iso: string, tz: string) => due(s, iso, tz)?.end ?? null;

describe('heldout46: weekdays in Dutch, Swahili and Malay; the n-th weekday of a month in other languages', () => {
  it('reads "zaterdag", "Ijumaa ijayo", "Selasa depan" as the next such day, and cuts "ijayo"/"depan" with it', () => {
    expect(endAt('we doen het zondag', '2027-08-11T07:00:00Z', 'Europe/Amsterdam')).toBe('2027-08-15');
    const r = cutDue('tutamaliza Ijumaa ijayo', new Date('2027-08-11T07:00:00Z'), 'Africa/Nairobi');
    expect(r.due?.end).toBe('2027-08-13');
    expect(r.rest).toBe('tutamaliza');
    expect(endAt('Selasa depan', '2027-08-11T07:00:00Z', 'Asia/Kuala_Lumpur')).toBe('2027-08-17');
    // counter-case: a word that only holds the letters ("alrabuena") is no weekday
    expect(endAt('alrabuena', '2027-08-11T07:00:00Z', 'Asia/Kuala_Lumpur')).toBeNull();
  });
  it('reads "de tweede vrijdag van mei", "el último domingo de octubre", "am dritten Montag im Juni" as that day', () => {
    expect(endAt('de tweede vrijdag van mei', '2027-01-26T11:00:00Z', 'Europe/Brussels')).toBe('2027-05-14');
    expect(endAt('el último domingo de octubre', '2027-01-26T11:00:00Z', 'Europe/Madrid')).toBe('2027-10-31');
    expect(endAt('am dritten Montag im Juni', '2027-01-26T11:00:00Z', 'Europe/Berlin')).toBe('2027-06-21');
    expect(cutDue('we verhuizen het naar de eerste dinsdag van april', new Date('2027-01-26T11:00:00Z'), 'Europe/Brussels').rest).toBe('we verhuizen het naar');
    // counter-case: a week of a month stays a week
    expect(due('la primera semana de marzo', '2027-01-26T11:00:00Z', 'Europe/Madrid')).toMatchObject({ start: '2027-03-01', end: '2027-03-07' });
  });
});

describe('heldout46: check-ins — a new date after a lapse, the date after the move word, keeping at it, done by someone else', () => {
  const cmd = (t: string, iso = '2026-11-23T15:00:00Z', tz = 'America/Toronto') => { const r = at(t, 'check-in', iso, tz); return [r.command, r.due?.end ?? null]; };
  it('reads "let\'s say the 9th?" after an excuse as a new date', () => {
    expect(cmd("oops, forgot all about it 😅 let's say the 9th?")).toEqual(['reschedule', '2026-12-09']);
    // counter-case: "let's say" with no date
    expect(cmd("Let's say it went fine.")[0]).not.toBe('reschedule');
  });
  it('reads "we\'ll do it in September" in Portuguese and Spanish as a new date after a not-yet', () => {
    expect(cmd('Ainda não, a sala estava ocupada. Vamos fazer em setembro.', '2027-07-02T12:00:00Z', 'America/Sao_Paulo')).toEqual(['reschedule', '2027-09-30']);
    expect(cmd('Todavía no. Lo haremos en octubre.', '2027-07-02T12:00:00Z', 'America/Lima')).toEqual(['reschedule', '2027-10-31']);
    // counter-case: "we'll do our best" names no date
    expect(cmd('Ainda não. Faremos o possível.', '2027-07-02T12:00:00Z', 'America/Sao_Paulo')).toEqual(['not-yet', null]);
  });
  it('takes the date after the move word, not the day it rained', () => {
    expect(cmd('Todavía no, el viernes llovió y lo movimos al viernes 4 de diciembre.')).toEqual(['reschedule', '2026-12-04']);
    // counter-case: a single move with one date
    expect(cmd('Todavía no, lo pasamos al viernes.')).toEqual(['reschedule', '2026-11-27']);
  });
  it('reads "still on it" in Portuguese, Spanish and Italian as a not-yet', () => {
    expect(cmd('Ainda estamos trabalhando nisso, falta pouco.')[0]).toBe('not-yet');
    expect(cmd('Seguimos con eso, falta poco.')[0]).toBe('not-yet');
    expect(cmd('Ci stiamo ancora lavorando.')[0]).toBe('not-yet');
    // counter-case: done, in Spanish
    expect(cmd('Ya lo hicimos, salió muy bien.')[0]).toBe('done');
  });
  it('reads "it\'s all sorted" and "X ended up doing it for me" as done, but not a sorting still to come', () => {
    expect(cmd("My neighbour ended up doing it for me, so it's all sorted.")[0]).toBe('done');
    expect(cmd("It's sorted, the forms went in on Tuesday.")[0]).toBe('done');
    // counter-cases
    expect(cmd("Once it's sorted I'll let you know.")[0]).not.toBe('done');
    expect(cmd("It's sorted for next Friday.")[0]).not.toBe('done');
  });
  it('does not read "will carry on" / "will keep at it" after a partial answer as a new commitment', () => {
    expect(at('Halfway there. Will carry on.', 'check-in', '2026-11-23T15:00:00Z').commitments).toEqual([]);
    expect(at('Half of it is done. We will keep at it.', 'check-in', '2026-11-23T15:00:00Z').commitments).toEqual([]);
    // counter-case: keeping something else going is a commitment in an answer to the ask
    expect(actions('I will keep the Monday repair sessions going.')).toEqual(['keep the Monday repair sessions going']);
  });
});

describe('heldout46: asks — no promise in "not committing", "doing it" dates the promise before it, needs and offers', () => {
  const needs = (t: string) => u(t).needs.map((x) => x.text);
  const offers = (t: string, c: ReplyContext = 'ask') => u(t, c).offers.map((x) => x.text);
  it('reads "not committing to anything else" as no promise', () => {
    expect(actions("Not promising anything else, it's a busy month.")).toEqual([]);
    expect(actions('Not signing up for more this term.')).toEqual([]);
    // counter-case
    expect(actions("I'm committing to one thing: a coffee klatch in March.").length).toBe(1);
  });
  it('gives "Doing it on Friday" to the promise just before it', () => {
    const c = u("I'll email the library about a room. Doing it on Friday.").commitments;
    expect(c.map((x) => [x.action, x.due?.end])).toEqual([['email the library about a room', '2026-11-27']]);
    // counter-case: doing something else on Friday dates nothing before it
    expect(u("I'll email the library about a room. Doing my taxes on Friday.").commitments[0]!.due).toBeNull();
  });
  it('does not read "we don\'t have a single one" after a need as a second need', () => {
    expect(needs("We need soldering irons, we don't have a single one.")).toEqual(['soldering irons']);
    expect(needs('Tunahitaji projekta, hatuna hata moja.')).toEqual(['projekta']);
    expect(needs('Necesitamos alargadores, no tenemos ninguno.')).toEqual(['alargadores']);
    // counter-case: a thing they lack, named
    expect(needs("We don't have a projector.")).toEqual(['a projector']);
  });
  it('ends a need where a clause with a subject in a place begins ("the shops in the village sell them …")', () => {
    expect(needs('We need cheap cables, the shops in the village sell them at twice the price.')).toEqual(['cheap cables']);
    expect(needs('What we lack is cheap paint, the suppliers in town charge too much.')).toEqual(['cheap paint']);
  });
  it('reads German and Dutch offers with the verb before the subject ("Zudem können wir …", "Daarnaast kan ik …")', () => {
    expect(offers('Zudem können wir Stühle verleihen.')).toEqual(['Stühle verleihen']);
    expect(offers('Außerdem kann ich Nähkurse für Kinder anbieten.')).toEqual(['Nähkurse für Kinder']);
    expect(offers('Daarnaast kan ik Python-lessen geven.')).toEqual(['Python-lessen geven']);
    expect(offers('Bei Bedarf kann ich Flyer drucken.')).toEqual(['Flyer drucken']);
    // the closing "anbieten"/"aanbieden" (offer) is the offering, not the thing, with the subject first too
    expect(offers('Ich kann Nähkurse anbieten.')).toEqual(['Nähkurse']);
    expect(offers('Ik kan mijn zaal aanbieden.')).toEqual(['mijn zaal']);
    // counter-cases: a refusal, and a question
    expect(offers('Außerdem kann ich leider nicht kommen.')).toEqual([]);
    expect(offers('Leider kann ich nichts anbieten.')).toEqual([]);
  });
});

describe('heldout46: invitations — what is brought, an offer "if needed", a yes in Portuguese and Italian', () => {
  it('parts "I bring X, and if needed I can Y" into a promise and an offer, in Italian, Spanish and English', () => {
    const it1 = u('Ci sto! Porto le sedie, e se serve posso aiutare a montare il palco.', 'invitation');
    expect([it1.command, it1.commitments.map((c) => c.action), it1.offers.map((x) => x.text)]).toEqual(['join', ['Porto le sedie'], ['aiutare a montare il palco']]);
    const es = u('¡Me apunto! Llevo las sillas, y si hace falta puedo ayudar a montar las mesas.', 'invitation');
    expect([es.commitments.map((c) => c.action), es.offers.map((x) => x.text)]).toEqual([['Llevo las sillas'], ['ayudar a montar las mesas']]);
    const en = u("Count me in! I'll bring chairs, and if needed I can help stack them after.", 'invitation');
    expect(en.commitments.map((c) => c.action)).toEqual(['bring chairs']);
    // counter-case: a list of things brought stays one
    expect(u('Porto le sedie e le prolunghe.', 'invitation').commitments.map((c) => c.action)).toEqual(['Porto le sedie e le prolunghe']);
  });
  it('reads Dutch "ik neem X mee" as bringing X', () => {
    expect(u('Ik ben erbij! Ik neem een taart mee.', 'invitation').commitments.map((c) => c.action)).toEqual(['neem een taart mee']);
    // counter-case: "ik neem aan" (I assume) brings nothing
    expect(u('Ik neem aan dat het doorgaat.', 'invitation').commitments).toEqual([]);
  });
  it('reads "Bora!", "Partiu!", "Vamos!" alone as a yes', () => {
    expect(u('Partiu! Levo o violão.', 'invitation').command).toBe('join');
    expect(u('Bora!', 'invitation').command).toBe('join');
    expect(u('Vamos! 🎉', 'invitation').command).toBe('join');
    // counter-case: "vamos ver" (we'll see)
    expect(u('Vamos ver.', 'invitation').command).toBeNull();
  });
});
