import { describe, expect, it } from 'vitest';
import { fastEdges } from './word-edge.ts';

// Every match (index and text) of `re` over `s`, for comparing two patterns.
const all = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => `${m.index}:${m[0]}`);

const TEXTS = [
  'I will host a coffee klatch in March.',
  'we understood, we_understood, weunderstood, 2we understood3',
  'ſtop — Kelvin: 5 K, café understood, naïve bet, über-bet',
  'Bet. bet, abet, bets, bet_ting, bet2, 2bet, BET!',
  'gets get getting, a an aa, one-two, (draft) [done]',
  'Noch nicht, ich brauche noch zwei Wochen. Ça va? ¿Qué tal?',
  '',
];

describe('fastEdges', () => {
  it('writes an edge before a word as a look-behind and after a word as a look-ahead', () => {
    expect(fastEdges(/\bbet\b/iu).source).toBe('(?<!\\w)bet(?!\\w)');
    expect(fastEdges(/\b(?:we|i)\s+will\b/iu).source).toBe('(?<!\\w)(?:we|i)\\s+will(?!\\w)');
    // "gets?": the optional letter still leaves a word character before the edge.
    expect(fastEdges(/\bgets?\b/iu).source).toBe('(?<!\\w)gets?(?!\\w)');
  });

  it('leaves an edge alone where the word side is not known from the pattern', () => {
    // A group with a branch that may start with a non-word character, a class, an empty branch.
    expect(fastEdges(/\b(?:-x|y)/iu).source).toBe('\\b(?:-x|y)');
    expect(fastEdges(/\b[a-z]+/iu).source).toBe('\\b[a-z]+');
    expect(fastEdges(/x?\b/iu).source).toBe('x?\\b');
  });

  it('changes only patterns with both the i and u flags', () => {
    const plain = /\bbet\b/i;
    const unicode = /\bbet\b/u;
    expect(fastEdges(plain)).toBe(plain);
    expect(fastEdges(unicode)).toBe(unicode);
  });

  it('matches exactly what the pattern with \\b matched, ſ and the Kelvin sign included', () => {
    const patterns = [
      /\bbet\b/iu,
      /\bwe understood\b/iu,
      /\b(?:gets?|a|an)\b/iu,
      /\b(?:stop|kelvin)\b/iu,
      /\bnoch\s+(?:zwei|drei)\s+wochen\b/iu,
      /\b(?:one|two)\b-?\b(?:two|three)?\b/iu,
      /\b(?:done|draft)\b|\bbet\w*\b/iu,
    ];
    for (const re of patterns) {
      const fast = fastEdges(re);
      expect(fast.source).not.toBe(re.source);
      for (const s of TEXTS) expect(all(fast, s), `${re} on ${JSON.stringify(s)}`).toEqual(all(re, s));
    }
  });
});
