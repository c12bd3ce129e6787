// Tests for reading organizer mail bodies: HTML and pasted tables, the forward's wrapping, the event block and its values.
import { describe, expect, it } from 'vitest';
import { eventBlock, eventNameFromSubject, forwardedText, htmlTables, parseEventDate, parseLetterAfter, parseTimezone, textTable } from './body.ts';
import { readIntakeReply } from './intake.ts';

describe('htmlTables', () => {
  it('returns innermost tables only, cells as text with entities decoded and markup gone', () => {
    const html = `<table><tr><td>layout<table><tr><th>Name</th><th>Email</th></tr><tr><td>Ana <b>Souza</b><br>P2PU</td><td><a href="mailto:a@x.org">a@x.org</a></td></tr><tr><td>&lt;i&gt;Bob&lt;/i&gt; &amp; co</td><td>b@x.org</td></tr></table></td></tr></table>`;
    expect(htmlTables(html)).toEqual([
      [
        ['Name', 'Email'],
        ['Ana Souza P2PU', 'a@x.org'],
        ['<i>Bob</i> & co', 'b@x.org'],
      ],
    ]);
  });
  it('ignores style and script text and tolerates unclosed cells', () => {
    expect(htmlTables('<style>td{}</style><table><tr><td>a<td>b<tr><td>c<td>d</table>')).toEqual([
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
  });
});

describe('textTable', () => {
  it('splits tab-separated lines, keeping empty cells', () => {
    expect(textTable(['Name\tEmail\tCity', 'Ana\ta@x.org\t', 'Bob\tb@x.org\tToronto'])).toEqual([
      ['Name', 'Email', 'City'],
      ['Ana', 'a@x.org', ''],
      ['Bob', 'b@x.org', 'Toronto'],
    ]);
  });
  it('cuts space-aligned columns where every line is blank, so names keep their spaces and empty cells their column', () => {
    const lines = ['Name        Email            City', 'Ana Souza   a@x.org', 'Bo Li       b@x.org          Hamilton'];
    expect(textTable(lines)).toEqual([
      ['Name', 'Email', 'City'],
      ['Ana Souza', 'a@x.org', ''],
      ['Bo Li', 'b@x.org', 'Hamilton'],
    ]);
  });
  it('prose is not a table', () => {
    expect(textTable(['Hi Mark, here is the list', 'from Saturday. Thanks!'])).toBeNull();
    expect(textTable(['one line only\twith a tab'])).toBeNull();
  });
});

describe('forwardedText', () => {
  it('drops forward markers and header lines in several languages, and quote marks', () => {
    const t = '---------- Forwarded message ---------\nFrom: Eventbrite <no@eb.example>\nDe : Marie <m@x.fr>\nBetreff: Liste\n> ana@example.org\n>> Bob <b@x.org>\nOn Sat, Nov 21, 2026 at 9 PM Pat <p@x.org> wrote:';
    expect(forwardedText(t)).toBe('ana@example.org\nBob <b@x.org>');
  });
});

describe('eventBlock', () => {
  it('reads the first lines only', () => {
    const r = eventBlock('\nEvent: Drumbeat Toronto\nCity: Toronto\nDate: Nov 21\nTimezone: America/Toronto\nLetter after: 3 weeks\n\nDate: Sat, Nov 21, 2026');
    expect(r.found).toBe(true);
    expect(r.block).toEqual({ name: 'Drumbeat Toronto', city: 'Toronto', date: 'Nov 21', timezone: 'America/Toronto', letterAfter: '3 weeks' });
    expect(r.rest.trim()).toBe('Date: Sat, Nov 21, 2026');
  });
  it('a message that starts with prose or a forward has no block', () => {
    expect(eventBlock('Hi!\nDate: tomorrow').found).toBe(false);
    expect(eventBlock('---------- Forwarded message ---------\nFrom: x@y.org\nDate: Sat').found).toBe(false);
    expect(eventBlock('Subject: hello').found).toBe(false);
  });
});

describe('event values', () => {
  it.each([
    ['Fwd: Drumbeat Toronto sign-ups', 'Drumbeat Toronto'],
    ['FW: RE: Fwd: DemoCamp Guelph - attendees list', 'DemoCamp Guelph'],
    ['TR: Atelier Montréal inscriptions', 'Atelier Montréal'],
    ['[Drumbeat] Fwd: Kitchen table sprint RSVPs', 'Kitchen table sprint'],
    ['Fwd: sign-ups', null],
  ])('subject %j → %j', (s, want) => expect(eventNameFromSubject(s)).toBe(want));

  const ref = new Date('2026-11-23T15:00:00Z');
  it.each([
    ['2026-11-21', '2026-11-21'],
    ['November 21, 2026', '2026-11-21'],
    ['Sat Nov 21', '2026-11-21'],
    ['21/11/2026', '2026-11-21'],
    ['last Saturday', '2026-11-21'],
    ['Dec 5', '2026-12-05'], // a list of RSVPs a few weeks ahead
    ['Mar 3', '2026-03-03'], // a sheet is forwarded after its event: not months ahead
    ['whenever', null],
  ])('date %j → %j', (s, want) => expect(parseEventDate(s, ref)).toBe(want));

  it.each([
    ['3 weeks', 21],
    ['21 days', 21],
    ['in a month', 30],
    ['two weeks', 14],
    ['14', 14],
    ['soon', null],
  ])('letter after %j → %j', (s, want) => expect(parseLetterAfter(s)).toBe(want));

  it.each([
    ['America/Toronto', 'America/Toronto'],
    ['america/toronto', 'America/Toronto'],
    ['Toronto', 'America/Toronto'],
    ['New York', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Mars/Olympus', null],
  ])('timezone %j → %j', (s, want) => expect(parseTimezone(s)).toBe(want));
});

describe('readIntakeReply', () => {
  it.each([
    ['send', 'send'],
    ['Send!', 'send'],
    ['Yes, send it please', 'send'],
    ['ok', 'send'],
    ['cancel', 'cancel'],
    ["Don't send, wrong list", 'cancel'],
    ['Who are these people?', null],
  ])('%j → %s', (text, want) => expect(readIntakeReply(text).command).toBe(want));

  it('corrections then a command', () => {
    const r = readIntakeReply('Date: 20 November 2026\nCity: Hamilton\n\nsend');
    expect(r).toEqual({ command: 'send', block: { date: '20 November 2026', city: 'Hamilton' }, corrected: true });
  });
});
