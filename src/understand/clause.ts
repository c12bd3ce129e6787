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

const NAMED_SUBJECT = /^(?!(?:I|I'm|I'll|I've|I'd)\s)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:is|are|was|were|has|have|had|will|would|can|could|says|said|already|also|just|still)\s+\S/u;

interface Tagged { text: string; tags: string[] }

function tag(words: string): Tagged[] {
  const out: Tagged[] = [];
  for (const s of nlp(words).json() as { terms: { text: string; tags: string[] }[] }[]) for (const t of s.terms) out.push({ text: t.text, tags: t.tags });
  return out;
}

/**
 * Whether the words after a comma are a sentence of their own: a subject, then (within a few words) a verb. `reach` is
 * how many words the subject may run to before its verb (a purpose after "so" may name a longer one: "the new neighbours
 * from the 3rd floor can meet …").
 */
export function isClause(rest: string, reach = 7): boolean {
  const first = rest.trim().split(/\s+/)[0] ?? '';
  // "…, Deacon Lewis is already working on the history page", "…, Mrs. Patel has the keys": a person named, then a finite
  // verb, is a sentence of its own.
  if (NAMED_SUBJECT.test(rest.trim())) return true;
  if (!SUBJECT.test(first.replace(/[.,!?;:]+$/, '')) || NOT_A_CLAUSE_START.test(rest.trim())) return false;
  // Only the first few words decide; the tagger need not read the rest of a long sentence.
  const terms = tag(rest.replace(/[’]/g, "'").split(/\s+/).slice(0, reach + 1).join(' '));
  if (terms.length < 2) return false;
  // "i've done a dozen", "we're only six", "it's heavy": the subject carries its verb.
  if (/^(?:i|we|you|he|she|they|it|there|that)'(?:s|re|ve|m|ll|d)$/i.test(terms[0]!.text)) return true;
  // "everyone's repair requests …": a possessive opens a noun phrase, as a determiner does.
  const pronoun = PRONOUN_SUBJECT.test(terms[0]!.text) && !terms[0]!.tags.includes('Possessive');
  const pp = terms.findIndex((x) => x.tags.includes('Preposition'));
  const headPlural = pp > 1 && terms.slice(1, pp).some((x) => x.tags.includes('Plural'));
  for (let i = 1; i < Math.min(terms.length, pronoun ? 3 : reach); i++) {
    const t = terms[i]!;
    if (FINITE.test(t.text) || t.tags.includes('Copula') || t.tags.includes('Modal') || t.tags.includes('Auxiliary')) return true;
    if (t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Infinitive') && !t.tags.includes('Participle')) return true;
    // "you never have enough", "the kids love it", "the forms finally get sent": a present verb after a pronoun or a plural
    // noun (an adverb between them or not).
    if (t.tags.includes('Verb') && t.tags.includes('Infinitive') && (pronoun || terms[i - 1]!.tags.includes('Plural') || (i >= 2 && terms[i - 1]!.tags.includes('Adverb') && terms[i - 2]!.tags.includes('Plural')))) return true;
    // "the suppliers in town charge too much": after a plural subject and a place, a plain verb, or a word the tagger took
    // into a compound noun ("town charge") that can be one ("they charge"), is its verb when neither a noun nor a verb
    // follows it.
    if (i >= 3 && pp > 1 && i > pp + 1 && headPlural && terms[i - 1]!.tags.includes('Noun') && terms[i + 1]
      && ((t.tags.includes('Verb') && t.tags.includes('Infinitive')) || (!terms[i + 1]!.tags.includes('Noun') && !terms[i + 1]!.tags.includes('Verb') && t.tags.includes('Singular') && !t.tags.includes('Possessive') && /^[a-z]+$/.test(t.text) && tag('they ' + t.text)[1]?.tags.includes('Verb')))) return true;
    // The noun phrase of the subject may hold adjectives, nouns and a preposition ("the signal at the praça is …").
    if (!(t.tags.includes('Noun') || t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Preposition') || t.tags.includes('Possessive') || t.tags.includes('Value') || t.tags.includes('Adverb') || t.tags.includes('Negative'))) return false;
    // "they both stopped coming", "we all love it": a quantifier after the pronoun is still its subject.
    if (pronoun && !(t.tags.includes('Adverb') || t.tags.includes('Negative') || /^(?:both|all|each)$/i.test(t.text))) return false;
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
    // "DBS-checked volunteers, and right now we only have two": how things stand now, after "and", is a sentence of its own.
    const now = /^(?:and|but)\s+(?:right now|at the moment|currently|at present|so far|for now|these days|today|now)\s*,?\s+/i.exec(rest);
    // "a space with a kitchen, to make injera for 100 people you need a real kitchen": a sentence led by what it is for.
    const forWhat = /^to\s+\p{L}+\s+[^,;]{2,60}?\s+(?:you|we|i|they|one|people|everyone)\s+(?:need|needs|have to|has to|must|should|can(?:'|’)?t|cannot|really need)\s/iu.test(rest);
    // "bring the kettle, last time we had one outlet for 12 laptops", "…, usually we run out of cups": a sentence opened by
    // when it happens or happened.
    const when = /^(?:last (?:time|year|month|week|spring|summer|autumn|fall|winter)|every time|each time|usually|normally|often|sometimes|these days|most (?:days|weeks|nights|evenings|weekends))\s*,?\s+/i.exec(rest);
    // "more events on weekends, weeknights are rough for parents": a bare plural noun and its verb "are"/"were".
    const plural = /^\p{Ll}[\p{L}-]{2,}s\s+(?:are|were|aren(?:'|’)?t|weren(?:'|’)?t)\s+\S/u.test(rest);
    if (forWhat || plural || isClause(rest) || (now && isClause(rest.slice(now[0].length))) || (when && isClause(rest.slice(when[0].length)))) return { head: head.replace(/[\s,;:—–-]+$/, ''), rest };
  }
  return { head: phrase, rest: null };
}

export const cutClauseTail = (phrase: string) => splitClauseTail(phrase).head;

/**
 * "put together a guide for the vendors, and ask the market manager for a power outlet": two things to do, when the
 * word after ", and" (or ", then", ", and then") is a verb in its plain form. "bring cookies, and lemonade" stays one.
 */
export function splitActions(action: string): string[] {
  const m = /,\s+(?:and\s+(?:then\s+|also\s+)?|then\s+|also\s+)(?=[a-z])/i.exec(action);
  if (!m || m.index < 8) return [action];
  const rest = action.slice(m.index + m[0].length);
  const first = tag(rest.split(/\s+/).slice(0, 4).join(' '))[0];
  if (!first || !first.tags.includes('Verb') || first.tags.includes('Gerund') || first.tags.includes('PastTense') || first.tags.includes('Noun')) return [action];
  if (!first.tags.includes('Infinitive') && !first.tags.includes('Imperative')) return [action];
  return [action.slice(0, m.index), ...splitActions(rest)];
}

// "a pop-up canopy that just sits in the machine shed all winter", "a cold room at the co-op that members of other
// groups can use": what is said of a thing offered, after "that"/"which", is not the thing. People stay whole
// ("someone who knows …"), and so does what a place holds ("a hall that seats 80").
const PERSON = /(?:^|\s)(?:someone|somebody|anyone|anybody|people|person|volunteers?|folks|mentors?|helpers?|one|ones|those|others|everyone)$/i;
const HOLDS = /^(?:(?:easily|comfortably|usually|can|could)\s+)*(?:seats?|holds?|fits?|sleeps?|takes?|accommodates?)\b/i;
export function cutRelativeTail(phrase: string): string {
  const re = /(,?)\s+(?:that|which)\s+/gi;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    const head = phrase.slice(0, m.index);
    if (head.trim().split(/\s+/).length < 2 || PERSON.test(head)) continue;
    const rest = phrase.slice(m.index + m[0].length);
    if (HOLDS.test(rest)) continue;
    // "that just sits …", "which the grandchildren say …", "that members of other groups can use …"
    const terms = tag(rest.split(/\s+/).slice(0, 8).join(' '));
    let i = 0;
    while (i < terms.length && (terms[i]!.tags.includes('Adverb') || terms[i]!.tags.includes('Negative'))) i++;
    const t = terms[i];
    if (!t) continue;
    // "that just sits in the shed", "that is gathering dust": where it is, not what it does ("a print shop that does
    // union-rate printing" stays whole).
    const lying = i > 0 || /^(?:sits?|lies|lie|stands?|(?:is|are)\s+(?:just\s+)?(?:sitting|lying|gathering|collecting|unused|idle|spare|free|empty|not)|gathers?|collects?|(?:has|have)\s+been)\b/i.test(rest);
    if (lying || m[1] === ',' || isClause(rest) || subjectThenVerb(terms)) return head.replace(/[\s,]+$/, '');
  }
  return phrase;
}

// "members of other groups can use": a noun phrase, then a verb, within a few words.
function subjectThenVerb(terms: Tagged[]): boolean {
  for (let i = 0; i < Math.min(terms.length, 6); i++) {
    const t = terms[i]!;
    if (i > 0 && (FINITE.test(t.text) || t.tags.includes('Modal') || t.tags.includes('Copula'))) return true;
    if (i > 0 && t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Participle') && terms[i - 1]!.tags.includes('Noun')) return true;
    if (!(t.tags.includes('Noun') || t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Preposition') || t.tags.includes('Possessive') || t.tags.includes('Value'))) return false;
  }
  return false;
}
