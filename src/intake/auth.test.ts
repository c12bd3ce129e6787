// Tests for reading Authentication-Results and deciding whether an intake message is really from its From domain.
import { describe, expect, it } from 'vitest';
import { aligned, checkSenderAuth, parseAuthResults } from './auth.ts';

const msg = (results: string[] | null, from = 'mark@drumbeat.example', headers: Record<string, string> = {}) => ({
  from: { address: from, name: '' },
  headerLines: (results ?? []).map((r) => ({ key: 'authentication-results', line: `Authentication-Results: ${r}` })),
  headers,
});

describe('parseAuthResults', () => {
  it('reads methods, results and properties, and drops comments', () => {
    const r = parseAuthResults(
      'mx.google.com; dkim=pass (2048-bit key; unprotected) header.i=@drumbeat.example header.s=s1 header.b="Ab+c"; spf=pass (google.com: domain of mark@drumbeat.example designates 1.2.3.4 as permitted sender) smtp.mailfrom=Mark@Drumbeat.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=drumbeat.example',
    );
    expect(r.authservId).toBe('mx.google.com');
    expect(r.results).toEqual([
      { method: 'dkim', result: 'pass', props: { 'header.i': '@drumbeat.example', 'header.s': 's1', 'header.b': 'ab+c' } },
      { method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'mark@drumbeat.example' } },
      { method: 'dmarc', result: 'pass', props: { 'header.from': 'drumbeat.example' } },
    ]);
  });
  it('"none" and junk give no results', () => {
    expect(parseAuthResults('mx.example.net 1; none').results).toEqual([]);
    expect(parseAuthResults('').results).toEqual([]);
  });
});

describe('aligned', () => {
  it.each([
    ['drumbeat.example', 'drumbeat.example', true],
    ['mail.drumbeat.example', 'drumbeat.example', true],
    ['drumbeat.example', 'news.drumbeat.example', true],
    ['evildrumbeat.example', 'drumbeat.example', false],
    ['example', 'drumbeat.example', false],
    ['', 'drumbeat.example', false],
  ])('%s ~ %s: %s', (a, b, want) => expect(aligned(a, b)).toBe(want));
});

describe('checkSenderAuth', () => {
  it.each([
    ['dmarc=pass', ['mx; dmarc=pass header.from=drumbeat.example'], true],
    ['dmarc=pass without header.from', ['mx; dmarc=pass'], true],
    ['dmarc=pass for another From domain', ['mx; dmarc=pass header.from=attacker.example'], false],
    ['dkim=pass aligned (d=)', ['mx; dkim=pass header.d=drumbeat.example; dmarc=fail'], true],
    ['dkim=pass aligned (i=, subdomain)', ['mx; dkim=pass header.i=@mail.drumbeat.example'], true],
    ['dkim=pass for another domain', ['mx; dkim=pass header.d=mailchimp.example'], false],
    ['spf=pass with a matching envelope sender', ['mx; spf=pass smtp.mailfrom=bounce@drumbeat.example'], true],
    ['spf=pass for another envelope sender', ['mx; spf=pass smtp.mailfrom=bounce@sendgrid.example'], false],
    ['everything failed', ['mx; dkim=fail header.d=drumbeat.example; spf=fail smtp.mailfrom=drumbeat.example; dmarc=fail'], false],
    ['no header', null, false],
    ['only the topmost header counts: a forged pass below', ['mx; dmarc=fail header.from=drumbeat.example', 'mx; dmarc=pass header.from=drumbeat.example'], false],
    ['only the topmost header counts: a fail below', ['mx; dmarc=pass header.from=drumbeat.example', 'other; dmarc=fail'], true],
    ['comment text does not count', ['mx; dkim=none (dkim=pass header.d=drumbeat.example)'], false],
  ])('%s → %s', (_, results, ok) => expect(checkSenderAuth(msg(results)).ok).toBe(ok));

  it('spf=pass without smtp.mailfrom falls back to Return-Path', () => {
    expect(checkSenderAuth(msg(['mx; spf=pass'], 'mark@drumbeat.example', { 'return-path': '<bounce@drumbeat.example>' })).ok).toBe(true);
    expect(checkSenderAuth(msg(['mx; spf=pass'], 'mark@drumbeat.example', { 'return-path': '<bounce@x.example>' })).ok).toBe(false);
  });

  it('says why it refused', () => {
    expect(checkSenderAuth(msg(['mx; dkim=fail; dmarc=fail'])).reason).toBe('authentication did not pass for drumbeat.example (dkim=fail dmarc=fail)');
    expect(checkSenderAuth(msg(null)).reason).toBe('no Authentication-Results header');
  });
});
