// Round 54's phenomena (heldout54), each in new words, with a counter-case that must not change.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { cutDue } from './dates.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2026-11-23T15:00:00Z'); // Monday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Berlin') => understand({ text, received, timezone, context });
const actions = (text: string, context?: ReplyContext, tz?: string) => u(text, context, tz).commitments.map((c) => c.action);
const offers = (text: string) => u(text).offers.map((o) => o.text);
const needs = (text: string) => u(text).needs.map((n) => n.text);
const wishes = (text: string) => u(text).wishes.map((w) => w.text);
const cmd = (text: string, context: ReplyContext = 'check-in') => u(text, context).command;
const end = (text: string, tz = 'Europe/Berlin') => cutDue(text, received, tz).due?.end ?? null;

describe('heldout54: dates in more languages', () => {
  it('reads the Italian "metà <month>" (the accent once hid it from the gate)', () => {
    expect(end('ci vediamo a metà marzo', 'Europe/Rome')).toBe('2027-03-15');
    // counter-case: "mi-avril" (the French dash form) is unchanged, and "metà" alone names no date
    expect(end('mi-avril', 'Europe/Paris')).toBe('2027-04-15');
    expect(end('ho fatto metà del lavoro', 'Europe/Rome')).toBeNull();
  });
  it('reads Romanian months after "în" / "până în"', () => {
    expect(end('Vom face asta în iulie', 'Europe/Bucharest')).toBe('2027-07-31');
    expect(end('până în ianuarie', 'Europe/Bucharest')).toBe('2027-01-31');
    // counter-case: a plain Romanian sentence with no month has no date
    expect(end('Vom face asta împreună', 'Europe/Bucharest')).toBeNull();
  });
  it('reads "before New Year" in Russian, Ukrainian and Polish as 31 December', () => {
    expect(end('сделаю до Нового года', 'Europe/Moscow')).toBe('2026-12-31');
    expect(end('zrobię to do Nowego Roku', 'Europe/Warsaw')).toBe('2026-12-31');
    // counter-case: "новый год" without "до" is no deadline of this rule
    expect(end('с новым годом всех', 'Europe/Moscow')).toBeNull();
  });
  it('reads Greek months in any case, with or without a day', () => {
    expect(end('θα το κάνω τον Απρίλιο', 'Europe/Athens')).toBe('2027-04-30');
    expect(end('μέχρι τις 5 Φεβρουαρίου', 'Europe/Athens')).toBe('2027-02-05');
    // counter-case: a Greek greeting names no month
    expect(end('Καλημέρα σε όλους', 'Europe/Athens')).toBeNull();
  });
  it('reads Hungarian months with their case endings', () => {
    expect(end('január 15-ig befejezem', 'Europe/Budapest')).toBe('2027-01-15');
    expect(end('áprilisban', 'Europe/Budapest')).toBe('2027-04-30');
    // counter-case: an English "December 3rd" is read as before
    expect(end('on December 3rd', 'Europe/Budapest')).toBe('2026-12-03');
  });
  it('reads the Arabic "end of the month"', () => {
    expect(end('سأنهي الترجمة بنهاية الشهر', 'Asia/Riyadh')).toBe('2026-11-30');
    // counter-case: "الشهر القادم" (next month) is not the end of this one
    expect(end('سأبدأ الشهر القادم', 'Asia/Riyadh')).not.toBe('2026-11-30');
  });
});

describe('heldout54: commands in more languages', () => {
  it('reads "C\'est fait", a lone "¡Listo!" and the Finnish "Tehty" as done', () => {
    expect(cmd("Salut, c'est fait ! La soirée a eu lieu jeudi.")).toBe('done');
    expect(cmd('¡Listo! Ya hicimos el taller.')).toBe('done');
    expect(cmd('Tehty, kiitos kysymästä!')).toBe('done');
    // counter-cases: "estoy listo para …" is ready, not done; "ei ole vielä tehty" is not yet
    expect(cmd('Estoy listo para empezar la semana que viene')).not.toBe('done');
    expect(cmd('Ei ole vielä tehty.')).toBe('not-yet');
  });
  it('reads the Ukrainian "Ще ні" as not yet', () => {
    expect(cmd('Ще ні, але вже почала.')).toBe('not-yet');
  });
  it('reads the Czech "vyškrtněte to" and "zrušili jsme" as a drop, but not when moved to a date', () => {
    expect(cmd('Prosím vyškrtněte mě z toho, nestihnu to.')).toBe('drop');
    expect(cmd('Zrušili jsme to, nebude čas.')).toBe('drop');
    // counter-case: cancelled but moved to a month is a reschedule
    expect(cmd('Zrušili nám sál, přesuneme to na květen.')).toBe('reschedule');
  });
  it('reads the Greek "αφαιρέστε με από τη λίστα" as stop', () => {
    expect(cmd('Σας παρακαλώ διαγράψτε με από τη λίστα.')).toBe('stop');
    // counter-case: a Greek thank-you is no stop
    expect(cmd('Ευχαριστώ πολύ για όλα.')).toBeNull();
  });
  it('reads the Portuguese "não consigo ir" as declining, despite "contem comigo" for next time', () => {
    expect(cmd('Infelizmente não consigo ir desta vez, mas na próxima contem comigo.', 'invitation')).toBeNull();
    // counter-case: "contem comigo" alone still joins
    expect(cmd('Contem comigo!', 'invitation')).toBe('join');
  });
  it('reads an Italian "possiamo spostarlo a metà <month>?" after "non ancora" as a reschedule', () => {
    const r = u('Non ancora: la sala è occupata. Possiamo spostarlo a metà marzo?', 'check-in', 'Europe/Rome');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-15');
    // counter-case: "non ancora" alone stays not-yet
    expect(cmd('Non ancora, purtroppo.')).toBe('not-yet');
  });
});

describe('heldout54: formats glossed with a remark', () => {
  it('keeps the format\'s name from "(un coffee klatch, quoi)"', () => {
    const c = u("Je vais organiser un café-causerie (un coffee klatch, en gros) à la médiathèque.", 'ask', 'Europe/Paris').commitments;
    expect(c[0]?.format).toBe('coffee-klatch');
    // counter-case: an aside naming no format still goes from the action
    expect(actions("I'll bring a laptop (an old one, but it works) to the meetup.")[0]).not.toContain('old one');
  });
  it('reads the Romanian and Greek verbs of running a format', () => {
    expect(u('Vom organiza un DemoCamp la bibliotecă în martie.', 'ask', 'Europe/Bucharest').commitments[0]?.format).toBe('democamp');
    expect(u('Θα οργανώσω ένα coffee klatch στη γειτονιά.', 'ask', 'Europe/Athens').commitments[0]?.format).toBe('coffee-klatch');
  });
});

describe('heldout54: commitments in Greek, Arabic, Japanese and Hungarian', () => {
  it('reads the Greek "Θα …" future, but not "θα ήθελα" (I would like) or "θα προσπαθήσω" (I will try)', () => {
    expect(actions('Θα μεταφράσω τον οδηγό στα ελληνικά.', 'ask', 'Europe/Athens')).toEqual(['μεταφράσω τον οδηγό στα ελληνικά']);
    expect(actions('Θα ήθελα πολύ να βοηθήσω.', 'ask', 'Europe/Athens')).toEqual([]);
    expect(actions('Θα προσπαθήσω να έρθω.', 'ask', 'Europe/Athens')).toEqual([]);
  });
  it('reads the Arabic "سأ…" future, but not "سأحاول" (I will try) or "سأكون" (I will be)', () => {
    expect(actions('سأكتب دليلاً للمتطوعين الجدد.', 'ask', 'Asia/Riyadh')).toHaveLength(1);
    expect(actions('سأحاول المساعدة في الترجمة.', 'ask', 'Asia/Riyadh')).toEqual([]);
    expect(actions('سأكون هناك إن شاء الله.', 'ask', 'Asia/Riyadh')).toEqual([]);
  });
  it('reads a Japanese "…を…ます" plan, split from the thanks before it by "。"', () => {
    expect(actions('ありがとうございました。来週、公民館で修理ワークショップを開催します。', 'ask', 'Asia/Tokyo')).toEqual(['公民館で修理ワークショップを開催します']);
    // counter-cases: a polite request and "can" are no plan
    expect(actions('ご協力をよろしくお願いします。', 'ask', 'Asia/Tokyo')).toEqual([]);
    expect(actions('プロジェクターをお貸しできます。', 'ask', 'Asia/Tokyo')).toEqual([]);
  });
  it('reads the Hungarian "Megígérem, hogy …", not "Nem vállalom"', () => {
    expect(actions('Megígérem, hogy lefordítom a honlapot.', 'ask', 'Europe/Budapest')).toEqual(['lefordítom a honlapot']);
    expect(actions('Nem vállalom, hogy lefordítom a honlapot.', 'ask', 'Europe/Budapest')).toEqual([]);
  });
});

describe('heldout54: offers, needs and wishes in more languages', () => {
  it('reads Russian "Нужна …" and "Могу + infinitive", not "могу попробовать"', () => {
    expect(needs('Нужна паяльная станция, у нас старая сломалась.')).toEqual(['паяльная станция']);
    expect(offers('Могу научить ребят работать с Weblate.')).toEqual(['научить ребят работать с Weblate']);
    expect(offers('Могу попробовать найти зал.')).toEqual([]);
  });
  it('reads Greek "Χρειαζόμαστε …" and "Μπορώ να δανείσω …"', () => {
    expect(needs('Χρειαζόμαστε έναν προβολέα.')).toEqual(['έναν προβολέα']);
    expect(offers('Μπορώ να δανείσω δύο μικρόφωνα.')).toEqual(['δύο μικρόφωνα']);
    // counter-case: "Μπορώ να προσπαθήσω" (I can try) offers nothing
    expect(offers('Μπορώ να προσπαθήσω.')).toEqual([]);
  });
  it('reads Arabic "بإمكاني إعارة …" and "نحن بحاجة إلى …"', () => {
    expect(offers('بإمكاني إعارة جهاز عرض.')).toEqual(['جهاز عرض']);
    expect(needs('نحن بحاجة إلى مترجمين متطوعين.')).toEqual(['مترجمين متطوعين']);
  });
  it('reads Hungarian "Tudunk …, ha kell" and "Szükségem lenne …"', () => {
    expect(offers('Tudunk adni két laptopot is, ha kell.')).toEqual(['adni két laptopot']);
    expect(needs('Szükségem lenne egy projektorra.')).toEqual(['egy projektorra']);
  });
  it('reads Japanese "…はお貸しできます" and "足りないのは…です"', () => {
    expect(offers('延長コードはお貸しできます。')).toEqual(['延長コード']);
    expect(needs('足りないのは、会場です。')).toEqual(['会場']);
    // counter-case: "…できます" with no lending or giving is no offer of a thing
    expect(offers('日本語で説明できます。')).not.toContain('日本語で説明');
  });
  it('reads the Dutch "Wat mij zou helpen: …", the Romanian "Oferim …" and the Tagalog "Pwede naming i-…"', () => {
    expect(needs('Wat mij echt zou helpen: een vaste vrijwilliger voor de kassa.')).toEqual(['een vaste vrijwilliger voor de kassa']);
    expect(offers('Oferim sala noastră pentru oricine are nevoie.')).toEqual(['sala noastră']);
    expect(offers('Pwede naming i-lend yung sound system namin.')).toEqual(['i-lend yung sound system namin']);
  });
  it('reads "Queria muito que …" and "J\'aimerais qu\'il y ait …" as wishes, not when someone is asked', () => {
    expect(wishes('Queria muito que cada bairro tivesse uma rádio livre.')).toEqual(['cada bairro tivesse uma rádio livre']);
    expect(wishes("J'aimerais qu'il y ait un repair café dans chaque village.")).toEqual(['un repair café dans chaque village']);
    // counter-case: "J'aimerais que quelqu'un …" asks someone, it is no wish for the movement
    expect(wishes("J'aimerais que quelqu'un m'aide avec les affiches.")).toEqual([]);
  });
});

describe('heldout54: tails and leftovers', () => {
  it('drops "…, el mío se dañó" (what befell one\'s own) from a need, but not a list of one\'s own things', () => {
    expect(needs('Necesitamos una cámara de vídeo, la nuestra se rompió.')).toEqual(['una cámara de vídeo']);
    expect(needs('Preciso de um tripé, o meu quebrou.')).toEqual(['um tripé']);
  });
  it('reads a German or Dutch room "steht … leer" as offered, with when; not an empty till', () => {
    expect(offers('Der Saal im Gemeindehaus steht montags leer, den könnt ihr gern nutzen.')).toEqual(['Der Saal im Gemeindehaus montags']);
    expect(offers('Die Kasse steht leer, wir sammeln Spenden.')).toEqual([]);
  });
  it('takes "el próximo", "ten laatste tegen" and an Arabic weekday away with their date', () => {
    expect(cutDue('dar un taller el próximo viernes', received, 'Europe/Madrid').rest).toBe('dar un taller');
    expect(cutDue('de folder nalezen ten laatste tegen 15 december', received, 'Europe/Brussels').rest).toBe('de folder nalezen');
    expect(cutDue('سأنظم لقاء يوم الخميس ١٠ كانون الأول', received, 'Asia/Amman').rest).toBe('سأنظم لقاء');
  });
});
