// Round 82's phenomena (inline answers under quoted questions, about half of them in Spanish, German, French, Portuguese
// and Dutch), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Madrid') => understand({ text, received, timezone, context });
const offers = (text: string) => u(text).offers.map((o) => o.text);
const needs = (text: string, context: ReplyContext = 'ask') => u(text, context).needs.map((o) => o.text);
const wishes = (text: string) => u(text).wishes.map((o) => o.text);
const actions = (text: string) => u(text).commitments.map((c) => c.action);

describe('a place and when it is free, said in another language, are one offer', () => {
  it('German, French, Spanish and Dutch times after the comma stay with the place', () => {
    expect(offers('> Was kannst du anbieten?\n\nUnser Gemeinschaftsraum in Pankow, donnerstags ab 19 Uhr.')).toEqual(['Unser Gemeinschaftsraum in Pankow, donnerstags ab 19 Uhr']);
    expect(offers('> Que pouvez-vous offrir ?\n\nNotre salle paroissiale, les samedis matins.')).toHaveLength(1);
    expect(offers('> ¿Qué puedes ofrecer?\n\nMi taller de cerámica en Gràcia, los sábados por la mañana.')).toHaveLength(1);
    expect(offers('> Wat kun je aanbieden?\n\nOns clubhuis, op zaterdagochtend.')).toHaveLength(1);
  });
  it('counter-case: a second thing after the comma is still a second offer', () => {
    expect(offers('> ¿Qué puedes ofrecer?\n\nMi proyector, unos altavoces grandes.')).toHaveLength(2);
  });
});

describe('placeholder answers are no item in any language', () => {
  it('"nada de momento, gracias", "niets, bedankt", "nope, all good here", "rien pour le moment"', () => {
    expect(needs('> ¿Qué necesitas?\n\nNada de momento, gracias.')).toEqual([]);
    expect(needs('> Wat heb je nodig?\n\nNiets, bedankt.')).toEqual([]);
    expect(needs('> What do you need?\n\nNope, all good here')).toEqual([]);
    expect(needs('> Was brauchst du?\n\nNichts, danke!')).toEqual([]);
    expect(offers('> Wat kun je aanbieden?\n\nn.v.t.')).toEqual([]);
  });
  it('a real answer with a closing "gracias" is one item (counter-case: the answer stays)', () => {
    expect(needs('> ¿Qué necesitas?\n\nUn proyector, gracias.')).toHaveLength(1);
  });
});

describe('"same as …" points back and adds nothing', () => {
  it('"Same as I said at the meetup, X" keeps X; "lo mismo que …, X" too', () => {
    expect(wishes('> What is one wish you have for the wider movement?\n\nSame as I said at the meetup, free wifi in every library.')).toEqual(['free wifi in every library']);
    expect(offers('> ¿Qué puedes ofrecer?\n\nLo mismo que te dije por teléfono, clases de guitarra.')).toEqual(['clases de guitarra']);
  });
  it('"same as before :)" under the commitment question is no second commitment', () => {
    const r = u('Quick note: I\'ll host a zine swap at the youth centre on 20 March. Answers inline.\n\n> What is one small thing you will do?\n\nsame as before :)');
    expect(r.commitments.map((c) => c.action)).toEqual(['host a zine swap at the youth centre']);
  });
  it('counter-case: "Same-day" as part of a thing stays', () => {
    expect(offers('> What can you offer?\n\nSame-day printing for flyers.')).toHaveLength(1);
  });
});

describe('under the commitment question: refusals, things already done and someday wants promise nothing', () => {
  const q = '> What is one small thing you will do?\n\n';
  const qEs = '> ¿Qué pequeña cosa vas a hacer?\n\n';
  it('a refusal in Spanish or Portuguese', () => {
    expect(actions(qEs + 'Este mes no puedo, lo siento mucho.')).toEqual([]);
    expect(actions('> Qual pequena coisa você vai fazer?\n\nNão posso me comprometer agora, desculpa.')).toEqual([]);
  });
  it('a thing already done', () => {
    expect(actions(q + 'Already sent the letter to the council last month.')).toEqual([]);
    expect(actions(qEs + 'Ya hicimos el taller de radio en febrero.')).toEqual([]);
  });
  it('a want for someday', () => {
    expect(actions(q + 'I\'d like to host a kitchen table sprint one day.')).toEqual([]);
    expect(actions(qEs + 'Me encantaría organizar un DemoCamp algún día.')).toEqual([]);
  });
  it('counter-cases: something still to do after what is done, and a dated want, are promises', () => {
    expect(actions(q + 'Already booked the hall, I will run the sprint on 3 April.')).toHaveLength(1);
    expect(actions(q + 'I\'d like to host a kitchen table sprint in May.')).toHaveLength(1);
  });
});

describe('how badly or in what form one wants the thing is no part of it', () => {
  it('"urgently", "de préférence …", "idealmente …"', () => {
    expect(needs('> What do you need?\n\nA sound engineer, urgently.')).toEqual(['A sound engineer']);
    expect(needs('> De quoi avez-vous besoin ?\n\nUne salle, de préférence avec une cuisine.')).toEqual(['Une salle']);
    expect(needs('> ¿Qué necesitas?\n\nUna furgoneta, idealmente con rampa.')).toEqual(['Una furgoneta']);
  });
  it('counter-case: two things stay two', () => {
    expect(needs('> What do you need?\n\nA sound engineer, a drummer.')).toHaveLength(2);
  });
});

describe('the ask\'s questions in Dutch and French', () => {
  it('"Wat zou je kunnen aanbieden?" is the offer question, "De quoi auriez-vous besoin ?" the need question', () => {
    expect(offers('> Wat zou je kunnen aanbieden?\n\nEen naaimachine.')).toEqual(['Een naaimachine']);
    expect(needs('> De quoi auriez-vous besoin ?\n\nUne imprimante.')).toEqual(['Une imprimante']);
  });
  it('"Oferta:" labels an offer', () => {
    expect(offers('Deseo: más bibliotecas abiertas.\nOferta: mi furgoneta.')).toEqual(['mi furgoneta']);
  });
});

describe('a one-line answer under the last of a block of quoted questions answers it', () => {
  it('a French block, then the answer, then the next question', () => {
    const r = u('> Quel est votre vœu pour le mouvement ?\n> Que pouvez-vous offrir ?\n\nMon vélo-cargo.\n\n> De quoi avez-vous besoin ?\n\nUne imprimante.');
    expect(r.offers.map((o) => o.text)).toEqual(['Mon vélo-cargo']);
    expect(r.needs.map((o) => o.text)).toEqual(['Une imprimante']);
  });
  it('counter-case: two lines under a block are not taken as the last question\'s answer', () => {
    const r = u('> ¿Qué puedes ofrecer?\n> ¿Qué necesitas?\n\nMi furgoneta.\nUn proyector.');
    expect(r.needs).toEqual([]);
  });
});

describe('four short answers typed without stops, in the ask\'s order', () => {
  it('each line is its own answer', () => {
    const r = u('Clean rivers for every town\nMy kayak trailer\nA bookkeeper\nKitchen table sprint at the library in May', 'ask', 'America/Toronto');
    expect(r.wishes.map((x) => x.text)).toEqual(['Clean rivers for every town']);
    expect(r.offers.map((x) => x.text)).toEqual(['My kayak trailer']);
    expect(r.needs.map((x) => x.text)).toEqual(['A bookkeeper']);
    expect(r.commitments[0]!.format).toBe('kitchen-table-sprint');
  });
  it('a format named after an article in another language, in the ask\'s order', () => {
    const r = u('Mais meninas na tecnologia.\nMinha bicicleta de carga.\nUm projetor.\nUma DemoCamp no centro cultural em 12 de abril.', 'ask', 'America/Sao_Paulo');
    expect(r.commitments.map((c) => c.format)).toEqual(['democamp']);
    expect(r.needs.map((x) => x.text)).toEqual(['Um projetor']);
  });
  it('counter-case: lines that end as wrapped lines do ("the", "and") are one sentence', () => {
    const r = u('I will host a coffee klatch at the\nLibrary in May and\nBring the good biscuits', 'ask', 'America/Toronto');
    expect(r.commitments).toHaveLength(1);
  });
});

describe('"this month" in other languages', () => {
  it('"este mes", "ce mois-ci", "diesen Monat" end on the month\'s last day', () => {
    expect(u('Voy a pintar el mural del patio este mes.').commitments[0]!.due?.end).toBe('2027-03-31');
    expect(u('Je vais réparer les vélos ce mois-ci.', 'ask', 'Europe/Paris').commitments[0]!.due?.end).toBe('2027-03-31');
  });
  it('counter-case: "le mois prochain" is still next month', () => {
    expect(u('Je vais réparer les vélos le mois prochain.', 'ask', 'Europe/Paris').commitments[0]!.due?.end).toBe('2027-04-30');
  });
});

describe('what explains an answer in another language is no second item', () => {
  it('"Está vacía casi siempre", "Elle est libre le soir" after the answer', () => {
    expect(offers('> ¿Qué puedes ofrecer?\n\nUna nave en Vallecas. Está vacía casi siempre.')).toEqual(['Una nave en Vallecas']);
    expect(offers('> Que pouvez-vous offrir ?\n\nUn atelier à Croix-Rousse. Il est libre le soir.')).toEqual(['Un atelier à Croix-Rousse']);
  });
  it('a bare "¿Sirve X?" offers X', () => {
    expect(offers('> ¿Qué puedes ofrecer?\n\n¿Sirve un proyector viejo?')).toEqual(['un proyector viejo']);
  });
  it('counter-case: a second thing with its article stays', () => {
    expect(offers('> Was kannst du anbieten?\n\nUnsere Werkstatt. Die Bohrmaschine auch.')).toHaveLength(2);
  });
});

describe('what a house or group has, in another language, is the offer', () => {
  it('"Nuestra parroquia tiene un salón que se puede usar" offers "un salón"', () => {
    expect(offers('> ¿Qué puedes ofrecer?\n\nNuestra parroquia tiene un salón que se puede usar para reuniones.')).toEqual(['un salón']);
    expect(offers('> O que você pode oferecer?\n\nNosso sindicato tem uma sala que dá para oficinas.')).toEqual(['uma sala']);
  });
  it('counter-case: without the possessive and "has" the answer is kept whole', () => {
    expect(offers('> ¿Qué puedes ofrecer?\n\nUn salón parroquial grande.')).toEqual(['Un salón parroquial grande']);
  });
});

describe('a "not yet" ahead of a foreign need in a check-in', () => {
  it('"Todavía no, buscamos un local" is not-yet with a need', () => {
    const r = u('Todavía no, seguimos buscando un local.', 'check-in');
    expect(r.command).toBe('not-yet');
    expect(needs('Noch nicht, ich suche noch einen Raum.', 'check-in')).toEqual(['einen Raum']);
  });
  it('counter-case: a bare "todavía no" needs nothing', () => {
    expect(needs('Todavía no.', 'check-in')).toEqual([]);
  });
});

describe('a Portuguese sign-off abbreviation', () => {
  it('"abs" and "bjs" above the name end the reply', () => {
    expect(u('Um projetor.\n\nabs\nMarina', 'ask', 'America/Sao_Paulo').reply).not.toContain('Marina');
    expect(u('Um projetor.\n\nbjs\nMarina', 'ask', 'America/Sao_Paulo').reply).not.toContain('Marina');
  });
  it('counter-case: "abs" inside a sentence stays', () => {
    expect(u('Posso dar aula de abs e pilates.', 'ask', 'America/Sao_Paulo').reply).toContain('pilates');
  });
});
