import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken, findToken, replyAddress } from './reply-token.ts';

const secret = 'test-secret-0123456789';

describe('reply tokens', () => {
  it('round-trips the person, context and reference', () => {
    const tok = encodeToken(secret, { context: 'ask', refId: 42, personId: 7 });
    expect(tok).toMatch(/^a-42-7-[0-9a-f]{20}$/);
    expect(decodeToken(secret, tok)).toEqual({ context: 'ask', refId: 42, personId: 7 });
  });

  it('survives an MTA upper-casing the local part', () => {
    const tok = encodeToken(secret, { context: 'check-in', refId: 3, personId: 9 });
    expect(decodeToken(secret, tok.toUpperCase())).toEqual({ context: 'check-in', refId: 3, personId: 9 });
  });

  it('rejects a changed person, a changed reference and another secret', () => {
    const tok = encodeToken(secret, { context: 'ask', refId: 42, personId: 7 });
    expect(decodeToken(secret, tok.replace('-7-', '-8-'))).toBeNull();
    expect(decodeToken(secret, tok.replace('a-42', 'a-43'))).toBeNull();
    expect(decodeToken('another-secret-0123456789', tok)).toBeNull();
    expect(decodeToken(secret, 'garbage')).toBeNull();
  });

  it('finds a token only at our own domain', () => {
    const addr = replyAddress(secret, 'in.example.org', { context: 'ask', refId: 1, personId: 2 });
    expect(findToken(secret, 'in.example.org', ['someone@else.org', addr])).toEqual({ context: 'ask', refId: 1, personId: 2 });
    expect(findToken(secret, 'other.example.org', [addr])).toBeNull();
  });
});
