// Round 66b's phenomena (heldout66, a fortnight after a community day), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-01-12T10:00:00Z'); // Tuesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Copenhagen') => understand({ text, received, timezone, context });
const actions = (text: string, context: ReplyContext = 'ask') => u(text, context).commitments.map((c) => c.action);

describe('Danish, Norwegian and Swedish: the present of a dated plan, their month names, "i" before a date', () => {
  it('"Jeg arrangerer en workshop i marts" is a promise dated March, the "i" cut with the date', () => {
    const r = u('Jeg arrangerer en workshop om åbne data på biblioteket i marts.');
    expect(r.commitments.map((c) => c.action)).toEqual(['arrangerer en workshop om åbne data på biblioteket']);
    expect(r.commitments[0]!.due?.end).toBe('2027-03-31');
    expect(u('Jag håller en kurs i Python för grannarna i maj.').commitments[0]?.due?.end).toBe('2027-05-31');
  });
  it('counter-cases: no date, a state verb, or a negation make no promise', () => {
    expect(actions('Jeg arrangerer en workshop om åbne data på biblioteket.')).toEqual([]);
    expect(actions('Jeg bor i Aalborg i marts.')).toEqual([]);
    expect(actions('Jeg arrangerer ikke noget i marts.')).toEqual([]);
  });
  it('reads Danish/Swedish month names after "i"', () => {
    expect(findDue('vi ses i maj', received, 'Europe/Copenhagen')?.end).toBe('2027-05-31');
    expect(findDue('til os i marts', received, 'Europe/Copenhagen')?.end).toBe('2027-03-31');
  });
});

describe('Scandinavian take-along verbs to an invitation', () => {
  it('"Jeg tager en salat med", "Jag tar med mig saft" bring the thing', () => {
    expect(actions('Tak, jeg kommer! Jeg tager en salat med.', 'invitation')).toEqual(['tager en salat med']);
    expect(actions('Jag tar med mig saft och bullar.', 'invitation')).toEqual(['tar med mig saft och bullar']);
  });
  it('counter-case: taking the train with someone brings nothing', () => {
    expect(actions('Vi tager toget med børnene.', 'invitation')).toEqual([]);
  });
});

describe('invitations: a subjectless "Can come!"', () => {
  it('"Can come!", "can make it :)" are a join', () => {
    expect(u('Can come! Will bring chips.', 'invitation').command).toBe('join');
    expect(u('can make it', 'invitation').command).toBe('join');
  });
  it('counter-cases: asked, or for next time, is no join', () => {
    expect(u('Can come with my dog?', 'invitation').command).toBeNull();
    expect(u('Can come next time', 'invitation').command).toBeNull();
  });
});

describe('a parenthetical after a foreign subject pronoun', () => {
  it('"Nous (le collectif) allons …", "Wir (der Chor) werden …" still promise', () => {
    expect(actions('Nous (le collectif du quartier) allons organiser un atelier vélo en mars.')).toEqual(['organiser un atelier vélo']);
    expect(actions('Wir (der Chor vom Nordviertel) werden im März ein Benefizkonzert geben.').length).toBe(1);
  });
  it('counter-case: a bracket after a noun is left to the rules that read it', () => {
    expect(actions('Nous (le collectif) sommes contents.')).toEqual([]);
  });
});

describe('a month abbreviation before a new lowercase clause ends the sentence', () => {
  it('"… in jan. need a room …" is a promise and a need', () => {
    const r = u("gonna run a repair cafe at the school sometime in jan. need a room with sockets lol");
    expect(r.commitments.map((c) => c.action)).toEqual(['run a repair cafe at the school']);
    expect(r.needs.map((n) => n.text)).toEqual(['a room with sockets']);
  });
  it('counter-case: "Jan. 20" stays one date', () => {
    expect(u("I'll run a repair cafe on Jan. 20 at the school").commitments[0]?.due?.end).toBe('2027-01-20');
  });
});

describe('needs asked as "does anyone know (of) X?"', () => {
  it('names the place, thing or person to find', () => {
    expect(u('Does anyone know a hall in Govan with a kitchen?').needs.map((n) => n.text)).toEqual(['a hall in Govan with a kitchen']);
    expect(u('anybody know of somewhere cheap to print posters?').needs.map((n) => n.text)).toEqual(['somewhere cheap to print posters']);
  });
  it('counter-cases: asking if / what / the is no need', () => {
    expect(u('Does anyone know if the photos will be online?').needs).toEqual([]);
    expect(u('Does anyone know the name of the speaker from Lagos?').needs).toEqual([]);
  });
});

describe('asking about the attendees\' chat group is logistics', () => {
  it('"is there a Telegram group for the participants?" is no need', () => {
    expect(u('Is there a Telegram group for the participants?').needs).toEqual([]);
    expect(u('And is there a Signal chat for everyone who came?').needs).toEqual([]);
  });
  it('counter-case: "is there a pot of money for X?" still is', () => {
    expect(u('Is there a small fund for travel costs?').needs.length).toBe(1);
  });
});

describe('offers: a place on offer to groups', () => {
  it('"we have X, groups can stay/meet there" and "the X is also available … if any group needs space"', () => {
    expect(u('We have a cabin by the lake, youth groups can stay there for weekends.').offers.map((o) => o.text)).toEqual(['a cabin by the lake']);
    expect(u('The upstairs studio is also available on Sunday mornings if any club needs space.').offers.length).toBe(1);
  });
  it('counter-case: available, with an "if" about something else, offers nothing', () => {
    expect(u('The hall is available on Mondays if you need directions.').offers).toEqual([]);
  });
  it('Danish/Swedish/German "we have X, which you are welcome to take"', () => {
    expect(u('Vi har 12 klapstole, som I er velkomne til at låne.').offers.map((o) => o.text)).toEqual(['12 klapstole']);
    expect(u('Wir haben zwei Beamer, die ihr gerne ausleihen könnt.').offers.map((o) => o.text)).toEqual(['zwei Beamer']);
    // counter-case: something one has that the others may only look at
    expect(u('Vi har en kat som I kan se på billedet.').offers).toEqual([]);
  });
});

describe('a bare assent above a quoted question answers nothing', () => {
  it('"Sweet as. I\'ll …" above "> What\'s one small thing …?" is one promise', () => {
    const text = "Sweet as. I'll run a repair cafe at the marae in March.\n\n> What's one small thing you'll do next?\n";
    expect(actions(text)).toEqual(['run a repair cafe at the marae']);
  });
});

describe('check-ins (small, beside the check-in branch)', () => {
  it('Brazilian "pra março" is a date', () => {
    expect(findDue('vamos passar pra abril', received, 'America/Sao_Paulo')?.end).toBe('2027-04-30');
    const r = u('Ainda não, vamos adiar pra abril, a sala estava ocupada em janeiro.', 'check-in', 'America/Sao_Paulo');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-30');
  });
  it('Danish/Swedish "blev aflyst", "slet den", "måste ställa in" drop', () => {
    expect(u('Workshoppen blev aflyst, desværre.', 'check-in').command).toBe('drop');
    expect(u('Slet den bare.', 'check-in').command).toBe('drop');
    expect(u('Jag måste tyvärr ställa in.', 'check-in').command).toBe('drop');
    // counter-case: a done stays a done
    expect(u('Ja, det er gjort!', 'check-in').command).not.toBe('drop');
  });
  it('"ich brauche noch bis …", "necesito hasta …" move the date', () => {
    const r = u('Noch nicht, ich brauche noch bis Ende Februar.', 'check-in', 'Europe/Berlin');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-02-28');
    expect(u('Todavía no, necesito hasta marzo.', 'check-in', 'Europe/Madrid').command).toBe('reschedule');
    // counter-case: something still needed by a date is no move
    expect(u('Noch nicht, wir brauchen noch Stühle bis Freitag.', 'check-in', 'Europe/Berlin').command).not.toBe('reschedule');
  });
});
