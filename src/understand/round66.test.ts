// Round 66's phenomena (the lead's own, from known weak spots), each in new words, with a counter-case.
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import type { ReplyContext } from './types.ts';

const received = new Date('2027-03-10T10:00:00Z'); // Wednesday
const u = (text: string, context: ReplyContext = 'ask', timezone = 'Europe/Madrid') => understand({ text, received, timezone, context });

describe('invitations: an unaccented "si" that opens a condition is "if", not "yes"', () => {
  it('"Si voy, llevo …" / "Si puedo ir, llevo …" accept nothing', () => {
    expect(u('Si voy, llevo la guitarra', 'invitation').command).toBeNull();
    expect(u('Si puedo ir, llevo una tortilla', 'invitation').command).toBeNull();
    // counter-cases: "Si, voy", a bare "si voy" and an accented "Sí voy, …" are yes
    expect(u('Si, voy!', 'invitation').command).toBe('join');
    expect(u('si voy', 'invitation').command).toBe('join');
    expect(u('Sí voy, llevo la guitarra', 'invitation').command).toBe('join');
  });
});
