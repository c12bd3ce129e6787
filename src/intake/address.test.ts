// Tests for address normalization (the dedupe key) and one-line "Name <email>" parsing.
import { describe, expect, it } from 'vitest';
import { normalizeEmail, parseNameAddr } from './address.ts';

describe('normalizeEmail', () => {
  it.each([
    [' <Ada@Example.ORG> ', 'ada@example.org'],
    ['mailto:ada@example.org', 'ada@example.org'],
    ['MAILTO:<ada@example.org>', 'ada@example.org'],
    ['"ada@example.org"', 'ada@example.org'],
    ['ada@example.org?subject=hi', 'ada@example.org'],
    ['ada@example.org.', 'ada@example.org'],
    ['\u200Bada+events@example.org\u00A0', 'ada+events@example.org'],
    ['ada@bücher.example', 'ada@xn--bcher-kva.example'],
    ['ADA@XN--BCHER-KVA.EXAMPLE', 'ada@xn--bcher-kva.example'],
    ['ada@bu\u0308cher.example', 'ada@xn--bcher-kva.example'], // NFD input, same key as NFC
    ['josé@example.com', 'josé@example.com'],
  ])('%j → %s', (input, want) => expect(normalizeEmail(input)).toBe(want));

  it.each(['', 'ada', 'ada@', '@example.org', 'ada@example', 'ada@@example.org', 'a b@example.org', 'ada.@example.org', '.ada@example.org', 'ada..b@example.org', 'ada@-x.org', 'ada@exa_mple.org', 'ada@example.123', '=cmd@example.org', `${'a'.repeat(65)}@example.org`])(
    '%j is invalid',
    (input) => expect(normalizeEmail(input)).toBeNull(),
  );
});

describe('parseNameAddr', () => {
  it.each([
    ['Ada Lovelace <ada@example.org>', { email: 'ada@example.org', name: 'Ada Lovelace' }],
    ['"Lovelace, Ada" <ADA@example.org>', { email: 'ada@example.org', name: 'Lovelace, Ada' }],
    ['<ada@example.org>', { email: 'ada@example.org', name: null }],
    ['ada@example.org, Ada Lovelace', { email: 'ada@example.org', name: 'Ada Lovelace' }],
    ['Ada Lovelace; ada@example.org', { email: 'ada@example.org', name: 'Ada Lovelace' }],
    ['ada@example.org\tAda Lovelace', { email: 'ada@example.org', name: 'Ada Lovelace' }],
    ['ada@example.org (Ada Lovelace)', { email: 'ada@example.org', name: 'Ada Lovelace' }],
    ['Ada Lovelace ada@example.org', { email: 'ada@example.org', name: 'Ada Lovelace' }],
    ['  ada@example.org  ', { email: 'ada@example.org', name: null }],
  ])('%j', (input, want) => expect(parseNameAddr(input)).toEqual(want));

  it.each(['', 'Ada Lovelace', 'Ada <not-an-address>', 'ada(at)example.org'])('%j has no address', (input) => expect(parseNameAddr(input)).toBeNull());
});
