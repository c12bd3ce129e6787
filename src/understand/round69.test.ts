// Round 69's phenomena (mail after small-town repair-and-maker fairs), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const cmd = (text: string, context: ReplyContext = 'check-in', timezone = 'Europe/London') => u(text, context, timezone).command;
const actions = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => u(text, context, timezone).commitments.map((c) => c.action);

describe('check-ins: a done told as a past deed with its day', () => {
  it('a past deed, with or without "I" or a yes, and the day it was done', () => {
    expect(cmd('Yep, posted the flyers round the shops on Monday.')).toBe('done');
    expect(cmd('Fixed the three lamps last weekend, the hall looks grand.')).toBe('done');
    expect(cmd('We handed the soldering irons over to the school a few days ago.')).toBe('done');
    expect(cmd('Sent the photos to the newsletter this morning.')).toBe('done');
  });
  it('counter-cases: a step with more to come, a miss, a call, a move are no done', () => {
    expect(cmd('Phoned the caretaker yesterday, still waiting to hear back.')).not.toBe('done');
    expect(cmd('Printed the posters last week but nobody has put them up yet.')).not.toBe('done');
    expect(cmd('Missed the deadline last week, sorry.')).not.toBe('done');
    expect(cmd('Asked the vicar on Sunday about the hall.')).not.toBe('done');
  });
  it('Norwegian and Swedish "ferdig" / "färdig" alone is a done; "ikke ferdig" is not', () => {
    expect(cmd('Ferdig! Takk for hjelpen.', 'check-in', 'Europe/Oslo')).toBe('done');
    expect(cmd('Färdig. Det gick bra.', 'check-in', 'Europe/Stockholm')).toBe('done');
    expect(cmd('Ikke ferdig ennå, dessverre.', 'check-in', 'Europe/Oslo')).not.toBe('done');
  });
});

describe('check-ins: moves in Afrikaans, Norwegian/Swedish/Danish and Taglish', () => {
  it('Afrikaans "uitstel" with its new date, and Afrikaans month names', () => {
    const r = u('Ongelukkig moet ons dit uitstel, dit is nou op 12 Junie.', 'check-in', 'Africa/Johannesburg');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-06-12');
  });
  it('a Scandinavian move verb with its object, and "8. april" kept whole', () => {
    const no = u('Kan vi flytte verkstedet til 17. april?', 'check-in', 'Europe/Oslo');
    expect(no.command).toBe('reschedule');
    expect(no.due?.end).toBe('2027-04-17');
    expect(no.offers).toEqual([]);
    const sv = u('Vi får skjuta upp träffen till 3. maj.', 'check-in', 'Europe/Stockholm');
    expect(sv.command).toBe('reschedule');
    expect(sv.due?.end).toBe('2027-05-03');
  });
  it('Taglish "na-move" / "na-postpone", and "I\'ll do it then" after the move is the same commitment', () => {
    const r = u('Na-postpone po yung workshop to April 9 kasi umulan. I\'ll bring the drills then po.', 'check-in', 'Asia/Manila');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-09');
    expect(r.commitments).toEqual([]);
    // counter-case: a new promise with its own day after the move stays
    expect(u('We moved it to April 9. I\'ll also print new posters on Friday.', 'check-in').commitments.map((c) => c.action)).toEqual(['print new posters']);
  });
});

describe('invitations', () => {
  it('Afrikaans, Dutch, Norwegian and Spanish yeses', () => {
    expect(cmd('Ons is in! Baie dankie.', 'invitation', 'Africa/Johannesburg')).toBe('join');
    expect(cmd('Lekker, sien julle Vrydag.', 'invitation', 'Africa/Johannesburg')).toBe('join');
    expect(cmd('Zie jullie zaterdag!', 'invitation', 'Europe/Amsterdam')).toBe('join');
    expect(cmd('Vi ses på fredag!', 'invitation', 'Europe/Oslo')).toBe('join');
    expect(cmd('Nos vemos el sábado.', 'invitation', 'Europe/Madrid')).toBe('join');
  });
  it('counter-cases: "ek kom nie", "ek is in die …"', () => {
    expect(cmd('Ek kom nie, ek is siek.', 'invitation', 'Africa/Johannesburg')).toBeNull();
    expect(cmd('Ek is in Kaapstad daardie week.', 'invitation', 'Africa/Johannesburg')).toBeNull();
  });
  it('"Sounds great po/lah" with a question is interest, not yet a yes', () => {
    expect(cmd('Sounds great lah! Is there parking?', 'invitation', 'Asia/Singapore')).toBeNull();
    expect(cmd('Sounds lovely po! Can kids come?', 'invitation', 'Asia/Manila')).toBeNull();
  });
});

describe('visible reply', () => {
  it('an Afrikaans Gmail attribution wrapped over two lines ends the reply', () => {
    const text = 'Ja, dit is klaar.\n\nOp Ma. 3 Mei 2027 om 10:00 het Die Biblioteek <\nhallo@biblioteek.example> geskryf:\n\n> Is dit klaar?\n';
    expect(visibleReply(text, null)).toBe('Ja, dit is klaar.');
  });
});

describe('items in Afrikaans', () => {
  const za = (text: string) => understand({ text, received: new Date('2027-05-10T10:00:00Z'), timezone: 'Africa/Johannesburg', context: 'ask' });
  it('"Ek gaan / Ons sal" promises, with Afrikaans weekdays', () => {
    const r = za('Ons sal aanstaande Vrydag \'n werkswinkel by die skool hou.');
    expect(r.commitments).toHaveLength(1);
    expect(r.commitments[0]!.due?.end).toBe('2027-05-14');
    expect(r.commitments[0]!.action).not.toMatch(/aanstaande|Vrydag/);
    // counter-cases: a hedge or a no is no promise
    expect(za('Ek gaan nie die werkswinkel hou nie.').commitments).toEqual([]);
    expect(za('Ek gaan dalk iets reël.').commitments).toEqual([]);
  });
  it('"Ek kan X" offers, "Ons het X nodig (vir Y)" and "Ons soek X" needs', () => {
    expect(za('Ek kan help met fietse regmaak.').offers.map((o) => o.text)).toEqual(['help met fietse regmaak']);
    expect(za('Ons het stoele nodig vir die saal, ons s\'n is stukkend.').needs.map((n) => n.text)).toEqual(['stoele vir die saal']);
    expect(za('Ons soek iemand wat kan sweis.').needs).toHaveLength(1);
    // counter-cases
    expect(za('Ek kan nie help nie.').offers).toEqual([]);
  });
});

describe('things on offer and what a relative is happy to do', () => {
  it('a thing one has that "the X crew/team" can use', () => {
    expect(u('I have a pillar drill at the workshop that the youth team can use on Saturdays.').offers.map((o) => o.text)).toHaveLength(1);
    // counter-cases: the team answering or using something else is no thing on offer
    expect(u('I have a question that the youth team can answer.').offers).toEqual([]);
    expect(u('I have a feeling the youth team can use more help.').offers).toEqual([]);
  });
  it('Norwegian and Swedish "Jeg har X som noen kan få/låne"', () => {
    expect(u('Jeg har ei gammel høvelbenk som noen kan låne.', 'ask', 'Europe/Oslo').offers.map((o) => o.text)).toEqual(['ei gammel høvelbenk']);
    expect(u('Vi har ett förråd som andra får använda.', 'ask', 'Europe/Stockholm').offers.map((o) => o.text)).toEqual(['ett förråd']);
    expect(u('Jeg har en nabo som alle kan like.', 'ask', 'Europe/Oslo').offers).toEqual([]);
  });
  it('"my brother is a plumber and says he\'s happy to X"', () => {
    expect(u('My brother Liam is a plumber and says he\'s happy to look at leaky taps at the next one.').offers.map((o) => o.text)).toEqual(['look at leaky taps at the next one']);
    expect(u('My brother Liam is a plumber and says he\'s busy all spring.').offers).toEqual([]);
  });
});

describe('invitations: bringing something, and a Scandinavian no', () => {
  it('"Tar med X" / "Neem X mee" / "Bring X saam" after a yes is a commitment; a companion is not', () => {
    expect(actions('Jeg kommer! Tar med boller.', 'invitation', 'Europe/Oslo')).toEqual(['Tar med boller']);
    expect(actions('Ik kom! Neem appeltaart mee.', 'invitation', 'Europe/Amsterdam')).toEqual(['Neem appeltaart mee']);
    expect(actions('Jeg kommer! Tar med barna.', 'invitation', 'Europe/Oslo')).toEqual([]);
  });
  it('"Jeg kommer ikke", "Jag kommer tyvärr inte" are no yes', () => {
    expect(cmd('Jeg kommer ikke, jeg er bortreist.', 'invitation', 'Europe/Oslo')).toBeNull();
    expect(cmd('Jag kommer tyvärr inte.', 'invitation', 'Europe/Stockholm')).toBeNull();
  });
});
