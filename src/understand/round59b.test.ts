// Round 59's phenomena (heldout59, cases 36–70: invitations and asks in less-used languages), each in new words, with a
// counter-case that must not fire.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => c.action);
const items = (text: string, slot: 'offers' | 'needs' | 'wishes', timezone?: string) => u(text, 'ask', timezone)[slot].map((o) => o.text);
const end = (text: string, timezone: string) => findDue(text, received, timezone)?.end ?? null;

describe('heldout59b: first-person futures in more languages', () => {
  it('Catalan -ré, Lithuanian -siu, Welsh "bydda i\'n", Basque "-tuko dut", Swahili "nitabeba", Hebrew "אני א…", Hindi "-ूँगी"', () => {
    expect(acts('Organitzaré un club de lectura a la biblioteca.', 'ask', 'Europe/Madrid')).toEqual(['Organitzaré un club de lectura a la biblioteca']);
    expect(acts('Suorganizuosiu dirbtuves mūsų mokykloje.', 'ask', 'Europe/Vilnius')).toEqual(['Suorganizuosiu dirbtuves mūsų mokykloje']);
    expect(acts("Bydda i'n trefnu cyfarfod yn y llyfrgell.")).toEqual(['trefnu cyfarfod yn y llyfrgell']);
    expect(acts('Tailer bat antolatuko dut liburutegian.', 'ask', 'Europe/Madrid')).toEqual(['Tailer bat antolatuko dut liburutegian']);
    expect(acts('Nitabeba projekta yangu.', 'ask', 'Africa/Nairobi')[0]).toMatch(/beba projekta yangu$/);
    expect(acts('אני אכין מצגת לקבוצה.', 'ask', 'Asia/Jerusalem')).toEqual(['אכין מצגת לקבוצה']);
    expect(acts('मैं बच्चों के लिए एक पोस्टर बनाऊँगी।', 'ask', 'Asia/Kolkata')).toEqual(['बच्चों के लिए एक पोस्टर बनाऊँगी']);
  });
  it('counter-cases: trying, coming and being there are no promise', () => {
    expect(acts('Intentaré venir a la trobada.', 'ask', 'Europe/Madrid')).toEqual([]);
    // a past tense that looks like a future: Portuguese "adorei", Spanish "reparé" after "he"/"ya"
    expect(acts('Adorei o encontro de ontem.', 'ask', 'America/Sao_Paulo')).toEqual([]);
    expect(acts('Ya reparé las dos bicis del barrio.', 'ask', 'Europe/Madrid')).toEqual([]);
    expect(acts('Pabandysiu ateiti į susitikimą.', 'ask', 'Europe/Vilnius')).toEqual([]);
    expect(acts('Nitajaribu kuja kesho.', 'ask', 'Africa/Nairobi')).toEqual([]);
    expect(acts('אני אנסה להגיע למפגש.', 'ask', 'Asia/Jerusalem')).toEqual([]);
    expect(acts('मैं ज़रूर आऊँगी।', 'ask', 'Asia/Kolkata')).toEqual([]);
    // "maybe" in the person's language takes the promise back
    expect(acts('Potser organitzaré un taller al maig.', 'ask', 'Europe/Madrid')).toEqual([]);
    expect(acts('מחר אולי אני אכין מצגת לקבוצה.', 'ask', 'Asia/Jerusalem')).toEqual([]);
    expect(acts('मैं शायद बच्चों के लिए एक पोस्टर बनाऊँगी।', 'ask', 'Asia/Kolkata')).toEqual([]);
    // Bengali puts its "not" after the verb: "আর করব না" (I won't do it any more).
    expect(acts('আমি এই কাজটা আর করব না।', 'ask', 'Asia/Dhaka')).toEqual([]);
  });
});

describe('heldout59b: joins in more languages', () => {
  it('Czech "Budu tam", Hungarian "Ott leszünk", Welsh "Byddwn ni yno", Catalan "Compteu amb mi", Hebrew "אני בפנים"', () => {
    expect(u('Budu tam, díky!', 'invitation', 'Europe/Prague').command).toBe('join');
    expect(u('Ott leszünk a gyerekekkel!', 'invitation', 'Europe/Budapest').command).toBe('join');
    expect(u('Byddwn ni yno!', 'invitation').command).toBe('join');
    expect(u('Compteu amb mi!', 'invitation', 'Europe/Madrid').command).toBe('join');
    expect(u('אנחנו בפנים!', 'invitation', 'Asia/Jerusalem').command).toBe('join');
  });
  it('counter-cases: "Nebudu tam", "Ezin dut joan" are no join', () => {
    expect(u('Bohužel nebudu tam.', 'invitation', 'Europe/Prague').command).not.toBe('join');
    expect(u('Ezin dut joan, sentitzen dut.', 'invitation', 'Europe/Madrid').command).not.toBe('join');
  });
});

describe('heldout59b: offers, needs and wishes in more languages', () => {
  it('"can lend / give / bring X" and "I need X"', () => {
    expect(items('Voin lainata porakoneen.', 'offers', 'Europe/Helsinki')).toEqual(['porakoneen']);
    expect(items('Gallaf gynnig lifft i\'r dref.', 'offers')).toEqual(["lifft i'r dref"]);
    expect(items('আমি ল্যাপটপ দিতে পারি।', 'offers', 'Asia/Dhaka')).toEqual(['ল্যাপটপ']);
    expect(items('Necessitem cadires, si algú en té.', 'needs', 'Europe/Madrid')).toEqual(['cadires']);
    expect(items('हमें एक प्रोजेक्टर चाहिए।', 'needs', 'Asia/Kolkata')).toEqual(['एक प्रोजेक्टर']);
  });
  it('a relative clause after a comma is one need; "és" / "dan" join a list', () => {
    expect(items('Potřebujeme někoho, kdo umí Python.', 'needs', 'Europe/Prague')).toEqual(['někoho, kdo umí Python']);
    expect(items('Saya boleh bawa teh dan biskut.', 'offers', 'Asia/Kuala_Lumpur')).toEqual(['teh', 'biskut']);
  });
  it('wishes: "मेरी इच्छा है कि X", "Harap X", a head "Nire nahia:"', () => {
    expect(items('मेरी इच्छा है कि हर स्कूल में एक लाइब्रेरी हो।', 'wishes', 'Asia/Kolkata')).toEqual(['हर स्कूल में एक लाइब्रेरी हो']);
    expect(items('Harap setiap sekolah ada makmal komputer.', 'wishes', 'Asia/Kuala_Lumpur')).toEqual(['setiap sekolah ada makmal komputer']);
    expect(items('Nire nahia: herri guztietan liburutegi bat.', 'wishes', 'Europe/Madrid')).toEqual(['herri guztietan liburutegi bat']);
    // counter-case: wanting to come oneself is no wish
    expect(items('Mi-ar plăcea să venim, dar suntem plecați.', 'wishes', 'Europe/Bucharest')).toEqual([]);
  });
});

describe('heldout59b: dates said in the person\'s language', () => {
  it('a side word with a feast or a day, before or after it', () => {
    expect(end('ennen itsenäisyyspäivää', 'Europe/Helsinki')).toBe('2027-12-05');
    expect(end('होली से पहले', 'Asia/Kolkata')).toBe('2027-03-21');
    expect(end('לפני פסח', 'Asia/Jerusalem')).toBe('2027-04-21');
    expect(end('cyn Dydd Gŵyl Dewi', 'Europe/London')).toBe('2028-02-29');
    expect(['2027-03-14', '2027-03-15']).toContain(end('Március 15. előtt', 'Europe/Budapest'));
    expect(['2027-03-25', '2027-03-26']).toContain(end('২৬শে মার্চের আগে', 'Asia/Dhaka'));
    expect(['2027-03-31', '2027-04-01']).toContain(end('ก่อน 1 เม.ย.', 'Asia/Bangkok'));
    expect(['2027-08-14', '2027-08-15']).toContain(end('१५ अगस्त से पहले', 'Asia/Kolkata'));
    expect(end('26 जनवरी तक', 'Asia/Kolkata')).toBe('2028-01-26');
  });
  it('the due reaches the promise, and the date leaves the action', () => {
    const c = u('Lupaan siivota puiston ennen itsenäisyyspäivää.', 'ask', 'Europe/Helsinki').commitments;
    expect(c.map((x) => [x.action, x.due?.end ?? null])).toEqual([['siivota puiston', '2027-12-05']]);
  });
  it('counter-case: a feast named without a side word, or a side word with no day, is no due', () => {
    expect(end('Dydd Gŵyl Dewi yw fy hoff ddiwrnod.', 'Europe/London')).toBeNull();
    expect(end('ennen kaikkea kiitos', 'Europe/Helsinki')).toBeNull();
  });
});
