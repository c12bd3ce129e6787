// Round 57's phenomena (heldout57: mail through lists and odd paths), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { findDue } from './dates.ts';
import { understand } from './understand.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);
const items = (text: string, context?: ReplyContext) => {
  const r = u(text, context);
  return { offers: r.offers.map((o) => o.text), needs: r.needs.map((o) => o.text), wishes: r.wishes.map((o) => o.text) };
};

describe('heldout57: answers laid out as a table', () => {
  it('a heading alone in its paragraph labels the paragraph under it', () => {
    const r = u('Answers below.\n\nOffer\n\nThe church hall on Monday nights\n\nNeed\n\nSomeone with a van\n\nOne small thing\n\nPrint the flyers for the swap – by Friday 19 March');
    expect(r.offers.map((o) => o.text)).toEqual(['The church hall on Monday nights']);
    expect(r.needs.map((o) => o.text)).toEqual(['Someone with a van']);
    expect(r.commitments.map((c) => [c.action, c.due?.end])).toEqual([['Print the flyers for the swap', '2027-03-19']]);
    // counter-case: a heading with nothing under it labels nothing
    expect(u('Thanks for Saturday!\n\nNeed\n\n').needs).toEqual([]);
  });
  it('a table of old and new dates turned to text: the last bare date is the new one', () => {
    const r = u('Quick update, we are not ready yet:\n\nPlanned\n\nNew date\n\nSaturday 13 March\n\nSaturday 3 April\n\nThanks for waiting.', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-03');
    // counter-case: a Spanish "todo" before a colon is no "to do:" list of promises
    expect(u('Les cuento, todavía no está todo listo:\n\nCarteles\n\nSillas', 'check-in').commitments).toEqual([]);
  });
  it('a title and organisation set off by a dash under a name is signature', () => {
    expect(visibleReply('Gracias por esperar.\n\nMarta Gil\nCoordinadora de talleres – Casa de la Cultura\nTel. 915 555 123')).toBe('Gracias por esperar.');
    // counter-case: a sentence with a dash stays
    expect(visibleReply('Gracias.\n\nMarta Gil\nI will bring the chairs – all twelve of them.')).toContain('all twelve');
  });
});

describe('heldout57: forwarded and list mail', () => {
  it('a short note that passes a reply on keeps the forwarded words to be read', () => {
    const text = 'Hi,\n\nThis landed in my inbox instead – forwarding so it gets logged.\n\nKim\n\n---------- Forwarded message ---------\nFrom: Tane Rewi <tane@example.org>\nDate: Sun, 7 Mar 2027 at 18:02\nSubject: Re: What next?\nTo: Kim <kim@example.org>\n\nI\'ll run a kitchen table sprint at the marae on 20 March.\n\nTane\n\nOn Sat, 6 Mar 2027 at 09:00, Kim <kim@example.org> wrote:\n> What is one small thing you will do next?\n';
    const r = u(text);
    expect(r.reply).toContain('forwarding so it gets logged');
    expect(r.reply).toContain('kitchen table sprint at the marae');
    expect(r.reply).not.toContain('What is one small thing');
    expect(r.commitments.map((c) => c.format)).toEqual(['kitchen-table-sprint']);
    // counter-case: a reply that merely mentions forwarding something, above a quoted original, keeps only its own words
    const own = visibleReply('I will forward the flyer to the school on Monday.\n\nOn Sat, 6 Mar 2027 at 09:00, Kim <kim@example.org> wrote:\n> What is one small thing you will do next?');
    expect(own).toBe('I will forward the flyer to the school on Monday.');
  });
  it('a note with words of its own above the forwarded ask is the reply; the ask is not read', () => {
    const r = u("Forwarding this back - I'll bring the tea urn on the 20th.\n\n---------- Forwarded message ---------\nFrom: Followthrough <followup@example.org>\nDate: Mon, 8 Mar 2027 at 09:00\nSubject: Next step?\nTo: <kim@example.org>\n\nWhat is one small thing you will do next?");
    expect(r.reply).not.toContain('What is one small thing');
    expect(r.commitments.map((c) => c.action)).toEqual(['bring the tea urn']);
  });
  it('"I don\'t know yet" under the question of what one will do is no promise; leave to use a thing adds no offer', () => {
    expect(acts('> What is the next small step you will take?\n>\n\nTo be honest I don\'t know yet. Maybe a klatch in spring.')).toEqual([]);
    expect(acts('> Was ist dein nächster kleiner Schritt?\n>\n\nIch weiß es noch nicht.', 'ask', 'Europe/Berlin')).toEqual([]);
    // counter-case: not knowing how, with a promise in the same sentence, is still a promise
    expect(acts("> What is the next small step you will take?\n\nI don't know Python but I'll learn it by May.").length).toBe(1);
    expect(items('> Was kannst du anbieten?\n>\n\nUnser Gemeinschaftsraum steht montags leer – den könnt ihr gern nutzen.').offers).toHaveLength(1);
  });
  it('an answer under a quoted question with an empty quote line between takes its meaning (Dutch "Wat heb je nodig?")', () => {
    const r = u('Tussendoor:\n\n> Wat heb je nodig?\n>\n\nEen ladder, die van ons is kapot.\n');
    expect(r.needs.map((n) => n.text)).toEqual(['Een ladder']);
  });
});

describe('heldout57: promises, items and formats in more languages', () => {
  it('Russian and Ukrainian perfective futures are promises, with "в конце / на початку" month parts; trying is not', () => {
    expect(acts('Я организую субботник в парке в начале апреля.', 'ask', 'Europe/Moscow')).toEqual([['организую субботник в парке', '2027-04-10']]);
    expect(acts('Мы проведём DemoCamp в школе в конце марта.', 'ask', 'Asia/Almaty').map((a) => a[1])).toEqual(['2027-03-31']);
    expect(u('Мы проведём DemoCamp в школе.', 'ask', 'Asia/Almaty').commitments[0]!.format).toBe('democamp');
    expect(findDue('зроблю сайт наприкінці квітня', received, 'Europe/Kyiv')?.end).toBe('2027-04-30');
    // counter-cases: "попробую" (I'll try), "приду" (I'll come)
    expect(acts('Я попробую провести встречу.', 'ask', 'Europe/Moscow')).toEqual([]);
    expect(acts('Я приду в субботу.', 'ask', 'Europe/Moscow')).toEqual([]);
  });
  it('Italian "i" (the plural article) does not make a sentence English', () => {
    const it = acts('Entro fine mese preparo una mostra in biblioteca per mostrare i lavori dei ragazzi.', 'ask', 'Europe/Rome');
    expect(it.map((a) => a[1])).toEqual(['2027-03-31']);
    expect(it[0]![0]).toMatch(/^preparo una mostra in biblioteca/);
  });
  it('café-rencontre and kahve sohbeti are coffee klatches; a café alone is not', () => {
    expect(u("Je vais organiser un café-rencontre sur le vélo à la médiathèque en avril.", 'ask', 'Europe/Paris').commitments[0]!.format).toBe('coffee-klatch');
    expect(u('Nisan ayında kütüphanede bir kahve sohbeti yapacağım.', 'ask', 'Europe/Istanbul').commitments[0]!.format).toBe('coffee-klatch');
    expect(u("Je vais organiser un café pour les bénévoles en avril.", 'ask', 'Europe/Paris').commitments[0]?.format ?? null).toBeNull();
  });
  it('Japanese "can lend" is an offer, "looking for" a need; Korean "필요해요" a need; Finnish "tarvitsisimme" a need', () => {
    const ja = u('プロジェクターを1台貸せます。あと、写真が得意な人を探しています。', 'ask', 'Asia/Tokyo');
    expect(ja.offers.map((o) => o.text)).toEqual(['プロジェクターを1台']);
    expect(ja.needs.map((o) => o.text)).toEqual(['写真が得意な人']);
    expect(ja.commitments).toEqual([]);
    expect(u('자원봉사자 두 명이 더 필요해요.', 'ask', 'Asia/Seoul').needs.map((n) => n.text)).toEqual(['자원봉사자 두 명']);
    expect(u('Tarvitsisimme jonkun, joka osaa korjata polkupyöriä.', 'ask', 'Europe/Helsinki').needs.map((n) => n.text)).toEqual(['jonkun, joka osaa korjata polkupyöriä']);
  });
  it('lending drops the "you" it is lent to; "we have X that others can use" and "tenemos X que pueden usar" offer X', () => {
    expect(items('Je ne viendrai pas, mais je peux vous prêter mon escabeau.', 'invitation').offers).toEqual(['prêter mon escabeau']);
    expect(items('We have a pottery wheel at the community centre that the kids can use on Tuesdays.').offers).toEqual(['a pottery wheel at the community centre']);
    expect(items('Tenemos un patio techado que pueden usar los domingos.').offers).toEqual(['un patio techado que pueden usar los domingos']);
    // counter-case: what we have and use ourselves
    expect(items('We have a pottery wheel that my daughter can use.').offers).toEqual([]);
  });
  it('"if anyone knows how to …, please shout" and "if anyone\'s got X I\'d take it" are needs', () => {
    expect(items('If anyone knows how to wire a doorbell camera, please shout.').needs).toEqual(['someone who knows how to wire a doorbell camera']);
    expect(items("If anyone's got a spare soldering iron I'd happily take it off your hands.").needs).toEqual(['a spare soldering iron']);
    // "Kindly share the slides from the meetup": the slides asked for are a need, as any material is.
    expect(items('Kindly share the slides from the workshop if possible.').needs).toEqual(['the slides from the workshop']);
    expect(items('Kindly share your feedback.').needs).toEqual([]);
  });
  it('"my 1 thing:" labels a promise; a promise to reply later is none', () => {
    expect(acts('my 1 thing: repaint the library bench. need brushes')).toEqual([['repaint the library bench', null]]);
    expect(acts('Thanks so much, will reply properly when I get a minute.')).toEqual([]);
    // counter-case: replying to something else is a thing to do
    expect(acts('I will reply to the planning consultation by Friday.')).toEqual([['reply to the planning consultation', '2027-03-12']]);
  });
  it('"we\'re dropping the X" in a check-in is a drop, whatever "maybe next year" says', () => {
    expect(u("Sadly we're dropping the river clean-up, no insurance. Maybe next year.", 'check-in').command).toBe('drop');
  });
  it('a Swedish "den blev av" is a done', () => {
    expect(u('Ja, det blev av i lördags – tolv cyklar lagade!', 'check-in', 'Europe/Stockholm').command).toBe('done');
    expect(u('Nej, det blev inte av.', 'check-in', 'Europe/Stockholm').command).not.toBe('done');
  });
  it('São João is 24 June', () => {
    expect(findDue('antes do São João', received, 'America/Recife')?.end).toBe('2027-06-23');
  });
  it('a clause saying what happens there ends the action once it is full', () => {
    expect(acts('Ich organisiere am 20. März einen Kitchen-Table-Sprint im Jugendhaus, da bauen wir die Nistkästen fertig.', 'ask', 'Europe/Berlin').map((a) => a[0])).toEqual(['organisiere einen Kitchen-Table-Sprint im Jugendhaus']);
    expect(acts('Vou montar uma DemoCamp no centro cultural em abril, pra quem quiser mostrar robôs.', 'ask', 'America/Sao_Paulo').map((a) => a[0])).toEqual(['montar uma DemoCamp no centro cultural']);
  });
});
