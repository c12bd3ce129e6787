// Round 58's phenomena (heldout58: teenagers, students, parents and teachers; slang, school calendars, recurring and
// conditional plans; seven languages), each in new words, with a counter-case that must not fire.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Berlin') => understand({ text, received, timezone, context });
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);
const due = (text: string, timezone = 'Europe/Berlin') => findDue(text, received, timezone)?.end ?? null;

describe('heldout58: check-ins and invitations', () => {
  it('German "müssen wir … absagen" and "von der Liste streichen" drop; "wir müssen es verschieben" does not', () => {
    expect(u('Leider müssen wir den Workshop absagen, der Raum ist weg.', 'check-in').command).toBe('drop');
    expect(u('Bitte das Treffen von der Liste streichen, danke.', 'check-in').command).toBe('drop');
    expect(u('Wir müssen es leider verschieben, auf nächsten Monat.', 'check-in').command).not.toBe('drop');
  });
  it('"nada aún" / "ainda nada" is a not-yet; "nada" alone is not', () => {
    expect(u('Aún nada, la escuela sigue cerrada.', 'check-in', 'Europe/Madrid').command).toBe('not-yet');
    expect(u('Ainda nada por aqui, desculpa!', 'check-in', 'Europe/Lisbon').command).toBe('not-yet');
    expect(u('Nada que decir, todo bien.', 'check-in', 'Europe/Madrid').command).not.toBe('not-yet');
  });
  it('"I\'ll do it after <something with no date>" is a not-yet; with a date it is a reschedule', () => {
    expect(u('oops totally slipped my mind. gonna do it after the science fair', 'check-in').command).toBe('not-yet');
    expect(u("Sorry! I'll do it after the 20th.", 'check-in').command).toBe('reschedule');
  });
  it('Dutch "half <month>" is mid-month; "half" before "may" is no date', () => {
    expect(due('we schuiven het door naar half april', 'Europe/Amsterdam')).toBe('2027-04-15');
    expect(due('half may come late', 'Europe/London')).toBeNull();
  });
  it('a foreign yes after an "if" is no join; Indonesian "Ikut!" joins and "aku bawa X" brings X; "Bringe Salat mit" too', () => {
    expect(u('Se o meu pai me levar, eu vou!', 'invitation', 'America/Sao_Paulo').command).toBeNull();
    expect(u('Wenn ich frei bekomme, bin dabei!', 'invitation').command).toBeNull();
    expect(u('Si claro, cuenta conmigo!', 'invitation', 'America/Bogota').command).toBe('join');
    const id = u('Ikut dong! Aku bawa gitar ya 🎸', 'invitation', 'Asia/Jakarta');
    expect(id.command).toBe('join');
    expect(id.commitments.map((c) => c.action)).toEqual(['bawa gitar']);
    expect(u('Maaf, nggak bisa ikut.', 'invitation', 'Asia/Jakarta').command).toBeNull();
    const de = u('Bin dabei! Bringe Salat mit.', 'invitation');
    expect(de.commitments.map((c) => c.action)).toEqual(['Bringe Salat mit']);
  });
});

describe('heldout58: recurring and school-calendar dates', () => {
  it('a recurring foreign weekday is no due; a date beside it is', () => {
    expect(acts('Voy a dar clases de ajedrez cada martes a partir del 16 de marzo.', 'ask', 'Europe/Madrid')).toEqual([['dar clases de ajedrez cada martes', '2027-03-16']]);
    expect(acts('Ik ga elke tweede woensdag een naaicafé houden.', 'ask', 'Europe/Amsterdam')[0]![1]).toBeNull();
    expect(acts('I will run a chess club that meets every other Thursday.')[0]![1]).toBeNull();
    // counter-case: the weekday itself, said once, is that day
    expect(acts('Voy a dar una clase de ajedrez el martes.', 'ask', 'Europe/Madrid')[0]![1]).toBe('2027-03-16');
  });
  it('"<time>, so after that I\'ll …" falls in the week after that time; without a time before it, no due', () => {
    expect(acts('Exams finish on Friday, so after that I will paint the mural.')).toEqual([['paint the mural', '2027-03-19']]);
    expect(acts('We clean up first. After that I will paint the mural.')).toEqual([['paint the mural', null]]);
  });
  it('"até sexta" is Friday; "na segunda fase" is no Monday', () => {
    expect(due('entrego o relatório até sexta', 'America/Sao_Paulo')).toBe('2027-03-12');
    expect(due('entramos na segunda fase do projeto', 'America/Sao_Paulo')).toBeNull();
  });
  it('"sábado, dia 20" is the 20th; Mother\'s Day named in Spanish, Portuguese and German', () => {
    expect(due('no sábado, dia 20', 'Europe/Lisbon')).toBe('2027-03-20');
    expect(due('para el Día de la Madre', 'America/Lima')).toBe('2027-05-09');
    expect(due('antes do Dia das Mães', 'America/Sao_Paulo')).toBe('2027-05-08');
    expect(due('meine Mutter kommt auch')).toBeNull();
  });
  it('"après" is no April; "apr" alone still is', () => {
    expect(due('je le publie après le match')).toBeNull();
    expect(due('by 3 apr', 'Europe/London')).toBe('2027-04-03');
  });
});

describe('heldout58: run-ons, colloquial promises and items', () => {
  it('an unpunctuated run-on parts at a promise, a condition and a wish head', () => {
    const r = u('oi aqui é o Pedro pai da Ana o evento foi ótimo as crianças adoraram eu me comprometo a imprimir os certificados até sexta e se meu chefe deixar eu levo o projetor no próximo meu sonho é que toda escola tenha uma horta', 'ask', 'America/Sao_Paulo');
    expect(r.commitments.map((c) => [c.action, c.due?.end])).toEqual([['imprimir os certificados', '2027-03-12']]);
    expect(r.wishes.map((w) => w.text)).toEqual(['toda escola tenha uma horta']);
  });
  it('"pero no sé" after a plan hedges it; "ich werd" / "ich mach" / Dutch "ga ik" promise', () => {
    expect(acts('Voy a montar un club de lectura en el barrio pero no sé.', 'ask', 'America/Argentina/Buenos_Aires')).toEqual([]);
    expect(acts('Ich werd im April ein Repair-Café in der Schule organisieren.').map((a) => a[0])).toEqual(['ein Repair-Café in der Schule organisieren']);
    expect(acts('ich mach bis Sonntag ein Video über das Projekt').map((a) => a[0])).toEqual(['mach ein Video über das Projekt']);
    expect(acts('Vanaf maandag ga ik de moestuin bijhouden.', 'ask', 'Europe/Amsterdam').map((a) => a[0])).toEqual(['de moestuin bijhouden']);
    // counter-case: "les escribo para agradecer" opens a letter, no promise
    expect(acts('Les escribo para agradecer el taller del sábado.', 'ask', 'America/Lima')).toEqual([]);
  });
  it('heads and frames in Indonesian, Portuguese, Dutch, Spanish and French', () => {
    expect(u('Butuh: relawan buat jaga stand.', 'ask', 'Asia/Jakarta').needs.map((n) => n.text)).toEqual(['relawan buat jaga stand']);
    expect(u('Harapan kami semua kampung punya taman baca.', 'ask', 'Asia/Jakarta').wishes.map((w) => w.text)).toEqual(['semua kampung punya taman baca']);
    expect(u('Gostava que houvesse mais bibliotecas abertas ao domingo.', 'ask', 'Europe/Lisbon').wishes.map((w) => w.text)).toEqual(['houvesse mais bibliotecas abertas ao domingo']);
    expect(u('Het zou mooi zijn als elke school een moestuin had.', 'ask', 'Europe/Amsterdam').wishes.map((w) => w.text)).toEqual(['elke school een moestuin had']);
    expect(u('Lo que más necesitamos son mesas plegables.', 'ask', 'America/Lima').needs.map((n) => n.text)).toEqual(['mesas plegables']);
    expect(u("Nous aurions besoin d'une imprimante couleur.", 'ask', 'Europe/Paris').needs.map((n) => n.text)).toEqual(['une imprimante couleur']);
  });
  it('a thing others may use, "me apunto a …", and a sign-off run on at the end', () => {
    expect(u('We hebben een bakfiets die iedereen mag lenen.', 'ask', 'Europe/Amsterdam').offers.map((o) => o.text)).toEqual(['een bakfiets die iedereen mag lenen']);
    expect(u('Si puedo salir antes, me apunto a cocinar para la feria.', 'ask', 'Europe/Madrid').offers.map((o) => o.text)).toEqual(['cocinar para la feria']);
    expect(u('meu sonho é que toda praça tenha wi-fi beijos', 'ask', 'America/Sao_Paulo').wishes.map((w) => w.text)).toEqual(['toda praça tenha wi-fi']);
    // counter-case: a word that only looks like a goodbye stays
    expect(u('We need a sound system that the kids love.', 'ask', 'Europe/London').needs.map((n) => n.text)[0]).toMatch(/love$/);
  });
  it('why a thing is needed, said as a clause after the comma, goes; a second thing after the comma stays', () => {
    expect(u('Precisamos de uma extensão, a tomada da sala falha sempre.', 'ask', 'Africa/Maputo').needs.map((n) => n.text)).toEqual(['uma extensão']);
    expect(u('Necesitamos pilas, la luz se va cada tarde.', 'ask', 'America/Lima').needs.map((n) => n.text)).toEqual(['pilas']);
    expect(u('Necesitamos pilas y una linterna.', 'ask', 'America/Lima').needs.map((n) => n.text).join(' | ')).toMatch(/linterna/);
  });
  it('"I\'ll X if it\'s on a weekend" is conditional; "if it\'s useful" is a courtesy', () => {
    expect(acts("I'll run the bake stall if it's on a Sunday.")).toEqual([]);
    expect(acts("I'll bring my camera if it's useful.").map((a) => a[0])).toEqual(['bring my camera']);
  });
  it('a dashed name with a note on the last line signs the reply; the last item of a dashed list stays', () => {
    expect(u("Thanks! I'll set up the rota by Friday.\n- Jo (Mia's dad)").reply).not.toMatch(/Jo \(/);
    expect(u('Things we need:\n- Chairs\n- Laptops').reply).toMatch(/Laptops/);
  });
});
