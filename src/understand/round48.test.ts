// Round 48's phenomena (heldout48), each in new words, with a counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { findDue, cutDue } from './dates.ts';
import { findHoliday } from './holidays.ts';
import { understand } from './understand.ts';

const due = (s: string, iso: string, tz: string) => findDue(s, new Date(iso), tz);
const endAt = (s: string, iso: string, tz: string) => due(s, iso, tz)?.end ?? null;

describe('heldout48: holidays of the person\'s country by their own-language names', () => {
  it('reads a name whose later words the library writes in lower case ("Fête du travail") and an elided article', () => {
    // Ontario/Quebec zone: Thanksgiving (not national in Canada) in French.
    expect(endAt("je fais les conserves avant l'Action de grâce", '2026-08-20T14:00:00Z', 'America/Toronto')).toBe('2026-10-11');
    expect(findHoliday("on se voit avant l'Action de grâce", 'America/Toronto', '2026-09-01')?.day).toBe('2026-10-12');
    // counter-case: the words in lower case as ordinary words are no holiday
    expect(findHoliday('merci pour vos actions de grâce', 'America/Toronto', '2026-09-01')).toBeNull();
  });
  it('reads the first part of a compound day name ("Luciadagen") after a Scandinavian side word', () => {
    expect(endAt('vi bakar lussekatter innan Lucia', '2026-11-01T10:00:00Z', 'Europe/Stockholm')).toBe('2026-12-12');
    // counter-case: a person named Lucia with no word of time before her
    expect(endAt('jag ringer Lucia om det', '2026-11-01T10:00:00Z', 'Europe/Stockholm')).toBeNull();
  });
});

describe('heldout48: days of the month in other languages', () => {
  it('reads "entro la fine di novembre" as the end of that month, and cuts the whole phrase', () => {
    const r = cutDue('Preparo le marmellate entro la fine di novembre', new Date('2026-10-01T10:00:00Z'), 'Europe/Rome');
    expect(r.due?.end).toBe('2026-11-30');
    expect(r.rest).toBe('Preparo le marmellate');
    // counter-case: "la fine di" something else is no date
    expect(due('alla fine di tutto', '2026-10-01T10:00:00Z', 'Europe/Rome')).toBeNull();
  });
  it('reads "el 9, jueves" (the number, then its weekday) as the numbered day', () => {
    expect(endAt('hago el taller el 9, jueves', '2027-09-01T10:00:00Z', 'Europe/Madrid')).toBe('2027-09-09');
    expect(endAt('je passe le 11, samedi', '2027-09-01T10:00:00Z', 'Europe/Paris')).toBe('2027-09-11');
    // counter-case: a weekday alone is still the next one
    expect(endAt('hago el taller el jueves', '2027-09-01T10:00:00Z', 'Europe/Madrid')).toBe('2027-09-02');
  });
  it('reads "del sábado 3 al lunes 5", "dal 10 al 12" as a span of days, to its last day', () => {
    expect(due('lo organizo del sábado 3 al lunes 5', '2027-07-01T10:00:00Z', 'America/Mexico_City')).toMatchObject({ start: '2027-07-03', end: '2027-07-05' });
    expect(endAt('faccio la raccolta dal 10 al 12', '2027-07-01T10:00:00Z', 'Europe/Rome')).toBe('2027-07-12');
    // counter-cases: a span of people or hours is no date
    expect(endAt('vienen entre el 10 y el 12 personas', '2027-07-01T10:00:00Z', 'America/Mexico_City')).not.toBe('2027-07-12');
    expect(endAt('dal 10 al 12 luglio', '2027-07-01T10:00:00Z', 'Europe/Rome')).toBe('2027-07-12');
  });
});

describe('heldout48: before a holiday weekend', () => {
  it('reads "before the Easter weekend" as up to the day before Good Friday', () => {
    expect(due('I will sort the seed trays before the Easter weekend', '2027-03-15T10:00:00Z', 'Europe/London')).toMatchObject({ end: '2027-03-25' });
    // counter-case: "before Easter" is still up to the day before Easter Sunday
    expect(endAt('I will sort the seed trays before Easter', '2027-03-15T10:00:00Z', 'Europe/London')).toBe('2027-03-27');
  });
});

describe('heldout48: check-in and invitation words in other languages', () => {
  const cmd = (text: string, context: 'check-in' | 'invitation', tz: string) => understand({ text, received: new Date('2026-11-20T10:00:00Z'), timezone: tz, context }).command;
  it('reads "wir müssen es leider streichen" and Czech "musíme to zrušit" as a drop', () => {
    expect(cmd('Wir müssen es leider streichen, die Halle ist weg.', 'check-in', 'Europe/Vienna')).toBe('drop');
    expect(cmd('Bohužel musíme to zrušit.', 'check-in', 'Europe/Prague')).toBe('drop');
    // counter-case: "streichen" as painting is no drop
    expect(cmd('Ich muss noch den Zaun streichen, dann geht es los.', 'check-in', 'Europe/Vienna')).not.toBe('drop');
  });
  it('reads "je viendrai", "¡Nos anotamos!", "ikutan dong" as joining', () => {
    expect(cmd('Bonjour, je viendrai avec mon frère.', 'invitation', 'Europe/Paris')).toBe('join');
    expect(cmd('¡Nos anotamos! Llevamos empanadas.', 'invitation', 'America/Argentina/Buenos_Aires')).toBe('join');
    expect(cmd('Ikutan dong, seru banget!', 'invitation', 'Asia/Jakarta')).toBe('join');
    // counter-case: a no stays a no
    expect(cmd('Désolée, je ne pourrai pas venir cette fois.', 'invitation', 'Europe/Paris')).not.toBe('join');
  });
});
