// Visible reply: invented cases per mail client and language, plus the real-mail corpus with a pass-rate floor.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visibleReply } from './visible-reply.ts';

const R = 'I can bring two laptops to the sprint.';

describe('visibleReply: quoted history', () => {
  it.each([
    ['gmail en', `${R}\n\nOn Tue, Mar 3, 2026 at 10:12 AM Alex Kim <alex@example.org> wrote:\n> Who can bring laptops?\n`],
    ['gmail wrapped', `${R}\n\nOn Tue, Mar 3, 2026 at 10:12 AM Alexandra Kimberly-Jones <\nalexandra.kimberly@example.org> wrote:\n> Who can bring laptops?`],
    ['fr', `${R}\n\nLe mar. 3 mars 2026 à 10:12, Alex Kim <alex@example.org> a écrit :\n> Qui apporte des ordinateurs ?`],
    ['de', `${R}\n\nAm 03.03.2026 um 10:12 schrieb Alex Kim <alex@example.org>:\n> Wer bringt Laptops mit?`],
    ['de inbox', `${R}\n\nAlex Kim <alex@example.org> schrieb am Di., 3. März 2026 um\n10:12 Uhr:\n> Wer bringt Laptops mit?`],
    ['es', `${R}\n\nEl mar, 3 mar 2026 a las 10:12, Alex Kim (<alex@example.org>) escribió:\n> ¿Quién trae portátiles?`],
    ['pt', `${R}\n\nEm ter., 3 de mar. de 2026 às 10:12, Alex Kim <alex@example.org> escreveu:\n> Quem traz portáteis?`],
    ['nl', `${R}\n\nOp di 3 mrt. 2026 om 10:12 schreef Alex Kim <alex@example.org>:\n> Wie neemt laptops mee?`],
    ['it', `${R}\n\nIl giorno mar 3 mar 2026 alle ore 10:12 Alex Kim <alex@example.org> ha scritto:\n> Chi porta i portatili?`],
    ['sv', `${R}\n\nDen tis 3 mars 2026 kl 10:12 skrev Alex Kim <alex@example.org>:\n> Vem tar med datorer?`],
    ['pl', `${R}\n\nW dniu wt., 3.03.2026 o 10:12 Alex Kim <alex@example.org> napisał(a):\n> Kto przyniesie laptopy?`],
    ['ru', `${R}\n\nвт, 3 мар. 2026 г. в 10:12, Alex Kim <alex@example.org>:\n> Кто принесёт ноутбуки?`],
    ['outlook original message', `${R}\n\n-----Original Message-----\nFrom: Alex Kim [mailto:alex@example.org]\nSent: Tuesday, March 3, 2026 10:12 AM\nTo: Sam\nSubject: laptops\n\nWho can bring laptops?`],
    ['outlook underscore rule', `${R}\n\n________________________________\nFrom: Alex Kim <alex@example.org>\nSent: Tuesday, March 3, 2026 10:12 AM\nTo: Sam <sam@example.org>\nSubject: laptops\n\nWho can bring laptops?`],
    ['outlook without rule, bold', `${R}\n\n*From:* Alex Kim <alex@example.org>\n*Sent:* Tuesday, March 3, 2026 10:12 AM\n*To:* Sam\n*Subject:* laptops\n\nWho can bring laptops?`],
    ['outlook de', `${R}\n\nVon: Alex Kim <alex@example.org>\nGesendet: Dienstag, 3. März 2026 10:12\nAn: Sam\nBetreff: Laptops\n\nWer bringt Laptops mit?`],
    ['outlook fr', `${R}\n\nDe : Alex Kim <alex@example.org>\nEnvoyé : mardi 3 mars 2026 10:12\nÀ : Sam\nObjet : Ordinateurs`],
    ['forwarded', `${R}\n\n---------- Forwarded message ---------\nFrom: Alex Kim <alex@example.org>\nDate: Tue, Mar 3, 2026\nSubject: laptops`],
    ['trailing bare quote', `${R}\n\n> Who can bring laptops?\n> Reply to this mail.`],
  ])('%s', (_name, text) => expect(visibleReply(text)).toBe(R));
});

describe('visibleReply: signatures and sign-offs', () => {
  it.each([
    ['dash-dash', `${R}\n\n-- \nSam Lee\nhttps://example.org`],
    ['iphone', `${R}\n\nSent from my iPhone`],
    ['android localised', `${R}\n\nEnvoyé de mon téléphone Android`],
    ['outlook mobile', `${R}\n\nGet Outlook for Android`],
    ['sign-off with name, title and phone', `${R}\n\nCheers,\nSam Lee\nCommunity Manager, Example Org\n+44 20 7946 0958`],
    ['sign-off and name on one line', `${R}\n\nBest, Sam`],
    ['name block without sign-off', `${R}\n\nSam Lee\nProgram lead | Example Org\nT: 416-555-0100`],
    ['german closing', `${R}\n\nViele Grüße\nSam`],
  ])('%s', (_name, text) => expect(visibleReply(text)).toBe(R));

  it('keeps a closing thank-you that is part of the message', () => {
    expect(visibleReply(`${R}\n\nThanks for organising!`)).toBe(`${R}\n\nThanks for organising!`);
  });
  it('keeps "Sent from my …" when it is a sentence of the reply', () => {
    expect(visibleReply('Quick answer.\n\nSent from my desk, which is a first this month.')).toContain('Sent from my desk');
  });
});

describe('visibleReply: inline answers', () => {
  const inline = 'On Sun, Nov 22, 2026 at 9:00 AM Drumbeat <hi@example.org> wrote:\n> What can you offer?\nA room on Tuesdays.\n\n> What do you need?\nA designer.\n\n> Anything else?\n> Reply to this email.\n';
  it('keeps answers and the questions between them, drops the trailing quote', () => {
    const r = visibleReply(inline);
    expect(r).toContain('A room on Tuesdays.');
    expect(r).toContain('A designer.');
    expect(r).toContain('> What do you need?');
    expect(r).not.toContain('wrote:');
    expect(r).not.toContain('Anything else');
  });
  it('shows only the answer of a bottom-posted reply', () => {
    expect(visibleReply('On Sun, Nov 22, 2026 at 9:00 AM Drumbeat <hi@example.org> wrote:\n> What will you do?\n\nHost a coffee klatch.')).toBe('Host a coffee klatch.');
  });
  it('does not take a "From:" in running text for a header block', () => {
    const t = 'From: the lab, we can lend two projectors.\nThat is all.';
    expect(visibleReply(t)).toBe(t);
  });
});

describe('visibleReply: HTML', () => {
  it('drops gmail_quote and keeps the text', () => {
    const html = '<div dir="ltr">I will host a <b>coffee klatch</b> in March.</div><br><div class="gmail_quote"><div class="gmail_attr">On Sun, Nov 22 … wrote:<br></div><blockquote class="gmail_quote">What will you do?</blockquote></div>';
    expect(visibleReply('', html)).toBe('I will host a coffee klatch in March.');
  });
  it('drops Outlook divRplyFwdMsg and blockquote type=cite', () => {
    expect(visibleReply('', '<p>Yes, count me in.</p><hr><div id="divRplyFwdMsg"><b>From:</b> A<br><b>Sent:</b> B</div><div>old text</div>')).toBe('Yes, count me in.');
    expect(visibleReply('', '<div>Done!</div><blockquote type="cite"><div>Did you host it?</div></blockquote>')).toBe('Done!');
  });
  it('converts an HTML body handed over as text', () => {
    expect(visibleReply('<html><body><p>Not yet.</p><div class="gmail_quote">old</div></body></html>')).toBe('Not yet.');
  });
});

// Corpus from open-source reply parsers' test suites; their conventions differ (some keep
// sign-offs, which the contract strips), so the floor sits just under what this parser reaches.
const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const SETS = ['github_email_reply_parser', 'crisp_email_reply_parser', 'willdurand_EmailReplyParser', 'zapier_email_reply_parser', 'discourse_email_reply_trimmer', 'mailgun_talon'];
const FLOOR = 0.88;

describe.skipIf(!existsSync(corpus))(`visibleReply on the real-mail corpus (${corpus})`, () => {
  it(`passes at least ${FLOOR} of the text and HTML cases`, () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    let ok = 0;
    let n = 0;
    const misses: string[] = [];
    for (const set of SETS) {
      const exp = JSON.parse(readFileSync(join(corpus, set, 'EXPECTED.json'), 'utf8')) as Record<string, string>;
      for (const [file, want] of Object.entries(exp)) {
        if (file.endsWith('.eml')) continue; // raw MIME goes through parse.ts in the CLI
        n++;
        const got = visibleReply(readFileSync(join(corpus, set, file), 'utf8'));
        if (norm(got) === norm(want) || got.replace(/\s+/g, '') === want.replace(/\s+/g, '')) ok++;
        else misses.push(`${set}/${file}`);
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(ok / n, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(FLOOR);
  });
});
if (!existsSync(corpus)) console.warn(`corpus tests skipped: ${corpus} is absent`);

describe('visibleReply: legal footers', () => {
  it.each([
    ['english', `${R}\n\nBest regards,\n\nDr. Helen Ostrowski\nAssociate Professor\nT: +1 (416) 555-0142\n\nCONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the intended recipient(s).`],
    ['german', `${R}\n\nMit freundlichen Grüßen\nStefan Weber\nGeschäftsführer\nTel.: +49 89 5555 0100\nSitz der Gesellschaft: München, Amtsgericht München HRB 123456\n\nDiese E-Mail enthält vertrauliche Informationen.`],
    ['inline', `${R}\n\nThanks,\n\nKeisha Brown | Community Manager\np. 647.555.0190\nThis message may contain confidential information. If you received it in error, please delete it.`],
  ])('%s', (_n, text) => expect(visibleReply(text)).toBe(R));
});
