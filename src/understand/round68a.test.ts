// Round 68a's phenomena (long letters from community groups), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const actions = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => u(text, context, timezone).commitments.map((c) => c.action);

describe('promises made for a faith or community group', () => {
  it('a group noun of faith and community life is a group subject', () => {
    expect(actions('Our Brotherhood will run a kitchen table sprint for the food bank rota in May.')).toEqual(['run a kitchen table sprint for the food bank rota']);
    expect(actions('The church choir will host a coffee klatch for the newcomers in June.')).toEqual(['host a coffee klatch for the newcomers']);
    expect(actions('Our sangat will organise a langar for the street in April.')).toEqual(['organise a langar for the street']);
    // counter-cases: what the group is or needs is no promise
    expect(actions('Our choir will be sad to see her go.')).toEqual([]);
    expect(actions('Our sisterhood will need a bigger room.')).toEqual([]);
  });
  it('"And / Also our committee is going to …" after a first promise is a group promise too', () => {
    expect(actions('Also our committee is going to run a kitchen table sprint in June for the club website.')).toEqual(['run a kitchen table sprint for the club website']);
    // counter-cases: a thing's future after "And" is nobody's promise
    expect(actions('And the bus is going to be late again.')).toEqual([]);
    expect(actions('Also my knee is going to need surgery.')).toEqual([]);
  });
  it('Taglish "yung X namin will …" speaks for the group', () => {
    expect(actions('Anyway yung choir namin will host a coffee klatch sa church hall in May.', 'ask', 'Asia/Manila')).toEqual(['host a coffee klatch sa church hall']);
    expect(actions('Anyway yung van namin will be fixed next week.', 'ask', 'Asia/Manila')).toEqual([]);
  });
  it('a group promise in the third person future: Spanish, Portuguese, Italian, Polish', () => {
    const es = u('Les escribo para contar que la hermandad del barrio organizará un coffee klatch en la casa de la cultura en mayo.', 'ask', 'Europe/Madrid').commitments;
    expect(es.map((c) => c.format)).toEqual(['coffee-klatch']);
    expect(es[0]!.due?.end).toBe('2027-05-31');
    expect(actions('A nossa associação preparará um almoço para os vizinhos em junho.', 'ask', 'Europe/Lisbon')).toEqual(['preparará um almoço para os vizinhos']);
    expect(actions('Il nostro coro organizzerà una cena per i vicini a giugno.', 'ask', 'Europe/Rome')).toEqual(['organizzerà una cena per i vicini']);
    expect(actions('Nasza parafia przygotuje paczki dla seniorów przed Bożym Narodzeniem.', 'ask', 'Europe/Warsaw')).toHaveLength(1);
    // counter-cases: being, needing, opening and closing are no promises; nor is a condition's promise
    expect(actions('El centro cerrará en agosto.', 'ask', 'Europe/Madrid')).toEqual([]);
    expect(actions('La comunidad será más fuerte así.', 'ask', 'Europe/Madrid')).toEqual([]);
    expect(actions('El grupo necesitará más sillas.', 'ask', 'Europe/Madrid')).toEqual([]);
    expect(actions('Si nos dejan la plaza, el grupo organizará una fiesta.', 'ask', 'Europe/Madrid')).toEqual([]);
    expect(actions('Nasza grupa potrzebuje większej sali.', 'ask', 'Europe/Warsaw')).toEqual([]);
  });
});

describe('what follows a full action', () => {
  it('an "if" inside the reason given is no condition on the promise', () => {
    expect(actions("I'm going to run a kitchen table sprint with the aunties in June to put the choir's rota online, because it lives in one notebook and if that gets lost we're stuck.")).toHaveLength(1);
    // counter-case: a condition on the promise itself still takes it back
    expect(actions("I'll run a kitchen table sprint in June if the hall is free, because we need one.")).toEqual([]);
  });
  it('the reason and the food that comes with it are no part of the action nor a second one', () => {
    expect(actions('Our fellowship will host a coffee klatch for the neighbours after Easter, with cake and mint tea, because spring is lonely for the ones on their own.')).toEqual(['host a coffee klatch for the neighbours']);
    // counter-case: who runs it with the person stays
    expect(actions('I will run a kitchen table sprint for the mosque website, with my cousin.')).toEqual(['run a kitchen table sprint for the mosque website, with my cousin']);
  });
});

describe('dates by a community calendar', () => {
  it('"before Simbang Gabi" ends on 15 December; Tagalog "bago mag-X" is "before X"', () => {
    expect(u('I will host a coffee klatch before Simbang Gabi.', 'ask', 'Asia/Manila').commitments[0]!.due?.end).toBe('2027-12-15');
    expect(u('Anyway yung choir namin will host a coffee klatch bago mag-Simbang Gabi.', 'ask', 'Asia/Manila').commitments[0]!.due?.end).toBe('2027-12-15');
  });
});

describe('check-ins and invitations', () => {
  it('"moving the X for Y to the first Saturday in April" moves it to that date', () => {
    const r = u('Not yet, the hall was flooded. We are moving the coffee klatch for the choir families to the first Saturday in April.', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-03');
    // counter-case: moving a thing to a place is no new date
    expect(u('We are moving the big tea urn to the kitchen.', 'check-in').command).not.toBe('reschedule');
  });
  it('"so the X Y will be done after <holiday> now" is a new date', () => {
    const r = u('Working on it! The hall booking takes a month, so the seniors\' lunch will be done after Easter now.', 'check-in');
    expect(r.command).toBe('reschedule');
    expect(r.due?.end).toBe('2027-04-04');
  });
  it('"I\'d love to come to X but …" declines', () => {
    expect(u("I'd love to come to the choir's bake sale but I'm having my knee done that week.", 'invitation').command).toBeNull();
    expect(u("We would love to come to Ama's potluck, but we are away that weekend.", 'invitation').command).toBeNull();
    // counter-case: loving to come, with no "but", accepts
    expect(u("I'd love to come to the bake sale! I'll bring flapjacks.", 'invitation').command).toBe('join');
  });
});

describe('visible reply: a community closing starts the signature', () => {
  it('a short closing of the group\'s own, a paragraph of its own, above a full name', () => {
    const r = visibleReply('Hello,\n\nWe will bring the urn on Saturday.\n\nCome on you Rovers,\nPadraig Walsh\nFixtures Secretary, Ballyfermot United\n');
    expect(r).toContain('bring the urn');
    expect(r).not.toContain('Fixtures Secretary');
    const r2 = visibleReply('Hi,\n\nWe can lend the chairs.\n\nIn Christ our hope,\nEsther Mensah\nWomen\'s Fellowship, Bethel Chapel\n');
    expect(r2).not.toContain("Women's Fellowship");
    // counter-case: a sentence ending in a comma inside the text is kept
    const r3 = visibleReply('Hi,\n\nWe will bring the urn,\nthe cups and the milk.\n\nThanks\n');
    expect(r3).toContain('the cups and the milk');
  });
  it('a closing with a courtesy particle ("God bless po!")', () => {
    const r = visibleReply('Hello po!\n\nWe will bring the rice.\n\nGod bless po!\nMaria "Ria" Cruz\nChoir Coordinator, Santo Niño Parish\n');
    expect(r).toContain('bring the rice');
    expect(r).not.toContain('Choir Coordinator');
  });
});

describe('wishes said for a group', () => {
  it('"Our humble / heartfelt wish is that …" and "We wish every X could …"', () => {
    expect(u('Our heartfelt wish is that every street in the ward should have a bench for the elders.').wishes.map((w) => w.text)).toEqual(['every street in the ward should have a bench for the elders']);
    expect(u('We wish every mosque in the borough could have a ramp at the door.').wishes.map((w) => w.text)).toEqual(['every mosque in the borough could have a ramp at the door']);
    // counter-cases: a greeting or a courtesy is no wish
    expect(u('We wish everyone a blessed Vaisakhi.').wishes).toEqual([]);
    expect(u('We wish you all a peaceful new year.').wishes).toEqual([]);
    expect(u('We wish to thank the volunteers.').wishes).toEqual([]);
  });
  it('Spanish "Lo que más deseamos es que …", Portuguese "O que mais queremos é que …", Hindi/Punjabi "Mera sapna hai ki …"', () => {
    expect(u('Lo que más deseamos es que cada barrio tenga su propia biblioteca.', 'ask', 'Europe/Madrid').wishes).toHaveLength(1);
    expect(u('O que mais queremos é que cada bairro tenha uma horta comunitária.', 'ask', 'Europe/Lisbon').wishes).toHaveLength(1);
    expect(u('Hamara sapna hai ki har gali mein ek chhota park ho.', 'ask', 'Asia/Kolkata').wishes).toHaveLength(1);
    // counter-case: what the group wants to do is no wish for the movement
    expect(u('Lo que más queremos hacer este año es pintar el salón.', 'ask', 'Europe/Madrid').wishes).toEqual([]);
  });
});

describe('what a letter says that is no promise', () => {
  it('the ask echoed ("You asked what I will do.") and a courtesy ("I wish to thank …")', () => {
    expect(actions('You asked what we will do. We shall paint the scout hut doors in May.')).toEqual(['paint the scout hut doors']);
    expect(actions('On behalf of the Tenants Association I would like to thank the organisers of the street party.')).toEqual([]);
    // counter-case: thanking someone as a thing to do later is a promise
    expect(actions('I will thank the caretaker in person on Friday.')).toEqual(['thank the caretaker in person']);
  });
  it('what the action is for, after "so people …", goes once the action is full', () => {
    expect(actions('I will put up a notice board for the whole building by the lifts so people stop missing the meetings.')).toEqual(['put up a notice board for the whole building by the lifts']);
    // counter-case: a short action keeps it
    expect(actions('I will bring chairs so people can sit.')).toEqual(['bring chairs so people can sit']);
  });
});
