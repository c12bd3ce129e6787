// Round 73's phenomena (answers to check-ins, reminders and invitations), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import { cutClauseTail } from './clause.ts';
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

describe('check-in answers, continued', () => {
  it('"it\'s his now", "it is theirs now": the commitment handed on is dropped', () => {
    expect(cmd('Gave the whole thing to my neighbour Ruth. It is hers now, she has more time.')).toBe('drop');
    expect(cmd("The youth club took it over, so it's theirs now.")).toBe('drop');
    // counter-case: "his" of something else, not now-owned, is no drop
    expect(cmd('Ran it on Sunday with his help, it went great.')).toBe('done');
  });
  it('"the plan is still on, but …", "we have started": still under way is a not-yet', () => {
    expect(cmd("The plan's still on, but the library has not confirmed the room.")).toBe('not-yet');
    expect(cmd('We have begun. Three of the six lessons remain.')).toBe('not-yet');
    // counter-cases: asking whether it is still on, or starting a second one after a done, is no not-yet
    expect(cmd('Is it still on for Saturday? We ran it last week.')).toBe('done');
    expect(cmd("We've started a second group since it went so well - did it on Sunday.")).toBe('done');
  });
  it('in a not-yet, reporting back later or "still on" is no new commitment', () => {
    expect(u('Not yet, sorry. Will circle back.').commitments).toEqual([]);
    expect(u("Not yet. The idea is still on. I'll write once the room is confirmed.").commitments).toEqual([]);
    // counter-case: a new thing promised beside the not-yet stays
    expect(u("Not yet. But I'll also print the posters for Maya's stall.").commitments.map((c) => c.action).join(' ')).toMatch(/print the posters/);
  });
  it('"it\'s live now", "they\'re all printed": a done said with the contraction', () => {
    expect(cmd("Took three evenings but it's published now!")).toBe('done');
    expect(cmd("They're all printed, 300 of them.")).toBe('done');
    // counter-case: live or printed later is no done
    expect(cmd("Not yet, it's live next week hopefully.")).toBe('not-yet');
  });
});

describe('invitation answers', () => {
  it('a yes-less foreign "I bring X" counts one in, with its commitment', () => {
    const f = u('Super idée, j\'apporte une tarte 🙂', 'invitation', 'Europe/Paris');
    expect(f.command).toBe('join');
    expect(f.commitments.map((c) => c.action).join(' ')).toMatch(/tarte/);
    expect(cmd('Claro, llevo las sillas plegables.', 'invitation')).toBe('join');
    // counter-case: a bring on a condition is no yes
    expect(cmd("Si je suis libre, j'apporte une tarte.", 'invitation')).toBeNull();
  });
});

describe('where a thing named runs on into a sentence of its own', () => {
  it('a sentence opened by when it happened, or by a bare plural and "are", ends the thing', () => {
    expect(cutClauseTail('bring the folding tables, last time we had nowhere to put the food')).toBe('bring the folding tables');
    expect(cutClauseTail('a second projector, usually we borrow one from the school')).toBe('a second projector');
    expect(cutClauseTail('more sessions in the mornings, evenings are hard for shift workers')).toBe('more sessions in the mornings');
    // counter-cases: a list, and a time phrase with no sentence after it, stay whole
    expect(cutClauseTail('bring the folding tables, chairs and the urn')).toBe('bring the folding tables, chairs and the urn');
    expect(cutClauseTail('run a repair café, last time in spring')).toBe('run a repair café, last time in spring');
  });
});
