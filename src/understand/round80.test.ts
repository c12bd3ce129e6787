// Round 80's phenomena (older and formal letter writers: old feast days, formal asks and offers, relayed skills and
// wishes, "I shall"), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const t = (xs: { text: string }[]) => xs.map((x) => x.text);
const due = (text: string, timezone = 'Europe/London') => { const d = findDue(text, received, timezone); return d ? d.end : null; };

describe('old feast days and numbers of days in other languages', () => {
  it('Michaelmas, Martinmas, Candlemas and Lammas are their days', () => {
    expect(due('I will tidy the churchyard rota by Michaelmas.')).toBe('2027-09-29');
    expect(due('We will hold the harvest supper at Martinmas.')).toBe('2027-11-11');
    expect(due('Bis Martinstag schreibe ich die Chronik ab.', 'Europe/Berlin')).toBe('2027-11-11');
    expect(due('I shall have the minutes typed before Candlemas.')).toBe('2028-02-01');
    expect(due('after Lammas')).toBe('2027-08-08');
    // counter-case: a cocktail is no saint's day
    expect(due('I will bring a martini glass for the raffle.')).toBeNull();
  });
  it('"in vierzehn Tagen", "dentro de catorce días", "in acht Tagen": the number said as a word', () => {
    expect(due('Ich werde in vierzehn Tagen den Kurs im Gemeindehaus halten.', 'Europe/Berlin')).toBe('2027-03-24');
    expect(due('Haré el taller dentro de catorce días.', 'Europe/Madrid')).toBe('2027-03-24');
    expect(due('In acht Tagen bringe ich die Liste vorbei.', 'Europe/Berlin')).toBe('2027-03-18');
    expect(due('in zwei Wochen', 'Europe/Berlin')).toBe('2027-03-24');
  });
  it('a dotted initialism before a lowercase word does not end the sentence, so its date stays with the promise', () => {
    const c = u('I will run a kitchen table sprint for the Y.M.C.A. choir on Ash Wednesday.').commitments;
    expect(c).toHaveLength(1);
    expect(c[0]!.action).toBe('run a kitchen table sprint for the Y.M.C.A. choir');
    // counter-case: an initialism before a capital still ends the sentence
    const k = u('We met at the Y.M.C.A. Then I will host a coffee klatch on Friday.').commitments;
    expect(k[0]!.action).toBe('host a coffee klatch');
  });
});

describe('formal asks, offers and wishes', () => {
  it('"We should be grateful for …" asks for it, the reason after ", as …" left out', () => {
    expect(t(u('We should be grateful for the use of a minibus on the day, as several of our members no longer drive.').needs)).toEqual(['the use of a minibus on the day']);
    expect(t(u('We should be very grateful for the loan of a spare extension lead.').needs)).toEqual(['the loan of a spare extension lead']);
    // counter-case: thanks for what was already given asks for nothing
    expect(t(u('We should be grateful for your patience.').needs)).toEqual([]);
  });
  it('"It would be a fine thing if …" is a wish; a relayed "she\'d like to see …" and "his wish is for …" too', () => {
    expect(t(u('It would be a grand thing if the buses ran to the village on Sundays again, as they did before the war.').wishes)).toEqual(['the buses ran to the village on Sundays']);
    expect(t(u('Gran says she would dearly love to see a lending library of tablets in every care home.').wishes)).toEqual(['a lending library of tablets in every care home']);
    expect(t(u('Uncle Joe says his wish is for every village hall to have free wifi.').wishes)).toEqual(['every village hall to have free wifi']);
    // counter-cases: seeing a person is no wish; "if" with no "fine thing" before it is no wish
    expect(t(u("She'd love to see you all at the next one.").wishes)).toEqual([]);
    expect(t(u('It would be a fine morning if the rain held off.').wishes)).toEqual([]);
  });
  it('a parent written for who "can X and is happy to" show it offers the skill', () => {
    expect(t(u('I am writing for my mother, who has no computer. She can bake bread and is happy to teach anyone who asks.').offers)).toEqual(['bake bread']);
    // counter-case: being able to come is no offer
    expect(t(u('He can come on the Saturday and is happy to stay for the tidy-up.').offers)).toEqual([]);
  });
  it('"… are yours to borrow" and a room "free most <day> evenings, if any group needs …" are offers', () => {
    expect(t(u('My husband wanted me to say that his old overhead projector is yours to borrow whenever you like.').offers)).toEqual(['his old overhead projector']);
    expect(t(u('Our parish hall is free on Monday afternoons, if any club needs a quiet room.').offers)).toEqual(['Our parish hall on Monday afternoons']);
    // counter-case: a room merely free is no offer
    expect(t(u('The hall is free on Monday afternoons.').offers)).toEqual([]);
  });
  it('trailing courtesies are trimmed from the thing: "if that is of any use", ", should anyone … have one"', () => {
    expect(t(u('I can lend a sewing machine if that is of any use.').offers)).toEqual(['lend a sewing machine']);
    expect(t(u('We are in need of a long table, should anybody in the network have one going spare.').needs)).toEqual(['a long table']);
    // counter-case: a need with nothing after it is kept whole
    expect(t(u('We are in need of a long table for the bring-and-buy.').needs)).toEqual(['a long table for the bring-and-buy']);
  });
  it('"I have no great need of anything" is no need; "we have no projector" is', () => {
    expect(t(u('I have no particular need of anything at present.').needs)).toEqual([]);
    expect(t(u('We have no great wants, thank you.').needs)).toEqual([]);
    expect(u('We have no projector in the hall.').needs).toHaveLength(1);
  });
});

describe('formal commitments, commands and sign-offs', () => {
  it('the organisation named on a convenor\'s or secretary\'s signature line promises for the sender', () => {
    const c = u('Dear all,\n\nThe Ferndale Probus will run a DemoCamp for members in May.\n\nKind regards,\nAlan Pike\nSecretary, Ferndale Probus\n').commitments;
    expect(c).toHaveLength(1);
    expect(c[0]!.format).toBe('democamp');
    // counter-case: without the signature's organisation, another club's plan is not the sender's
    expect(u('Dear all,\n\nThe Ferndale Probus will run a DemoCamp for members in May.\n\nKind regards,\nAlan Pike\n').commitments).toHaveLength(0);
  });
  it('"We shall be there" joins; "can it be put off until …" moves it', () => {
    expect(u('Many thanks, we shall be there in good time.', 'invitation').command).toBe('join');
    const r = u('My husband asks if it might be put off till the end of April.', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-30');
    // counter-case: being put off by something is no move
    expect(u('I was rather put off by the weather, but it is done now.', 'check-in').command).not.toBe('reschedule');
  });
  it('"Ja, ich komme und bringe … mit" joins and brings the thing; a companion brought is no commitment', () => {
    const r = u('Ja, wir kommen gern und bringen einen Nudelsalat mit.', 'invitation', 'Europe/Berlin');
    expect(r.command).toBe('join');
    expect(r.commitments.map((c) => c.action)).toEqual(['bringen einen Nudelsalat mit']);
    const k = u('Ja, ich komme gern und bringe meinen Mann mit.', 'invitation', 'Europe/Berlin');
    expect(k.commitments).toEqual([]);
  });
  it('"Sent from the all new AOL app" is client boilerplate; a sign-off glued to the last sentence goes, with titles', () => {
    expect(visibleReply('I will knit hats for the raffle.\n\nSent from the all new Aol app for Android\n')).toBe('I will knit hats for the raffle.');
    expect(visibleReply('I will knit hats for the raffle. Yours affectionately, Rev. Mary Stokes')).toBe('I will knit hats for the raffle.');
    // counter-case: a sentence after the last one that is no sign-off stays
    expect(visibleReply('I will knit hats for the raffle. Mary, my neighbour, will help.')).toBe('I will knit hats for the raffle. Mary, my neighbour, will help.');
  });
});
