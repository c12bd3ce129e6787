// Round 59's phenomena (heldout59 x59-01…35: check-ins and invitations in less-used languages), each in new words, with a
// counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'check-in', timezone = 'Europe/Berlin') => understand({ text, received, timezone, context });
const cmd = (text: string, timezone?: string, context: ReplyContext = 'check-in') => {
  const r = u(text, context, timezone);
  return [r.command, r.due?.end ?? null];
};
const end = (text: string, timezone: string, at = received) => cutDue(text, at, timezone).due?.end ?? null;

describe('heldout59: done, not yet, drop and stop words', () => {
  it('a done word standing first (Hungarian, Romanian, Catalan, Basque, Thai, Hindi, Hebrew)', () => {
    expect(cmd('Kész, a térkép fent van a wikin.', 'Europe/Budapest')[0]).toBe('done');
    expect(cmd('Gata! Atelierul a avut 12 participanți.', 'Europe/Bucharest')[0]).toBe('done');
    expect(cmd('Fet, ja tenim el mapa penjat.', 'Europe/Madrid')[0]).toBe('done');
    expect(cmd('Eginda, eskerrik asko!', 'Europe/Madrid')[0]).toBe('done');
    expect(cmd('ทำเสร็จแล้วครับ', 'Asia/Bangkok')[0]).toBe('done');
    expect(cmd('काम हो गया, धन्यवाद!', 'Asia/Kolkata')[0]).toBe('done');
    expect(cmd('סיימנו! היו עשרים משתתפים.', 'Asia/Jerusalem')[0]).toBe('done');
    // counter-cases: "ready" mid-sentence and a negated Thai done are no done
    expect(cmd('Sunt gata să încep luna viitoare, dar nu am început.', 'Europe/Bucharest')[0]).not.toBe('done');
    expect(cmd('ยังไม่เสร็จเลยครับ', 'Asia/Bangkok')[0]).toBe('not-yet');
  });
  it('not yet (Estonian, Lithuanian, Czech, Hebrew, Persian, Hindi, Bengali, Welsh, Catalan)', () => {
    for (const [t, tz] of [['Veel mitte, kahjuks.', 'Europe/Tallinn'], ['Dar ne, atsiprašau.', 'Europe/Vilnius'], ['Zatím ne, mám hodně práce.', 'Europe/Prague'],
      ['עדיין לא, מצטער.', 'Asia/Jerusalem'], ['هنوز نه، ببخشید.', 'Asia/Tehran'], ['अभी तक नहीं, माफ़ कीजिए।', 'Asia/Kolkata'], ['এখনও না, দুঃখিত।', 'Asia/Dhaka'],
      ['Dim eto, mae gen i arholiadau.', 'Europe/London'], ['Encara no, ho sento.', 'Europe/Madrid']] as const) expect(cmd(t, tz)[0]).toBe('not-yet');
  });
  it('drop and stop (Estonian, Bengali, Hebrew, Slovak, Czech)', () => {
    expect(cmd('Pean selle kahjuks ära jätma, aega pole.', 'Europe/Tallinn')[0]).toBe('drop');
    expect(cmd('এটা বাদ দাও, সময় নেই।', 'Asia/Dhaka')[0]).toBe('drop');
    expect(cmd('אני מבטלת, אין לי זמן.', 'Asia/Jerusalem')[0]).toBe('drop');
    expect(cmd('Prosím, neposílejte mi už ty e-maily.', 'Europe/Prague')[0]).toBe('stop');
    expect(cmd('Už nám žiadne správy neposielajte.', 'Europe/Bratislava')[0]).toBe('stop');
    // counter-case: a drop-by is no drop
    expect(cmd('Padaryta! Ačiū.', 'Europe/Vilnius')[0]).not.toBe('drop');
  });
});

describe('heldout59: a new date in other languages', () => {
  it('feasts with side words read as the English phrase', () => {
    expect(end('ennen juhannusta', 'Europe/Helsinki')).toBe('2027-06-24');
    expect(end('iki Joninių', 'Europe/Vilnius')).toBe('2027-06-24');
    expect(end('po Vánocích', 'Europe/Prague')).toBe(end('after Christmas', 'Europe/Prague'));
    expect(end('până la Mărțișor', 'Europe/Bucharest', new Date('2027-02-10T10:00:00Z'))).toBe('2027-03-01');
    expect(end('πριν το Πάσχα', 'Europe/Athens')).toBe('2027-05-01');
    expect(end('אחרי פסח', 'Asia/Jerusalem')).toBe('2027-05-06');
    expect(end('दिवाली के बाद', 'Asia/Kolkata')).toBe('2027-11-05');
    expect(end('হোলির আগে', 'Asia/Kolkata')).toBe('2027-03-21');
    // counter-case: December in Finnish is no Christmas, and a feast with no side word is no date
    expect(end('joulukuussa', 'Europe/Helsinki')).not.toBe('2027-12-24');
    expect(end('פסח היה נחמד', 'Asia/Jerusalem')).toBe(null);
  });
  it('"the week after" a festival of several days starts after its last day', () => {
    expect(cutDue('the week after Sukkot', new Date('2027-09-01T10:00:00Z'), 'Asia/Jerusalem').due?.end).toBe('2027-10-31');
    expect(cutDue('after Hanukkah', new Date('2027-11-01T10:00:00Z'), 'America/New_York').due?.end).toBe('2028-01-08');
  });
  it('Hindi, Welsh and Thai months; the end of the month in Hungarian and Finnish', () => {
    expect(end('दिसंबर के अंत तक', 'Asia/Kolkata')).toBe('2027-12-31');
    expect(end('15 अप्रैल', 'Asia/Kolkata')).toBe('2027-04-15');
    expect(end('erbyn diwedd mis Gorffennaf', 'Europe/London')).toBe('2027-07-31');
    expect(end('5 พ.ค. 2570', 'Asia/Bangkok')).toBe('2027-05-05');
    expect(end('a hónap végére', 'Europe/Budapest')).toBe('2027-03-31');
    expect(end('kuun loppuun mennessä', 'Europe/Helsinki')).toBe('2027-03-31');
    // counter-case: Welsh "Mawrth" without "mis" is Tuesday, not March
    expect(end('dydd Mawrth', 'Europe/London')).not.toBe('2027-03-31');
  });
  it('a not-yet with a promise and a date, or a move word with a date, is a reschedule', () => {
    expect(cmd('Zatím ne, ale do konce dubna to udělám.', 'Europe/Prague')).toEqual(['reschedule', '2027-04-30']);
    expect(cmd('Még nem, de a hónap végéig befejezem.', 'Europe/Budapest')).toEqual(['reschedule', '2027-03-31']);
    expect(cmd('अभी नहीं। दिसंबर के अंत तक कर दूंगा।', 'Asia/Kolkata')).toEqual(['reschedule', '2027-12-31']);
    expect(cmd('Ei vielä. Siirretään juhannuksen jälkeen?', 'Europe/Helsinki')[0]).toBe('reschedule');
    expect(cmd('Dar ne. Perkelkime iki Joninių.', 'Europe/Vilnius')).toEqual(['reschedule', '2027-06-24']);
    expect(cmd('Dim eto. Allwn ni symud i ddiwedd mis Ebrill?', 'Europe/London')).toEqual(['reschedule', '2027-04-30']);
    // counter-case: a not-yet with no date stays a not-yet
    expect(cmd('Még nem, de befejezem.', 'Europe/Budapest')[0]).toBe('not-yet');
  });
});

describe('heldout59: invitations, needs and losses', () => {
  it('coming, and bringing a thing, in Lithuanian, Czech, Finnish and Hebrew; a negated one is no yes', () => {
    expect(u('Ateisiu su malonumu!', 'invitation', 'Europe/Vilnius').command).toBe('join');
    expect(u('Přijdu! Přinesu prodlužovačku.', 'invitation', 'Europe/Prague').commitments.map((c) => c.action)).toEqual(['Přinesu prodlužovačku']);
    expect(u('Tulen! Tuomme kakun.', 'invitation', 'Europe/Helsinki').commitments.map((c) => c.action)).toEqual(['Tuomme kakun']);
    expect(u('אגיע בשמחה', 'invitation', 'Asia/Jerusalem').command).toBe('join');
    expect(u('לא אגיע, סליחה', 'invitation', 'Asia/Jerusalem').command).toBe(null);
  });
  it('Hindi "X ढूँढ रहा हूँ" / "X चाहिए" is a need; a lost key looked for in the past is not', () => {
    expect(u('हमें एक प्रोजेक्टर चाहिए।', 'ask', 'Asia/Kolkata').needs.map((n) => n.text)).toEqual(['एक प्रोजेक्टर']);
    expect(u('अभी नहीं। कुछ वॉलंटियर ढूँढ रही हूँ।', 'check-in', 'Asia/Kolkata').needs.map((n) => n.text)).toEqual(['कुछ वॉलंटियर']);
    expect(u('मैं अपनी चाबी ढूँढ रहा था।', 'ask', 'Asia/Kolkata').needs).toEqual([]);
  });
  it('"no X anymore" is a loss, not a need; "no X" still is', () => {
    expect(u('We have no room for the workshop any more since the library closed.', 'ask').needs).toEqual([]);
    expect(u('We have no space for the tool library.', 'ask').needs.length).toBe(1);
  });
});
