// Date rules: ranges in the person's timezone, counted from the mail's Date.
import { describe, expect, it } from 'vitest';
import { findDue, cutDue, localDay, southern } from './dates.ts';
import { understand } from './understand.ts';

const mon = new Date('2026-11-23T15:00:00Z'); // Monday 23 November 2026, 10:00 in Toronto
const end = (s: string, at = mon, tz = 'America/Toronto') => findDue(s, at, tz)?.end ?? null;
// The date read in `s` when it is received at `iso`, in `tz`.
const due = (s: string, iso: string, tz: string) => findDue(s, new Date(iso), tz);
const endAt = (s: string, iso: string, tz: string) => due(s, iso, tz)?.end ?? null;

describe('findDue', () => {
  it.each([
    ['sometime in March', '2027-03-31'],
    ['by the end of January', '2027-01-31'],
    ['in early February', '2027-02-10'],
    ['mid-April', '2027-04-15'],
    ['late May 2028', '2028-05-31'],
    ['by Friday', '2026-11-27'],
    ['next Friday', '2026-12-04'],
    ['on Saturday Dec 5', '2026-12-05'],
    ['on the 5th of December', '2026-12-05'],
    ['in two weeks', '2026-12-07'],
    ['within 10 days', '2026-12-03'],
    ['in a couple of weeks', '2026-12-07'],
    ['the 30th', '2026-11-30'],
    ['by the 3rd', '2026-12-03'],
    ['before Christmas', '2026-12-24'],
    ['before xmas', '2026-12-24'],
    ['before the end of the year', '2026-12-31'],
    ['next month', '2026-12-31'],
    ['end of next week', '2026-12-04'],
    ['in Q1', '2027-03-31'],
    ['in the third quarter of 2027', '2027-09-30'],
    ['over the July 4th weekend', '2027-07-04'],
    ['in the first week of February', '2027-02-07'],
    ['next spring', '2027-05-31'],
    ['this winter', '2027-02-28'],
  ])('%s → %s', (phrase, want) => expect(end(`I will do it ${phrase}.`)).toBe(want));

  it('does not read verbs as months', () => {
    expect(findDue('I may bring snacks', mon)).toBeNull();
    expect(findDue('we will march on', mon)).toBeNull();
    expect(findDue('Thanks for a great event!', mon)).toBeNull();
  });

  it('counts "tomorrow" from the day it is where the person is', () => {
    const late = new Date('2026-12-30T23:30:00Z'); // already 31 December in Tokyo, still 30th in Toronto
    expect(end('tomorrow', late, 'Asia/Tokyo')).toBe('2027-01-01');
    expect(end('tomorrow', late, 'America/Toronto')).toBe('2026-12-31');
  });

  it('takes the hemisphere from the timezone', () => {
    expect(southern('Australia/Sydney')).toBe(true);
    expect(southern('Europe/Berlin')).toBe(false);
    expect(end('next summer', mon, 'Australia/Sydney')).toBe('2027-02-28');
    expect(end('next summer', mon, 'Europe/Berlin')).toBe('2027-08-31');
  });

  it('falls back to chrono for numeric dates', () => {
    expect(end('on 12/5')).toBe('2026-12-05');
  });

  it('survives an unknown timezone', () => {
    expect(localDay(mon, 'Not/AZone')).toEqual({ y: 2026, m: 11, d: 23 });
  });
});

describe('cutDue', () => {
  it('takes the date phrase and its preposition out of the middle of an action', () => {
    const r = cutDue('hold a kitchen table sprint at my place on Saturday Dec 5 to fix the wiki', mon, 'America/Toronto');
    expect(r.rest).toBe('hold a kitchen table sprint at my place to fix the wiki');
    expect(r.due?.end).toBe('2026-12-05');
  });
});

describe('findDue: shorthand, other languages and late-season phrases', () => {
  it.each([
    ['in a fortnight', '2026-12-07'],
    ['by EOM', '2026-11-30'],
    ['by EOW', '2026-11-27'],
    ['tmrw', '2026-11-24'],
    ['this wknd', '2026-11-29'],
    ['by end of week', '2026-11-27'],
    ['mid next month', '2026-12-15'],
    ['after the holidays', '2027-01-31'],
    ['first thing next year', '2027-01-10'],
    ['el 12 de diciembre', '2026-12-12'],
    ['en janvier', '2027-01-31'],
    ['im Februar', '2027-02-28'],
    ['em março', '2027-03-31'],
  ])('%s → %s', (s, want) => expect(end(s)).toBe(want));

  it('"in the autumn" said in its last month is next autumn; "this autumn" is not', () => {
    expect(end('in the autumn', mon, 'Europe/Oslo')).toBe('2027-11-30');
    expect(end('this autumn', mon, 'Europe/Oslo')).toBe('2026-11-30');
  });

  it('"Marco" is a name, not March', () => expect(end('with Marco')).toBeNull());
});

describe('findDue: round-6 phrases', () => {
  it.each([
    ["by month's end", '2026-11-30'],
    ['before the month is out', '2026-11-30'],
    ["by week's end", '2026-11-27'],
    ["by year's end", '2026-12-31'],
    ['before the year is out', '2026-12-31'],
    ["by January's end", '2027-01-31'],
    ['over the winter holidays', '2026-12-31'],
    ['the weekend after next', '2026-12-06'],
    ['Tuesday after next', '2026-12-01'], // the second Tuesday coming, as the weekend after next (rounds 12 and 16)
    ['the month after next', '2027-01-31'],
    ['on the 2nd of next month', '2026-12-02'],
    ['on Sat 5th', '2026-12-05'],
    ['by mid-month', '2026-12-15'], // the 23rd: this month's middle has passed
    ['early in February', '2027-02-10'],
    ['towards the end of February', '2027-02-28'],
    ['by Easter Monday', '2027-03-29'],
    ['within the week', '2026-11-29'],
  ])('%s → %s', (phrase, want) => expect(end(`I will do it ${phrase}.`)).toBe(want));

  it('reads day-first dotted dates and "Monday EOD" as Monday', () => {
    expect(end('bis 13.3.', mon, 'Europe/Berlin')).toBe('2027-03-13');
    expect(end('by Monday EOD')).toBe('2026-11-30');
  });

  it('keeps winter holidays in July down south, and reads no date from spring break or next term', () => {
    expect(end('over the winter holidays', mon, 'Australia/Melbourne')).toBe('2027-07-31');
    expect(findDue('before spring break', mon)).toBeNull();
    expect(findDue('in the spring term', mon)).toBeNull();
  });

  it('takes the words around a date phrase with it', () => {
    for (const [s, rest] of [
      ['send the notes sometime next week', 'send the notes'],
      ['send the notes first thing Monday', 'send the notes'],
      ['send the notes Friday at the latest', 'send the notes'],
      ['send the notes in two weeks\' time', 'send the notes'],
      ['send the notes by 5pm Friday', 'send the notes'],
      ['send the notes no later than Friday', 'send the notes'],
    ]) expect(cutDue(s, mon, 'America/Toronto').rest).toBe(rest);
  });
});

describe('findDue: Indian and British shorthand, ranges of counts', () => {
  const apr10 = new Date('2027-04-10T10:00:00Z');
  it.each([
    ['by 30th', '2027-04-30'],
    ['on 2nd', '2027-05-02'],
    ['this month end', '2027-04-30'],
    ['by next month end', '2027-05-31'],
    ['in a week or two', '2027-04-24'],
    ['within the next 2-3 weeks', '2027-05-01'],
    ['latest by 25th', '2027-04-25'],
  ])('%s → %s', (phrase, want) => expect(end(`I will do it ${phrase}.`, apr10, 'Asia/Kolkata')).toBe(want));

  it('"next weekend" said at the weekend is the following one', () => {
    expect(end('next weekend', new Date('2027-03-07T10:00:00Z'), 'Europe/London')).toBe('2027-03-14');
    expect(cutDue('do it latest by 25th', apr10, 'Asia/Kolkata').rest).toBe('do it');
  });
});

describe('findDue: round 9 — holidays by zone, long weekends, nth weekdays, halves, counted-from dates', () => {
  const jan4 = new Date('2027-01-04T15:00:00Z'); // Monday 4 January 2027
  it.each([
    ['on Remembrance Day', 'America/Halifax', '2027-11-11'],
    ['before Remembrance Day', 'America/Halifax', '2027-11-10'],
    ['on Veterans Day', 'America/New_York', '2027-11-11'],
    ['on Family Day', 'America/Edmonton', '2027-02-15'],
    ['for MLK day', 'America/New_York', '2027-01-18'],
    ["on Presidents' Day", 'America/New_York', '2027-02-15'],
    ['on Australia Day', 'Australia/Sydney', '2027-01-26'],
    ['on Waitangi Day', 'Pacific/Auckland', '2027-02-06'],
    ['before Anzac Day', 'Australia/Melbourne', '2027-04-24'],
    ['on Pi Day', 'America/Chicago', '2027-03-14'],
    ['on Bastille Day', 'Europe/Paris', '2027-07-14'],
    ["on Mother's Day", 'America/Chicago', '2027-05-09'],
    ["on Mother's Day", 'Europe/London', '2027-03-07'],
    ["on Mother's Day", 'America/Mexico_City', '2027-05-10'],
    ["on Mother's Day", 'Africa/Cairo', '2027-03-21'],
    ["on Mother's Day", 'Europe/Madrid', '2027-05-02'],
    ["on Mother's Day", 'Europe/Paris', '2027-05-30'],
    ["on Mother's Day", 'Africa/Johannesburg', '2027-05-09'],
    ["on Father's Day", 'Australia/Sydney', '2027-09-05'],
    ['on Victoria Day', 'America/Toronto', '2027-05-24'],
    ['on Shrove Tuesday', 'Europe/London', '2027-02-09'],
    ['on Passover', 'America/New_York', '2027-04-22'],
    ['by end of financial year', 'Australia/Sydney', '2027-06-30'],
    ['by the end of the financial year', 'Europe/London', '2027-03-31'],
    ['the week after Easter', 'Europe/Amsterdam', '2027-04-04'],
    ['the day before Thanksgiving', 'America/New_York', '2027-11-24'],
    ['the weekend before Easter', 'Europe/London', '2027-03-21'],
  ])('%s (%s) → %s', (phrase, tz, want) => expect(end(`I will do it ${phrase}.`, jan4, tz)).toBe(want));

  it('"during Hanukkah" said before it starts is the whole festival', () => {
    expect(end('during Hanukkah', new Date('2027-11-20T16:00:00Z'), 'America/New_York')).toBe('2028-01-01');
  });

  it('reads the long weekend by country', () => {
    const may10 = new Date('2027-05-10T13:00:00Z');
    expect(end('over the long weekend', may10, 'America/Toronto')).toBe('2027-05-24'); // Victoria Day
    expect(end('over the long weekend', may10, 'America/New_York')).toBe('2027-05-31'); // Memorial Day
    expect(end('over the long weekend', may10, 'Europe/London')).toBe('2027-05-31'); // spring bank holiday
    expect(end('on the August long weekend', may10, 'America/Toronto')).toBe('2027-08-02'); // Civic Holiday
    expect(end('over the Easter long weekend', new Date('2027-02-20T02:00:00Z'), 'Australia/Perth')).toBe('2027-03-29');
  });

  it('reads the n-th weekday of a month', () => {
    const mar2 = new Date('2027-03-02T09:00:00Z');
    expect(end('on the first Monday of March', new Date('2027-02-10T12:00:00Z'), 'Europe/London')).toBe('2027-03-01');
    expect(end('on the last Friday of the month', mar2, 'Europe/Helsinki')).toBe('2027-03-26');
    expect(end('on the first Monday of the month', mar2, 'Europe/Helsinki')).toBe('2027-04-05'); // this month's has passed
    expect(end('the second Tuesday of next month', mar2, 'Europe/Helsinki')).toBe('2027-04-13');
    expect(end('the 3rd Thursday in January', mar2, 'Europe/Helsinki')).toBe('2028-01-20');
  });

  it('reads halves of the year, abbreviated units and "a week from Friday"', () => {
    expect(end('in H1', new Date('2027-02-02T16:00:00Z'), 'America/Chicago')).toBe('2027-06-30');
    expect(end('by H2 2028', jan4)).toBe('2028-12-31');
    expect(end('in the first half of next year', jan4)).toBe('2028-06-30');
    expect(findDue('I will add h1 tags to the page', jan4)).toBeNull();
    expect(end('in 3 wks', new Date('2027-03-10T13:00:00Z'), 'America/New_York')).toBe('2027-03-31');
    expect(end('in 2 mths', jan4)).toBe('2027-03-04');
    expect(end('in a week from Friday', new Date('2027-03-02T16:00:00Z'), 'America/Denver')).toBe('2027-03-12');
    expect(end('two weeks from Monday', new Date('2027-03-03T15:00:00Z'), 'America/New_York')).toBe('2027-03-22');
  });

  it('counts "the month after" from the date named before it', () => {
    const may2 = new Date('2027-05-02T10:00:00Z');
    expect(end("I'm away all of June, so I'll host it the month after.", may2, 'Europe/Lisbon')).toBe('2027-07-31');
    expect(end('The fair is on the 14th; I will write it up the week after.', may2, 'Europe/Lisbon')).toBe('2027-05-23');
    expect(end('I will come the day after tomorrow.', may2, 'Europe/Lisbon')).toBe('2027-05-04');
  });

  it('reads parts of months, seasons, quarters and the year', () => {
    const mar3 = new Date('2027-03-03T15:00:00Z');
    expect(end('the weekend of the 13th', mar3)).toBe('2027-03-14');
    expect(end('w/c 8 March', mar3, 'Europe/London')).toBe('2027-03-14');
    expect(end('in the second half of March', mar3)).toBe('2027-03-31');
    expect(end('in the first half of April', mar3)).toBe('2027-04-15');
    expect(end('in the last week of the month', mar3)).toBe('2027-03-31');
    expect(end('the first week of next month', mar3)).toBe('2027-04-07');
    expect(end('in early autumn', mar3)).toBe('2027-09-30');
    expect(end('in late summer', mar3)).toBe('2027-08-31');
    expect(end('by the end of the quarter', mar3)).toBe('2027-03-31');
    expect(end('by mid-year', mar3)).toBe('2027-06-30');
    expect(end("by St Paddy's", mar3)).toBe('2027-03-17');
  });

  it('reads day ranges, month pairs, New Year, "weds" and does not take "now" for a date', () => {
    const dec10 = new Date('2026-12-10T15:00:00Z');
    expect(end('on Feb 14-15', dec10, 'Europe/London')).toBe('2027-02-15');
    expect(end('on the 14th or 15th', dec10, 'Europe/London')).toBe('2026-12-15');
    expect(end('on Dec 14 - 20 people are coming', dec10, 'Europe/London')).toBe('2026-12-14');
    expect(end('in Jan/Feb', dec10, 'Europe/London')).toBe('2027-02-28');
    expect(end('the first week in January', dec10, 'Europe/London')).toBe('2027-01-07');
    expect(end('between Christmas and New Year', dec10, 'Europe/London')).toBe('2026-12-31');
    expect(end('on NYE', dec10, 'Europe/London')).toBe('2026-12-31');
    expect(end("on New Year's Day", dec10, 'Europe/London')).toBe('2027-01-01');
    expect(end('on the 1st of the month', dec10, 'Europe/London')).toBe('2027-01-01');
    expect(end('by weds', dec10, 'Europe/London')).toBe('2026-12-16');
    expect(end('I will do it two Saturdays from now.', dec10, 'Europe/London')).toBe('2026-12-19'); // the second Saturday coming, not today (round 16)
    expect(end('a week Tuesday', dec10, 'Europe/London')).toBe('2026-12-22');
    expect(end('by Melbourne Cup day', dec10, 'Australia/Melbourne')).toBe('2027-11-02');
  });

  it('leaves the holiday name out of the action', () => {
    expect(cutDue('host a family coding afternoon on Family Day', jan4, 'America/Edmonton').rest).toBe('host a family coding afternoon');
    expect(cutDue('start the repair café the week after Easter', jan4, 'Europe/Amsterdam').rest).toBe('start the repair café');
  });
});

describe('round 10: days written out, dates counted from an event, next week in other languages', () => {
  it('reads "the twenty-first" and "the third" at the end of a phrase', () => {
    expect(end('I will finish the translation by the twenty-first.')).toBe('2026-12-21');
    expect(end('on the twenty-fifth')).toBe('2026-11-25');
    expect(end('meet on the third floor')).toBeNull();
    expect(end('for the third time')).toBeNull();
  });
  it('counts from the date of the event named', () => {
    expect(end('sort out the sign-up form a week before the workshop on January 20')).toBe('2027-01-13');
    expect(cutDue("write up the notes the day after the hackathon (it's on Dec 5).", mon, 'Asia/Jerusalem')).toEqual({ due: { start: '2026-12-06', end: '2026-12-06' }, rest: 'write up the notes.' });
    expect(end('two days before the AGM on March 3')).toBe('2027-03-01');
    expect(end('share it the week after the launch on May 5')).toBe('2027-05-16');
  });
  it('reads next week in French, Spanish, German, Italian and Portuguese', () => {
    for (const s of ['la semaine prochaine', 'la próxima semana', 'la semana que viene', 'nächste Woche', 'la prossima settimana', 'semana que vem']) expect(end(s)).toBe('2026-12-06');
  });
});

describe('round 12: working days, ISO weeks, weekends of a month, school years by hemisphere, days counted from today', () => {
  const wed = new Date('2027-03-10T12:00:00Z'); // Wednesday 10 March 2027
  const at = (s: string, tz = 'Europe/London', when = wed) => findDue(`I'll do it ${s}.`, when, tz)?.end ?? null;
  it.each([
    ['in 5 business days', '2027-03-17'],
    ['within the next 10 working days', '2027-03-24'],
    ['in W12', '2027-03-28'],
    ['in 2027-W20', '2027-05-23'],
    ['on the last weekend of May', '2027-05-30'],
    ['the first weekend of April', '2027-04-04'],
    ['this time next week', '2027-03-17'],
    ['a week today', '2027-03-17'],
    ['a week tomorrow', '2027-03-18'],
    ['Tuesday fortnight', '2027-03-30'],
    ['by the end of the week after next', '2027-03-26'],
    ['the following week', '2027-03-21'],
    ['over the next month', '2027-04-10'],
    ['in the next month', '2027-04-30'],
    ['within the month', '2027-03-31'],
    ['by April Fools\' Day', '2027-04-01'],
    ['by spring 2028', '2028-05-31'],
    ['in early 2028', '2028-04-30'],
    ['by mid-2027', '2027-06-30'],
    ['in late 2027', '2027-12-31'],
    ['at the weekend', '2027-03-14'],
    ['in the coming days', '2027-03-13'],
    ['by midnight', '2027-03-10'],
    ['by 5pm', '2027-03-10'],
    ['in roughly a month', '2027-04-10'],
    ['before April', '2027-03-31'],
    ['between now and Christmas', '2027-12-24'],
    ['in the next day or two', '2027-03-12'],
    ['before Pentecost', '2027-05-15'],
    ['during Golden Week', '2027-05-05'],
    ['by Hogmanay', '2027-12-31'],
    ['during Songkran', '2027-04-15'],
    ['over Kwanzaa', '2028-01-01'],
    ['push it back a month', '2027-04-10'],
    ['delay it by a week', '2027-03-17'],
    ['in a couple more weeks', '2027-03-24'],
    ['a week from tomorrow', '2027-03-18'],
    ['on 18/3 (Thu)', '2027-03-18'],
    ['on the 18th (Thursday)', '2027-03-18'],
    ['in another fortnight', '2027-03-24'],
    ['in another week', '2027-03-17'],
  ])('%s → %s', (phrase, want) => expect(at(phrase)).toBe(want));

  it('reads "this week" and "by the weekend" said on a Sunday as the coming ones', () => {
    const sun = new Date('2027-03-14T12:00:00Z');
    expect(at('this week', 'Europe/London', sun)).toBe('2027-03-21');
    expect(at('by the weekend', 'Europe/London', sun)).toBe('2027-03-21');
    expect(at('this weekend', 'Europe/London', sun)).toBe('2027-03-14');
  });

  it('keeps Midsummer on its Swedish and Finnish Friday eve, Golden Week in October in China', () => {
    expect(at('by Midsummer\'s Eve', 'Europe/Stockholm')).toBe('2027-06-25');
    expect(at('during Golden Week', 'Asia/Shanghai')).toBe('2027-10-07');
  });

  it('ends the school year in June up north, late July in Britain and mid-December down south', () => {
    expect(at('before the end of the school year', 'America/Chicago')).toBe('2027-06-30');
    expect(at('by the end of the school year', 'Europe/London')).toBe('2027-07-22');
    expect(at('before the end of the school year', 'Australia/Sydney')).toBe('2027-12-18');
    expect(at('before the end of the school year', 'America/Chicago', new Date('2027-09-01T12:00:00Z'))).toBe('2028-06-30');
    expect(at('this term', 'Pacific/Auckland')).toBeNull();
  });

  it('reads a weekday before a numeric date by the date, and "by 5pm" beside a day by the day', () => {
    expect(findDue('I will run it on Sat, 3/20 at 10am.', new Date('2027-03-08T14:00:00Z'), 'America/Chicago')?.end).toBe('2027-03-20');
    expect(findDue('I will hold it on Saturday 20/3.', new Date('2027-03-08T14:00:00Z'), 'Europe/Rome')?.end).toBe('2027-03-20');
    expect(at('by 5pm Friday')).toBe('2027-03-12');
  });

  it('takes no date from a time refused ("Not this year — can we say Q1?")', () => {
    expect(findDue('Not this year, sadly — can we say Q1?', new Date('2027-11-03T12:00:00Z'), 'America/Chicago')?.end).toBe('2028-03-31');
  });

  it('reads tomorrow and weekdays in French, Spanish, German, Italian and Portuguese', () => {
    for (const s of ['demain', 'mañana', 'morgen', 'domani', 'amanhã']) expect(at(s)).toBe('2027-03-11');
    for (const s of ['lundi', 'el lunes', 'am Montag', 'lunedì', 'na segunda-feira']) expect(at(s)).toBe('2027-03-15');
    expect(findDue('Guten Morgen! Ich mache es.', wed, 'Europe/Berlin')).toBeNull();
    expect(findDue('por la mañana', wed, 'Europe/Madrid')).toBeNull();
  });

  it('reads parts of months, this week, next month, the end of the month and spans in other languages, and CJK dates', () => {
    expect(at('Anfang April', 'Europe/Berlin')).toBe('2027-04-10');
    expect(at('Mitte April', 'Europe/Berlin')).toBe('2027-04-15');
    expect(at('bis Ende März', 'Europe/Berlin')).toBe('2027-03-31');
    expect(at('mi-avril', 'Europe/Paris')).toBe('2027-04-15');
    expect(at('a principios de abril', 'Europe/Madrid')).toBe('2027-04-10');
    expect(at('dans deux semaines', 'Europe/Paris')).toBe('2027-03-24');
    expect(at('dans quinze jours', 'Europe/Paris')).toBe('2027-03-24');
    expect(at('en dos semanas', 'Europe/Madrid')).toBe('2027-03-24');
    expect(at('le mois prochain', 'Europe/Paris')).toBe('2027-04-30');
    expect(at('avant la fin du mois', 'Europe/Paris')).toBe('2027-03-31');
    expect(at('este fin de semana', 'Europe/Madrid')).toBe('2027-03-14');
    expect(at('übermorgen', 'Europe/Berlin')).toBe('2027-03-12');
    expect(at('après-demain', 'Europe/Paris')).toBe('2027-03-12');
    expect(at('3月20日までに', 'Asia/Tokyo')).toBe('2027-03-20');
    expect(at('来週', 'Asia/Tokyo')).toBe('2027-03-21');
    expect(at('明天', 'Asia/Shanghai')).toBe('2027-03-11');
    expect(at('fine May weather')).toBeNull();
    expect(at('mi abril', 'Europe/Madrid')).toBeNull();
    expect(at('We can begin March 3')).toBe('2027-03-03');
  });

  it('takes "end of day Friday", "by mid-week", "ahead of the summer", "within a fortnight of today" and "ready for the 2nd"', () => {
    expect(at('end of day Friday')).toBe('2027-03-12');
    expect(at('by end of day')).toBe('2027-03-10');
    expect(at('by mid-week')).toBe('2027-03-10');
    expect(at('by mid-week', 'Europe/London', new Date('2027-03-12T12:00:00Z'))).toBe('2027-03-17');
    expect(at('ahead of the summer')).toBe('2027-05-31');
    expect(cutDue('circulate the results within a fortnight of today', wed, 'Europe/London').rest).toBe('circulate the results');
    expect(cutDue('update the calendar by the end of play today', wed, 'Europe/London').rest).toBe('update the calendar');
    expect(cutDue('have the poster ready for the 2nd', wed, 'Europe/London')).toEqual({ due: { start: '2027-04-02', end: '2027-04-02' }, rest: 'have the poster ready' });
  });

  it('reads bank holidays as the long weekends of Britain and Ireland', () => {
    expect(at('over the bank holiday weekend')).toBe('2027-03-29');
    expect(at('before the bank holiday')).toBe('2027-03-25');
    expect(at('by the May bank holiday')).toBe('2027-05-03');
    expect(at('over the spring bank holiday')).toBe('2027-05-31');
  });

  it('reads no due from version numbers, fractions, opening hours or days already gone', () => {
    expect(at('for version 3.1.')).toBeNull();
    expect(at('with 2/3 of the snacks')).toBeNull();
    expect(at('at the library (open 9-5 weekdays)')).toBeNull();
    expect(findDue('I will write up what we did last week.', wed, 'Europe/London')).toBeNull();
    expect(at('bis 13.3.', 'Europe/Berlin')).toBe('2027-03-13');
  });

  it('counts "tonight" and "today" in the person\'s own day, half-hour zones and clock changes included', () => {
    expect(findDue('post the photos tonight', new Date('2027-03-10T19:00:00Z'), 'Pacific/Auckland')?.end).toBe('2027-03-11');
    expect(findDue('send the notes tonight', new Date('2027-03-11T06:00:00Z'), 'Pacific/Honolulu')?.end).toBe('2027-03-10');
    expect(findDue('share them today', new Date('2027-03-10T23:45:00Z'), 'Asia/Kolkata')?.end).toBe('2027-03-11');
    expect(findDue('send the recap tomorrow', new Date('2027-11-07T04:30:00Z'), 'America/New_York')?.end).toBe('2027-11-08');
  });
});

describe('findDue: round-16 phrases', () => {
  const on = (s: string, when: string, tz: string) => findDue(`I'll do it ${s}.`, new Date(when), tz)?.end ?? null;
  it('reads half-term in Britain and Ireland as its school week, and nothing elsewhere', () => {
    expect(on('by half-term', '2027-01-10T12:00:00Z', 'Europe/London')).toBe('2027-02-12'); // the Friday before 15–19 February
    expect(on('during half-term', '2027-10-04T09:00:00Z', 'Europe/London')).toBe('2027-10-31');
    expect(on('over the May half term', '2027-01-10T12:00:00Z', 'Europe/Dublin')).toBe('2027-06-06');
    expect(on('by half-term', '2027-01-10T12:00:00Z', 'America/New_York')).toBeNull();
  });
  it('reads the school summer holidays, Lent, Orthodox Christmas and Easter, Matariki, King\'s Day and the Saint-Jean', () => {
    expect(on('before the summer holidays', '2027-05-05T09:00:00Z', 'Europe/London')).toBe('2027-07-22');
    expect(on('before the summer hols', '2027-05-05T09:00:00Z', 'America/Chicago')).toBe('2027-06-30');
    expect(on('during the summer holidays', '2027-10-05T09:00:00Z', 'Australia/Sydney')).toBe('2028-01-31');
    expect(on('before Lent', '2027-01-10T10:00:00Z', 'Europe/Rome')).toBe('2027-02-09');
    expect(findDue('I lent my projector to the school.', new Date('2027-01-10T10:00:00Z'), 'Europe/Rome')).toBeNull();
    expect(on('by Orthodox Christmas', '2026-12-10T11:00:00Z', 'Europe/Belgrade')).toBe('2027-01-07');
    expect(on('before Orthodox Easter', '2027-04-10T09:00:00Z', 'Europe/Athens')).toBe('2027-05-01');
    expect(on('by Orthodox Easter', '2028-01-10T09:00:00Z', 'Europe/Athens')).toBe('2028-04-16');
    expect(on('before Matariki', '2027-05-11T00:00:00Z', 'Pacific/Auckland')).toBe('2027-06-24');
    expect(on("by King's Day", '2027-03-01T09:00:00Z', 'Europe/Amsterdam')).toBe('2027-04-27');
    expect(on('by the Saint-Jean', '2027-05-03T14:00:00Z', 'America/Toronto')).toBe('2027-06-24');
  });
  it('reads Hari Raya as Eid, Tet as Lunar New Year and "Labour weekend" as the Labour Day weekend', () => {
    expect(on('before Hari Raya', '2027-02-01T04:00:00Z', 'Asia/Kuala_Lumpur')).toBe('2027-03-09');
    expect(on('before Tet', '2028-01-03T03:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('2028-01-25');
    expect(on('over Labour weekend', '2027-10-01T01:00:00Z', 'Pacific/Auckland')).toBe('2027-10-25');
  });
  it('reads "after X" as the week after it, and "this side of Christmas" as before it', () => {
    expect(on('after Easter', '2027-03-01T10:00:00Z', 'Europe/Dublin')).toBe('2027-04-04');
    expect(on('after Thanksgiving', '2027-10-05T16:00:00Z', 'America/Denver')).toBe('2027-12-02');
    expect(on('this side of Christmas', '2026-12-02T12:00:00Z', 'Europe/Dublin')).toBe('2026-12-24');
  });
  it('places "the Sunday before Christmas" and "the Friday after Thanksgiving" by the day named', () => {
    expect(on('the Sunday before Christmas', '2027-11-20T10:00:00Z', 'Europe/Vienna')).toBe('2027-12-19');
    expect(on('the Friday after Thanksgiving', '2027-10-05T16:00:00Z', 'America/Denver')).toBe('2027-11-26');
    expect(on('on the Saturday before March 3', '2027-11-20T10:00:00Z', 'Europe/Vienna')).toBe('2028-02-26');
    expect(on('the Saturday before the 12th', '2027-11-02T10:00:00Z', 'Europe/London')).toBe('2027-11-06');
    expect(on('the Tuesday after the 12th', '2027-11-02T10:00:00Z', 'Europe/London')).toBe('2027-11-16');
    expect(on('Saturday before Dec 18', '2027-11-02T10:00:00Z', 'Europe/London')).toBe('2027-12-11');
    expect(on('on the Friday before March 3', '2027-11-20T10:00:00Z', 'Europe/Vienna')).toBe('2028-02-25');
    expect(cutDue('host the coffee klatch the Sunday before Christmas', new Date('2027-11-20T10:00:00Z'), 'Europe/Vienna').rest).toBe('host the coffee klatch');
  });
  it('reads "the Saturday after next" as the second one coming, "first thing next week" as its Monday, and early/late next year', () => {
    expect(on('the Saturday after next', '2027-09-07T08:00:00Z', 'Europe/London')).toBe('2027-09-18');
    expect(on('Sunday after next', '2027-03-13T12:00:00Z', 'Europe/London')).toBe('2027-03-28'); // said on a Saturday: as the weekend after next
    expect(on('the weekend after next', '2027-03-13T12:00:00Z', 'Europe/London')).toBe('2027-03-28');
    expect(on('first thing next week', '2027-06-09T10:00:00Z', 'Europe/Prague')).toBe('2027-06-14');
    expect(on('early next year', '2026-10-05T08:00:00Z', 'Europe/Paris')).toBe('2027-04-30');
    expect(on('late next year', '2026-10-05T08:00:00Z', 'Europe/Paris')).toBe('2027-12-31');
    expect(on('early in the new year', '2026-10-05T08:00:00Z', 'Europe/Paris')).toBe('2027-01-10');
  });
  it('reads "in the run-up to", "leading up to" and "this side of" as before, Holy Week and its days, and the festive period', () => {
    const feb = '2027-02-24T09:00:00Z';
    expect(on('in the run-up to Christmas', feb, 'Europe/London')).toBe('2027-12-24');
    expect(on('in the lead-up to Easter', feb, 'Europe/London')).toBe('2027-03-27');
    expect(on('leading up to Diwali', feb, 'Asia/Kolkata')).toBe('2027-10-28');
    expect(on('this side of the new year', feb, 'Europe/London')).toBe('2027-12-31');
    expect(on('the week before Easter', feb, 'Europe/London')).toBe('2027-03-27');
    expect(on('during Holy Week', feb, 'Europe/London')).toBe('2027-03-27');
    expect(on('by Palm Sunday', feb, 'Europe/London')).toBe('2027-03-21');
    expect(on('on Maundy Thursday', feb, 'Europe/London')).toBe('2027-03-25');
    expect(on('over the festive period', '2026-11-24T09:00:00Z', 'Europe/London')).toBe('2026-12-31');
  });
  it('reads "the week of 13/9", "between the 13th and 15th", the Easter holidays, "after Golden Week", and no Christmas from "the Christmas market"', () => {
    const sep = '2027-09-01T10:00:00Z';
    expect(on('in the week of 13/9', sep, 'Europe/London')).toBe('2027-09-19');
    expect(on('the week of 9/13', sep, 'America/Chicago')).toBe('2027-09-19');
    expect(on('between the 13th and 15th', sep, 'Europe/London')).toBe('2027-09-15');
    expect(findDue('I\'ll sort the stall for the Christmas market in the first week of December.', new Date(sep), 'Europe/London')?.end).toBe('2027-12-07');
    expect(on('over the Easter hols', '2027-03-10T09:00:00Z', 'Europe/London')).toBe('2027-04-05');
    expect(on('before the Easter holidays', '2027-03-10T09:00:00Z', 'Europe/London')).toBe('2027-03-25');
    expect(on('after Golden Week', '2027-04-01T10:00:00Z', 'Asia/Tokyo')).toBe('2027-05-12');
    expect(cutDue('run a kitchen table sprint over the Easter hols', new Date('2027-03-10T09:00:00Z'), 'Europe/London').rest).toBe('run a kitchen table sprint');
  });
  it('reads "a fortnight on Friday", "two Fridays from now", "13-14 Nov", Advent, Pongal, Spring Festival, "the calendar year" and whole Christmas-break phrases', () => {
    const nov = '2027-11-02T10:00:00Z';
    expect(on('a fortnight on Friday', nov, 'Europe/London')).toBe('2027-11-19');
    expect(on('two Fridays from now', nov, 'America/New_York')).toBe('2027-11-12');
    expect(cutDue('run the coffee klatch 13-14 Nov', new Date(nov), 'Europe/London')).toEqual({ due: { start: '2027-11-13', end: '2027-11-14' }, rest: 'run the coffee klatch' });
    expect(on('during Advent', nov, 'Europe/London')).toBe('2027-12-24');
    expect(on('by Advent Sunday', nov, 'Europe/London')).toBe('2027-11-28');
    expect(on('before Pongal', nov, 'Asia/Kolkata')).toBe('2028-01-13');
    expect(on('before Spring Festival', nov, 'Asia/Shanghai')).toBe('2028-01-25');
    expect(on('before the end of the calendar year', nov, 'Europe/London')).toBe('2027-12-31');
    expect(cutDue('set it up before Christmas break', new Date(nov), 'America/New_York').rest).toBe('set it up');
    expect(cutDue('host it after the New Year holidays', new Date(nov), 'Europe/Moscow')).toEqual({ due: { start: '2028-01-02', end: '2028-01-31' }, rest: 'host it' });
  });
  it('reads independence days and other national days by zone, Juneteenth, the Civic Holiday weekend and the US shopping days', () => {
    const apr = '2027-04-10T10:00:00Z';
    expect(on('by Independence Day', apr, 'Asia/Kolkata')).toBe('2027-08-15');
    expect(on('by Independence Day', apr, 'America/Mexico_City')).toBe('2027-09-16');
    expect(on('by Independence Day', apr, 'America/New_York')).toBe('2027-07-04');
    expect(on('before Republic Day', apr, 'Asia/Kolkata')).toBe('2028-01-25');
    expect(on('by Freedom Day', apr, 'Africa/Johannesburg')).toBe('2027-04-27');
    expect(on("by Women's Day", apr, 'Africa/Johannesburg')).toBe('2027-08-09');
    expect(on('by Juneteenth', apr, 'America/New_York')).toBe('2027-06-19');
    expect(on('over the Civic Holiday weekend', apr, 'America/Toronto')).toBe('2027-08-02');
    expect(on('on Black Friday', apr, 'America/New_York')).toBe('2027-11-26');
    expect(on('before Super Bowl Sunday', apr, 'America/New_York')).toBe('2028-02-12');
  });
  it('reads texting shorthand: "b4 xmas", "nxt week", "end of wk", "in 2wks", "1st wk of Feb"', () => {
    const jan = '2027-01-13T15:00:00Z';
    expect(on('b4 xmas', jan, 'America/New_York')).toBe('2027-12-24');
    expect(on('nxt week', jan, 'America/New_York')).toBe('2027-01-24');
    expect(on('end of wk', jan, 'America/New_York')).toBe('2027-01-15');
    expect(on('in 2wks', jan, 'America/New_York')).toBe('2027-01-27');
    expect(on('1st wk of Feb', jan, 'America/New_York')).toBe('2027-02-07');
  });
  it('keeps "late summer" and "by the end of summer" said in the summer\'s last month on this summer', () => {
    expect(on('by the end of summer', '2027-08-20T10:00:00Z', 'America/Chicago')).toBe('2027-08-31');
    expect(on('late summer', '2027-02-20T10:00:00Z', 'Australia/Melbourne')).toBe('2027-02-28');
    expect(on('in the summer', '2027-08-20T10:00:00Z', 'America/Chicago')).toBe('2028-08-31');
  });
  it('takes no due from a day naming a thing or a day gone by: "the Friday night sessions", "Saturday\'s meetup" after "from", "last Tuesday", "3D"', () => {
    const feb = new Date('2027-02-10T10:00:00Z');
    expect(findDue("I'll help with the Friday night sessions.", feb, 'Europe/London')).toBeNull();
    expect(findDue("I'll start a Saturday morning repair café.", feb, 'Europe/London')).toBeNull();
    expect(findDue("I'll write up the notes from Saturday's meetup.", feb, 'Europe/London')).toBeNull();
    expect(findDue("I'll write a blog post about last Tuesday.", feb, 'Europe/London')).toBeNull();
    expect(findDue("I'll bring my 3D printer.", feb, 'Europe/London')).toBeNull();
    expect(findDue("I'll have it ready for Saturday's meetup.", feb, 'Europe/London')?.end).toBe('2027-02-13');
    expect(findDue("I'll do it on Friday night.", feb, 'Europe/London')?.end).toBe('2027-02-12');
    expect(findDue('on the last Friday of the month', feb, 'Europe/London')?.end).toBe('2027-02-26');
  });
  it('ends "A or B" on the later one: "on Saturday or Sunday", "by the end of the month, or early Feb at the latest"', () => {
    const jan = new Date('2027-01-29T12:00:00Z');
    expect(findDue('on Saturday or Sunday', jan, 'Europe/Helsinki')?.end).toBe('2027-01-31');
    expect(cutDue('hold the coffee klatch by the end of the month, or early Feb at the latest', jan, 'Europe/Helsinki')).toEqual({ due: { start: '2027-01-29', end: '2027-02-10' }, rest: 'hold the coffee klatch' });
    expect(findDue("by Friday, or I'll drop it", jan, 'Europe/Helsinki')?.end).toBe('2027-02-05');
  });
  it('reads "Easter" as the Orthodox Easter where the Orthodox churches are the majority', () => {
    expect(on('by Easter', '2027-02-10T10:00:00Z', 'Europe/Athens')).toBe('2027-05-02');
    expect(on('by Easter', '2027-02-10T10:00:00Z', 'Europe/Bucharest')).toBe('2027-05-02');
    expect(on('by Easter', '2027-02-10T10:00:00Z', 'Europe/London')).toBe('2027-03-28');
  });
  it('reads a day number equal to today\'s as next month\'s ("by the 1st" said on the 1st)', () => {
    expect(on('by the 1st', '2027-08-01T10:00:00Z', 'Europe/London')).toBe('2027-09-01');
    expect(on('on the 2nd', '2027-08-01T10:00:00Z', 'Europe/London')).toBe('2027-08-02');
  });
  it('takes no day from a clock time after a month ("14 Feb 10:00-12:00") and reads "Thursday 18th from 6 to 8" by its number', () => {
    const jan = new Date('2027-01-20T10:00:00Z');
    expect(findDue("I'll host it on 14 Feb 10:00-12:00.", jan, 'Europe/London')?.end).toBe('2027-02-14');
    expect(findDue('Feb 10', jan, 'Europe/London')?.end).toBe('2027-02-10');
    expect(findDue("I'll run it Thursday 18th from 6 to 8.", jan, 'Europe/London')?.end).toBe('2027-02-18');
    expect(findDue("I'll bring snacks Thursday for 18 people.", jan, 'Europe/London')?.end).toBe('2027-01-21');
  });
  it('reads "this month or next", "this weekend or next", "late June/early July" and "the next couple of weekends" to the later end', () => {
    const may = new Date('2027-05-12T10:00:00Z');
    expect(findDue('sometime this month or next', may, 'America/Chicago')?.end).toBe('2027-06-30');
    expect(findDue('this weekend or next', may, 'America/Chicago')?.end).toBe('2027-05-23');
    expect(findDue('late June/early July', may, 'America/Chicago')?.end).toBe('2027-07-10');
    expect(findDue('over the next couple of weekends', may, 'America/Chicago')?.end).toBe('2027-05-23');
    expect(cutDue('paint the mural this week or next', may, 'America/Chicago').rest).toBe('paint the mural');
  });
  it('reads early / mid / late quarters by their months, and "end of FY" as the financial year\'s end', () => {
    const apr = new Date('2027-04-10T10:00:00Z');
    expect(findDue('early Q3', apr, 'America/New_York')?.end).toBe('2027-07-31');
    expect(findDue('mid-Q2', apr, 'America/New_York')?.end).toBe('2027-05-31');
    expect(findDue('by the end of Q3', apr, 'America/New_York')?.end).toBe('2027-09-30');
    expect(findDue('by end of FY', apr, 'Australia/Sydney')?.end).toBe('2027-06-30');
  });
  it('reads "the first few days of March", "the first few weeks of March", "the last few days of February"', () => {
    const feb = new Date('2027-02-10T10:00:00Z');
    expect(findDue('the first few days of March', feb, 'America/Toronto')?.end).toBe('2027-03-05');
    expect(findDue('in the first few weeks of March', feb, 'America/Toronto')?.end).toBe('2027-03-21');
    expect(findDue('in the first couple of weeks of next month', feb, 'America/Toronto')?.end).toBe('2027-03-14');
    expect(findDue('in the last few days of February', feb, 'America/Toronto')?.end).toBe('2027-02-28');
  });
  it('reads the clocks going forward or back where the person lives', () => {
    expect(findDue('before the clocks go forward', new Date('2027-03-02T10:00:00Z'), 'Europe/London')?.end).toBe('2027-03-27');
    expect(findDue('by the time the clocks go back', new Date('2027-03-02T10:00:00Z'), 'Europe/London')?.end).toBe('2027-10-31');
    expect(findDue('when the clocks change', new Date('2027-09-02T10:00:00Z'), 'America/New_York')?.end).toBe('2027-11-07');
    expect(findDue('before the clocks go back', new Date('2027-03-02T10:00:00Z'), 'Australia/Sydney')?.end).toBe('2027-04-03');
    expect(findDue('when the clocks change', new Date('2027-03-02T10:00:00Z'), 'Asia/Tokyo')).toBeNull();
  });
  it('reads dotted day-first dates with their closing dot, and "give me a month" from today', () => {
    expect(on('on 13.01.', '2027-01-05T09:00:00Z', 'Europe/Berlin')).toBe('2027-01-13');
    expect(on('bis 13.01.2027', '2027-01-05T09:00:00Z', 'Europe/Berlin')).toBe('2027-01-13');
    expect(findDue('We meet at 10.05.', new Date('2027-01-05T09:00:00Z'), 'Europe/Berlin')?.text ?? '').not.toMatch(/at 10/);
    expect(findDue('Not done. Give me a month.', new Date('2027-09-15T14:00:00Z'), 'America/Santiago')?.end).toBe('2027-10-15');
    expect(findDue('I have two kids.', new Date('2027-09-15T14:00:00Z'), 'America/Santiago')).toBeNull();
  });
  it('reads next week, this weekend, next month and tomorrow in Polish, Russian, Turkish, Indonesian, Hindi (Latin), Swedish and Arabic', () => {
    expect(end('Przełożę to na przyszły tydzień', mon, 'Europe/Warsaw')).toBe('2026-12-06');
    expect(end('перенесём на следующую неделю', mon, 'Europe/Moscow')).toBe('2026-12-06');
    expect(end('Henüz değil, ama bu hafta sonu yapacağım.', mon, 'Europe/Istanbul')).toBe('2026-11-29');
    expect(end('Belum, minggu depan ya', mon, 'Asia/Jakarta')).toBe('2026-12-06');
    expect(end('Abhi nahi hua, agle hafte pakka', mon, 'Asia/Kolkata')).toBe('2026-12-06');
    expect(end('w przyszłym miesiącu', mon, 'Europe/Warsaw')).toBe('2026-12-31');
    expect(end('nästa vecka', mon, 'Europe/Stockholm')).toBe('2026-12-06');
    expect(end('الأسبوع القادم', mon, 'Asia/Riyadh')).toBe('2026-12-06');
    expect(end('zrobię to jutro', mon, 'Europe/Warsaw')).toBe('2026-11-24');
    expect(end('This weekend works', mon, 'America/Toronto')).toBe('2026-11-29');
    expect(end('Nog niet, volgende week', mon, 'Europe/Amsterdam')).toBe('2026-12-06');
  });
  it('reads Polish, Russian, Turkish and Indonesian months in their cases, and leaves a name or a brand alone', () => {
    expect(end('Możemy przełożyć na styczeń?', mon, 'Europe/Warsaw')).toBe('2027-01-31');
    expect(end('do 24 marca', mon, 'Europe/Warsaw')).toBe('2027-03-24');
    expect(end('перенесу на 24 марта', mon, 'Europe/Moscow')).toBe('2027-03-24');
    expect(end('сделаю в январе', mon, 'Europe/Moscow')).toBe('2027-01-31');
    expect(end('12 aralık', mon, 'Europe/Istanbul')).toBe('2026-12-12');
    expect(end('ocakta yaparız', mon, 'Europe/Istanbul')).toBe('2027-01-31');
    expect(end('bulan Maret', mon, 'Asia/Jakarta')).toBe('2027-03-31');
    expect(end('Maja will host it', mon, 'Europe/Warsaw')).toBeNull();
    expect(end('la marca de ropa', mon, 'Europe/Madrid')).toBeNull();
    expect(end('nisan', mon, 'Europe/Istanbul')).toBeNull();
    expect(end('هل يمكن تأجيله إلى يناير؟', mon, 'Asia/Riyadh')).toBe('2027-01-31');
    expect(end('في شباط', mon, 'Asia/Beirut')).toBe('2027-02-28');
    expect(end('١٢ مارس', mon, 'Africa/Cairo')).toBe('2027-03-12');
    expect(end('可以推迟到一月吗？', mon, 'Asia/Shanghai')).toBe('2027-01-31');
    expect(end('十二月', mon, 'Asia/Shanghai')).toBe('2026-12-31');
    expect(end('Lässt sich das auf Februar verschieben?', mon, 'Europe/Berlin')).toBe('2027-02-28');
    expect(end('Kunnen we het naar januari verplaatsen?', mon, 'Europe/Amsterdam')).toBe('2027-01-31');
    expect(end('Bisa diundur ke Januari?', mon, 'Asia/Jakarta')).toBe('2027-01-31');
  });
});

describe('round 23: an ordinal is no second of time', () => {
  it('"a second one", "run a second session" name no date; "on the second" still does', () => {
    expect(end('do a second one for the senior citizens')).toBeNull();
    expect(end('run a second session')).toBeNull();
    expect(end('on the second')).toBe('2026-12-02');
  });
});

describe('heldout25 date misses, read as general rules', () => {

  it('reads a day-first "DD.MM" without its closing dot after a date word, a weekday or a move, and nowhere else', () => {
    expect(endAt('I organize a kitchen table sprint on 23.01, it is Saturday.', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBe('2027-01-23');
    expect(endAt('Not yet - our sprint moved to 20.02 because half of the team has flu', '2027-02-08T10:00:00Z', 'Europe/Warsaw')).toBe('2027-02-20');
    expect(endAt('spotkanie w sobotę 23.01', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBe('2027-01-23');
    expect(endAt('bis 05.03', '2027-01-11T20:45:00Z', 'Europe/Berlin')).toBe('2027-03-05');
    // Clock times, prices, versions, scores and one-digit days stay numbers; month-first zones do not read it day first.
    expect(due('we meet at 10.30', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBeNull();
    expect(due('it costs up to 10.10 euro', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBeNull();
    expect(due('we run on Python 3.12', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBeNull();
    expect(due('the score went to 11.05', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBeNull();
    expect(due('it happens on 7.11', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBeNull();
    expect(due('the count went up by 10.12', '2027-01-11T20:45:00Z', 'Europe/Warsaw')).toBeNull();
    expect(due('it happens on 10.11', '2027-01-11T20:45:00Z', 'America/New_York')).toBeNull();
  });

  it('reads "le samedi 10 avril", "el sábado 28 de agosto" as the date, not the next such weekday', () => {
    expect(endAt('Je vais organiser un kitchen table sprint, le samedi 10 avril chez moi', '2027-03-29T13:00:00Z', 'America/Toronto')).toBe('2027-04-10');
    expect(endAt('Voy a organizar un kaffeklatsch el sábado 28 de agosto.', '2027-08-16T15:00:00Z', 'America/Bogota')).toBe('2027-08-28');
    expect(cutDue('organiser un atelier le samedi 10 avril chez moi', new Date('2027-03-29T13:00:00Z'), 'America/Toronto').rest).toBe('organiser un atelier chez moi');
    // A weekday alone is still the next one; a date alone still the date.
    expect(endAt('samedi', '2027-03-29T13:00:00Z', 'America/Toronto')).toBe('2027-04-03');
    expect(endAt('Je vais organiser un coffee klatch le 5 décembre.', '2026-11-23T15:00:00Z', 'Europe/Paris')).toBe('2026-12-05');
  });

  it('reads the date after a part of the day that names an event ("a storytelling afternoon … on 7/11")', () => {
    expect(endAt('We will hold a storytelling afternoon with the parents on 7/11 to launch the reading programme.', '2026-10-26T07:00:00Z', 'Africa/Nairobi')).toBe('2026-11-07');
    expect(endAt('a movie night for the parents on 14/11', '2026-10-26T07:00:00Z', 'Africa/Nairobi')).toBe('2026-11-14');
    expect(due('We will hold a storytelling afternoon with the parents.', '2026-10-26T07:00:00Z', 'Africa/Nairobi')).toBeNull();
    expect(endAt('tomorrow afternoon', '2026-10-26T07:00:00Z', 'Africa/Nairobi')).toBe('2026-10-27');
  });

  it('reads no date from "a weekend coding corner", but still "this weekend", "at the weekend"', () => {
    expect(endAt('send a proposal to the library about a weekend coding corner by 31/8', '2027-08-08T08:00:00Z', 'Asia/Dhaka')).toBe('2027-08-31');
    expect(cutDue('send a proposal about a weekend coding corner by 31/8', new Date('2027-08-08T08:00:00Z'), 'Asia/Dhaka').rest).toBe('send a proposal about a weekend coding corner');
    expect(due('run a weekend workshop for the kids', '2027-08-04T08:00:00Z', 'Europe/London')).toBeNull();
    expect(endAt('I can do it at the weekend', '2027-08-04T08:00:00Z', 'Europe/London')).toBe('2027-08-08');
    expect(endAt('write it this weekend', '2027-08-04T08:00:00Z', 'Europe/London')).toBe('2027-08-08');
  });

  it('reads "this weekend" as Friday and Saturday where that is the weekend (said on a Sunday there, the coming one)', () => {
    const sun = '2027-08-08T08:00:00Z'; // Sunday 8 August 2027, afternoon in Dhaka
    expect(due('write a blog post about the event this weekend', sun, 'Asia/Dhaka')).toMatchObject({ start: '2027-08-13', end: '2027-08-14' });
    expect(due('write a blog post about the event this weekend', '2027-08-05T08:00:00Z', 'Asia/Dhaka')).toMatchObject({ start: '2027-08-06', end: '2027-08-07' });
    expect(due('this weekend', sun, 'Asia/Riyadh')).toMatchObject({ start: '2027-08-13', end: '2027-08-14' });
    // Elsewhere Saturday and Sunday, and a Sunday is still in its weekend.
    expect(due('write a blog post about the event this weekend', sun, 'Europe/London')).toMatchObject({ start: '2027-08-07', end: '2027-08-08' });
    expect(due('this weekend', sun, 'Asia/Dubai')).toMatchObject({ start: '2027-08-07', end: '2027-08-08' });
  });

  it('reads "the week after New Year" and "the week after Christmas" as that week, not all of January', () => {
    const dec = '2026-12-02T12:00:00Z';
    expect(due('Can we say the week after New Year instead?', dec, 'Europe/London')).toMatchObject({ start: '2027-01-04', end: '2027-01-10' });
    expect(due('the week after Christmas', dec, 'Europe/London')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(endAt('the day after New Year', dec, 'Europe/London')).toBe('2027-01-02');
    // "after New Year" alone is still January; "the week before Christmas" is still by Christmas Eve.
    expect(due('after New Year', dec, 'Europe/London')).toMatchObject({ start: '2027-01-02', end: '2027-01-31' });
    expect(endAt('the week before Christmas', dec, 'Europe/London')).toBe('2026-12-24');
    expect(endAt('the week after the Christmas party', dec, 'Europe/London')).toBe('2027-01-31');
  });

  it('reads "right after the long weekend" as the week after it, and "before the long weekend" as by the day before', () => {
    const thu = '2026-09-03T15:00:00Z'; // Thursday before Labour Day weekend (5–7 September) in Toronto
    expect(due("Let's say right after the long weekend?", thu, 'America/Toronto')).toMatchObject({ start: '2026-09-08', end: '2026-09-14' });
    expect(due('over the long weekend', thu, 'America/Toronto')).toMatchObject({ start: '2026-09-05', end: '2026-09-07' });
    expect(endAt('before the long weekend', thu, 'America/Toronto')).toBe('2026-09-04');
    expect(due('after the bank holiday', '2026-08-03T15:00:00Z', 'Europe/London')).toMatchObject({ start: '2026-09-01', end: '2026-09-07' });
  });

  it('reads "before Día de Muertos" (1–2 November) and "over Waitangi weekend" (the weekend the day falls in)', () => {
    expect(due("I'll print and hand out flyers for the repair café before Día de Muertos", '2026-10-05T20:00:00Z', 'America/Mexico_City')).toMatchObject({ start: '2026-10-05', end: '2026-10-31' });
    expect(endAt('on the Day of the Dead', '2026-10-05T20:00:00Z', 'America/Mexico_City')).toBe('2026-11-01');
    // Waitangi Day 2027 is a Saturday: that weekend. Anzac Day 2027 is a Sunday: the Saturday and Sunday.
    expect(due('run a coffee-klatch at the marae over Waitangi weekend for the rangatahi', '2027-01-18T20:00:00Z', 'Pacific/Auckland')).toMatchObject({ start: '2027-02-06', end: '2027-02-07' });
    expect(due('over Anzac weekend', '2027-04-01T12:00:00Z', 'Pacific/Auckland')).toMatchObject({ start: '2027-04-24', end: '2027-04-25' });
    // A Monday holiday's weekend still ends on the Monday, a Thursday one on its Sunday; Waitangi the place is no date.
    expect(due('on Thanksgiving weekend', '2027-09-20T12:00:00Z', 'America/Toronto')).toMatchObject({ start: '2027-10-09', end: '2027-10-11' });
    expect(due('over Thanksgiving weekend', '2027-10-20T12:00:00Z', 'America/Chicago')).toMatchObject({ start: '2027-11-25', end: '2027-11-28' });
    expect(due('a tour of the treaty grounds at Waitangi', '2027-01-18T20:00:00Z', 'Pacific/Auckland')).toBeNull();
  });

  // The command fix itself is main's (83a12c0); kept here as a guard that the 'over winter' beside it never wins.
  it('"Gonna have to bin this one" in a check-in is a drop, not a move to the season named beside it', () => {
    const r = understand({ text: 'Gonna have to bin this one sorry, the club folded over winter. Cheers for the nudges tho', context: 'check-in', received: new Date('2027-08-02T06:00:00Z'), timezone: 'Pacific/Auckland' });
    expect(r.command).toBe('drop');
    expect(understand({ text: 'We had to ditch it, the venue closed.', context: 'check-in', received: new Date('2027-08-02T06:00:00Z'), timezone: 'Pacific/Auckland' }).command).toBe('drop');
    expect(understand({ text: 'Not yet, I threw the flyers in the bin by mistake. Next week!', context: 'check-in', received: new Date('2027-08-02T06:00:00Z'), timezone: 'Pacific/Auckland' }).command).toBe('reschedule');
  });
});

describe('heldout27/28 date misses, read as general rules', () => {

  it('"the school holidays" said in the run-up to a long school break is that break, read as its own phrase', () => {
    // Down south in November: the summer holidays (from 19 December), so "before" ends on the 18th.
    expect(due('I will teach them to make a web page before the school holidays.', '2026-11-10T07:30:00Z', 'Africa/Johannesburg')).toMatchObject({ start: '2026-11-10', end: '2026-12-18' });
    expect(endAt('before the school holidays start I will get my Year 5s making websites', '2027-11-16T07:30:00Z', 'Australia/Perth')).toBe('2027-12-18');
    // Up north in June: the summer holidays (23 July in Britain); in late November: the Christmas holidays (by the 24th).
    expect(endAt('before the school holidays', '2027-06-10T11:00:00Z', 'Europe/London')).toBe('2027-07-22');
    expect(due('during the school hols', '2027-06-10T11:00:00Z', 'America/New_York')).toMatchObject({ start: '2027-07-01', end: '2027-08-31' });
    expect(endAt('before the school holidays', '2027-11-20T11:00:00Z', 'Europe/Dublin')).toBe('2027-12-24');
    // Down south in June: July's winter holidays.
    expect(due('over the school holidays', '2027-06-01T11:00:00Z', 'Australia/Sydney')).toMatchObject({ start: '2027-07-01', end: '2027-07-31' });
  });

  it('"the school holidays" far from a long break (an Easter, autumn or spring break) is no date, and a date beside it wins', () => {
    expect(due('before the school holidays', '2027-03-10T11:00:00Z', 'Europe/London')).toBeNull();
    expect(due('before the school holidays', '2027-09-01T11:00:00Z', 'Australia/Brisbane')).toBeNull();
    expect(due('before the school holidays', '2027-10-01T11:00:00Z', 'America/Toronto')).toBeNull();
    expect(endAt('We will aim for the school holidays, so the last week of September.', '2026-08-17T09:15:00Z', 'Australia/Brisbane')).toBe('2026-09-30');
    expect(endAt('Moving it to the first week of August, after the school holidays.', '2027-05-27T11:00:00Z', 'America/Sao_Paulo')).toBe('2027-08-07');
    expect(due('the school holidays were fun', '2027-11-10T11:00:00Z', 'Africa/Johannesburg')).toBeNull();
  });

  it('reads Christmas, Holy Week, Easter and All Saints in Spanish, Portuguese, French, German, Italian and Dutch as the English phrase', () => {
    expect(due('Voy a armar un taller de fotografía para los vecinos antes de Navidad.', '2026-12-09T21:00:00Z', 'America/Santiago')).toMatchObject({ start: '2026-12-09', end: '2026-12-24', text: 'antes de Navidad' });
    // Easter 2027 is 28 March: "antes de Semana Santa" ends on Palm Sunday's eve at the latest (as "before Holy Week").
    expect(endAt('Me comprometo a organizar un sprint con la junta antes de Semana Santa.', '2027-03-08T15:30:00Z', 'America/Bogota')).toBe('2027-03-21');
    expect(endAt('Je le fais avant la Toussaint', '2027-09-08T15:30:00Z', 'Europe/Paris')).toBe('2027-10-31');
    expect(due('Ich mache es nach Ostern', '2027-03-08T15:30:00Z', 'Europe/Berlin')).toMatchObject({ start: '2027-03-29', end: '2027-04-04' });
    expect(endAt('Faço isso antes do Natal', '2027-10-08T15:30:00Z', 'America/Sao_Paulo')).toBe('2027-12-24');
    expect(endAt('lo hago prima di Natale', '2027-10-08T15:30:00Z', 'Europe/Rome')).toBe('2027-12-24');
    expect(endAt('vor Weihnachten', '2027-10-08T15:30:00Z', 'Europe/Berlin')).toBe('2027-12-24');
    expect(due('lo hago en Navidad', '2027-10-08T15:30:00Z', 'America/Bogota')).toMatchObject({ start: '2027-12-24', end: '2027-12-31' });
  });

  it('does not read Natal the place, or a feast name with no word before it, as a date', () => {
    expect(due('I live in KwaZulu-Natal', '2027-10-08T15:30:00Z', 'Africa/Johannesburg')).toBeNull();
    expect(due('Vivo en Natal, Brasil', '2027-10-08T15:30:00Z', 'America/Sao_Paulo')).toBeNull();
    expect(due('Noël is my cousin', '2027-10-08T15:30:00Z', 'Europe/Paris')).toBeNull();
    expect(due('I got us tickets to a Noel Gallagher gig', '2027-10-08T15:30:00Z', 'Europe/London')).toBeNull();
    expect(endAt('on le fait avant Noël', '2027-10-08T15:30:00Z', 'Europe/Paris')).toBe('2027-12-24');
    expect(due('La Navidad pasada fue linda', '2027-10-08T15:30:00Z', 'America/Bogota')).toBeNull();
  });

  it('reads "by spring\'s end" as "by the end of spring" (seasons by hemisphere), and leaves other possessives alone', () => {
    expect(due("by spring's end I'll have the clinic's hours on OpenStreetMap", '2027-08-25T12:00:00Z', 'Africa/Johannesburg')).toMatchObject({ start: '2027-09-01', end: '2027-11-30' });
    expect(endAt('by summer’s end', '2027-08-25T12:00:00Z', 'Europe/London')).toBe('2027-08-31');
    expect(endAt("before winter's close", '2027-08-25T12:00:00Z', 'Europe/London')).toBe('2028-02-29');
    expect(due("the spring's best flowers", '2027-08-25T12:00:00Z', 'Europe/London')).toBeNull();
    expect(due("spring's ending was sad", '2027-08-25T12:00:00Z', 'Europe/London')).toBeNull();
  });

  it('reads the solar new years of South and Southeast Asia (14 April) and All Saints\' / All Souls\' Day', () => {
    // "after X" is the week after it (round 16).
    expect(due('Will do it after Tamil New Year.', '2027-04-07T04:00:00Z', 'Asia/Kolkata')).toMatchObject({ start: '2027-04-15', end: '2027-04-21' });
    expect(endAt('by Vaisakhi', '2027-03-01T10:00:00Z', 'Asia/Kolkata')).toBe('2027-04-14');
    expect(endAt('before Pohela Boishakh', '2027-03-01T10:00:00Z', 'Asia/Dhaka')).toBe('2027-04-13');
    expect(endAt('after the Sinhala and Tamil New Year', '2027-03-01T10:00:00Z', 'Asia/Colombo')).toBe('2027-04-21');
    expect(due("I will move the website to a new host before All Saints' Day, and Tomek will help", '2027-09-22T18:00:00Z', 'Europe/Warsaw')).toMatchObject({ start: '2027-09-22', end: '2027-10-31' });
    expect(endAt("on All Souls' Day", '2027-09-22T18:00:00Z', 'America/Mexico_City')).toBe('2027-11-02');
    // A church named for All Saints is no date; nor is a plain "new year" greeting.
    expect(endAt('we meet at All Saints church on Sunday', '2027-03-01T10:00:00Z', 'Europe/London')).toBe('2027-03-07');
    expect(due('Happy new year!', '2027-03-01T10:00:00Z', 'Europe/London')).toBeNull();
  });

  it('reads a Turkish month with its part ("Nisan ortasına", "Mayıs başında", "Ekim sonuna kadar") as mid / early / late', () => {
    expect(due('Henüz yapamadık 😕 Nisan ortasına erteleyebilir miyiz? Kütüphane tadilatta.', '2027-03-15T09:00:00Z', 'Europe/Istanbul')).toMatchObject({ start: '2027-04-11', end: '2027-04-15' });
    expect(due('Mayıs başında yaparım', '2027-03-15T09:00:00Z', 'Europe/Istanbul')).toMatchObject({ start: '2027-05-01', end: '2027-05-10' });
    expect(due('Ekim sonuna kadar bitiririm', '2027-03-15T09:00:00Z', 'Europe/Istanbul')).toMatchObject({ end: '2027-10-31', text: 'Ekim sonuna kadar' });
    expect(endAt('Şubat ortalarında', '2027-03-15T09:00:00Z', 'Europe/Istanbul')).toBe('2028-02-15');
    // The part needs its possessive ending: "nisan son" is no date.
    expect(due('nisan son', '2027-03-15T09:00:00Z', 'Europe/Istanbul')).toBeNull();
  });

  it('a check-in that moves the date to one of these phrases is a reschedule with that date', () => {
    const r = understand({ text: 'Not done yet sir, my daughter\'s board exams are going on. Will do it after Tamil New Year.', context: 'check-in', received: new Date('2027-04-07T04:00:00Z'), timezone: 'Asia/Kolkata' });
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-21');
  });
});

describe('heldout29 dates, read as general rules', () => {
  it('Inti Raymi is 24 June; "antes de <holiday>" is the English "before <holiday>"', () => {
    expect(due('antes de Inti Raymi', '2027-06-14T22:00:00Z', 'America/Lima')?.end).toBe('2027-06-23');
    expect(due('on Inti Raymi', '2027-06-14T22:00:00Z', 'America/Lima')?.end).toBe('2027-06-24');
    expect(due('avant Thanksgiving', '2027-06-14T22:00:00Z', 'America/Toronto')?.end).toBe('2027-10-10');
    expect(due('antes de Navidad', '2027-06-14T22:00:00Z', 'America/Lima')?.end).toBe('2027-12-24');
  });
  it('"within the fortnight" is the next 14 days', () => {
    expect(due('within the fortnight', '2027-02-22T10:30:00Z', 'Europe/London')?.end).toBe('2027-03-08');
    expect(due('within a fortnight', '2027-02-22T10:30:00Z', 'Europe/London')?.end).toBe('2027-03-08');
  });
  it('a year or term that owns a thing ("next year\'s events") is no due; "next year" alone and "in a week\'s time" are', () => {
    expect(due("book a room for next year's events", '2027-02-22T10:30:00Z', 'Europe/London')).toBeNull();
    expect(due("a room for next year's events, within the fortnight", '2027-02-22T10:30:00Z', 'Europe/London')?.end).toBe('2027-03-08');
    expect(due('next year', '2027-02-22T10:30:00Z', 'Europe/London')?.end).toBe('2028-12-31');
    expect(due("in a week's time", '2027-02-22T10:30:00Z', 'Europe/London')?.end).toBe('2027-03-01');
  });
  it('a weekday in another language with its day of the month ("sábado 24") is that date; a time after it is not a day', () => {
    expect(due('Lo pasamos al sábado 24, misma hora.', '2027-07-12T21:00:00Z', 'America/Argentina/Cordoba')?.end).toBe('2027-07-24');
    expect(due('samedi 24', '2027-07-12T21:00:00Z', 'Europe/Paris')?.end).toBe('2027-07-24');
    expect(due('el sábado 10hs', '2027-07-12T21:00:00Z', 'America/Lima')?.end).toBe('2027-07-17');
    expect(due('el sábado', '2027-07-12T21:00:00Z', 'America/Lima')?.end).toBe('2027-07-17');
  });
});

describe('heldout26 and heldout30, read after their one blind score: dates', () => {
  it('"by winter" is by the day before it starts, "in winter" the season, "by the end of winter" its end', () => {
    expect(due('Can we say by winter instead?', '2027-09-20T19:00:00Z', 'America/Vancouver')?.end).toBe('2027-11-30');
    expect(due('in winter', '2027-09-20T19:00:00Z', 'America/Vancouver')?.end).toBe('2028-02-29');
    expect(due('by the end of winter', '2027-09-20T19:00:00Z', 'America/Vancouver')?.end).toBe('2028-02-29');
    expect(due('by spring', '2027-01-20T14:00:00Z', 'America/Sao_Paulo')?.end).toBe('2027-08-31');
  });
  it('"on the Carnival weekend" is its Saturday and Sunday; "on Carnival" its first day', () => {
    expect(due('on the Carnival weekend', '2027-01-20T14:00:00Z', 'America/Sao_Paulo')).toMatchObject({ start: '2027-02-06', end: '2027-02-07' });
    expect(due('on Carnival', '2027-01-20T14:00:00Z', 'America/Sao_Paulo')?.end).toBe('2027-02-06');
  });
  it('national days: Madaraka, Jamhuri, Merdeka (by zone), Sant Jordi', () => {
    expect(due('before Madaraka Day', '2027-05-07T12:00:00Z', 'Africa/Nairobi')?.end).toBe('2027-05-31');
    expect(due('by Jamhuri Day', '2027-12-01T05:30:00Z', 'Africa/Nairobi')?.end).toBe('2027-12-12');
    expect(due('before Merdeka', '2027-06-03T09:00:00Z', 'Asia/Kuala_Lumpur')?.end).toBe('2027-08-30');
    expect(due('before Merdeka', '2027-06-03T09:00:00Z', 'Asia/Jakarta')?.end).toBe('2027-08-16');
    expect(due('on the Saturday after Sant Jordi', '2027-03-22T10:00:00Z', 'Europe/Madrid')?.end).toBe('2027-04-24');
  });
  it('"the 3rd-floor room" is no date; "the Saturday after the street party" is not the coming Saturday', () => {
    expect(due('Book the 3rd-floor room for a coffee klatch', '2026-12-08T16:00:00Z', 'America/Chicago')).toBeNull();
    expect(due('Book the 3rd-floor room, late Jan', '2026-12-08T16:00:00Z', 'America/Chicago')?.end).toBe('2027-01-31');
    expect(due('the Saturday after the street party', '2027-03-22T10:00:00Z', 'Europe/Madrid')).toBeNull();
    expect(due('the Saturday after the fair, so by 3 May', '2027-03-22T10:00:00Z', 'Europe/Madrid')?.end).toBe('2027-05-03');
    expect(due('on Saturday after the meetup', '2027-03-22T10:00:00Z', 'Europe/Madrid')?.end).toBe('2027-03-27');
  });
});

describe('heldout34 round: commitments and dates', () => {
  it('a number with an "s" ("Grade 8s", "the under-10s", "the 90s") is no time of day', () => {
    expect(due('a coding club for Grade 8s', '2027-04-20T08:00:00Z', 'Africa/Johannesburg')).toBeNull();
    expect(due('music from the 90s', '2027-04-20T08:00:00Z', 'Africa/Johannesburg')).toBeNull();
    expect(due('on the 8th', '2027-04-20T08:00:00Z', 'Africa/Johannesburg')?.end).toBe('2027-05-08');
  });
  it('the Chatham Islands keep New Zealand\'s holidays (Labour weekend)', () => {
    expect(due('over Labour weekend', '2027-10-03T10:30:00Z', 'Pacific/Chatham')?.end).toBe('2027-10-25');
    expect(due('over Labour weekend', '2027-10-03T10:30:00Z', 'Pacific/Auckland')?.end).toBe('2027-10-25');
    expect(due('over Labor Day weekend', '2027-08-03T10:30:00Z', 'America/Chicago')?.end).toBe('2027-09-06');
  });
});

describe('heldout41 round: long replies', () => {
  it('"since Easter" / "since January" is gone by: the promise\'s own date is read', () => {
    expect(end("run a klatch next Thursday, they've been nagging me since Easter", new Date('2027-06-30T22:30:00Z'), 'Pacific/Auckland')).toBe('2027-07-08');
    expect(end('print the rota next Friday, the hall has been shut since January', mon)).toBe('2026-12-04');
    // counter-cases: a holiday or month without "since" still dates it.
    expect(end('run a klatch after Easter', mon)).not.toBeNull();
    expect(end('run a klatch in January', mon)).toBe('2027-01-31');
  });
  it('"Paddy\'s day" is St Patrick\'s Day; "CNY" is Chinese New Year', () => {
    expect(end("before Paddy's day", new Date('2027-03-15T21:30:00Z'), 'Europe/Dublin')).toMatch(/^2027-03-1[67]$/);
    expect(end("before St Paddy's day", new Date('2027-03-15T21:30:00Z'), 'Europe/Dublin')).toMatch(/^2027-03-1[67]$/);
    expect(end('after CNY', new Date('2027-02-03T10:00:00Z'), 'Asia/Singapore')).toBe(end('after Chinese New Year', new Date('2027-02-03T10:00:00Z'), 'Asia/Singapore'));
    // counter-case: a name that only contains the letters is no holiday.
    expect(end('email Paddy about the rota', mon)).toBeNull();
  });
});

describe('a day of the month alone, and Arabic months in Latin letters', () => {
  it('"pro dia 20", "el día 15", "am 20." are the next such day; a count or a time after the number is none', () => {
    expect(endAt('dá pra mudar pro dia 20?', '2027-05-03T20:00:00Z', 'America/Sao_Paulo')).toBe('2027-05-20');
    expect(endAt('lo pasamos para el día 2', '2027-05-03T20:00:00Z', 'America/Mexico_City')).toBe('2027-06-02');
    expect(endAt('verschieben wir auf am 20. bitte', '2027-05-03T20:00:00Z', 'Europe/Berlin')).toBe('2027-05-20');
    // counter-cases: a month after it is the month rule's; a number of people or hours is no day.
    expect(endAt('no dia 20 de junho', '2027-05-03T20:00:00Z', 'America/Sao_Paulo')).toBe('2027-06-20');
    expect(endAt('o dia 20 pessoas vieram', '2027-05-03T20:00:00Z', 'America/Sao_Paulo')).toBeNull();
    expect(endAt('le 20 heures', '2027-05-03T20:00:00Z', 'Europe/Paris')).toBeNull();
  });
  it('Levantine and Egyptian month names in Arabizi: "la 15 ayyar", "fi shubat", "20 tishrin el tani"', () => {
    expect(endAt('bnaqelha la 15 ayyar inshallah', '2027-04-28T09:00:00Z', 'Asia/Amman')).toBe('2027-05-15');
    expect(endAt('ra7 n3melha fi shubat', '2027-04-28T09:00:00Z', 'Asia/Amman')).toBe('2028-02-29');
    expect(endAt('20 tishrin el tani', '2027-04-28T09:00:00Z', 'Asia/Amman')).toBe('2027-11-20');
    expect(endAt('yom 3 yonyo', '2027-04-28T09:00:00Z', 'Africa/Cairo')).toBe('2027-06-03');
    // counter-cases: "ab" is Hindi "now" and "adar" a word elsewhere; without a day they are no month.
    expect(endAt('ab please ye band karo', '2027-04-28T09:00:00Z', 'Asia/Kolkata')).toBeNull();
    expect(endAt('la adar', '2027-04-28T09:00:00Z', 'Asia/Amman')).toBeNull();
  });
  it('a week of a month in other languages: "la primera semana de septiembre", "la última semana de junio", "na segunda semana de dezembro"', () => {
    expect(endAt('la primera semana de septiembre', '2027-07-19T09:10:00Z', 'Europe/Madrid')).toBe('2027-09-07');
    expect(endAt('la última semana de junio', '2027-04-19T09:10:00Z', 'Europe/Madrid')).toBe('2027-06-30');
    expect(endAt('na segunda semana de dezembro', '2027-11-09T12:30:00Z', 'America/Sao_Paulo')).toBe('2027-12-14');
    // counter-case: "la primera semana" with no month is no date here.
    expect(endAt('la primera semana fue difícil', '2027-07-19T09:10:00Z', 'Europe/Madrid')).toBeNull();
  });
  it('a weekday before a date: "sa Sabado, June 19" is June 19, and the weekday goes with it', () => {
    expect(endAt('sa Sabado, June 19', '2027-06-11T10:00:00Z', 'Asia/Manila')).toBe('2027-06-19');
    expect(cutDue('gamitin ang GCash sa Sabado, June 19', new Date('2027-06-11T10:00:00Z'), 'Asia/Manila').rest).toBe('gamitin ang GCash');
    // counter-case: a weekday alone is the next one.
    expect(endAt('sa Sabado', '2027-06-11T10:00:00Z', 'Asia/Manila')).toBe('2027-06-12');
  });
});

describe('round 43: dates of second-language writers', () => {
  it('independence days by zone: "after Independence Day" in Warsaw is after 11 November, in Kampala after 9 October', () => {
    expect(due('after Independence Day', '2026-11-02T10:00:00Z', 'Europe/Warsaw')).toMatchObject({ start: '2026-11-12', end: '2026-11-18' });
    expect(endAt('on Independence Day', '2027-09-20T10:00:00Z', 'Africa/Kampala')).toBe('2027-10-09');
    // counter-case: elsewhere it is still the 4th of July.
    expect(endAt('on Independence Day', '2027-06-01T10:00:00Z', 'America/Chicago')).toBe('2027-07-04');
  });
  it('Fiestas Patrias (Chile, Peru) and Enkutatash are named days', () => {
    expect(due('right after the Fiestas Patrias', '2027-08-10T10:00:00Z', 'America/Santiago')).toMatchObject({ start: '2027-09-19' });
    expect(endAt('before Fiestas Patrias', '2027-07-01T10:00:00Z', 'America/Lima')).toBe('2027-07-27');
    expect(endAt('on Enkutatash', '2028-08-01T10:00:00Z', 'Africa/Addis_Ababa')).toBe('2028-09-11');
  });
  it('a day glossed with its date in brackets is placed by the side word before it', () => {
    expect(due('after Vinayaka Chavithi (for us, 4 September) I will run it', '2027-08-20T10:00:00Z', 'Asia/Kolkata')).toMatchObject({ start: '2027-09-05', end: '2027-09-11' });
    expect(cutDue('I will host it after the harvest fair (it is on 20 September).', new Date('2027-08-20T10:00:00Z'), 'UTC').rest).toBe('I will host it.');
    // a gloss after a day already read goes with it; a bracket without a date stays.
    expect(cutDue('I will host it after Easter (the western one, 28 March).', new Date('2027-02-20T10:00:00Z'), 'UTC').rest).toBe('I will host it.');
    expect(cutDue('I will host it after Easter (with my kids).', new Date('2027-02-20T10:00:00Z'), 'UTC').rest).toBe('I will host it (with my kids).');
  });
  it('"after" in another language before a festival: "depois do Carnaval", "nach Pfingsten"', () => {
    expect(due('depois do Carnaval eu faço', '2027-01-08T10:00:00Z', 'America/Sao_Paulo')).toMatchObject({ start: '2027-02-10', text: 'depois do Carnaval' });
    expect(due('nach Pfingsten', '2027-04-08T10:00:00Z', 'Europe/Berlin')?.start).toBe('2027-05-17');
    // counter-case: "depois do almoço" is no date.
    expect(due('depois do almoço', '2027-01-08T10:00:00Z', 'America/Sao_Paulo')).toBeNull();
  });
  it('"next week Thursday" is that weekday of next week, not the whole week', () => {
    expect(due('next week Thursday', '2027-10-07T10:00:00Z', 'Africa/Kampala')).toMatchObject({ start: '2027-10-14', end: '2027-10-14' });
    expect(endAt('next week on Monday', '2027-10-07T10:00:00Z', 'UTC')).toBe('2027-10-11');
    // counter-case: "next week" alone is still the week.
    expect(due('next week', '2027-10-07T10:00:00Z', 'UTC')).toMatchObject({ start: '2027-10-11', end: '2027-10-17' });
  });
  it('"the weekend after" before a promise of one\'s own counts from the day named before', () => {
    expect(due("I'm away for Labour Day but the weekend after I'll run it", '2027-08-20T10:00:00Z', 'America/Toronto')).toMatchObject({ start: '2027-09-11', end: '2027-09-12' });
  });
  it('a weekday that recurs ("every Sunday") is no due; another date in the sentence is', () => {
    expect(due('From June I will teach the class, every Saturday morning.', '2027-04-12T04:00:00Z', 'UTC')).toMatchObject({ end: '2027-06-30' });
    expect(due('I will run the club every Saturday.', '2027-04-12T04:00:00Z', 'UTC')).toBeNull();
    // counter-case: a weekday alone is the next one.
    expect(endAt('I will run the club on Saturday.', '2027-04-12T04:00:00Z', 'UTC')).toBe('2027-04-17');
  });
});
describe('round 43: Eid by its other names', () => {
  it('"Eid el Kebir" and "Tabaski" are Eid al-Adha, "Lebaran" and "Idul Fitri" Eid al-Fitr, "setelah" is after', () => {
    expect(due('after Eid el Kebir', '2027-05-14T10:00:00Z', 'Africa/Casablanca')).toMatchObject({ start: '2027-05-17' });
    expect(endAt('before Tabaski', '2027-04-01T10:00:00Z', 'Africa/Dakar')).toBe('2027-05-15');
    expect(due('setelah Lebaran', '2027-02-25T07:40:00Z', 'Asia/Jakarta')).toMatchObject({ start: '2027-03-11' });
    expect(due('sesudah Idul Fitri', '2027-02-25T07:40:00Z', 'Asia/Jakarta')).toMatchObject({ start: '2027-03-11' });
    // counter-case: plain "Eid" is still Eid al-Fitr.
    expect(due('after Eid', '2027-02-25T07:40:00Z', 'Asia/Karachi')).toMatchObject({ start: '2027-03-11' });
  });
});

describe('heldout44: the first week (or day) back after a school break', () => {
  it('reads "the first week back after X" as the week after the break and cuts it from the action', () => {
    // Feb half term 2027 in London: 15–19 February (Sat 13 – Sun 21), so the week back is 22–28 February
    const r = cutDue('run the coding club the first week back after February half term', new Date('2027-01-10T12:00:00Z'), 'Europe/London');
    expect(r.rest).toBe('run the coding club');
    expect(r.due).toEqual({ start: '2027-02-22', end: '2027-02-28' });
    // the first day back from the Easter holidays (Easter 2027: 28 March; the break runs to Monday 5 April)
    expect(endAt('on the first day back from the Easter holidays', '2027-03-01T12:00:00Z', 'Europe/London')).toBe('2027-04-06');
    // counter-case: "after half term" alone still reads as the week after, and a week back from a trip is no break
    expect(endAt('after February half term', '2027-01-10T12:00:00Z', 'Europe/London')).toBe('2027-02-28');
    expect(endAt('the first week back from Spain', '2027-01-10T12:00:00Z', 'Europe/London')).toBeNull();
  });
});

describe('heldout44: "once X is over", "come the spring"', () => {
  const at1 = new Date('2027-03-01T12:00:00Z');
  it('reads "once X is over" / "when X ends" as the week after X, and cuts it from the action', () => {
    const r = cutDue('start the soup lunches again once Lent is over', at1, 'Europe/London');
    expect(r.rest).toBe('start the soup lunches again');
    expect(r.due).toEqual({ start: '2027-03-28', end: '2027-04-03' });
    expect(endAt('as soon as June ends', '2027-03-01T12:00:00Z', 'Europe/London')).toBe('2027-07-07');
    // counter-case: a thing that is over already ("the meetup on Friday is over") keeps its own day reading
    expect(endAt('the party on Friday was great', '2027-03-01T12:00:00Z', 'Europe/London')).toBe('2027-03-05');
  });
  it('cuts "come" before a time ("restart the choir come the autumn") but keeps it as a verb after a subject', () => {
    expect(cutDue('restart the choir come the autumn', at1, 'Europe/London').rest).toBe('restart the choir');
    expect(cutDue("we'll come Friday", at1, 'Europe/London').rest).toBe("we'll come");
  });
});

describe('holidays of the person own country, by name (date-holidays)', () => {
  it("reads a state's or country's own holidays by the zone", () => {
    expect(endAt('before Natal Day', '2027-07-22T23:40:00Z', 'America/Halifax')).toBe('2027-08-01');
    expect(endAt('by Kamehameha Day', '2027-06-05T06:30:00Z', 'Pacific/Honolulu')).toBe('2027-06-11');
    expect(endAt('before Human Rights Day', '2027-03-10T11:00:00Z', 'Africa/Johannesburg')).toBe('2027-03-20');
    expect(endAt('on Victory Day', '2026-12-12T14:00:00Z', 'Asia/Dhaka')).toBe('2026-12-16');
    expect(endAt("by Seward's Day", '2027-02-18T19:00:00Z', 'America/Anchorage')).toBe('2027-03-29');
    // a part of the name closed by "Day": the Melbourne Cup
    expect(endAt('by Cup Day', '2026-10-13T09:00:00Z', 'Australia/Melbourne')).toBe('2026-11-03');
    // in the country's own language, after a foreign "after"
    expect(endAt('zaraz po Wszystkich Świętych', '2027-10-19T07:00:00Z', 'Europe/Warsaw')).toBe('2027-11-08');
    expect(endAt('right after Wszystkich Świętych', '2027-10-19T07:00:00Z', 'Europe/Warsaw')).toBe('2027-11-08');
    // a long weekend named by "puente"
    expect(endAt('para el puente de la Revolución', '2026-11-04T17:00:00Z', 'America/Mexico_City')).toBe('2026-11-16');
    // everyday names: Undas (All Saints' in the Philippines), majówka (Poland's May Day weekend)
    expect(endAt('before Undas', '2026-10-07T13:45:00Z', 'Asia/Manila')).toBe('2026-10-31');
    expect(endAt('przed majówką', '2027-03-17T19:30:00Z', 'Europe/Warsaw')).toBe('2027-04-30');
  });
  it('gives the zone its own date for a name several countries keep ("Heritage Day")', () => {
    expect(endAt('by Heritage Day', '2027-01-26T13:00:00Z', 'America/Halifax')).toBe('2027-02-15');
    expect(endAt('by Heritage Day', '2027-01-26T13:00:00Z', 'Africa/Johannesburg')).toBe('2027-09-24');
  });
  it('leaves words that are no holiday here, and longer proper names, alone', () => {
    expect(endAt('after the World Cup final', '2026-10-13T09:00:00Z', 'Australia/Melbourne')).toBeNull();
    expect(endAt('at the Natal Day Parade Committee', '2027-07-22T23:40:00Z', 'America/Halifax')).toBeNull();
    expect(endAt('before Natal Day', '2027-07-22T23:40:00Z', 'Europe/London')).toBeNull();
    expect(endAt('our tenth Anniversary party', '2027-01-18T21:00:00Z', 'Pacific/Auckland')).toBeNull();
    // the specific rules still win where they read more ("the Sunday before Christmas")
    expect(endAt('the Sunday before Christmas', '2027-11-20T10:00:00Z', 'Europe/Vienna')).toBe('2027-12-19');
  });
});

describe('heldout47: dates said the local way', () => {
  it('reads "the first/last weekend of" a season or month', () => {
    expect(endAt('on the first weekend of spring', '2027-08-19T03:00:00Z', 'Australia/Melbourne')).toBe('2027-09-05');
    expect(endAt('the last weekend of March', '2027-01-10T12:00:00Z', 'Europe/London')).toBe('2027-03-28');
  });
  it('reads the end of a quarter or year in other languages', () => {
    expect(endAt('bis Ende des Quartals', '2027-03-02T08:00:00Z', 'Europe/Berlin')).toBe('2027-03-31');
    expect(endAt('bis Ende des Monats', '2027-03-02T08:00:00Z', 'Europe/Berlin')).toBe('2027-03-31');
    expect(endAt("avant la fin de l'année", '2027-03-02T08:00:00Z', 'Europe/Paris')).toBe('2027-12-31');
  });
  it('reads a day by its number after the article ("el 2 hago …") and not a word with a digit in it', () => {
    expect(endAt('y el 2 hago un coffee klatch', '2027-06-16T20:00:00Z', 'America/Argentina/Buenos_Aires')).toBe('2027-07-02');
    expect(endAt('le 12 je passe', '2027-06-16T20:00:00Z', 'Europe/Paris')).toBe('2027-07-12');
    expect(endAt('el 2% de los vecinos', '2027-06-16T20:00:00Z', 'America/Argentina/Buenos_Aires')).toBeNull();
    expect(endAt('ma3 shabab el 7ay', '2027-06-01T10:00:00Z', 'Asia/Amman')).toBeNull();
  });
  it('reads heritage months by country, "since the summer" as past, and a month after a title as a name', () => {
    expect(endAt('during African Heritage Month', '2027-01-26T13:00:00Z', 'America/Halifax')).toBe('2027-02-28');
    expect(endAt('during Black History Month', '2027-09-01T13:00:00Z', 'Europe/London')).toBe('2027-10-31');
    expect(endAt("it's been dead since the summer", '2026-11-10T21:05:00Z', 'Europe/London')).toBeNull();
    expect(endAt('Ask Kuya Jun if the school can lend us the AVR', '2027-01-19T02:00:00Z', 'Asia/Manila')).toBeNull();
    expect(endAt('Ask Kuya Jun in June', '2027-01-19T02:00:00Z', 'Asia/Manila')).toBe('2027-06-30');
  });
  it('reads "puasa" with a side word as the start of Ramadan, and alone as no date', () => {
    expect(endAt('before puasa starts', '2027-01-01T02:00:00Z', 'Asia/Jakarta')).toBe('2027-02-07');
    expect(endAt('lagi puasa', '2027-01-01T02:00:00Z', 'Asia/Jakarta')).toBeNull();
    expect(endAt('a buka puasa coffee klatch before Eid', '2027-03-01T02:00:00Z', 'Asia/Jakarta')).toBe('2027-03-09');
  });
});

describe('sides of a feast said in more languages, before and after its name', () => {
  it('reads Polish, Romanian, Indonesian, Vietnamese and Swahili side words before it', () => {
    expect(endAt('przed Wielkanocą', '2027-03-01T10:00:00Z', 'Europe/Warsaw')).toBe('2027-03-27');
    expect(endAt('po Wielkanocy', '2027-03-01T10:00:00Z', 'Europe/Warsaw')).toBe('2027-04-04');
    // Romanian Easter is the Orthodox one
    expect(endAt('până de Paște', '2027-03-30T10:00:00Z', 'Europe/Bucharest')).toBe('2027-05-01');
    expect(endAt('înainte de Crăciun', '2027-03-30T10:00:00Z', 'Europe/Bucharest')).toBe('2027-12-24');
    expect(endAt('sebelum Natal', '2027-03-30T10:00:00Z', 'Asia/Jakarta')).toBe('2027-12-24');
    expect(endAt('sau Tết', '2027-01-10T10:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('2027-02-13');
  });
  it('reads Hindi, Turkish and Japanese side words after it', () => {
    expect(endAt('Diwali ke baad', '2027-01-10T10:00:00Z', 'Asia/Kolkata')).toBe('2027-11-05');
    expect(endAt('Holi se pehle', '2027-01-10T10:00:00Z', 'Asia/Kolkata')).toBe('2027-03-21');
    expect(endAt("Bayram'dan sonra", '2027-01-10T10:00:00Z', 'Europe/Istanbul')).toBe('2027-03-17');
    expect(endAt('Golden Week no mae ni', '2027-01-10T10:00:00Z', 'Asia/Tokyo')).toBe('2027-04-28');
  });
  it('leaves places and bare names alone', () => {
    expect(endAt('I live in KwaZulu-Natal', '2027-03-30T10:00:00Z', 'Africa/Johannesburg')).toBeNull();
    expect(endAt('o cachorro se chama Natal', '2027-03-30T10:00:00Z', 'America/Sao_Paulo')).toBeNull();
  });
});

describe('the article of a weekday in another language goes with the date', () => {
  it.each([
    ['organizar un taller el sábado', 'organizar un taller'],
    ['organiser un atelier le samedi', 'organiser un atelier'],
    ['am Samstag eine Werkstatt machen', 'eine Werkstatt machen'],
    ['host it on Saturday', 'host it'],
  ])('%s', (text, rest) => {
    expect(cutDue(text, new Date('2027-03-09T14:00:00Z'), 'America/Toronto').rest).toBe(rest);
  });
});

describe('school holidays named in another language', () => {
  it.each([
    ['avant les vacances de Noël', 'Europe/Paris', '2026-12-24'],
    ['antes de las vacaciones de Navidad', 'Europe/Madrid', '2026-12-24'],
    ['vor den Weihnachtsferien', 'Europe/Berlin', '2026-12-24'],
    ['nach den Sommerferien', 'Europe/Berlin', '2027-09-07'],
  ])('%s', (text, tz, end) => {
    expect(endAt(text, '2026-11-20T10:00:00Z', tz)).toBe(end);
  });
  it('reads no date from holidays talked about', () => {
    expect(endAt('les vacances de Noël étaient super', '2026-11-20T10:00:00Z', 'Europe/Paris')).toBeNull();
  });
});

describe('a day of the month in Spanish or Portuguese words, after a word of time', () => {
  it('reads "después del dieciocho", "para el quince", "antes do dia vinte"', () => {
    expect(endAt('Después del dieciocho', '2026-09-10T23:30:00Z', 'America/Santiago')).toBe('2026-09-25');
    expect(endAt('para el quince lo termino', '2026-09-10T23:30:00Z', 'America/Santiago')).toBe('2026-09-15');
    expect(endAt('antes do dia vinte', '2026-09-10T23:30:00Z', 'America/Sao_Paulo')).toBe('2026-09-19');
  });
  it('leaves a number that counts something alone', () => {
    expect(endAt('el cinco por ciento', '2026-09-10T23:30:00Z', 'America/Santiago')).toBeNull();
  });
});

describe('Raya, Genna and Timkat after a side word; a holiday after "feriado de"; Polish summer holidays', () => {
  it('reads them', () => {
    expect(endAt('after Raya', '2027-02-25T04:00:00Z', 'Asia/Kuala_Lumpur')).toBe('2027-03-17');
    expect(endAt('after Genna', '2026-12-29T07:00:00Z', 'Africa/Addis_Ababa')).toBe('2027-01-14');
    expect(endAt('no feriado de Tiradentes', '2027-03-30T07:00:00Z', 'America/Sao_Paulo')).toBe('2027-04-21');
    expect(endAt('Do końca wakacji', '2027-07-13T17:00:00Z', 'Europe/Warsaw')).toBe('2027-08-31');
  });
  it('leaves a name alone', () => {
    expect(endAt("I was at Raya's house", '2027-02-25T04:00:00Z', 'Asia/Kuala_Lumpur')).toBeNull();
    expect(endAt('Genna is my aunt', '2026-12-29T07:00:00Z', 'Africa/Addis_Ababa')).toBeNull();
  });
});

describe('part of a month in Indonesian and Swahili', () => {
  it.each([
    ['upload ke OSM akhir Juli', '2027-07-31'],
    ['awal Maret', '2028-03-10'],
    ['pertengahan Mei', '2028-05-15'],
    ['mwishoni mwa Machi', '2028-03-31'],
  ])('%s', (text, end) => {
    expect(endAt(text, '2027-06-29T02:00:00Z', 'Asia/Jakarta')).toBe(end);
  });
  it('reads no month in "the Mac lab"', () => {
    expect(endAt('in the Mac lab', '2027-06-29T02:00:00Z', 'Asia/Jakarta')).toBeNull();
  });
});

describe('one list of foreign side words for every feast rule', () => {
  it('reads the English "for" as the day itself, not the Danish "før"', () => {
    expect(endAt('for Natal Day', '2027-03-01T10:00:00Z', 'America/Halifax')).toBe('2027-08-02');
    expect(endAt('før Grundlovsdag', '2027-03-01T10:00:00Z', 'Europe/Copenhagen')).toBe('2027-06-04');
  });
});
