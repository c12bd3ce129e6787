// Public holidays of the person's own country, by name: "before Natal Day" in Halifax, "by Kamehameha Day" in
// Honolulu, "right after Wszystkich Świętych" in Warsaw. The names and dates come from date-holidays (about 200
// countries with their states, names in the countries' own languages and in English); the country comes from the
// person's IANA zone (countries-and-timezones), and a few zones also tell the state or province.
import Holidays from 'date-holidays';
import ct from 'countries-and-timezones';

export interface HolidayHit {
  /** Where the name starts and ends in the text. */
  index: number;
  length: number;
  /** The holiday's next day on or after `today` (YYYY-MM-DD). */
  day: string;
  /** Its English name as date-holidays gives it. */
  name: string;
}

// Zones that name a state or province whose own holidays people use ("Natal Day" is Nova Scotia's, "Kamehameha Day"
// Hawaii's, "Cup Day" Victoria's). Other zones get their country's national holidays only.
const STATE_OF_ZONE: Record<string, string> = {
  'Australia/Sydney': 'NSW', 'Australia/Melbourne': 'VIC', 'Australia/Brisbane': 'QLD', 'Australia/Lindeman': 'QLD',
  'Australia/Adelaide': 'SA', 'Australia/Perth': 'WA', 'Australia/Hobart': 'TAS', 'Australia/Darwin': 'NT',
  'Pacific/Honolulu': 'HI', 'America/Anchorage': 'AK', 'America/Juneau': 'AK', 'America/Sitka': 'AK', 'America/Nome': 'AK',
  'America/Halifax': 'NS', 'America/Glace_Bay': 'NS', 'America/Moncton': 'NB', 'America/St_Johns': 'NL',
  'America/Regina': 'SK', 'America/Winnipeg': 'MB', 'America/Edmonton': 'AB', 'America/Vancouver': 'BC',
  // Ontario's and Quebec's people share America/Toronto; the two keep the same autumn days (Thanksgiving, not national).
  'America/Toronto': 'ON', 'America/Montreal': 'QC', 'America/Thunder_Bay': 'ON', 'America/Nipigon': 'ON',
  'America/Whitehorse': 'YT', 'America/Yellowknife': 'NT', 'America/Iqaluit': 'NU',
  // Auckland's anniversary is the one most of Pacific/Auckland's people keep.
  'Pacific/Auckland': 'AUK',
  // Sarawak and Sabah keep their own harvest festivals (Gawai, Kaamatan).
  'Asia/Kuching': '13',
};

// Words that do not tell one holiday from another: "day" in any language, articles, "national", "holiday".
const GENERIC = new Set(
  ('day days dia de del la las los el the of and national holiday holidays public feast festival observance birthday ' +
    'hari raya tag tage jour fete giorno festa dag dan araw ng mga sa siku sikukuu ya y e et und der die des du le ' +
    'les di da do dos das van het dzien swieto narodowy narodowe narodowa national nationale nazionale nacional ' +
    'international internacional ngay le tet en op na po della dello delle degli dei dal dalla al alla ai nel nella au aux').split(' '),
);
// A word for "day" that ends a holiday's name ("Natal Day", "Día de la Revolución", "Nikolaustag").
const DAY_WORD = /^(?:day|dia|tag|jour|dag|dan)$/;
// A word just before a name that is part of the phrase around it, not of a longer proper name.
const LEAD_WORDS = /^(?:by|before|after|on|until|till|over|for|at|during|around|from|since|the|and|or|in|b4|ahead|of|to|right|just|straight|antes|despu[ée]s|hasta|para|tras|depois|at[ée]|avant|apr[eè]s|pour|vor|nach|bis|am|zum|prima|dopo|per|voor|na|tot|przed|po|do|sebelum|setelah|sesudah|sampai|bago|pagkatapos|kabla|baada|hadi|inainte|dup[aă]|p[aâ]n[aă]|de|del|da|la|el|le|les|los|las|o|a|os|as|il|ng|sa|mga|innan|f[oö]re|f[oø]r|inden|efter|etter|tegen|rond|ennen|j[aä]lkeen)$/i;

/** Lower-case, without accents, one character for one: the folded text keeps the original's indices. */
function fold(s: string): string {
  // Plain ASCII (most mail): lower case is all there is to do.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const c = base.toLowerCase();
    const m = c === 'ł' ? 'l' : c === 'ß' ? 's' : c === 'đ' ? 'd' : c === 'ø' ? 'o' : c === 'æ' ? 'a' : c === 'ı' ? 'i' : c === '’' ? "'" : c;
    out += m.length === ch.length ? m : ch.length === 2 ? m.padEnd(2, ' ') : m[0];
  }
  return out;
}
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+(?:'[a-z]+)?/g;
const tokens = (folded: string) => [...folded.matchAll(WORD)].map((m) => m[0].replace(/'s$/, ''));

// Everyday names for a country's holidays, with their inflected forms: Undas is All Saints' Day in the Philippines,
// majówka Poland's May Day long weekend (it starts on Labour Day); Gawai and Kaamatan Sarawak's and Sabah's harvest
// festivals. They are written in lower case too.
const ALIASES: Record<string, [string, RegExp][]> = {
  PH: [['undas', /^All Saints/]],
  PL: ['majowka', 'majowki', 'majowke', 'majowce'].map((w) => [w, /^Labour Day/] as [string, RegExp]),
  MY: [['gawai', /Gawai|Dayak/], ['kaamatan', /Kaamatan|Harvest Festival/]],
  // Spain's 12 October is el Pilar (Zaragoza's feast, the name its long weekend goes by) and el Día de la Hispanidad.
  ES: [['pilar', /^Fiesta Nacional/], ['hispanidad', /^Fiesta Nacional/]],
};
// An alias that is also a person's name ("Pilar") names the day only after its article: "el puente del Pilar", "el Pilar".
const ALIAS_LEAD: Record<string, RegExp> = { pilar: /(?<![\p{L}])(?:del|el|virgen del|fiestas? del)\s+$/iu };
const LOWER_OK = new Set<string>();

interface Entry { name: string; key: string; words: Set<string>; langs: Set<string>[]; days: string[]; public: boolean }
interface Zone { entries: Entry[]; byWord: Map<string, number[]>; hint: RegExp | null; lower: Set<string> }
const ZONES = new Map<string, Zone>();
const NONE: Zone = { entries: [], byWord: new Map(), hint: null, lower: new Set() };
// A compound name for the day ("Luciadagen", "Nikolaustag", "Grundlovsdag"): people say its first part alone ("innan
// Lucia", "vor Nikolaus").
const COMPOUND_DAY = /^(\p{L}{4,}?)(?:dagen|dag|tagen|tag|paiva|paivana)$/u;

function zoneOf(tz: string, year: number): Zone {
  const k = `${tz} ${year}`;
  let z = ZONES.get(k);
  if (!z) { z = buildZone(tz, year); ZONES.set(k, z); }
  return z;
}

function buildZone(tz: string, year: number): Zone {
  const country = ct.getTimezone(tz)?.countries?.[0];
  if (!country) return NONE;
  let hd: Holidays;
  try {
    const state = STATE_OF_ZONE[tz];
    hd = state ? new Holidays(country, state) : new Holidays(country);
  } catch { return NONE; }
  const langs = [...new Set(['en', ...(hd.getLanguages?.() ?? [])])];
  const entries = new Map<string, Entry>(); // by the English name
  // Words the library itself writes in lower case inside a name ("Action de grâce", "Fête du travail"): a person writes
  // them so too.
  const lower = new Set<string>();
  for (const y of [year, year + 1]) {
    const lists = langs.map((l) => (hd.getHolidays(y, l) || []) as { date: string; name: string; type: string }[]);
    const en = lists[0]!;
    en.forEach((h, i) => {
      if (/substitute|\(observed\)/i.test(h.name) || h.type === 'school') return;
      const names = lists.map((l) => l[i]?.name).filter((x): x is string => !!x && x.trim().length > 0);
      let e = entries.get(h.name);
      if (!e) {
        const words = new Set<string>(), langs: Set<string>[] = [];
        for (const n of names) {
          const own = tokens(fold(n));
          for (const w of own) words.add(w);
          langs.push(new Set(own.filter((w) => !GENERIC.has(w))));
          for (const m of n.matchAll(/(?<=\s)\p{Ll}[\p{L}'’]*/gu)) for (const w of tokens(fold(m[0]))) lower.add(w);
          if (own.some((w) => COMPOUND_DAY.test(w))) {
            const stems = own.map((w) => COMPOUND_DAY.exec(w)?.[1] ?? w);
            for (const w of stems) words.add(w);
            langs.push(new Set(stems.filter((w) => !GENERIC.has(w))));
          }
        }
        e = { name: h.name, key: fold(h.name), words, langs, days: [], public: h.type === 'public' || h.type === 'bank' };
        entries.set(h.name, e);
      }
      const d = h.date.slice(0, 10);
      if (!e.days.includes(d)) e.days.push(d);
    });
  }
  // Names people use that the library does not give, folded, by country: what they stand for, by its English name.
  for (const [alias, en] of ALIASES[country] ?? []) {
    const e = [...entries.values()].find((x) => en.test(x.name));
    if (!e) continue;
    for (const w of alias.split(' ')) e.words.add(w);
    e.langs.push(new Set(alias.split(' ')));
    for (const w of alias.split(' ')) LOWER_OK.add(w);
  }
  const list = [...entries.values()];
  const byWord = new Map<string, number[]>();
  list.forEach((e, i) => {
    for (const w of e.words) {
      if (GENERIC.has(w) || w.length < 3 || /^\d+$/.test(w)) continue;
      const a = byWord.get(w);
      if (a) a.push(i); else byWord.set(w, [i]);
    }
  });
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const hint = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u') : null;
  return { entries: list, byWord, hint, lower };
}

/** Whether the text may name one of the zone's holidays (a cheap test before the date rules run). */
export function mayNameHoliday(text: string, tz: string, today: string): boolean {
  return findHoliday(text, tz, today) !== null;
}

/** The first of the zone's holidays the text names, placed on its next day on or after `today`. */
// The same sentence is read many times over (whole, then its parts): the last answers are kept.
const SEEN = new Map<string, HolidayHit | null>();
export function findHoliday(text: string, tz: string, today: string): HolidayHit | null {
  const key = `${tz}\u0000${today}\u0000${text}`;
  const hit = SEEN.get(key);
  if (hit !== undefined) return hit;
  const r = findHoliday1(text, tz, today);
  if (SEEN.size > 2000) SEEN.clear();
  SEEN.set(key, r);
  return r;
}
function findHoliday1(text: string, tz: string, today: string): HolidayHit | null {
  const z = zoneOf(tz, Number(today.slice(0, 4)));
  if (!z.hint) return null;
  const folded = fold(text);
  if (!z.hint.test(folded)) return null;
  const ws = [...folded.matchAll(WORD)].map((m) => {
    // An elided article is not part of the name: "avant l'Action de grâce", "dell'Immacolata".
    const el = /^(?:l|d|dell|all|nell|sull|dall|qu)'(?=[a-z\u00c0-\u024f])/.exec(m[0])?.[0].length ?? 0;
    return { w: m[0].slice(el).replace(/'s$/, ''), i: m.index! + el, end: m.index! + m[0].length };
  });
  for (let k = 0; k < ws.length; k++) {
    const ids = z.byWord.get(ws[k]!.w);
    if (!ids) continue;
    // The run of words around it that belong to the same names (distinctive or not): "Prince Kūhiō Day".
    let cands = ids.slice();
    let a = k, b = k;
    const inAll = (w: string, cs: number[]) => cs.filter((i) => z.entries[i]!.words.has(w));
    while (a > 0) { const c = inAll(ws[a - 1]!.w, cands); if (!c.length) break; a--; if (!GENERIC.has(ws[a]!.w)) cands = c; }
    while (b + 1 < ws.length) { const c = inAll(ws[b + 1]!.w, cands); if (!c.length) break; b++; if (!GENERIC.has(ws[b]!.w)) cands = c; }
    // Trim connecting words at the edges ("de la Revolución" is "Revolución"); keep a trailing "Day".
    const a0 = a;
    while (a < k && GENERIC.has(ws[a]!.w)) a++;
    // ... unless the name opens with one written as part of it: "Festa della Repubblica", "Día de la Revolución".
    for (let j = a - 1; j >= a0; j--) if (/\p{Lu}/u.test(text[ws[j]!.i]!)) a = j;
    while (b > k && GENERIC.has(ws[b]!.w) && !DAY_WORD.test(ws[b]!.w)) b--;
    // "Cup Day", "Anniversary weekend": a word for the day itself after the run closes it.
    const after = ws[b + 1];
    const closed = DAY_WORD.test(ws[b]!.w) || /^(?:weekend|holiday|holidays)$/.test(ws[b]!.w) || (!!after && /^(?:day|weekend|long|holiday|holidays)$/.test(after.w) && /^[ \t]+$/.test(text.slice(ws[b]!.end, after.i)));
    if (after && /^day$/.test(after.w) && closed && !DAY_WORD.test(ws[b]!.w)) b++;
    const first = ws[a]!, last = ws[b]!;
    // A proper name, written as one.
    const distinct = ws.slice(a, b + 1).filter((x) => !GENERIC.has(x.w));
    if (!distinct.every((x, i) => /\p{Lu}/u.test(text[x.i]!) || LOWER_OK.has(x.w) || (i > 0 && z.lower.has(x.w)))) continue;
    if (distinct.length === 1 && ALIAS_LEAD[distinct[0]!.w] && !ALIAS_LEAD[distinct[0]!.w]!.test(text.slice(0, distinct[0]!.i))) continue;
    // Part of a longer proper name ("the World Cup", "Heritage Day Parade Committee"): not the holiday.
    const prev = a > 0 ? ws[a - 1] : undefined;
    if (prev && /\p{Lu}/u.test(text[prev.i]!) && !LEAD_WORDS.test(prev.w) && !/[.!?:;\n•*-]\s*$/.test(text.slice(0, prev.i))) continue;
    const next = ws[b + 1];
    if (next && /\p{Lu}/u.test(text[next.i]!) && /^\s+$/.test(text.slice(last.end, next.i)) && !/^(?:i|i'm|i'll|i've|i'd)$/.test(next.w)) continue;
    // The name the words say most of, in any of its languages; a part of a name only when a word for the day closes it
    // ("Cup Day" for the Melbourne Cup, not "our tenth Anniversary party"). A tie between different days is no answer.
    const said = new Set(distinct.map((x) => x.w));
    const scored = cands.map((i) => {
      const e = z.entries[i]!;
      const s = Math.max(...e.langs.map((l) => (l.size ? [...said].filter((w) => l.has(w)).length / l.size : 0)));
      return { e, s };
    });
    scored.sort((x, y) => y.s - x.s || Number(y.e.public) - Number(x.e.public));
    if (!scored.length || (scored[0]!.s < 1 && !closed)) continue;
    const best = scored.filter((x) => x.s === scored[0]!.s);
    const day = (e: Entry) => e.days.filter((d) => d >= today).sort()[0];
    const d0 = day(best[0]!.e);
    if (!d0 || best.some((x) => day(x.e) !== d0)) continue;
    return { index: first.i, length: last.end - first.i, day: d0, name: best[0]!.e.name };
  }
  return null;
}
