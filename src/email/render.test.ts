// Renders every template with its fixture data, and checks escaping, text versions, subjects and start-up errors.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
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

  it('does not call mjml per email: rendering is fast', () => {
    const data = fixture('confirmation');
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) renderer.render('confirmation', data);
    // mjml takes tens of ms per call; 200 renders through it would take seconds.
    expect((performance.now() - t0) / 200).toBeLessThan(2);
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
