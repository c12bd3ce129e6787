// Where a phrase read as a promise, an offer, a need or a wish runs on, after a comma, into a sentence of its own
// ("excel/sql help, i do this all day at work"; "a decent PA, we were shouting all day"; "bring the extension cords,
// you never have enough at the fairgrounds"), the thing the person named ends at the comma.
//
// Telling "X, the signal at the praça is terrible" (a new clause) from "X, the big screen and the cables" (more of the
// list) needs to know which word is a verb. compromise (a kept NLP library that ships its English lexicon and tagger
// as a package) tags the words after the comma; the subject itself must be an English pronoun or determiner, so that
// phrases in other languages ("…, el aula magna del centro …") are never cut on a guess.
import nlp from 'compromise/two';

// A clause after the comma opens with its subject: a pronoun, or a determiner and up to a few words of noun phrase.
const SUBJECT = /^(?:i|we|you|he|she|they|it|there|ours|mine|theirs|everyone|everybody|nobody|no one|someone|somebody|most|many|half|all|some|none|both)(?:(?:'|’)[a-z]+)?$|^(?:the|our|my|their|his|her|its|your|these|those|this|that|every|each|no)$/i;
const PRONOUN_SUBJECT = /^(?:i|we|you|he|she|they|it|there|ours|mine|theirs|everyone|everybody|nobody|no one|someone|somebody)(?:(?:'|’)[a-z]+)?$/i;
// Words that make a clause whatever the tagger says of them (compromise reads "ours is very old" with "is" as a noun).
const FINITE = /^(?:is|are|was|were|am|has|have|had|does|do|did|can|could|will|would|shall|should|may|might|must|won(?:'|’)t|can(?:'|’)?t|don(?:'|’)?t|doesn(?:'|’)?t|didn(?:'|’)?t|isn(?:'|’)?t|aren(?:'|’)?t|wasn(?:'|’)?t|never|always|still|just|only|really|already|also)$/i;
// After these the words run on as the same phrase: "X, and Y" is a list or a second item, said elsewhere.
const NOT_A_CLAUSE_START = /^(?:and|or|but|then|plus|also|not|like|e\.?g\.?|i\.?e\.?|incl\w*|especially|ideally|preferably|maybe|perhaps|probably|possibly|please|pls|thanks|thank)\b/i;

interface Tagged { text: string; tags: string[] }

function tag(words: string): Tagged[] {
  const out: Tagged[] = [];
  for (const s of nlp(words).json() as { terms: { text: string; tags: string[] }[] }[]) for (const t of s.terms) out.push({ text: t.text, tags: t.tags });
  return out;
}

/** Whether the words after a comma are a sentence of their own: a subject, then (within a few words) a verb. */
export function isClause(rest: string): boolean {
  const first = rest.trim().split(/\s+/)[0] ?? '';
  if (!SUBJECT.test(first.replace(/[.,!?;:]+$/, '')) || NOT_A_CLAUSE_START.test(rest.trim())) return false;
  const terms = tag(rest.replace(/[’]/g, "'"));
  if (terms.length < 2) return false;
  // "i've done a dozen", "we're only six", "it's heavy": the subject carries its verb.
  if (/^(?:i|we|you|he|she|they|it|there|that)'(?:s|re|ve|m|ll|d)$/i.test(terms[0]!.text)) return true;
  const pronoun = PRONOUN_SUBJECT.test(terms[0]!.text);
  for (let i = 1; i < Math.min(terms.length, pronoun ? 3 : 7); i++) {
    const t = terms[i]!;
    if (FINITE.test(t.text) || t.tags.includes('Copula') || t.tags.includes('Modal') || t.tags.includes('Auxiliary')) return true;
    if (t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Infinitive') && !t.tags.includes('Participle')) return true;
    // "you never have enough", "the kids love it": a present verb after a pronoun or a plural noun.
    if (t.tags.includes('Verb') && t.tags.includes('Infinitive') && (pronoun || terms[i - 1]!.tags.includes('Plural'))) return true;
    // The noun phrase of the subject may hold adjectives, nouns and a preposition ("the signal at the praça is …").
    if (!(t.tags.includes('Noun') || t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Preposition') || t.tags.includes('Possessive') || t.tags.includes('Value') || t.tags.includes('Adverb') || t.tags.includes('Negative'))) return false;
    if (pronoun && !(t.tags.includes('Adverb') || t.tags.includes('Negative'))) return false;
  }
  return false;
}

// "My basement, it fits 15", "the hall, it's free on Sundays": what the thing holds or when it is free is part of the offer.
const SAYS_OF_THE_THING = /^(?:it|they|she|he)(?:(?:'|’)s|(?:'|’)re|\s+is|\s+are)?\s+(?:(?:usually|always|often|mostly|also|only|just)\s+)?(?:fits?|seats?|holds?|sleeps?|takes?|free|available|open|empty|yours)\b/i;

/** The phrase cut where, after a comma (or dash, or semicolon), a sentence of its own begins; `rest` is that sentence. */
export function splitClauseTail(phrase: string): { head: string; rest: string | null } {
  const re = /\s*(?:,|;|\s[—–-])\s+/g;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    const head = phrase.slice(0, m.index);
    // Keep at least two words of the thing itself.
    if (head.trim().split(/\s+/).length < 2) continue;
    const rest = phrase.slice(m.index + m[0].length);
    if (SAYS_OF_THE_THING.test(rest)) continue;
    if (isClause(rest)) return { head: head.replace(/[\s,;:—–-]+$/, ''), rest };
  }
  return { head: phrase, rest: null };
}

export const cutClauseTail = (phrase: string) => splitClauseTail(phrase).head;
