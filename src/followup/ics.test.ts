// invitationIcs: the .ics attached to invitations, checked line by line and parsed back.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, invitationIcs } from './ics.ts';

const base = {
  uid: 'invitation-42@in.followthrough.example',
  title: "You're invited: Ana's coffee klatch in Toronto",
  description: 'Ana plans to host a coffee klatch.\nReply "I\'m in" to join.',
  start: '2027-03-13',
  end: '2027-03-13',
  organizerName: 'Drumbeat Toronto',
  now: new Date('2027-02-01T15:04:05.678Z'),
};

/** A small reader for what we write: unfold, split "NAME;PARAMS:VALUE", unescape TEXT. */
function parse(ics: string) {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  expect(lines.pop()).toBe(''); // ends with CRLF
  return lines.map((line) => {
    // The value starts at the first colon outside a quoted parameter.
    let inQuote = false;
    let i = 0;
    for (; i < line.length; i++) {
      if (line[i] === '"') inQuote = !inQuote;
      else if (line[i] === ':' && !inQuote) break;
    }
    const [name, ...params] = line.slice(0, i).split(';');
    const raw = line.slice(i + 1);
    const value = raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    return { name: name!, params, raw, value };
  });
}
const prop = (ics: string, name: string) => parse(ics).filter((p) => p.name === name);
const one = (ics: string, name: string) => {
  const ps = prop(ics, name);
  expect(ps, name).toHaveLength(1);
  return ps[0]!;
};

describe('invitationIcs', () => {
  it('is one published all-day VEVENT in a VCALENDAR, with an exclusive DTEND', () => {
    const ics = invitationIcs(base);
    const names = parse(ics).map((p) => p.name);
    expect(names[0]).toBe('BEGIN');
    expect(names.at(-1)).toBe('END');
    expect(parse(ics).filter((p) => p.name === 'BEGIN').map((p) => p.value)).toEqual(['VCALENDAR', 'VEVENT']);
    expect(parse(ics).filter((p) => p.name === 'END').map((p) => p.value)).toEqual(['VEVENT', 'VCALENDAR']);
    expect(one(ics, 'VERSION').value).toBe('2.0');
    expect(one(ics, 'PRODID').value).toMatch(/Followthrough/);
    expect(one(ics, 'METHOD').value).toBe('PUBLISH');
    expect(one(ics, 'UID').value).toBe(base.uid);
    expect(one(ics, 'DTSTAMP').value).toBe('20270201T150405Z');
    const start = one(ics, 'DTSTART');
    expect(start.params).toEqual(['VALUE=DATE']);
    expect(start.value).toBe('20270313');
    const end = one(ics, 'DTEND');
    expect(end.params).toEqual(['VALUE=DATE']);
    expect(end.value).toBe('20270314');
    expect(one(ics, 'SUMMARY').value).toBe(base.title);
    expect(one(ics, 'DESCRIPTION').value).toBe(base.description);
    expect(one(ics, 'CONTACT').value).toBe('Drumbeat Toronto');
    expect(prop(ics, 'ORGANIZER')).toHaveLength(0);
    expect(prop(ics, 'URL')).toHaveLength(0);
    expect(one(ics, 'TRANSP').value).toBe('TRANSPARENT');
  });

  it('uses CRLF everywhere and no line is longer than 75 octets', () => {
    const ics = invitationIcs({ ...base, description: 'Ünïcödé café, 🎉 emoji; '.repeat(30) + '\n' + 'x'.repeat(300) });
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).not.toMatch(/\r(?!\n)/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Folding never splits a character: every physical line is valid UTF-8 on its own.
    for (const line of ics.split('\r\n')) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(one(ics, 'DESCRIPTION').value).toBe('Ünïcödé café, 🎉 emoji; '.repeat(30) + '\n' + 'x'.repeat(300));
  });

  it('escapes commas, semicolons, backslashes and newlines in text, and they come back as written', () => {
    const tricky = 'Coffee, tea; and \\ backslashes.\r\nLine two\nLine three\rLine four';
    const ics = invitationIcs({ ...base, title: 'A, B; C', description: tricky, organizerName: 'Tom, Jerry; & co' });
    expect(one(ics, 'SUMMARY').raw).toBe('A\\, B\\; C');
    expect(one(ics, 'DESCRIPTION').value).toBe('Coffee, tea; and \\ backslashes.\nLine two\nLine three\nLine four');
    expect(one(ics, 'CONTACT').value).toBe('Tom, Jerry; & co');
    // No raw newline can start a new property (no injected "ATTENDEE:" line).
    const evil = invitationIcs({ ...base, title: 'x\r\nATTENDEE:mailto:victim@example.com' });
    expect(prop(evil, 'ATTENDEE')).toHaveLength(0);
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('spans several days inclusively, across month and year ends and a leap day', () => {
    expect(one(invitationIcs({ ...base, start: '2027-03-01', end: '2027-03-31' }), 'DTEND').value).toBe('20270401');
    expect(one(invitationIcs({ ...base, start: '2027-12-31', end: '2027-12-31' }), 'DTEND').value).toBe('20280101');
    expect(one(invitationIcs({ ...base, start: '2028-02-28', end: '2028-02-29' }), 'DTEND').value).toBe('20280301');
  });

  it('adds URL and, only with a service address, ORGANIZER with a quoted name', () => {
    const ics = invitationIcs({ ...base, url: 'https://followthrough.example/i/abc', organizerEmail: 'hello@followthrough.example', organizerName: 'Mark: "the" organizer' });
    expect(one(ics, 'URL').raw).toBe('https://followthrough.example/i/abc');
    const org = one(ics, 'ORGANIZER');
    expect(org.params).toEqual(['CN="Mark: the organizer"']);
    expect(org.raw).toBe('mailto:hello@followthrough.example');
  });

  it('refuses dates that are not dates, or an end before the start', () => {
    expect(() => invitationIcs({ ...base, start: '2027-02-30', end: '2027-03-01' })).toThrow(/start must be a real date/);
    expect(() => invitationIcs({ ...base, start: '13/03/2027' })).toThrow(/start/);
    expect(() => invitationIcs({ ...base, end: '2027-03-12' })).toThrow(/before start/);
    expect(() => invitationIcs({ ...base, now: new Date('nope') })).toThrow(/now/);
  });

  it('foldLine: 75 octets on the first line, 74 plus the space after', () => {
    const folded = foldLine('X'.repeat(200));
    const parts = folded.split('\r\n');
    expect(parts[0]).toHaveLength(75);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && Buffer.byteLength(p) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('X'.repeat(200));
    expect(foldLine('short')).toBe('short');
  });
});
