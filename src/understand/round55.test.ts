// Round 55's phenomena (heldout55), each in new words, with counter-cases that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'America/Toronto') => understand({ text, received, timezone, context });
const quoted = (lines: string[]) => '\n\nOn Mon, Nov 16, 2026 at 9:00 AM Drumbeat <hi@example.org> wrote:\n' + lines.map((l) => `> ${l}`).join('\n') + '\n';

describe('heldout55: a reply to our confirmation, the record quoted below', () => {
  it('takes the commitment from the record and the new date from the reply', () => {
    const r = u('Nearly — it is February, not January. Same DemoCamp at the hackspace though.' + quoted(["Here's what we understood:", '- Commitment: run a DemoCamp at the hackspace, in January', '- Need: a projector']));
    expect(r.commitments).toEqual([expect.objectContaining({ action: 'run a DemoCamp at the hackspace', format: 'democamp', due: { start: '2027-02-01', end: '2027-02-28' } })]);
    // the need left alone is not reported again
    expect(r.needs).toEqual([]);
  });
  it('swaps the format in the record\'s words ("pas un X mais un Y")', () => {
    const r = u("Ce n'est pas un DemoCamp mais un coffee klatch, toujours en mars." + quoted(['Voici ce que nous avons compris :', '- Engagement : organiser un DemoCamp à la médiathèque en mars']), 'ask', 'Europe/Paris');
    expect(r.commitments.map((c) => [c.action, c.format, c.due?.end])).toEqual([['organiser un coffee klatch à la médiathèque', 'coffee-klatch', '2027-03-31']]);
  });
  it('reads "I said I\'d …" as the corrected action, the same action with a date as the record\'s words', () => {
    const r = u("No. I said I'd *support* Ana with her kitchen table sprint, I'm not running one." + quoted(["Here's what we understood:", '- Commitment: run a kitchen table sprint in March']));
    expect(r.commitments.map((c) => [c.action, c.format])).toEqual([['support Ana with her kitchen table sprint', null]]);
    const s = u("I said I'd host a coffee klatch after the exams, not in December. Exams end Jan 20 so say February." + quoted(["Here's what we understood:", '- Commitment: host a coffee klatch, in December']));
    expect(s.commitments.map((c) => [c.action, c.due?.end])).toEqual([['host a coffee klatch', '2027-02-28']]);
  });
  it('takes the commitment off as a drop, and keeps an item said to stand', () => {
    const r = u('Bitte die Zusage streichen, das macht jetzt mein Kollege. Ich bleibe beim Angebot.' + quoted(['Das haben wir verstanden:', '- Zusage: ein DemoCamp organisieren, im Mai', '- Angebot: Lötkurse für Kinder']), 'ask', 'Europe/Berlin');
    expect(r.command).toBe('drop');
    expect(r.commitments).toEqual([]);
    expect(r.offers.map((o) => o.text)).toEqual(['Lötkurse für Kinder']);
  });
  it('rewrites an item named as "not "X" but "Y""', () => {
    const r = u('Change the wish please: not "more bikes", but "safe bike lanes in every town". The rest is fine.' + quoted(["Here's what we understood:", '- Wish: more bikes', '- Offer: bike repair']));
    expect(r.wishes.map((w) => w.text)).toEqual(['safe bike lanes in every town']);
    expect(r.offers).toEqual([]);
  });
  it('reads an addition as it stands ("add that …", "acrescentar que …")', () => {
    expect(u('Tudo certo. Podem acrescentar que posso emprestar a minha impressora.' + quoted(['Eis o que entendemos:', '- Compromisso: fazer um coffee klatch em março']), 'ask', 'Europe/Lisbon').offers.map((o) => o.text)).toEqual(['emprestar a minha impressora']);
    expect(u('One thing to add — I can offer my trailer for moving stalls.').offers.map((o) => o.text)).toEqual(['my trailer for moving stalls']);
  });
  it('counter-cases: a yes changes nothing; an ordinary answer is read as before', () => {
    const y = u("Yes, that's all right, thanks!" + quoted(["Here's what we understood:", '- Commitment: run a DemoCamp in January']));
    expect([y.commitments, y.offers, y.command]).toEqual([[], [], null]);
    expect(u("I'll remove the old flyers from the noticeboard by Friday.").command).toBeNull();
    expect(u("I'll host a coffee klatch in March, not April.").commitments.map((c) => c.due?.end)).toEqual(['2027-03-31']);
  });
});

describe('heldout55: a correction with no record quoted', () => {
  it('reads the new format and month from "no es X, es Y" and "X이 아니라 Y"', () => {
    const r = u('Corrijan por favor: no es un DemoCamp, es un coffee klatch pequeño, y en vez de marzo será en abril.', 'ask', 'America/Lima');
    expect(r.commitments.map((c) => [c.action, c.format, c.due?.end])).toEqual([['un coffee klatch pequeño', 'coffee-klatch', '2027-04-30']]);
    const k = u('거의 맞는데요, 3월이 아니라 4월에 커피 모임을 할 거예요.', 'ask', 'Asia/Seoul');
    expect(k.commitments.map((c) => [c.format, c.due?.end])).toEqual([['coffee-klatch', '2027-04-30']]);
  });
  it('reads "remove the commitment" as a drop and "the offer (X) still stands" as the offer', () => {
    const r = u("One correction: please remove the commitment, I can't run it after all. The offer (bike repair) still stands.");
    expect(r.command).toBe('drop');
    expect(r.offers.map((o) => o.text)).toEqual(['bike repair']);
  });
});

describe('heldout55: dates', () => {
  it('reads a Korean or Japanese month alone ("4월에") and Chinese holidays with a side ("国庆节以后")', () => {
    expect(findDue('4월에 할게요', received, 'Asia/Seoul')).toMatchObject({ start: '2027-04-01', end: '2027-04-30' });
    expect(findDue('国庆节以后', new Date('2027-08-16T02:00:00Z'), 'Asia/Shanghai')).toMatchObject({ start: '2027-10-08' });
    // counter-case: a month with its day is that day
    expect(findDue('4월 12일', received, 'Asia/Seoul')).toMatchObject({ start: '2027-04-12', end: '2027-04-12' });
  });
});

describe('heldout55: check-ins and invitations weeks later', () => {
  it('reads "c\'est fait" and "a eu lieu" as done, a negated one not', () => {
    expect(u("Oui c'est fait, la rencontre a eu lieu samedi.", 'check-in', 'Europe/Paris').command).toBe('done');
    expect(u("Non, ça n'a pas eu lieu.", 'check-in', 'Europe/Paris').command).not.toBe('done');
  });
  it('reads Arabic "لم … بعد" as not yet; Chinese "还没想好" (not decided) about something else is no not-yet', () => {
    expect(u('للأسف لم أنظم الورشة بعد.', 'check-in', 'Asia/Riyadh').command).toBe('not-yet');
    expect(u('聚会已经办完了。下次做什么还没想好。', 'check-in', 'Asia/Shanghai').command).toBe('done');
    expect(u('还没办，太忙了。', 'check-in', 'Asia/Shanghai').command).toBe('not-yet');
  });
  it('reads "ci sono!", "أكون موجود" and "wow yes!" as joining', () => {
    expect(u('Che bello, ci sono!', 'invitation', 'Europe/Rome').command).toBe('join');
    expect(u('إن شاء الله أكون موجود يوم السبت.', 'invitation', 'Asia/Dubai').command).toBe('join');
    expect(u('wow yes!!', 'invitation').command).toBe('join');
    // counter-case: "ci sono problemi" is no yes
    expect(u('Ci sono problemi con la data.', 'invitation', 'Europe/Rome').command).toBeNull();
  });
  it('narrows a promised date with "- so …" and reads "we\'re now aiming for …" after a dateless postponement', () => {
    expect(u('Not yet. Will get to it after the exams - so late January probably.', 'check-in').due).toMatchObject({ end: '2027-01-31' });
    const r = u('We had it set for the 28th but the hall flooded. So it is postponed. We are now aiming for Saturday 16 January.', 'check-in');
    expect([r.command, r.due?.end, r.commitments]).toEqual(['reschedule', '2027-01-16', []]);
  });
  it('treats "stop emailing me about it" beside a done as the done, a plain stop as stop', () => {
    expect(u('Yes, I did it last week. Please stop emailing me about it.', 'check-in').command).toBe('done');
    expect(u('Please stop emailing me.', 'check-in').command).toBe('stop');
  });
});

describe('heldout55: more dates', () => {
  it('reads a gloss "(that\'s …)" as explaining the day before it', () => {
    expect(findDue('the week after Labour Day (that is the long weekend for most of you)', received, 'America/Toronto')).toMatchObject({ start: '2027-09-13', end: '2027-09-19' });
  });
  it('reads the season one is in now as no date ("we\'re in Ramadan now … after Eid")', () => {
    expect(findDue("We're in Lent now so after Easter.", new Date('2027-03-01T12:00:00Z'), 'Europe/London')?.start).toBe('2027-03-29');
  });
  it('reads Chinese parts of a month and Polish mid-month', () => {
    expect(findDue('大概五月底', received, 'Asia/Taipei')).toMatchObject({ start: '2027-05-21', end: '2027-05-31' });
    expect(findDue('w połowie czerwca', received, 'Europe/Warsaw')).toMatchObject({ start: '2027-06-11', end: '2027-06-15' });
  });
});

describe('heldout55: what is brought to an invitation', () => {
  it('cuts a relative brought along after the thing ("Llevo la tortilla y a mi sobrino …")', () => {
    expect(u('¡Me apunto! Llevo las empanadas y a mi prima, que quiere aprender.', 'invitation', 'Europe/Madrid').commitments.map((c) => c.action)).toEqual(['Llevo las empanadas']);
    // counter-case: a second thing of mine stays
    expect(u("I'm in! I'll bring cookies and my laptop.", 'invitation').commitments.map((c) => c.action)).toEqual(['bring cookies and my laptop']);
  });
  it('drops "this time" from what is brought, not from who came', () => {
    expect(u("Count me in. I'm bringing the good biscuits this time.", 'invitation').commitments.map((c) => c.action)).toEqual(['bring the good biscuits']);
  });
  it('reads Taglish "second week ng October" as the second week of October', () => {
    expect(findDue('mga second week ng October', received, 'Asia/Manila')).toMatchObject({ start: '2027-10-08', end: '2027-10-14' });
    // "mga" (about) before the date is filler: the date beside a not-yet moves it
    expect(u('Hindi pa po namin nagawa. Mga third week ng January.', 'check-in', 'Asia/Manila').command).toBe('reschedule');
  });
});
