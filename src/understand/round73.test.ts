// Round 73's phenomena (answers to check-ins, reminders and invitations), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'check-in', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const cmd = (text: string, context: ReplyContext = 'check-in') => u(text, context).command;

describe('check-in answers', () => {
  it('a done, then "take me off / remove me from" the reminders, is a stop', () => {
    expect(cmd('Finished it on Saturday. Could you remove me from the reminder list please, no more messages about it.')).toBe('stop');
    expect(cmd('All done. Kindly take me off these emails, I have had enough of them about it.')).toBe('stop');
    // counter-case: "stop emailing me about it" after a done ends with the done
    expect(cmd('Yes, I did it. Please stop emailing me about it.')).toBe('done');
  });
  it('after a move, the day then aimed at is the new date', () => {
    const r = u('Had to push it back, the hall only opens again from 22 March. Aiming for Saturday the 27th.');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-27');
    const f = u('On a dû décaler : la salle est libre à partir du 22 mars. On vise le samedi 27.', 'check-in', 'Europe/Paris');
    expect(f.command).toBe('reschedule');
    expect(f.due?.end).toBe('2027-03-27');
    // counter-case: a hedged aim leaves the moved-to date
    expect(u('Had to push it back to 22 March. Hopefully we aim for the 27th, maybe.').due?.end).toBe('2027-03-22');
  });
  it('"noch zwei Wochen", "nog twee weken": N more weeks asked for is a new date', () => {
    expect(cutDue('nog drie weken', received, 'Europe/Amsterdam').due?.end).toBe('2027-03-31');
    const r = u('Noch nicht ganz. Wir brauchen noch zwei Wochen.', 'check-in', 'Europe/Berlin');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-24');
    // counter-case: French "mais deux semaines" is "but two weeks", no span
    expect(cutDue('mais deux semaines de retard', received, 'Europe/Paris').due).toBeNull();
  });
  it('Polish "przesuwamy na …" is a move', () => {
    const r = u('Jeszcze nie, przesuwamy na połowę kwietnia.', 'check-in', 'Europe/Warsaw');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end.slice(0, 7)).toBe('2027-04');
  });
  it('after a not-yet, "it\'ll be <date>" / "wordt <date>" / "wird <date>" is the new date', () => {
    const e = u('Not yet. It will be after the Easter holidays.');
    expect(e.command).toBe('reschedule');
    const n = u('Nog niet. Wordt na de paasvakantie.', 'check-in', 'Europe/Amsterdam');
    expect(n.command).toBe('reschedule');
    const d = u('Noch nicht. Wird nach den Osterferien.', 'check-in', 'Europe/Berlin');
    expect(d.command).toBe('reschedule');
    // counter-case: "it'll be" with no date is no new one
    expect(cmd('Not yet. It will be great though, the kids are excited.')).toBe('not-yet');
  });
});
