// Round 74's phenomena (replies from workplaces and institutions), each in new words, with counter-cases.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { formatOf } from './understand.ts';
import { findDue } from './dates.ts';
import { visibleReply } from './visible-reply.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/London') => understand({ text, received, timezone, context });
const acts = (text: string) => u(text).commitments.map((c) => c.action);

describe('signatures and footers of institutional mail', () => {
  it('an acknowledgement of country under the signature is no part of the reply', () => {
    const r = visibleReply('Hi all,\n\nWe will lend the projector for the April session.\n\nBest,\nTom Reid\nYouth Programs | Riverside Shire Council\n12 Main Rd, Riverside QLD 4000\nRiverside Shire Council acknowledges the Traditional Owners of the land on which we meet.');
    expect(r).toContain('lend the projector');
    expect(r).not.toContain('Traditional Owners');
    // counter-case: the person's own sentence about the land, in the body, stays
    const r2 = visibleReply('Hi all,\n\nAt the opening we acknowledged the traditional custodians and then got to work.\nIt went well.\n\nBest,\nTom');
    expect(r2).toContain('traditional custodians');
  });
  it('"this message … is subject to" and "click here to report this email as spam" are footers', () => {
    const r = visibleReply('Hello,\n\nWe can offer two mentors.\n\nRegards\nAna Costa\nPartnerships\nBluecrest Bank\nThis message is subject to the Bluecrest terms at bluecrest.example/legal\n\nClick here to report this email as spam.');
    expect(r).not.toMatch(/subject to|spam/);
    expect(r).toContain('two mentors');
    // counter-case: "subject to" in the person's own sentence stays
    expect(visibleReply('Hi,\n\nThe date is subject to the board approving it.\n\nThanks,\nAna')).toContain('subject to the board');
  });
  it('a long title-case title line under the name is signature', () => {
    const r = visibleReply('Hi,\n\nI will share the slides with my students.\n\nKind regards\nDr Ruth Mensah\nAssociate Professor, Department of Information Systems and Digital Media\nUniversity of Lagos');
    expect(r).not.toContain('Associate Professor');
    // counter-case: a long ordinary line under the sign-off is no signature
    expect(visibleReply('Hi,\n\nI will share the slides.\n\nKind regards\nRuth\nand please tell the others that the room on the second floor is booked')).toContain('room on the second floor');
  });
  it('"Get Outlook for Android" with its link glued on, in Swedish too', () => {
    expect(visibleReply('Hej!\n\nVi ses på torsdag.\n\nSkaffa Outlook för iOS<https://aka.ms/o0ukef>')).not.toContain('Outlook');
    // counter-case: a sentence about Outlook stays
    expect(visibleReply('Hi,\n\nOutlook on my Android phone keeps crashing. Can someone help?\n\nThanks')).toContain('Outlook on my Android');
  });
});

describe('the organisation promises', () => {
  it('"we agreed that our team will …", "asked me to confirm that the Centre will …"', () => {
    expect(acts('At our staff meeting we agreed that our office will host a coffee klatch in May.')).toEqual(['host a coffee klatch']);
    expect(acts('Our director has asked me to confirm that the Institute will run a DemoCamp in June.')).toEqual(['run a DemoCamp']);
    // counter-case: an agreement about a fact is no promise
    expect(acts('We agreed that the old room was too small.')).toEqual([]);
  });
  it('"Our exco has agreed to organise …", "our facilitators are 100% going to …", a name in brackets after the group', () => {
    expect(acts('Our board has agreed to organise a kitchen table sprint for the food bank.')).toEqual(['organise a kitchen table sprint for the food bank']);
    expect(acts('Our tutors are 100% going to run a coffee klatch for parents.')).toEqual(['run a coffee klatch for parents']);
    expect(acts('Our community house (Eastside CH) will host a DemoCamp for seniors.')).toEqual(['host a DemoCamp for seniors']);
    // counter-case: what the group has agreed to receive is no promise to run anything
    expect(acts('Our board has agreed to the budget.')).toEqual([]);
  });
  it('a plural possessive name ("Riverside Libraries\' outreach team is going to …")', () => {
    expect(acts("Riverside Libraries' outreach team is going to run a kitchen table sprint on the catalogue.")).toEqual(['run a kitchen table sprint on the catalogue']);
    // counter-case: the group's being something is no promise
    expect(acts("Riverside Libraries' outreach team is going to be smaller this year.")).toEqual([]);
  });
  it('", and our volunteers are going to …" is a second promise of the group', () => {
    expect(acts('I will print the posters, and our volunteers are going to host a DemoCamp in April.')).toEqual(['print the posters', 'host a DemoCamp']);
    // counter-case: "…, and our hall is going to close" promises nothing
    expect(acts('I will print the posters, and our hall is going to close in April.')).toEqual(['print the posters']);
  });
  it('the organisation named on the signature line with its phone or legal form after it', () => {
    const text = 'Hello,\n\nEastvale Public Libraries will host a coffee klatch in April.\n\nThanks,\nJo Park\nBranch Manager, Eastvale North\nEastvale Public Libraries | 555-0100';
    expect(acts(text)).toEqual(['host a coffee klatch']);
    const text2 = 'Hi,\n\nKestrel Mobile will sponsor data bundles for 20 learners.\n\nRegards\nSam Dube\nCSR Manager\nKestrel Mobile (Pty) Ltd';
    expect(acts(text2)).toEqual(['sponsor data bundles for 20 learners']);
    // counter-case: the organisation closing is no promise
    expect(acts('Hello,\n\nEastvale Public Libraries will close for a week in April.\n\nThanks,\nJo Park\nBranch Manager, Eastvale North\nEastvale Public Libraries | 555-0100')).toEqual([]);
  });
  it('"deliver" a format runs it', () => {
    expect(formatOf('deliver three coffee klatches for new staff')).toBe('coffee-klatch');
    // counter-case: delivering a thing is no format
    expect(formatOf('deliver the laptops to the kitchen table')).toBeNull();
  });
});

describe('the organisation promises in German, Swedish and Dutch', () => {
  it('"Unser Team bei … wird … organisieren", "vi på … kommer att …", "skolan kommer att …", "ons team gaat …"', () => {
    expect(acts('Unser Team bei der Stadtwerke AG wird im Mai einen Kaffeeklatsch für Azubis organisieren.')).toEqual(['einen Kaffeeklatsch für Azubis organisieren']);
    expect(acts('Vi på Malmö folkhögskola kommer att ordna ett DemoCamp för kursdeltagarna.')).toEqual(['ordna ett DemoCamp för kursdeltagarna']);
    expect(acts('Jag har pratat med rektorn och skolan kommer att hålla en kitchen table sprint om skolans webbplats.')).toEqual(['hålla en kitchen table sprint om skolans webbplats']);
    expect(acts('Ons team gaat een DemoCamp organiseren voor de buurt.')).toHaveLength(1);
    // counter-cases: the group's future without a thing to do
    expect(acts('Unser Team wird im Mai kleiner.')).toEqual([]);
    expect(acts('Skolan kommer att vara stängd i juli.')).toEqual([]);
  });
  it('"wir machen am 15. Januar …" and "wij organiseren op 3 april …": the plural present of a dated plan', () => {
    expect(acts('Wir machen am 20. Mai einen Kitchen-Table-Sprint für den Sportverein.')).toEqual(['machen einen Kitchen-Table-Sprint für den Sportverein']);
    expect(acts('Wij organiseren op 3 april een DemoCamp in de bibliotheek.')).toHaveLength(1);
    expect(u('Wij organiseren op 3 april een DemoCamp in de bibliotheek.').commitments[0]!.format).toBe('democamp');
    // counter-cases: no date, or a verb of having
    expect(acts('Wir machen gern Kaffee.')).toEqual([]);
    expect(acts('Wir haben am 20. April einen Termin.')).toEqual([]);
  });
});

describe('Nordic dates', () => {
  it('"vecka 36", "uke 12", "uge 40" are ISO weeks', () => {
    expect(findDue('vi ses vecka 12', received, 'Europe/Stockholm')!).toMatchObject({ start: '2027-03-22', end: '2027-03-28' });
    expect(findDue('vi ses uke 12', received, 'Europe/Oslo')!).toMatchObject({ start: '2027-03-22', end: '2027-03-28' });
    // counter-case: a week counted without a number is no ISO week
    expect(findDue('vi ses veckan efter', received, 'Europe/Stockholm')?.start ?? null).not.toBe('2027-03-22');
  });
  it('"i slutet av maj", "i början av juni", "i midten av april"', () => {
    expect(findDue('i slutet av maj', received, 'Europe/Stockholm')!).toMatchObject({ start: '2027-05-21', end: '2027-05-31' });
    expect(findDue('i början av juni', received, 'Europe/Stockholm')!).toMatchObject({ start: '2027-06-01', end: '2027-06-10' });
    expect(findDue('i midten av april', received, 'Europe/Oslo')!).toMatchObject({ start: '2027-04-11', end: '2027-04-15' });
    // counter-case: "i slutet" of no month
    expect(findDue('i slutet av dagen', received, 'Europe/Stockholm')).toBeNull();
  });
});

describe('approvals still awaited and the financial year', () => {
  it('"subject to sign-off", "pending approval" hedge the promise; a sign-off still awaited, said next, hedges the one before', () => {
    expect(acts('We will host a DemoCamp at our depot in May, subject to approval from head office.')).toEqual([]);
    expect(acts('Our team will run a coffee klatch in May. The board still has to approve the budget, so please don\'t hold us to it.')).toEqual([]);
    // counter-cases: an approval already given, or none mentioned
    expect(acts('Our team will run a coffee klatch in May. The board has approved the budget.')).toEqual(['run a coffee klatch']);
    expect(acts('We will host a DemoCamp at our depot in May.')).toEqual(['host a DemoCamp at our depot']);
  });
  it('"before the end of the financial year" includes its last day', () => {
    const d = u("I'll apply for the grant before the end of financial year.", 'ask', 'Australia/Melbourne').commitments[0]!.due;
    expect(d?.end).toBe('2027-06-30');
    // counter-case: "before" a holiday still ends the day before it
    expect(u("I'll send the flyers before Christmas.").commitments[0]!.due?.end).toBe('2027-12-24');
  });
});

describe('"don\'t hold me to it" after a hedged plan of its own', () => {
  it('leaves the promise before it alone', () => {
    expect(acts("This weekend I'll fix the club's signup form. Might run a DemoCamp in May too, but don't hold me to that.")).toEqual(["fix the club's signup form"]);
  });
});
