// Round 60's phenomena (heldout60: a typical day of traffic), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { findDue } from './dates.ts';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);

describe('heldout60: check-ins', () => {
  it('"Trying again on <date>" after a not-yet is the new date; "je m\'y mets <date>" too', () => {
    expect(u('Not yet, the speaker cancelled. Trying again on 2 April.', 'check-in').due?.end).toBe('2027-04-02');
    expect(u("Pas encore ! On s'y met la semaine prochaine.", 'check-in', 'Europe/Paris')).toMatchObject({ command: 'reschedule', due: { end: '2027-03-21' } });
    // counter-case: trying with no date stays a not-yet
    expect(u('Not yet, still trying.', 'check-in').command).toBe('not-yet');
  });
  it('a question after an emoji starts its own sentence and asks for a thing', () => {
    expect(u('Nah, no luck with the hall yet 😩 anyone got a church basement we could borrow?', 'check-in').needs.map((n) => n.text)).toEqual(['a church basement to borrow']);
  });
  it('a question about which promise is meant makes no promise', () => {
    expect(acts('Sorry, which commitment is this one about? I said yes to a few.', 'check-in')).toEqual([]);
    // counter-case: a promise with a question after it stays
    expect(acts("Which day suits? I'll host the coffee klatch either way.", 'ask').map((a) => a[0])).toEqual(['host the coffee klatch either way']);
  });
});

describe('heldout60: asks', () => {
  it('seasons in six languages, the hemisphere from the zone', () => {
    expect(findDue('antes del invierno', received, 'America/Santiago')?.end).toBe('2027-05-31');
    expect(findDue('au printemps', new Date('2027-01-12T10:00:00Z'), 'Europe/Paris')?.end).toBe('2027-05-31');
    expect(findDue('nach dem Sommer', received, 'Europe/Berlin')?.end).toBe('2027-11-30');
    expect(findDue('na primavera', received, 'America/Sao_Paulo')?.end).toBe('2027-11-30');
    // counter-case: the English "in winter" is read as it always was
    expect(findDue('in winter', received, 'Europe/London')?.end).toBe('2028-02-29');
  });
  it('"me voy a encargar de armar …" is the armar; "lo que sí puedo ofrecer es X" offers X', () => {
    expect(acts('Me voy a encargar de montar una DemoCamp en el club antes del verano.', 'ask', 'Europe/Madrid')).toEqual([['montar una DemoCamp en el club', '2027-05-31']]);
    expect(u('Lo que sí podemos ofrecer es el salón parroquial.', 'ask', 'Europe/Madrid').offers.map((o) => o.text)).toEqual(['el salón parroquial']);
    expect(u('Ce que je peux offrir, c’est mon vidéoprojecteur.', 'ask', 'Europe/Paris').offers.map((o) => o.text)).toEqual(['mon vidéoprojecteur']);
    // counter-case: what one cannot offer
    expect(u('Lo que no puedo ofrecer es tiempo.', 'ask', 'Europe/Madrid').offers).toEqual([]);
  });
  it('"could you put me in touch with someone who …" is a need; "I don\'t have a choice" is none', () => {
    expect(u('Could you put me in touch with someone who has printed zines before?').needs.map((n) => n.text)).toEqual(['someone who has printed zines']);
    expect(u("The club voted for it, so I don't really have a choice =)").needs).toEqual([]);
  });
});
