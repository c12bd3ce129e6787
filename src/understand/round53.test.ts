// Round 53's phenomena (heldout53: long answers after maker faires, code clubs and hackathons), each in new words, with a
// counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const actions = (text: string, context?: ReplyContext) => u(text, context).commitments.map((c) => c.action);
const offers = (text: string, context?: ReplyContext) => u(text, context).offers.map((o) => o.text);
const needs = (text: string) => u(text).needs.map((n) => n.text);
const wishes = (text: string) => u(text).wishes.map((n) => n.text);

describe('heldout53: a bare name right under the last sentence signs the reply', () => {
  it('cuts the name (and a short line under it) with no blank line or closing words above', () => {
    expect(visibleReply('Count me in for Saturday, see you there!\nMarisol')).toBe('Count me in for Saturday, see you there!');
    expect(visibleReply('Thanks for the fair.\nI can lend my drill.\nMerry Christmas!\nDr. Ines Mora\nCity College')).toBe('Thanks for the fair.\nI can lend my drill.\nMerry Christmas!');
    expect(visibleReply('Loved it, thank you.\nGo raibh míle maith agaibh,\nSeán')).toBe('Loved it, thank you.');
    // counter-cases: a list introduced with a colon, a day named in answer, a label heading the next part
    expect(visibleReply('Things I can bring:\nChairs')).toBe('Things I can bring:\nChairs');
    expect(visibleReply('Which day suits you best?\nThursday')).toContain('Thursday');
    expect(offers('Offer\n- my van\n- my ladder\nNeed\n- a treasurer')).toEqual(['my van', 'my ladder']);
  });
});

describe('heldout53: answers typed into the original under "answers below in caps"', () => {
  it('keeps the answers under an unquoted "Original Message" header and reads them under their numbered questions', () => {
    const text = 'Hi, answers below in red.\n\n-----Original Message-----\nFrom: Makers <a@example.org>\nSent: 2 December 2026\nTo: Jo <jo@example.org>\nSubject: questions\n\n1. What can you offer?\nA SOLDERING STATION FOR THE SATURDAY CLUB.\n\n2. What do you need?\nSPARE LAPTOPS.\n';
    const r = u(text);
    expect(r.reply).toContain('SPARE LAPTOPS');
    expect(r.offers.map((o) => o.text.toLowerCase())).toEqual(['a soldering station for the saturday club']);
    expect(r.needs.map((n) => n.text.toLowerCase())).toEqual(['spare laptops']);
    // counter-case: without such a cue the original is still quoted history
    expect(visibleReply('Thanks, see you soon.\n\n-----Original Message-----\nFrom: Makers <a@example.org>\nSent: 2 December 2026\nTo: Jo <jo@example.org>\nSubject: questions\n\n1. What can you offer?')).toBe('Thanks, see you soon.');
  });
});

describe('heldout53: lists joined by "and" in other languages', () => {
  it('splits Spanish, Turkish, German and Hindi lists at their "and"', () => {
    expect(needs('Necesitamos: un local en el centro y mentores que hablen inglés.')).toEqual(['un local en el centro', 'mentores que hablen inglés']);
    expect(needs('İhtiyacımız olan: deneyimli eğitmenler ve kablolar için bütçe.')).toEqual(['deneyimli eğitmenler', 'kablolar için bütçe']);
    expect(offers('Angebot: unsere Werkstatt am Montagabend, drei Lötkolben und einen Beamer.')).toEqual(['unsere Werkstatt am Montagabend', 'drei Lötkolben', 'einen Beamer']);
    expect(needs('Humein chahiye: purane tablets, aur ek chhota grant bijli ke liye.')).toEqual(['purane tablets', 'ek chhota grant bijli ke liye']);
  });
  it('leaves two days, two words under one noun, two objects of one preposition and one verb over both', () => {
    // (round 82: when the room is free qualifies the room, one offer, as "Storytime room, Wednesdays 4-6" in English)
    expect(offers('Angebot: unseren Raum, montags und mittwochs abends.')).toEqual(['unseren Raum, montags und mittwochs abends']);
    expect(offers('Angebot: Führungen auf Deutsch und Polnisch anbieten')).toHaveLength(1);
    expect(offers('Ofrezco: asesoría sobre el alquiler y la contabilidad de la asociación.')).toHaveLength(1);
    expect(offers('Puedo ofrecer: preparar café de olla y unos vasos.')).toHaveLength(1);
  });
  it('reads "w" as "and" only in Arabic typed in Latin letters', () => {
    expect(needs('Ne7taj: nas ye3rfo design, w masari lel materials.')).toEqual(['nas ye3rfo design', 'masari lel materials']);
    // counter-case: Polish "w" is "in"
    expect(needs('Potrzebujemy: sali w bibliotece miejskiej.')).toHaveLength(1);
  });
});

describe('heldout53: the first person future in Arabizi, Hindi/Urdu and French', () => {
  it('splits Arabizi promises at ", w ra7 / w ba / w ha-"', () => {
    expect(actions('Ra7 a3mel coffee klatch fel maktab, w ra7 ab3at el slides lel shabab.')).toEqual(['a3mel coffee klatch fel maktab', 'ab3at el slides lel shabab']);
    expect(actions('Ba sawee kitchen table sprint fel bait ba3d el 3eed, w ba arsel el report lekum.')).toHaveLength(2);
  });
  it('reads Hindi "-unga/-enge" without "main", and each ", aur" clause', () => {
    expect(actions('Agle hafte Priya ko library walon se milwa dunga.')).toEqual(['Priya ko library walon se milwa dunga']);
    expect(actions('Kal main principal ko call karungi, aur mahine ke end tak ek coffee klatch karenge school mein.')).toHaveLength(2);
    // counter-case: an English word ending in "-enge" is no Hindi verb
    expect(needs('Our biggest challenge is finding volunteers.')).toEqual(['finding volunteers']);
  });
  it('reads French "je vous enverrai …" as "je vais vous envoyer …", and a second "et à <infinitive>"', () => {
    expect(actions('Je vous enverrai la liste des participants vendredi.')).toEqual(['vous envoyer la liste des participants']);
    expect(actions('Je m\'engage à ouvrir un atelier le 3 février et à vous transmettre le planning.')).toEqual(['ouvrir un atelier', 'vous transmettre le planning']);
    // counter-case: coming along is no task
    expect(actions('Je viendrai avec mon frère.', 'invitation')).toEqual([]);
  });
  it('hedges "shayad" and a closing "dekhte hain"', () => {
    expect(actions('Commitment: shayad March mein ek DemoCamp kar loon. Dekhte hain.')).toEqual([]);
  });
});

describe('heldout53: a format glossed in brackets, and questions asked in other languages', () => {
  it('names the format from its gloss after a local name', () => {
    expect(u('Je vais organiser un apéro-bidouille (kitchen table sprint) avec les bénévoles en janvier.').commitments[0]?.format).toBe('kitchen-table-sprint');
    expect(u('> Bir sonraki küçük adımın ne?\nOcak ayında bir çay buluşması (coffee klatch) yapacağım.').commitments[0]?.format).toBe('coffee-klatch');
  });
  it('takes the slot from a foreign question right above the answer, not from a block of them', () => {
    expect(offers('> Was kannst du anbieten?\nUnsere Werkstatt am Freitag.')).toEqual(['Unsere Werkstatt am Freitag']);
    const block = u('> 1. Un desiderio?\n> 2. Cosa puoi offrire?\n> 3. Di cosa hai bisogno?\n\n1. Che ogni scuola abbia un orto.\n2. Posso offrire il mio forno.\n3. Ci servirebbe un tecnico.');
    expect(block.needs.map((n) => n.text)).not.toContain('Che ogni scuola abbia un orto');
  });
});

describe('heldout53: longer English lists and remarks after a thing', () => {
  it('splits "A, B, and C" with long parts and "A and B, plus C"', () => {
    expect(needs('We need a hall bigger than the parish can give us, soldering tips, and someone to do the accounts.')).toEqual(['a hall bigger than the parish can give us', 'soldering tips', 'someone to do the accounts']);
    expect(needs('What we need is reliable wifi and chairs that don\'t wobble, plus headphones for the younger kids.')).toHaveLength(3);
    expect(needs('We need more people who can teach Python, and money for the robot kits.')).toEqual(['more people who can teach Python', 'money for the robot kits']);
    // counter-case: what a place comes with stays with it
    expect(wishes('My wish: a community centre with free wifi and a computer lab')).toHaveLength(1);
  });
  it('drops ", pending booking", ", the usual" and a spoken "And, like,"', () => {
    expect(offers('Offer: the back room on Mondays, pending booking')).toEqual(['the back room on Mondays']);
    expect(needs('We need: vetted mentors, the usual.')).toEqual(['vetted mentors']);
    expect(needs('What we need: a treasurer. And, like, literally anyone who knows SQL.')).toEqual(['a treasurer', 'anyone who knows SQL']);
  });
  it('reads answers typed in capitals as ordinary text', () => {
    expect(actions("I'LL PRINT THE POSTERS FOR THE FAIR BY FRIDAY.")).toEqual(['print the posters for the fair']);
  });
});

describe('heldout53: offers and joins in Hindi/Urdu and Arabizi', () => {
  it('reads "main … de sakta hoon, aur … parha sakta hoon" as two offers', () => {
    expect(offers('Offer: main apna projector de sakta hoon, aur Sunday ko Scratch parha sakta hoon.')).toEqual(['apna projector', 'Sunday ko Scratch parhana']);
  });
  it('reads "akeed jayeen" as accepting an invitation, and "nigdar njeeb …" as an offer', () => {
    const r = u('Akeed jayeen! Nigdar njeeb el speakers ma3ana.', 'invitation');
    expect(r.command).toBe('join');
    expect(r.offers.map((o) => o.text)).toEqual(['njeeb el speakers ma3ana']);
    // counter-case: "akeed" before a refusal is no join
    expect(u('Akeed ma a9dar aji, 3indi dawam.', 'invitation').command).not.toBe('join');
  });
});

describe('heldout53: Turkish "I can" and handing a task back', () => {
  it('reads "-(y)abilirim / -ebiliriz" as an offer, two of them after ", bir de"', () => {
    expect(offers('Ama eski tabletlerimizi başka bir kulübe verebilirim.')).toEqual(['eski tabletlerimizi başka bir kulübe verebilirim']);
    expect(offers('Pazar günleri Scratch dersi verebilirim, bir de derneğin projektörünü ödünç verebiliriz.')).toHaveLength(2);
    // counter-case: "yapacağım" (I will do) is no offer
    expect(offers('Ocak ayında bir atölye yapacağım.')).toEqual([]);
  });
  it('reads "bırakmam gerekiyor" and "listemden çıkarın" as dropping the commitment', () => {
    expect(u('Maalesef bunu bırakmam gerekiyor, yeni işim çok yoğun.', 'check-in').command).toBe('drop');
    expect(u('Bunu listemden çıkarabilirsiniz lütfen.', 'check-in').command).toBe('drop');
    // counter-case: a report that it went well is no drop
    expect(u('Atölye çok güzel geçti, 12 çocuk geldi!', 'check-in').command).not.toBe('drop');
  });
});
