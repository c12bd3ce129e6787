// Round 45's phenomena, each in new words, with a counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'America/Toronto') => understand({ text, received, timezone, context });
const actions = (text: string, context?: ReplyContext) => u(text, context).commitments.map((c) => c.action);
const at = (text: string, context: ReplyContext, iso: string, tz = 'UTC') => understand({ text, received: new Date(iso), timezone: tz, context });
const offers = (text: string) => u(text).offers.map((x) => x.text);

describe('round 45: labels and lines', () => {
  it('"small thing - …" with a dash is a label, as "small thing: …" is, and ends the line above it', () => {
    const r = u('offer - my cargo bike on weekends\nsmall thing - I will run a kitchen table sprint at the Elm Street branch on the 5th of December');
    expect(r.offers.map((x) => x.text)).toEqual(['my cargo bike on weekends']);
    expect(r.commitments.map((c) => [c.action, c.format, c.due?.end])).toEqual([['run a kitchen table sprint at the Elm Street branch', 'kitchen-table-sprint', '2026-12-05']]);
    // A small thing said in prose is no label.
    expect(u('It was a small thing - but it mattered to the kids.').commitments).toEqual([]);
  });

  it('a bulleted label line of several sentences keeps its first promise when a later sentence hedges', () => {
    const r = u("- wish: more repair cafés\n- doing: I'm going to film a soldering tutorial for the library channel by next Friday. I might also run a klatch in spring but no promises.");
    expect(r.commitments.map((c) => [c.action, c.due?.end])).toEqual([['film a soldering tutorial for the library channel', '2026-12-04']]);
    // One sentence, hedged, is still no promise.
    expect(u('- wish: more repair cafés\n- doing: I might film a soldering tutorial next week.').commitments).toEqual([]);
  });
});

describe('round 45: commands', () => {
  it('"¡Me sumo!" and its siblings accept an invitation; a question or a refusal does not', () => {
    expect(u('¡Nos sumamos! Llevamos empanadas.', 'invitation').command).toBe('join');
    expect(u('Mi unisco volentieri!', 'invitation').command).toBe('join');
    expect(u('Ich schließe mich an, bis Samstag.', 'invitation').command).toBe('join');
    expect(u('¿Cómo me uno al grupo de WhatsApp?', 'invitation').command).toBeNull();
    expect(u('No me sumo esta vez, lo siento.', 'invitation').command).not.toBe('join');
  });

  it('"ik neem … mee", "ich nehme … mit": what the guest takes along is their promise', () => {
    expect(actions('Gezellig, ik kom! Ik neem een schaal appeltaart mee.', 'invitation')).toEqual(['neem een schaal appeltaart mee']);
    expect(actions('Klar, ich komme. Ich nehme Kartoffelsalat mit!', 'invitation')).toEqual(['nehme Kartoffelsalat mit']);
    // Taking the train is no thing brought.
    expect(actions('Ik kom! Ik neem de trein.', 'invitation')).toEqual([]);
  });

  it('"voy a tener que cancelarlo", "werde es absagen müssen": having to cancel drops it, and is no promise', () => {
    const es = u('Perdón, pero vamos a tener que cancelarlo. Cambió mi horario.', 'check-in');
    expect(es.command).toBe('drop');
    expect(es.commitments).toEqual([]);
    const de = u('Leider werde ich es absagen müssen, die Kinder sind krank.', 'check-in');
    expect(de.command).toBe('drop');
    expect(de.commitments).toEqual([]);
    // Having to prepare something is no cancelling.
    expect(u('Voy a tener que preparar la sala antes.', 'check-in').command).not.toBe('drop');
  });
});

describe('round 45: commitments and wishes', () => {
  it('a foreign hedge after a comma hedges only the detail after it ("…, probablemente la segunda semana")', () => {
    const r = u('Voy a montar un kitchen table sprint con mis vecinas en enero, probablemente la tercera semana.');
    expect(r.commitments.map((c) => c.action)).toEqual(['montar un kitchen table sprint con mis vecinas']);
    expect(actions('Je vais organiser un café-rencontre en février, probablement un samedi.')).toEqual(['organiser un café-rencontre']);
    // Two dated things after a comma stay two.
    expect(actions('Voy a organizar una DemoCamp el 3 de marzo, enviar las invitaciones el 20 de febrero.')).toHaveLength(2);
  });

  it('"what I wish for." with nothing after the preposition is no wish', () => {
    expect(u('People keep asking what I wish for. Honestly I wish for more tool libraries.').wishes.map((x) => x.text)).toEqual(['more tool libraries']);
    expect(u('I wish for open hardware in every school.').wishes.map((x) => x.text)).toEqual(['open hardware in every school']);
  });
});

describe('round 45: offers', () => {
  it('after ", and" a clause with its own subject offers a second thing (I can / I do / our hall is free / tengo)', () => {
    expect(offers('Offer: I can repair bikes, and our church basement is free on Tuesday evenings.')).toEqual(['repair bikes', 'our church basement on Tuesday evenings']);
    expect(offers('Offer: I can teach Scratch, and I do bookkeeping for small groups.')).toEqual(['teach Scratch', 'bookkeeping for small groups']);
    expect(offers('Ofrezco: puedo enseñar a tejer, y tengo tres máquinas de coser viejas.')).toEqual(['enseñar a tejer', 'tres máquinas de coser viejas']);
    // A remark after ", and" is no second offer.
    expect(offers('Offer: I can teach Scratch, and it is really fun.')).toHaveLength(1);
  });

  it('"that nobody at our office uses", "that\'s just sitting there": that it lies idle is no part of the thing', () => {
    expect(offers('Offer: my Saturdays, and a crate of old laptops that nobody at our office uses.')).toEqual(['my Saturdays', 'a crate of old laptops']);
    expect(offers("Offer: a soldering station that's just sitting there.")).toEqual(['a soldering station']);
  });
});

describe('round 45: labels, formats and actions in other languages', () => {
  it('"Mi serve:" and "Ci serve:" head a need; a "serve" that asks for nothing does not', () => {
    expect(u('Ci serve: un proiettore per le serate.').needs.map((x) => x.text)).toEqual(['un proiettore per le serate']);
    expect(u('Serve a tutti: più biblioteche aperte.').needs).toEqual([]);
  });

  it('"faccio un Kaffeeklatsch (…) nella sala": the first person runs the format, and the gloss of its name goes', () => {
    const c = u('Prossimo passo: il 12 marzo facciamo un Kaffeeklatsch (caffè e chiacchiere) in biblioteca.').commitments;
    expect(c.map((x) => [x.action, x.format])).toEqual([['facciamo un Kaffeeklatsch in biblioteca', 'coffee-klatch']]);
    // Baking a cake is no format.
    expect(u('Prossimo passo: faccio una torta per la festa.').commitments.map((x) => x.format)).toEqual([null]);
  });

  it('"Następny krok:" heads a commitment; "do końca listopada" is one date; ", żeby …" and ", pour refaire …" say what it is for', () => {
    const c = at('Następny krok: zorganizuję kitchen table sprint w bibliotece do końca listopada, żeby naprawić stronę.', 'ask', '2027-10-05T08:20:00Z', 'Europe/Warsaw').commitments;
    expect(c.map((x) => [x.action, x.format, x.due?.end])).toEqual([['zorganizuję kitchen table sprint w bibliotece', 'kitchen-table-sprint', '2027-11-30']]);
    expect(actions('Mon engagement : je vais animer un atelier vélo en janvier, pour réparer les vélos du quartier.')).toEqual(['animer un atelier vélo']);
    expect(actions('Mon engagement : je vais animer un atelier vélo en janvier, pour le quartier.')[0]).toContain('pour le quartier');
    // "para los chavales" is whom it is for, and stays.
    expect(actions('Mi compromiso: voy a organizar una DemoCamp en enero, para los chavales del barrio.')[0]).toContain('para los chavales');
  });
});

describe('round 45: check-ins', () => {
  it('Czech: "posunout na konec listopadu", "Do 30. 11.", "ještě ne"', () => {
    const r = at('Můžeme to přesunout na konec prosince? Do 20. 12. to zvládnu.', 'check-in', '2027-11-16T15:35:00Z', 'Europe/Prague');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-12-31');
    expect(at('Můžeme to posunout na 12. ledna?', 'check-in', '2027-11-16T15:35:00Z', 'Europe/Prague').due?.end).toBe('2028-01-12');
    expect(at('Ještě ne, ale brzy.', 'check-in', '2027-11-16T15:35:00Z', 'Europe/Prague').command).toBe('not-yet');
    // A chapter number is no date.
    expect(at('Ještě ne, čtu kapitolu 1. 2. knihy.', 'check-in', '2027-11-16T15:35:00Z', 'Europe/Prague').due).toBeNull();
  });

  it('"postponed due to <a holiday or a storm>. It will now be on <date>": the cause\'s date is not the new one', () => {
    const r = at('Our sprint got postponed due to the strike on Thursday. It will now be on 9th December.', 'check-in', '2026-11-23T12:30:00Z');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2026-12-09');
    // The date beside the move word, with no cause, is the new date.
    expect(at('Our sprint got postponed to 5th December because of the strike.', 'check-in', '2026-11-23T12:30:00Z').due?.end).toBe('2026-12-05');
  });
});

describe('round 45: what trails an item', () => {
  it('a remark after the comma: a gerund clause, "das mache ich beruflich", "je gère bien", "die Bücherei ist …"', () => {
    expect(u('Need: a second laptop, sharing one between six kids is chaos.').needs.map((x) => x.text)).toEqual(['a second laptop']);
    expect(offers('Angebot: Fahrradreparatur, das mache ich beruflich.')).toEqual(['Fahrradreparatur']);
    expect(offers('Offre : je peux aider pour la couture, je connais bien les machines.')).toEqual(['aider pour la couture']);
    expect(u('Wir brauchen einen Beamer, der alte ist kaputt.').needs.map((x) => x.text)).toEqual(['einen Beamer']);
    // A place with what it has, set off by a comma, stays whole.
    expect(offers('Offer: our hall, with a kitchen and forty chairs, on Saturdays.')).toEqual(['our hall, with a kitchen and forty chairs, on Saturdays']);
  });

  it('", especially tela and thread" specifies the thing; ", especially people who can teach" is the thing', () => {
    expect(u('Need: donations for the fabric bank, especially denim and cotton.').needs.map((x) => x.text)).toEqual(['donations for the fabric bank']);
    expect(u('Need: mentors, especially people who can teach Python.').needs.map((x) => x.text)[0]).toContain('Python');
  });

  it('a later sentence of an answer that explains it, or names "affordable ones", is no item of its own', () => {
    const r = u('Need: batteries. cheap ones\nWish: more girls in robotics. half the kids at our club are boys.');
    expect(r.needs.map((x) => x.text)).toEqual(['batteries']);
    expect(r.wishes.map((x) => x.text)).toEqual(['more girls in robotics']);
    expect(u('Need: a trailer. Seriously, moving the stalls by hand is killing us.').needs.map((x) => x.text)).toEqual(['a trailer']);
    expect(u('1. More libraries.\n2. My van.\n3. Money for rent. Our landlord raised it again.\n4. I will host a klatch in May.').needs.map((x) => x.text)).toEqual(['Money for rent']);
    // A later sentence that asks for something of its own stays.
    expect(u('Need: a trailer. We also need a gazebo.').needs.map((x) => x.text)).toEqual(['a trailer', 'a gazebo']);
  });

  it('bringing "them" in a later sentence is the thing already offered', () => {
    expect(offers('Offer: Pottery classes. I teach them at the community centre, happy to bring them to the library.')).toEqual(['Pottery classes']);
  });

  it('"my wish I guess is that …", "Spanish lessons + I have a sewing machine", "to community groups on Monday evenings"', () => {
    expect(u('my wish i think is that every town gets a repair café.').wishes.map((x) => x.text)).toEqual(['every town gets a repair café']);
    expect(u('> What can you offer?\nGerman lessons + I have a label printer nobody uses').offers.map((x) => x.text)).toEqual(['German lessons', 'a label printer']);
    expect(offers('Offer: our studio to community groups on Friday mornings.')).toEqual(['our studio on Friday mornings']);
  });

  it('", et mon aide …", ", y mi casa …": a second thing after a comma and "and" in another language', () => {
    expect(offers('Je peux proposer : des cours de tricot, et mon atelier le samedi.')).toEqual(['des cours de tricot', 'mon atelier le samedi']);
    // Without the comma, one thing.
    expect(offers('Je peux proposer : des cours de tricot et de crochet.')).toHaveLength(1);
  });

  it('a line closed by an emoji ends its sentence before a lower-case line', () => {
    const r = at("j'ai besoin d'un ordi portable 😅\net je vais faire un kitchen table sprint avec mes voisins samedi", 'ask', '2027-03-18T07:30:00Z', 'Europe/Paris');
    expect(r.needs.map((x) => x.text)).toEqual(["un ordi portable"]);
    expect(r.commitments.map((c) => c.action)).toEqual(['faire un kitchen table sprint avec mes voisins']);
  });
});

describe('round 45: a labelled promise waiting on others', () => {
  it('"…, if they\'ll have me" / "if the school agrees" under a label is no firm promise, as in prose; a courtesy "if you need" is', () => {
    expect(u("My one thing: I'll give a talk on bike repair at the school in March, if they'll have me.").commitments).toEqual([]);
    expect(u("My one thing: I'll give a talk on bike repair at the school in March, if the school agrees.").commitments).toEqual([]);
    expect(actions("My one thing: I'll give a talk on bike repair at the school in March, if you need a speaker.")).toEqual(['give a talk on bike repair at the school']);
  });
});
