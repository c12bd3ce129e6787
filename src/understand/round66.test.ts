// Round 66's phenomena (the lead's own, from known weak spots), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { shiftDay, weekdayBeside } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Madrid') => understand({ text, received, timezone, context });

describe('invitations: an unaccented "si" that opens a condition is "if", not "yes"', () => {
  it('"Si voy, llevo …" / "Si puedo ir, llevo …" accept nothing', () => {
    expect(u('Si voy, llevo la guitarra', 'invitation').command).toBeNull();
    expect(u('Si puedo ir, llevo una tortilla', 'invitation').command).toBeNull();
    // counter-cases: "Si, voy", a bare "si voy" and an accented "Sí voy, …" are yes
    expect(u('Si, voy!', 'invitation').command).toBe('join');
    expect(u('si voy', 'invitation').command).toBe('join');
    expect(u('Sí voy, llevo la guitarra', 'invitation').command).toBe('join');
  });
});

// Round 66's check-in and invitation phenomena (heldout67), each in new words, with a counter-case.
const at = (text: string, context: ReplyContext, iso: string, timezone: string) => understand({ text, received: new Date(iso), timezone, context });

describe('check-ins: drops, not-yets and stops said plainly', () => {
  it('"I\'m out" and "count me out" drop it; "I\'m out of town" does not', () => {
    expect(u("I'm out, sorry. The new baby takes every evening.", 'check-in').command).toBe('drop');
    expect(u('Count me out on this one.', 'check-in').command).toBe('drop');
    expect(u("I'm out of town till Monday, will sort it after.", 'check-in').command).not.toBe('drop');
  });
  it('preferring to give it up, in French, Spanish, Italian, German and Dutch', () => {
    expect(u('Je vais abandonner celui-ci, trop de travail.', 'check-in').command).toBe('drop');
    expect(u('Prefiero dejarlo, no llego.', 'check-in').command).toBe('drop');
    expect(u('Preferisco rinunciare, mi dispiace.', 'check-in').command).toBe('drop');
    expect(u('Ich möchte das lieber absagen.', 'check-in').command).toBe('drop');
    expect(u('Schrap dit maar, het lukt niet.', 'check-in').command).toBe('drop');
    // counter-case: a preference about something else
    expect(u('Je préfère le faire en avril.', 'check-in').command).not.toBe('drop');
  });
  it('"not right now … please don\'t take it off" and "im Moment nicht" are not-yet; "not now but next month" moves it', () => {
    expect(u("Not right now, the kids are sick. Still on my list, don't cross it off.", 'check-in').command).toBe('not-yet');
    expect(u('Momentan leider nicht, ich melde mich.', 'check-in').command).toBe('not-yet');
    expect(u('Por ahora no, estamos a tope.', 'check-in').command).toBe('not-yet');
    expect(u('Pas pour le moment, désolée.', 'check-in').command).toBe('not-yet');
    const moved = u('Not now but definitely next month.', 'check-in');
    expect([moved.command, moved.due?.end]).toEqual(['reschedule', '2027-04-30']);
    // counter-case: "take it off" said plainly is still a drop
    expect(u('Please take it off, it is not happening.', 'check-in').command).toBe('drop');
  });
  it('a move with no date known, or a date promised later, is a not-yet', () => {
    expect(u("We're not cancelling, just shifting it - no idea when yet.", 'check-in').command).toBe('not-yet');
    expect(u('Could we reschedule? I will come back to you with a new date.', 'check-in').command).toBe('not-yet');
    // counter-case: a move with its date
    expect(u('Not cancelling, just moving it to June.', 'check-in').due?.end).toBe('2027-06-30');
  });
  it('"ticked it off" is done; "haven\'t ticked it off" and "I\'ll have ticked it off by …" are not', () => {
    expect(u('Ticked it off on Sunday, thanks!', 'check-in').command).toBe('done');
    expect(u('You can tick that one off.', 'check-in').command).toBe('done');
    expect(u("Haven't ticked it off yet.", 'check-in').command).not.toBe('done');
    expect(u("I'll have ticked it off by Friday.", 'check-in').command).not.toBe('done');
  });
  it('preferring not to get the follow-up mails is a stop, in Spanish, French and Portuguese; other things preferred are not', () => {
    expect(u('Aún no. Prefiero no recibir más recordatorios, gracias.', 'check-in').command).toBe('stop');
    expect(u('Je préférerais ne plus recevoir ces relances.', 'check-in').command).toBe('stop');
    expect(u('Prefiro não receber mais mensagens sobre isto.', 'check-in').command).toBe('stop');
    expect(u('Prefiero no recibir más detalles hasta marzo.', 'check-in').command).not.toBe('stop');
  });
});

describe('check-ins: a shift counts from the planned date while that is still ahead', () => {
  it('from the date said in the reply, or in the quoted reminder', () => {
    const said = at("It was booked for Saturday 20 March but the hall flooded. Pushing it back three weeks.", 'check-in', '2027-03-12T10:00:00Z', 'Europe/London');
    expect([said.command, said.due?.end, said.shift]).toEqual(['reschedule', '2027-04-10', { amount: 3, unit: 'week' }]);
    const quoted = at("Could we push it back a fortnight?\n\nOn Thu, 11 Mar 2027, Followthrough wrote:\n> A reminder: you said you'd run your coffee klatch on Friday 19 March.\n", 'check-in', '2027-03-12T10:00:00Z', 'Europe/London');
    expect(quoted.due?.end).toBe('2027-04-02');
    // counter-cases: a planned date gone by counts from the reply's day; no planned date, the same
    expect(at('It was planned for 1 March. Pushing it back two weeks.', 'check-in', '2027-03-12T10:00:00Z', 'Europe/London').due?.end).toBe('2027-03-26');
    expect(at('Can we push it back a week?', 'check-in', '2027-03-12T10:00:00Z', 'Europe/London').due?.end).toBe('2027-03-19');
  });
});

describe('invitations and asks: what is brought, offered and asked for', () => {
  it('bringing something after a comma in Dutch and German; a companion, or on a condition, is none', () => {
    expect(u('Gezellig! Ik kom, en ik neem een thermoskan koffie mee.', 'invitation').commitments.map((c) => c.action)).toEqual(['neem een thermoskan koffie mee']);
    expect(u('Ich komme, und bringe Saft mit.', 'invitation').commitments.map((c) => c.action)).toEqual(['bringe Saft mit']);
    expect(u('Ci sarò! Porto anche mio figlio, va bene?', 'invitation').commitments).toEqual([]);
    expect(u('Als het lukt, neem ik een taart mee.', 'invitation').commitments).toEqual([]);
  });
  it('a relative who "can help with X" offers it; "can help me carry it" offers nothing', () => {
    expect(u('My brother can help with the sound desk if you like.').offers.map((o) => o.text)).toEqual(['help with the sound desk']);
    expect(u('My wife could help me carry the urn.').offers).toEqual([]);
  });
  it('"I promised Ciara I\'d …" is the writer\'s promise, without the "so that\'s …" comment', () => {
    expect(u("I promised Ciara I'd print the flyers, so that's my job this week.").commitments.map((c) => c.action)).toEqual(['print the flyers']);
    // counter-case: what someone else promised
    expect(u("Ciara promised she'd print the flyers.").commitments).toEqual([]);
  });
  it('"does anyone have X?" in French, Spanish, German, Portuguese and Dutch is a need; asking for an idea is not', () => {
    expect(u("Quelqu'un aurait une perceuse à prêter ?").needs.map((n) => n.text)).toEqual(['une perceuse']);
    expect(u('¿Alguien tiene una escalera?').needs.map((n) => n.text)).toEqual(['una escalera']);
    expect(u('Hat jemand einen Lötkolben zum Ausleihen?').needs.map((n) => n.text)).toEqual(['einen Lötkolben']);
    expect(u('Alguém tem um microfone?').needs.map((n) => n.text)).toEqual(['um microfone']);
    expect(u('Heeft iemand een ladder?').needs.map((n) => n.text)).toEqual(['een ladder']);
    expect(u("Quelqu'un a une idée ?").needs).toEqual([]);
  });
});

// Round 66's reminder answers (heldout70), each in new words, with a counter-case.
const REMINDER = (body: string, promised: string) => `${body}\n\nOn Sat, 6 Mar 2027 at 9:00 AM, Followthrough <checkin@followthrough.example> wrote:\n> Hi Sam,\n>\n> A reminder: on 2 February you told us you would ${promised}. That's one week from now.\n>\n> Reply with done, not yet, a new date, or drop.\n`;

describe('reminders: a new date said against the planned one in the quoted reminder', () => {
  const r = (text: string) => at(text, 'check-in', '2027-03-06T10:00:00Z', 'Europe/London');
  it('the promised date is the last date ahead in the reminder\'s sentence, not the day it was promised nor "one week from now"', () => {
    expect(r(REMINDER('Could we push it back three weeks?', 'run a repair cafe by Saturday 13 March 2027')).due?.end).toBe('2027-04-03');
  });
  it('"a week later than planned", "the Sunday after", "the Thursday before", "the same day next month"', () => {
    expect(r(REMINDER('Can we do it two weeks later than planned?', 'run a repair cafe by Saturday 13 March 2027')).due?.end).toBe('2027-03-27');
    expect(r(REMINDER('Could we move it to the Sunday after?', 'run a repair cafe by Saturday 13 March 2027')).due?.end).toBe('2027-03-14');
    expect(r(REMINDER('Would the Thursday before work instead?', 'run a repair cafe by Saturday 13 March 2027')).due?.end).toBe('2027-03-11');
    expect(r(REMINDER('Same day next month?', 'run a repair cafe by Saturday 13 March 2027')).due?.end).toBe('2027-04-13');
    // counter-cases: "the Saturday after New Year's" is the new year's, not the plan's; "the Saturday after Easter" likewise;
    // with no planned date nothing is counted from it
    expect(r(REMINDER("We're now aiming for the Saturday after New Year's.", 'run a repair cafe by Saturday 13 March 2027')).due?.end).toBe('2028-01-08');
    expect(r(REMINDER('Could we move it to the Saturday after Easter?', 'run a repair cafe by Saturday 13 March 2027')).due?.end).not.toBe('2027-03-20');
    expect(r('Could we move it to the Sunday after?').due?.end).toBe('2027-03-07');
  });
});

describe('check-ins: new dates in more words', () => {
  const c = (text: string) => at(text, 'check-in', '2027-06-08T10:00:00Z', 'Europe/Warsaw');
  it('the end of this or next month in French, Spanish, Dutch and Polish; Polish "przełóżmy"', () => {
    expect(c('Pas encore, ce sera pour la fin du mois prochain.').due?.end).toBe('2027-07-31');
    expect(c('Nog niet, eind volgende maand.').due?.end).toBe('2027-07-31');
    expect(c('Jeszcze nie, przełóżmy na koniec przyszłego miesiąca.').due?.end).toBe('2027-07-31');
    expect(c('Jeszcze nie, przełóżmy na koniec miesiąca.').due?.end).toBe('2027-06-30');
    // counter-case: the end of something else is no date
    expect(c('Pas encore, je suis à la fin de mon contrat.').command).toBe('not-yet');
  });
  it('a date after a colon beside a not-yet; "pode ser dia N?"', () => {
    expect(c("Not yet. Let's be honest: mid-July.").command).toBe('reschedule');
    expect(c('Ainda não. Pode ser dia 20?').due?.end).toBe('2027-06-20');
    // counter-case: a colon before a reason is no date
    expect(c('Not yet. The reason: the hall is closed.').command).toBe('not-yet');
  });
  it('"Quick question: do you have X?" asks for X; "do you have any idea …?" asks for nothing', () => {
    expect(c('Done! Quick question: do you have a poster template?').needs.map((n) => n.text)).toEqual(['a poster template']);
    expect(c('Done! Do you have any idea who took the photos?').needs).toEqual([]);
  });
});

describe('time offered stays an offer', () => {
  it('"Can give -> Thursday evenings" offers the evenings; a lone clock time split off is still no item', () => {
    expect(u('Can give -> Thursday evenings').offers.map((o) => o.text)).toEqual(['Thursday evenings']);
    expect(u('Puedo ayudar con la web, a las 18h.').offers.map((o) => o.text)).not.toContain('a las 18h');
  });
});

describe('shifting a planned day', () => {
  it('a month keeps its day where the month has it, else its last; weeks and days count on; a weekday beside a day is never the day itself', () => {
    expect(shiftDay('2027-01-31', { amount: 1, unit: 'month' })).toBe('2027-02-28');
    expect(shiftDay('2027-12-15', { amount: 2, unit: 'week' })).toBe('2027-12-29');
    expect(shiftDay('2027-12-30', { amount: 3, unit: 'day' })).toBe('2028-01-02');
    expect(weekdayBeside('2027-03-13', 6, true)).toBe('2027-03-20'); // the Saturday after a Saturday
    expect(weekdayBeside('2027-03-13', 3, false)).toBe('2027-03-10'); // the Wednesday before
  });
});
