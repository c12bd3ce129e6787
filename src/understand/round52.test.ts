// Round 52's phenomena (heldout52: check-ins and invitations said indirectly), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T15:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'check-in', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const actions = (text: string, context: ReplyContext = 'ask') => u(text, context).commitments.map((c) => c.action);
const due = (text: string, timezone = 'Europe/London', at = received) => cutDue(text, at, timezone).due;

describe('heldout52: handing the thing over is a drop', () => {
  it('reads "I passed it on to Amara, she runs the club now" and "me salgo de esto" as a drop', () => {
    expect(u("I passed it on to Amara from the tenants' group, she runs the club now.").command).toBe('drop');
    expect(u('Se lo di a Marta. A partir de ahora se encarga ella, yo me salgo de esto.').command).toBe('drop');
    // counter-case: handing a finished thing to the printer is no hand-over of the promise
    expect(u('I handed it over to the printer, they say Friday.').command).not.toBe('drop');
  });
  it('keeps a later promise beside the hand-over, without its "so she …" purpose', () => {
    const r = u("I handed this over to Kofi, he's better placed. I'm out of it, but I'll email him my notes tomorrow so he isn't starting cold.");
    expect(r.command).toBe('drop');
    expect(r.commitments.map((c) => c.action)).toEqual(['email him my notes']);
    // counter-cases: a short action keeps what follows "so", and so does a purpose with "can"
    expect(actions('I will bring chairs so they can sit.')[0]).toContain('so they can sit');
    expect(actions('I will bring my thermal camera so we can check the windows.')[0]).toContain('so we can check');
  });
});

describe('heldout52: a drop refused or taken back', () => {
  it('does not read "I don\'t want to let it go" as a drop, and reads the move beside it', () => {
    const r = u("I really don't want to let it go. Can we shift it to the week after the fête on the 20th?");
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-28');
  });
  it('reads "Ignore my last mail, I said cancel it but it\'s back on" as a not-yet, the same date kept', () => {
    const r = u("Ignore my last message! I said cancel it, but Priya will co-run it, so the workshop is back on. Same date as before, 2 April.");
    expect(r.command).toBe('not-yet');
    // counter-case: a plain cancel stays a drop
    expect(u('Please cancel it, sorry.').command).toBe('drop');
  });
  it('does not read "remove my work id from your list" as a drop of the promise', () => {
    expect(u('Finished it on Saturday. Please remove my work id from your list and use this address.').command).toBe('done');
    // counter-case: "remove my commitment" still drops
    expect(u('Please remove my commitment, I cannot do it.').command).toBe('drop');
  });
});

describe('heldout52: a correction of an earlier "done"', () => {
  it('moves the thing to the day ahead named after the correction', () => {
    const r = u("Quick correction to my reply yesterday: I said done, but only the first video is filmed. The second one I film on 24 March.");
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-24');
    // counter-case: a plain done stays done
    expect(u('Done, filmed both on Saturday.').command).toBe('done');
    expect(u("Small correction to my last mail. It happened after all, on Saturday. I'll send the photos by Friday.").command).toBe('done');
  });
  it('does not read the French "mon" before a noun as Monday', () => {
    expect(due("à mon avis c'est bon")).toBeNull();
    // counter-case: "on Mon" is still Monday
    expect(due('on Mon')?.end).toBe('2027-03-15');
  });
});

describe('heldout52: stops said another way', () => {
  it('reads Italian, Portuguese and Swahili asks to leave the list as stop', () => {
    expect(u('Vi prego, non scrivetemi più. Grazie.').command).toBe('stop');
    expect(u('Obrigado. Podem retirar-me da vossa lista.').command).toBe('stop');
    expect(u('Tafadhali nitoe kwenye orodha hii.').command).toBe('stop');
  });
  it('does not stop all mail when the person asks to keep the rest coming', () => {
    expect(u("All finished! Stop the check-ins for this one, but keep sending me the invites.").command).toBe('done');
    // counter-case: stopping the check-ins alone is a stop
    expect(u('Please stop sending me these check-ins.').command).toBe('stop');
  });
});

describe('heldout52: new dates said relative to other days', () => {
  it('reads "la semana del 9", "la semaine du 9" as that week, and "la semaine après la Saint-Jean" as the week after', () => {
    expect(due('Lo movemos a la semana del 12 de abril', 'Europe/Madrid')?.end).toBe('2027-04-18');
    expect(due('la semaine du 12 avril', 'Europe/Paris')?.end).toBe('2027-04-18');
    expect(due('la semaine après le 12 avril', 'Europe/Paris')).toEqual({ start: '2027-04-19', end: '2027-04-25' });
    // counter-case: "la semana que viene" is next week as before
    expect(due('la semana que viene', 'Europe/Madrid')?.end).toBe('2027-03-21');
  });
  it('reads "the weekend after the AGM, which is Thursday the 18th" and "N weeks after Easter"', () => {
    expect(due("I'll do it the weekend after the fair, which is Thursday the 18th")).toEqual({ start: '2027-03-20', end: '2027-03-21' });
    expect(due('drei Wochen nach Ostern', 'Europe/Berlin')?.start).toBe('2027-04-18');
    expect(due('two days after Easter')).toEqual({ start: '2027-03-30', end: '2027-03-30' });
    // counter-case: "after Easter" alone stays the week after
    expect(due('after Easter')).toEqual({ start: '2027-03-29', end: '2027-04-04' });
  });
  it('reads a gloss "(fair is Tuesday 16 March)" as the day the week is counted from', () => {
    expect(due('the week after our fair on the 16th (fair is Tuesday 16 March)')).toEqual({ start: '2027-03-22', end: '2027-03-28' });
  });
  it('reads "w przyszły weekend" as a whole weekend and "até o dia de Tiradentes" as by that holiday', () => {
    expect(due('zrobię to w przyszły weekend', 'Europe/Warsaw')?.end).toBe('2027-03-14');
    expect(due('até o dia de Tiradentes', 'America/Sao_Paulo')?.end).toBe('2027-04-21');
  });
  it('does not read "for a second laptop" as a time', () => {
    expect(due('ask about a grant for a second laptop')).toBeNull();
  });
  it('reads "Fica pra depois do Carnaval", "Je vise …" as a move', () => {
    expect(u('Ainda não. Fica pra depois da Páscoa.', 'check-in', 'America/Sao_Paulo').command).toBe('reschedule');
    expect(u('Pas encore. Je vise la semaine du 12 avril.', 'check-in', 'Europe/Paris').due?.end).toBe('2027-04-18');
  });
});

describe('heldout52: no promise in states, next times and companions', () => {
  it('drops "I\'ll be sane again", "I\'ll have weekends again" and "stepping back from …"', () => {
    expect(actions("Not yet. I'll have weekends again after the move.", 'check-in')).toEqual([]);
    expect(actions("I'll feel human again by May.")).toEqual([]);
    // counter-case: a real promise with "again" stays
    expect(actions("I'll run the repair café again in May.")).toEqual(['run the repair café']);
  });
  it('drops "will catch the next one" and "bringing my neighbour" in an invitation', () => {
    expect(u('Sorry, away that week. Will catch the next one!', 'invitation').commitments).toEqual([]);
    expect(u('Ich komme! Bringe meine Nachbarin mit.', 'invitation').commitments).toEqual([]);
    // counter-case: bringing a thing is a promise
    expect(u("I'm in! I'll bring the urn.", 'invitation').commitments.length).toBe(1);
  });
  it('cuts a foreign why-tail after a comma', () => {
    expect(u('¡Voy! Llevo las regletas, que allí nunca hay enchufes.', 'invitation').commitments.map((c) => c.action)).toEqual(['Llevo las regletas']);
    expect(actions("Je vais apporter le vidéoprojecteur de l'asso, car il n'y en a pas là-bas.")).toEqual(["apporter le vidéoprojecteur de l'asso"]);
    // counter-case: the English "car" is a noun
    expect(u('I can lend my van, car seats included.', 'ask').offers.map((o) => o.text).join(' ')).toContain('car seats');
  });
});

describe('heldout52: offers and needs said indirectly', () => {
  it('splits ", mais je peux …" from the refusal before it', () => {
    expect(u('Je ne pourrai pas venir, mais je peux vous prêter ma caméra.', 'invitation').offers.map((o) => o.text)[0]).toContain('prêter ma caméra');
    // counter-case: a refusal alone offers nothing
    expect(u('Je ne pourrai pas venir, désolé.', 'invitation').offers).toEqual([]);
  });
  it('names the thing "them" points back to in "if X wants …, I\'m happy to share them"', () => {
    expect(u("Done! If another school wants the lesson plans from our coding club, we're happy to send them.").offers.map((o) => o.text)).toEqual(['send the lesson plans from our coding club']);
  });
  it('reads "Will you have a ramp? My mum uses a wheelchair … needs one" as a need', () => {
    expect(u('Yes, two of us. Will there be a ramp? My mum needs one.', 'invitation').needs.map((n) => n.text)).toEqual(['a ramp']);
    // counter-case: a plain question is no need
    expect(u('Yes! Will you have coffee?', 'invitation').needs).toEqual([]);
  });
});

describe('heldout52: sign-offs said at length', () => {
  it('cuts a closing with a bracketed aside, a closing joined to a wish, and "Wishing the project well,"', () => {
    expect(visibleReply('Done.\n\nThanks for bearing with me (and for the reminder, really),\nAna Ruiz\nCoordinator | Radio Sur')).toBe('Done.');
    expect(visibleReply('Bitte streicht es.\n\nViele Grüße und weiterhin alles Gute\nJonas')).toBe('Bitte streicht es.');
    expect(visibleReply('Please take me off the list.\n\nWishing you all well,\nTed')).toBe('Please take me off the list.');
    // counter-case: a sentence of thanks with no name below stays
    expect(visibleReply('Done.\n\nThanks for bearing with me (and for the reminder, really).')).toContain('Thanks for bearing');
  });
  it('keeps inline answers under an Outlook header after "See answers below"', () => {
    const r = visibleReply('Answers below.\n\n________________________________\nFrom: Followthrough <c@f.example>\nSent: Monday, March 8, 2027 9:00 AM\nTo: Ana\nSubject: Checking in\n\n> Did you print the zine?\nNot yet, the printer is broken.\n\n> Reply done, not yet, a new date, or drop.');
    expect(r).toContain('Not yet, the printer is broken.');
    expect(r).not.toContain('Sent: Monday');
    // counter-case: with no cue above, the header still cuts the history
    expect(visibleReply('Thanks!\n\n________________________________\nFrom: A <a@b.example>\nSent: Monday\nTo: B\nSubject: x\n\n> old\nold reply')).toBe('Thanks!');
  });
});
