// Round 51's phenomena (heldout51), each in new words, with a counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { findDue } from './dates.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Berlin', when = received) => understand({ text, received: when, timezone, context });
const acts = (text: string, timezone?: string, when?: Date) => u(text, 'ask', timezone, when).commitments.map((c) => [c.action, c.due?.end ?? null]);
const due = (text: string, timezone = 'Europe/Berlin', when = received) => findDue(text, when, timezone);

describe('heldout51: "I promise to …" said in other languages', () => {
  it('reads the promise verb as the lead-in, in Swedish, German, Italian, Portuguese, French, Spanish and Russian', () => {
    expect(acts('Jag lovar att måla om verkstadsdörren.', 'Europe/Stockholm')).toEqual([['måla om verkstadsdörren', null]]);
    expect(acts('Ich verspreche, die Fahrradständer zu streichen.')).toEqual([['die Fahrradständer zu streichen', null]]);
    expect(acts('Prometto di pulire il banco da lavoro.', 'Europe/Rome')).toEqual([['pulire il banco da lavoro', null]]);
    expect(acts('Comprometo-me a catalogar as chaves de fendas.', 'Europe/Lisbon')).toEqual([['catalogar as chaves de fendas', null]]);
    expect(acts("Je m'occupe d'imprimer les affiches.", 'Europe/Paris')).toEqual([['imprimer les affiches', null]]);
    expect(acts('Я обещаю починить верстак.', 'Europe/Moscow')).toHaveLength(1);
    // counter-cases: a promise refused is none
    expect(acts('No prometo nada.', 'Europe/Madrid')).toEqual([]);
    expect(acts('Nie obiecuję, że przyjdę.', 'Europe/Warsaw').map((a) => a[0])).not.toContain('że przyjdę');
  });
});

describe('heldout51: futures marked on the verb, and a dated present', () => {
  it('reads Turkish "-acağım" and Korean "-겠습니다" as a promise, not their negatives', () => {
    expect(acts('Atölyenin web sitesini güncelleyeceğim.', 'Europe/Istanbul')).toEqual([['Atölyenin web sitesini güncelleyeceğim', null]]);
    expect(acts('Atölyenin web sitesini güncellemeyeceğim.', 'Europe/Istanbul')).toEqual([]);
    expect(acts('수리 행사 포스터를 만들겠습니다.', 'Asia/Seoul')).toHaveLength(1);
  });
  it('reads a German present with a date as a promise, and not one without', () => {
    expect(acts('Nächste Woche repariere ich die Bandsäge.').map((a) => a[0])).toEqual(['repariere die Bandsäge']);
    expect(acts('ich streiche die Bank bis Ende nächster Woche.')).toEqual([['streiche die Bank', '2027-03-21']]);
    // counter-cases: no date, or a verb of hoping
    expect(acts('ich streiche gern Bänke.')).toEqual([]);
    expect(acts('Ich hoffe, wir sehen uns im Juni.')).toEqual([]);
  });
  it('reads a Spanish or Italian present right after its date as a promise', () => {
    expect(acts('El sábado ordeno la bodega de herramientas.', 'America/Mexico_City').map((a) => a[0])).toEqual(['ordeno la bodega de herramientas']);
    expect(acts('Il lunedì è chiuso, quindi quel giorno pulisco il magazzino.', 'Europe/Rome').map((a) => a[0])).toEqual(['pulisco il magazzino']);
    // counter-cases: a noun in "-o" after a weekday, an offer with "possiamo", and English
    expect(acts('Possiamo prestare il furgone il sabato pomeriggio a chi ne ha bisogno.', 'Europe/Rome')).toEqual([]);
    expect(acts('We turned it into a demo on Friday.', 'America/Toronto')).toEqual([]);
  });
});

describe('heldout51: dates', () => {
  it('reads "före midsommar" and "na Koningsdag" with their sides', () => {
    expect(due('före midsommar', 'Europe/Stockholm')?.end).toBe('2027-06-24');
    const k = due('na Koningsdag', 'Europe/Amsterdam');
    expect([k?.start, k?.end]).toEqual(['2027-04-28', '2027-05-04']);
  });
  it('reads a holiday name that opens with a generic word ("Festa della Repubblica")', () => {
    expect(due('prima della Festa della Repubblica', 'Europe/Rome')?.end).toBe('2027-06-01');
  });
  it('reads a weekday of next week in Korean and Chinese', () => {
    expect(due('다음 주 토요일까지', 'Asia/Seoul')).toMatchObject({ end: '2027-03-20', text: '다음 주 토요일까지' });
    expect(due('下周六', 'Asia/Shanghai')?.end).toBe('2027-03-20');
  });
  it('reads "bu hafta sonuna kadar" whole, and no Turkish month in a Portuguese name', () => {
    expect(due('bu hafta sonuna kadar', 'Europe/Istanbul')?.text).toBe('bu hafta sonuna kadar');
    expect(due('Beijinhos, Marta', 'Europe/Lisbon')).toBeNull();
    expect(due('Marta kadar bitiririm', 'Europe/Istanbul')).not.toBeNull();
  });
  it('a weekday after a possessive names a thing, not a day', () => {
    expect(acts("I'll tidy the shop's Saturday rota tonight.", 'America/Chicago')).toEqual([["tidy the shop's Saturday rota", '2027-03-10']]);
  });
});

describe('heldout51: clauses and signatures', () => {
  it('splits at " -- " as at a dash', () => {
    expect(acts('I will run a DemoCamp at the co-op in May -- five minutes each, no slides.', 'America/Toronto')).toEqual([['run a DemoCamp at the co-op', '2027-05-31']]);
  });
  it('cuts a signature with a dotted legal form or a bracketed note under the name', () => {
    expect(visibleReply('Ich werde die Sägen schärfen.\n\nViele Grüße\nAnke Born\nRepaircafé Mitte e.V.\nTel. 030 1234 5678')).toBe('Ich werde die Sägen schärfen.');
    expect(visibleReply('I will oil the hinges.\n\nBest,\nMargaret Lowe (retired, 40 yrs at the county shop)')).toBe('I will oil the hinges.');
    // counter-case: a sentence in brackets after a name-like start stays
    expect(visibleReply('Thanks.\n\nBest,\nSee you there (I will bring the urn.)')).toContain('I will bring the urn');
  });
  it('cuts "Sent from my iPhone" glued to the last line, and keeps a sentence that says so', () => {
    expect(visibleReply("I'll print the flyers lol Sent from my iPhone")).toBe("I'll print the flyers lol");
    expect(visibleReply('I sent from my iPhone the photos you asked for, and I will print them too.')).toContain('print them too');
  });
});

describe('heldout49 (read again): an automatic notice told by its own tag or its first sentence', () => {
  it('reads "[자동응답] …", "[自动回复] …" and "This is an automatic reply. I am …" as automatic', () => {
    expect(u('[자동응답] 안녕하세요. 현재 휴가 중입니다. 9월 1일 이후에 답변드리겠습니다.', 'check-in', 'Asia/Seoul').kind).toBe('auto-reply');
    expect(u('【自动回复】您好，我正在休假。', 'ask', 'Asia/Shanghai').kind).toBe('auto-reply');
    expect(u('Hello. This is an automatic reply. I am travelling until 3 May.', 'ask').kind).toBe('auto-reply');
    // counter-cases: a person quoting the words in a sentence, or a tag that is no automatic one
    expect(u('I set up an automatic reply for the club inbox, and I will test it on Friday.', 'ask').kind).toBe('reply');
    expect(u('[Update] I will host the klatch on Friday.', 'ask').kind).toBe('reply');
  });
});

describe('heldout51: offers and needs in more languages', () => {
  const items = (text: string, timezone: string) => { const r = u(text, 'ask', timezone); return { offers: r.offers.map((x) => x.text), needs: r.needs.map((x) => x.text) }; };
  it('reads Turkish, Russian, Ukrainian, German, Swedish and Korean offers and needs', () => {
    expect(items('Ayrıca yeni bir zincir kırıcıya ihtiyacımız var.', 'Europe/Istanbul').needs).toEqual(['yeni bir zincir kırıcı']);
    expect(items('Нам срочно нужны велосипедные камеры.', 'Europe/Moscow').needs).toEqual(['велосипедные камеры']);
    expect(items('Можу запропонувати свій дриль.', 'Europe/Kyiv').offers).toEqual(['свій дриль']);
    expect(items('Außerdem biete ich an, montags Lötkurse zu geben.', 'Europe/Berlin').offers).toEqual(['montags Lötkurse zu geben']);
    expect(items('Jag kan också låna ut min cykelkärra när ni flyttar verkstaden.', 'Europe/Stockholm').offers).toEqual(['låna ut min cykelkärra']);
    expect(items('행사 때 제 차를 빌려드릴 수 있어요.', 'Asia/Seoul').offers).toHaveLength(1);
    // counter-cases: a need said as past, an offer refused
    expect(items('Нам не нужны деньги, спасибо.', 'Europe/Moscow').needs).not.toContain('деньги, спасибо');
    expect(items('Geçen yıl ihtiyacımız vardı.', 'Europe/Istanbul').needs).toEqual([]);
  });
});

describe('heldout51: the day meant', () => {
  it('a weekday with its date is that date, in any language', () => {
    expect(due('no sábado dia 1 de maio', 'Europe/Lisbon', new Date('2027-04-19T10:00:00Z'))?.end).toBe('2027-05-01');
    // counter-case: a number after the weekday that is no date
    expect(due('on Friday, 3 people', 'Europe/Lisbon', new Date('2027-04-19T10:00:00Z'))?.end).toBe('2027-04-23');
  });
  it('"on Tuesday -- sorry, I mean Thursday" is Thursday, and the dash does not split it off', () => {
    expect(acts("I'll sand the benches on Tuesday -- sorry, I mean Thursday, Tuesday is choir.", 'America/Denver', new Date('2027-07-10T21:00:00Z'))).toEqual([['sand the benches', '2027-07-15']]);
  });
  it('"I\'ll be the one with the flask" says how to know the person, no promise', () => {
    expect(u("Count me in, I'll be the one with the red umbrella.", 'invitation', 'Europe/London').commitments).toEqual([]);
    expect(u("Count me in, I'll bring the red umbrella.", 'invitation', 'Europe/London').commitments).toHaveLength(1);
  });
});

describe('heldout53 (read again): the German present of a plan', () => {
  it('two verbs in the present are two promises; a head with a colon goes; "zwischen den Jahren" is a date', () => {
    expect(acts('Ich repariere die Lampen und bringe im Mai die Kiste zurück.').map((a) => a[0])).toEqual(['repariere die Lampen', 'bringe die Kiste zurück']);
    expect(acts('Was ich sicher mache: zwischen den Jahren schreibe ich das Handbuch fertig.', 'Europe/Berlin', new Date('2026-12-16T14:00:00Z'))).toEqual([['schreibe das Handbuch fertig', '2026-12-31']]);
    // counter-cases: "ich <determiner>" is no verb; "und eine …" joins two things, not two verbs
    expect(acts('Im Mai kaufe ich eine Lampe und eine neue Säge.').map((a) => a[0])).toEqual(['kaufe eine Lampe und eine neue Säge']);
  });
});

describe('heldout53 (read again): "the week after" a promise said before it', () => {
  it('counts "the week after" / "la semaine suivante" from the promise before, not from today', () => {
    const at = new Date('2026-11-30T15:00:00Z');
    expect(acts("I'll run a repair night on 12 December, and I'll post the photos the week after.", 'Europe/London', at)).toEqual([['run a repair night', '2026-12-12'], ['post the photos', '2026-12-20']]);
    expect(acts('Je vais animer un atelier le 12 décembre, et je vous enverrai les photos la semaine suivante.', 'Europe/Paris', at)[1]).toEqual(['vous envoyer les photos', '2026-12-20']);
    // counter-case: with no promise before it, "the week after" is left to the date rules
    expect(acts("I'll post the photos the week after.", 'Europe/London', at)[0]![1]).not.toBe('2026-12-20');
  });
});

describe('heldout50 (read again): the financial year closing, holidays named by their month', () => {
  it('"before the financial year closes" in India, "nas férias de julho", "vacaciones de julio"', () => {
    expect(due('before the financial year closes', 'Asia/Kolkata', new Date('2027-02-03T06:30:00Z'))?.end).toBe('2027-03-30');
    expect(due('Nas férias de julho vou fazer um mutirão', 'America/Sao_Paulo', new Date('2027-06-08T13:00:00Z'))?.end).toBe('2027-07-31');
    expect(due('en las vacaciones de julio', 'America/Santiago', new Date('2027-06-08T13:00:00Z'))?.end).toBe('2027-07-31');
    // counter-case: the holidays with no month are left to the school-holiday rules
    expect(due('nas férias', 'America/Sao_Paulo', new Date('2027-06-08T13:00:00Z'))?.end).not.toBe('2027-07-31');
  });
});

describe('heldout48 (read again): Turkish weekdays, Finnish months, Japanese nth weekday', () => {
  it('"önümüzdeki cumartesi", "siirretään tammikuulle", "12月の第1土曜日"', () => {
    expect(due('önümüzdeki cumartesi tohum takası düzenleyeceğim', 'Europe/Istanbul', new Date('2026-10-25T11:00:00Z'))?.end).toBe('2026-10-31');
    expect(due('siirretään maaliskuulle', 'Europe/Helsinki', new Date('2026-11-24T16:45:00Z'))?.end).toBe('2027-03-31');
    expect(due('1月の第2金曜日に延期', 'Asia/Tokyo', new Date('2026-11-25T12:00:00Z'))?.end).toBe('2027-01-08');
    const r = u('Ei vielä valmis, siirretään tammikuulle.', 'check-in', 'Europe/Helsinki', new Date('2026-11-24T16:45:00Z'));
    expect([r.command, r.due?.end]).toEqual(['reschedule', '2027-01-31']);
    // counter-case: a fifth weekday a month lacks is no day (the month alone may still be read)
    expect(due('2月の第5金曜日', 'Asia/Tokyo', new Date('2026-11-25T12:00:00Z'))?.text ?? '').not.toContain('第5');
  });
});

describe('after the merges: one thing done twice, and "I\'ll be the one with …" said after a join', () => {
  it('"ich übernehme X und bringe sie zurück" is one promise; "Count me in for the 22nd, I\'ll be the one with the urn" none', () => {
    expect(acts('Ich übernehme die Reparatur der Bank und bringe sie bis Mai zurück.').map((a) => a[0])).toHaveLength(1);
    expect(u("Count me in for the 22nd, I'll be the one with the tea urn.", 'invitation', 'Europe/London').commitments).toEqual([]);
  });
});
