// Round 63's phenomena (heldout63: after climate-and-repair festivals; Irish, Afrikaans, Marathi, Cebuano, Winnipeg French),
// each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Dublin') => understand({ text, received, timezone, context });

describe('heldout63: check-in answers in Irish, Afrikaans and Marathi', () => {
  it('"níl sé déanta fós", "nog nie", "ajun nahi" are a not-yet; Dutch "nog niet" still is too', () => {
    expect(u('Níl sé déanta fós, tá brón orm.', 'check-in').command).toBe('not-yet');
    expect(u('Nog nie, ons was te besig.', 'check-in', 'Africa/Johannesburg').command).toBe('not-yet');
    expect(u('Ajun nahi, sorry.', 'check-in', 'Asia/Kolkata').command).toBe('not-yet');
    expect(u('Nog niet, sorry.', 'check-in', 'Europe/Amsterdam').command).toBe('not-yet');
  });
  it('"ek verskuif dit na …" moves the thing to the date named', () => {
    const r = u('Nog nie. Ons verskuif dit na 3 April want die saal is vol.', 'check-in', 'Africa/Johannesburg');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-03');
  });
  it('"bain mé den liosta", "haal my van die lys af", "tangtanga ko sa lista" are a stop; "bain sult as" is not', () => {
    expect(u('Bain mé den liosta, más é do thoil é.', 'check-in').command).toBe('stop');
    expect(u('Haal my asseblief van julle poslys af.', 'check-in', 'Africa/Johannesburg').command).toBe('stop');
    expect(u('Palihug tangtanga ko sa lista.', 'check-in', 'Asia/Manila').command).toBe('stop');
    expect(u('Bain sult as an deireadh seachtaine!', 'check-in').command).not.toBe('stop');
  });
});

describe('heldout63: done said the local way', () => {
  it('"X done successfully", "conducted successfully" are a done; "to get it done successfully" is not', () => {
    expect(u('Repair camp conducted successfully last Sunday, 40 people came.', 'check-in', 'Asia/Kolkata').command).toBe('done');
    expect(u('Hoping to get it done successfully by April.', 'check-in', 'Asia/Kolkata').command).not.toBe('done');
  });
  it('"the tool library\'s up now" is a done; "what\'s up", "it\'s up to you" are not', () => {
    expect(u("yeah the tool library's up now, 20 drills lent already", 'check-in', 'Australia/Adelaide').command).toBe('done');
    expect(u("What's up with the reminder? Not yet anyway.", 'check-in').command).toBe('not-yet');
    expect(u("The form's up to you really.", 'check-in').command).not.toBe('done');
  });
  it('"Ja, klaar!" / "Ja, done" with a yes in Afrikaans is a done', () => {
    expect(u('Ja, done. The stall ran all morning.', 'check-in', 'Africa/Johannesburg').command).toBe('done');
    expect(u('Ja, not yet though.', 'check-in', 'Africa/Johannesburg').command).not.toBe('done');
  });
});

describe('heldout63: wishes and needs', () => {
  it('a wish that someone else "stop sending" things elsewhere is no stop; "stop sending me" still is', () => {
    const r = u('What I would love is for the supermarkets to stop sending good food to the tip.');
    expect(r.command).toBeNull();
    expect(u('I want you to stop sending me these emails.', 'check-in').command).toBe('stop');
  });
  it('"Ce qu\'il nous faut, c\'est …" and "Nagkinahanglan mi og …" are needs; "kung kinahanglan ninyo og …" is not', () => {
    expect(u("Ce qu'il nous faut, c'est une salle chauffée.", 'ask', 'America/Winnipeg').needs.map((n) => n.text)).toEqual(['une salle chauffée']);
    expect(u('Nagkinahanglan mi og extension cord.', 'ask', 'Asia/Manila').needs.map((n) => n.text)).toEqual(['extension cord']);
    expect(u('Kung kinahanglan ninyo og lamesa, naa mi.', 'ask', 'Asia/Manila').needs).toEqual([]);
  });
});
