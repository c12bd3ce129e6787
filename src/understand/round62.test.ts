// Round 62's phenomena (heldout62: regional Spanish, Portuguese, French, German, Dutch and Italian, and their mixes with
// English), each in new words, with a counter-case that must not fire.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Madrid') => understand({ text, received, timezone, context });
const offers = (text: string) => u(text).offers.map((o) => o.text);
const needs = (text: string) => u(text).needs.map((o) => o.text);
const wishes = (text: string) => u(text).wishes.map((o) => o.text);
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => c.action);
const due = (text: string, day: string, tz = 'Europe/Madrid') => findDue(text, new Date(`${day}T09:00:00Z`), tz)?.end ?? null;

describe('heldout62: what one can do, what is lacking, what one would love, said after a head', () => {
  it('"lo que sí puedo hacer es X", "o que posso oferecer é X", "wat ik wel kan: X" offer X', () => {
    expect(offers('Lo que sí puedo hacer es grabar los videos del taller.')).toEqual(['grabar los videos del taller']);
    expect(offers('O que posso oferecer é a cozinha do centro cultural às quintas.')).toEqual(['a cozinha do centro cultural às quintas']);
    expect(offers('Wat ik wel kan: de nieuwsbrief opmaken.')).toEqual(['de nieuwsbrief opmaken']);
    // counter-case: what one can offer is nothing
    expect(offers('Lo que puedo ofrecer es nada, la verdad.')).toEqual([]);
  });
  it('"lo que nos falta mucho aquí es X", "ce qui manque surtout à Liège, c\'est X", "was uns wirklich fehlt, ist X"', () => {
    expect(needs('Lo que nos falta mucho aquí en Cádiz es una impresora láser.')).toEqual(['una impresora láser']);
    expect(needs("Ce qui manque surtout à Liège, c'est un fablab ouvert le soir.")).toEqual(['un fablab ouvert le soir']);
    expect(needs('Was wir noch bräuchten: zwei Beamer.')).toEqual(['zwei Beamer']);
    // counter-case: nothing is lacking
    expect(needs('Lo que nos falta es nada.')).toEqual([]);
  });
  it('"lo que me gustaría es que X" is a wish; "mi piacerebbe tantissimo vedere X", "também gostava que X"', () => {
    expect(wishes('Lo que me gustaría es que las bibliotecas abran los domingos.')).toEqual(['que las bibliotecas abran los domingos']);
    expect(wishes('Mi piacerebbe tantissimo vedere più corsi serali.')).toEqual(['più corsi serali']);
    // counter-case: what one would like to do oneself is no wish for the world
    expect(wishes('Me gustaría ir al próximo.')).toEqual([]);
  });
});

describe('heldout62: offers and needs in everyday regional phrasing', () => {
  it('"si quieres te llevo X" offers; "par contre je peux prêter X, elle est libre le jeudi" joins the day', () => {
    expect(offers('Si quieres te llevo las sillas plegables, las tengo guardadas.')).toEqual(['llevo las sillas plegables']);
    expect(offers('Par contre je peux prêter notre local, il est libre le jeudi soir.')).toEqual(['prêter notre local le jeudi soir']);
    expect(offers('Mas posso emprestar a sala da associação no Porto.')).toEqual(['emprestar a sala da associação no Porto']);
    // counter-case: a refusal stays a refusal
    expect(offers('Pero no puedo prestar la sala.')).toEqual([]);
  });
  it('an idle thing lent, where it lies, and the kin who gets it, are cut', () => {
    expect(offers('Ich kann auch unsere Nähmaschine ausleihen, die steht eh im Keller rum.')).toEqual(['unsere Nähmaschine ausleihen']);
    expect(offers('Puedo conseguir camisetas baratas con mi prima que tiene una tienda.')).toEqual(['conseguir camisetas baratas']);
  });
  it('"falls ihr X übrig habt, wär super" and "¿alguien conoce X?" ask for X', () => {
    expect(needs('Falls ihr noch Kabel übrig habt, wär super.')).toEqual(['Kabel']);
    expect(needs('¿Alguien conoce un local barato cerca de Atocha?')).toEqual(['un local barato cerca de Atocha']);
    // counter-case: asking whether someone knows how
    expect(needs('¿Alguien sabe cómo se llama el bar?')).toEqual([]);
  });
  it('an aside after a need ("sérieux", "nem que", a laugh) is no second need', () => {
    expect(needs("J'ai besoin de quelqu'un qui connaît Python, sérieux je suis perdu.")).toEqual(["quelqu'un qui connaît Python"]);
    expect(needs('Preciso de cadeiras, nem que sejam de plástico.')).toEqual(['cadeiras']);
  });
  it('"si jamais vous avez besoin de X, chu là" and Spanglish "si alguien needs X, I can …" offer X', () => {
    expect(offers("Si jamais vous avez besoin d'un photographe, chu là.")).toEqual(['un photographe']);
    expect(offers('Si alguien needs rides al evento, I can totally help')).toEqual(['rides al evento']);
  });
});

describe('heldout62: promises', () => {
  it('"mi plan es X", "me aviento a X" promise; "je m\'engage à rien" promises nothing', () => {
    expect(acts('Mi plan es organizar una DemoCamp en Triana.')).toEqual(['organizar una DemoCamp en Triana']);
    expect(acts('Me aviento a dar un taller de Git.')).toEqual(['dar un taller de Git']);
    expect(acts("Pour l'instant je m'engage à rien.")).toEqual([]);
    expect(acts('Ich verpflichte mich nicht, einen Kaffeeklatsch zu organisieren.', 'ask', 'Europe/Berlin')).toEqual([]);
  });
  it('German "verpflichte mich, X zu tun – …" and "ich mach X, quasi als …" lose the frame and the aside', () => {
    expect(acts('Ich verpflichte mich, einen Kaffeeklatsch zu organisieren – der Raum ist schon reserviert.', 'ask', 'Europe/Berlin')).toEqual(['einen Kaffeeklatsch zu organisieren']);
    expect(u('Mein Plan: ich mach einen Kaffeeklatsch im Verein, quasi als Auftakt.', 'ask', 'Europe/Berlin').commitments.map((c) => [c.action, c.format])).toEqual([['mach einen Kaffeeklatsch im Verein', 'coffee-klatch']]);
  });
  it('a pledge under a "what I can do" head is a commitment', () => {
    expect(acts('O que posso fazer: comprometo-me a traduzir o guia.')).toEqual(['traduzir o guia']);
    // counter-case: an offer under the same head stays an offer
    expect(u('O que posso fazer: emprestar o projetor.').commitments).toEqual([]);
  });
});

describe('heldout62: dates and commands', () => {
  it('seasons in other languages; "before" a season begun by the month but not by the sun', () => {
    expect(due('antes del verano', '2027-06-10')).toBe('2027-06-20');
    expect(due('vor dem Sommer', '2027-03-10', 'Europe/Berlin')).toBe('2027-05-31');
    expect(due("avant l'hiver", '2027-12-05', 'Europe/Paris')).toBe('2027-12-20');
    expect(due('depois do verão', '2027-03-10', 'Europe/Lisbon')).toBe('2027-11-30');
    // counter-case: "en" with no season
    expect(due('en la plaza', '2027-03-10')).toBe(null);
  });
  it('"después de Semana Santa" counts from Easter Sunday; "demain matin" is read whole', () => {
    expect(due('después de Semana Santa', '2027-03-10')).toBe('2027-04-04');
    expect(acts('Je vais envoyer le compte rendu demain matin.', 'ask', 'Europe/Paris')).toEqual(['envoyer le compte rendu']);
  });
  it('"¿lo corremos para agosto?" moves, "borradlo de la lista" drops, "¡Claro, voy!" joins', () => {
    expect(u('¿Lo corremos para agosto?', 'check-in').command).toBe('reschedule');
    expect(u('No puedo seguir, borradlo de la lista.', 'check-in').command).toBe('drop');
    expect(u('¡Claro, voy!', 'invitation').command).toBe('join');
    // counter-case: "voy a ver si puedo" is no yes
    expect(u('Voy a ver si puedo.', 'invitation').command).not.toBe('join');
  });
});

describe('heldout62: the tail about where a lent thing lies idle', () => {
  it('goes after a clause with a verb before "rum"; an item named "rum" in a list stays', () => {
    expect(offers('Ich kann euch meinen Beamer leihen, der steht eh im Estrich rum.')[0]).not.toMatch(/Estrich/);
    expect(offers('We can bring cups, rum and cola.')).toContain('rum');
  });
});
