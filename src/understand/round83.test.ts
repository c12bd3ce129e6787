// Round 83's phenomena (developers and makers: markdown, quoting, technical asides; and heldout81's three weeks in eight
// places), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const actions = (text: string, context: ReplyContext = 'ask') => u(text, context).commitments.map((c) => c.action);
const offers = (text: string) => u(text).offers.map((o) => o.text);

describe('markdown', () => {
  it('a markdown link in a promise reads as its link text', () => {
    expect(actions('I will write up the [mapping guide](https://example.org/wiki/mapping) for newcomers.')).toEqual(['write up the mapping guide for newcomers']);
    // counter-case: square brackets that are no link stay as written.
    expect(actions('I will write up the [draft] mapping guide for newcomers.')).toEqual(['write up the [draft] mapping guide for newcomers']);
  });
  it('"## Offer" headings name the slot of the answer under them', () => {
    const r = u('## Offer\nA soldering station with a fume extractor.\n\n## Next step\nRun a repair night at the library on Saturday.');
    expect(r.offers.map((o) => o.text)).toEqual(['A soldering station with a fume extractor']);
    expect(r.commitments.map((c) => c.action)).toEqual(['Run a repair night at the library']);
    // counter-case: a "#" inside a sentence is no heading.
    expect(actions('I will post the recap in #general on Saturday.')).toEqual(['post the recap in #general']);
  });
});

describe('one quoted question on top of the answer', () => {
  it('is quoted history: the reply is the answer, which still takes its meaning from the question', () => {
    const r = u('> Did you run the repair night?\n\nnot yet, the venue fell through. still on it though.', 'check-in');
    expect(r.reply).toBe('not yet, the venue fell through. still on it though.');
    expect(r.command).toBe('not-yet');
    const o = u('> Anything you could offer the group?\n\nA spare 3D printer.');
    expect(o.reply).toBe('A spare 3D printer.');
    expect(o.offers.map((x) => x.text)).toEqual(['A spare 3D printer']);
  });
  it('counter-cases: answers between several quoted questions keep them; a quoted remark with no question stays', () => {
    expect(u('> What can you offer?\nA laser cutter.\n\n> What do you need?\nA treasurer.').reply).toContain('> What do you need?');
    expect(u('> This is what I said last time.\n\nAnd this is what I say now.').reply).toContain('> This is what I said last time.');
  });
});

describe('a check-in rebooked for a new date', () => {
  it('"rebooked for" / "rearranged it for" / "umgebucht" / "reprogramamos" is a reschedule with the new date', () => {
    for (const t of ['The hall double-booked us, so we have rebooked for Saturday 20 March.', 'It rained out. We rearranged it for the 20th.', 'Wir haben den Workshop auf den 20. März umgebucht.', 'Lo reprogramamos para el 20 de marzo.']) {
      const r = u(t, 'check-in');
      expect(r.command, t).toBe('reschedule');
      expect(r.due?.end, t).toBe('2027-03-20');
    }
    // counter-case: booking a room for a date is no move.
    expect(u('I booked the room for the 20th.', 'check-in').command).not.toBe('reschedule');
  });
});

describe('offers', () => {
  it('"I wish to offer my time for X" is an offer, not a promise', () => {
    const r = u('Many thanks for the day. I wish to offer my time for translation at the next meetups.');
    expect(r.offers.map((o) => o.text)).toEqual(['my time for translation at the next meetups']);
    expect(r.commitments).toEqual([]);
    // counter-case: "I wish to thank" offers nothing.
    expect(u('I wish to thank everyone who came.').offers).toEqual([]);
  });
  it('"I\'m a <trade> and happy to X" offers X', () => {
    expect(offers("I'm an electrician by day and glad to check the wiring at the hall.")).toEqual(['check the wiring at the hall']);
    // counter-case: happy to be somewhere is no offer.
    expect(offers("I'm a teacher and happy to be back at school.")).toEqual([]);
  });
  it('"Any group can use it" after the thing adds no second thing; when it sits empty stays with it', () => {
    expect(offers('What I can offer: I look after the parish and we have a hall that sits empty on Tuesday evenings. Any club can use it.')).toEqual(['a hall on Tuesday evenings']);
    // counter-case: "most afternoons" is how often, no part of the thing (round 15).
    expect(offers('What I can offer: we have a projector that sits idle most afternoons.')).toEqual(['a projector']);
  });
  it('examples after a dash closed by "that sort of thing" / "ce genre de choses" are no item of their own', () => {
    const r = u("1. More daytime events.\n2. I can do video - editing, subtitles, thumbnails, that sort of thing.\n3. A quiet room.\n4. I'll film the next meetup on Saturday.");
    expect(r.offers.map((o) => o.text)).toEqual(['do video']);
    // counter-case: a list after a dash with no such closing is left as it was read.
    expect(offers('I can do video.')).toEqual(['do video']);
  });
  it('"I\'ve already cleared it with X" beside the promise is no offer', () => {
    const t = "What a night.\n\nI teach art at the community college. It would be amazing if every art student learned to code a little.\n\nSo: I'm going to bring a few of my students to the next meetup to show the sketches they made. I've already checked it with the dean.\n\nIf anyone has old drawing tablets lying around, we could really use them.";
    const r = u(t);
    expect(r.offers).toEqual([]);
    expect(r.commitments.map((c) => c.action)).toEqual(['bring a few of my students to the next meetup']);
    // counter-case: a short action keeps its purpose.
    expect(actions('I will bring my laptop to fix the wiki.')).toEqual(['bring my laptop to fix the wiki']);
  });
});

describe('a past account beside the answer under the commitment question', () => {
  it('is no second promise', () => {
    expect(actions('> What is one small thing you will do next?\n\nI\'ll publish the slides by Friday. The HDMI adapter was missing so half the talk had no screen, sorry!')).toEqual(['publish the slides']);
    // counter-case: a bare to-do under the question is still the answer.
    expect(actions('> What is one small thing you will do next?\n\nPublish the slides.')).toEqual(['Publish the slides']);
  });
});
