// Round 64b's phenomena (heldout64, second pass: dates and new dates in Spanish, French, German, Portuguese, Italian and
// Dutch), each in new words, with counter-cases that must not trigger.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Berlin') => understand({ text, received, timezone, context });
const cmd = (text: string, timezone = 'Europe/Berlin') => { const r = u(text, 'check-in', timezone); return [r.command, r.due?.end ?? null]; };
const acts = (text: string, timezone = 'Europe/Berlin') => u(text, 'ask', timezone).commitments.map((c) => [c.action, c.format, c.due?.end ?? null]);

describe('heldout64b: a not-yet, then a question naming a day still ahead, is a reschedule', () => {
  it('whatever the verb, in several languages', () => {
    expect(cmd('Todavía no, perdona. ¿Lo dejamos para finales de abril?', 'Europe/Madrid')).toEqual(['reschedule', '2027-04-30']);
    expect(cmd('Noch nicht, sorry. Machen wir Mitte April?')).toEqual(['reschedule', '2027-04-15']);
    expect(cmd('Nog niet… zeg maar eind april?', 'Europe/Amsterdam')).toEqual(['reschedule', '2027-04-30']);
    expect(cmd('Não deu ainda. Fica pra semana que vem?', 'America/Sao_Paulo')[0]).toBe('reschedule');
    expect(cmd('Not yet, sorry. Could it be early May instead?', 'Europe/London')[0]).toBe('reschedule');
  });
  it('counter-cases: no question, a question about something else, a past day, a hedge', () => {
    expect(cmd('Pas encore. Tu as reçu mon mail de lundi dernier ?', 'Europe/Paris')[0]).toBe('not-yet');
    expect(cmd('Not yet. Did you get the photos I sent on Monday?', 'Europe/London')[0]).toBe('not-yet');
    expect(cmd('Noch nicht. Vielleicht im Mai?')[0]).not.toBe('reschedule');
  });
  it('a push by a length in other languages: that long from today', () => {
    const end = (t: string) => cutDue(t, received, 'Europe/Berlin').due?.end ?? null;
    expect(end('on décale de deux semaines')).toBe('2027-03-24');
    expect(end('wir verschieben es um eine Woche')).toBe('2027-03-17');
    expect(end('lo posticipiamo di due settimane')).toBe('2027-03-24');
    expect(end('aplazamos dos semanas')).toBe('2027-03-24');
    // counter-case: a length with no move word is no date
    expect(end('de deux semaines')).toBeNull();
  });
  it('Italian September and "settimana" reach the date reader', () => {
    const end = (t: string) => cutDue(t, received, 'Europe/Rome').due?.end ?? null;
    expect(end('entro settembre')).toBe('2027-09-30');
    expect(end('tra una settimana')).toBe('2027-03-17');
  });
});

describe('heldout64b: stop and drop', () => {
  it('Dutch "haal me … van de lijst" with a courtesy word between is a stop', () => {
    expect(cmd('Haal mij a.u.b. even van jullie lijst, dank je.', 'Europe/Amsterdam')[0]).toBe('stop');
  });
  it('German "bitte streichen / absagen" alone is a drop, not "bitte streichen Sie mich"', () => {
    expect(cmd('Bitte einfach absagen, es klappt dieses Jahr nicht.')[0]).toBe('drop');
    expect(cmd('Bitte streichen Sie mich aus dem Verteiler.')[0]).not.toBe('drop');
  });
});

describe('heldout64b: French plans', () => {
  it('the simple future after a fronted date', () => {
    expect(acts('À la Toussaint je ferai un atelier vélo au local.', 'Europe/Paris')).toEqual([['faire un atelier vélo au local', null, '2027-11-01']]);
    expect(acts('Fin avril j\'organiserai une soirée jeux à la médiathèque.', 'Europe/Paris').length).toBe(1);
    // counter-cases: after "si", "quand", "que" it is no promise
    expect(acts('Quand je ferai un atelier en mai, je vous écrirai.', 'Europe/Paris').map((a) => a[0])).not.toContain('faire un atelier');
    expect(acts('Il croit que je ferai un atelier en mai.', 'Europe/Paris')).toEqual([]);
  });
  it('a thing put first and taken up by a pronoun', () => {
    expect(acts('Kitchen table sprint à Lille : je l\'anime fin mai.', 'Europe/Paris')).toEqual([['animer un kitchen table sprint à Lille', 'kitchen-table-sprint', '2027-05-31']]);
    expect(acts('Une vente de livres, je la prépare en juin.', 'Europe/Paris').map((a) => [a[0], a[2]])).toEqual([[expect.stringContaining('une vente de livres'), '2027-06-30']]);
    // counter-case: an opinion, and a past
    expect(acts('Ton idée : je la trouve géniale.', 'Europe/Paris')).toEqual([]);
    expect(acts('Le film, je l\'ai vu hier.', 'Europe/Paris')).toEqual([]);
  });
  it('a fronted "after" a school or holiday period dates a present plan (no day to score)', () => {
    expect(acts('Après les vacances, je lance un groupe de lecture au lycée.', 'Europe/Paris')).toEqual([['lance un groupe de lecture au lycée', null, null]]);
    expect(acts('Nach den Osterferien starte ich einen Kaffeeklatsch im Jugendzentrum.').map((a) => a[1])).toEqual(['coffee-klatch']);
    // counter-case: after work is a routine, not a plan
    expect(acts('Après le travail, je fais la cuisine.', 'Europe/Paris')).toEqual([]);
  });
  it('", when the season calms down" leaves the action', () => {
    expect(acts('Je vais monter un atelier en avril, quand les beaux jours reviennent.', 'Europe/Paris').map((a) => a[0])).toEqual(['monter un atelier']);
  });
});

describe('heldout64b: formats, Italian "tengo", stray times', () => {
  it('a start or launch verb runs a format named inside a compound', () => {
    expect(acts('Im Mai gründe ich eine Kitchen-Table-Sprint-Gruppe in Kassel.').map((a) => a[1])).toEqual(['kitchen-table-sprint']);
    // counter-case: a format only mentioned
    expect(acts('Im Mai lese ich einen Artikel über DemoCamps.').map((a) => a[1])).not.toContain('democamp');
  });
  it('Italian "tengo un …" after a date is holding something; Spanish "tengo un …" is having', () => {
    expect(acts('Il 3 maggio (giorno di mercato) tengo un laboratorio di riparazioni in piazza.', 'Europe/Rome').map((a) => a[0])).toEqual(['tengo un laboratorio di riparazioni in piazza']);
    expect(acts('El 3 de mayo tengo un examen de matemáticas.', 'Europe/Madrid')).toEqual([]);
  });
  it('a clock time or day part split off is no commitment or offer', () => {
    const r = u('Me comprometo a dar un taller de Linux en el centro cívico el 20 de marzo, a las 18h.', 'ask', 'Europe/Madrid');
    expect(r.commitments.map((c) => c.action)).toEqual(['dar un taller de Linux en el centro cívico']);
    const o = u('> Cosa puoi offrire?\nRiparare biciclette, la domenica pomeriggio.', 'ask', 'Europe/Rome');
    expect(o.offers.map((x) => x.text)).toEqual(['Riparare biciclette']);
  });
});

describe('heldout64b: needs after "also", without the "if anyone knows" tail', () => {
  it('French, Spanish and German', () => {
    expect(u('Aussi, on a besoin d\'un vidéoprojecteur pour la soirée, si jamais quelqu\'un en connaît un.', 'ask', 'Europe/Paris').needs.map((x) => x.text)).toEqual(["un vidéoprojecteur pour la soirée"]);
    expect(u('Además necesitamos un local en Vallecas, si alguien conoce alguno.', 'ask', 'Europe/Madrid').needs.map((x) => x.text)).toEqual(['un local en Vallecas']);
    // counter-case: "aussi" before an offer is no need
    expect(u('Aussi, je peux prêter ma sono.', 'ask', 'Europe/Paris').needs).toEqual([]);
  });
});
