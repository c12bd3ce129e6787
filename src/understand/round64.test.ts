// Round 64's phenomena (heldout64: dates and promises as Spanish, French, German, Portuguese, Italian and Dutch speakers
// say them), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Berlin') => understand({ text, received, timezone, context });
const acts = (text: string, timezone?: string) => u(text, 'ask', timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);

describe('heldout64: verb-second present of a dated plan', () => {
  it('German short forms after a fronted date, an aside, and a second "und"-clause with its own date', () => {
    expect(acts('Kommenden Dienstag druck ich die Plakate für das Repair-Café.').map((a) => a[0])).toEqual(['druck die Plakate für das Repair-Café']);
    expect(acts('Am 20.03. (da ist die Schule zu) hol ich die Spenden beim Bäcker ab.')).toEqual([['hol die Spenden beim Bäcker ab', '2027-03-20']]);
    const two = acts('Bis Anfang April lese ich die Übersetzung Korrektur, und Mitte April organisiere ich ein Treffen im Jugendhaus.');
    expect(two.length).toBe(2);
    // counter-case: no date, no promise
    expect(acts('Manchmal mach ich Fotos im Park.')).toEqual([]);
  });
  it('Dutch verb-second present and "wil ik … + infinitive" after a date', () => {
    expect(acts('Na Pinksteren schrijf ik een blog over de bijeenkomst.', 'Europe/Amsterdam').map((a) => a[0])).toEqual(['schrijf een blog over de bijeenkomst']);
    expect(acts('Voor de herfst wil ik een workshop in Leiden geven.', 'Europe/Amsterdam').map((a) => a[0])).toEqual(['een workshop in Leiden geven']);
    // counter-cases: a state, and no date before the verb
    expect(acts('Op zaterdag werk ik in de winkel.', 'Europe/Amsterdam')).toEqual([]);
    expect(acts('Soms help ik mijn buren.', 'Europe/Amsterdam')).toEqual([]);
  });
  it('Romance present with "a tutti" / Portuguese article after a fronted date', () => {
    expect(acts('Entro Ferragosto mando a tutti le foto della festa.', 'Europe/Rome')).toEqual([['mando a tutti le foto della festa', '2027-08-15']]);
    expect(acts('Até ao fim de abril faço o inventário da biblioteca.', 'Europe/Lisbon').map((a) => a[0])).toEqual(['faço o inventário da biblioteca']);
    // counter-case: no date before the verb
    expect(acts('Compro o pão para a festa.', 'Europe/Lisbon')).toEqual([]);
  });
});

describe('heldout64: feasts and weekdays', () => {
  const due = (text: string, tz: string) => u(text, 'ask', tz).commitments[0]?.due?.end ?? null;
  it('Pentecost, Ascension, Corpus Christi and Assumption by their local names', () => {
    expect(due('Je vais écrire le compte rendu avant la Pentecôte.', 'Europe/Paris')).toBe('2027-05-15');
    expect(due('Ich werde vor Christi Himmelfahrt die Liste schicken.', 'Europe/Berlin')).toBe('2027-05-05');
    expect(due('Ich werde vor Fronleichnam die Liste schicken.', 'Europe/Berlin')).toBe('2027-05-26');
    expect(due('Prima di Ferragosto preparo il volantino.', 'Europe/Rome')).toBe('2027-08-14');
    // counter-case: Mariä Himmelfahrt is 15 August, not Ascension
    expect(due('Ich werde vor Mariä Himmelfahrt die Liste schicken.', 'Europe/Berlin')).toBe('2027-08-14');
  });
  it('"vrijdag over een week", "Dienstag in einer Woche": the weekday a week later; the weekday alone is the next one', () => {
    expect(due('Ik ga vrijdag over een week de foto\'s rondsturen.', 'Europe/Amsterdam')).toBe('2027-03-19');
    expect(due('Ich werde Dienstag in einer Woche die Folien schicken.', 'Europe/Berlin')).toBe('2027-03-23');
    expect(due('Ich werde Dienstag die Folien schicken.', 'Europe/Berlin')).toBe('2027-03-16');
  });
});
