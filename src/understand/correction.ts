// Corrections in answer to our confirmation email ("no, April not March", "I meant a kitchen table sprint").
import { cutDue } from './dates.ts';
import type { Correction, Format } from './types.ts';

/** The format a phrase names, whatever the verb ("a DemoCamp", "kitchen-table sprints", "Kaffeeklatsch"). */
export function formatNamed(s: string): Format | null {
  const squash = s.toLowerCase().replace(/[^a-z]/g, '');
  if (/(ka|co|ko|ca)f+e*(k|c)l?a+t?s?c?h/.test(squash)) return 'coffee-klatch';
  if (/kit?che?n?tabl?e?sprint/.test(squash)) return 'kitchen-table-sprint';
  if (/democ[a]?mp/.test(squash)) return 'democamp';
  return null;
}

// Openers that carry no content of their own.
const OPENER = /^\s*(?:(?:no|nope|nah|not quite|oops|sorry|whoops|correction|small correction|one correction|one thing|almost|close|wait|hmm|ah|er|um|actually|oh)\b[\s,.:;!—–-]*)+/i;
// Ways of saying "it is X, not Y"; each yields [new, old].
const SHAPES: [RegExp, (m: RegExpExecArray) => [string, string | null]][] = [
  [/^(?:it(?:'|’)s\s+|it is\s+|it should be\s+|should be\s+|make it\s+)?not\s+(.+?)\s*[,;—–-]+\s*(?:but\s+|it(?:'|’)s\s+|it is\s+)?(.+)$/i, (m) => [m[2]!, m[1]!]],
  [/^(?:it(?:'|’)s\s+|it is\s+|it should be\s+|should be\s+|make it\s+|i meant\s+|i said\s+)?(.+?)\s*[,;]?\s+(?:not|rather than|instead of)\s+(.+?)$/i, (m) => [m[1]!, m[2]!]],
  [/\b(?:i|we)\s+(?:meant|mean|wanted to say|intended)\s*[:,]?\s*(?:to\s+)?(.+)$/i, (m) => [m[1]!, null]],
  [/\b(?:it\s+)?should\s+(?:be|say|read|have been)\s*[:,]?\s*(.+)$/i, (m) => [m[1]!, null]],
  [/\b(?:please\s+)?(?:change|move|switch|update|correct|make)\s+(?:it|that|this|the date|the day|the format|the month)?\s*(?:to|into)\s+(.+)$/i, (m) => [m[1]!, null]],
  [/\b(?:please\s+)?make (?:it|that)\s+(.+)$/i, (m) => [m[1]!, null]],
  [/^(?:it(?:'|’)s|it is|that(?:'|’)s)\s+(?:actually\s+)?(.+)$/i, (m) => [m[1]!, null]],
];

const clean = (s: string) => s.replace(/^(?:the\s+date\s+(?:is|should be)\s+)/i, '').replace(/[\s,;:.!?)]+$/g, '').replace(/\s+(?:please|thanks|thank you|instead|sorry)$/i, '').trim();

/** The correction in a reply to our confirmation, or null when it corrects nothing. */
export function correctionOf(sentences: string[], received: Date, timezone: string): Correction | null {
  for (const raw of sentences) {
    const opened = OPENER.test(raw);
    const s = raw.replace(OPENER, '').trim();
    if (!s) continue;
    let pair: [string, string | null] | null = null;
    for (const [re, f] of SHAPES) {
      const m = re.exec(s);
      if (m) {
        pair = f(m);
        break;
      }
    }
    // "actually the 12th", "No — April.": a bare new value after an opener.
    if (!pair && opened && s.split(/\s+/).length <= 6) pair = [s, null];
    if (!pair) continue;
    const fresh = clean(pair[0]);
    const old = pair[1] ? clean(pair[1]) : null;
    if (!fresh) continue;
    const out: Correction = {};
    const { due, rest } = cutDue(fresh, received, timezone);
    if (due) out.due = due;
    const f = formatNamed(fresh);
    if (f) out.format = f;
    else if (old && formatNamed(old) && !due) out.format = null;
    // A restated action ("I meant introduce Priya to the P2PU folks"): a verb phrase, not a bare noun or date.
    const words = clean(rest).replace(/^(?:to|i(?:'|’)ll|i will)\s+/i, '');
    if (words && !/^(?:a|an|the|one|my|our|in|on|by|at|for|this|that|it|just|only)\b/i.test(words) && words.split(/\s+/).length >= 2 && !(f && words.split(/\s+/).length <= 4)) out.action = words;
    if (old) out.replaces = old;
    if (out.due || out.format !== undefined || out.action) return out;
  }
  return null;
}
