// Round 76's phenomena (late answers to second and third check-ins, invitations), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-06-01T10:00:00Z'); // Tuesday
const u = (text: string, context: ReplyContext = 'check-in', timezone = 'Europe/London', at = received) => understand({ text, received: at, timezone, context });
const cmd = (text: string, context: ReplyContext = 'check-in') => u(text, context).command;

describe('late check-in answers', () => {
  it('a bare date above a blank line and a whole attribution stays the reply, and is the new date', () => {
    const r = u('le 3 juillet\n\nLe lun. 31 mai 2027 à 09:00, Drumbeat <followup@drumbeat.example> a écrit :\n> Bonjour, ton atelier était prévu le 20 mai. Une nouvelle date ?', 'check-in', 'Europe/Paris');
    expect(r.reply.trim()).toBe('le 3 juillet');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-07-03');
    // counter-case: an attribution wrapped over two adjacent lines is still one attribution
    const w = u('Done, thanks!\n\nOn Mon, 31 May 2027 at 09:00, Drumbeat Team <\nfollowup@drumbeat.example> wrote:\n> How did it go?');
    expect(w.reply).not.toMatch(/wrote|followup@/);
  });
  it('"have to let the X go" is a drop; letting people go home is none', () => {
    expect(cmd("We'll have to let the book swap go this year, sorry.")).toBe('drop');
    expect(cmd('I had to let the kids go home early, but the swap happened and it went great.')).not.toBe('drop');
  });
  it('"la dejo para <date>" / "deixo para <date>" is a move to that date', () => {
    expect(u('Aún no, la dejo para el 9 de junio.', 'check-in', 'Europe/Madrid').due?.end).toBe('2027-06-09');
    expect(u('Ainda não, deixo para o dia 9 sem falta.', 'check-in', 'Europe/Lisbon').command).toBe('reschedule');
    // counter-case: left for "another moment" is no date
    expect(cmd('Todavía no. La dejo para otro momento.')).toBe('not-yet');
  });
  it('"did not go ahead" is a not-yet; "we have now booked X for <date>" is the new date', () => {
    expect(cmd("The repair café didn't go ahead, the hall flooded.")).toBe('not-yet');
    const r = u("The repair café didn't go ahead in May, the hall flooded. We've now booked the scout hut for Saturday 12 June.");
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-06-12');
    // counter-case: a booking told without "now" in a done answer is no move
    expect(cmd('It went great! We booked the scout hut for Saturday 12 June for the next one.')).toBe('done');
  });
  it('after a part done, "should have the rest done by X" and "the rest will … until X" give the new date', () => {
    expect(u('Twelve of the forty photos are scanned. Should have the rest done by 30 June.').due?.end).toBe('2027-06-30');
    const r = u('Two of the five workshops are done, great crowd. The remaining three will run until mid-July.');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end.slice(0, 7)).toBe('2027-07');
    // counter-case: the rest of the people doing something after a done is no move
    expect(cmd('It went great. The rest of the group will meet on Friday to celebrate.')).toBe('done');
  });
  it('a move into an undated term or semester is a not-yet; a move to a day stays a reschedule', () => {
    expect(cmd('Could we move the robotics club to next semester? Exams ate everything.')).toBe('not-yet');
    expect(u('Could we move the robotics club to next semester?').commitments).toEqual([]);
    expect(cmd('Could we move the robotics club to the 14th?')).toBe('reschedule');
  });
  it('"sorry for the delayed reply" is no move, and the promise with the new date is not also a commitment', () => {
    const r = u("Apologies for the delayed reply to your two emails. Not done yet, but we'll hold it on 19 June.");
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-06-19');
    expect(r.commitments).toEqual([]);
    // counter-case: delaying the thing to a day is the move
    expect(u('We had to delay the workshop to 19 June.').due?.end).toBe('2027-06-19');
  });
});

describe('invitation answers', () => {
  it('"Bringing samosas for the table 😊" after a yes is a thing brought; "Bringing it up" is none', () => {
    const r = u('Count me in! Bringing samosas for the table 😊', 'invitation');
    expect(r.command).toBe('join');
    expect(r.commitments.map((c) => c.action)).toEqual(['bring samosas for the table']);
    expect(u('Count me in! Bringing it up with my team too.', 'invitation').commitments).toEqual([]);
  });
});

describe('dates', () => {
  it('"a 15 minute demo" is a length, not a time from now; "in 20 minutes" is', () => {
    expect(cutDue('I gave a 15 minute demo at the library', received, 'Europe/London').due).toBeNull();
    expect(cutDue('I can do it in 20 minutes', received, 'Europe/London').due).not.toBeNull();
  });
  it('a foreign "before summer" said in the month before it ends the day before the solstice; said earlier, before June', () => {
    expect(cutDue("Je ferai un atelier avant l'été.", new Date('2027-05-25T10:00:00Z'), 'Europe/Paris').due?.end).toBe('2027-06-20');
    expect(cutDue("Je ferai un atelier avant l'été.", new Date('2027-03-10T10:00:00Z'), 'Europe/Paris').due?.end).toBe('2027-05-31');
  });
});

describe('items', () => {
  it('"Alguém aí conhece …?" asks for the thing; "Alguém aí sabe se …?" does not', () => {
    expect(u('Alguém aí conhece uma gráfica barata em Lisboa?', 'ask', 'Europe/Lisbon').needs.map((n) => n.text)).toEqual(['uma gráfica barata em Lisboa']);
    expect(u('Alguém aí sabe se a sala abre no sábado?', 'ask', 'Europe/Lisbon').needs).toEqual([]);
  });
});
