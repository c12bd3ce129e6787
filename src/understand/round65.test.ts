// Round 65's phenomena (heldout65: replies typed on phones or dictated), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Berlin') => understand({ text, received, timezone, context });
const acts = (text: string, context?: ReplyContext, timezone?: string) => u(text, context, timezone).commitments.map((c) => [c.action, c.due?.end ?? null]);
const fmts = (text: string) => u(text).commitments.map((c) => c.format);

describe('heldout65: phone and dictation dates', () => {
  it('"nxt <weekday>", "tonite", a written ordinal before an emoji, "the twenty fourth"', () => {
    expect(acts('ill print the zines nxt fri')).toEqual([['print the zines', '2027-03-19']]);
    expect(acts('I will email the venue tonite')).toEqual([['email the venue', '2027-03-10']]);
    expect(acts("I'll have the banner painted by the twenty fifth 🎨")).toEqual([['have the banner painted', '2027-03-25']]);
    expect(u('could we push it to the twenty fourth', 'check-in').due?.end).toBe('2027-03-24');
    // counter-case: "the fourth" as a count of people, not a date
    expect(acts("I'll invite a fourth speaker")[0]![1]).toBeNull();
  });
  it('a lower-case month after "postponed to" / "pushed back to"; "march" as a verb is none', () => {
    expect(u('its been pushed back to may bc the hall is booked', 'check-in').due?.end).toBe('2027-05-31');
    expect(u('we got postponed to march', 'check-in', 'Europe/Berlin').due).toBeDefined();
    // counter-case
    expect(acts('I will march with the union')[0]?.[1] ?? null).toBeNull();
  });
  it('"no dia vinte e dois", "no dia trinta e um de maio": Portuguese compound day words, with their month', () => {
    expect(acts('vou imprimir os cartazes no dia vinte e dois')).toEqual([['imprimir os cartazes', '2027-03-22']]);
    expect(acts('Vou fazer a oficina no dia trinta e um de maio.')).toEqual([['fazer a oficina', '2027-05-31']]);
    // counter-case: "vinte e cinco pessoas" is a count
    expect(acts('vou convidar vinte e cinco pessoas')[0]?.[1] ?? null).toBeNull();
  });
  it('"not yet, tmrw" is a reschedule to tomorrow', () => {
    const r = u('nope not yet, tmrw for sure', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-03-11');
    // counter-case: not yet with no date
    expect(u('not yet sorry', 'check-in').due ?? null).toBeNull();
  });
});

describe('heldout65: autocorrect slips of the formats', () => {
  it('"coffee clutch", "kitchen tablet sprint", "kitchen table spring" name the formats; a spring in the garden does not', () => {
    expect(fmts("I'll run a coffee clutch in the church hall on Sunday")).toEqual(['coffee-klatch']);
    expect(fmts("I'll host a kitchen tablet sprint for the food bank site")).toEqual(['kitchen-table-sprint']);
    expect(fmts('I will hold a kitchen table spring at the youth club on the 20th')).toEqual(['kitchen-table-sprint']);
    expect(acts('I will hold a kitchen table spring at the youth club on the 20th')[0]![1]).toBe('2027-03-20');
    // counter-case
    expect(fmts("I'll clean the kitchen table this spring")).toEqual([null]);
  });
  it('Hindi "ek <format> karunga"; a listed count ("two, …") is no part of the action', () => {
    expect(fmts('main ek coffee klatch karunga apne office mein')).toEqual(['coffee-klatch']);
    expect(acts('my plan: one, clean up the repo. two, kitchen table sprint with the parents on the 20th').map((a) => a[0])).toEqual(['clean up the repo', 'kitchen table sprint with the parents']);
    // counter-case: "one of" stays
    expect(acts("I'll fix one of the broken chairs").map((a) => a[0])).toEqual(['fix one of the broken chairs']);
  });
});

describe('heldout65: run-ons and dropped subjects', () => {
  it('"ok so ill <verb>" is I\'ll; "I am so ill" is not', () => {
    expect(acts('ok so ill bring the extension cords').map((a) => a[0])).toEqual(['bring the extension cords']);
    expect(acts('I am so ill today')).toEqual([]);
  });
  it('"… also happy to …" and "…, also i\'ll …" split a run-on; "+" between two promises splits', () => {
    const r = u("I'm going to clean the hall tmrw and I'll mop the floors on friday also happy to lend my van for the move");
    expect(r.commitments.map((c) => c.action)).toEqual(['clean the hall', 'mop the floors']);
    expect(r.offers.map((o) => o.text)).toEqual(['lend my van for the move']);
    const p = u('will book the room asap + gonna email the speakers this wknd');
    expect(p.commitments.map((c) => c.action)).toEqual(['book the room', 'email the speakers']);
    // counter-case: "&" inside a thing
    expect(acts('I will bring fish & chips for everyone').map((a) => a[0])).toEqual(['bring fish & chips for everyone']);
  });
  it('"if anyone needs X I have one" offers X; Spanish "y también voy a", "tengo X si alguien lo necesita"', () => {
    expect(u('if anybody needs a gazebo we have two in the shed').offers.map((o) => o.text)).toEqual(['a gazebo']);
    const r = u('voy a pintar el mural el sábado y también voy a limpiar la sala el domingo, tengo una escalera extra si alguien la necesita');
    expect(r.commitments.map((c) => c.action)).toEqual(['pintar el mural', 'limpiar la sala']);
    expect(r.offers.map((o) => o.text)).toEqual(['una escalera extra']);
    expect(u('Tenho uma impressora velha parada aqui em casa, se alguém precisar é só falar.').offers.map((o) => o.text)).toEqual(['uma impressora velha']);
    // counter-case: needing one oneself
    expect(u('if anyone needs a gazebo I have to say the shed is locked').offers.map((o) => o.text)).not.toContain('a gazebo');
  });
});
