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
