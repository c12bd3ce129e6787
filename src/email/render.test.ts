// Renders every template with its fixture data, and checks escaping, text versions, subjects and start-up errors.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRenderer, defaultTemplatesDir } from './render.ts';

const renderer = createRenderer();
const fixture = (name: string) => JSON.parse(readFileSync(join(defaultTemplatesDir, name, 'fixture.json'), 'utf8')) as Record<string, unknown>;
const urls = { unsubscribeUrl: 'https://followthrough.example/u/tok123', publicUrl: 'https://followthrough.example' };

describe('createRenderer', () => {
  it('finds every template folder and none of the shared layouts', () => {
    expect(renderer.names()).toEqual(expect.arrayContaining(['ask', 'confirmation', 'letter', 'unclear', 'unsubscribed']));
    expect(renderer.names()).not.toContain('layouts');
  });

  it.each(createRenderer().names())('renders %s with its fixture: html, text, subject, footer', (name) => {
    const out = renderer.render(name, fixture(name));
    expect(out.subject.length).toBeGreaterThan(5);
    expect(out.subject).not.toMatch(/[\r\n{}]/);
    expect(out.html).toMatch(/^<!doctype html>/i);
    // Nothing left unfilled, and nothing of the template language leaks out.
    expect(out.html).not.toContain('{{');
    expect(out.text).not.toContain('{{');
    expect(out.text).not.toMatch(/<[a-z]/i);
    // English, and no web-font fetch (mjml adds a Google Fonts link when the stack names Roboto & co.).
    expect(out.html).toMatch(/<html lang="en"/);
    expect(out.html).not.toMatch(/fonts\.googleapis/);
    // The layout's footer: unsubscribe link in both versions.
    expect(out.html).toContain('href="https://followthrough.example/u/tok123"');
    expect(out.text).toContain('https://followthrough.example/u/tok123');
    expect(out.text).not.toMatch(/\n{3,}/);
    // The footer sits under a proper signature delimiter, so replies quote only the message.
    expect(out.text).toMatch(/\n-- \n[^\n]*You get this email because/);
  });

  it('ask: thanks, the four questions on their own lines, and "just hit reply"', () => {
    const out = renderer.render('ask', fixture('ask'));
    expect(out.subject).toBe('Thanks for coming to Drumbeat Toronto: four quick questions');
    expect(out.text).toContain('Hi Ana,');
    expect(out.text).toContain('Thanks for coming to Drumbeat Toronto on 21 November 2026 in Toronto.');
    expect(out.text).toMatch(/^1\. One wish for the movement:\n\n2\. Something you can offer:\n\n3\. Something you need:\n\n4\. One small thing you will do/m);
    expect(out.text).toMatch(/coffee klatch/);
    expect(out.text).toMatch(/Mark Surman/);
    expect(out.html).toMatch(/Just hit reply/);
    expect(out.html).toContain('Drumbeat Toronto'); // header
  });

  it('ask without optional fields still reads well', () => {
    const out = renderer.render('ask', { eventName: 'Drumbeat Toronto', organizerName: 'Mark', ...urls });
    expect(out.text).toContain('Hi there,');
    expect(out.text).toContain('Thanks for coming to Drumbeat Toronto. ');
  });

  it('confirmation: each item in plain words with its date, the letter date, and how to correct', () => {
    const out = renderer.render('confirmation', fixture('confirmation'));
    expect(out.subject).toBe("Here's what we understood (Drumbeat Toronto)");
    expect(out.text).toContain('- host a coffee klatch, by 31 March 2027\n');
    expect(out.text).toContain('- introduce Sam to the P2PU folks (introduction)');
    expect(out.text).toContain('- help with event photography');
    expect(out.text).toContain('- a room for 10 people on a weekday evening');
    expect(out.text).toContain('On 12 December 2026 we\'ll mail your own words back');
    expect(out.text).toMatch(/reply with a correction/i);
    expect(out.html).toContain('<li style="margin:0 0 4px 0;">host a coffee klatch, by 31 March 2027</li>');
  });

  it('confirmation leaves out empty sections and says a command in words', () => {
    const out = renderer.render('confirmation', {
      eventName: 'Drumbeat Toronto',
      commitments: [],
      offers: ['a projector'],
      needs: [],
      wishes: [],
      letterDateText: '1 May 2027',
      command: 'done',
      ...urls,
    });
    expect(out.text).not.toContain("You'll do");
    expect(out.text).not.toContain('You could use');
    expect(out.text).toContain('- a projector');
    expect(out.text).toMatch(/it’s done/);
    expect(out.html).not.toContain('You&rsquo;ll do');
  });

  it('letter: quotes their own sentence', () => {
    const out = renderer.render('letter', fixture('letter'));
    expect(out.subject).toBe('Your own words, from Drumbeat Toronto');
    expect(out.text).toContain('On 21 November 2026, after Drumbeat Toronto, you wrote:');
    expect(out.text).toContain('"I commit to host a coffee klatch in March."');
    expect(out.html).toContain('&ldquo;I commit to host a coffee klatch in March.&rdquo;');
  });

  it('unclear and unsubscribed are short and say what happens next', () => {
    expect(renderer.render('unclear', fixture('unclear')).text).toMatch(/a person will read/);
    expect(renderer.render('unclear', urls).subject).toBe('We got your reply');
    const bye = renderer.render('unsubscribed', fixture('unsubscribed'));
    expect(bye.subject).toBe("You won't get more mail from us");
    expect(bye.text).toMatch(/unsubscribed/);
    // Its footer does not ask someone who just unsubscribed whether they want to unsubscribe.
    expect(bye.text).not.toMatch(/No more mail/);
    expect(bye.html).not.toMatch(/Want no more mail/);
    expect(renderer.render('unclear', urls).html).toMatch(/Want no more mail/);
  });

  it('escapes data in HTML but not in text or subject, and keeps subjects on one line', () => {
    const evil = '<script>alert(1)</script>';
    const out = renderer.render('confirmation', {
      ...fixture('confirmation'),
      firstName: evil,
      eventName: 'Tom & Jerry\r\nBcc: victim@example.com',
      commitments: [{ action: `host ${evil}`, dueText: 'by "tomorrow"' }],
    });
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.html).toContain('by &quot;tomorrow&quot;');
    expect(out.text).toContain(`Hi ${evil},`);
    expect(out.subject).toBe("Here's what we understood (Tom & Jerry Bcc: victim@example.com)");
  });

  it('throws on an unknown template, naming it', () => {
    expect(() => renderer.render('nope', {})).toThrow(/unknown email template "nope"/);
  });

  it('does not call mjml per email: once created, it renders with the MJML sources gone', () => {
    // (Speed is measured in bench/render.bench.ts, not here: this machine's timings are noisy.)
    const dir = mkdtempSync(join(tmpdir(), 'ft-tpl-'));
    cpSync(defaultTemplatesDir, dir, { recursive: true });
    const own = createRenderer({ dir });
    rmSync(join(dir, 'confirmation', 'index.mjml'));
    rmSync(join(dir, 'layouts'), { recursive: true, force: true });
    const out = own.render('confirmation', fixture('confirmation'));
    expect(out.html).toContain('<!doctype html>');
    expect(out.html).toContain(String(fixture('confirmation').eventName));
  });
});

describe('createRenderer: broken templates stop start-up, naming the template', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-templates-'));
    cpSync(defaultTemplatesDir, dir, { recursive: true });
    return dir;
  };

  it('invalid MJML (strict validation)', () => {
    const dir = copy();
    const p = join(dir, 'letter', 'index.mjml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('<mj-text>', '<mj-text bogus-attr="1">'));
    expect(() => createRenderer({ dir })).toThrow(/template "letter": MJML/);
  });

  it('Handlebars logic that mjml would silently drop', () => {
    const dir = copy();
    const p = join(dir, 'unclear', 'index.mjml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('<mj-section padding', '{{#if eventName}}<mj-section padding').replace('</mj-section>', '</mj-section>{{/if}}'));
    expect(() => createRenderer({ dir })).toThrow(/template "unclear": mjml dropped Handlebars expressions/);
  });

  it('a Handlebars syntax error', () => {
    const dir = copy();
    writeFileSync(join(dir, 'ask', 'index.txt'), 'Hi {{#if firstName}}{{firstName}}');
    expect(() => createRenderer({ dir })).toThrow(/template "ask": text/);
  });

  it('a missing part', () => {
    const dir = copy();
    mkdirSync(join(dir, 'half'));
    writeFileSync(join(dir, 'half', 'index.mjml'), '<mjml><mj-body></mj-body></mjml>');
    expect(() => createRenderer({ dir })).toThrow(/template "half": missing index.txt/);
  });
});

describe('follow-up templates', () => {
  const evil = '<script>alert(1)</script>';
  const render = (name: string, over: Record<string, unknown> = {}) => renderer.render(name, { ...fixture(name), ...over });
  /** Both versions say it (the HTML with typographic quotes and entities, so compare its visible text loosely). */
  const visible = (html: string) =>
    html
      .replace(/^[\s\S]*?<body[^>]*>/, '')
      .replace(/<\/?(strong|span|a)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&rsquo;|&#x27;/g, "'")
      .replace(/&ldquo;|&rdquo;|&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  const both = (out: { html: string; text: string }, ...phrases: string[]) => {
    const text = out.text.replace(/\s+/g, ' ');
    for (const p of phrases) {
      expect(text).toContain(p);
      expect(visible(out.html)).toContain(p);
    }
  };
  const escapes = (name: string, field: string, over: Record<string, unknown> = {}) => {
    const out = render(name, { ...over, [field]: evil });
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('&lt;script&gt;');
    expect(out.text).toContain(evil);
  };

  it('all of them are found', () => {
    expect(renderer.names()).toEqual(
      expect.arrayContaining(['reminder', 'check-in', 'followup', 'checkin-ack', 'invitation', 'rsvp-host', 'rsvp-reminder', 'intro-ask', 'introduction']),
    );
  });

  it('reminder: one thing inline, several as a list that asks which one', () => {
    const one = render('reminder');
    expect(one.subject).toBe('Coming up: host a coffee klatch');
    both(one, 'Hi Ana,', 'Coming up: host a coffee klatch, by 31 March 2027.', 'push to April', 'not yet', 'drop');
    expect(one.text).not.toMatch(/which one/);
    const several = render('reminder', {
      firstName: null,
      commitments: [{ action: 'host a coffee klatch', dueText: 'by 31 March 2027' }, { action: 'write a blog post', dueText: null }],
    });
    expect(several.subject).toBe('Coming up: a few things you planned');
    expect(several.text).toContain('Hi there,');
    expect(several.text).toContain('- host a coffee klatch, by 31 March 2027\n- write a blog post\n');
    both(several, 'Say which one you mean, like "done: host a coffee klatch"');
    escapes('reminder', 'firstName');
  });

  it('check-in: did you…? with the four answers; the nudge is the last ask, without guilt', () => {
    const out = render('check-in');
    expect(out.subject).toBe('Did you host a coffee klatch?');
    both(out, 'you said you\'d host a coffee klatch, by 31 March 2027. Did you?', 'Reply done, not yet, a new date (like "push to April"), or drop.');
    expect(out.text).not.toMatch(/last ask|stop asking/);
    const nudge = render('check-in', { nudge: true });
    expect(nudge.subject).toBe('One last check: did you host a coffee klatch?');
    both(nudge, "if we don't hear back, we'll stop asking", 'No hard feelings');
    const several = render('check-in', { nudge: true, commitments: [{ action: 'a' }, { action: 'b', dueText: 'by 1 May 2027' }] });
    expect(several.subject).toBe('One last check: how did it go? (Drumbeat Toronto)');
    both(several, 'How did it go?', 'our last ask about these', 'Say which one you mean');
    escapes('check-in', 'eventName');
  });

  it('followup: only the non-empty sections, quotes the sentence, replies name the item', () => {
    const out = render('followup');
    expect(out.subject).toBe('Your own words, from Drumbeat Toronto');
    both(
      out,
      'On 21 November 2026 you wrote:',
      '"I\'ll write a blog post about what I learned, before Christmas."',
      'host a coffee klatch, by 31 March 2027',
      'Did you introduce Sam to the P2PU folks (by 10 December 2026)?',
      'Say which one you mean, like "done: introduce Sam to the P2PU folks"',
    );
    expect(out.text).toMatch(/YOUR OWN WORDS, MAILED BACK[\s\S]*COMING UP[\s\S]*HOW DID IT GO\?/);
    expect(out.html).toMatch(/Your own words, mailed back[\s\S]*Coming up[\s\S]*How did it go\?/);
    expect(out.text).not.toMatch(/last ask/);

    const noLetters = render('followup', { letters: [], nudge: true });
    expect(noLetters.subject).toBe('One last check: how did it go? (Drumbeat Toronto)');
    expect(noLetters.text).not.toMatch(/OWN WORDS|you wrote/);
    expect(noLetters.html).not.toMatch(/Your own words/);
    both(noLetters, 'our last ask about that one');

    const onlyComingUp = render('followup', { letters: [], checkins: [], reminders: [{ action: 'a', dueText: 'by 1 May' }, { action: 'b' }] });
    expect(onlyComingUp.subject).toBe('Coming up: a few things you planned');
    expect(onlyComingUp.text).not.toMatch(/HOW DID IT GO/);
    both(onlyComingUp, 'like "done: a"');
    escapes('followup', 'firstName', { letters: [{ action: 'x', sentence: evil }] });
  });

  it.each([
    ['kept', 'Wonderful, thank you!', ['Done: host a coffee klatch.', 'Wonderful, thank you!']],
    ['dropped', 'Thanks for letting us know', ['Thanks for telling us.', 'Dropped: host a coffee klatch.', "won't ask about it again"]],
    ['not-yet', "No rush: we'll check in on 14 April 2027", ['No rush.', "We'll check in again on 14 April 2027."]],
    ['rescheduled', 'Got it: by 31 March 2027', ['Got it: host a coffee klatch, by 31 March 2027.', "We'll send a heads-up a week before"]],
  ])('checkin-ack %s', (outcome, subject, phrases) => {
    const out = render('checkin-ack', { outcome });
    expect(out.subject).toBe(subject);
    both(out, ...phrases);
    expect(out.text).not.toMatch(/guilt|sorry|shame/i);
  });

  it('checkin-ack joins several actions in plain words, and escapes them', () => {
    const out = render('checkin-ack', { outcome: 'dropped', actions: ['a', 'b', 'c'] });
    both(out, 'Dropped: a, b and c.', "won't ask about them again");
    escapes('checkin-ack', 'firstName');
    const x = render('checkin-ack', { actions: [evil] });
    expect(x.html).not.toContain('<script>');
  });

  it('invitation: who, what, when, I\'m in, the calendar file; no date reads "date to be set"; never an address', () => {
    const out = render('invitation');
    expect(out.subject).toBe("You're invited: Ana's coffee klatch in Toronto");
    both(
      out,
      'Hi Sam,',
      'Ana, who was at Drumbeat Toronto too, plans to host a coffee klatch on teaching kids to make the web',
      'When: on Saturday 13 March 2027',
      'Where: Toronto',
      'Reply "I\'m in"',
      'attached calendar file',
      'send you a reminder the day before',
    );
    for (const s of [out.text, out.html]) expect(s).not.toMatch(/@(?!media|import|font-face)[a-z]/i);
    const noDate = render('invitation', { dueText: null, hasCalendar: false, city: null });
    both(noDate, 'When: date to be set');
    expect(noDate.text).not.toMatch(/calendar|Where:|day before/);
    expect(noDate.html).not.toMatch(/calendar file|Where:/);
    expect(noDate.subject).toBe("You're invited: Ana's coffee klatch");
    escapes('invitation', 'hostFirstName');
  });

  it('rsvp-host: names and count, singular and plural', () => {
    const out = render('rsvp-host');
    expect(out.subject).toBe('3 people are in for your coffee klatch');
    both(out, 'Sam, Priya and Luis are in.', 'So far: 3 people.');
    const one = render('rsvp-host', { guests: ['Sam'], count: 1 });
    expect(one.subject).toBe('Sam is in for your coffee klatch');
    both(one, 'Sam is in.', 'So far: 1 person.');
    escapes('rsvp-host', 'firstName');
    const x = render('rsvp-host', { guests: [evil, 'Sam'], count: 2 });
    expect(x.html).not.toContain('<script>');
    expect(x.text).toContain(`${evil} and Sam are in.`);
  });

  it('rsvp-reminder: tomorrow, the date again', () => {
    const out = render('rsvp-reminder');
    expect(out.subject).toBe("Tomorrow: Ana's coffee klatch");
    both(out, 'A quick reminder for tomorrow: Ana plans to host a coffee klatch on teaching kids to make the web, on Saturday 13 March 2027');
    expect(render('rsvp-reminder', { hostFirstName: null, formatLabel: null }).subject).toBe('Tomorrow: the get-together');
    escapes('rsvp-reminder', 'hostFirstName');
  });

  it('intro-ask: both roles, the reason, yes/no, and the address promise', () => {
    const need = render('intro-ask');
    expect(need.subject).toBe('Ana may be able to help: want an introduction?');
    both(
      need,
      "Ana, who was at Drumbeat Toronto too, can offer our library's community room, free on weeknights. You said you need a room for 10 people on a weekday evening.",
      'Why we matched you: You both mentioned a room',
      "and we'll introduce you to each other by email.",
      "and we won't. No reason needed.",
      'Your address is not shared unless you both say yes.',
    );
    const offer = render('intro-ask', { role: 'offer', firstName: 'Ana', otherFirstName: 'Sam' });
    expect(offer.subject).toBe('Sam could use what you offered: want an introduction?');
    both(offer, 'Sam, who was at Drumbeat Toronto too, said they need a room for 10 people on a weekday evening. You said you can offer');
    escapes('intro-ask', 'otherFirstName');
    escapes('intro-ask', 'reason');
  });

  it('introduction: both names, need and offer, why, reply all', () => {
    const out = render('introduction');
    expect(out.subject).toBe('Sam, meet Ana (Drumbeat Toronto)');
    both(
      out,
      'Hi Sam and Ana,',
      'Sam said they need a room for 10 people on a weekday evening. Ana can offer',
      'Why we matched you:',
      'reply all to say hello',
    );
    expect(render('introduction', { aFirstName: null }).text).toContain('Hi both,');
    escapes('introduction', 'aFirstName');
  });

  it('confirmation: the invite question only when there is one, with and without a city', () => {
    const out = render('confirmation');
    both(out, 'Want us to invite the others from Drumbeat Toronto in Toronto to your coffee klatch? Reply yes.');
    const noCity = render('confirmation', { inviteQuestion: { formatLabel: 'DemoCamp', city: null } });
    both(noCity, 'Want us to invite the others from Drumbeat Toronto to your DemoCamp? Reply yes.');
    const none = render('confirmation', { inviteQuestion: null });
    expect(none.text).not.toMatch(/invite the others/);
    expect(none.html).not.toMatch(/invite the others/);
    const x = render('confirmation', { inviteQuestion: { formatLabel: evil, city: 'Toronto' } });
    expect(x.html).not.toContain('<script>');
  });
});

describe('the shared footer', () => {
  it('tells organizers why they get intake mail, and attendees why they get theirs', () => {
    const r = createRenderer();
    const fixture = (name: string) => JSON.parse(readFileSync(join(defaultTemplatesDir, name, 'fixture.json'), 'utf8'));
    const organizer = r.render('intake-summary', { ...fixture('intake-summary'), unsubscribeUrl: 'https://x/u/1', publicUrl: 'https://x' });
    expect(organizer.text).toContain('you forwarded a sign-up sheet');
    expect(organizer.html).toContain('you forwarded a sign-up sheet');
    const attendee = r.render('letter', { ...fixture('letter'), unsubscribeUrl: 'https://x/u/1', publicUrl: 'https://x' });
    expect(attendee.text).not.toContain('forwarded a sign-up sheet');
    expect(attendee.text).toContain('You get this email because you came to');
  });
});
