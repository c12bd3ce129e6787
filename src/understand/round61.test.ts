// Round 61's phenomena (heldout61: dates that are hard to get right), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const u = (text: string, context: ReplyContext, received: string, timezone: string) => understand({ text, received: new Date(received), timezone, context });
const acts = (text: string, received: string, timezone: string) => u(text, 'ask', received, timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);
const cmd = (text: string, received: string, timezone: string) => { const r = u(text, 'check-in', received, timezone); return [r.command, r.due?.end ?? null]; };
const due = (text: string, received: string, timezone: string) => findDue(text, new Date(received), timezone);

describe('heldout61: dates', () => {
  it('"American / US / Canadian Thanksgiving" goes by the country named, not the zone', () => {
    expect(due('by US Thanksgiving', '2027-11-01T12:00:00Z', 'America/Vancouver')?.end).toBe('2027-11-25');
    expect(due('before Canadian Thanksgiving', '2027-09-01T12:00:00Z', 'America/Chicago')?.end).toBe('2027-10-10');
    // counter-case: a bare Thanksgiving in Canada stays Canada's
    expect(due('by Thanksgiving', '2027-09-01T12:00:00Z', 'America/Vancouver')?.end).toBe('2027-10-11');
  });
  it('seasons in Spanish, Portuguese, French, Italian, German and Dutch, by hemisphere', () => {
    expect(due('neste inverno', '2027-04-02T12:00:00Z', 'America/Sao_Paulo')?.end).toBe('2027-08-31');
    expect(due('en otoño', '2027-03-02T12:00:00Z', 'Europe/Madrid')?.end).toBe('2027-11-30');
    expect(due("l'été prochain", '2027-03-02T12:00:00Z', 'Europe/Paris')?.end).toBe('2027-08-31');
    expect(due('im Frühling', '2027-01-12T12:00:00Z', 'Europe/Berlin')?.end).toBe('2027-05-31');
    expect(due('deze zomer', '2027-01-12T12:00:00Z', 'Europe/Amsterdam')?.end).toBe('2027-08-31');
    // counter-cases: a season word as part of a thing ("cours d'été"), an Italian "estate" that is English
    expect(due("je donne un cours d'été", '2027-03-02T12:00:00Z', 'Europe/Paris')).toBeNull();
    expect(due('we met the estate agent', '2027-03-02T12:00:00Z', 'Europe/Rome')).toBeNull();
  });
  it('Japanese nth and last weekday of next / this month', () => {
    expect(due('来月の第三水曜日', '2027-05-20T03:00:00Z', 'Asia/Tokyo')?.end).toBe('2027-06-16');
    expect(due('今月の最終土曜日', '2027-05-20T03:00:00Z', 'Asia/Tokyo')?.end).toBe('2027-05-29');
  });
  it('the nth weekday of next / this month in Spanish, French, German, Portuguese, Italian, Chinese and Korean', () => {
    expect(due('el segundo martes del mes que viene', '2027-05-20T12:00:00Z', 'Europe/Madrid')?.end).toBe('2027-06-08');
    expect(due('le dernier jeudi du mois prochain', '2027-05-20T12:00:00Z', 'Europe/Paris')?.end).toBe('2027-06-24');
    expect(due('am dritten Montag im nächsten Monat', '2027-05-20T12:00:00Z', 'Europe/Berlin')?.end).toBe('2027-06-21');
    expect(due('o primeiro domingo do mês que vem', '2027-05-20T12:00:00Z', 'America/Sao_Paulo')?.end).toBe('2027-06-06');
    expect(due("l'ultimo venerdì di questo mese", '2027-05-20T12:00:00Z', 'Europe/Rome')?.end).toBe('2027-05-28');
    expect(due('下个月的第二个星期三', '2027-05-20T03:00:00Z', 'Asia/Shanghai')?.end).toBe('2027-06-09');
    expect(due('다음 달 마지막 일요일', '2027-05-20T03:00:00Z', 'Asia/Seoul')?.end).toBe('2027-06-27');
    // counter-case: a named month keeps its own reading
    expect(due('el primer sábado de julio', '2027-05-20T12:00:00Z', 'Europe/Madrid')?.end).toBe('2027-07-03');
  });
  it('"the Saturday after Labor Day" is not "the day after Labor Day"', () => {
    expect(due('the Sunday after Memorial Day', '2027-05-01T12:00:00Z', 'America/Denver')?.end).toBe('2027-06-06');
    expect(due('the day after Memorial Day', '2027-05-01T12:00:00Z', 'America/Denver')?.end).toBe('2027-06-01');
  });
  it('"el puente del Pilar" in Spain, a Tuesday holiday bridged from Saturday; Pilar the person is no holiday', () => {
    expect(due('para el puente del Pilar', '2027-09-20T12:00:00Z', 'Europe/Madrid')).toMatchObject({ start: '2027-10-09', end: '2027-10-12' });
    expect(due('antes de la Hispanidad', '2027-09-20T12:00:00Z', 'Europe/Madrid')?.end).toBe('2027-10-11');
    expect(due('hablo con Pilar', '2027-09-20T12:00:00Z', 'Europe/Madrid')).toBeNull();
  });
  it('"dentro de / daqui a N semanas"', () => {
    expect(due('daqui a três semanas', '2027-06-01T12:00:00Z', 'America/Sao_Paulo')?.end).toBe('2027-06-22');
    expect(due('dentro de dos semanas', '2027-06-01T12:00:00Z', 'Europe/Madrid')?.end).toBe('2027-06-15');
  });
  it('a date corrected on the spot: "Thursday, wait, Friday", "Monday — sorry, Tuesday"', () => {
    expect(acts("I'll drop the banners at the hall on Thursday, wait, Friday.", '2027-06-01T12:00:00Z', 'Europe/London')).toEqual([['drop the banners at the hall', '2027-06-04']]);
    expect(acts("I'll print the zines on Monday -- sorry, Tuesday.", '2027-06-01T12:00:00Z', 'Europe/London')).toEqual([['print the zines', '2027-06-08']]);
    // counter-case: "wait" followed by no date leaves the first day
    expect(acts("I'll print the zines on Monday, wait for me.", '2027-06-01T12:00:00Z', 'Europe/London')[0]?.[1]).toBe('2027-06-07');
  });
});

describe('heldout61: check-ins moved to a new date', () => {
  it('not happening, then a bare or proposed date, is a move', () => {
    expect(cmd("Sunday's session isn't going to happen. The one after?", '2027-06-01T12:00:00Z', 'Europe/London')[0]).not.toBe('reschedule');
    expect(cmd("Sunday isn't going to happen, sorry. Wednesday?", '2027-06-01T12:00:00Z', 'Europe/London')).toEqual(['reschedule', '2027-06-02']);
    expect(cmd("Not happening this week. Let's say the Friday after Memorial Day.", '2027-05-04T12:00:00Z', 'America/Denver')).toEqual(['reschedule', '2027-06-04']);
    // counter-case: a past day said after it is no new date
    expect(cmd("It's not happening. Sunday was a washout.", '2027-06-01T12:00:00Z', 'Europe/London')[0]).toBe('drop');
  });
  it('"pode ficar para daqui a três semanas?" after a not-yet', () => {
    expect(cmd('Ainda não! Fica para daqui a três semanas?', '2027-06-01T12:00:00Z', 'America/Sao_Paulo')).toEqual(['reschedule', '2027-06-22']);
  });
  it('half done, "the second session is on the 20th" is a new date; "the first one was" is not', () => {
    expect(cmd('Half done: ran part one last week, the other session is on the 20th.', '2027-06-01T12:00:00Z', 'Africa/Lagos')).toEqual(['reschedule', '2027-06-20']);
    expect(cmd('Not yet - the first session was on the 20th.', '2027-06-01T12:00:00Z', 'Africa/Lagos')[0]).toBe('not-yet');
  });
  it('"¿Lo pasamos al puente del Pilar?" is a move to that long weekend', () => {
    expect(cmd('Imposible esta semana. ¿Lo movemos al puente del Pilar?', '2027-09-28T12:00:00Z', 'Europe/Madrid')).toEqual(['reschedule', '2027-10-12']);
  });
});

describe('heldout61: promises and joins in the present, in other languages', () => {
  it('a French or Italian present dated just before its verb is a promise', () => {
    expect(acts('Samedi je distribue les tracts au marché.', '2027-06-01T12:00:00Z', 'Europe/Paris')).toEqual([['distribue les tracts au marché', '2027-06-05']]);
    expect(acts('Sabato prossimo porto le sedie alla biblioteca.', '2027-06-01T12:00:00Z', 'Europe/Rome')).toEqual([['porto le sedie alla biblioteca', '2027-06-05']]);
    // counter-cases: undated, and a verb of being or going
    expect(acts('Je distribue les tracts au marché.', '2027-06-01T12:00:00Z', 'Europe/Paris')).toEqual([]);
    expect(acts('Samedi je prends le train pour Lyon.', '2027-06-01T12:00:00Z', 'Europe/Paris')).toEqual([]);
  });
  it('"Anyway I\'m doing X tomorrow" is a dated plan', () => {
    expect(acts("Long week. Anyway I'm painting the banner tomorrow.", '2027-06-01T12:00:00Z', 'Europe/London')).toEqual([['painting the banner', '2027-06-02']]);
  });
  it('Nepali "ma aauchhu" / "म आउँछु" is a join; "aaudina" is not', () => {
    expect(u('Hajur, ma pani aauchhu!', 'invitation', '2027-06-01T04:00:00Z', 'Asia/Kathmandu').command).toBe('join');
    expect(u('म आउँछु 🙏', 'invitation', '2027-06-01T04:00:00Z', 'Asia/Kathmandu').command).toBe('join');
    expect(u('Sorry, ma aaudina.', 'invitation', '2027-06-01T04:00:00Z', 'Asia/Kathmandu').command).toBeNull();
  });
  it('"Can offer X free of charge on weekends" keeps the time and drops "offer"', () => {
    expect(u('Can offer the meeting room free of charge on Sundays.', 'ask', '2027-06-01T12:00:00Z', 'Europe/London').offers.map((o) => o.text)).toEqual(['the meeting room on Sundays']);
    // counter-case: a question is no offer of the room
    expect(u('Can offer the meeting room free of charge on Sundays?', 'ask', '2027-06-01T12:00:00Z', 'Europe/London').offers.map((o) => o.text)).not.toEqual(['the meeting room on Sundays']);
  });
});
