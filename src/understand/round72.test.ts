// Round 72's phenomena (a typical fortnight: Irish, Afrikaans, Hindi, Māori-flavoured English, Canadian French), each in
// new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Africa/Johannesburg') => understand({ text, received, timezone, context });
const texts = (xs: Array<{ text: string }>) => xs.map((x) => x.text);

describe('Afrikaans automatic replies', () => {
  it('an "Outomatiese antwoord" heading or "Ek is met verlof tot …" is an auto-reply', () => {
    expect(u('Outomatiese boodskap\n\nEk sal u e-pos beantwoord wanneer ek terug is.').kind).toBe('auto-reply');
    expect(u('Dankie vir jou boodskap. Ek is tans op vakansie tot 3 April en sal dan antwoord.').kind).toBe('auto-reply');
    expect(u('Ek is afwesig tot Maandag met beperkte toegang tot e-pos.').kind).toBe('auto-reply');
  });
  it('a person who is away but still promises something is a reply', () => {
    expect(u("Ek is met verlof tot Vrydag, maar ek sal graag 'n coffee klatch in Mei host.").kind).toBe('reply');
    expect(u('Ek is so bly ek was daar! I will host a coffee klatch in May.').kind).toBe('reply');
  });
});

describe('Afrikaans sign-offs', () => {
  it('"Groete / Regards", "Vriendelike groete", "Baie dankie" above a name close the reply', () => {
    const r = visibleReply('Hi all\n\nThe workshop is off for now, please drop it.\n\nVriendelike groete / Kind regards\nAnnelie Botha\n');
    expect(r).toContain('please drop it');
    expect(r).not.toContain('Vriendelike');
    expect(r).not.toContain('Annelie');
    const r2 = visibleReply('Hi\n\nI can lend the projector.\n\nBaie dankie\nJohan\n');
    expect(r2).not.toContain('Baie dankie');
    // counter-case: a sentence that opens with "Dankie" is the person's own words
    const r3 = visibleReply('Hi\n\nI can lend the projector.\n\nDankie vir die aand, dit was lekker.\n');
    expect(r3).toContain('Dankie vir die aand');
  });
});

describe('offers said as a knack or on a group\'s need', () => {
  it('"I\'m a dab hand at X, so …" offers X without the "so …" tail', () => {
    expect(texts(u("I'm a dab hand at video editing, so any clips you have, pass them over.").offers)).toEqual(['video editing']);
    expect(texts(u("I'm good at Welsh translation, so any posters, send them to me.").offers)).toEqual(['Welsh translation']);
    // counter-case: a knack in a past story is no offer of it
    expect(texts(u('The band was a dab hand at covers back then.').offers)).toEqual([]);
  });
  it('"if any of the groups need X, I\'m your man" offers X', () => {
    expect(texts(u("Can't commit yet, but I'm a plumber, so if any of the clubs need help with their leaky taps, I'm your man.").offers)).toEqual(['help with their leaky taps']);
    // counter-case: the same condition with no offer after it
    expect(texts(u("If any of the clubs need help with taps, that's sad.").offers)).toEqual([]);
  });
});

describe('French needs after a contrast word', () => {
  it('"Par contre, on a besoin de …" / "En revanche nous avons besoin de …" is a need', () => {
    expect(texts(u("On verra pour le reste. Par contre, on a besoin d'une salle à Verdun.").needs)).toEqual(["une salle à Verdun"]);
    expect(texts(u("En revanche nous avons besoin d'un projecteur.").needs)).toEqual(['un projecteur']);
    // counter-case: no need said
    expect(texts(u('Par contre, on a bien aimé la soirée.').needs)).toEqual([]);
  });
});

describe('how a thing would be given is part of that thing', () => {
  it('"a spare X, happy to drop it off" offers X alone', () => {
    expect(texts(u('Offer: a spare projector screen, happy to drop it round.').offers)).toEqual(['a spare projector screen']);
    expect(texts(u("Offer: I've got a box of old cables, glad to drop them round.").offers)).toEqual(['a box of old cables']);
    // counter-case: a second thing to do after the comma is still offered
    expect(texts(u('Offer: a spare router, happy to drive people.').offers)).toContain('happy to drive people');
  });
});

describe('Hinglish need heads before a question', () => {
  it('"X chahiye — koi … hai?" needs X, not the question', () => {
    expect(texts(u('Bahut maza aaya. Printer chahiye though — kisi ke office mein extra hai kya?').needs)).toEqual(['Printer']);
    // counter-case: a body that is no question keeps the body as the need
    expect(texts(u('Chahiye — paise aur volunteers.').needs)).toEqual(['paise aur volunteers']);
  });
});
