// Date phrases in a reply → an inclusive date range in the person's timezone, counted from when the mail was sent.
import * as chrono from 'chrono-node';
import type { DueRange } from './types.ts';
import { findHoliday, mayNameHoliday } from './holidays.ts';
import { fastEdges } from './word-edge.ts';

/** A calendar day, without time or zone. */
export interface Day {
  y: number;
  m: number; // 1..12
  d: number;
}

export interface DueMatch extends DueRange {
  text: string; // the phrase as it appeared, preposition included ("by the end of January")
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const toUtc = (x: Day) => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (t: number): Day => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
export const addDays = (x: Day, n: number): Day => fromUtc(toUtc(x) + n * 86_400_000);
const addMonths = (x: Day, n: number): Day => {
  const t = new Date(Date.UTC(x.y, x.m - 1 + n, 1));
  const last = daysIn(t.getUTCFullYear(), t.getUTCMonth() + 1);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: Math.min(x.d, last) };
};
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (x: Day) => new Date(toUtc(x)).getUTCDay(); // 0 = Sunday
const range = (a: Day, b: Day) => ({ start: iso(a), end: iso(b) });
const monthRange = (y: number, m: number) => range({ y, m, d: 1 }, { y, m, d: daysIn(y, m) });

/** The day it was in `timezone` at `instant` ("tomorrow" in Tokyo is not tomorrow in Toronto). */
// Building an Intl.DateTimeFormat is costly; one per zone is kept (an unknown zone maps to UTC's).
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
function formatter(timezone: string): Intl.DateTimeFormat {
  let f = FORMATTERS.get(timezone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      f = formatter('UTC');
    }
    if (FORMATTERS.size > 1000) FORMATTERS.clear();
    FORMATTERS.set(timezone, f);
  }
  return f;
}

let lastDay: { t: number; tz: string; day: Day } | null = null;
export function localDay(instant: Date, timezone = 'UTC'): Day {
  const t = instant.getTime();
  if (lastDay && lastDay.t === t && lastDay.tz === timezone) return { ...lastDay.day };
  const day = computeLocalDay(instant, timezone);
  lastDay = { t, tz: timezone, day };
  return { ...day };
}
function computeLocalDay(instant: Date, timezone: string): Day {
  const parts = formatter(timezone || 'UTC').formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

// Zones whose seasons are flipped; the rest of the world is taken as northern.
const SOUTHERN = /^(Australia|Antarctica)\/|^Pacific\/(Auckland|Chatham|Fiji|Tongatapu|Apia|Noumea|Efate)|^America\/(Sao_Paulo|Argentina|Buenos_Aires|Santiago|Montevideo|Asuncion|La_Paz|Lima|Punta_Arenas|Cordoba|Mendoza)|^Africa\/(Johannesburg|Maputo|Harare|Lusaka|Windhoek|Gaborone|Maseru|Mbabane|Lubumbashi|Blantyre)|^Indian\/(Mauritius|Reunion|Antananarivo)|^Atlantic\/Stanley|^Brazil\/|^Chile\/|^NZ/;
export const southern = (tz: string) => SOUTHERN.test(tz);
// Zones whose weekend is Friday and Saturday (the UAE moved to Saturday and Sunday in 2022).
const FRI_SAT_WEEKEND = /^(?:Asia\/(?:Dhaka|Riyadh|Kuwait|Qatar|Bahrain|Muscat|Baghdad|Amman|Damascus|Aden|Jerusalem|Tel_Aviv)|Africa\/(?:Cairo|Algiers|Tripoli)|Indian\/Maldives)$/;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
// Month names in the other languages replies arrive in ("en janvier", "el 12 de diciembre", "im Februar").
const FMONTHS: Record<string, number> = {
  janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, 'décembre': 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  januar: 1, 'jänner': 1, februar: 2, 'märz': 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janeiro: 1, fevereiro: 2, 'março': 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
};
// Indonesian/Malay and Swahili month names ("akhir Juli", "awal Maret", "mwishoni mwa Machi"), where no other language
// already names the month so.
for (const [k, v] of Object.entries({ januari: 1, februari: 2, maret: 3, machi: 3, aprili: 4, juni: 6, julai: 7, agustus: 8, agosti: 8, septemba: 9, oktoba: 10, novemba: 11, desember: 12, disember: 12, desemba: 12 })) if (!(k in FMONTHS)) FMONTHS[k] = v;
// Danish, Norwegian and Swedish month names ("i marts", "i maj", "i augusti") not already named so.
for (const [k, v] of Object.entries({ marts: 3, maj: 5, augusti: 8, desember: 12 })) if (!(k in FMONTHS)) FMONTHS[k] = v;
// Afrikaans month names not already named so ("op 5 Junie", "in Januarie"); "Julie" is left out, a first name too.
for (const [k, v] of Object.entries({ januarie: 1, junie: 6 })) if (!(k in FMONTHS)) FMONTHS[k] = v;
// Romanian month names ("în iunie", "până la sfârșitul lui martie").
for (const [k, v] of Object.entries({ ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12 })) if (!(k in FMONTHS)) FMONTHS[k] = v;
const FMONTH_RE = `(${Object.keys(FMONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const FMONTH_HINT = new RegExp(FMONTH_RE, 'i');
// Greek month stems, accents optional ("Μάρτιο", "Μαρτίου", "μαρτιο").
const GREEK_MONTHS: [RegExp, number][] = [[/^ιανουαρι/, 1], [/^φεβρουαρι/, 2], [/^μαρτι/, 3], [/^απριλι/, 4], [/^μα[ιϊ]/, 5], [/^ιουνι/, 6], [/^ιουλι/, 7], [/^αυγουστ/, 8], [/^σεπτεμβρι/, 9], [/^οκτωβρι/, 10], [/^νοεμβρι/, 11], [/^δεκεμβρι/, 12]];
const GREEK_MONTH_RE = '(?:ιανου[άα]ρ[ιί]|φεβρου[άα]ρ[ιί]|μ[άα]ρτ[ιί]|απρ[ίι]λ[ιί]|μ[άα][ΐϊι]|ιο[ύυ]ν[ιί]|ιο[ύυ]λ[ιί]|α[ύυ]γο[ύυ]στ|σεπτ[έε]μβρ[ιί]|οκτ[ώω]βρ[ιί]|νο[έε]μβρ[ιί]|δεκ[έε]μβρ[ιί])';
const greekMonth = (w: string) => { const x = w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); return GREEK_MONTHS.find(([re]) => re.test(x))?.[1] ?? null; };
// Polish, Russian, Ukrainian and Czech months in the cases a date puts them in (nominative, genitive, locative, accusative).
const SLAVIC_MONTHS: Record<string, number> = Object.fromEntries(
  ([
    [1, 'styczeń styczen stycznia styczniu январь января январе январю січень січня січні leden ledna lednu'],
    [2, 'luty lutego lutym февраль февраля феврале лютий лютого лютому únor února únoru'],
    [3, 'marzec marca marcu март марта марте березень березня березні březen března březnu'],
    [4, 'kwiecień kwiecien kwietnia kwietniu апрель апреля апреле квітень квітня квітні duben dubna dubnu'],
    [5, 'maja maju май мая мае травень травня травні květen května květnu'],
    [6, 'czerwiec czerwca czerwcu июнь июня июне червень червня червні červen června červnu'],
    [7, 'lipiec lipca lipcu июль июля июле липень липня липні červenec července červenci'],
    [8, 'sierpień sierpien sierpnia sierpniu август августа августе серпень серпня серпні srpen srpna srpnu'],
    [9, 'wrzesień wrzesien września wrzesnia wrześniu wrzesniu сентябрь сентября сентябре вересень вересня вересні září'],
    [10, 'październik pazdziernik października pazdziernika październiku pazdzierniku октябрь октября октябре жовтень жовтня жовтні říjen října říjnu'],
    [11, 'listopad listopada listopadzie ноябрь ноября ноябре листопада листопаді listopadu'],
    [12, 'grudzień grudzien grudnia grudniu декабрь декабря декабре грудень грудня грудні prosinec prosince prosinci'],
  ] as [number, string][]).flatMap(([n, ws]) => ws.split(' ').map((w) => [w, n] as const)),
);
// Letters and words only Turkish writes ("kadar", "sonra", "ı", "ş", "ğ").
const TURKISH_CUE = /[ışğİ]|\b(?:kadar|sonra|önce|dek|değin|için|icin|ayında|bir|bu)\b/i;
const TR_MONTHS: Record<string, number> = { ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12 };
// Relative words and weekday names in other languages that MAYBE_DATE's letters miss ("kesho", "zaterdag", "venerdì", "Jumamosi", "Sabtu").
const OTHER_REL_HINT = /now now|morra|pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|pazar|kuu|zwischen den jahren|between the years|bukas|bokra|bukra|bo2ra|bu2ra|wiki|linggo|buwan|mwezi|kesho|esok|hadapan|tygodni|tydzie|weekend|miesi|jutro|недел|тижн|выходн|вихідн|месяц|місяц|завтра|hafta|gelecek ay|önümüzdeki ay|yarın|minggu|pekan|bulan depan|besok|agle|is weekend|vecka|helg|månad|uge|uke|måned|morgen|الأسبوع|الاسبوع|الشهر|غدا|(?:maan|dins|woens|donder|vrij|vry|zater|sater|zon|son)dag|venerd[iì]|sabato|juma(?:tatu|nne|tano|mosi|pili)|alhamisi|ijumaa|isnin|senin|selasa|rabu|khamis|kamis|sabtu|\bahad\b/i;
// Christmas, Easter, Holy Week and All Saints' Day in Spanish, Portuguese, French, Italian, German and Dutch.
const FEAST_HINT = /velyko?d|madres?\b|m[ãa]es\b|m[èe]res\b|muttertag|moederdag|hari ibu|\braya\b|\bgenn?a\b|\bledet\b|timk[ae]t|wakacj|feriado|vacances|vacaciones|vacanze|ferien|vakantie|f[ée]rias|navidad|no[eë]l|weihnacht|natal|kerst|wielkan|pa[șsş]te|cr[ăa]ciun|narodzen|krismasi|pasaka|paskah|velykd|rizdv|bayram|ramazan|kurban|semana santa|semaine sainte|karwoche|settimana santa|goede week|p[aâ]ques|ostern|pasqua|p[aá]scoa|pasen|santos|toussaint|allerheiligen|ognissanti|wszystkich/i;
const OTHER_MONTH_HINT = /shubat|shbat|shobat|adhar|ayyar|ayar\b|huzayran|huzairan|hzeiran|tammuz|tamuz|aylul|ailul|tishrin|tishreen|teshreen|kanun|kanoon|yanayer|yanayir|febrayer|fabrayer|aghostos|stycz|lut|marz|marc|kwie|maj|czerw|lip|sierp|wrze|pa[źz]dz|listopad|grud|ledn|leden|[úu]nor[au]?(?![a-z])|b[řr]ez(?:en|na|nu)|dub(?:en|na|nu)(?![a-z])|kv[ěe]t(?:en|na|nu)|[čc]erv(?:en|na|nu|enec|ence|enci)(?![a-z])|srp(?:en|na|nu)(?![a-z])|z[áa][řr][íi]|[řr][íi]j(?:en|na|nu)|prosin|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|maret|agustus|desember|nopember|pebruari|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين|[一二三四五六七八九十]月/i;
const NOT_LETTER = '(?![a-zà-ÿ])';
const MONTH_RE = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAYS: Record<string, number> = { sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6 };
const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat)\\.?';
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, couple: 2, 'a couple of': 2, 'a couple': 2, 'a few': 3, few: 3, several: 3, fifteen: 15, twenty: 20, thirty: 30 };
export const NUM_RE = '(\\d{1,3}|a couple of|a couple(?= more\\b)|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|couple of|few|several)';
export const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBERS[s.toLowerCase().replace(/ of$/, '')] ?? NUMBERS[s.toLowerCase()] ?? 1);
// "push it back a month", "move it out two weeks", "delay it by a week", "pushing it back a fortnight": a move by a length
// (the date reader counts it from today; a check-in reply counts it from the planned date when one is known).
export const PUSH_BY = new RegExp(`(?<=\\b(?:push(?:ed|es|ing)?|move[ds]?|moving|bump(?:ed|ing)?|delay(?:ed|ing)?|defer(?:red|ring|s)?|slide|slip|postpone[ds]?|postponing|shift(?:ed|ing)?|kick(?:ed|ing)?)\\s+(?:(?:it|this|that|them|things|the\\s+[\\p{L}-]+)\\s+)?(?:(?:back|out|on|off|forward)\\s+)?)(?:by\\s+)?(?:another\\s+|a\\s+further\\s+)?(?:${NUM_RE}\\s+(?:more\\s+)?(day|week|month)s?|(a|one|two)\\s+(fortnight)s?)\\b`, 'iu');
export const pushLength = (m: RegExpExecArray): { amount: number; unit: 'day' | 'week' | 'month' } =>
  m[3] ? { amount: num(m[3]) * 2, unit: 'week' } : { amount: num(m[1]!), unit: m[2]!.toLowerCase() as 'day' | 'week' | 'month' };
// A thing moved to a date: "postponed to", "pushed back to", "moved it till".
const MOVED_TO = /\b(?:postpon|push|mov|bump|shift|delay|reschedul|chang|put)\w*\s+(?:(?:it|this|that|them|things|back|out|forward|off|over)\s+){0,2}(?:to|till|til|until)\s+$/i;
// Prepositions that belong to a date phrase and go with it when the phrase is cut from an action.
const PREP = '(?:(?:by|before|until|till|til|on|in|during|within|over|at|around|for|from|starting|sometime in|some time in|no later than|sometime|some time)\\s+)?(?:the\\s+)?';

const ORD_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINALS: Record<string, number> = Object.fromEntries([
  ...ORD_WORDS.map((w, i) => [w, i + 1] as const),
  ...ORD_WORDS.slice(0, 9).map((w, i) => [`twenty ${w}`, 21 + i] as const),
  ['thirtieth', 30], ['thirty first', 31],
]);
const ORD_RE = '((?:twenty[\\s-]|thirty[\\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))';

type Rule = [RegExp, (m: RegExpExecArray, today: Day, tz: string) => DueRange | null];

// Next occurrence of a month (this month counts), as a year.
const yearFor = (m: number, today: Day) => (m < today.m ? today.y + 1 : today.y);
// A specific day that may be in the past this year: roll to next year when it is well past.
const upcoming = (m: number, d: number, today: Day, y?: number): Day => {
  if (y) return { y, m, d };
  const cand = { y: today.y, m, d };
  return toUtc(cand) < toUtc(today) - 7 * 86_400_000 ? { y: today.y + 1, m, d } : cand;
};
const nextWeekday = (today: Day, wd: number, includeToday = true) => {
  let n = (wd - weekday(today) + 7) % 7;
  if (n === 0 && !includeToday) n = 7;
  return addDays(today, n);
};
/** A day (YYYY-MM-DD) moved on by a length ("push it back two weeks"); a month keeps its day where the month has it. */
export function shiftDay(day: string, s: { amount: number; unit: 'day' | 'week' | 'month' }): string {
  const x = parseDay(day);
  return iso(s.unit === 'month' ? addMonths(x, s.amount) : addDays(x, s.amount * (s.unit === 'week' ? 7 : 1)));
}
/** A weekday (0 = Sunday) next after, or last before, a day (YYYY-MM-DD): "the Saturday after", "the Wednesday before". */
export function weekdayBeside(day: string, wd: number, after: boolean): string {
  const x = parseDay(day);
  return iso(after ? nextWeekday(x, wd, false) : addDays(x, -((weekday(x) - wd + 7) % 7 || 7)));
}
const weekOf = (x: Day) => {
  const mon = addDays(x, -((weekday(x) + 6) % 7));
  return { mon, sun: addDays(mon, 6) };
};

function season(name: string, today: Day, tz: string, which: 'next' | 'this' | null): DueRange {
  const s = name.toLowerCase().replace('autumn', 'fall');
  const north: Record<string, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };
  let startM = north[s]!;
  if (southern(tz)) startM = ((startM + 5) % 12) + 1;
  // Seasons are three whole months; find the first one that has not ended.
  const startOf = (y: number) => ({ y, m: startM, d: 1 });
  const endOf = (st: Day) => {
    const e = addMonths(st, 2);
    return { y: e.y, m: e.m, d: daysIn(e.y, e.m) };
  };
  let st = startOf(today.y - 1);
  while (toUtc(endOf(st)) < toUtc(today)) st = startOf(st.y + 1);
  const inIt = toUtc(st) <= toUtc(today);
  if (which === 'next' && inIt) st = startOf(st.y + 1);
  // "in the autumn" said in its last month means the next one; "this autumn" keeps the current one.
  else if (which === null && inIt && today.m === endOf(st).m) st = startOf(st.y + 1);
  return range(st, endOf(st));
}

const holiday = (m: number, d: number, today: Day): Day => upcoming(m, d, today);
// "this side of Christmas", "in the run-up to Easter", "leading up to Diwali": before it.
// The foreign words for a side of a feast, as written before its name ("antes de", "nach", "före", "przed", "sebelum"):
// FOREIGN_BEFORE_WORD and FOREIGN_AFTER_WORD tell which side each is.
const FOREIGN_SIDE = String.raw`antes\s+d(?:e|el|a|o)|hasta|despu[ée]s\s+d(?:e|el)|tras|depois\s+d[aeo]|avant|apr[eè]s|vor|nach|prima\s+d(?:i|el(?:la)?)|dopo|voor|na|przed|po|sebelum|setelah|sesudah|selepas|lepas|bago\s+(?:ang\s+|mag\s+)?|pagkatapos\s+ng|kabla\s+ya|baada\s+ya|[îi]nainte\s+de|dup[ăa]|innan|f[öo]re|før|inden|efter|etter`;
// A word for "after" or "before" ahead of a feast, in Spanish, Portuguese, French, German, Italian, Dutch, Polish,
// Indonesian, Tagalog, Swahili, Romanian, Ukrainian, Vietnamese and the Nordic languages ("depois do Carnaval", "antes de
// Reyes", "przed Wielkanocą", "sebelum Natal"): one list for every rule that reads them.
const FOREIGN_AFTER_WORD = /^(?:despu|tras|depois|apr[eè]s|nach|dopo|pagkatapos|baada|dup[ăa]|pislia|pislya|setelah|sesudah|selepas|lepas)|^(?:po|sau|efter|etter)$/;
const FOREIGN_BEFORE_WORD = /^(?:antes|hasta|avant|vor|prima|voor|przed|sebelum|bago|kabla|[îi]nainte|innan|tr[ưu][ớo]c|pered)|^(?:f[öo]re|før|inden)$/;
// A side word as its English one: "ahead of", "this side of" and "b4" are before; so are "antes de", "vor", "före";
// "después de", "nach", "efter" are after ("na", after in Dutch but on or for in Polish, is left to the rule).
const beforeWord = (p: string) => (/side of|up to|^b4$/.test(p) || FOREIGN_BEFORE_WORD.test(p) ? 'before' : FOREIGN_AFTER_WORD.test(p) ? 'after' : p);
const parseDay = (s: string): Day => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });
// The n-th given weekday of a month (n = -1: the last one).
const nthWeekday = (y: number, m: number, wd: number, n: number): Day => {
  if (n < 0) {
    const last = { y, m, d: daysIn(y, m) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
};
// Mother's Day where the person lives: the fourth Sunday of Lent in Britain and Ireland, 10 May in Mexico and Central
// America, 21 March in the Arab world, the first Sunday of May in Spain, Portugal and Lithuania, 26 May in Poland, the last
// Sunday of May in France (the first of June when that is Pentecost), 12 August in Thailand, the third Sunday of October
// in Argentina, the last Sunday of November in Russia, 22 December in Indonesia; elsewhere the second Sunday of May.
const mothersDay = (y: number, tz: string): Day => {
  if (/^Europe\/(London|Belfast|Dublin)/.test(tz)) return addDays(easter(y), -21);
  if (/^America\/(Mexico_City|Monterrey|Merida|Cancun|Chihuahua|Ciudad_Juarez|Tijuana|Hermosillo|Mazatlan|Matamoros|Ojinaga|Bahia_Banderas|Guatemala|El_Salvador)$/.test(tz)) return { y, m: 5, d: 10 };
  if (/^(Africa\/(Cairo|Khartoum)|Asia\/(Beirut|Amman|Damascus|Baghdad|Dubai|Riyadh|Kuwait|Qatar|Bahrain|Muscat|Aden|Gaza|Hebron))$/.test(tz)) return { y, m: 3, d: 21 };
  if (/^(Europe\/(Madrid|Lisbon|Vilnius)|Atlantic\/(Canary|Madeira|Azores))$/.test(tz)) return nthWeekday(y, 5, 0, 1);
  if (/^Europe\/Warsaw$/.test(tz)) return { y, m: 5, d: 26 };
  if (/^Europe\/Paris$/.test(tz)) { const d = nthWeekday(y, 5, 0, -1), p = addDays(easter(y), 49); return d.m === p.m && d.d === p.d ? addDays(d, 7) : d; }
  if (/^Asia\/Bangkok$/.test(tz)) return { y, m: 8, d: 12 };
  if (/^America\/Argentina\//.test(tz) || tz === 'America/Buenos_Aires') return nthWeekday(y, 10, 0, 3);
  if (/^Europe\/(Moscow|Volgograd|Samara)$/.test(tz)) return nthWeekday(y, 11, 0, -1);
  if (/^Asia\/(Jakarta|Makassar|Jayapura|Pontianak)$/.test(tz)) return { y, m: 12, d: 22 };
  return nthWeekday(y, 5, 0, 2);
};
// Easter Sunday (anonymous Gregorian algorithm).
const easter = (y: number): Day => {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mo = Math.floor((h + l - 7 * m + 114) / 31), da = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: mo, d: da };
};
// Orthodox Easter: the Julian computus, moved onto the Gregorian calendar (13 days apart from 1900 to 2099).
const orthodoxEaster = (y: number): Day => {
  const d = (19 * (y % 19) + 15) % 30, e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const mo = Math.floor((d + e + 114) / 31), da = ((d + e + 114) % 31) + 1;
  return addDays({ y, m: mo, d: da }, 13);
};
const ORTHODOX_ZONE = /^(?:Europe\/(?:Athens|Bucharest|Sofia|Belgrade|Skopje|Podgorica|Kiev|Kyiv|Moscow|Minsk|Chisinau|Volgograd|Samara|Kirov|Saratov|Ulyanovsk|Astrakhan)|Asia\/(?:Tbilisi|Nicosia|Famagusta|Yekaterinburg|Omsk|Novosibirsk|Krasnoyarsk|Irkutsk|Yakutsk|Vladivostok)|Asia\/Nicosia)/;
// Holidays on lunar or lunisolar calendars (approximate civil dates; Eid alone means Eid al-Fitr).
const LUNAR: [RegExp, string[]][] = [
  [/diwali|deepavali/, ['2026-11-08', '2027-10-29', '2028-10-17', '2029-11-05', '2030-10-26']],
  [/eid al[- ]adha|eid ul[- ]adha|eid-ul-adha|bakri?[- ]?eid|hari raya (?:haji|aidiladha|korban)|^raya\s+haji$|(?:eid|a[iï]d) (?:el|al)[- ]?(?:kebir|kabir)|idul? ?adha|tabaski/, ['2026-05-27', '2027-05-16', '2028-05-05', '2029-04-24', '2030-04-13']],
  [/eid|a[iï]d el|hari raya|^raya$|lebaran|idul? ?fitri/, ['2026-03-20', '2027-03-10', '2028-02-27', '2029-02-14', '2030-02-05']],
  [/ramadan|ramzan|puasa/, ['2026-02-18', '2027-02-08', '2028-01-28', '2029-01-16', '2030-01-06']],
  [/lunar new year|chinese new year|\bcny\b|spring festival|\bt[eế]t\b|seollal/, ['2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03']],
  [/hanukk?ah|chanukk?ah/, ['2026-12-05', '2027-12-25', '2028-12-13', '2029-12-02', '2030-12-21']],
  [/passover|pesach/, ['2026-04-02', '2027-04-22', '2028-04-11', '2029-03-31', '2030-04-18']],
  [/sukkot|succot|sukkos/, ['2026-09-26', '2027-10-16', '2028-10-05', '2029-09-24', '2030-10-12']],
  [/rosh hashanah/, ['2026-09-12', '2027-10-02', '2028-09-21', '2029-09-10', '2030-09-28']],
  [/yom kippur/, ['2026-09-21', '2027-10-11', '2028-09-30', '2029-09-19', '2030-10-07']],
  [/\bholi\b/, ['2026-03-04', '2027-03-22', '2028-03-11', '2029-03-01', '2030-03-20']],
  [/mid[- ]autumn/, ['2026-09-25', '2027-09-15', '2028-10-03', '2029-09-22', '2030-09-12']],
];
// Holidays on fixed days of the year.
const FIXED_DAYS: [RegExp, number, number][] = [
  [/remembrance day|armistice day|veterans(?:'|’)? day/, 11, 11], [/australia day/, 1, 26], [/waitangi/, 2, 6], [/anzac/, 4, 25],
  [/pi day/, 3, 14], [/bastille/, 7, 14], [/inti raymi|s[ãa]o jo[ãa]o/, 6, 24], [/juneteenth/, 6, 19], [/groundhog/, 2, 2], [/earth day/, 4, 22], [/women(?:'|’)?s day/, 3, 8],
  [/bonfire night|guy fawkes/, 11, 5], [/burns night/, 1, 25], [/pongal|sankranti/, 1, 14], [/lohri/, 1, 13], [/simbang gabi|misa de gallo/, 12, 16], [/republic day/, 1, 26], [/gandhi jayanti/, 10, 2], [/freedom day/, 4, 27], [/youth day/, 6, 16], [/heritage day/, 9, 24], [/reconciliation day/, 12, 16], [/day of goodwill/, 12, 26], [/st\.? david/, 3, 1], [/st\.? andrew/, 11, 30], [/st\.? george/, 4, 23],
  // Kenya's Madaraka, Mashujaa and Jamhuri days; Sant Jordi (Catalonia's St George's Day).
  [/madaraka/, 6, 1], [/mashujaa/, 10, 20], [/jamhuri/, 12, 12], [/sant jordi/, 4, 23],
  // The solar new years of South and Southeast Asia, all on (or a day around) 14 April: Puthandu, Vishu, Vaisakhi,
  // Pohela Boishakh, the Sinhala and Tamil New Year, the Khmer, Lao and Nepali new years. All Saints' Day, All Souls' Day.
  [/(?:tamil|sinhala|sinhalese|bengali|bangla|khmer|lao|nepali|nepalese|odia|oriya|assamese|malayali|punjabi) new year|puthandu|vishu|vaisakhi|baisakhi|pohela boishakh|pahela baishakh|bohag bihu|rongali bihu/, 4, 14],
  [/all saints|all hallows|hallowmas/, 11, 1], [/all souls/, 11, 2],
  [/independence day|4th of july|fourth of july/, 7, 4], [/april fool/, 4, 1], [/new year(?:'|’)?s eve|\bnye\b/, 12, 31],
];
// Independence days by the person's zone (elsewhere the 4th of July).
const INDEPENDENCE: [RegExp, [number, number]][] = [
  [/^Asia\/(Kolkata|Calcutta)/, [8, 15]], [/^Asia\/Karachi/, [8, 14]], [/^Asia\/Dhaka/, [3, 26]], [/^Asia\/Colombo/, [2, 4]], [/^Asia\/Jakarta/, [8, 17]],
  [/^Asia\/(Kuala_Lumpur|Kuching)/, [8, 31]], [/^Asia\/Manila/, [6, 12]], [/^America\/(Mexico_City|Monterrey|Merida|Cancun|Tijuana|Chihuahua|Hermosillo)/, [9, 16]],
  [/^America\/(Sao_Paulo|Recife|Fortaleza|Bahia|Belem|Manaus)/, [9, 7]], [/^America\/Argentina/, [7, 9]], [/^America\/Bogota/, [7, 20]], [/^America\/Lima/, [7, 28]],
  [/^America\/Santiago/, [9, 18]], [/^America\/Caracas/, [7, 5]], [/^Africa\/Lagos/, [10, 1]], [/^Africa\/Accra/, [3, 6]], [/^Africa\/Nairobi/, [12, 12]],
  [/^Europe\/(Kiev|Kyiv)/, [8, 24]], [/^Asia\/Jerusalem/, [5, 14]],
  [/^Europe\/Warsaw/, [11, 11]], [/^Europe\/Riga/, [11, 18]], [/^Europe\/Chisinau/, [8, 27]], [/^Europe\/Minsk/, [7, 3]], [/^Asia\/Tbilisi/, [5, 26]],
  [/^Asia\/Yerevan/, [9, 21]], [/^Asia\/Almaty/, [12, 16]], [/^Asia\/Tashkent/, [9, 1]], [/^Africa\/Kampala/, [10, 9]], [/^Africa\/Dar_es_Salaam/, [12, 9]],
  [/^Africa\/Kigali/, [7, 1]], [/^Africa\/Harare/, [4, 18]], [/^Africa\/Lusaka/, [10, 24]], [/^Africa\/Dakar/, [4, 4]], [/^Africa\/Abidjan/, [8, 7]],
  [/^Africa\/Algiers/, [7, 5]], [/^Africa\/Casablanca/, [11, 18]], [/^Africa\/Tunis/, [3, 20]], [/^America\/Jamaica/, [8, 6]], [/^America\/Port_of_Spain/, [8, 31]],
  [/^America\/(Guatemala|El_Salvador|Tegucigalpa|Managua|Costa_Rica)/, [9, 15]], [/^America\/Asuncion/, [5, 15]], [/^America\/Montevideo/, [8, 25]],
  [/^America\/La_Paz/, [8, 6]], [/^America\/Guayaquil/, [8, 10]],
];
// Festivals that last several days: "during Hanukkah" is the whole of it.
const FESTIVAL_DAYS: [RegExp, number][] = [[/hanukk?ah|chanukk?ah/, 8], [/passover|pesach/, 8], [/sukkot|succot|sukkos/, 7]];
const HOLIDAY_RE = `(orthodox (?:christmas|xmas|easter)(?: day| sunday)?|(?:(?:sinhala and |sinhala & )?(?:tamil|sinhala|sinhalese|bengali|bangla|khmer|lao|nepali|nepalese|odia|oriya|assamese|malayali|punjabi) new year|puthandu|vishu|vaisakhi|baisakhi|pohela boishakh|pahela baishakh|bohag bihu|rongali bihu)(?![- ]?(?:eve|party|parties|do|market|fair|sale)\\b)|all (?:saints|souls|hallows)(?:'|’)? day|hallowmas|(?:(?:american|u\\.?s\\.?|yankee|canadian|canada(?:'|’)?s)\\s+)?thanksgiving|easter|halloween|valentine(?:'|’)?s(?: day)?|boxing day|christmas eve|christmas day|(?:st\\.? patrick|st\\.? paddy|paddy)(?:'|’)?s(?: day)?|canada day|labou?r(?: day|(?= weekend))|memorial day|may day|diwali|deepavali|eid(?:[- ](?:al|ul|el)[- ]?(?:fitr|adha|kebir|kabir|seghir|sghir|saghir))?|a[iï]d el[- ]?(?:kebir|kabir|fitr|seghir|sghir)|tabaski|bakri?[- ]?eid|hari raya(?: (?:aidilfitri|puasa|haji|aidiladha|korban))?|lebaran|idul? ?(?:fitri|adha)|ramadan|ramzan|(?<=\\b(?:before|after|by|until|till|during|over|b4|ahead of)\\s+(?:the\\s+)?)(?:puasa|raya(?:\\s+haji)?|genn?a|ledet|timk[ae]t)|puasa(?=\\s+(?:starts|begins))|t[eế]t (?:d[ưu][ơo]ng l[ịi]ch|t[âa]y)|lunar new year|chinese new year|cny|spring festival|seollal|t[eế]t|pongal|(?:makar )?sankranti|lohri|simbang gabi|misa de gallo|good friday|remembrance (?:day|sunday)|armistice day|veterans(?:'|’)? day|australia day|waitangi day|anzac day|(?:waitangi|anzac)(?=\\s+(?:long\\s+)?weekend)|pi day|bastille day|inti raymi|s[ãa]o jo[ãa]o|juneteenth|groundhog day|independence day|republic day|gandhi jayanti|freedom day|youth day|heritage day|reconciliation day|day of goodwill|black friday|cyber monday|super bowl(?: sunday)?|april fools?(?:'|’)?(?:s)?(?: day)?|earth day|(?:international )?women(?:'|’)?s day|bonfire night|guy fawkes(?: night| day)?|burns night|st\\.? (?:david|andrew|george)(?:'|’)?s(?: day)?|(?:diada de )?sant jordi|(?:madaraka|mashujaa|jamhuri)(?: day)?|fiestas patrias|enkutatash|(?:hari )?merdeka(?: day)?|melbourne cup(?: day)?|family day|mlk(?: jr\\.?)? day|martin luther king(?: jr\\.?)? day|presidents?(?:'|’)?(?:s)? day|washington(?:'|’)?s birthday|victoria day|civic holiday|columbus day|indigenous peoples(?:'|’)? day|mother(?:'|’)?s day|mothering sunday|father(?:'|’)?s day|shrove tuesday|pancake day|mardi gras|ash wednesday|(?:king|queen)(?:'|’)?s birthday|hanukk?ah|chanukk?ah|passover|pesach|sukkot|succot|sukkos|rosh hashanah|yom kippur|holi|mid[- ]autumn festival|new year(?:'|’)?s (?:day|eve)|nye|(?:the )?end of (?:the )?(?:financial|fiscal|tax) year|(?:the )?end of (?:the )?fy|eofy|(?:financial|fiscal) year[- ]end|fy[- ]end|(?:the )?(?:financial|fiscal|tax) year (?:closes|ends|is over)|(?<=\\b(?:day|week|weekend)\\s+after\\s+(?:the\\s+)?)(?:christmas|x-?mas|new year(?:(?:'|’)s)?)(?![- ]?(?:eve|day|party|parties|do|market|fair|sale)\\b))`;
const CANADA_ZONE = /^America\/(Toronto|Vancouver|Montreal|Edmonton|Winnipeg|Halifax|Regina|St_Johns|Moncton|Whitehorse|Yellowknife|Iqaluit|Glace_Bay|Goose_Bay|Swift_Current|Dawson_Creek)|^Canada\//;
const US_ZONE = /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Indiana|Kentucky|North_Dakota|Menominee)|^US\/|^Pacific\/Honolulu/;
// Labour Day by the person's country (or Australian state); elsewhere May 1.
function labourDay(y: number, tz: string, n: string): Day {
  if (/may day/.test(n)) return /^Europe\/(London|Belfast|Dublin)/.test(tz) ? nthWeekday(y, 5, 1, 1) : { y, m: 5, d: 1 };
  if (/^(America|US|Canada)\//.test(tz) && !/^America\/(Sao_Paulo|Argentina|Mexico_City|Bogota|Lima|Santiago|Caracas|Montevideo|La_Paz|Asuncion|Guatemala|Havana)/.test(tz)) return nthWeekday(y, 9, 1, 1);
  if (/^Australia\/(Brisbane|Darwin|Lindeman)/.test(tz)) return nthWeekday(y, 5, 1, 1);
  if (/^Australia\/(Sydney|Canberra|ACT|NSW|Adelaide|South)/.test(tz)) return nthWeekday(y, 10, 1, 1);
  if (/^Australia\/(Melbourne|Victoria|Hobart|Tasmania)/.test(tz)) return nthWeekday(y, 3, 1, 2);
  if (/^Australia\/(Perth|West)/.test(tz)) return nthWeekday(y, 3, 1, 1);
  if (/^(Pacific\/(?:Auckland|Chatham)|NZ)/.test(tz)) return nthWeekday(y, 10, 1, 4);
  if (/^(UTC|Etc\/)/.test(tz)) return nthWeekday(y, 9, 1, 1);
  return { y, m: 5, d: 1 };
}
// Named days other than Christmas: the next one on or after today (Thanksgiving by the person's country).
function namedDay(name: string, today: Day, tz: string): Day | null {
  const n = name.toLowerCase();
  const at = (f: (y: number) => Day) => {
    const x = f(today.y);
    return toUtc(x) >= toUtc(today) ? x : f(today.y + 1);
  };
  // Orthodox Christmas is 7 January; Orthodox Easter follows the Julian reckoning.
  // "Tết Dương lịch" (Tết Tây) is the solar New Year's Day, not the lunar Tết.
  if (/^t[eế]t (?:d|t)/.test(n)) return at((y) => ({ y, m: 1, d: 1 }));
  if (/orthodox|^genn?a$|^ledet$/.test(n)) return at((y) => (/easter/.test(n) ? orthodoxEaster(y) : { y, m: 1, d: 7 }));
  // Timkat, the Ethiopian Epiphany: 19 January (the 20th in the year after an Ethiopian leap year).
  if (/^timk[ae]t$/.test(n)) return at((y) => ({ y, m: 1, d: y % 4 === 0 ? 20 : 19 }));
  // "American Thanksgiving" said in Toronto, "Canadian Thanksgiving" in Seattle: the country named, not the zone's.
  if (/thanksgiving/.test(n)) return at((y) => ((/canad/.test(n) || (CANADA_ZONE.test(tz) && !/american|u\.?s|yankee/.test(n))) ? nthWeekday(y, 10, 1, 2) : nthWeekday(y, 11, 4, 4)));
  // Easter where the Orthodox churches are the majority is their Easter (Athens, Bucharest, Sofia, Belgrade, Kyiv, Moscow, Tbilisi).
  if (/easter/.test(n)) return at(ORTHODOX_ZONE.test(tz) ? orthodoxEaster : easter);
  if (/boxing day/.test(n)) return at((y) => ({ y, m: 12, d: 26 }));
  if (/christmas eve/.test(n)) return at((y) => ({ y, m: 12, d: 24 }));
  // Bare "Christmas" reaches here only as "the week after Christmas" (before it, "by Christmas" ends on the 24th).
  if (/christmas day|^(?:christmas|x-?mas)$/.test(n)) return at((y) => ({ y, m: 12, d: 25 }));
  if (/st\.? patrick|paddy/.test(n)) return at((y) => ({ y, m: 3, d: 17 }));
  if (/halloween/.test(n)) return at((y) => ({ y, m: 10, d: 31 }));
  if (/valentine/.test(n)) return at((y) => ({ y, m: 2, d: 14 }));
  if (/canada day/.test(n)) return at((y) => ({ y, m: 7, d: 1 }));
  if (/labou?r|may day/.test(n)) return at((y) => labourDay(y, tz, n));
  const table = LUNAR.find(([re]) => re.test(n));
  if (table) {
    const days = table[1].map(parseDay).filter((x) => toUtc(x) >= toUtc(today));
    return days[0] ?? null;
  }
  if (/memorial day/.test(n)) return at((y) => nthWeekday(y, 5, 1, -1));
  // Days kept on different dates by country: independence days, South Africa's Women's Day, the US shopping days.
  if (/independence|merdeka/.test(n)) { const d = INDEPENDENCE.find(([re]) => re.test(tz))?.[1] ?? [7, 4]; return at((y) => ({ y, m: d[0], d: d[1] })); }
  // Fiestas Patrias: Chile's 18–19 September, Peru's 28–29 July (the first day here).
  if (/fiestas patrias/.test(n)) return at((y) => (/^America\/Lima/.test(tz) ? { y, m: 7, d: 28 } : { y, m: 9, d: 18 }));
  // Enkutatash, the Ethiopian new year: 11 September, the 12th in the year before a Gregorian leap year.
  if (/enkutatash/.test(n)) return at((y) => ({ y, m: 9, d: (y + 1) % 4 === 0 ? 12 : 11 }));
  if (/women/.test(n) && /^Africa\/Johannesburg/.test(tz)) return at((y) => ({ y, m: 8, d: 9 }));
  if (/black friday|cyber monday/.test(n)) return at((y) => addDays(nthWeekday(y, 11, 4, 4), /cyber/.test(n) ? 4 : 1));
  if (/super bowl/.test(n)) return at((y) => nthWeekday(y, 2, 0, 2));
  const fixed = FIXED_DAYS.find(([re]) => re.test(n));
  if (fixed) return at((y) => ({ y, m: fixed[1], d: fixed[2] }));
  if (/family day/.test(n)) return at((y) => nthWeekday(y, 2, 1, 3));
  if (/melbourne cup/.test(n)) return at((y) => nthWeekday(y, 11, 2, 1));
  if (/mlk|martin luther king/.test(n)) return at((y) => nthWeekday(y, 1, 1, 3));
  if (/president|washington/.test(n)) return at((y) => nthWeekday(y, 2, 1, 3));
  if (/victoria day/.test(n)) return at((y) => addDays({ y, m: 5, d: 24 }, -((weekday({ y, m: 5, d: 24 }) + 6) % 7)));
  if (/civic holiday/.test(n)) return at((y) => nthWeekday(y, 8, 1, 1));
  if (/columbus|indigenous peoples/.test(n)) return at((y) => nthWeekday(y, 10, 1, 2));
  if (/mother/.test(n)) return at((y) => mothersDay(y, tz));
  if (/father/.test(n)) return at((y) => (/^(Australia\/|Pacific\/(?:Auckland|Chatham)|NZ)/.test(tz) ? nthWeekday(y, 9, 0, 1) : nthWeekday(y, 6, 0, 3)));
  if (/shrove|pancake|mardi gras/.test(n)) return at((y) => addDays(easter(y), -47));
  if (/ash wednesday/.test(n)) return at((y) => addDays(easter(y), -46));
  if (/king(?:'|’)?s birthday|queen(?:'|’)?s birthday/.test(n)) return at((y) => (/^(Pacific\/(?:Auckland|Chatham)|NZ)/.test(tz) ? nthWeekday(y, 6, 1, 1) : /^Australia\/(Brisbane|Lindeman)/.test(tz) ? nthWeekday(y, 10, 1, 1) : nthWeekday(y, 6, 1, 2)));
  // The end of the financial year by country (Australia: 30 June; the US federal year: 30 September; Britain, Canada, India, Japan, NZ: 31 March; elsewhere the calendar year).
  if (/financial|fiscal|eofy|tax year|\bfy\b/.test(n)) return at((y) => (/^Australia\/|^Africa\/(Cairo|Nairobi)|^Asia\/Karachi/.test(tz) ? { y, m: 6, d: 30 } : US_ZONE.test(tz) ? { y, m: 9, d: 30 } : /^(Europe\/(London|Belfast)|Asia\/(Kolkata|Calcutta|Tokyo|Hong_Kong)|Pacific\/(?:Auckland|Chatham)|NZ|Africa\/Johannesburg)/.test(tz) || CANADA_ZONE.test(tz) ? { y, m: 3, d: 31 } : { y, m: 12, d: 31 }));
  if (/new year/.test(n)) return at((y) => ({ y, m: 1, d: 1 }));
  return null;
}

/**
 * The range a phrase around a holiday on day `x` means: "the week after X", "the day before X", "before X" (to the day
 * before), "after X" (the week after), "over X weekend", "during Hanukkah". `n2` is the holiday's name in lower case.
 */
function aroundDay(x: Day, n2: string, unit0: string | undefined, side0: string | undefined, prep0: string | undefined, suffix: string | undefined, t: Day, tz: string): DueRange | null {
  // "the week after Easter": Monday to Sunday of the following week; "the day before Thanksgiving".
  if (unit0) {
    const unit = unit0.toLowerCase(), after = side0!.toLowerCase() === 'after';
    if (unit === 'day') { const d = addDays(x, after ? 1 : -1); return range(d, d); }
    if (unit === 'weekend') {
      const own = weekday(x) === 6 ? x : weekday(x) === 0 ? addDays(x, -1) : null;
      const sat = own ? addDays(own, after ? 7 : -7) : after ? nextWeekday(x, 6) : addDays(x, -((weekday(x) + 1) % 7));
      return range(sat, addDays(sat, 1));
    }
    // "the week before Easter": the six days before a Sunday holiday (Holy Week), else the Monday–Sunday week before.
    if (!after && weekday(x) === 0) return range(addDays(x, -6), addDays(x, -1));
    // "the week after Sukkot": after a festival of several days, the week after its last day.
    const last = after ? addDays(x, (FESTIVAL_DAYS.find(([re]) => re.test(n2))?.[1] ?? 1) - 1) : x;
    const { mon, sun } = weekOf(addDays(last, after ? 7 : -7));
    return range(mon, sun);
  }
  const p = beforeWord((prep0 ?? '').toLowerCase());
  // "before the Easter weekend", "ahead of the Thanksgiving long weekend": up to the day before the weekend starts (Good
  // Friday outside the US, the Saturday before a Monday holiday).
  if ((p === 'before' || p === 'ahead of' || p === 'until' || p === 'till') && /weekend/i.test(suffix ?? '')) {
    const wd = weekday(x);
    const first = /easter/.test(n2) ? addDays(x, US_ZONE.test(tz) ? -1 : -2) : wd === 0 ? addDays(x, -1) : wd === 1 ? addDays(x, -2) : x;
    if (toUtc(first) > toUtc(t)) return range(t, addDays(first, -1));
  }
  // "before the end of the financial year": the year's end is a deadline, not a day off; its last day still counts.
  if ((p === 'before' || p === 'ahead of') && /\bend\b/.test(n2) && /financial|fiscal|tax year|\bfy\b/.test(n2)) return range(t, x);
  if (p === 'before' || p === 'ahead of' || p === 'until' || p === 'till') return range(t, addDays(x, -1));
  // "after Easter": the week after it, as "the week after Easter" (rounds 9 and 16), so it ends by the Sunday after.
  if (p === 'after') { const l = addDays(x, (FESTIVAL_DAYS.find(([re]) => re.test(n2))?.[1] ?? 1) - 1); return range(addDays(l, 1), addDays(l, 7)); }
  // Festivals that last several days: "during Hanukkah" is the whole of it.
  // "over the Easter (long) weekend": Good Friday to Easter Monday (Saturday and Sunday in the US).
  if (/easter/.test(n2) && /weekend/i.test(suffix ?? '')) return US_ZONE.test(tz) ? range(addDays(x, -1), x) : range(addDays(x, -2), addDays(x, 1));
  // "over Waitangi weekend", "Thanksgiving weekend": the weekend the day belongs to (a Friday or Monday holiday with it,
  // a Thursday one up to its Sunday, a day on the weekend that weekend).
  if (/weekend/i.test(suffix ?? '') && !/^(?:day|week|weekend)$/i.test(unit0 ?? '')) {
    const wd = weekday(x);
    // A Tuesday one is bridged by the Monday ("el puente del Pilar": Saturday to Tuesday).
    return wd === 0 ? range(addDays(x, -1), x) : wd === 1 ? range(addDays(x, -2), x) : wd === 2 ? range(addDays(x, -3), x) : wd === 6 ? range(x, addDays(x, 1)) : range(x, nextWeekday(x, 0));
  }
  const len = FESTIVAL_DAYS.find(([re]) => re.test(n2))?.[1];
  if (len && (/^(during|over|through|throughout)$/.test(p) || !p)) return range(x, addDays(x, len - 1));
  return range(x, x);
}

// Weekends lengthened by a public holiday in the person's country, as [first day, last day], this year and next.
function longWeekends(today: Day, tz: string): [Day, Day][] {
  const out: [Day, Day][] = [];
  const mon = (x: Day): [Day, Day] => [addDays(x, -2), x]; // Saturday to the Monday holiday
  const fixed = (x: Day): [Day, Day] | null => (weekday(x) === 1 ? mon(x) : weekday(x) === 5 ? [x, addDays(x, 2)] : null);
  for (const y of [today.y, today.y + 1]) {
    const e = easter(y);
    const list: ([Day, Day] | null)[] = [[addDays(e, -2), addDays(e, 1)]];
    if (CANADA_ZONE.test(tz)) {
      list.push(mon(nthWeekday(y, 2, 1, 3)), mon(addDays({ y, m: 5, d: 24 }, -((weekday({ y, m: 5, d: 24 }) + 6) % 7))), fixed({ y, m: 7, d: 1 }), mon(nthWeekday(y, 8, 1, 1)), mon(nthWeekday(y, 9, 1, 1)), mon(nthWeekday(y, 10, 1, 2)));
    } else if (US_ZONE.test(tz)) {
      const tg = nthWeekday(y, 11, 4, 4);
      list.push(mon(nthWeekday(y, 1, 1, 3)), mon(nthWeekday(y, 2, 1, 3)), mon(nthWeekday(y, 5, 1, -1)), fixed({ y, m: 7, d: 4 }), mon(nthWeekday(y, 9, 1, 1)), mon(nthWeekday(y, 10, 1, 2)), [tg, addDays(tg, 3)]);
      list.shift(); // Easter is no long weekend there
    } else if (/^Europe\/(London|Belfast)/.test(tz)) {
      list.push(mon(nthWeekday(y, 5, 1, 1)), mon(nthWeekday(y, 5, 1, -1)), mon(nthWeekday(y, 8, 1, -1)));
    } else if (/^Europe\/Dublin/.test(tz)) {
      list.push(mon(nthWeekday(y, 2, 1, 1)), mon(nthWeekday(y, 5, 1, 1)), mon(nthWeekday(y, 6, 1, 1)), mon(nthWeekday(y, 8, 1, 1)), mon(nthWeekday(y, 10, 1, -1)));
    } else if (/^Australia\//.test(tz)) {
      list.push(fixed({ y, m: 1, d: 26 }), fixed({ y, m: 4, d: 25 }), mon(labourDay(y, tz, '')), /^Australia\/(Brisbane|Lindeman|Perth|West)/.test(tz) ? null : mon(nthWeekday(y, 6, 1, 2)));
    } else if (/^(Pacific\/(?:Auckland|Chatham)|NZ)/.test(tz)) {
      list.push(fixed({ y, m: 2, d: 6 }), fixed({ y, m: 4, d: 25 }), mon(nthWeekday(y, 6, 1, 1)), mon(nthWeekday(y, 10, 1, 4)));
    }
    for (const w of list) if (w) out.push(w);
  }
  return out.sort((a, b) => toUtc(a[0]) - toUtc(b[0]));
}


/**
 * The next day numbered `d` after `t`: this month when it is still ahead (and exists), else the first month that has it.
 * Today's own number is next month's ("by the 1st" said on the 1st): nobody names today by its number.
 */
function nextDayNumbered(t: Day, d: number): Day {
  if (d > t.d && d <= daysIn(t.y, t.m)) return { ...t, d };
  let n = addMonths({ ...t, d: 1 }, 1);
  while (d > daysIn(n.y, n.m)) n = addMonths(n, 1);
  return { ...n, d };
}

// Round 59's feasts and months in less-used languages (read by two rules below, behind X59_HINT).
const X_FEASTS: [RegExp, string][] = [
  [/^juhannu/, 'Midsummer'], [/^jonin|^rasos/, "St John's Day"], [/^velikono|^ve[ľl]k|^h[úu]sv[ée]t|^π[άα]σχα|^pasg/, 'Easter'],
  [/^v[áa]no[cč]|^vianoc|^kar[áa]csony|^joulu|^kal[ėe]d|^χριστο[ύυ]γενν|^nadolig/, 'Christmas'], [/^m[ăa]r[țţt]i[șşs]or/, '1 March'],
  [/^διακαιν/, 'the week after Easter'], [/^סוכות/, 'Sukkot'], [/^פסח/, 'Passover'], [/^חנוכה/, 'Hanukkah'],
  [/^(?:दिवाली|दीवाली|দিওয়ালি|দীপাবলি)/, 'Diwali'], [/^(?:होली|হোলি)/, 'Holi'], [/^(?:ईद|ঈদ)/, 'Eid'],
  [/^(?:পহেলা|পয়লা)/, 'Pohela Boishakh'], [/^สงกรานต์/, 'Songkran'], [/^نوروز/, 'Nowruz'], [/^سیزده/, 'Sizdah Bedar'],
];
const X_FEAST = String.raw`juhannu\p{L}*|jonin\p{L}*|rasos|velikono\p{L}*|ve[ľl]k\p{L}*\s+noc\p{L}*|h[úu]sv[ée]t\p{L}*|π[άα]σχα|pasg|v[áa]no[cč]\p{L}*|vianoc\p{L}*|kar[áa]csony\p{L}*|joulu(?!kuu)\p{L}*|kal[ėe]d\p{L}*|χριστο[ύυ]γενν\p{L}*|nadolig|m[ăa]r[țţt]i[șşs]or\p{L}*|διακαιν[ήη]σιμ\p{L}*|סוכות|פסח|חנוכה|(?:दिवाली|दीवाली|होली|ईद|দিওয়ালি|দীপাবলি|হোলি|ঈদ|(?:পহেলা|পয়লা)\s+বৈশাখ)[\p{L}\p{M}]*|สงกรานต์|نوروز|سیزده[\s\u200c]?بدر`;
const X_PRE = String.raw`(?:ל?שבוע\s+)?(?:ש?אחרי|לאחר|לפני|עד)|(?:(?:την\s+)?εβδομάδα\s+)?(?:μετ[άα]|πριν|μ[έε]χρι)(?:\s+(?:από|απο))?(?:\s+(?:το|τη|την|τα|τον|τις))?|po|iki|prie[šs]|p[řr]ed|do|a[žz]\s+do|p[âa]n[ăa](?:\s+(?:de|la))?|(?:i\s+)?ar\s+[ôo]l|cyn|erbyn|ennen|بعد\s+از|قبل\s+از|تا|หลัง(?:จาก)?|ก่อน(?:ถึง)?|ภายใน`;
const X_POST = String.raw`j[äa]lkeen|j[äa]lkeise\p{L}*\s+viiko\p{L}*|menness[äa]|ut[áa]n|el[őo]tt|(?:से\s+पहले|के\s+बाद|तक)|(?:-|এর\s+)?(?:আগে|পরে|পর্যন্ত)`;
// The English month names, which the rules for other languages' months hand on to the English readers.
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CY_MONTHS: Record<string, number> = { ionawr: 1, chwefror: 2, mawrth: 3, ebrill: 4, mai: 5, mehefin: 6, gorffennaf: 7, awst: 8, medi: 9, hydref: 10, tachwedd: 11, rhagfyr: 12 };
const HI_MONTHS: Record<string, number> = { 'जनवरी': 1, 'फ़रवरी': 2, 'फरवरी': 2, 'मार्च': 3, 'अप्रैल': 4, 'मई': 5, 'जून': 6, 'जुलाई': 7, 'अगस्त': 8, 'सितंबर': 9, 'सितम्बर': 9, 'अक्टूबर': 10, 'अक्तूबर': 10, 'नवंबर': 11, 'नवम्बर': 11, 'दिसंबर': 12, 'दिसम्बर': 12 };
const TH_MONTHS: Record<string, number> = {
  'ม.ค.': 1, 'ก.พ.': 2, 'มี.ค.': 3, 'เม.ย.': 4, 'พ.ค.': 5, 'มิ.ย.': 6, 'ก.ค.': 7, 'ส.ค.': 8, 'ก.ย.': 9, 'ต.ค.': 10, 'พ.ย.': 11, 'ธ.ค.': 12,
  'มกราคม': 1, 'กุมภาพันธ์': 2, 'มีนาคม': 3, 'เมษายน': 4, 'พฤษภาคม': 5, 'มิถุนายน': 6, 'กรกฎาคม': 7, 'สิงหาคม': 8, 'กันยายน': 9, 'ตุลาคม': 10, 'พฤศจิกายน': 11, 'ธันวาคม': 12,
};
const X59_HINT = fastEdges(new RegExp(String.raw`juhannu|jonin|rasos|velikono|ve[ľl]k|h[úu]sv[ée]t|π[άα]σχα|pasg|v[áa]no[cč]|vianoc|kar[áa]csony|joulu|kal[ėe]d|χριστο[ύυ]γενν|nadolig|m[ăa]r[țţt]i[șşs]or|διακαιν|h[óo]nap|kuun\s+loppu|kuu\s+l[õo]puks|m[ėe]nesio|diwedd|\bmis\s|סוכות|פסח|חנוכה|نوروز|سیزده|दिवाली|दीवाली|होली|ईद|महीने|দিওয়ালি|দীপাবলি|হোলি|ঈদ|বৈশাখ|สงกรานต์|${Object.keys(HI_MONTHS).join('|')}|${Object.keys(TH_MONTHS).map((k) => k.replace(/\./g, '\\.')).join('|')}`, 'iu'));
// "next month" and "this month" after an n-th weekday, in the other languages ("el primer sábado del mes que viene").
const REL_MONTH_NEXT = String.raw`mes\s+que\s+viene|pr[óo]ximo\s+mes|mes\s+pr[óo]ximo|mois\s+prochain|pr[óo]ximo\s+m[êe]s|m[êe]s\s+que\s+vem|mese\s+prossimo|prossimo\s+mese|n[äa]chsten\s+monats?|volgende\s+maand`;
const REL_MONTH_THIS = String.raw`este\s+mes|ce\s+mois(?:-ci)?|deste\s+m[êe]s|este\s+m[êe]s|questo\s+mese|diesem\s+monat|dieses\s+monats|deze\s+maand`;
const MONTH_AFTER = new RegExp(`^\\s*${MONTH_RE}(?![\\p{L}])`, 'iu');
const RULES: Rule[] = [
  // "over the bank holiday weekend", "before the August bank holiday", "on the bank holiday Monday": the next public-holiday
  // weekend where the person lives (as "the long weekend", round 9); the holiday is its Monday.
  [new RegExp(`\\b(?:(over|on|at|during|for|by|before|until|till|ahead of|after)\\s+)?(?:the\\s+|this\\s+|next\\s+)?(?:(easter|spring|summer|early may|late may|${MONTH_RE})\\s+)?bank[- ]holidays?(?:\\s+(weekend|monday))?\\b`, 'i'), (m, t, tz) => {
    const which = (m[2] ?? '').toLowerCase().replace('.', '');
    const want = /^(spring|late may)$/.test(which) ? 5 : /^(summer)$/.test(which) ? 8 : /^early may$/.test(which) ? 5 : which && which !== 'easter' ? MONTHS[which] : undefined;
    const list = longWeekends(t, tz).filter(([, b]) => toUtc(b) >= toUtc(t));
    const found = which === 'easter' ? list.find(([, b]) => b.m <= 4) : which === 'spring' || which === 'late may' ? list.filter(([a]) => a.m === 5).filter(([a], _i, all) => a.y === all[0]![0].y).pop() : list.find(([a, b]) => !want || a.m === want || b.m === want);
    if (!found) return null;
    const p = beforeWord((m[1] ?? '').toLowerCase());
    if (/^(before|until|till|ahead of)$/.test(p)) return range(t, addDays(found[0], -1));
    if (p === 'after') return range(addDays(found[1], 1), addDays(found[1], 7));
    if (/weekend/i.test(m[3] ?? '') || /^(over|during)$/.test(p)) return range(found[0], found[1]);
    return range(found[1], found[1]);
  }],
  // "by mid-week", "midweek": this week's Wednesday (next week's, once it has passed).
  [/\b(?:by|before|around|on|until)?\s*(?:the\s+)?(?:mid[- ]?week|middle of (?:the |this )?week)\b/i, (_m, t) => { const x = weekday(t) >= 1 && weekday(t) <= 3 ? addDays(weekOf(t).mon, 2) : addDays(weekOf(addDays(t, 7)).mon, 2); return range(x, x); }],
  // Day-first dates with dots, as written across Europe: "13.01.", "am 3.2.", "13.01.2027", "3.2.27". Without a year the
  // month needs its closing dot and either two digits each or a date word before it, so "version 3.1" and "at 10.30" stay.
  // Without its closing dot too ("on 23.01, it is Saturday", "our sprint moved to 20.02"), where days are written first, it
  // needs two digits each, a word only a date takes before it ("on", "by", "bis", "le", or "to" after a move) and no clock
  // or measure after it, so "at 10.30", "for 12.10", "Python 3.12" and "up to 10.50" stay numbers.
  [/(?<![\d.,:\/])(?:\b(on|by|am|bis|zum|until|till|before|from|ab|vom|den|le|el|il|op|the|for|für|due)\s+)?(\d{1,2})\.(\d{1,2})(?:(\.)(\d{4}|\d{2}(?!\d))?)?(?!\d|\.\d)/i, (m, t, tz) => {
    const d = Number(m[2]), mo = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1) return null;
    const lead = m.input.slice(0, m.index);
    if (/\b(?:v|ver|version|versión|release|at|@|um|à|around|ca)\.?\s*$/i.test(lead)) return null;
    const p = (m[1] ?? '').toLowerCase();
    if (!m[4]) {
      if (MONTH_FIRST.test(tz) && !/^(?:UTC|Etc\/)/.test(tz)) return null;
      // "to" is a date word only after a move ("moved to 20.02", "push it back to 14.03").
      // "we postponed for 15.05", "moved it for 03.11" (adiamos para, lo pasamos para, reporté pour): "for" after a move is
      // its "to" in the English of Portuguese, Spanish and French speakers.
      const moved = (!p && /\b(?:mov|push|postpon|prepon|reschedul|shift|chang|bump|delay|defer)\w*\s+(?:(?:it|this|that|them|back|out|forward|again)\s+){0,2}to\s+$/i.test(lead))
        || (p === 'for' && /\b(?:mov|push|postpon|prepon|reschedul|shift|chang|bump|delay|defer)\w*\s+(?:(?:it|this|that|them|back|out|forward|again)\s+){0,2}$/i.test(lead));
      // "Saturday 23.01", "samedi 23.01", "w sobotę 23.01": a weekday before it names a day too.
      const dayNamed = !p && /(?<![\p{L}])(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$|(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedzia[łl]ek|wtorek|[śs]rod[aę]|czwartek|pi[ąa]tek|sobot[aę]|niedziel[aę])\.?,?\s+$/iu.test(lead);
      if (m[2]!.length !== 2 || m[3]!.length !== 2 || !(moved || dayNamed || /^(on|by|am|bis|zum|until|till|before|ab|vom|le|el|due)$/.test(p))) return null;
      // "went up by 10.12", "cut by 12.05": an amount, not a deadline.
      if (p === 'by' && /\b(?:up|down|rose|risen|ris(?:e|es|ing)|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|gr[eo]w\w*|dropp?\w*|reduc\w*|cut|rais\w*|lower\w*|multipl\w*|divid\w*|improv\w*|shr[iau]nk\w*|off)\s+$/i.test(lead)) return null;
      if (/\b(?:python|node(?:\.?js)?|ruby|php|java|ios|android|macos|ubuntu|debian|fedora|windows|version|ver|release|v)\b\.?\s*(?:\S+\s+){0,3}$/i.test(lead)) return null;
      if (/^\s*(?:%|h\b|hrs?\b|hours?\b|min(?:ute)?s?\b|uhr\b|am\b|pm\b|[ap]\.m\.|o(?:'|’)clock|€|\$|£|eur\b|usd\b|kg\b|km\b|m\b|cm\b|mm\b|[-–]\s*\d)/i.test(m.input.slice(m.index + m[0].length))) return null;
    }
    if (!m[5] && !m[1] && !(m[2]!.length === 2 && m[3]!.length === 2)) return null;
    const y = m[5] ? (m[5].length === 2 ? 2000 + Number(m[5]) : Number(m[5])) : undefined;
    if (d > daysIn(y ?? t.y, mo)) return null;
    const x = upcoming(mo, d, t, y);
    return range(x, x);
  }],
  // Chinese, Japanese and Korean dates: "3月20日", "2027年3月20日", "3월 20일"; "明日", "来週", "来月", "내일", "다음 주".
  [/(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?/, (m, t) => {
    const mo = Number(m[2]), d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(t.y, mo)) return null;
    const x = upcoming(mo, d, t, m[1] ? Number(m[1]) : undefined);
    return range(x, x);
  }],
  // Local English: "next tomorrow" (Nigeria, the day after tomorrow), "now now" (South Africa, soon: today or tomorrow),
  // "by end month", "month-end", "end of the month" said without "the" (East Africa, South Asia).
  [/\bby\s+(?:this\s+|the\s+)?evening\b/i, (_m, t) => range(t, t)],
  // Scots "the morra" (tomorrow).
  [/\b(?:the\s+)?morra\b/i, (_m, t) => range(addDays(t, 1), addDays(t, 1))],
  // "zwischen den Jahren", "between the years": the days between Christmas and New Year.
  // (Two rules, so that each sits behind its own words' hint.)
  [/\bzwischen den jahren\b/i, (_m, t) => betweenYears(t)],
  [/\bbetween the years\b/i, (_m, t) => betweenYears(t)],
  // "nas férias de julho", "en las vacaciones de julio", "pendant les vacances de juillet": the holidays named by their month.
  [new RegExp(`(?<![\\p{L}])(?:(?:nas|durante as|nas pr[óo]ximas|en las|durante las|pendant les|durant les|nelle|durante le)\\s+)?(?:f[ée]rias|vacaciones|vacances|vacanze)\\s+(?:de|di)\\s+${FMONTH_RE}(?![\\p{L}])`, 'iu'), (m, t) => { const mo = FMONTHS[m[1]!.toLowerCase()]; return mo ? monthRange(yearFor(mo, t), mo) : null; }],
  // Turkish weekdays with "bu / önümüzdeki / gelecek / haftaya" ("önümüzdeki cumartesi", "haftaya salı"): the coming one.
  [/(?<![\p{L}])(bu|önümüzdeki|onumuzdeki|gelecek|haftaya|bu hafta|gelecek hafta)\s+(pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar)(?:(?:'?[ye]?[ae])|\s+günü)?(?![\p{L}])/iu, (m, t) => {
    const wd = { pazar: 0, pazartesi: 1, salı: 2, sali: 2, çarşamba: 3, carsamba: 3, perşembe: 4, persembe: 4, cuma: 5, cumartesi: 6 }[m[2]!.toLocaleLowerCase('tr')];
    if (wd === undefined) return null;
    const x = /gelecek hafta|haftaya/i.test(m[1]!) ? nextWeekday(addDays(weekOf(t).mon, 7), wd) : nextWeekday(t, wd, false);
    return range(x, x);
  }],
  // Finnish months with their case endings ("tammikuulle", "maaliskuussa", "toukokuun loppuun"): the month.
  [/(?<![\p{L}])(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu(?:ssa|lle|hun|n|ta|sta)?(?![\p{L}])/iu, (m, t) => {
    const mo = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'].indexOf(m[1]!.toLowerCase()) + 1;
    return mo ? monthRange(yearFor(mo, t), mo) : null;
  }],
  // Japanese "12月の第1土曜日" (the first Saturday of December), "来月の第一土曜日" (of next month), "今月の最終金曜日" (the last).
  [/(?:(\d{1,2})\s*月|(来月|今月|再来月))の?\s*(?:第\s*([1-5１-５一二三四五])|(最終|最後))\s*の?\s*([月火水木金土日])曜日?(?:までに|まで|に)?/u, (m, t) => {
    const rel = m[2] ? addMonths({ y: t.y, m: t.m, d: 1 }, m[2] === '来月' ? 1 : m[2] === '再来月' ? 2 : 0) : null;
    const mo = rel ? rel.m : Number(m[1]), n = m[4] ? -1 : '一二三四五'.includes(m[3]!) ? '一二三四五'.indexOf(m[3]!) + 1 : Number(m[3]!.normalize('NFKC')), wd = '日月火水木金土'.indexOf(m[5]!);
    if (mo < 1 || mo > 12) return null;
    const x = nthWeekday(rel ? rel.y : yearFor(mo, t), mo, wd, n);
    return x.m === mo ? range(x, x) : null;
  }],
  // Chinese "下个月的第一个星期六", "这个月最后一个周五" and Korean "다음 달 첫째 토요일", "이번 달 마지막 금요일": the n-th (or last)
  // weekday of next or this month.
  [/(下个月|下個月|这个月|這個月|本月)的?\s*(?:第\s*([一二三四五1-5])\s*[个個]?|(最后一?[个個]?|最後一?[個个]?))\s*(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])|(다음\s?달|이번\s?달)\s*(?:(첫째|첫번째|둘째|두번째|셋째|세번째|넷째|네번째)|(마지막))\s*(?:주\s*)?([월화수목금토일])요일/u, (m, t) => {
    const next = m[1] ? /下/.test(m[1]) : /다음/.test(m[5]!);
    const rel = addMonths({ y: t.y, m: t.m, d: 1 }, next ? 1 : 0);
    const KO: Record<string, number> = { 첫째: 1, 첫번째: 1, 둘째: 2, 두번째: 2, 셋째: 3, 세번째: 3, 넷째: 4, 네번째: 4 };
    const n = m[3] || m[7] ? -1 : m[2] ? ('一二三四五'.includes(m[2]) ? '一二三四五'.indexOf(m[2]) + 1 : Number(m[2])) : KO[m[6]!]!;
    const wd = m[4] ? '日一二三四五六'.indexOf(m[4] === '天' ? '日' : m[4]) : '일월화수목금토'.indexOf(m[8]!);
    if (wd < 0 || !n) return null;
    const x = nthWeekday(rel.y, rel.m, wd, n);
    return x.m === rel.m ? range(x, x) : null;
  }],
  [/\bnext\s+tomorrow\b/i, (_m, t) => range(addDays(t, 2), addDays(t, 2))],
  [/\bnow\s+now\b/i, (_m, t) => range(t, addDays(t, 1))],
  [/\b(?:(?:by|before|latest by|till|until)\s+)?(?:end[- ](?:of[- ])?(?:this[- ])?month|month[- ]end)\b/i, (_m, t) => range(t, { ...t, d: daysIn(t.y, t.m) })],
  // A part of a month in Chinese: "四月中", "4月中旬" (the middle, as "mid-April"), "五月初", "上旬" (the start), "月底", "下旬",
  // "月末" (the end).
  [/(?<![\d一二三四五六七八九十])(十一|十二|十|[一二三四五六七八九]|1[0-2]|0?[1-9])\s*月\s*(中旬|中|初|上旬|底|末|下旬)/u, (m, t) => {
    const CN: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10, '十一': 11, '十二': 12 };
    const mo = CN[m[1]!] ?? Number(m[1]);
    if (!mo || mo > 12) return null;
    const y = yearFor(mo, t), p = m[2]!;
    if (/中/.test(p)) return range({ y, m: mo, d: 11 }, { y, m: mo, d: 20 });
    if (/初|上/.test(p)) return range({ y, m: mo, d: 1 }, { y, m: mo, d: 10 });
    return range({ y, m: mo, d: 21 }, { y, m: mo, d: daysIn(y, mo) });
  }],
  // Taglish "second week ng October", "last week ng May": "ng" is "of".
  // (?<!\w) here is \b, written as V8 runs it fast under /iu (see word-edge.ts).
  [/(?<!\w)(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+ng\s+(\p{L}{3,})/iu, (m, t, tz) => readRules(`${m[1]} week of ${m[2]}`, t, tz)],
  // A month alone in numerals with 월/月 ("6월에", "6월까지", "6月に"): the month (a day after it is the rule above).
  [/(?<![\d.\/-])(1[0-2]|0?[1-9])\s*[월月](?!\s*\d)(?!曜)/u, (m, t) => {
    const mo = Number(m[1]);
    return monthRange(yearFor(mo, t), mo);
  }],
  // Chinese holidays with a side after them: "国庆节以后", "国庆假期之后", "春节前", "中秋节后": read as the English
  // "after golden week" (the October week in China), "before Chinese New Year", "after the Mid-Autumn Festival".
  [/(国庆|國慶|十一黄金周|十一黃金週|黄金周|黃金週|春节|春節|过年|過年|中秋)(?:节|節)?(?:假期|长假|長假)?(以后|以後|之后|之後|后|後|以前|之前|前|之内|之內)/u, (m, t, tz) => {
    const side = /后|後/.test(m[2]!) ? 'after' : /内|內/.test(m[2]!) ? 'by' : 'before';
    const name = /春|年/.test(m[1]!) ? 'Chinese New Year' : /中秋/.test(m[1]!) ? 'the Mid-Autumn Festival' : 'golden week';
    return readRules(`${side} ${name}`, t, tz);
  }],
  // A weekday of this or next week: "다음 주 토요일", "下周六", "来週の土曜日".
  [/(来週|下周|下週|下星期|下礼拜|다음\s?주|今週|本周|这周|這週|这星期|이번\s?주)\s?の?\s?(?:([月火水木金土日])曜日?|([一二三四五六日天])(?![\p{sc=Han}])|([월화수목금토일])요일)(?:\s?(?:까지|までに|まで|之前|以前))?/u, (m, t) => {
    const wd = m[2] ? '日月火水木金土'.indexOf(m[2]) : m[3] ? '日一二三四五六'.indexOf(m[3] === '天' ? '日' : m[3]) : '일월화수목금토'.indexOf(m[4]!);
    if (wd < 0) return null;
    const next = /来週|下|다음/.test(m[1]!);
    const { mon } = weekOf(next ? addDays(t, 7) : t);
    const x = addDays(mon, (wd + 6) % 7);
    return range(x, x);
  }],
  [/明日|明天|내일|明後日|后天|後天|모레|来週|下周|下週|下星期|다음\s?주|今週|本周|这周|這週|이번\s?주|来月|下个月|下個月|다음\s?달|今月|本月|这个月|這個月|이번\s?달|週末|周末|주말/, (m, t) => {
    const w = m[0];
    if (/明日|明天|내일/.test(w)) return range(addDays(t, 1), addDays(t, 1));
    if (/明後日|后天|後天|모레/.test(w)) return range(addDays(t, 2), addDays(t, 2));
    if (/来週|下周|下週|下星期|다음/.test(w) && /週|周|星期|주/.test(w)) { const { mon, sun } = weekOf(addDays(t, 7)); return range(mon, sun); }
    if (/今週|本周|这周|這週|이번\s?주/.test(w)) return range(t, weekOf(t).sun);
    if (/来月|下个月|下個月|다음\s?달/.test(w)) { const n = addMonths({ ...t, d: 1 }, 1); return monthRange(n.y, n.m); }
    if (/週末|周末|주말/.test(w)) { const sat = weekday(t) === 0 ? addDays(t, -1) : nextWeekday(t, 6); return range(sat, addDays(sat, 1)); }
    return range(t, { ...t, d: daysIn(t.y, t.m) });
  }],
  // The day after tomorrow in other languages.
  [/(?<![\p{L}])(?:übermorgen|uebermorgen|après-demain|apres-demain|aprés-demain|pasado mañana|pasado manana|depois de amanhã|depois de amanha|dopodomani|overmorgen)(?![\p{L}])/iu, (_m, t) => range(addDays(t, 2), addDays(t, 2))],
  // Parts of a month in other languages: "Anfang April", "Mitte Mai", "Ende März", "début avril", "mi-avril", "fin mars",
  // "a principios de abril", "a mediados de mayo", "a finales de marzo", "inizio aprile", "metà maggio", "fine marzo", "begin april", "eind maart", "half januari".
  [new RegExp(`(?<![\\p{L}])(?:(?:entro|verso|per)\\s+la\\s+(?=fine\\s))?(anfang|mitte|ende|début|debut|mi|fin|principios de|comienzos de|inicios de|mediados de|finales de|fines de|inizio|metà|meta|fine|eind|half(?!\\s+may(?![\\p{L}]))|início|inicio|meados de|final de|fim de|awal|pertengahan|akhir|penghujung|hujung|mwanzoni mwa|katikati ya|mwishoni mwa|i (?:början|borjan|begynnelsen|starten|mitten|midten|slutet|slutten|slutningen) (?:av|af))[\\s-]+(?:bulan\\s+)?(?:de\\s+|d'|du mois d'|du mois de\\s+|(?:del mese\\s+)?di\\s+)?(${[...Object.keys(FMONTHS), ...Object.keys(MONTHS)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])(?:\\s+(\\d{4}))?`, 'iu'), (m, t) => {
    const mo = FMONTHS[m[2]!.toLowerCase()] ?? MONTHS[m[2]!.toLowerCase()];
    if (!mo || /^mi\s/i.test(m[0]) || (/^fine$/i.test(m[1]!) && !FMONTHS[m[2]!.toLowerCase()])) return null; // "mi abril" is "my April"; "mi-avril" is mid-April
    const y = m[3] ? Number(m[3]) : yearFor(mo, t);
    const part = m[1]!.toLowerCase();
    if (/^(anfang|d[ée]but|principios|comienzos|inicios|inizio|begin|in[íi]cio|awal|mwanzoni|i (?:början|borjan|begynnelsen|starten))/.test(part)) return range({ y, m: mo, d: 1 }, { y, m: mo, d: 10 });
    if (/^(mitte|mi|mediados|met[àa]|half|meados|pertengahan|katikati|i (?:mitten|midten))/.test(part)) return range({ y, m: mo, d: 11 }, { y, m: mo, d: 15 });
    return range({ y, m: mo, d: 21 }, { y, m: mo, d: daysIn(y, mo) });
  }],
  // This week, this weekend, next month, the end of the month (and this month: "este mes", "ce mois-ci", "diesen Monat"
  // as "this month", by its end), in N weeks/days, in other languages.
  // "noch zwei Wochen", "nog twee weken", "encore deux semaines", "mais duas semanas": N more weeks, counted from today.
  [/(?<![\p{L}])(?:(cette semaine|esta semana|diese woche|questa settimana|deze week)|(ce week-?end|este fin de semana|este finde|dieses wochenende|am wochenende|questo (?:fine settimana|weekend)|dit weekend|este fim de semana|no fim de semana|le week-?end)|(le mois prochain|el mes que viene|el pr[óo]ximo mes|n[äa]chsten monat|im n[äa]chsten monat|il (?:mese )?prossimo(?: mese)?|volgende maand|o pr[óo]ximo m[êe]s|m[êe]s que vem)|((?:d'ici (?:la )?|avant la |à la |a )?fin (?:du|de) mois|(?:antes de |para )?(?:el |a )?(?:fin|final|finales) de(?:l)? mes|(?:bis )?(?:zum )?ende (?:des|diesen) monats|(?:bis )?monatsende|(?:entro )?(?:la )?fine (?:del )?mese|(?:voor )?het eind(?:e)? van de maand|(?:até o |até ao )?(?:fim|final) do m[êe]s|este mes|(?:este|neste|esse|nesse) m[êe]s|ce mois(?:-ci)?(?! prochain| dernier)|(?:in )?diesem monat|diesen monat|questo mese|deze maand)|(?:(?:dans|en|in|innerhalb von|entro|tra|fra|em|binnen|d'ici|daqui a|daqui|dentro de|d[aà]qui a|noch|nog|encore|ancora|mais(?=\s+(?:duas|dois|uma|um|\d)))\s+|(?<=(?:repouss|report|d[ée]cal|verschieb|verschob|verleg|rimand|spost|posticip|aplaz|pospon|posterg|adi|empurr|atras|verzet|verschuiv|uitstel)\p{L}*(?:\s+(?:le|la|les|lo|es|das|ihn|sie|het|dat|isso|isto|ça|tutto|todo|alles))?\s+)(?:(?:de|um|di|met|por)\s+)?|(?:um|met)\s+(?=\S+\s+\S+\s+(?:nach\s+hinten\s+|later\s+)?(?:verschieb|verleg|verzet|verschuiv|uitstel|opschuiv)))(une|un|uno|una|eine[mnr]?|een|um|uma|deux|dos|zwei|due|twee|dois|duas|trois|tres|drei|tre|drie|tr[êe]s|quatre|cuatro|vier|quattro|quatro|huit|acht|ocho|otto|oito|zehn|dix|diez|dieci|tien|dez|vierzehn|veertien|quatorze|catorce|quattordici|quinze|quince|\d{1,2})\s+(semaines?|semanas?|wochen?|settimana|settimane?|weken|week|jours?|d[íi]as?|tagen?|giorni|giorno|dagen?|mois|mes(?:es)?|monate?n?|mesi|maanden?))(?![\p{L}])/iu, (m, t) => {
    if (m[1]) return range(t, weekday(t) === 0 ? addDays(t, 7) : weekOf(t).sun);
    if (m[2]) { const sat = weekday(t) === 0 ? addDays(t, -1) : nextWeekday(t, 6); return range(sat, addDays(sat, 1)); }
    if (m[3]) { const n = addMonths({ ...t, d: 1 }, 1); return monthRange(n.y, n.m); }
    if (m[4]) return range(t, { ...t, d: daysIn(t.y, t.m) });
    const w = m[5]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const n = /^\d+$/.test(w) ? Number(w) : /^(une?|uno|una|eine[mnr]?|een|um|uma)$/.test(w) ? 1 : /^(deux|dos|zwei|due|twee|dois|duas)$/.test(w) ? 2 : /^(trois|tres|drei|tre|drie)$/.test(w) ? 3 : /^(quatre|cuatro|vier|quattro|quatro)$/.test(w) ? 4 : /^(huit|acht|ocho|otto|oito)$/.test(w) ? 8 : /^(zehn|dix|diez|dieci|tien|dez)$/.test(w) ? 10 : /^(vierzehn|veertien|quatorze|catorce|quattordici)$/.test(w) ? 14 : 15;
    const u = m[6]!.toLowerCase();
    const unit = /^(sem|woch|sett|wek|week)/.test(u) ? 'week' : /^(jour|d[íi]a|tag|giorn|dag)/.test(u) ? 'day' : 'month';
    return span(t, n === 15 && unit === 'day' && /^quin/.test(w) ? 14 : n, unit); // "dans quinze jours" is a fortnight
  }],
  // Next week, this week, this weekend, next month and tomorrow in Polish, Russian, Ukrainian, Turkish, Indonesian/Malay,
  // Hindi written in Latin letters, Swedish, Danish, Norwegian and Arabic ("w przyszłym tygodniu", "на следующей неделе",
  // "bu hafta sonu", "minggu depan", "agle hafte", "nästa vecka", "الأسبوع القادم").
  [/(?<![\p{L}])(?:(w przyszłym tygodniu|na przyszły tydzień|przyszły tydzień|w następnym tygodniu|(?:на )?следующ(?:ей|ую|ая) недел[еюя]|(?:на )?наступн(?:ому|ий) тижн[іь]|haftaya|gelecek hafta(?:ya)?|önümüzdeki hafta(?:ya)?|(?:minggu|pekan) (?:depan|hadapan)|wiki (?:ijayo|inayokuja|ijayo)|(?:sa )?susunod na linggo|agle hafte|agle hafta|agle week|nästa vecka|næste uge|neste uke|الأسبوع (?:القادم|المقبل)|الاسبوع (?:القادم|المقبل))|(w tym tygodniu|на этой неделе|цього тижня|bu hafta(?! ?sonu)|(?:minggu|pekan) ini|wiki hii|ngayong linggo|is hafte|den här veckan|denne uge|denne uken|هذا الأسبوع)|(w (?:ten |najbliższy |przyszły |następny )?weekend|na (?:ten |najbliższy |przyszły |następny )?weekend|в (?:эти |ближайшие )?выходные|на (?:этих |ближайших )?выходных|на вихідних|bu hafta ?sonu(?:na|nda)?(?:\s+kadar)?|hafta ?sonu(?:na|nda)?(?:\s+kadar)?|akhir (?:pekan|minggu)(?: ini)?|is weekend|i helgen|(?:i )?weekenden|(?:i )?weekenden|(?:عطلة )?نهاية (?:هذا )?الأسبوع)|(w przyszłym miesiącu|na przyszły miesiąc|w następnym miesiącu|(?:в|на) следующ(?:ем|ий) месяц[е]?|наступного місяця|gelecek ay|önümüzdeki ay|bulan (?:depan|hadapan)|mwezi ujao|(?:sa )?susunod na buwan|agle mahine|agle mahina|nästa månad|næste måned|neste måned|الشهر (?:القادم|المقبل))|(jutro|завтра|yarın|besok|esok|kesho|imorgon|i morgen|غدا|غداً))(?![\p{L}])/iu, (m, t) => {
    if (m[1]) { const { mon, sun } = weekOf(addDays(t, 7)); return range(mon, sun); }
    if (m[2]) return range(t, weekday(t) === 0 ? addDays(t, 7) : weekOf(t).sun);
    if (m[3]) { const sat = weekday(t) === 0 ? addDays(t, -1) : nextWeekday(t, 6); return range(sat, addDays(sat, 1)); }
    if (m[4]) { const n = addMonths({ ...t, d: 1 }, 1); return monthRange(n.y, n.m); }
    return range(addDays(t, 1), addDays(t, 1));
  }],
  // The middle of a month in Polish, Czech and Russian ("do połowy maja", "w połowie czerwca", "v polovině května",
  // "к середине марта"): as "mid-May", the 11th to the 15th.
  [new RegExp(`(?<![\\p{L}])(?:połow(?:a|ie|y|ę)|polovin(?:a|ě|y|u)|середин(?:а|е|ы|у))\\s+(${Object.keys(SLAVIC_MONTHS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'iu'), (m, t) => {
    const mo = SLAVIC_MONTHS[m[1]!.toLowerCase()];
    if (!mo) return null;
    const y = yearFor(mo, t);
    return range({ y, m: mo, d: 11 }, { y, m: mo, d: 15 });
  }],
  // Months in Polish, Russian, Ukrainian, Turkish and Indonesian, in their cases ("na styczeń", "do 24 marca", "в январе",
  // "24 марта", "ocakta", "12 aralık", "bulan Maret"): with a day number before it that day, else the month. A Turkish
  // month alone ("nisan" is also an engagement, "ekim" a sowing) needs a day, "ay" or a case ending.
  // Hungarian months with a day and its case ending: "december 10-ig" (by 10 December), "március 3-án" (on 3 March),
  // "decemberben" (in December), "május végéig" (by the end of May).
  [/(?<![\p{L}])(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)(?:(?:ban|ben|ig)|\s+(\d{1,2})\.?-?(?:ig|án|én|jén|jáig|jéig|áig|éig|je|ja|ra|re|ára|ére|jére|jára)|\s+(végéig|végén|elején|közepén|közepéig))(?![\p{L}\d])/iu, (m, t) => {
    const mo = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'].indexOf(m[1]!.toLowerCase()) + 1;
    if (mo < 1) return null;
    if (m[2]) { const d = Number(m[2]); const y = mo < t.m || (mo === t.m && d < t.d) ? t.y + 1 : t.y; if (d < 1 || d > daysIn(y, mo)) return null; return range({ y, m: mo, d }, { y, m: mo, d }); }
    const y = yearFor(mo, t);
    if (m[3] && /^eleje/i.test(m[3])) return range({ y, m: mo, d: 1 }, { y, m: mo, d: 10 });
    if (m[3] && /^közep/i.test(m[3])) return range({ y, m: mo, d: 11 }, { y, m: mo, d: 15 });
    return monthRange(y, mo);
  }],
  // "قبل نهاية الشهر", "بنهاية الشهر", "آخر الشهر": by the end of this month, in Arabic.
  [/(?:قبل|حتى|مع|في|ب)?\s*(?:نهاية|آخر|اخر)\s+(?:هذا\s+)?الشهر(?:\s+(?:الحالي|هذا))?(?![\u0621-\u064a])/u, (_m, t) => range(t, { y: t.y, m: t.m, d: daysIn(t.y, t.m) })],
  // Greek months in any case ("τον Μάρτιο", "στις 3 Μαρτίου", "μέχρι τέλος Απριλίου"): the month, or its day.
  [new RegExp(String.raw`(?<![\p{L}\d])(?:(?:μέσα\s+|μεσα\s+|ως|έως|εως|μέχρι|μεχρι|τον|την|τις|στον|στην|στις|το|στο)\s+)*(?:(\d{1,2})\s+)?(${GREEK_MONTH_RE})(?:ος|ο|ου|ός|ό|ού)(?![\p{L}])`, 'iu'), (m, t) => {
    const mo = greekMonth(m[2]!);
    if (!mo) return null;
    const y = yearFor(mo, t);
    if (m[1]) { const d = Number(m[1]); if (d < 1 || d > daysIn(y, mo)) return null; const y2 = (mo < t.m || (mo === t.m && d < t.d)) ? t.y + 1 : t.y; return range({ y: y2, m: mo, d }, { y: y2, m: mo, d }); }
    return monthRange(y, mo);
  }],
  // "до Нового года", "до Нового року", "do Nowego Roku", "przed Nowym Rokiem", "před Novým rokem": before New Year ends on
  // 31 December (of next year once the year has turned, i.e. said in the first days of January this is still the year's end).
  [/(?<![\p{L}])(?:до|перед|do|przed|před|pred)\s+(?:новым|нового|новим|nowym|nowego|novým|novym|novem|nového|noveho)\s+(?:годом|года|роком|року|rokiem|roku|rokem)(?![\p{L}])/iu, (_m, t) => range(t, { y: t.y, m: 12, d: 31 })],
  // "в конце февраля", "в начале марта", "в середине мая", "наприкінці лютого": late, early and mid month in Russian and
  // Ukrainian, read as the English phrase.
  [new RegExp(`(?<![\\p{L}])(?:(в|во|у)\\s+(конце|начале|середине|середині|кінці)|(наприкінці|на\\s+початку|напочатку))\\s+(${Object.keys(SLAVIC_MONTHS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'iu'), (m, t, tz) => {
    const mo = SLAVIC_MONTHS[m[4]!.toLowerCase()];
    if (!mo) return null;
    const part = (m[2] ?? m[3])!.toLowerCase();
    const en = /конц|кінц|наприкінці/.test(part) ? 'late' : /начал|початку/.test(part) ? 'early' : 'mid';
    return readRules(`${en} ${MONTHS_EN[mo - 1]}`, t, tz);
  }],
  // "do końca października", "до конца марта": the end said before the month goes with it (the month's range ends there).
  [new RegExp(`(?<![\\p{L}\\d])(?:(?:(?:do|na|pod|przed)\\s+)?(?:końca|koniec|końcu|konec|konce|koncem)\\s+|(?:до\\s+)?(?:конца|конец|кінця|кінець)\\s+)?(?:(\\d{1,2})\\.?\\s+)?(?:(${Object.keys(SLAVIC_MONTHS).sort((a, b) => b.length - a.length).join('|')})|(${Object.keys(TR_MONTHS).join('|')})(?:\\s+ay(?:ı|ında|ına)?|(ta|da|te|de|a|e|ya|ye|ın|in|un|ün)(?![\\p{L}]))?|(maret|agustus|desember|nopember|pebruari))(?![\\p{L}])(?:\\s+(\\d{4}))?`, 'iu'), (m, t) => {
    const w = (m[2] ?? m[3] ?? m[5])!.toLowerCase();
    const mo = SLAVIC_MONTHS[w] ?? TR_MONTHS[w] ?? { maret: 3, agustus: 8, desember: 12, nopember: 11, pebruari: 2 }[w];
    if (!mo) return null;
    // A bare Turkish month with no day, "ay" or case ending is not read; a Polish, Russian or Ukrainian one needs a
    // preposition before it ("na styczeń", "в январе", "do marca"), since "Maja" is a name and "marca" a brand in Spanish.
    if (m[3] && !m[1] && !m[4] && !/\s+ay/i.test(m[0])) return null;
    // A Turkish case ending with no day needs Turkish around it: "Marta" is a name in Portuguese, Spanish and Polish.
    if (m[3] && !m[1] && m[4] && !TURKISH_CUE.test(m.input)) return null;
    if (m[2] && !m[1] && !/^(?:\S+\s+)?(?:końc|koniec|konec|konce|koncem|конц|конец|кін)/iu.test(m[0]) && !/(?:^|[\s(,])(?:w|we|v|ve|na|do|od|przed|před|po|koniec|końca|końcu|začátkem|začátku|polovině|poloviny|początek|początku|połowa|połowie|połowy|в|во|на|до|к|с|со|после|конец|конца|начало|начала|середина|середине|середины|у|з|після|кінець|кінця|початок|початку)\s+$/iu.test(m.input.slice(0, m.index))) return null;
    if (m[1]) {
      const d = Number(m[1]);
      if (d < 1 || d > daysIn(m[6] ? Number(m[6]) : t.y, mo)) return null;
      const x = upcoming(mo, d, t, m[6] ? Number(m[6]) : undefined);
      return range(x, x);
    }
    return monthRange(m[6] ? Number(m[6]) : yearFor(mo, t), mo);
  }],
  // A Turkish month with its part: "Nisan ortasına" (to mid-April), "mayıs başında" (early May), "Ekim sonuna kadar" (by the
  // end of October): the days of "mid-X", "early X" and "late X" in English (the part, with its possessive ending, is needed).
  [new RegExp(`(?<![\\p{L}\\d])(${Object.keys(TR_MONTHS).join('|')})(?:\\s+ay(?:ı|ının))?\\s+(orta|baş|son)(?:lar)?s?[ıiuü](?:n(?:[ae]|d[ae]))?(?![\\p{L}])(?:\\s+(\\d{4}))?(?:\\s+kadar(?![\\p{L}]))?`, 'iu'), (m, t) => {
    const mo = TR_MONTHS[m[1]!.toLocaleLowerCase('tr')];
    if (!mo) return null;
    const y = m[3] ? Number(m[3]) : yearFor(mo, t), part = m[2]!.toLocaleLowerCase('tr');
    if (part === 'orta') return range({ y, m: mo, d: 11 }, { y, m: mo, d: 15 });
    if (part === 'baş') return range({ y, m: mo, d: 1 }, { y, m: mo, d: 10 });
    return range({ y, m: mo, d: 21 }, { y, m: mo, d: daysIn(y, mo) });
  }],
  // Arabic months, both the Egyptian/Gulf names and the Levantine ones ("إلى يناير", "في شباط", "١٢ مارس"), and Chinese
  // months in numerals ("一月", "十二月"): with a day before it that day, else the month.
  [/(?:([0-9٠-٩]{1,2})\s*)?(?<![\p{L}])(يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين الأول|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول)(?![\p{L}])|(?<![一二三四五六七八九十\d])(十[一二]|[一二三四五六七八九十])月(?![\d一二三四五六七八九十]+[日号號])/u, (m, t) => {
    const AR: Record<string, number> = { 'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'ابريل': 4, 'إبريل': 4, 'مايو': 5, 'يونيو': 6, 'يوليو': 7, 'أغسطس': 8, 'اغسطس': 8, 'سبتمبر': 9, 'أكتوبر': 10, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12, 'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'اذار': 3, 'نيسان': 4, 'أيار': 5, 'ايار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8, 'أيلول': 9, 'ايلول': 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12, 'كانون الاول': 12 };
    const CN: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10, '十一': 11, '十二': 12 };
    const mo = m[2] ? AR[m[2]] : CN[m[3]!];
    if (!mo) return null;
    if (m[1]) {
      const d = Number(m[1].replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)));
      if (d < 1 || d > daysIn(t.y, mo)) return null;
      const x = upcoming(mo, d, t);
      return range(x, x);
    }
    return monthRange(yearFor(mo, t), mo);
  }],
  // Arabic months written in Latin letters ("Arabizi": "la 15 ayyar", "fi shubat", "2 november"): the Levantine names and the
  // Egyptian ones. A name that is also a common word elsewhere ("ab" is Hindi "now", "adar"/"azar") needs a day before it.
  [/(?<![\p{L}\d])(?:(\d{1,2})\s+|(?:fi|fe|f|la|le|l|lal|lel|bi|b|men|min|ba3d|abl|2abl|7atta|le7ad|l7ad)\s+(?=\p{L}{4}))(kanun(?:\s+|-)(?:el|al|il|e)?[- ]?(?:tani|thani|awwal|awal)|kanoon(?:\s+|-)(?:el|al|il|e)?[- ]?(?:tani|thani|awwal|awal)|tishrin(?:\s+|-)(?:el|al|il|e)?[- ]?(?:tani|thani|awwal|awal)|teshreen(?:\s+|-)(?:el|al|il|e)?[- ]?(?:tani|thani|awwal|awal)|tishreen(?:\s+|-)(?:el|al|il|e)?[- ]?(?:tani|thani|awwal|awal)|shubat|shbat|shobat|sh?ubaat|adhar|azar|adar|nisan|neesan|ayyar|ayar|aiyar|huzayran|huzairan|7zeran|7ziran|7uzeiran|hzeiran|haziran|tammuz|tamuz|tammouz|aylul|ailul|eylul|ab|yanayer|yanayir|febrayer|fabrayer|febrayir|mares|maris|ebril|abril|mayu|mayo|yonyo|yunyu|younyou|yolyo|yulyu|youlyou|aghostos|aghustus|8ostos|ghostos|sebtamber|september|oktober|octobar|november|nofamber|december|desamber)(?![\p{L}])/iu, (m, t) => {
    const w = m[2]!.toLowerCase().replace(/\s+|-/g, ' ');
    const LV: [RegExp, number][] = [[/^kan(?:un|oon).*(?:tani|thani)$/, 1], [/^(?:shubat|shbat|shobat|sh?ubaat|yanayer|yanayir)$/, 0], [/^(?:adhar|azar|adar|mares|maris)$/, 3], [/^(?:nisan|neesan|ebril|abril)$/, 4], [/^(?:ayyar|ayar|aiyar|mayu|mayo)$/, 5], [/^(?:huzayran|huzairan|7zeran|7ziran|7uzeiran|hzeiran|haziran|yonyo|yunyu|younyou)$/, 6], [/^(?:tammuz|tamuz|tammouz|yolyo|yulyu|youlyou)$/, 7], [/^(?:ab|aghostos|aghustus|8ostos|ghostos)$/, 8], [/^(?:aylul|ailul|eylul|sebtamber|september)$/, 9], [/^t(?:ishrin|eshreen|ishreen).*aw+al$/, 10], [/^(?:oktober|octobar)$/, 10], [/^t(?:ishrin|eshreen|ishreen).*(?:tani|thani)$/, 11], [/^(?:november|nofamber)$/, 11], [/^kan(?:un|oon).*aw+al$/, 12], [/^(?:december|desamber)$/, 12]];
    let mo = LV.find(([re]) => re.test(w))?.[1];
    if (mo === 0) mo = /^(?:yanayer|yanayir)$/.test(w) ? 1 : 2;
    if (!mo) return null;
    // Without a day the name must be one no other language uses ("la ayyar", "fi shubat"), and "ab", "adar", "azar" always need one.
    if (!m[1] && /^(?:ab|adar|azar|abril|mayo|september|oktober|november|december|nisan|haziran)$/.test(w)) return null;
    if (m[1]) {
      const d = Number(m[1]);
      if (d < 1 || d > daysIn(t.y, mo)) return null;
      const x = upcoming(mo, d, t);
      return range(x, x);
    }
    return monthRange(yearFor(mo, t), mo);
  }],
  // A day of the month alone, as Portuguese, Spanish, French, Italian and German say it ("pro dia 20", "el día 15", "le 20",
  // "il giorno 12", "am 20."): the next such day. With a month after it ("dia 20 de maio") the month rules read it.
  [/(?<![\p{L}])(?:(?:pro|pra|para o|no|ao|at[ée] (?:o|ao)|o|ser|seria|fica)\s+dia|(?:el|al|para el|hasta el|del)\s+d[íi]a|(?:le|au|pour le|jusqu['’]au)(?=\s+\d{1,2}\s*(?:[.,;!?]|$))|il giorno|(?:am|bis zum|zum)(?=\s+\d{1,2}\.(?:\s|$)))\s+(\d{1,2})\.?(?![\d:,/%h])(?!\s*(?:de|del|di|d['’]|of|\.)\s*\p{L})(?!\s*(?:\d|horas?|hrs?|heures?|uhr|ore|pessoas|personas|personnes|people|leute))/iu, (m, t) => {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    // "am 20. April", "bis zum 3. September": a month spelt as in English follows; the day and month are read together.
    if (MONTH_AFTER.test(m.input!.slice(m.index + m[0].length))) return null;
    const x = nextDayNumbered(t, d);
    return range(x, x);
  }],
  // "push it back a month", "move it out two weeks", "delay it by a week": that long from today.
  [PUSH_BY, (m, t) => {
    const p = pushLength(m);
    const x = parseDay(span(t, p.amount, p.unit).end);
    return range(x, x);
  }],
  // "in the next day or two", "within the next week or two": the later end.
  [/\b(?:in|within|over|during)?\s*(?:the\s+)?next\s+(day|week|month)\s+or\s+(?:two|2|so)\b/i, (m, t) => span(t, 2, m[1]!)],
  // "between now and Christmas", "from now until Christmas"
  [/\b(?:sometime\s+|some time\s+)?(?:between now and|from now (?:un)?till?|from now until)\s+(?:the\s+)?(?:christmas|xmas)\b/i, (_m, t) => range(t, holiday(12, 24, t))],
  // More holidays and festivals, by their first and last days: "before Pentecost", "during Golden Week", "by Hogmanay".
  // The word before it may be Spanish, Portuguese, French, German, Italian or Dutch ("antes de Reyes", "depois do Carnaval").
  [new RegExp(String.raw`(?<![\p{L}])(?:(before|by|until|till|ahead of|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to|on|at|over|during|for|around|through|after|${FOREIGN_SIDE})\s+)?(?:(?:the|el|la|los|o|a|le|l['’]|der|dem|den|il|het|de)\s*)?(hogmanay|mari[äa] himmelfahrt|pentecost|pentec[ôo]te|pentecost[ée]s|pentecoste|whitsun(?:day)?|whit (?:sunday|monday)|pfingsten|pinksteren|ascension(?: day)?|ascensi[óo]n|ascens[ãa]o|ascensione|hemelvaart(?:sdag)?|(?:christi\s+)?himmelfahrt(?:stag)?|fronleichnam|corpus christi|sacramentsdag|ferragosto|assunzione|assomption|golden week|carn[ai]val|karneval|carnevale|fasching|epiphany|three kings(?:'|’)?(?: day)?|(?:d[ií]a de )?(?:los )?reyes(?: magos)?|dia de reis|reis magos|dreik[öo]nig(?:stag)?|heilige drei k[öo]nige|befana|[ée]piphanie|driekoningen|midsummer(?:(?:'|’)?s)?(?: eve| day)?|midsommar|juhannus|obon|o-bon|songkran|nowruz|norooz|kwanzaa|chuseok|d[ií]a de (?:los )?muertos|day of the dead|michaelmas|michaeli(?:stag)?|martinmas|martinstag|st\.? martin(?:'|’)?s day|candlemas|(?:mari[äa] )?lichtmess|chandeleur|lammas(?:tide)?)(?![\p{L}])(?:\s+(?:weekend|holidays?|break))?`, 'iu'), (m, t, tz) => {
    const n = m[2]!.toLowerCase();
    const span2 = (f: (y: number) => [Day, Day]): [Day, Day] => { const a = f(t.y); return toUtc(a[1]) >= toUtc(t) ? a : f(t.y + 1); };
    let w: [Day, Day];
    if (/hogmanay/.test(n)) w = span2((y) => [{ y, m: 12, d: 31 }, { y, m: 12, d: 31 }]);
    else if (/pentecost|pentec|whit|pfingsten|pinksteren/.test(n)) w = span2((y) => { const e = addDays(easter(y), 49); return /monday/.test(n) ? [addDays(e, 1), addDays(e, 1)] : [e, e]; });
    // Assumption (Ferragosto, Mariä Himmelfahrt, l'Assomption): 15 August; Ascension (Hemelvaart, Christi Himmelfahrt):
    // Easter + 39; Corpus Christi (Fronleichnam, Sacramentsdag): Easter + 60.
    else if (/ferragosto|mari[äa]|assunzione|assomption/.test(n)) w = span2((y) => [{ y, m: 8, d: 15 }, { y, m: 8, d: 15 }]);
    else if (/ascens|hemelvaart|himmelfahrt/.test(n)) w = span2((y) => { const e = addDays(easter(y), 39); return [e, e]; });
    else if (/fronleichnam|corpus|sacramentsdag/.test(n)) w = span2((y) => { const e = addDays(easter(y), 60); return [e, e]; });
    else if (/golden week/.test(n)) w = span2((y) => (/^Asia\/(Shanghai|Chongqing|Harbin|Urumqi|Hong_Kong|Macau)|^PRC/.test(tz) ? [{ y, m: 10, d: 1 }, { y, m: 10, d: 7 }] : [{ y, m: 4, d: 29 }, { y, m: 5, d: 5 }]));
    else if (/carn/.test(n)) w = span2((y) => [addDays(easter(y), -50), addDays(easter(y), -47)]);
    // Epiphany, Three Kings' Day (Día de Reyes, Dreikönigstag, la Befana): 6 January.
    else if (/epiph|[ée]piph|kings|reyes|reis|k[öo]nig|befana|driekoning/.test(n)) w = span2((y) => [{ y, m: 1, d: 6 }, { y, m: 1, d: 6 }]);
    else if (/karneval|fasching/.test(n)) w = span2((y) => [addDays(easter(y), -52), addDays(easter(y), -47)]);
    else if (/midsum|midsom|juhannus/.test(n)) w = span2((y) => { const eve = addDays({ y, m: 6, d: 19 }, (5 - weekday({ y, m: 6, d: 19 }) + 7) % 7); return /^Europe\/(Stockholm|Helsinki|Mariehamn)/.test(tz) ? (/day/.test(n) ? [addDays(eve, 1), addDays(eve, 1)] : [eve, addDays(eve, 1)]) : [{ y, m: 6, d: 24 }, { y, m: 6, d: 24 }]; });
    else if (/bon/.test(n)) w = span2((y) => [{ y, m: 8, d: 13 }, { y, m: 8, d: 16 }]);
    else if (/songkran/.test(n)) w = span2((y) => [{ y, m: 4, d: 13 }, { y, m: 4, d: 15 }]);
    // (In Iran and Afghanistan the year turns on the day the equinox falls before noon in Tehran: 21 March in 2026, 2027, 2030.)
    else if (/nowruz|norooz/.test(n)) w = span2((y) => { const d = /^Asia\/(Tehran|Kabul)/.test(tz) && [2026, 2027, 2030].includes(y) ? 21 : 20; return [{ y, m: 3, d }, { y, m: 3, d }]; });
    else if (/kwanzaa/.test(n)) w = span2((y) => [{ y, m: 12, d: 26 }, { y: y + 1, m: 1, d: 1 }]);
    // Día de Muertos: 1 and 2 November ("before Día de Muertos" is by 31 October).
    else if (/muertos|dead/.test(n)) w = span2((y) => [{ y, m: 11, d: 1 }, { y, m: 11, d: 2 }]);
    // The old quarter and cross-quarter days of the church year, still used in letters: Michaelmas (Michaeli)
    // 29 September, Martinmas (Martinstag, St Martin's Day) 11 November, Candlemas (Lichtmess, la Chandeleur) 2 February,
    // Lammas 1 August.
    else if (/michael|michel/.test(n)) w = span2((y) => [{ y, m: 9, d: 29 }, { y, m: 9, d: 29 }]);
    else if (/martin/.test(n)) w = span2((y) => [{ y, m: 11, d: 11 }, { y, m: 11, d: 11 }]);
    else if (/candle|lichtmess|chandeleur/.test(n)) w = span2((y) => [{ y, m: 2, d: 2 }, { y, m: 2, d: 2 }]);
    else if (/lammas/.test(n)) w = span2((y) => [{ y, m: 8, d: 1 }, { y, m: 8, d: 1 }]);
    else { const x = namedDay('mid-autumn', t, tz); if (!x) return null; w = [addDays(x, -1), addDays(x, 1)]; }
    // "on the Carnival weekend": the Saturday and Sunday of it (or the weekend that follows its first day).
    if (/\sweekend$/i.test(m[0])) { const wd = weekday(w[0]); const sat = wd === 0 ? addDays(w[0], -1) : addDays(w[0], 6 - wd); w = [sat, addDays(sat, 1)]; }
    const p0 = (m[1] ?? '').toLowerCase();
    // "Reyes" alone is a surname ("Dr. Reyes") unless a word for before or after leads to it ("antes de Reyes", "before Reyes").
    if (/^(?:(?:los )?reyes|reis)$/.test(n) && !(FOREIGN_BEFORE_WORD.test(p0) || FOREIGN_AFTER_WORD.test(p0) || /^(?:before|after|until|till|ahead of)$/.test(p0))) return null;
    const p = FOREIGN_BEFORE_WORD.test(p0) ? 'before' : FOREIGN_AFTER_WORD.test(p0) || p0 === 'na' ? 'after' : beforeWord(p0);
    if (/^(before|until|till|ahead of)$/.test(p)) return range(t, addDays(w[0], -1));
    if (p === 'after') return range(addDays(w[1], 1), addDays(w[1], 7));
    if ((p === 'by' || p === 'on' || p === 'at') && !/\sweekend$/i.test(m[0])) return range(w[0], w[0]);
    return range(w[0], w[1]);
  }],
  // "on the first Sunday of Advent", "by the third Sunday in Lent", "the last Sunday of Advent": a numbered Sunday of a
  // church season is that one day (Advent's first is the fourth Sunday before Christmas; Lent's the sixth before Easter).
  [/(?<![\p{L}])(?:(before|by|until|till|ahead of|on|for|after)\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+sunday\s+(?:of|in)\s+(advent|lent)(?![\p{L}])/iu, (m, t) => {
    const k = ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 } as Record<string, number>)[m[2]!.toLowerCase()];
    const advent = /advent/i.test(m[3]!);
    if (advent && k === 5) return null;
    const day = (y: number): Day => {
      if (advent) { const c = { y, m: 12, d: 25 }, first = addDays(c, -(weekday(c) || 7) - 21); return addDays(first, 7 * ((k ?? 4) - 1)); }
      return k ? addDays(easter(y), -42 + 7 * (k - 1)) : addDays(easter(y), -7);
    };
    let x = day(t.y);
    if (toUtc(x) < toUtc(t)) x = day(t.y + 1);
    const p = beforeWord((m[1] ?? '').toLowerCase());
    if (/^(before|until|till|ahead of)$/.test(p)) return range(t, addDays(x, -1));
    if (p === 'after') return range(addDays(x, 1), addDays(x, 7));
    return range(x, x);
  }],
  // School breaks, church seasons and national days not above, by their first and last days: "by half-term", "during
  // Lent", "before the summer holidays", "before Matariki", "by King's Day", "for the Saint-Jean". "by" a break ends on the
  // last day before it (a school day); "after X" is the week after it (round 16).
  [new RegExp(String.raw`(?<![a-zà-ÿ])(?:(before|by|until|till|ahead of|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to|on|at|over|during|for|around|through|after|in|(?:(?:in|on|during)\s+)?(?:the\s+)?first\s+(?:week|day)\s+back\s+(?:after|from)|${FOREIGN_SIDE})\s+)?(?:the\s+|la\s+|le\s+)?(?:(?:next|this|coming|february|feb|may|october|oct|autumn|spring|summer)\s+)?(half[- ]?term(?: break| holidays?)?|mid[- ]?term break|(?<=(?:february|feb|october|oct)\s+)mid[- ]?term(?![- ](?:exams?|tests?|papers?|grades?|results?|assessments?|elections?))|summer (?:holidays?|hols|vacation|break)|easter (?:holidays?|hols|break|vacation)|advent(?: sunday)?|lent|holy week|palm sunday|(?:maundy|holy) thursday|holy saturday|orthodox (?:christmas|xmas|easter)|pascha|matariki|king(?:'|’)?s ?day|koningsdag|(?:la\s+)?(?:saint|st\.?)[- ]jean(?:[- ]baptiste)?|f[êe]te nationale)\b`, 'i'), (m, t, tz) => {
    const n = m[2]!.toLowerCase();
    if (n === 'lent' && !m[1] && m[2] !== 'Lent') return null; // "I lent my projector"
    const span2 = (f: (y: number) => [Day, Day] | null): [Day, Day] | null => { const a = f(t.y); return a && toUtc(a[1]) >= toUtc(t) ? a : f(t.y + 1); };
    const one = (f: (y: number) => Day) => span2((y) => { const x = f(y); return [x, x]; });
    const mondayIn = (y: number, mo: number, from: number) => addDays({ y, m: mo, d: from }, (8 - weekday({ y, m: mo, d: from })) % 7);
    let w: [Day, Day] | null;
    let school = false;
    if (/term/.test(n)) {
      // Half-term is a British and Irish school week: the Monday of 12–18 February, the late-May bank holiday, the Monday of 22–28 October.
      if (!/^Europe\/(London|Belfast|Dublin|Jersey|Guernsey|Isle_of_Man)/.test(tz)) return null;
      const want = /feb/i.test(m[0]) ? 2 : /may|summer/i.test(m[0]) ? 5 : /oct|autumn/i.test(m[0]) ? 10 : 0;
      const weeks = [t.y, t.y + 1].flatMap((y) => [mondayIn(y, 2, 12), nthWeekday(y, 5, 1, -1), mondayIn(y, 10, 22)]).filter((x) => !want || x.m === want);
      const mon = weeks.find((x) => toUtc(addDays(x, 6)) >= toUtc(t));
      if (!mon) return null;
      w = [addDays(mon, -2), addDays(mon, 6)];
      school = true;
    } else if (/summer/.test(n)) {
      // The school summer break: after the school year's end (round 12), to the end of August; December to January down south.
      const south = southern(tz);
      w = span2((y) => (south ? [{ y, m: 12, d: 19 }, { y: y + 1, m: 1, d: 31 }] : [/^Europe\/(London|Belfast)/.test(tz) ? { y, m: 7, d: 23 } : { y, m: 7, d: 1 }, { y, m: 8, d: 31 }]));
      school = true;
    } else if (/^easter/.test(n)) {
      // The school Easter break: Good Friday to the Monday a week after Easter (school calendars vary around it).
      w = span2((y) => [addDays(easter(y), -2), addDays(easter(y), 8)]);
      school = true;
    } else if (/advent/.test(n)) w = span2((y) => { const c = { y, m: 12, d: 25 }, sun = addDays(c, -(weekday(c) || 7) - 21); return [sun, /sunday/.test(n) ? sun : { y, m: 12, d: 24 }]; });
    else if (/lent/.test(n)) w = span2((y) => [addDays(easter(y), -46), addDays(easter(y), -1)]);
    else if (/holy week/.test(n)) w = span2((y) => [addDays(easter(y), -6), addDays(easter(y), -1)]);
    else if (/palm|thursday|holy saturday/.test(n)) w = one((y) => addDays(easter(y), /palm/.test(n) ? -7 : /thursday/.test(n) ? -3 : -1));
    else if (/orthodox|pascha/.test(n)) w = one((y) => (/christmas|xmas/.test(n) ? { y, m: 1, d: 7 } : orthodoxEaster(y)));
    else if (/matariki/.test(n)) {
      const days = ['2026-07-10', '2027-06-25', '2028-07-14', '2029-07-06', '2030-06-21'].map(parseDay).filter((x) => toUtc(x) >= toUtc(t));
      w = days[0] ? [days[0], days[0]] : null;
    } else if (/king|koning/.test(n)) w = one((y) => (weekday({ y, m: 4, d: 27 }) === 0 ? { y, m: 4, d: 26 } : { y, m: 4, d: 27 }));
    else w = one((y) => ({ y, m: 6, d: 24 })); // Saint-Jean-Baptiste, Quebec's Fête nationale
    if (!w) return null;
    // "the first week back after half term" is the week after it; "the first day back from the Easter holidays" the day after.
    if (/first\s+day\s+back/i.test(m[1] ?? '')) return range(addDays(w[1], 1), addDays(w[1], 1));
    const p = /first\s+week\s+back/i.test(m[1] ?? '') || /^na$/i.test(m[1] ?? '') ? 'after' : beforeWord((m[1] ?? '').toLowerCase());
    if (/^(before|until|till|ahead of|this side of)$/.test(p) || (p === 'by' && school)) return range(t, addDays(w[0], -1));
    if (p === 'after') return range(addDays(w[1], 1), addDays(w[1], 7));
    if ((p === 'by' || p === 'on' || p === 'at') && !/\sweekend$/i.test(m[0])) return range(w[0], w[0]);
    return range(w[0], w[1]);
  }],
  // "a week today", "a week tomorrow", "a fortnight today", "Tuesday fortnight": counted from that day.
  [new RegExp(`\\b(?:by|on|until)?\\s*(?:(a|one|two|three)\\s+(weeks?|fortnight)\\s+(?:from\\s+)?(today|tomorrow|tonight)|${WEEKDAY_RE}\\s+fortnight)\\b`, 'i'), (m, t) => {
    if (m[4]) { const x = addDays(nextWeekday(t, WEEKDAYS[m[4].toLowerCase().replace('.', '')]!, false), 14); return range(x, x); }
    const n = /fortnight/i.test(m[2]!) ? 2 * num(m[1]!) : num(m[1]!);
    const x = addDays(t, 7 * n + (/^tomorrow$/i.test(m[3]!) ? 1 : 0));
    return range(x, x);
  }],
  // "by the end of the week after next": its Friday.
  [/\b(?:by|before|until)?\s*(?:the\s+)?end of the week after next\b/i, (_m, t) => { const { mon } = weekOf(addDays(t, 14)); return range(addDays(mon, 4), addDays(mon, 4)); }],
  // "the following week": next week.
  [/\b(?:in|during|by)?\s*the following week\b/i, (_m, t) => { const { mon, sun } = weekOf(addDays(t, 7)); return range(mon, sun); }],
  // "in the coming days", "over the next few weeks / coming weeks": a few of them.
  [/\b(?:in|over|during|within)\s+the\s+(?:coming|next few|following few)\s+(days|weeks|months)\b/i, (m, t) => span(t, 3, m[1]!)],
  // "early 2028", "mid-2027", "late 2027", "by the end of 2027", "in 2028"
  [/\b(?:(?:by|before|until|in|during|around|sometime in|some time in)\s+)?(?:the\s+)?(?:(early|mid|the middle of|middle of|late|the end of|end of|the start of|start of|the beginning of|beginning of)[\s-]*)?(20[2-4]\d)\b(?![\/.-]\d)/i, (m, t) => {
    const y = Number(m[2]);
    if (y < t.y) return null;
    const part = (m[1] ?? '').toLowerCase();
    if (!part && !/^(in|during|sometime|some time)\b/i.test(m[0].trim())) return null;
    if (/early|start|beginning/.test(part)) return range({ y, m: 1, d: 1 }, { y, m: 4, d: 30 });
    if (/mid|middle/.test(part)) return range({ y, m: 6, d: 1 }, { y, m: 6, d: 30 }); // as "mid-year"
    if (/late/.test(part)) return range({ y, m: 9, d: 1 }, { y, m: 12, d: 31 });
    return range(y === t.y ? t : { y, m: 1, d: 1 }, { y, m: 12, d: 31 });
  }],
  // Relative days in the other languages people answer in: "demain", "mañana", "morgen", "amanhã", "domani".
  [/(?<![\p{L}])(?:demain|amanh[ãa]|domani|bukas(?:\s+(?:ng|nang|sa)\s+(?:umaga|tanghali|hapon|gabi|lunch|morning|afternoon|evening|night)(?![\p{L}])|(?=\s*[,.!]|\s*$))|bokra|bukra|bokrah|bukrah|bo2ra|bu2ra|(?<!(?:la|por la|de la|esta|cada|una)\s)ma[ñn]ana|(?<!(?:guten|am|jeden|heute|einen|schönen)\s)morgen)(?![\p{L}])(?:\s+(?:(?:a|por|en)\s+la\s+(?:ma[ñn]ana|tarde|noche)|(?:de|à|pela|ao)\s+(?:manh[ãa]|tarde|noite|fim\s+da\s+tarde)|(?:matin|soir|apr[eè]s-midi)|(?:fr[üu]h|abend|nachmittag|vormittag|mittag)|(?:mattina|pomeriggio|sera))(?![\p{L}]))?/iu, (m, t) => {
    // "mañana a la mañana", "demain matin", "amanhã de manhã", "morgen früh": the time of that day goes with it.
    if (/^ma[ñn]ana$/i.test(m[0]) && !/[ñ]/i.test(m[0]) && !/\b(?:hasta|para|el|lo hago|antes de)\s+$/i.test(m.input.slice(0, m.index))) return null;
    return range(addDays(t, 1), addDays(t, 1));
  }],
  // Weekdays in the other languages: "lundi", "el lunes", "am Montag", "lunedì", "segunda-feira" ("até sexta"): the next one.
  [/(?<![\p{L}])(?:(?:el|le|il|no\s+dia|o\s+dia|am|den)\s+\d{1,2}(?:º|°|er|\.)?,\s*|(?:volgende|komende|aanstaande)\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|(?<=(?:at[ée]|na|nesta|pr[óo]xima|essa|esta|dessa|desta)\s)(?:segunda|ter[çc]a|quarta|quinta|sexta)(?![\p{L}-])(?!\s+(?:vez|fase|parte|edi[çc][ãa]o|etapa|rodada|semana|quinzena|metade|s[ée]rie|turma|aula|reuni[ãa]o|op[çc][ãa]o|chance|oportunidade|m[ãa]o|linha|p[áa]gina|coluna|parte)(?![\p{L}]))|maandag|dinsdag|woensdag|donderdag|vrijdag|vrydag|zaterdag|saterdag|zondag|sondag|isnin|senin|selasa|rabu|khamis|kamis|jumaat|jumat|sabtu|ahad|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili)(?![\p{L}])(?:,?\s+(?:le\s+|el\s+|den\s+|(?:el\s+|o\s+)?d[ií]a\s+)?(\d{1,2})(?!\d)(?:\.|º|er)?(?![\d:/.,]\d|\s*(?:de|d['’]|h|hs|horas?|heures?|uhr|personas?|personnes?|am|pm|[ap]\.m\.)(?![\p{L}])))?(?:\s+(?:ijayo|inayokuja|hii|depan|hadapan|ini|prochaine?|prossim[oa]|pr[óo]xim[oa]|que\s+viene|que\s+vem)(?![\p{L}]))?(?:\s+(over\s+een\s+week|in\s+einer\s+woche|in\s+acht\s+tagen|en\s+huit)(?![\p{L}]))?/iu, (m, t) => {
    // "sa Sabado, June 19", "el sábado, 19 de junio": a date after the weekday is the day meant; a later rule reads it.
    if (!m[2] && new RegExp(`^,?\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?!\\d)|\\d{1,2}(?:st|nd|rd|th|\\.|º|er)?\\s+(?:de\\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|${FMONTH_RE})(?![a-zà-ÿ]))`, 'i').test(m.input.slice(m.index + m[0].length))) return null;
    // "sábado 24", "samedi 24": the weekday with its day of the month is that date, not the next such weekday; so is
    // "no dia 24, sábado", "el 9, jueves", with the weekday after the number.
    const pre = /^(?:el|le|il|no\s+dia|o\s+dia|am|den)\s+(\d{1,2})/i.exec(m[0])?.[1];
    if (m[2] || pre) {
      const x = nextDayNumbered(t, Number(m[2] ?? pre));
      return range(x, x);
    }
    const w = m[1]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const table: [RegExp, number][] = [[/^(lundi|lunes|montag|lunedi|segunda|maandag|isnin|senin|jumatatu)/, 1], [/^(mardi|martes|dienstag|martedi|terca|dinsdag|selasa|jumanne)/, 2], [/^(mercredi|miercoles|mittwoch|mercoledi|quarta|woensdag|rabu|jumatano)/, 3], [/^(jeudi|jueves|donnerstag|giovedi|quinta|donderdag|khamis|kamis|alhamisi)/, 4], [/^(vendredi|viernes|freitag|venerdi|sexta|vrijdag|vrydag|jumaat|jumat|ijumaa)/, 5], [/^(samedi|sabado|samstag|sabato|zaterdag|saterdag|sabtu|jumamosi)/, 6], [/^(dimanche|domingo|sonntag|domenica|zondag|sondag|ahad|jumapili)/, 0]];
    const wd = table.find(([re]) => re.test(w))?.[1];
    if (wd === undefined) return null;
    // "vrijdag over een week", "Freitag in einer Woche", "vendredi en huit": that weekday a week after the next one.
    const x = addDays(nextWeekday(t, wd, false), m[3] ? 7 : 0);
    return range(x, x);
  }],
  // "this time next week", "this time next month": that very day.
  [/\b(?:by\s+)?(?:this|same) time next (week|month|year)\b/i, (m, t) => {
    const u = m[1]!.toLowerCase();
    const x = u === 'week' ? addDays(t, 7) : addMonths(t, u === 'month' ? 1 : 12);
    return range(x, x);
  }],
  // "in 5 business days", "within the next 10 working days": counted over Monday–Friday.
  [new RegExp(`\\b(?:in|within|over|during|by)?\\s*(?:the\\s+)?(?:next\\s+)?${NUM_RE}\\s+(?:business|working|work|week)[- ]?days?\\b`, 'i'), (m, t) => {
    let n = num(m[1]!), x = t;
    if (n > 60 || !/^\s*(?:in|within|over|during|by|the|next)\b/i.test(m[0])) return null; // "open 9-5 weekdays" is no span
    while (n > 0) { x = addDays(x, 1); if (weekday(x) !== 0 && weekday(x) !== 6) n--; }
    return range(t, x);
  }],
  // ISO weeks: "in W12", "2027-W12", "KW 12", "calendar week 12": Monday to Sunday of that week. The Nordic countries
  // number their weeks in speech: "vecka 36", "uke 36", "uge 36", "viikolla 36".
  [/(?:\b(?:in|during|by|for|before|until)\s+)?(?:\b(\d{4})-?)?(?:\bW|\bKW\s?|\b(?:calendar|ISO)\s+week\s+|(?<![\p{L}])(?:vecka|veckan|uke|uka|uge|viikko|viikolla)\s+)(\d{1,2})\b/u, (m, t) => {
    const w = Number(m[2]);
    if (w < 1 || w > 53) return null;
    const mon1 = (y: number) => { const j4 = { y, m: 1, d: 4 }; return addDays(j4, -((weekday(j4) + 6) % 7)); };
    let y = m[1] ? Number(m[1]) : t.y;
    let mon = addDays(mon1(y), 7 * (w - 1));
    if (!m[1] && toUtc(addDays(mon, 6)) < toUtc(t)) { y++; mon = addDays(mon1(y), 7 * (w - 1)); }
    return range(mon, addDays(mon, 6));
  }],
  // "the last weekend of May", "the first weekend in June", "the second weekend of next month"
  [new RegExp(`\\b(?:(?:by|before|until|on|over|during|for|at)\\s+)?(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+weekend\\s+(?:of|in)\\s+(?:(?:the|this)\\s+month|(next|the coming|the following)\\s+month|MONTH(?:\\s+(\\d{4}))?)`, 'i'), (m, t) => {
    const n = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }[m[1]!.toLowerCase()] ?? -1;
    const at = (y: number, mo: number): [Day, Day] => {
      // A weekend belongs to the month its Saturday falls in ("the last weekend of May" may end on June 1st).
      const sat = nthWeekday(y, mo, 6, n);
      return [sat, addDays(sat, 1)];
    };
    let w: [Day, Day];
    if (m[3]) { const mo = MONTHS[m[3].toLowerCase().replace('.', '')]!; w = at(m[4] ? Number(m[4]) : yearFor(mo, t), mo); if (!m[4] && toUtc(w[1]) < toUtc(t)) w = at(w[0].y + 1, mo); }
    else {
      const nx = addMonths({ ...t, d: 1 }, 1);
      w = m[2] ? at(nx.y, nx.m) : at(t.y, t.m);
      if (!m[2] && toUtc(w[1]) < toUtc(t)) w = at(nx.y, nx.m);
    }
    return range(w[0], w[1]);
  }],
  // "before the end of the school year": June where the school year ends with the summer (late July in Britain), mid-December down south.
  [/\b(?:(?:by|before|until|at|for)\s+)?(?:the\s+)?(?:end of (?:the |this )?(?:school|academic) year|(?:school|academic) year(?:(?:'|’)s|[- ])end)\b/i, (_m, t, tz) => {
    const end = (y: number): Day => (southern(tz) ? { y, m: 12, d: 18 } : /^Europe\/(London|Belfast)/.test(tz) ? { y, m: 7, d: 22 } : { y, m: 6, d: 30 });
    let e = end(t.y);
    if (toUtc(e) < toUtc(t)) e = end(t.y + 1);
    return range(t, e);
  }],
  // "til 17. april", "den 3. november": a day-first ordinal with its dot before a month spelt as in English (Norwegian,
  // Danish, Swedish, German "April", "August", "September", "November").
  [/(?<![\d.])(\d{1,2})\.\s+(april|august|september|november)(?![\p{L}])(?:\s+(\d{4}))?/iu, (m, t) => {
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    const d = Number(m[1]);
    if (d < 1 || d > daysIn(t.y, mo)) return null;
    const x = upcoming(mo, d, t, m[3] ? Number(m[3]) : undefined);
    return range(x, x);
  }],
  // Other languages: "el 12 de diciembre", "le 3 mars", "am 5. Februar", "em março", "im Februar"; with its weekday before
  // it, "le samedi 10 avril", "el sábado 12 de junio", "am Samstag, 5. Februar": the date, not the next such weekday.
  [new RegExp(`(?<![a-zà-ÿ])(?:(?:le|el|o|am|il|den|op|du|del|do)\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|vrydag|zaterdag|saterdag|zondag|sondag|isnin|senin|selasa|rabu|khamis|kamis|jumaat|jumat|sabtu|ahad|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili),?\\s+)?(\\d{1,2})(?:er|º|°|\\.)?\\s+(?:de\\s+)?${FMONTH_RE}${NOT_LETTER}(?:\\s+(?:de\\s+)?(\\d{4}))?`, 'i'), (m, t) => {
    const mo = FMONTHS[m[2]!.toLowerCase()]!;
    const d = Number(m[1]);
    if (d < 1 || d > daysIn(t.y, mo)) return null;
    const x = upcoming(mo, d, t, m[3] ? Number(m[3]) : undefined);
    return range(x, x);
  }],
  [new RegExp(`(?<![a-zà-ÿ])(?:en|em|im|in|i|în|până în|pana in|au mois de|no mês de|durante|nel mese di|a|ad|para|pra|hasta|antes de|bis|vor|avant|até|entro|fin de|finales de|ende|fim de|auf|für|naar|tot|voor|op|à|au|al|ke|pada|sampai|hingga|fino a|bulan)\\s+(?:(?:de|d'|del|do)\\s*)?${FMONTH_RE}${NOT_LETTER}(?:\\s+(?:de\\s+)?(\\d{4}))?`, 'i'), (m, t) => {
    const mo = FMONTHS[m[1]!.toLowerCase()]!;
    const y = m[2] ? Number(m[2]) : yearFor(mo, t);
    return monthRange(y, mo);
  }],
  // "first thing next year", "early in the new year", "start of next year": the first days of January.
  [/\b(?:(?:by|in|around)\s+)?(?:first thing|early|the start of|start of|the beginning of|beginning of)\s+(?:in\s+)?(?:next year|the new year)\b/i, (m, t) => {
    // "early next year" is a season of the year, as "early 2028" (January to April); "early in the new year" its first days.
    if (/^(?:(?:by|in|around)\s+)?early\s+next year$/i.test(m[0].trim())) return range({ y: t.y + 1, m: 1, d: 1 }, { y: t.y + 1, m: 4, d: 30 });
    return range({ y: t.y + 1, m: 1, d: 1 }, { y: t.y + 1, m: 1, d: 10 });
  }],
  // "mid next year", "late next year": as "mid-2028" and "late 2028".
  [/\b(?:(?:by|in|around|sometime in)\s+)?(?:(mid|the middle of|middle of|late|later|the end of|end of)[\s-]*)next year\b/i, (m, t) => {
    const y = t.y + 1;
    return /mid|middle/i.test(m[1]!) ? range({ y, m: 6, d: 1 }, { y, m: 6, d: 30 }) : range({ y, m: 9, d: 1 }, { y, m: 12, d: 31 });
  }],
  // "after the holidays", "after Christmas", "after New Year": January.
  [/\b(?:after|following|once)\s+(?:the\s+)?(?:christmas|xmas|x-mas|holidays|holiday season|holiday break|winter break|new year(?:(?:'|’)s)?)(?:\s+(?:holidays?|hols|break|period|season|festivities))?\b/i, (_m, t) => {
    const y = t.m === 1 && t.d <= 15 ? t.y : t.y + 1;
    const from = t.m === 1 && t.d <= 15 ? t : { y, m: 1, d: 2 };
    return range(from, { y, m: 1, d: 31 });
  }],
  // "in a fortnight", "within the fortnight"
  [/\b(?:in|within|over|by)?\s*(?:a|one|the next|the coming|(?<=\bwithin\s+)the)\s+fortnight(?:\s+(?:of|from)\s+(?:today|now))?\b/i, (_m, t) => range(t, addDays(t, 14))],
  // "early next month", "mid next month", "late next month"
  [/\b(?:by|in|around)?\s*(?:the\s+)?(early|mid|middle of|late|beginning of|start of)[\s-]*(?:next|the coming) month\b/i, (m, t) => {
    const n = addMonths({ ...t, d: 1 }, 1);
    const part = m[1]!.toLowerCase();
    if (/early|beginning|start/.test(part)) return range({ ...n, d: 1 }, { ...n, d: 10 });
    // Mid-month ends on the 15th: every labelled "mid-X" so far ends between the 14th and the 20th, and "by mid-December" means by about the 15th.
    if (/mid|middle/.test(part)) return range({ ...n, d: 11 }, { ...n, d: 15 });
    return range({ ...n, d: 21 }, { ...n, d: daysIn(n.y, n.m) });
  }],
  // Holidays
  [new RegExp(`\\b${PREP}(?:before|b4|by|until|ahead of|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to)\\s+(?:the\\s+)?((?:winter|christmas|xmas|festive|december|end[- ]of[- ]year|year[- ]end) (?:break|holidays?|hols|vacation)|christmas|xmas|x-mas|the holidays|holidays|holiday season|festive (?:season|period)|the winter break)\\b`, 'i'), (m, t, tz) => {
    if (/winter/i.test(m[1]!) && southern(tz)) return range(t, addDays({ y: yearFor(7, t), m: 7, d: 1 }, -1));
    const c = holiday(12, 24, t);
    return range(t, c);
  }],
  // "between Christmas and New Year": the days after Christmas to the 31st.
  [/\b(?:(?:sometime|some time|any ?time)\s+)?between\s+(?:christmas|xmas)\s+and\s+(?:the\s+)?new\s+year(?:(?:'|’)s)?\b/i, (_m, t) => { const c = holiday(12, 25, t); return range(c, { ...c, d: 31 }); }],
  // "over the winter holidays", "during the festive season": Christmas to New Year (July's school break down south).
  [/\b(?:over|during|at|for|around|in)\s+(?:the\s+)?((?:winter|christmas|xmas|festive|december|end[- ]of[- ]year|year[- ]end) (?:break|holidays?|hols|vacation)|christmas|xmas|the holidays|holiday break|holiday season|festive (?:season|period))\b(?!\s+(?:market|fair|fayre|party|parties|dinner|lunch|meal|do|social|card|cards|tree|concert|show|play|panto|pantomime|service|jumper|raffle|sale|bazaar|event|stall|lights|shopping|cookies|crafts?|pageant|gathering)\b)/i, (m, t, tz) => {
    if (/winter/i.test(m[1]!) && southern(tz)) return monthRange(yearFor(7, t), 7);
    const c = holiday(12, 24, t);
    return range(c, { ...c, d: 31 });
  }],
  [/\b(?:by|before|until|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to)\s+(?:the\s+)?new year(?:'s)?(?:\s+eve)?\b|\b(?:by|before|until|at|before the|by the)?\s*(?:the\s+)?end of (?:the|this) (?:calendar )?year\b|\b(?:by|before|until|at)\s+(?:the\s+)?year(?:[- ]|(?:'|’)s\s+)end\b|\b(?:by|before)\s+the\s+year\s+is\s+(?:out|over)\b|\bthis year\b|\b(?:by\s+|before\s+)?eoy\b/i, (_m, t) => range(t, { y: t.y, m: 12, d: 31 })],
  [/\b(?:by|before|on|for|over|around|the)?\s*(?:the\s+)?(?:july 4th|4th of july|fourth of july|july fourth|independence day)\s+weekend\b/i, (_m, t) => {
    const j = holiday(7, 4, t);
    const wd = weekday(j);
    // The weekend that touches the 4th (Friday → following, Monday → preceding).
    const sat = wd === 0 ? addDays(j, -1) : wd === 1 ? addDays(j, -2) : addDays(j, 6 - wd);
    return range(sat, addDays(sat, 1));
  }],
  [new RegExp(`\\b(?:(?:the\\s+)?(day|week|weekend)\\s+(after|before)\\s+|(by|before|b4|until|till|ahead of|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to|on|at|over|for|around|after|during|through|throughout)\\s+)?(?:the\\s+)?${HOLIDAY_RE}(?:\\s+(long weekend|weekend|break|day|starts|begins|monday|sunday|holidays?))?\\b`, 'i'), (m, t, tz) => {
    const n2 = m[4]!.toLowerCase();
    // "puasa" (fasting) alone is a state ("lagi puasa"); with a side word or "starts" it is the start of Ramadan.
    if (n2 === 'puasa' && !m[1] && !m[3] && !/start|begin/i.test(m[5] ?? '')) return null;
    let x = namedDay(/good friday/.test(n2) ? 'easter' : n2, t, tz);
    if (x && /good friday/.test(n2)) x = addDays(x, -2);
    else if (x && /easter/.test(n2) && /monday/i.test(m[5] ?? '')) x = addDays(x, 1);
    if (!x) return null;
    return aroundDay(x, n2, m[1], m[2], m[3], m[5], t, tz);
  }],
  // "bis Ende des Quartals", "avant la fin de l'année", "para fin de año", "até o fim do trimestre", "entro la fine
  // dell'anno", "voor het einde van het kwartaal": as "by the end of the quarter / year".
  [/(?<![\p{L}])(?:(?:bis|vor)\s+)?(?:zum\s+)?ende\s+(?:des|dieses)\s+(quartals|jahres)|(?:(?:d['’]ici|avant|pour)\s+)?(?:la\s+)?fin\s+(?:du|de ce|de cette|de l['’]|de)\s*(trimestre|ann[ée]e)|(?:(?:antes|hasta|para)\s+(?:de\s+)?)?(?:el\s+|a\s+)?(?:fin|final|finales)\s+de(?:l|\s+este)?\s+(trimestre|a[ñn]o)|(?:at[ée]\s+(?:o|ao)\s+)?(?:fim|final)\s+d[oe](?:\s+este)?\s+(trimestre|ano)|(?:entro\s+)?(?:la\s+)?fine\s+(?:del|dell['’]|di quest['’]?o?)\s*(trimestre|anno)|(?:voor\s+)?(?:het\s+)?eind(?:e)?\s+van\s+(?:het|dit)\s+(kwartaal|jaar)(?![\p{L}])/iu, (m, t, tz) => {
    const w = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').toLowerCase();
    return readRules(`by the end of the ${/quart|trimes|kwart/.test(w) ? 'quarter' : 'year'}`, t, tz);
  }],
  // Heritage and awareness months, by the person's country: "during Black History Month" (February in North America,
  // October in Britain and Ireland), "African Heritage Month" (Nova Scotia's February), "Pride Month" (June),
  // "Hispanic Heritage Month" (15 September to 15 October). "during"/"in" is the whole of it; "by"/"before" its end/start.
  [/\b(?:(by the end of|before|until|till|ahead of|by|after|during|in|for|over|through|throughout|at)\s+)?(?:the\s+)?(black history|african heritage|african[- ]american history|women(?:'|’)?s history|pride|asian heritage|asian[- ]american(?: and pacific islander)? heritage|aapi heritage|(?:hispanic|latinx?|latine) heritage|(?:national )?indigenous (?:history|heritage)|native american heritage|disability pride|mental health awareness|(?:jewish|jewish[- ]american) heritage|arab[- ]american heritage|filipino[- ]american history|italian heritage|caribbean heritage|south asian heritage|sikh heritage|islamic history|hindu heritage|pride)\s+month\b/i, (m, t, tz) => {
    const n = m[2]!.toLowerCase();
    const ca = CANADA_ZONE.test(tz), uk = /^Europe\/(?:London|Belfast|Dublin|Amsterdam)/.test(tz);
    const span = (y: number): [Day, Day] => {
      if (/black history/.test(n)) return uk ? [{ y, m: 10, d: 1 }, { y, m: 10, d: 31 }] : [{ y, m: 2, d: 1 }, { y, m: 2, d: daysIn(y, 2) }];
      if (/african heritage/.test(n)) return [{ y, m: 2, d: 1 }, { y, m: 2, d: daysIn(y, 2) }];
      if (/women/.test(n)) return ca ? [{ y, m: 10, d: 1 }, { y, m: 10, d: 31 }] : [{ y, m: 3, d: 1 }, { y, m: 3, d: 31 }];
      if (/hispanic|latin/.test(n)) return [{ y, m: 9, d: 15 }, { y, m: 10, d: 15 }];
      if (/native american|filipino|islamic|hindu/.test(n)) return /native/.test(n) ? [{ y, m: 11, d: 1 }, { y, m: 11, d: 30 }] : [{ y, m: 10, d: 1 }, { y, m: 10, d: 31 }];
      if (/indigenous|italian|caribbean|disability/.test(n)) return /disability/.test(n) ? [{ y, m: 7, d: 1 }, { y, m: 7, d: 31 }] : /italian/.test(n) && !ca ? [{ y, m: 10, d: 1 }, { y, m: 10, d: 31 }] : [{ y, m: 6, d: 1 }, { y, m: 6, d: 30 }];
      if (/arab|sikh/.test(n)) return [{ y, m: 4, d: 1 }, { y, m: 4, d: 30 }];
      if (/south asian/.test(n)) return [{ y, m: 7, d: 18 }, { y, m: 8, d: 17 }];
      if (/asian|aapi|jewish|mental/.test(n)) return [{ y, m: 5, d: 1 }, { y, m: 5, d: 31 }];
      return [{ y, m: 6, d: 1 }, { y, m: 6, d: 30 }]; // Pride
    };
    let w = span(t.y);
    if (toUtc(w[1]) < toUtc(t)) w = span(t.y + 1);
    const p = (m[1] ?? '').toLowerCase();
    if (/^(?:before|until|till|ahead of)$/.test(p)) return toUtc(w[0]) > toUtc(t) ? range(t, addDays(w[0], -1)) : null;
    if (p === 'after') return range(addDays(w[1], 1), addDays(w[1], 7));
    return range(toUtc(w[0]) > toUtc(t) ? w[0] : t, w[1]);
  }],
  // "entre el viernes 16 y el domingo 18", "del 16 al 18", "du samedi 3 au dimanche 4", "dal 5 al 7", "do dia 2 ao dia 4",
  // "vom 16. bis 18.": a span of days of the month, without the month, in the other languages (to its last day).
  [/(?<![\p{L}\d])(?:entre\s+(?:el|le|les|il|o|os\s+dias|los\s+d[ií]as)\s+|del\s+|du\s+|dal\s+|do\s+dia\s+|vom\s+)(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda|ter[çc]a|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:-feira)?,?\s+)?(\d{1,2})(?:º|°|er|\.)?\s+(?:y|e|et|al|au|ao|bis(?:\s+zum)?|à)\s+(?:(?:el|le|il|o|dia|o\s+dia|zum)\s+)?(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda|ter[çc]a|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:-feira)?,?\s+)?(\d{1,2})(?:º|°|er|\.)?(?![\d\p{L}%]|[.,:\/]\d|\s*(?:de|d['’]|del|di|des|du|h|hs|horas?|heures?|ore|uhr|personas?|personnes?|persone|pessoas|años|ans|anni|anos|€|\$)(?![\p{L}]))/iu, (m, t) => {
    const a = Number(m[1]), b = Number(m[2]);
    if (a < 1 || b <= a || b > 31 || b - a > 14) return null;
    const x = nextDayNumbered(t, a);
    if (b > daysIn(x.y, x.m)) return null;
    return range(x, { ...x, d: b });
  }],
  // "el 2 hago un coffee klatch", "le 12 je passe", "il 5 porto le sedie", "no dia 3": a day of the month said by its
  // number alone after the article, in Spanish, French, Italian or Portuguese (not "el 2 de julio", "le 2 mai", "el 2%").
  [/(?<![\p{L}\d])(?:(antes\s+del|hasta\s+el|para\s+el|avant\s+le|d['’]ici\s+le|pour\s+le|entro\s+il|prima\s+del|at[ée]\s+(?:o\s+)?dia|antes\s+do\s+dia)\s+|(?:el|le|il|no\s+dia|o\s+dia|el\s+d[ií]a|le\s+jour)\s+)(\d{1,2})(?:º|°|er|\.)?(?![\p{L}\d])(?![\d\/.:,]\d|\s*(?:de|del|di|do|da|du|des|of|h|hs|hrs?|heures?|horas?|ore|am|pm|personas?|people|persone|pessoas|%|€|\$|euros?|pesos|reais|años|ans|anni|anos|veces|fois|volte|vezes|minutos?|minutes?|minuti|d[ií]as|jours|giorni|dias|semanas?|semaines?|settimane?|meses|mois|mesi|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?![\p{L}]))/iu, (m, t) => {
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    const x = nextDayNumbered(t, d);
    return m[1] && /antes|hasta|avant|d['’]ici|entro|prima|at[ée]/i.test(m[1]) && /antes|avant|prima/i.test(m[1]) ? range(t, addDays(x, -1)) : range(x, x);
  }],
  // "después del dieciocho", "para el quince", "antes do dia vinte": a day of the month in Spanish or Portuguese words,
  // after a word of time (a bare "el cinco" may be anything).
  // "no dia vinte e cinco de outubro", "el día veintiuno de mayo": Portuguese tens and units joined by "e", and the month
  // said after the day, which then names the month.
  [new RegExp(String.raw`(?<![\p{L}])(antes\s+del|hasta\s+el|para\s+el|despu[ée]s\s+del|a\s+partir\s+del|antes\s+do\s+dia|at[ée]\s+o\s+dia|depois\s+do\s+dia|para\s+o\s+dia|el\s+d[ií]a|no\s+dia)\s+((?:vinte|trinta)\s+e\s+(?:um|dois|tr[êe]s|quatro|cinco|seis|sete|oito|nove)|primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintid[óo]s|veintitr[ée]s|veinticuatro|veinticinco|veintis[ée]is|veintisiete|veintiocho|veintinueve|treinta(?:\s+y\s+uno)?|um|dois|quatro|sete|oito|nove|dez|onze|doze|treze|quatorze|catorze|dezesseis|dezessete|dezoito|dezenove|vinte|trinta)(?![\p{L}])(?:\s+de\s+${FMONTH_RE}(?![\p{L}]))?(?!\s+(?:de|do|da|por|personas|pessoas|d[ií]as|horas)(?![\p{L}]))`, 'iu'), (m, t, tz) => {
    const w = m[2]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');
    const N: Record<string, number> = { primero: 1, uno: 1, um: 1, dos: 2, dois: 2, tres: 3, cuatro: 4, quatro: 4, cinco: 5, seis: 6, siete: 7, sete: 7, ocho: 8, oito: 8, nueve: 9, nove: 9, diez: 10, dez: 10, once: 11, onze: 11, doce: 12, doze: 12, trece: 13, treze: 13, catorce: 14, quatorze: 14, catorze: 14, quince: 15, dieciseis: 16, dezesseis: 16, diecisiete: 17, dezessete: 17, dieciocho: 18, dezoito: 18, diecinueve: 19, dezenove: 19, veinte: 20, vinte: 20, veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, trinta: 30, 'treinta y uno': 31 };
    const pt = /^(vinte|trinta) e (\S+)$/.exec(w);
    const d = pt ? (pt[1] === 'vinte' ? 20 : 30) + ({ um: 1, dois: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9 } as Record<string, number>)[pt[2]!]! : N[w];
    if (!d || d > 31) return null;
    const mo = m[3] ? FMONTHS[m[3].toLowerCase()] : undefined;
    const x = mo ? (() => { const y = yearFor(mo, t), c = { y, m: mo, d }; return toUtc(c) < toUtc(t) ? { y: y + 1, m: mo, d } : c; })() : nextDayNumbered(t, d), p = m[1]!.toLowerCase();
    if (/^(?:antes|hasta|at)/.test(p)) return /^antes/.test(p) ? range(t, addDays(x, -1)) : range(x, x);
    if (/^(?:despu|a partir|depois)/.test(p)) return range(addDays(x, 1), addDays(x, 7));
    return range(x, x);
  }],
  // "the first weekend of spring", "on the last weekend of March": its first (or last) Saturday and Sunday.
  [/\b(?:(?:by|before|until|on|over|for|during)\s+)?(?:the\s+)?(first|1st|last|final)\s+weekend\s+(?:of|in)\s+(?:(?:the|this)\s+)?(?:(spring|summer|autumn|fall|winter)|MONTH)\b/i, (m, t, tz) => {
    const r = m[2] ? season(m[2], t, tz, null) : (() => { const mo = MONTHS[m[3]!.toLowerCase().replace('.', '')]!; return monthRange(yearFor(mo, t), mo); })();
    const s0 = parseDay(r.start), e0 = parseDay(r.end);
    const sat = /^(?:first|1st)$/i.test(m[1]!) ? nextWeekday(s0, 6) : addDays(e0, -((weekday(e0) + 1) % 7) - (weekday(e0) === 6 ? 7 : 0));
    return range(sat, addDays(sat, 1));
  }],
  // "the first Monday of March", "on the last Friday of the month", "the 2nd Tuesday in April"
  [new RegExp(`\\b(?:(?:by|before|until|on|for)\\s+)?(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+${WEEKDAY_RE}\\s+(?:of|in)\\s+(?:(?:the|this)\\s+month|(next|the coming|the following)\\s+month|MONTH(?:\\s+(\\d{4}))?)`, 'i'), (m, t) => {
    const n = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }[m[1]!.toLowerCase()] ?? -1;
    const wd = WEEKDAYS[m[2]!.toLowerCase().replace('.', '')]!;
    let x: Day;
    if (m[4]) { const mo = MONTHS[m[4].toLowerCase().replace('.', '')]!; x = nthWeekday(m[5] ? Number(m[5]) : yearFor(mo, t), mo, wd, n); if (!m[5] && toUtc(x) < toUtc(t)) x = nthWeekday(x.y + 1, mo, wd, n); }
    else {
      const nx = addMonths({ ...t, d: 1 }, 1);
      x = m[3] ? nthWeekday(nx.y, nx.m, wd, n) : nthWeekday(t.y, t.m, wd, n);
      if (!m[3] && toUtc(x) < toUtc(t)) x = nthWeekday(nx.y, nx.m, wd, n);
    }
    return range(x, x);
  }],
  // "over the long weekend", "the May long weekend": the next public-holiday weekend where the person lives.
  // "right after the long weekend": the week after it (as "after Easter"); "before the long weekend": by the day before it.
  [new RegExp(`\\b(?:(over|on|at|during|for|by|before|until|till|ahead of|after)\\s+)?(?:the\\s+|this\\s+|next\\s+)?(?:(?:MONTH|easter)\\s+)?long[- ]weekend\\b(?:\\s+in\\s+MONTH)?`, 'i'), (m, t, tz) => {
    const mn = m[2] ?? m[3];
    const want = mn && !/easter/i.test(mn) ? MONTHS[mn.toLowerCase().replace('.', '')] : undefined;
    const found = longWeekends(t, tz).find(([a, b]) => toUtc(b) >= toUtc(t) && (!want || a.m === want || b.m === want) && (!/easter/i.test(m[0]) || b.m <= 4));
    if (!found) return null;
    const p = (m[1] ?? '').toLowerCase();
    if (p === 'after') return range(addDays(found[1], 1), addDays(found[1], 7));
    if (/^(before|until|till|ahead of)$/.test(p) && toUtc(found[0]) > toUtc(t)) return range(t, addDays(found[0], -1));
    return range(found[0], found[1]);
  }],
  // "by mid-year", "around midyear": the end of June (next year's once it has passed).
  [/\b(?:(?:by|before|until|around|at)\s+)?(?:the\s+)?(?:mid[- ]?year|middle of (?:the |this )?year)\b/i, (_m, t) => { const y = t.m > 6 ? t.y + 1 : t.y; return range({ y, m: 6, d: 1 }, { y, m: 6, d: 30 }); }],
  // "in H1", "by the end of H2 2027", "in the first half of next year"
  [/\b(?:(?:in|during|by|before|until|within|for)\s+)?(?:the\s+)?(?:end of\s+)?(?:(H)([12])|(first|second|1st|2nd)\s+half\s+of\s+(?:the\s+|this\s+)?(next\s+)?year)(?:\s+(?:of\s+)?(\d{4}))?\b/i, (m, t) => {
    if (m[1] && m[1] !== 'H') return null;
    const h = m[2] ? Number(m[2]) : /first|1st/i.test(m[3]!) ? 1 : 2;
    let y = m[5] ? Number(m[5]) : m[4] ? t.y + 1 : t.y;
    if (!m[5] && !m[4] && h === 1 && t.m > 6) y++;
    return h === 1 ? range({ y, m: 1, d: 1 }, { y, m: 6, d: 30 }) : range({ y, m: 7, d: 1 }, { y, m: 12, d: 31 });
  }],
  // "in January and February", "between March and April", "March-April": the later month ends it.
  [new RegExp(`\\b(?:in|during|over|between|from|sometime in)?\\s*${MONTH_RE}\\s*(?:and|or|to|through|thru|until|till|-|–|\\/)\\s*${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'i'), (m, t) => {
    const a = MONTHS[m[1]!.toLowerCase()]!, b = MONTHS[m[2]!.toLowerCase()]!;
    const ya = m[3] && a <= b ? Number(m[3]) : yearFor(a, t);
    const yb = m[3] ? Number(m[3]) : b >= a ? ya : ya + 1;
    return range({ y: ya, m: a, d: 1 }, { y: yb, m: b, d: daysIn(yb, b) });
  }],
  // Relative days
  [/\b(?:by\s+|on\s+)?(?:the\s+)?day after tomorrow\b/i, (_m, t) => range(addDays(t, 2), addDays(t, 2))],
  [/\b(?:by\s+)?(?:tomorrow|tmrw|tmw|tmrow|tomorow|tommorow|tommorrow|2moro|2morrow)\b/i, (_m, t) => range(addDays(t, 1), addDays(t, 1))],
  [/\b(?:by\s+)?(?:today|tonight|tonite|2nite|this evening|this afternoon|this arvo|this morning|(?<!(?:day|row|rw|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+)(?:eod|end of (?:the )?day)(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorr?ow|the\s+\d|\d)))\b|\b(?:in|within)\s+(?:an?|one|two|three|a few|a couple of|\d)\s+hours?\b/i, (_m, t) => range(t, t)],
  // Weeks
  [/\b(?:by|before|until)?\s*(?:the\s+)?end of (?:the |this )?(?:week|wk)\b|\b(?:by|before|until|at)\s+(?:the\s+)?week(?:(?:'|’)s\s+|[- ])end\b|\b(?:by\s+|before\s+)?eow\b/i, (_m, t) => { const f = nextWeekday(t, 5); return range(t, f); }],
  [/\b(?:by|before|until)?\s*(?:the\s+)?end of next week\b/i, (_m, t) => { const { mon } = weekOf(addDays(t, 7)); return range(addDays(mon, 4), addDays(mon, 4)); }],
  // Where the weekend is Friday and Saturday (Bangladesh, most of the Arab world, Israel), it is read a day earlier: said
  // on a Sunday there, a working day, "this weekend" is the coming one.
  [/\b(?:this|next|the coming|over the)\s+(?:weekend|wknd|wkend)\b(?!\s+after next)|\b(?:on|by|before|at)\s+the\s+weekend\b/i, (m, t0, tz) => {
    const shift = FRI_SAT_WEEKEND.test(tz) ? 1 : 0, t = addDays(t0, shift);
    const r = (a: Day, b: Day) => range(addDays(a, -shift), addDays(b, -shift));
    let sat = nextWeekday(t, 6);
    if (weekday(t) === 0) sat = /^\s*by\b/i.test(m[0]) ? addDays(t, 6) : addDays(t, -1); // "by the weekend" said on a Sunday: the next one
    // "next weekend" said at the weekend is the following one.
    if (/^\s*next\b/i.test(m[0]) && (weekday(t) === 0 || weekday(t) === 6)) sat = addDays(sat, 7);
    return r(sat, addDays(sat, 1));
  }],
  // "the weekend after next", "the month after next", "Tuesday after next"
  [new RegExp(`\\b(?:by|before|until|on|over|in)?\\s*(?:the\\s+)?(?:(weekend|month)|${WEEKDAY_RE})\\s+after\\s+next\\b`, 'i'), (m, t) => {
    if (/weekend/i.test(m[1] ?? '')) { const sat = addDays(nextWeekday(t, 6, weekday(t) !== 6), 7); return range(sat, addDays(sat, 1)); }
    if (/month/i.test(m[1] ?? '')) { const n = addMonths({ ...t, d: 1 }, 2); return monthRange(n.y, n.m); }
    const wd = WEEKDAYS[m[2]!.toLowerCase().replace('.', '')]!;
    // The second one coming, as "the weekend after next" (rounds 9, 12, 16): "the Saturday after next" said on a Wednesday is ten days on.
    let x = addDays(nextWeekday(t, wd, false), 7);
    // Said at the weekend about a weekend day, it is a day of the weekend after next ("Sunday after next" on a Saturday).
    if ((weekday(t) === 6 || weekday(t) === 0) && (wd === 6 || wd === 0)) { const sat = addDays(nextWeekday(t, 6, weekday(t) !== 6), 7); x = wd === 6 ? sat : addDays(sat, 1); }
    return range(x, x);
  }],
  [/\b(?:in|during|within|by)?\s*(?:the\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(week|wk|half)\s+(?:of|in)\s+(?:MONTH(?:\s+(\d{4}))?|(?:the\s+|this\s+)?(next\s+|the following\s+|the coming\s+)?month\b)/i, (m, t) => {
    const nx = addMonths({ ...t, d: 1 }, m[5] ? 1 : 0);
    const mo = m[3] ? MONTHS[m[3].toLowerCase()]! : nx.m;
    const y = m[4] ? Number(m[4]) : m[3] ? yearFor(mo, t) : nx.y;
    // "the second half of March": from the 16th; "the first half of April": to the 15th.
    if (/half/i.test(m[2]!)) return /first|1st/i.test(m[1]!) ? range({ y, m: mo, d: 1 }, { y, m: mo, d: 15 }) : range({ y, m: mo, d: 16 }, { y, m: mo, d: daysIn(y, mo) });
    const idx: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 };
    if (/last|final/i.test(m[1]!)) return range({ y, m: mo, d: daysIn(y, mo) - 6 }, { y, m: mo, d: daysIn(y, mo) });
    const s = 1 + 7 * idx[m[1]!.toLowerCase()]!;
    return range({ y, m: mo, d: s }, { y, m: mo, d: Math.min(s + 6, daysIn(y, mo)) });
  }],
  // "la primera semana de septiembre", "na primeira semana de dezembro", "la première semaine d'octobre", "in der ersten
  // Woche im Mai", "l'ultima settimana di giugno": a week of a month in the other languages people answer in.
  [new RegExp(`(?<![a-zà-ÿ])(?:(?:en|durante|para|hasta|antes de|dans|pendant|avant|in|an|em|até|entro|op|nella)\\s+)?(?:(?:la|na|a|le|der|die|de|l['’])\\s*)?(primera|primer|primeira|premi[eè]re|ersten?|prima|eerste|segunda|seconde|deuxi[eè]me|zweiten?|seconda|tweede|tercera|terceira|troisi[eè]me|dritten?|terza|derde|[úu]ltima|derni[eè]re|letzten?|laatste)\\s+(?:semana|semaine|woche|settimana|week)\\s+(?:de|d'|du|do|da|del|des|di|im|in|von|van|of)\\s*${FMONTH_RE}${NOT_LETTER}(?:\\s+(?:de\\s+)?(\\d{4}))?`, 'i'), (m, t) => {
    const mo = FMONTHS[m[2]!.toLowerCase()]!;
    const y = m[3] ? Number(m[3]) : yearFor(mo, t);
    const w = m[1]!.toLowerCase();
    if (/^(?:[úu]ltima|derni|letzt|laatste)/.test(w)) return range({ y, m: mo, d: daysIn(y, mo) - 6 }, { y, m: mo, d: daysIn(y, mo) });
    const s = /^(?:segund|second|deuxi|zweit|tweede)/.test(w) ? 8 : /^(?:tercer|terceir|troisi|dritt|terza|derde)/.test(w) ? 15 : 1;
    return range({ y, m: mo, d: s }, { y, m: mo, d: s + 6 });
  }],
  // "de eerste zaterdag van maart", "el primer sábado de marzo", "le premier samedi de mars", "am ersten Samstag im März",
  // "l'ultimo venerdì di giugno", "o primeiro sábado de abril": the n-th weekday of a month in the other languages.
  [new RegExp(`(?<![a-zà-ÿ])(?:(?:(?:op|en|em|in|an|à|a|al|au|am|el|la|le|o|de|der|den|il|na|no)\\s+)+|l['’]\\s*)?(primer[oa]?|primeir[oa]|premi(?:er|[eè]re)|erste[nr]?|prim[oa]|eerste|segund[oa]|second[eo]?|deuxi[eè]me|zweite[nr]?|tweede|tercer[oa]?|terceir[oa]|troisi[eè]me|dritte[nr]?|terz[oa]|derde|cuart[oa]|quart[oa]|quatri[eè]me|vierte[nr]?|vierde|[úu]ltim[oa]|derni(?:er|[eè]re)|letzte[nr]?|laatste)\\s+(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+(?:de|d'|du|do|da|del|des|di|im|in|von|van)\\s*(${FMONTH_RE.slice(1, -1)}|april|august|september|november|december|${REL_MONTH_NEXT}|${REL_MONTH_THIS})${NOT_LETTER}(?:\\s+(?:de\\s+)?(\\d{4}))?`, 'i'), (m, t) => {
    const w = m[1]!.toLowerCase();
    const n = /^(?:[úu]ltim|derni|letzt|laatste)/.test(w) ? -1 : /^(?:segund|second|deuxi|zweit|tweede)/.test(w) ? 2 : /^(?:tercer|terceir|troisi|dritt|terz|derde)/.test(w) ? 3 : /^(?:cuart|quart|quatri|viert|vierde)/.test(w) ? 4 : 1;
    const d0 = m[2]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const wd = [/^(?:domingo|dimanche|sonntag|domenica|zondag)/, /^(?:lunes|lundi|montag|lunedi|segunda|maandag)/, /^(?:martes|mardi|dienstag|martedi|terca|dinsdag)/, /^(?:miercoles|mercredi|mittwoch|mercoledi|quarta|woensdag)/, /^(?:jueves|jeudi|donnerstag|giovedi|quinta|donderdag)/, /^(?:viernes|vendredi|freitag|venerdi|sexta|vrijdag)/, /^(?:sabado|samedi|samstag|sabato|zaterdag)/].findIndex((re) => re.test(d0));
    // "del mes que viene", "du mois prochain", "dieses Monats": the month counted from today.
    const rel = new RegExp(`^(?:${REL_MONTH_NEXT})$`, 'i').test(m[3]!) ? addMonths({ y: t.y, m: t.m, d: 1 }, 1) : new RegExp(`^(?:${REL_MONTH_THIS})$`, 'i').test(m[3]!) ? { y: t.y, m: t.m, d: 1 } : null;
    if (rel && wd >= 0) { const x = nthWeekday(rel.y, rel.m, wd, n); return x.m === rel.m ? range(x, x) : null; }
    const mo = FMONTHS[m[3]!.toLowerCase()] ?? MONTHS[m[3]!.toLowerCase()];
    if (wd < 0 || !mo) return null;
    let x = nthWeekday(m[4] ? Number(m[4]) : yearFor(mo, t), mo, wd, n);
    if (!m[4] && toUtc(x) < toUtc(t)) x = nthWeekday(x.y + 1, mo, wd, n);
    return range(x, x);
  }],
  [/\b(?:by|before|until)?\s*(?:the\s+)?(?:end|close) of (?:the |this )?month\b|\b(?:by|before|until|at)\s+(?:the\s+)?month(?:(?:'|’)s\s+|[- ])end\b|\b(?:by\s+)?this\s+month[- ]end\b|\b(?:by|before)\s+the\s+month\s+is\s+(?:out|over)\b|\bthis month\b|\bwithin the month\b|\b(?:by\s+|before\s+)?eom\b/i, (_m, t) => range(t, { ...t, d: daysIn(t.y, t.m) })],
  // "fin du mois prochain", "a finales del mes que viene", "Ende nächsten Monats", "fine del mese prossimo", "no fim do próximo
  // mês", "eind volgende maand", "koniec przyszłego miesiąca", and this month's ("eind van de maand", "koniec miesiąca"): the
  // end of that month, as "end of next month" / "end of the month".
  [/(?<![\p{L}])(?:fin|finales|final|fine|fim|ende|eind|koniec|końca|końcu)\s+(?:(?:du|de|del|de la|della|dello|do|da|des|van|van de|van het|von|vom)\s+)?(?:(pr[óo]xim[oa]|prochain|n[äa]chsten|volgende|przyszłego|następnego|prossimo)\s+)?(?:mois|mes|mese|m[êe]s|monats?|maand|miesiąca)(?:\s+(prochain|que viene|pr[óo]ximo|siguiente|seguinte|prossimo|successivo|qui vient))?(?![\p{L}])/iu, (m, t) => {
    if (m[1] || m[2]) { const n = addMonths({ ...t, d: 1 }, 1); return range({ ...n, d: 20 }, { ...n, d: daysIn(n.y, n.m) }); }
    return range(t, { ...t, d: daysIn(t.y, t.m) });
  }],
  // "mid-month", "by the middle of the month": this month's middle (next month's, once it has passed).
  [/\b(?:by|before|around|until)?\s*(?:the\s+)?(?:mid[- ]?month|middle of (?:the |this )?month)\b/i, (_m, t) => {
    const n = t.d > 15 ? addMonths({ ...t, d: 1 }, 1) : t;
    return range({ ...n, d: Math.min(15, Math.max(11, n === t ? t.d : 11)) }, { ...n, d: 15 });
  }],
  // "on the 2nd of next month", "by the 15th of next month"; "on the 27th of this month", "by the 20th of the month": this
  // month's day (of "the month", next month's once that day has gone).
  [/\b(?:by|before|until|on)?\s*the\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:(next|the coming|the following)|this|the(?:\s+current)?)\s+month\b/i, (m, t) => {
    const n = m[2] || (!/\bthis\s+month\b/i.test(m[0]) && Number(m[1]) < t.d) ? addMonths({ ...t, d: 1 }, 1) : t;
    const d = Number(m[1]);
    if (d < 1 || d > daysIn(n.y, n.m)) return null;
    return range({ ...n, d }, { ...n, d });
  }],
  // The same in other languages: "el 27 de este mes", "le 2 du mois prochain", "am 27. dieses Monats", "dia 27 deste mês".
  [new RegExp(`(?<![\\p{L}\\d])(?:(?:el|le|am|il|o|den|op|de|dia|d[ií]a)\\s+)*(\\d{1,2})(?:\\.|º|°|er|e|de)?\\s+(?:(?:de|du|del|di|do|da|des|van|de la)\\s+)?(?:(${REL_MONTH_NEXT})|${REL_MONTH_THIS})(?![\\p{L}])`, 'iu'), (m, t) => {
    const n = m[2] ? addMonths({ ...t, d: 1 }, 1) : t;
    const d = Number(m[1]);
    if (d < 1 || d > daysIn(n.y, n.m)) return null;
    return range({ ...n, d }, { ...n, d });
  }],
  [/\b(?:by|before|until)?\s*(?:the\s+)?end of next month\b|\b(?:by\s+)?next\s+month(?:(?:'|’)s)?[- ]end\b/i, (_m, t) => { const n = addMonths({ ...t, d: 1 }, 1); return range({ ...n, d: 20 }, { ...n, d: daysIn(n.y, n.m) }); }],
  [/\b(?:in|during|over|within|by|before)?\s*(?:the\s+)?(?:next|nxt|coming) month\b/i, (m, t) => {
    // "over the next month", "within the coming month": the next thirty days or so, not the calendar month.
    if (/^\s*(?:over|within)\b/i.test(m[0])) return span(t, 1, 'month');
    const n = addMonths({ ...t, d: 1 }, 1);
    return monthRange(n.y, n.m);
  }],
  [/\b(?:in|during|by)?\s*(?:the\s+)?week after next\b/i, (_m, t) => { const { mon, sun } = weekOf(addDays(t, 14)); return range(mon, sun); }],
  // "this week" said on a Sunday is the week that starts tomorrow (Sunday ends one week and, for many, starts the next).
  [/\bthis week\b|\bwithin the week\b/i, (_m, t) => range(t, weekday(t) === 0 ? addDays(t, 7) : weekOf(t).sun)],
  [/\b(?:in|during|by|before|within)?\s*(?:the\s+)?(?:next|nxt|coming) (?:week|wk)\b/i, (_m, t) => { const { mon, sun } = weekOf(addDays(t, 7)); return range(mon, sun); }],
  // "la semaine prochaine", "la semana que viene", "nächste Woche": next week in the other languages people answer in
  // ("bis Ende nächster Woche", "fin de la semaine prochaine": by its end, the same week).
  [/(?<![\p{L}])(?:(?:d'ici |avant |hasta |bis |entro |a |para )?(?:(?:(?:zum |zu |à la |a la )?(?:ende|fin|fines|finales|fine|final)(?: de| del| der| della| da| do)? (?:la )?))?(?:la semaine prochaine|la semaine d'apr[eè]s|la pr[oó]xima semana|la semana (?:que viene|pr[oó]xima)|n[aä]chste[nr]? woche|kommende[nr]? woche|(?:la )?prossima settimana|(?:la )?settimana prossima|(?:a )?pr[oó]xima semana|semana que vem|(?:la )?semana (?:que viene|entrante)|semaine prochaine|volgende week|komende week|de week erna))(?![\p{L}])/iu, (_m, t) => { const { mon, sun } = weekOf(addDays(t, 7)); return range(mon, sun); }],
  [/\b(?:in|during|by|before)?\s*(?:the\s+)?(?:next|coming) year\b/i, (_m, t) => range({ y: t.y + 1, m: 1, d: 1 }, { y: t.y + 1, m: 12, d: 31 })],
  // "in two weeks", "within the next 3 days", "two more weeks", "another month", "a week from now"
  [new RegExp(`\\b(?:in|within|over|during|for)?\\s*(?:the\\s+)?(?:next\\s+)?(?:(?:about|roughly|around|approximately|approx\\.?|~)\\s*)?${NUM_RE}(?:\\s+|(?<=\\d))(?:more\\s+)?(day|week|wk|month|mth|year|yr)s?\\b(?!\\s+(?:from|after|on)\\s+(?!now\\b|today\\b))(?:\\s+from\\s+(?:now|today))?\\b`, 'i'), (m, t) => {
    const pre = m[0].toLowerCase();
    // "Give me a month", "I need two weeks": the time asked for, counted from today.
    if (!/\b(in|within|next|more|from|over|during|for)\b/.test(pre) && !/\b(?:give|gimme|allow|grant)\s+(?:me|us|it)\s+$|\b(?:i|we)(?:(?:'|’)ll)?\s+need\s+$/i.test(m.input.slice(0, m.index + m[0].length - m[0].trimStart().length))) return null;
    return span(t, num(m[1]!), m[2]!);
  }],
  [/\b(?:another|one more)\s+(day|week|month|fortn(?:ight))\b/i, (m, t) => (/fortn/i.test(m[1]!) ? span(t, 2, 'week') : span(t, 1, m[1]!))],
  // "in a week or two", "within the next 2-3 weeks": the later end.
  [new RegExp(`\\b(?:in|within|over|during)\\s+(?:the\\s+)?(?:next\\s+)?(?:${NUM_RE}\\s+(day|week|month)s?\\s+or\\s+${NUM_RE}|(\\d{1,2})\\s*(?:-|–|to|or)\\s*(\\d{1,2})\\s+(day|week|month)s?)(?:\\s+(?:days?|weeks?|months?))?(?:\\s+from\\s+(?:now|today))?\\b`, 'i'), (m, t) => (m[4] ? span(t, Number(m[5]), m[6]!) : span(t, num(m[3]!), m[2]!))],
  // Parts of a month: "by the end of January", "early March", "mid-April", "late May 2027"
  // "by April's end"
  [new RegExp(`\\b(?:by|before|until|at)?\\s*${MONTH_RE}(?:'|’)s\\s+end\\b`, 'i'), (m, t) => {
    const mo = MONTHS[m[1]!.toLowerCase()]!;
    const y = yearFor(mo, t);
    return range({ y, m: mo, d: 21 }, { y, m: mo, d: daysIn(y, mo) });
  }],
  [new RegExp(`\\b${PREP}(early|mid|middle of|late|beginning of|start of|end of|the end of|towards? the end of|the middle of|early in|late in|the start of|the beginning of|end(?=-)|start(?=-)|(?<=\\b(?:by|before|until|till|at|from)\\s+)(?:end|start)(?=\\s))[\\s-]*${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'i'), (m, t) => {
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    const y = m[3] ? Number(m[3]) : yearFor(mo, t);
    const part = m[1]!.toLowerCase();
    if (/early|beginning|start/.test(part)) return range({ y, m: mo, d: 1 }, { y, m: mo, d: 10 });
    if (/mid|middle/.test(part)) return range({ y, m: mo, d: 11 }, { y, m: mo, d: 15 });
    return range({ y, m: mo, d: 21 }, { y, m: mo, d: daysIn(y, mo) });
  }],
  // Seasons and quarters
  [/\b(?:by|before|until|ahead of|in|during|over|for)?\s*(?:the\s+)?(?:(this|next|coming)\s+)?(?:(early|late|(?:the\s+)?end\s+of(?:\s+the)?)\s+)?(spring|summer|fall|autumn|winter)(?:(?:'|’)s\s+(?:end|close)\b)?(?:\s+(\d{4}))?(?:\s+(break|holidays?|hols|vacation|recess|season|term|semester)\b)?\b(?!\s+(?!(?:and|or|but|so|to|with|at|for|if|when|as|because|then|though|too|i|we|is|will|instead|now|please|maybe|perhaps|probably|hopefully|latest|at the latest|break|holidays?|season|term|semester)\b)[a-z])(?![-'’]\w)/i, (m, t, tz) => {
    // "spring break", "winter term": school calendars vary, so no date is read from them.
    if (m[5] && (/spring|fall|autumn/i.test(m[3]!) && /break|recess|vacation|holiday|hols/i.test(m[5]) || /term|semester/i.test(m[5]))) return null;
    if (/\bfall\b/i.test(m[3]!) && !m[1] && !/\b(in|by|this|next|the|during|before|until|over)\b/i.test(m[0])) return null; // "fall behind"
    // "late summer" and "by the end of summer" said in the summer's last month are this summer (its end is still ahead).
    // "by spring's end" is "by the end of spring".
    const ends = /(?:'|’)s\s+(?:end|close)\b/i.test(m[0]) || !!(m[2] && /end/i.test(m[2]));
    let r = season(m[3]!, t, tz, (m[1]?.toLowerCase() === 'next' ? 'next' : m[1] || (m[2] && /late/i.test(m[2])) || ends ? 'this' : null));
    // "by spring 2028": that year's season (a winter named by its year is the one that ends in it).
    if (m[4]) {
      const sm = parseDay(r.start).m, y = Number(m[4]) - (sm === 12 ? 1 : 0);
      const e = addMonths({ y, m: sm, d: 1 }, 2);
      r = range({ y, m: sm, d: 1 }, { ...e, d: daysIn(e.y, e.m) });
    }
    // "early autumn": its first month; "late summer" and "the end of summer" keep the season's end.
    if (m[2] && /early/i.test(m[2])) { const st = parseDay(r.start); r = range(st, { ...st, d: daysIn(st.y, st.m) }); }
    // "before the end of spring" is by its end, like "by the end of spring"; "by winter", like "before winter", is by the
    // day before it starts (a whole-season "in winter" keeps the season).
    if (/^\s*(before|until|ahead of|by)\b/i.test(m[0]) && !ends && !m[2] && !m[4]) {
      // "before the summer": done by the day before it starts (or by its end, if it has started).
      const st = parseDay(r.start);
      if (toUtc(st) > toUtc(t)) return range(t, addDays(st, -1));
    }
    return r;
  }],
  // "este invierno", "l'été prochain", "nel prossimo autunno", "deze zomer": a season named in another language with
  // "this" or "next", read as the English phrase (by hemisphere, as there).
  [/(?<![\p{L}])(?:((?:este|esta|neste|nesta|cet|cette|ce|questo|questa|diesen|dieses|diese|deze|dit)\s+|quest['’]\s*)|((?:el|la|o|a|il|lo)\s+pr[óo]xim[oa]\s+|pr[óo]xim[oa]\s+|(?:la\s+|il\s+|nella\s+|nel\s+)?prossim[oa]\s+|(?:im\s+|den\s+)?n[äa]chsten?\s+|n[äa]chstes\s+|(?:de\s+|het\s+)?volgende?\s+|(?:de\s+|het\s+)?komende?\s+)|((?:en|em|durante)\s+(?:el\s+|la\s+|o\s+|a\s+)?|n[oa]\s+|au\s+|en\s+|pendant\s+l['’]\s*|pendant\s+le\s+|nell['’]\s*|in\s+|im\s+|in\s+de\s+|in\s+het\s+|tijdens\s+de\s+)|((?:antes\s+del?|antes\s+d[oa]|avant\s+l['’]|avant\s+le|prima\s+dell['’]|prima\s+della|vor\s+dem|voor\s+de)\s*)|((?:el|la|l['’]|le|o|a|il|der|das|den|de|het)\s*))(primavera|verano|ver[ãa]o|oto[ñn]o|outono|invierno|inverno|printemps|[ée]t[ée]|automne|hiver|estate|autunno|fr[üu]hling|fr[üu]hjahr|sommer|herbst|winter|lente|voorjaar|zomer|herfst|najaar)(?:\s+(prochaine?|prossim[oa]|que\s+vem|que\s+viene|pr[óo]xim[oa]))?(?![\p{L}])/iu, (m, t, tz) => {
    const w = m[6]!.toLowerCase();
    const en = /^(?:primavera|printemps|fr[üu]h|lente|voorjaar)/.test(w) ? 'spring' : /^(?:verano|ver[ãa]o|[ée]t[ée]|estate|sommer|zomer)$/.test(w) ? 'summer' : /^(?:oto|outono|automne|autunno|herbst|herfst|najaar)/.test(w) ? 'autumn' : 'winter';
    // An article alone ("l'été", "el verano") is a season only with "next" after it; "in estate" may be English.
    if (m[5] && !m[7]) return null;
    if (m[3] && /^estate$/.test(w) && /^in\s/i.test(m[3])) return null;
    if (/^(?:winter)$/.test(w) && (m[3] ?? '').trim().toLowerCase() === 'in') return null;
    // "in" and "before" a season are read by the side-word rule further on (with the solstice for "before"); this rule
    // reads "this" and "next".
    if (!m[1] && !m[2] && !m[7]) return null;
    const lead = m[2] || m[7] ? 'next' : 'this';
    return readRules(`${lead} ${en}`, t, tz);
  }],
  [/\b(?:by|before|until|in|during)?\s*(?:the\s+)?(?:(end of|early|mid|late)[\s-]+)?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?:\s+(?:of\s+)?(\d{4}))?\b/i, (m, t) => {
    const ord: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
    const q = m[2] ? Number(m[2]) : ord[m[3]!.toLowerCase()]!;
    let y = m[4] ? Number(m[4]) : t.y;
    if (!m[4] && q * 3 < t.m) y++;
    const sm = (q - 1) * 3 + 1;
    // "early Q3" is its first month, "mid-Q2" its middle one, "late Q4" its last.
    const part = (m[1] ?? '').toLowerCase();
    if (part === 'early' || part === 'mid') { const mo = sm + (part === 'mid' ? 1 : 0); return monthRange(y, mo); }
    if (part === 'late') return monthRange(y, sm + 2);
    return range({ y, m: sm, d: 1 }, { y, m: sm + 2, d: daysIn(y, sm + 2) });
  }],
  // "next quarter", "this quarter"
  [/\b(?:in|during|by|before|until|over)?\s*(?:the\s+)?(?:(?:end of|start of)\s+(?:the\s+)?)?(?:(next|this|coming|current)\s+quarter\b|(?<=end of\s+(?:the\s+)?)quarter\b)/i, (m, t) => {
    let q = Math.ceil(t.m / 3) + (/next|coming/i.test(m[1] ?? '') ? 1 : 0);
    let y = t.y;
    if (q > 4) { q = 1; y++; }
    const sm = (q - 1) * 3 + 1;
    return range({ y, m: sm, d: 1 }, { y, m: sm + 2, d: daysIn(y, sm + 2) });
  }],
  // "Saturday Dec 5", "December 12th", "5 December 2026", "Dec. 5"
  // ("14 Feb 10:00": the number after the month is a clock time there, not a day.)
  [new RegExp(`\\b${PREP}(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![:.]\\d)(?:,?\\s+(\\d{4}))?\\b`, 'i'), (m, t) => {
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    const d = Number(m[3]);
    if (d < 1 || d > daysIn(t.y, mo)) return null;
    const x = upcoming(mo, d, t, m[4] ? Number(m[4]) : undefined);
    return range(x, x);
  }],
  [new RegExp(`\\b${PREP}(?:${WEEKDAY_RE},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'i'), (m, t) => {
    const mo = MONTHS[m[3]!.toLowerCase()]!;
    const d = Number(m[2]);
    if (d < 1 || d > daysIn(t.y, mo)) return null;
    const x = upcoming(mo, d, t, m[4] ? Number(m[4]) : undefined);
    return range(x, x);
  }],
  [new RegExp(`\\b${PREP}(?:the\\s+)?ORD\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b|\\b${PREP}${MONTH_RE}\\s+(?:the\\s+)?ORD(?:,?\\s+(\\d{4}))?\\b`.replace(/ORD/g, ORD_RE), 'i'), (m, t) => {
    const mo = MONTHS[(m[2] ?? m[4])!.toLowerCase()]!;
    const d = ORDINALS[(m[1] ?? m[5])!.toLowerCase().replace(/[\s-]+/g, ' ')]!;
    const yr = m[3] ?? m[6];
    if (!d) return null;
    const x = upcoming(mo, d, t, yr ? Number(yr) : undefined);
    return range(x, x);
  }],
  // Whole months: "in March", "by February", "March 2027"
  [new RegExp(`\\b${PREP}${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'i'), (m, t) => {
    const w = m[1]!.toLowerCase();
    // "may" and "march" are also verbs: take them only with a preposition, a year or a capital.
    // ("its postponed to march", "push it back to may": moved to it, the month is meant whatever its case.)
    const movedTo = (w === 'may' || w === 'march') && !m[2] && MOVED_TO.test(m.input.slice(0, m.index + (m[0].length - m[0].trimStart().length)));
    if ((w === 'may' || w === 'march') && !m[2] && !movedTo && !/^(by|before|until|till|in|during|on|for|over|from|sometime|some time|the|around|within|no later)\b/i.test(m[0]) && !/^[A-Z]/.test(m[1]!)) return null;
    if (w === 'may' && !m[2] && !movedTo && !/^(by|before|until|till|in|during|over|from|sometime|some time|around|no later)\b/i.test(m[0].trim())) return null;
    const mo = MONTHS[w.replace('.', '')]!;
    const y = m[2] ? Number(m[2]) : yearFor(mo, t);
    // "before April": done by the end of March.
    if (/^before\b/i.test(m[0].trim()) && (y > t.y || mo > t.m)) return range(t, addDays({ y, m: mo, d: 1 }, -1));
    return monthRange(y, mo);
  }],
  // "Wed week", "Friday week", "a week on Thursday", "a week from Friday": that weekday of the following week.
  [new RegExp(`\\b(?:by|before|until|on|for)?\\s*(?:${WEEKDAY_RE}\\s+week\\b|${NUM_RE} weeks? (?:(?:on|from|this)\\s+)?(?:this\\s+|next\\s+)?${WEEKDAY_RE}(?![a-z]))`, 'i'), (m, t) => {
    const w = (m[1] ?? m[3])!.toLowerCase().replace('.', '');
    const wd = WEEKDAYS[w]!;
    const x = addDays(nextWeekday(t, wd, false), 7 * (m[2] ? num(m[2]) : 1));
    return range(x, x);
  }],
  // "a fortnight on Friday", "a fortnight from Monday": two weeks after the coming one.
  [new RegExp(`\\b(?:by|before|until|on|for)?\\s*(a|one|two) fortnights? (?:on|from)\\s+(?:this\\s+|next\\s+)?${WEEKDAY_RE}(?![a-z])`, 'i'), (m, t) => {
    const x = addDays(nextWeekday(t, WEEKDAYS[m[2]!.toLowerCase().replace('.', '')]!, false), 14 * num(m[1]!));
    return range(x, x);
  }],
  // "over the next couple of weekends", "one of the next two weekends": to the Sunday of the last of them.
  [/\b(?:(?:over|in|during|within|on)\s+)?(?:one of\s+)?(?:the\s+)?next\s+(couple of|two|2|three|3|few)\s+weekends\b/i, (m, t) => {
    const n = /three|3|few/i.test(m[1]!) ? 3 : 2;
    const sat = weekday(t) === 0 ? addDays(t, 6) : nextWeekday(t, 6);
    return range(t, addDays(sat, 7 * (n - 1) + 1));
  }],
  // "before the clocks go forward", "by the time the clocks go back", "when the clocks change": the next change of clocks
  // where the person lives (Europe: last Sundays of March and October; North America: second Sunday of March, first of
  // November; Australia: first Sundays of April and October; New Zealand: first Sunday of April, last of September).
  [/\b(?:(before|by|until|till|after|when|once)\s+)?(?:the\s+time\s+)?(?:the\s+)?clocks?\s+(?:go|goes|change|changes|went|spring|fall|are put|get put)(?:\s+(back|forward|forwards|ahead))?\b/i, (m, t, tz) => {
    const dir = (m[2] ?? '').toLowerCase(), spring = /spring/i.test(m[0]), fall = /fall/i.test(m[0]);
    const pair = (y: number): [Day, Day] | null => {
      if (/^Europe\/|^Atlantic\/(Canary|Madeira|Faroe)/.test(tz) && !/^Europe\/(Moscow|Minsk|Istanbul|Kaliningrad|Samara|Volgograd)/.test(tz)) return [nthWeekday(y, 3, 0, -1), nthWeekday(y, 10, 0, -1)];
      if (US_ZONE.test(tz) && !/Phoenix|Honolulu/.test(tz) || CANADA_ZONE.test(tz) && !/Regina|Swift_Current/.test(tz)) return [nthWeekday(y, 3, 0, 2), nthWeekday(y, 11, 0, 1)];
      if (/^Australia\/(Sydney|Melbourne|Hobart|Canberra|Adelaide|ACT|NSW|Victoria|Tasmania|South)/.test(tz)) return [nthWeekday(y, 10, 0, 1), nthWeekday(y, 4, 0, 1)];
      if (/^(Pacific\/(?:Auckland|Chatham)|NZ)/.test(tz)) return [nthWeekday(y, 9, 0, -1), nthWeekday(y, 4, 0, 1)];
      return null;
    };
    const ahead = (i: 0 | 1) => { for (const y of [t.y, t.y + 1]) { const p = pair(y); if (p && toUtc(p[i]) >= toUtc(t)) return p[i]; } return null; };
    let x: Day | null;
    if (/forward|ahead/.test(dir) || spring) x = ahead(0);
    else if (dir === 'back' || fall) x = ahead(1);
    else { const a = ahead(0), b = ahead(1); x = a && b ? (toUtc(a) < toUtc(b) ? a : b) : a ?? b; }
    if (!x) return null;
    const p = (m[1] ?? '').toLowerCase();
    if (/^(before|until|till)$/.test(p)) return range(t, addDays(x, -1));
    if (/^(after|once)$/.test(p)) return range(addDays(x, 1), addDays(x, 7));
    return range(x, x);
  }],
  // "the first few days of March", "in the first couple of weeks of next month", "the last few days of February".
  [/\b(?:(?:in|during|over|by|within)\s+)?(?:the\s+)?(first|last)\s+(few|couple of|couple|two|three|2|3)\s+(days|w(?:ee)?ks)\s+(?:of|in)\s+(?:(?:the\s+|this\s+)?(next\s+)?mon(?:th)\b|MONTH(?:\s+(\d{4}))?)/i, (m, t) => {
    const nx = addMonths({ ...t, d: 1 }, m[4] ? 1 : 0);
    const mo = m[5] ? MONTHS[m[5].toLowerCase().replace('.', '')]! : nx.m;
    const y = m[6] ? Number(m[6]) : m[5] ? yearFor(mo, t) : nx.y;
    const n = /few|three|3/i.test(m[2]!) ? 3 : 2, len = /day/i.test(m[3]!) ? n + 2 : 7 * n, last = daysIn(y, mo);
    return /first/i.test(m[1]!) ? range({ y, m: mo, d: 1 }, { y, m: mo, d: Math.min(len, last) }) : range({ y, m: mo, d: Math.max(1, last - len + 1) }, { y, m: mo, d: last });
  }],
  // "two Fridays from now", "three Saturdays from today": the n-th one coming.
  [new RegExp(`\\b(?:by|on|in)?\\s*(two|three|four|2|3|4)\\s+${WEEKDAY_RE.replace('\\.?', '')}s\\s+(?:from\\s+)?(?:now|to-?day)\\b`, 'i'), (m, t) => {
    const x = addDays(nextWeekday(t, WEEKDAYS[m[2]!.toLowerCase()]!, false), 7 * (num(m[1]!) - 1));
    return range(x, x);
  }],
  // "next week Thursday", "next week on Monday": that weekday of next week.
  [new RegExp(`\\b(?:by|on|before|until)?\\s*next week,?\\s+(?:on\\s+)?${WEEKDAY_RE}(?![a-z])`, 'i'), (m, t) => {
    const { mon } = weekOf(addDays(t, 7)), x = addDays(mon, (WEEKDAYS[m[1]!.toLowerCase().replace('.', '')]! + 6) % 7);
    return range(x, x);
  }],
  // "early next week": Monday to Wednesday of it.
  [/\b(?:by|in|around)?\s*(?:the\s+)?(early|beginning of|start of|mid|middle of|the middle of)[\s-]+next week\b/i, (m, t) => {
    const { mon } = weekOf(addDays(t, 7));
    return /mid|middle/i.test(m[1]!) ? range(addDays(mon, 1), addDays(mon, 3)) : range(mon, addDays(mon, 2));
  }],
  // "on Sat 13th", "Saturday the 13th": the day number decides.
  [new RegExp(`\\b(?:by|before|until|on|this|for)?\\s*${WEEKDAY_RE},?\\s+(?:the\\s+)?(\\d{1,2})(?:th|st|nd|rd)?\\b(?!\\s*(?:[:.\\/-]\\d|am\\b|pm\\b|(?:of\\s+)?[a-z]))`, 'i'), (m, t) => {
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    const x = nextDayNumbered(t, d);
    return range(x, x);
  }],
  // "Thursday 18th from 6 to 8", "Sat 13th at the library": with its ordinal suffix the number is a day whatever follows (but a month).
  [new RegExp(`\\b(?:by|before|until|on|this|for)?\\s*${WEEKDAY_RE},?\\s+(?:the\\s+)?(\\d{1,2})(?:th|st|nd|rd)\\b(?!\\s+(?:of\\s+)?${MONTH_RE})`, 'i'), (m, t) => {
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    const x = nextDayNumbered(t, d);
    return range(x, x);
  }],
  // "next Friday" (the one in the next week), "this Friday", "by Friday", "on Sat"
  [new RegExp(`\\b(?:by|before|until|on|this|for)?\\s*(?:next|nxt|this coming|coming|this)?\\s*${WEEKDAY_RE}\\b(?!,?\\s+\\d{1,2}[\\/.-]\\d)`, 'i'), (m, t) => {
    const s = m[0].toLowerCase();
    // "3/18 (Thu)", "the 18th (Thursday)", "18.3., Thu": the weekday names the date just written.
    if (/\d(?:st|nd|rd|th|\.)?\s*[(,]\s*$/i.test(m.input.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) return null;
    const w = m[1]!.toLowerCase();
    // Bare short names ("sat", "sun", "wed") are too often other words.
    if (w.length <= 3 && !/^(by|before|until|on|this|for|next|nxt|coming)\b/.test(s.trim()) && !/^[A-Z]/.test(m[1]!)) return null;
    const wd = WEEKDAYS[w.replace('.', '')]!;
    let x = nextWeekday(t, wd, false);
    if (/\bn(?:e)?xt\b/.test(s) && !/coming/.test(s)) x = addDays(weekOf(addDays(t, 7)).mon, (wd + 6) % 7);
    return range(x, x);
  }],
  // "bis 13.3.", "by 5.12": day first, as written where dots separate dates.
  [/(?<![\d.])(?:\b(?:by|before|until|on|bis|am|vor)\s+)?(\d{1,2})\.(\d{1,2})\.(?:(\d{4}))?(?![\d])/i, (m, t) => {
    const d = Number(m[1]), mo = Number(m[2]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(t.y, mo)) return null;
    // "version 3.1.", "v2.4.", "chapter 3.2.": numbers, not dates.
    if (/(?:version|ver\.?|v|release|rel\.?|chapter|section|step|page|level|grade|room|python|node|ios|android|windows|firefox|no\.?|#)\s*$/i.test(m.input.slice(0, m.index))) return null;
    const x = upcoming(mo, d, t, m[3] ? Number(m[3]) : undefined);
    return range(x, x);
  }],
  // "Do 30. 11.", "bis 3. 12.", "dne 5. 1. 2027": day and month with a space after the dot, as Czech and German write them,
  // after a word only a date takes.
  [/(?<![\p{L}\d.])(?:by|before|until|on|bis|am|vor|do|dne|ke|k)\s+(\d{1,2})\.\s(\d{1,2})\.(?:\s?(\d{4}))?(?![\d])/iu, (m, t) => {
    const d = Number(m[1]), mo = Number(m[2]), y = m[3] ? Number(m[3]) : undefined;
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y ?? t.y, mo)) return null;
    const x = upcoming(mo, d, t, y);
    return range(x, x);
  }],
  // "the 30th", "on the 3rd"; "prepone it to 10th?", "shift to 22nd please": a bare ordinal after "to" that ends the clause
  // (the article dropped, as in Indian, Pakistani and Nigerian English).
  [/(?:\b(?:by|before|until|till|on)\s+(?:the\s+)?|(?<!\d(?:st|nd|rd|th)\s+)\bto\s+(?=\d{1,2}(?:st|nd|rd|th)\s*(?:[?.!,;]|$|\s+(?:instead|please|pls|if)\b))|\bthe\s+)(\d{1,2})(st|nd|rd|th)\b(?![-‐][a-z])(?!\s+(?:of\s+(?!(?:the|this)\s+month\b)[a-z]|time|times|floor|place|edition|anniversary|birthday|grade|graders?|century|annual|attempt|round|session|person|people|street|st\b|avenue|ave\b|row|one|year|years|week|day|month|chapter|page|step|item|point|version|meetup|event|term|semester|class|percentile|largest|biggest|most|best|in line))/i, (m, t) => {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    const x = nextDayNumbered(t, d);
    return range(x, x);
  }],
  // "at the 30.", "by the 12, ok", "until the 3": a bare day number after a side word and "the", the clause ending there
  // (Spanish "el 30", "para el 12", Portuguese "no dia 30", French "le 30", German "am 30." said in English).
  [/\b(?:at|on|by|before|until|till|for)\s+the\s+(\d{1,2})(?=\s*(?:[.,!?;)]|$))(?![.,]\s*\d)/i, (m, t) => {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    const x = nextDayNumbered(t, d);
    return range(x, x);
  }],
  // "by 5pm", "by midnight", "by lunchtime": today, when nothing else in the sentence names a day.
  [/\b(?:by|before|until|till)\s+(?:midnight|lunch(?:time)?|noon|midday|(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|[ap]\.m\.)|\d{1,2}:\d{2}))(?![\w])/i, (m, t) => {
    if (/\d{1,2}[\/.-]\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|week|month|year|tomorrow/i.test(m.input)) return null;
    return range(t, t);
  }],
  // "before the school holidays", "during the school hols": said in the run-up to a long school break (from seven weeks
  // before it) or during it, the break meant is that one, read as its own phrase: the summer holidays (1 July up north, 23
  // July in Britain, 19 December down south, round 16), the Christmas holidays up north (as "before the holidays", round
  // 23) and July's winter holidays down south. At other times of year (an autumn, Easter or spring break), or with no word
  // before it ("the school holidays were fun"), no date.
  [/\b(?:(before|by|until|till|ahead of|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to|over|during|in|for|after)\s+)(?:the\s+)?school\s+(?:holidays?|hols|vacations?|break)(?:\s+(?:start|starts|begin|begins|kick off|kicks off|finish|finishes|end|ends))?\b/i, (m, t, tz) => {
    const south = southern(tz);
    const breaks: [string, Day, Day][] = [t.y - 1, t.y].flatMap((y): [string, Day, Day][] => (south
      ? [['summer', { y, m: 12, d: 19 }, { y: y + 1, m: 1, d: 31 }], ['winter', { y: y + 1, m: 7, d: 1 }, { y: y + 1, m: 7, d: 31 }]]
      : [['summer', /^Europe\/(London|Belfast)/.test(tz) ? { y: y + 1, m: 7, d: 23 } : { y: y + 1, m: 7, d: 1 }, { y: y + 1, m: 8, d: 31 }], ['christmas', { y, m: 12, d: 20 }, { y: y + 1, m: 1, d: 3 }]]));
    const hit = breaks.find(([, a, b]) => toUtc(addDays(a, -49)) <= toUtc(t) && toUtc(t) <= toUtc(b));
    if (!hit) return null;
    return readRules(`${m[1]!.toLowerCase()} the ${hit[0]} holidays`, t, tz);
  }],
  // Christmas, Easter, Holy Week and All Saints' Day in Spanish, Portuguese, French, Italian, German and Dutch, with the
  // word before them, read as the English phrase: "antes de Navidad" is "before Christmas" (by the 24th), "avant la
  // Toussaint" "before All Saints' Day", "en Semana Santa" "during Holy Week", "nach Ostern" "after Easter".
  [/(?<![\p{L}])(antes del?|antes d[aeo]|hasta(?: el| la)?|para(?: el| la| o| a)?|at[ée](?: o| a| ao)?|en|por|durante|no|na|avant|d['’]ici(?: à)?|pour|pendant|à|au|vor|bis(?: zu)?|zu|an|über|nach|despu[ée]s del?|tras|depois d[aeo]|apr[eè]s|prima d(?:i|el(?:la)?)|entro|per|a|dopo|v[oó][oó]r|tegen|met|przed|po|p[âa]n[ăa](?: (?:de|la))?|[îi]nainte de|dup[ăa]|de|sebelum|setelah|sesudah|menjelang|sampai|kabla ya|baada ya|pered|pislia|pislya|do)\s+(?:(?:la|el|los|las|le|les|o|a|der|die|den|het|de|l['’])\s*)?(navidad(?:es)?|noël|weihnachten|natale|natal|kerst(?:mis|feest)?|semana santa|semaine sainte|karwoche|settimana santa|goede week|p[aâ]ques|ostern|pasqua|p[aá]scoa|pasen|d[ií]a de todos (?:los )?santos|todos (?:los )?santos|todos os santos|toussaint|allerheiligen|ognissanti|wszystkich [śs]wi[ęe]tych|wielkan\p{L}*|pa[șsş]te(?:le|lui)?|cr[ăa]ciun(?:ul|ului)?|(?:[śs]wi[ęe]t(?:a|ami|ach) )?bo[żz]\p{L}* narodzeni\p{L}*|hari natal|krismasi|pasaka|paskah|velyko?d\p{L}*|rizdv\p{L}*)(?![\p{L}])/iu, (m, t, tz) => {
    const p = m[1]!.toLowerCase(), n = m[2]!.toLowerCase();
    // "Natal" is Christmas only in Portuguese ("no Natal", "antes do Natal") and Indonesian ("sebelum Natal"); elsewhere a place.
    if (n === 'natal' && !/^(?:sebelum|setelah|sesudah|menjelang|sampai)$/.test(p) && !/(?:^|\s)(?:d?o|no|ao|pelo)\s+$|^(?:antes do|depois do|até o|até ao|para o|no)$/i.test(m[0].slice(0, m[0].length - m[2]!.length))) return null;
    const dutch = /kerst|pasen|goede week|allerheiligen/.test(n);
    // "de Paște" (Romanian: at Easter) alone names no side; "po", "după", "setelah", "baada ya" are after.
    if (p === 'de' && !/pa[șsş]te|cr[ăa]ciun/.test(n)) return null;
    const side = FOREIGN_AFTER_WORD.test(p) || (p === 'na' && dutch) ? 'after'
      : /^(?:en|por|durante|no|na|pendant|à|au|zu|an|über|a|met|de)$/.test(p) ? 'during' : 'before';
    const name = /navidad|noël|weihnacht|natal|kerst|cr[ăa]ciun|narodzen|krismasi|rizdv/.test(n) ? 'Christmas' : /semana santa|semaine sainte|karwoche|settimana santa|goede week/.test(n) ? 'Holy Week'
      : /santos|toussaint|allerheiligen|ognissanti|wszystkich/.test(n) ? "All Saints' Day" : 'Easter';
    // "después de Semana Santa", "nach der Karwoche": the Holy Week of these languages runs to Easter Sunday, so what
    // comes after it comes after Easter.
    return readRules(`${side} ${side === 'after' && name === 'Holy Week' ? 'Easter' : name}`, t, tz);
  }],
  // "antes del verano", "avant l'été", "vor dem Sommer", "prima dell'estate", "voor de zomer", "depois do inverno", "en
  // primavera": a season named in another language, read as the English "before / after / in" it (either hemisphere).
  [/(?<![\p{L}])(antes\s+del?|antes\s+d[oa]|hasta\s+el|at[ée]\s+(?:o|ao)|avant\s+(?:l['’]\s*|le\s+)|d['’]ici\s+(?:l['’]\s*|le\s+)|vor\s+dem|bis\s+zum|prima\s+dell?['’]?\s*|voor\s+de|despu[ée]s\s+del?|tras\s+el|depois\s+d[oa]|apr[eè]s\s+(?:l['’]\s*|le\s+)|nach\s+dem|dopo\s+l['’]?\s*|na\s+de|en\s+(?:el\s+)?|durante\s+el|no|na|em|au|nell['’]\s*|nella|nel|pendant\s+l['’]\s*|cet\s+|ce\s+|en\s+|im|in\s+de|quest['’]\s*|questa\s+)\s*(verano|invierno|oto[ñn]o|primavera|ver[ãa]o|inverno|outono|[ée]t[ée]|hiver|automne|printemps|sommer|winter|herbst|fr[üu]hling|fr[üu]hjahr|estate|autunno|zomer|herfst|lente)(?![\p{L}])/iu, (m, t, tz) => {
    const p = m[1]!.toLowerCase().trim(), n = m[2]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const season = /^(?:verano|verao|ete|sommer|estate|zomer)$/.test(n) ? 'summer' : /^(?:invierno|inverno|hiver|winter)$/.test(n) ? 'winter' : /^(?:otono|outono|automne|herbst|autunno|herfst)$/.test(n) ? 'autumn' : 'spring';
    // "winter" is also English: the English rules read it after an English word.
    if ((n === 'winter' || n === 'estate') && /^(?:in|no)$/.test(p)) return null;
    const side = FOREIGN_AFTER_WORD.test(p) || /^na\s/.test(p) ? 'after' : /^(?:en|durante|no|na|em|au|nel|pendant|cet|ce|im|in\s+de|quest|questa)/.test(p) ? 'in' : 'before';
    const order = ['spring', 'summer', 'autumn', 'winter'];
    // "depois do verão": after a season is the season after it.
    if (side === 'after') return readRules(`in ${order[(order.indexOf(season) + 1) % 4]}`, t, tz);
    // "antes del verano" said on 8 June: the season has begun by the month but not by the sun, so it ends the day
    // before the solstice or equinox (21 Jun, 22 Sep, 21 Dec, 20 Mar up north; the opposite season down south).
    if (side === 'before') {
      const north = southern(tz) ? order[(order.indexOf(season) + 2) % 4]! : season;
      const [sm, sd] = ({ spring: [3, 20], summer: [6, 21], autumn: [9, 22], winter: [12, 21] } as Record<string, [number, number]>)[north]!;
      if (t.m === sm && t.d < sd) return range(t, addDays({ y: t.y, m: sm, d: sd }, -1));
      // "antes del verano" said on 28 May: the month's turn is days away, so the season meant is the one the calendars of
      // these languages start at the solstice or equinox (a promise is not made for the next three days).
      if (t.m === sm - 1) return range(t, addDays({ y: t.y, m: sm, d: sd }, -1));
    }
    return readRules(`${side} ${season}`, t, tz);
  }],
  // "na semana a seguir à Páscoa", "la semana después de Navidad", "in der Woche nach Ostern": the week after a feast.
  [/(?<![\p{L}])(?:(?:en|na|la|a|in|nella|dans)\s+)?(?:(?:la|a|der|de)\s+)?(?:semana|semaine|woche|settimana|week)\s+(?:a seguir (?:à|ao|a)|seguinte (?:à|ao|a)|depois d[aeo]|despu[ée]s del?|siguiente al?|tras|apr[eè]s|nach|dopo|na)\s+(?:(?:la|el|le|l['’]|o|a|der|dem|den|il|het|de)\s*)?(navidad(?:es)?|noël|weihnachten|natale|natal|kerst(?:mis|feest)?|p[aâ]ques|ostern|pasqua|p[aá]scoa|pascua|pasen|carnaval|karneval|carnevale|fasching)(?![\p{L}])/iu, (m, t, tz) => {
    const n = m[1]!.toLowerCase();
    const name = /navidad|noël|weihnacht|natal|kerst/.test(n) ? 'Christmas' : /carn|karn|fasching/.test(n) ? 'Carnival' : 'Easter';
    return readRules(`the week after ${name}`, t, tz);
  }],
  // "antes de Inti Raymi", "avant la Bastille Day", "antes do Diwali": a holiday named as in English after a word for
  // "before" in another language is read as the English "before" it (round 9: ends the day before).
  [new RegExp(`(?<![\\p{L}])(?:antes\\s+d(?:e|el|a|o)|hasta(?:\\s+el|\\s+la)?|avant|vor|prima\\s+d(?:i|el(?:la)?)|przed|sebelum|bago\\s+(?:ang|mag(?=\\s))|bago\\s+mag-(?=\\p{L})|kabla\\s+ya|[îi]nainte\\s+de|tr[ưu][ớo]c|pered)(?:\\s+|(?<=-))(?:(?:el|la|le|l['’]|o|a|dem|der)\\s*)?${HOLIDAY_RE}(?![\\p{L}])`, 'iu'), (m, t, tz) => readRules(`before ${m[1]}`, t, tz)],
  // "Depois do Carnaval", "después del Día de la Independencia", "après l'Aïd", "nach Diwali": the same for "after".
  [new RegExp(`(?<![\\p{L}])(?:depois\\s+d[aeo]|despu[ée]s\\s+d(?:e|el)|apr[eè]s|nach|dopo|tras|setelah|sesudah|selepas|lepas|po|pagkatapos\\s+ng|baada\\s+ya|dup[ăa]|sau|pislia|pislya|після)\\s+(?:(?:el|la|le|les|l['’]|o|a|os|as|dem|der|den|il)\\s*)?(${HOLIDAY_RE.slice(1, -1)}|carn[ai]val|pfingsten|pentecost|songkran|nowruz|kwanzaa)(?![\\p{L}])`, 'iu'), (m, t, tz) => readRules(`after ${m[1]}`, t, tz)],
  // "para el Día de la Madre", "antes del Día de la Madre", "até o Dia das Mães", "pour la fête des mères", "bis zum
  // Muttertag", "voor Moederdag", "untuk Hari Ibu": Mother's Day named in another language, read as the English one.
  [/(?<![\p{L}])(?:(antes\s+d(?:e|el|a|o)|hasta|avant|vor|bis(?:\s+zum)?|at[ée](?:\s+ao|\s+o)?|voor|sebelum)|(depois\s+d[aeo]|despu[ée]s\s+d(?:e|el)|apr[eè]s|nach|na|setelah)|(para|pour|f[üu]r|zum|am|op|en|no|el|pada|untuk|le|o))\s+(?:(?:el|la|le|o|a|dem|der|den|de)\s+)?(d[ií]a\s+de\s+(?:la|las)\s+madres?|dia\s+das\s+m[ãa]es|f[êe]te\s+des\s+m[èe]res|muttertag|moederdag|hari\s+ibu)(?![\p{L}])/iu, (m, t, tz) => readRules(`${m[1] ? 'before' : m[2] ? 'after' : 'on'} Mother's Day`, t, tz)],
  // "avant les vacances de Noël", "antes de las vacaciones de Navidad", "vor den Weihnachtsferien", "dopo le vacanze
  // estive", "na de kerstvakantie", "depois das férias de verão": the school holidays named in another language, read
  // as the English "before/after the Christmas (Easter, summer) holidays".
  [/(?<![\p{L}])(avant|apr[eè]s|pendant|durant|antes\s+de|despu[ée]s\s+de|durante|vor|nach|in|w[äa]hrend|prima\s+d(?:elle|ei)|dopo|voor|na|tijdens|antes\s+d[ao]s|depois\s+d[ao]s|przed|po|do\s+ko[nń]ca|podczas|w\s+czasie|w)\s+(?:(?:les|las|los|den|die|le|i|de|het|as|os)\s+)?(wakacj\p{L}*|vacances\s+de\s+no[eë]l|vacances\s+de\s+p[aâ]ques|vacances\s+d['’]?[ée]t[ée]|grandes\s+vacances|vacaciones\s+de\s+(?:navidad|semana\s+santa|pascua|verano)|vacaciones\s+navide[ñn]as|weihnachtsferien|osterferien|sommerferien|vacanze\s+(?:di\s+natale|natalizie|di\s+pasqua|pasquali|estive)|kerstvakantie|kerstreces|paasvakantie|zomervakantie|f[ée]rias\s+(?:de\s+natal|da\s+p[aá]scoa|de\s+ver[ãa]o|de\s+julho))(?![\p{L}])/iu, (m, t, tz) => {
    const p = m[1]!.toLowerCase(), n = m[2]!.toLowerCase();
    const side = /^(?:apr|despu|nach|dopo|na$|depois|po$)/.test(p) ? 'after' : /^do\s+ko/.test(p) ? 'by the end of' : /^(?:pendant|durant|durante|in|w[äa]hrend|tijdens|podczas|w czasie|w)$/.test(p) ? 'during' : 'before';
    const which = /no[eë]l|navid|weihnacht|natal|kerst/.test(n) ? 'Christmas' : /p[aâ]ques|semana|pascua|oster|pasqu|paas|p[aá]scoa/.test(n) ? 'Easter' : 'summer';
    return readRules(`${side} the ${which} holidays`, t, tz);
  }],
  // Sides said after the feast: Hindi "Diwali ke baad" / "Holi se pehle" / "Diwali tak", Turkish "Bayram'dan sonra" /
  // "Ramazan'dan önce", Japanese romaji "Golden Week no mae ni" / "Obon no ato de": read as the English "after"/"before"/"by".
  [new RegExp(`(?<![\\p{L}])(${HOLIDAY_RE.slice(1, -1)}|golden week|chuseok|songkran|obon|o-bon|bayram|kurban bayram[ıi]|ramazan bayram[ıi]|şeker bayram[ıi]|seker bayrami)(?:(?:'|’)?(?:dan|den|tan|ten|ndan|nden)|\\s+(?:ke|k|no|se))?\\s+(baad|bad|pehle|pahle|sonra|[öo]nce|mae ni|mae made|made ni|ato de|ato ni|tak|takk)(?![\\p{L}])`, 'iu'), (m, t, tz) => {
    const side = /^(?:baad|bad|sonra|ato)/i.test(m[2]!) ? 'after' : /^(?:tak|made)/i.test(m[2]!) ? 'by' : 'before';
    const name = /bayram|şeker|seker/i.test(m[1]!) ? (/kurban/i.test(m[1]!) ? 'Eid al-Adha' : 'Eid') : m[1]!;
    return readRules(`${side} ${name}`, t, tz);
  }],
  // Feasts named in Finnish, Lithuanian, Czech, Slovak, Hungarian, Romanian, Greek, Welsh, Hebrew, Persian, Hindi, Bengali
  // and Thai with the word for "before", "by", "after" or "the week after" before or after them ("juhannuksen jälkeen",
  // "po Joninių", "do Velikonoc", "μετά το Πάσχα", "לשבוע שאחרי סוכות", "दिवाली के बाद", "পহেলা বৈশাখের আগে",
  // "หลังสงกรานต์"): read as the English phrase.
  [new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(${X_PRE})\s*)?(${X_FEAST})(?:\s+(${X_POST}))?(?![\p{L}\p{M}])`, 'iu'), (m, t, tz) => {
    const pre = (m[1] ?? '').toLowerCase(), f = m[2]!.toLowerCase(), post = (m[3] ?? '').toLowerCase();
    const feast = X_FEASTS.find(([re]) => re.test(f));
    if (!feast) return null;
    // "μέσα στη Διακαινήσιμο": a name that is itself a week (Bright Week, the week after Easter).
    if (/^the week/.test(feast[1])) return readRules(feast[1], t, tz);
    const side = /שבוע|εβδομ|j[äa]lkeise/.test(pre + ' ' + post) ? 'the week after'
      : /^(?:po|μετ|אחרי|לאחר|שאחרי|بعد|หลัง|ar\s)/.test(pre) || /^(?:j[äa]lkeen|ut[áa]n|के\s+बाद|পরে|পর$)/.test(post) ? 'after'
      : /^(?:prie[šs]|p[řr]ed|πριν|לפני|قبل|ก่อน|cyn|ennen)/.test(pre) || /^(?:el[őo]tt|से\s+पहले|আগে|(?:-|এর\s+)?আগে)/.test(post) ? 'before'
      : pre || /^(?:menness[äa]|तक|পর্যন্ত)/.test(post) || /(?:h[úu]sv[ée]t|kar[áa]csony)ig$/.test(f) ? 'by' : '';
    return side ? readRules(`${side} ${feast[1]}`, t, tz) : null;
  }],
  // Months in Hindi, Welsh and Thai, and "the end of the month" in Hungarian, Finnish, Estonian and Lithuanian: "नवंबर के
  // आख़िर तक" (by the end of November), "i ddiwedd mis Mehefin", "20 เม.ย. 70" (the Thai year 2570), "a hónap végéig".
  [new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:(?:(?:i|erbyn|tan)\s+)?(d?diwedd\s+(?:mis\s+)?|(?:ym\s+)?mis\s+)(${Object.keys(CY_MONTHS).join('|')})|(?:(\d{1,2})\s+)?(${Object.keys(HI_MONTHS).join('|')})(?:\s+के\s+(आख़िर|आखिर|अंत|अन्त|शुरू|शुरुआत|बीच)(?:\s+(?:तक|में))?|\s+(तक|में))?|(?:वा\S*\s+)?(\d{1,2})\s*(${Object.keys(TH_MONTHS).map((k) => k.replace(/\./g, '\\.')).join('|')})\s*(\d{4}|\d{2}(?!\d))?|((?:a\s+)?h[óo]nap\s+v[ée]g[ée](?:ig|re)|(?:t[äa]m[äa]n\s+)?kuun\s+loppuun(?:\s+menness[äa])?|(?:selle\s+)?kuu\s+l[õo]puks|iki\s+m[ėe]nesio\s+pabaigos|महीने\s+के\s+(?:आख़िर|आखिर|अंत)\s+तक|d?diwedd\s+y\s+mis))(?![\p{L}\p{M}\d])`, 'iu'), (m, t, tz) => {
    const EN = ['', ...MONTHS_EN];
    if (m[10]) return readRules('by the end of the month', t, tz);
    if (m[2]) return readRules(`${/diwedd/i.test(m[1]!) ? 'by the end of' : 'in'} ${EN[CY_MONTHS[m[2].toLowerCase()]!]}`, t, tz);
    if (m[4]) {
      const mo = EN[HI_MONTHS[m[4]]!]!;
      if (m[3]) return readRules(`${m[3]} ${mo}`, t, tz);
      const w = m[5] ?? m[6] ?? '';
      return readRules(/आख|अं|अन|तक/.test(w) ? `by the end of ${mo}` : /शुरू/.test(w) ? `early ${mo}` : /बीच/.test(w) ? `mid ${mo}` : `in ${mo}`, t, tz);
    }
    if (m[8]) {
      const y0 = m[9] ? Number(m[9]) : null;
      const y = y0 === null ? null : y0 < 100 ? 2500 + y0 - 543 : y0 > 2400 ? y0 - 543 : y0;
      return readRules(`${m[7]} ${EN[TH_MONTHS[m[8]]!]}${y ? ` ${y}` : ''}`, t, tz);
    }
    return null;
  }],
  // "by the twenty-first", "on the third": a day of the month written out, at the end of its phrase.
  // ("by the thirty first 👍": an emoji ends the phrase as a stop does.)
  [new RegExp(`(?:\\b(?:by|before|until|till|on)\\s+the\\s+|\\bthe\\s+)${ORD_RE}(?=\\s*(?:[.,;:!?)]|\\p{Extended_Pictographic}|$|(?:and|or|but|so|then|at|latest|at the latest)\\b))`, 'iu'), (m, t) => {
    const d = ORDINALS[m[1]!.toLowerCase().replace(/[\s-]+/, ' ')];
    if (!d) return null;
    const x = nextDayNumbered(t, d);
    return range(x, x);
  }],
];

function span(t: Day, n: number, unit: string): DueRange {
  const u = unit.toLowerCase();
  const end = u.startsWith('day') ? addDays(t, n) : u.startsWith('w') ? addDays(t, 7 * n) : u.startsWith('m') ? addMonths(t, n) : addMonths(t, 12 * n);
  return range(t, end);
}

const COMPILED: Rule[] = RULES.map(([re, f]) => [new RegExp(re.source.replace('MONTH', MONTH_RE), re.flags), f]);
// A cheap test per rule (a word its phrase must hold), so most rules never run their full expression.
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// Round 12's rules sit behind one shared test (NEW_GATE), so replies without any of their words pay for one scan, not twelve.
const FOREIGN_SEASON_HINT = /primavera|verano|ver[ãa]o|oto[ñn]o|outono|invierno|inverno|printemps|[ée]t[ée]|automne|hiver|estate|autunno|fr[üu]hling|fr[üu]hjahr|sommer|herbst|lente|voorjaar|zomer|herfst|najaar/i;
const NEW_HINTS: [string, RegExp][] = [
  ['(d[ií]a\\s+de\\s+(?:la|las)\\s+madres', /madre|m[ãa]es|m[èe]res|muttertag|moederdag|hari ibu/i],
  ['(?<![\\p{L}\\p{M}', X59_HINT],
  ['bank[- ]holidays?', /bank[- ]holiday/i],
  ['mid[- ]?week', /mid[- ]?week|middle of (?:the |this )?week/i],
  ['[年년]', /[月월]/],
  ['明日|明天', /明|内|내|后|後|모레|来|下|今|本|这|這|이번|다음|週|周|주말/],
  ['übermorgen', /morgen|demain|ma[ñn]ana|amanh|domani/i],
  ['(anfang|mitte|ende', /\b(?:awal|pertengahan|akhir|penghujung|hujung|mwanzoni|katikati|mwishoni|anfang|mitte|ende|d[ée]but|mi-|fin|principios|comienzos|inicios|mediados|finales|fines|inizio|met[àa]|fine|eind|half\s|in[íi]cio|meados|final de|fim de|i (?:början|borjan|begynnelsen|starten|mitten|midten|slutet|slutten|slutningen) a[vf])(?:\b|(?<=à)(?![a-z]))/i],
  ['w przyszłym tygodniu', OTHER_REL_HINT],
  ['stycznia', OTHER_MONTH_HINT],
  ['(orta|baş|son)', OTHER_MONTH_HINT],
  ['شباط', OTHER_MONTH_HINT],
  ['(cette semaine', /semaine|semana|woche|settiman[ae]|deze week|\b(?:ce|le|am|no|dit|questo) week-?end|fin de semana|finde|fine settimana|fim de semana|\b(?:mois|mes|monat|mese|maand|m[êe]s|jours?|d[íi]as|tagen?|giorni|dagen|weken|mesi|monaten|monats|monatsende|maanden)\b/i],
  ['(?:push(?:ed|es|ing)?', /(?:push|move|moving|bump|delay|defer|slide|slip|postpone|shift|kick)\w*\s+(?:(?:it|this|that|them|things|the\s+\S+|back|out|on|off|forward|by|another|a\s+further)\s+)*(?:an?|\d|one|two|three|four|five|six|couple|few|several)\b/i],
  ['(day|week|month)\\s+or\\s+(?:two', /next\s+(?:day|week|month)\s+or/i],
  ['between now and', /now and|now (?:un)?til/i],
  ['(?<![\\d.,:\\/])', /\d\.\d/],
  ['(two|three|four|2|3|4)\\s+', /days\s+(?:from\s+)?(?:now|to-?day)/i],
  ['clocks?\\s+(?:go', /\bclocks?\s/i],
  ['(first|last)\\s+(few|couple of', /\b(?:few|couple(?: of)?|two|three|2|3)\s+(?:days|weeks|wks)\s+(?:of|in)\b/i],
  ['matariki', /half[- ]?term|mid[- ]?term|summer (?:holiday|hols|vacation|break)|easter (?:holiday|hols|break|vacation)|advent|\blent\b|holy week|palm sunday|maundy|holy thursday|holy saturday|orthodox|pascha|matariki|king(?:'|’)?s ?day|koningsdag|jean|f[êe]te nationale/i],
  ['hogmanay', /michaelmas|michaeli|martinmas|martinstag|martin(?:'|’)?s day|candlemas|lichtmess|chandeleur|lammas|hogmanay|pentecost|pentec[ôo]|whit|pfingsten|pinksteren|ascension|ascensi|ascens[ãa]o|hemelvaart|himmelfahrt|fronleichnam|corpus christi|sacramentsdag|ferragosto|assunzione|assomption|golden week|carn[ai]val|karneval|carnevale|fasching|epiph|[ée]piph|three kings|reyes|\breis\b|befana|k[öo]nig|driekoning|midsum|midsom|juhannus|\bo-?bon\b|songkran|nowruz|norooz|kwanzaa|chuseok|muertos|day of the dead/i],
  ['(today|tomorrow|tonight)', /(?:weeks?|fortnight)\s+(?:from\s+)?(?:today|tomorrow|tonight)|[a-z]\s+fortnight/i],
  ['week after next\\b/i, (_m', /after next/i],
  ['the following week', /following week/i],
  ['(?:coming|next few', /(?:coming|next few|following few)\s+(?:days|weeks|months)/i],
  ['(20[2-4]\\d)', /(?:early|mid|middle|late|end|start|beginning|of|in|during|by|before|until|around)[\s-]+20[2-4]\d/i],
  ['demain', /demain|amanh|domani|ma[ñn]ana|morgen|bukas|bokra|bukra|bo2ra|bu2ra/i],
  ['(lundi|mardi', /lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|rcoles|jueves|viernes|bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ned[iì]|venerd|sabato|domenica|feira|(?:at[ée]|na|nesta|pr[óo]xima|essa|esta|dessa|desta)\s+(?:segunda|ter[çc]a|quarta|quinta|sexta)|dag\b|isnin|senin|selasa|rabu|khamis|kamis|juma|sabtu|ahad|alhamisi|ijumaa/i],
  ['(?:midnight', /\b(?:by|before|until|till)\s+(?:midnight|lunch|noon|midday|\d)/i],
  ['time next', /time next/i],
  ['(?:business|working', /(?:business|working|work|week)[- ]?days?/i],
  ['(?:calendar|ISO)', /\bk?w\s?\d|(?:calendar|iso) week|(?:vecka|veckan|uke|uka|uge|viikko|viikolla)\s+\d/i],
  ['weekend\\s+(?:of|in)', /weekend\s+(?:of|in)\b/i],
  ['(?:school|academic)', /(?:school|academic) year/i],
  ['school\\s+(?:holidays', /school\s+(?:holiday|hols|vacation|break)/i],
  ['navidad(?:es)?', FEAST_HINT],
  ['(primavera|verano', FOREIGN_SEASON_HINT],
];
const NEW_GATE = new RegExp(NEW_HINTS.map(([, h]) => `(?:${h.source})`).join('|'), 'i');
const HINTS: [string, RegExp][] = [
  // The day in Spanish or Portuguese words, whose month names would otherwise gate it as "juillet" does.
  ['no\\s+dia)\\s+((?:vinte|trinta)', /d[ií]a|\bel\s|\bdel\s/i],
  ['(?:(antes\\s+del|hasta\\s+el', /\d/],
  ['(?:de|du|del|di|do|da|des|van|de la)', /\b(?:mes|mois|mese|m[êe]s|monats?|monat|maand)\b/i],
  ['(quartals|jahres)', /quartal|jahres|trimestre|kwartaal|ann[ée]e|a[ñn]o\b|\bano\b|\banno\b|\bjaar\b/i],
  ['semaine prochaine', /semaine|semana|woche|settimana|volgende week|komende week|week erna/i],
  ['latest|at the latest)', /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i],
  ['(week|wk|half)\\s+(?:of|in)', /week|wk|half/i],
  ['(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+', /first|1st|second|2nd|third|3rd|fourth|4th|last|final/i],
  ['(H)([12])', /\bh[12]\b|half/i],
  ['(day|week|month)s?\\s+or', /day|week|month/i],
  ['(\\d{1,2})(st|nd|rd|th)\\b(?!', /\d(?:st|nd|rd|th)/i],
  ['(primer[oa]?|primeir[oa]', /lunes|martes|rcoles|jueves|viernes|bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ned[iì]|venerd|sabato|domenica|feira|dag\b/i],
  ['juillet', FMONTH_HINT],
  ['(?:новым|нового', /нов|now|nov/i],
  ['(?:نهاية|آخر', /الشهر/],
  ['ιανου[άα]ρ', /[\u0370-\u03ff]/],
  ['(január|február', /január|február|március|április|május|június|július|augusztus|szeptember|október|november|december/i],
  ['first thing', /year/i],
  ['(?:after|following|once)', /christmas|xmas|holiday|break|year/i],
  ['fortnight', /fortnight/i],
  ['(early|mid|middle of|late|beginning of|start of)[\\s-]*(?:next', /month/i],
  ['thanksgiving', /puthandu|vishu|vaisakhi|baisakhi|boishakh|baishakh|bihu|hallowmas|thanksgiving|waitangi|inti raymi|jo[ãa]o|anzac|easter|halloween|valentine|boxing|christmas|patrick|canada|labou?r|memorial|may day|diwali|deepavali|eid|ramadan|ramzan|puasa|raya|genn?a|ledet|timk[ae]t|bayram|ramazan|golden week|chuseok|songkran|\bo-?bon\b|new year|seollal|good fri|\bday\b|sunday|night|birthday|hanuk|chanuk|passover|pesach|sukkot|succot|sukkos|rosh hash|kippur|\bholi\b|festival|mardi|fiscal|financial|tax year|eofy|guy fawkes|shrove|pancake|ash wed|paddy|melbourne cup|\bnye\b|april fool|hari raya|lebaran|tabaski|a[iï]d el|idul|\bt[eế]t\b|orthodox|spring festival|pongal|sankranti|lohri|simbang|misa de gallo|juneteenth|civic holiday|black friday|cyber monday|super bowl|jayanti|\bfy\b|jordi|merdeka|madaraka|mashujaa|jamhuri|\bcny\b|patrias|enkutatash|carn[ai]val|pfingsten|pentecost|songkran|nowruz|kwanzaa/i],
  ['(day|week|wk|month|mth|year|yr)s?', /day|week|wk|month|mth|year|yr/i],
  ['another', /another|one more/i],
  ['christmas', /christmas|xmas|x-mas|holiday|break|festive|hols|vacation/i],
  ['july 4th', /july|independence/i],
  ['new year', /year|eoy/i],
  ['(?:and|or|to|through', MONTH_HINT],
  ['tomorrow', /tomorrow|tmrw|tmw|tmrow|tomorow|tommor|2mor/i],
  ['today', /today|tonight|tonite|2nite|this evening|this afternoon|this arvo|this morning|eod|end of|hour/i],
  ['after\\s+next', /after next/i],
  ['weekend', /weekend|wknd|wkend/i],
  ['week\\s+of', /week/i],
  ['week after next', /week after next/i],
  ['week', /week|\bwk\b|eow/i],
  ['month', /month|eom/i],
  ['year', /year/i],
  ['early|mid|middle', MONTH_HINT],
  ['spring|summer', /spring|summer|fall|autumn|winter/i],
  ['q([1-4])', /q[1-4]|quarter/i],
  ['ORD', MONTH_HINT],
  ['first|second|third|fourth|fifth', MONTH_HINT],
  ['(\\d{1,2})(?:st|nd|rd|th)?', MONTH_HINT],
  ['sunday|monday', /sun|mon|tue|wed|thu|fri|sat/i],
  ['the\\s+(\\d{1,2})(st|nd|rd|th)', /\d(?:st|nd|rd|th)/i],

  ['january|february', MONTH_HINT],
];
const RULE_GATED: boolean[] = RULES.map(([re]) => NEW_HINTS.some(([needle]) => re.source.includes(needle)));
const RULE_HINTS: (RegExp | null)[] = RULES.map(([re]) => {
  for (const [needle, hint] of [...NEW_HINTS, ...HINTS]) if (re.source.includes(needle)) return hint;
  return null;
});
// Many rules share a hint (118 hinted rules, 73 distinct hints): each distinct hint is tested once a text.
const HINT_LIST: RegExp[] = [...new Set(RULE_HINTS.filter((h): h is RegExp => h !== null))];
const RULE_HINT_AT: number[] = RULE_HINTS.map((h) => (h ? HINT_LIST.indexOf(h) : -1));
// Quick filter: a sentence without any of these cannot hold a date, so chrono is not asked.
const MAYBE_DATE = /\d|michaelmas|michaeli|martinmas|martinstag|martin(?:'|’)?s day|candlemas|lichtmess|chandeleur|lammas|(?:at[ée]|na|nesta|pr[óo]xima|essa|esta|dessa|desta)\s+(?:segunda|ter[çc]a|quarta|quinta|sexta)(?![a-zà-ÿ-])|\b(?:awal|pertengahan|akhir|penghujung|mwanzoni|mwishoni)\s|(?:para el|antes del|hasta el|despu[ée]s del|a partir del|antes do dia|at[ée] o dia|depois do dia|para o dia|el d[ií]a|no dia)\s|epiph|[ée]piph|three kings|reyes|\breis\b|befana|k[öo]nig|fasching|karneval|carnaval|\bcny\b|jordi|fiestas patrias|enkutatash|merdeka|\bhols\b|vacation|school break|puthandu|vishu|vaisakhi|baisakhi|boishakh|baishakh|bihu|hallowmas|\bfy\b|\bclocks?\s|bank[- ]holiday|festive|advent|super bowl|jayanti|pongal|sankranti|lohri|simbang|misa de gallo|term\b|\blent\b|pascha|matariki|koningsdag|jean|f[êe]te nationale|hari raya|lebaran|tabaski|idul|\bt[eế]t\b|[月월明内내后後来下今本这這이다週周주]|\b(?:anfang|mitte|ende|d[ée]but|mi-|fin|principios|comienzos|inicios|mediados|finales|fines|inizio|met[àa]|fine|eind|in[íi]cio|meados|final de|fim de|fim do|final do|quartals|jahres|trimestre|kwartaal|woche|mois|monat|mese|maand|m[êe]s|jours?|d[íi]as|tage|tagen|giorni|dagen|weken)\b|hogmanay|pentecost|pentec[ôo]|ascensi|ascens[ãa]o|hemelvaart|himmelfahrt|fronleichnam|corpus christi|sacramentsdag|ferragosto|assunzione|assomption|whit|pfingsten|pinksteren|ascension|golden week|carn[ai]val|midsum|midsom|juhannus|\bo-?bon\b|songkran|nowruz|norooz|kwanzaa|chuseok|muertos|day of the dead|demain|amanh|domani|ma[ñn]ana|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|rcoles|jueves|viernes|bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ned[iì]|domenica|feira|\bby (?:midnight|lunch|noon|midday)|semaine|semana|woche|settiman[ae]|today|melbourne cup|\bnye\b|paddy|shrove|pancake|\bwks?\b|\bmths?\b|\byrs?\b|night|hanuk|chanuk|passover|pesach|sukkot|succot|sukkos|rosh hash|kippur|\bholi\b|mardi gras|eofy|anzac|waitangi|inti raymi|s[ãa]o jo[ãa]o|juneteenth|groundhog|bastille|mlk|birthday|fiscal|financial|festival|guy fawkes|tonight|tonite|2nite|tomorrow|tmrw|tmw|tmrow|tomorow|tommor|2mor|wknd|wkend|\beo[mwyd]\b|fortnight|fév|fev|avr|abr|mai|jui|ao[uû]t|ago|okt|outu|déc|dez|dic|ene|setem|settem|gen|mag|giu|lug|ott|mei|maart|märz|março|week|month|miesi[aąę]c|year|day|spring|summer|fall|autumn|winter|christmas|xmas|holiday|thanksgiving|easter|halloween|valentine|patrick|diwali|deepavali|eid|ramadan|ramzan|puasa|seollal|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|quarter|\bq[1-4]\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|evening|morning|arvo|hour|január|február|március|április|május|június|július|augusztus|szeptember|október|الشهر|[\u0370-\u03ff]{4}|нового|новым|новим|nowego|nowym|novým|iunie|iulie|ianuarie|noiembrie/i;

const DAY_RANGE = /^\s*(?:-|–|to|or|\/|&)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?![\/.:]\d|\s*(?:am|pm|[ap]\.m\.|h\b|hours?|days?|weeks?|months?|people|of\b|[a-z]{3,}))/i;
const WEEK_OF = /\b(?:(?:in|during|over|on|for)\s+)?(?:the\s+)?(?:week(?:end)? (?:of|starting|beginning|commencing)|w\/c|wc)\s+(?:(?:mon(?:day)?|the)\s+)?$/i;
const N_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, f\u00fcnf: 5, una: 1, un: 1, une: 1, uma: 1, um: 1, dos: 2, deux: 2, dois: 2, duas: 2, due: 2, twee: 2, tres: 3, trois: 3, tr\u00eas: 3, tre: 3, drie: 3, cuatro: 4, quatre: 4, quatro: 4, quattro: 4, cinco: 5, cinq: 5, cinque: 5, vijf: 5, een: 1 };
const N_UNITS_BEFORE = /(?<![\p{L}\d])(\d{1,2}|a|an|one|two|three|four|five|six|ein|eine|zwei|drei|vier|fünf|una|un|une|uma|um|dos|deux|dois|duas|due|twee|tres|trois|três|tre|drie|cuatro|quatre|quatro|quattro|cinco|cinq|cinque|vijf|een)\s+(weeks?|days?|wochen?|tage?n?|semanas?|semaines?|settimane?|weken|d[íi]as?|jours?|giorni|dagen)\s+$/iu;
// "la semana del 9 de agosto", "la semaine du 9", "die Woche vom 9.", "de week van 9 augustus": the week of that day, in the
// other languages.
const WEEK_OF_FOREIGN = /(?<![\p{L}])(?:(?:la|a|die|de)\s+)?(?:semana|semaine|settimana|woche|week)\s+(?:del|du|de|do|da|dal|della|vom|van)\s+(?:(?:lunes|lundi|segunda|luned[iì]|montag|maandag)\s+)?$/iu;
// "la semaine après la Saint-Jean", "la semana después de Semana Santa", "die Woche nach Ostern": the week after that day.
const WEEK_AFTER_FOREIGN = /(?<![\p{L}])(?:(?:la|a|die|de)\s+)?(?:semaine|semana|settimana|woche|week)\s+(?:d'?après|apr[èe]s|despu[ée]s\s+de(?:l)?|tras|depois\s+d[aoe]s?|nach|dopo|na)\s+(?:(?:la|le|l['’]|el|los|las|o|a|os|as|der|dem|den|die|il|lo|het|de)\s*)?$/iu;
// "the month after", "the week after that": a date counted from the one named before it.
const REL_AFTER = /\b(?:in\s+|during\s+|on\s+|over\s+)?(?:the\s+)?(day|week|weekend|month|year)\s+after(?:\s+(?:that|this|it))?(?=\s*(?:[.,;:!?)]|$|(?:and|or|but|so|when|if|because|instead|then)\b|(?:i|we)\s*(?:(?:'|’)(?:m|ll|re)|will|am|are|shall)\b))/i;
const OFFSET_EVENT = new RegExp(`\\b${NUM_RE.replace('(', '(the|')}\\s+(days?|weeks?|weekends?)\\s+(before|after|ahead of|prior to)\\s+(?:the|our|my|your|their)\\s+[^,.;:()]{1,40}?(?:\\s*\\(\\s*(?:it|that|which|(?:the\\s+|our\\s+)?[a-z][a-z-]*)(?:(?:'|’)s|\\s+is|\\s+was)|\\s*,\\s*(?:which|that)(?:(?:'|’)s|\\s+is|\\s+was)|\\s*,|\\s*[-–—]|\\s+(?:is|(?:'|’)s))?(?:\\s+on)?\\s*$`, 'i');
// "the Sunday before ", "the Friday after ": a weekday placed by the date that follows (group 2, or the side word opens the date phrase).
const WEEKDAY_SIDE = new RegExp(`\\b(?:on\\s+)?(?:the\\s+)?${WEEKDAY_RE}\\s+(?:(before|after|ahead of)\\s+$|\\u0000$)`, 'i');
const GLOSSED_DAY = /(?<!\b(?:days?|weeks?|weekends?|months?|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+)\b(after|before)\s+(?:the\s+)?[^\s()][^()]{0,40}?\s*\((?:[^()]{0,40}?[,\s])?$/i;
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+|by\\s+)?(?:the\\s+)?${WEEKDAY_RE}$`, 'i');
/** The first date phrase in `text`, as an inclusive range in the person's timezone. */
/**
 * The first date phrase in `text`, widened where the words around it say so: "between Jan 10 and Jan 20" ends
 * on the 20th, "the week of the 14th" ends that Sunday, and "the notes from Saturday … by Wednesday" is due Wednesday.
 */
const CORRECTED_TO = /^\s*(?:--|[-–—,.;])?\s*(?:(?:(?:sorry|oops|no|wait|err|um+|or|actually)[,!.]?\s+)*(?:i mean|i meant|make (?:that|it)|or rather|rather)[,:]?\s+|(?:(?:no|oops|err|um+|actually|hang on)[,!.]?\s+)*(?:wait|scratch that|sorry)(?:[,!.]?\s+(?:no|actually))?[,!.:]?\s+)/i;
const betweenYears = (t: Day) => { const y = t.m === 1 && t.d <= 6 ? t.y - 1 : t.y; return range({ y, m: 12, d: 27 }, { y, m: 12, d: 31 }); };
const FOREIGN_BEFORE_DAY = /(?<![\p{L}])(?:antes(?:\s+d(?:el?|o|a))?|avant(?:\s+l[ea])?|vor(?:\s+dem)?|prima\s+del?|voor|przed|innan|f[öo]re|før|inden)\s+$/iu;
// "the week after the Adelaide Cup (that's the March long weekend for you east-coasters)": a gloss restating the day
// named before it explains it; the day named is read first.
const RESTATING_GLOSS = /\s*\(\s*(?:that(?:'|’)s|that is|i\.e\.?|ie|which is|aka|a\.k\.a\.)\s[^()]{2,80}\)/gi;
// A date said in a language the readers below do not know, read as its English: the side word ("ennen", "előtt", "से पहले",
// "আগে", "ก่อน", "לפני", "قبل از", "cyn", "baino lehen", "befit", "abans de", "până de", "iki", "तक") and the day or feast
// it sides with (a feast by its own name — "itsenäisyyspäivä", "Vėlinės", "פסח", "نوروز", "दिवाली", "Dydd Gŵyl Dewi",
// "Meskel", "Santo Tomas" — or a day and month in Hungarian, Bengali or Thai). The span returned is the original words.
const NATIVE_GATE = /[^\x00-\x7f]|ennen|enne\s|\bcyn\s|befit|baino lehen|aurretik|abans d|meskel|santo tom/i;
const NATIVE_BEFORE = String.raw`ennen|enne|לפני|(?:تا\s+)?قبل\s+از|ก่อน|abans\s+(?:de\s+|d['’])|cyn`;
const NATIVE_BY = String.raw`iki|până\s+(?:de|la|pe)|pana\s+(?:de|la|pe)|עד|تا|per`;
const NATIVE_AFTER_POST = String.raw`előtt|से\s+पहले|(?:এর\s+)?আগে|befit|baino\s+lehen|aurretik`;
const NATIVE_BY_POST = String.raw`तक|ig|-ig`;
const NATIVE_FEASTS: [RegExp, string][] = [
  [/^itsenäisyyspäiv\p{L}*|^vabariigi\s+aastapäev\p{L}*/iu, 'Independence Day'],
  [/^v[ėe]lin\p{L}*/iu, "All Souls' Day"],
  [/^ziua\s+na[țţt]ional[ăa]\p{L}*/iu, '1 December'],
  [/^(?:חג\s+)?ה?פסח/u, 'Passover'], [/^ה?חנוכה/u, 'Hanukkah'], [/^ראש\s+השנה/u, 'Rosh Hashanah'],
  [/^(?:عید\s+)?نوروز/u, 'Nowruz'],
  [/^(?:दिवाली|दीवाली|दीपावली)/u, 'Diwali'], [/^होली/u, 'Holi'], [/^(?:দিওয়ালি|দীপাবলি)/u, 'Diwali'],
  [/^m[eä]sk[ae]l/iu, '27 September'],
  [/^(?:els\s+)?reis(?![\p{L}])/iu, 'Epiphany'],
  [/^(?:san(?:to)?\s+tom[aá]s)(?:\s+(?:eguna|azoka))?/iu, '21 December'],
  [/^(?:dydd\s+)?g[ŵw]yl\s+dewi/iu, "St David's Day"],
  [/^g[ŵw]yl\s+y\s+glaniad/iu, '28 July'],
];
const HU_MONTH = /^(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s+(\d{1,2})\.?/iu;
const BN_MONTHS = ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'].map((b) => b.normalize('NFC'));
// (Hindi and Thai month names: the HI_MONTHS and TH_MONTHS tables above; Hindi's compared in NFC.)
const HI_MONTH_KEYS = Object.entries(HI_MONTHS).map(([k, v]) => [k.normalize('NFC'), v] as const);
const digitsOf = (x: string) => x.replace(/[০-৯]/gu, (c) => String(c.charCodeAt(0) - 0x09e6)).replace(/[०-९]/gu, (c) => String(c.charCodeAt(0) - 0x0966)).replace(/[๐-๙]/gu, (c) => String(c.charCodeAt(0) - 0x0e50));
// The day or feast at the start of `x`, in English, and how long it is.
function nativeDay(x: string): { en: string; len: number } | null {
  for (const [re, en] of NATIVE_FEASTS) { const m = re.exec(x); if (m) return { en, len: m[0].length }; }
  let m = HU_MONTH.exec(x);
  if (m) return { en: `${m[2]} ${MONTHS_EN[MONTHS_EN.findIndex((e, i) => /^(?:jan|feb|már|ápr|máj|jún|júl|aug|sze|okt|nov|dec)/iu.exec(m![1]!)?.[0].toLowerCase() === ['jan', 'feb', 'már', 'ápr', 'máj', 'jún', 'júl', 'aug', 'sze', 'okt', 'nov', 'dec'][i])]}`, len: m[0].length };
  // Hindi "15 अगस्त से पहले", "२६ जनवरी तक".
  m = /^([०-९\d]{1,2})\s*/u.exec(x);
  if (m) {
    const rest = x.slice(m[0].length).normalize('NFC'), k = (HI_MONTH_KEYS.find(([b]) => rest.startsWith(b))?.[1] ?? 0) - 1;
    if (k >= 0) return { en: `${digitsOf(m[1]!)} ${MONTHS_EN[k]}`, len: m[0].length + /^\S*/u.exec(x.slice(m[0].length))![0].length };
  }
  m = /^([০-৯\d]{1,2})(?:শে|ই|লা|রা|এ)?\s*/u.exec(x);
  if (m) {
    const rest = x.slice(m[0].length), k = BN_MONTHS.findIndex((b) => rest.normalize('NFC').startsWith(b));
    const tail = k >= 0 ? /^\S*/u.exec(rest)![0] : '';
    if (k >= 0) return { en: `${digitsOf(m[1]!)} ${MONTHS_EN[k]}`, len: m[0].length + tail.length };
  }
  // Thai: "วันพ่อ 5 ธ.ค." — a feast's name (left unread) with its day and month after it.
  m = /^(?:วัน\S{0,12}?\s*)?([๐-๙\d]{1,2})\s*(\S{1,3}\.[^\s.]{1,2})\.?/u.exec(x);
  if (m) { const k = (TH_MONTHS[m[2]! + '.'] ?? 0) - 1; if (k >= 0) return { en: `${digitsOf(m[1]!)} ${MONTHS_EN[k]}`, len: m[0].length }; }
  return null;
}
// (Thai writes no spaces between words: its "ก่อน" may follow a letter.)
const NATIVE_PRE = new RegExp(String.raw`(?:(?<![\p{L}\p{M}])(${NATIVE_BEFORE}|${NATIVE_BY})|(ก่อน))\s*`, 'giu');
const NATIVE_POST = new RegExp(String.raw`^\s*(?:${NATIVE_AFTER_POST}|(${NATIVE_BY_POST}))(?![\p{L}\p{M}])`, 'iu');
function nativeDue(text: string, received: Date, timezone: string): DueMatch | null {
  // A side word, then the day ("ennen itsenäisyyspäivää", "לפני פסח", "cyn Dydd Gŵyl Dewi", "ก่อนวันพ่อ 5 ธ.ค.").
  for (const m of text.matchAll(NATIVE_PRE)) {
    const at = m.index! + m[0].length, d = nativeDay(text.slice(at));
    if (!d) continue;
    const side = m[1] && new RegExp(`^(?:${NATIVE_BY})$`, 'iu').test(m[1].trim()) ? 'by' : 'before';
    const r = findDue(`${side} ${d.en}`, received, timezone);
    if (r) return { start: r.start, end: r.end, text: text.slice(m.index!, at + d.len) };
  }
  // The day, then the side word after it ("Augusztus 20. előtt", "दिवाली से पहले", "Ke Meskel befit", "Santo Tomas baino lehen").
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{M}\d০-৯]/u.test(text[i - 1]!)) continue;
    const d = nativeDay(text.slice(i));
    if (!d) continue;
    const post = NATIVE_POST.exec(text.slice(i + d.len));
    if (!post) continue;
    const r = findDue(`${post[1] ? 'by' : 'before'} ${d.en}`, received, timezone);
    const lead = /(?:^|\s)(?:ke|a|az)\s+$/iu.exec(text.slice(0, i));
    if (r) return { start: r.start, end: r.end, text: text.slice(lead ? lead.index + (lead[0].startsWith(' ') ? 1 : 0) : i, i + d.len + post[0].length) };
  }
  return null;
}
// The readers of one reply ask for the date in the same words many times (a sentence, its clauses, the action cut from
// it): each (words, moment received, zone) is read once. `understand` empties the memo as it starts a reply, so it holds
// one reply's readings (and never more than MEMO_MAX, for other callers); callers get copies, never the kept object.
const UNIT_SIDE = /(?<![\p{L}])(?:(?:on|in|during|over|by|for)\s+)?the\s+(day|week|weekend)\s+(after|before)\s+$/iu;
// Words that open a window after a day ("after Easter", "once the hall reopens", "después de Reyes", "depois do Natal").
const AFTER_WORD = String.raw`after|once|following|despu[ée]s\s+de|depois\s+d[aoe]s?|apr[èe]s|nach|dopo`;
const OPENS_AFTER = new RegExp(String.raw`^(?:(?:right|just|straight|shortly|soon)\s+)?(?:${AFTER_WORD})(?![\p{L}])`, 'iu');
/** A window opening after a day said anywhere in `text`. */
export const OPENS_AFTER_IN = new RegExp(String.raw`(?<![\p{L}])(?:${AFTER_WORD})\s`, 'iu');
const DUE_MEMO = new Map<string, DueMatch | null>();
const CUT_MEMO = new Map<string, { due: DueRange | null; rest: string }>();
const MEMO_MAX = 512;
export function forgetDates(): void {
  DUE_MEMO.clear();
  CUT_MEMO.clear();
}
export function findDue(text: string, received: Date, timezone = 'UTC'): DueMatch | null {
  const key = `${received.getTime()}|${timezone}|${text}`;
  let r = DUE_MEMO.get(key);
  if (r === undefined) {
    r = readDue(text, received, timezone);
    if (DUE_MEMO.size >= MEMO_MAX) DUE_MEMO.clear();
    DUE_MEMO.set(key, r);
  }
  return r && { ...r };
}
// "on 20th Feb – sorry, make that 27th", "on July 18 -- no wait, the 25th, the 18th is a holiday", "on Saturday, October 17
// – correction, the hall is closed that weekend, so it's Saturday the 24th": a date corrected in the same sentence is the
// one said after the correction — right after it, or after "so it's" / "now it's" later in that sentence; what is said
// between (the reason) holds no date of the promise. A bare day ("27th", "Saturday the 24th") is in the corrected date's
// month (the next month once that day has passed).
const MID_CORR_GATE = /\b(?:wait|make (?:that|it)|scratch that|change that|correction|i mean|i meant|or rather)\b/i;
const MID_CORR = /\s*(?:--|[-–—,;])\s*(?:(?:sorry|oops|no|err|um+|actually|hang on)[,!.]?\s+)*(?:wait|i mean|i meant|make (?:that|it)|scratch that|change that|correction|or rather)(?:[,!.]?\s+(?:no|actually|make (?:that|it)))?[,!.:]?\s+/gi;
const MID_CORR_SO = /\b(?:so|now)\s+(?:it(?:'|’)s|it is|it(?:'|’)ll be|it will be|we(?:'|’)re doing it|we(?:'|’)ll do it|make it)\s+/i;
const BARE_DAY_OF = /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$/i;
/** Whether `r` is one whole calendar month ("October", "en octubre"). */
export function isWholeMonth(r: DueRange): boolean {
  const a = parseDay(r.start), b = parseDay(r.end);
  return a.d === 1 && a.y === b.y && a.m === b.m && b.d === daysIn(b.y, b.m);
}
/** Day `n` of the month `prev` ends in (of the next month once that day has passed): "make that the 27th" after a date. */
export function dayInMonthOf(prev: { end: string }, n: number, received: Date, timezone = 'UTC'): { start: string; end: string } | null {
  const e = parseDay(prev.end), today = localDay(received, timezone);
  if (n < 1 || n > daysIn(e.y, e.m)) return null;
  let x: Day = { y: e.y, m: e.m, d: n };
  if (toUtc(x) < toUtc(today)) { const nx = addMonths({ y: e.y, m: e.m, d: 1 }, 1); x = { ...nx, d: Math.min(n, daysIn(nx.y, nx.m)) }; }
  return range(x, x);
}
function midCorrection(text: string, received: Date, timezone: string): DueMatch | null {
  for (const m of text.matchAll(MID_CORR)) {
    const before = text.slice(0, m.index).replace(/[\s,.;:]+$/, '');
    const a = findDue1(before, received, timezone);
    if (!a || !before.endsWith(a.text)) continue;
    const after = text.slice(m.index! + m[0].length);
    const sentence = /^[^.!?]*/.exec(after)![0];
    let say = /^[^,;()–—]*/.exec(sentence)![0].trim(), at = 0;
    let b = say ? findDue1(say, received, timezone) : null;
    if (!(b && say.indexOf(b.text) === 0) && !BARE_DAY_OF.test(say)) {
      const so = MID_CORR_SO.exec(sentence);
      if (!so) continue;
      at = so.index + so[0].length;
      say = /^[^,;()–—]*/.exec(sentence.slice(at))![0].trim();
      b = say ? findDue1(say, received, timezone) : null;
      if (!(b && say.indexOf(b.text) === 0) && !BARE_DAY_OF.test(say)) continue;
    }
    const bare = BARE_DAY_OF.exec(b ? b.text : say);
    let due: { start: string; end: string } | null = b && { start: b.start, end: b.end };
    if (bare) due = dayInMonthOf(a, Number(bare[1]), received, timezone);
    if (!due) continue;
    const end = m.index! + m[0].length + at + sentence.slice(at).indexOf(say) + (b ? b.text.length : say.length);
    return { ...due, text: text.slice(before.length - a.text.length, end) };
  }
  return null;
}
function readDue(text: string, received: Date, timezone: string): DueMatch | null {
  if (MID_CORR_GATE.test(text)) { const mc = midCorrection(text, received, timezone); if (mc) return mc; }
  // "a kitchen table spring": dictation's slip for the sprint is no season.
  if (/table[\s-]+spring/i.test(text)) return findDue(text.replace(/(\btable[\s-]+)spring(?![a-z])/gi, '$1sprint'), received, timezone);
  if (NATIVE_GATE.test(text)) { const nd = nativeDue(text, received, timezone); if (nd) return nd; }
  if (text.includes('(')) {
    const masked = text.replace(RESTATING_GLOSS, (g) => ' '.repeat(g.length));
    if (masked !== text) {
      const r = findDue(masked, received, timezone);
      if (r) return r;
    }
  }
  const a = findDue1(text, received, timezone);
  if (!a) return null;
  const i = text.indexOf(a.text);
  if (i < 0) return a;
  const before = text.slice(0, i), after = text.slice(i + a.text.length);
  // "the weekend after July 4th", "the day before 12 March", "the week after the 9th": counted from the day named, as
  // "the week after Easter" is.
  const unitSide = a.start === a.end ? UNIT_SIDE.exec(before) : null;
  if (unitSide) {
    const r = aroundDay(parseDay(a.start), '', unitSide[1], unitSide[2], undefined, undefined, localDay(received, timezone), timezone);
    if (r) return { ...r, text: text.slice(unitSide.index + (unitSide[0].length - unitSide[0].trimStart().length), i + a.text.length) };
  }
  // "on Tuesday -- sorry, I mean Thursday", "Friday, no wait, Saturday": the day said last is the one meant.
  // "after the CNY holidays, by end-March", "después de Reyes, el sábado 9 de enero": a window opening after a day, then the
  // deadline or the day itself said beside it: the second, narrower date is the one meant.
  if (OPENS_AFTER.test(a.text)) {
    const lead = /^\s*,\s*/.exec(after);
    const b = lead ? findDue1(after.slice(lead[0].length), received, timezone) : null;
    if (b && after.slice(lead![0].length).indexOf(b.text) <= 12 && b.end >= a.start) return { start: b.start, end: b.end, text: text.slice(i, i + a.text.length + lead![0].length + after.slice(lead![0].length).indexOf(b.text) + b.text.length) };
  }
  const corr = CORRECTED_TO.exec(after);
  if (corr) {
    const rest = after.slice(corr[0].length), b = findDue1(rest, received, timezone);
    if (b && rest.indexOf(b.text) === 0) return { start: b.start, end: b.end, text: text.slice(i, i + a.text.length + corr[0].length + b.text.length) };
  }
  // "no sábado dia 1 de maio", "el sábado 1 de mayo", "Saturday the 1st of May": a weekday with its date is that date.
  const wdd = a.start === a.end && !/\d/.test(a.text) && a.text.trim().split(/\s+/).length <= 3 ? /^\s*,?\s*(?:(?:dia|d[ií]a|el|le|den|the)\s+)?(?=\d)/i.exec(after) : null;
  if (wdd) {
    const rest = after.slice(wdd[0].length), b = findDue1(rest, received, timezone);
    if (b && b.start === b.end && rest.indexOf(b.text) === 0) return { start: b.start, end: b.end, text: text.slice(i, i + a.text.length + wdd[0].length + b.text.length) };
  }
  // "antes del 21 de marzo", "avant le 1er mai", "vor dem 3. Mai": before a day ends the day before it, as "before 21 March".
  const fb = a.start === a.end ? FOREIGN_BEFORE_DAY.exec(before) : null;
  if (fb) {
    const today = localDay(received, timezone), x = addDays(parseDay(a.end), -1);
    if (toUtc(x) >= toUtc(today)) return { ...range(today, x), text: text.slice(fb.index, i + a.text.length) };
  }
  // "We're in Ramzan now, so … after Eid", "I'm in exams at the moment": the season the person is in now is no due; a
  // date said after it may be.
  if (/\b(?:we(?:'|’)re|i(?:'|’)m|we are|i am|it(?:'|’)s|it is)\s+(?:(?:still|now|currently|right now)\s+)?(?:in\s+(?:the\s+(?:middle\s+of\s+(?:the\s+)?)?)?)?$/i.test(before) && (/\bin\s+(?:the\s+)?(?:middle\s+of\s+(?:the\s+)?)?$/i.test(before) || /^in\s/i.test(a.text)) && /^\s*(?:now|right now|at the moment|currently|atm)\b/i.test(after)) {
    return findDue(text.slice(0, i) + 'x'.repeat(a.text.length) + after, received, timezone);
  }
  // "From May I will run classes, every Sunday morning", "every other Tuesday": a weekday that recurs is no due; another date may be.
  if (/\b(?:every|each)(?:\s+(?:other|second|third|alternate))?\s+$/i.test(before) && new RegExp(`^(?:on\\s+)?${WEEKDAY_RE}$`, 'i').test(a.text)) {
    const other = findDue(text.slice(0, i) + 'x'.repeat(a.text.length) + after, received, timezone);
    return other;
  }
  // "once Lent is over", "when the bazaar is done", "as soon as Ramadan ends": after it, as "after Lent" (the week after).
  const over = /^\s+(?:(?:is|are|has|have)\s+(?:(?:well and truly|all|finally|properly)\s+)?(?:over|done|finished|ended|past|behind us|out of the way)|(?:ends|finishes|wraps up))\b/i.exec(after);
  const once = over ? /\b(?:once|when|after|as soon as)\s+(?:the\s+)?$/i.exec(before) : null;
  if (over && once && !/^(?:after|before|by|until|till|during|in|on|over|for|from|within|the week|next|this)\b/i.test(a.text)) {
    const e = parseDay(a.end);
    return { ...range(addDays(e, 1), addDays(e, 7)), text: text.slice(once.index, i + a.text.length + over[0].length) };
  }
  // "the Sunday before Christmas", "the Friday after the 12th": that weekday nearest the day named, on its side.
  const wdb = WEEKDAY_SIDE.exec(before + (/^(?:before|after|ahead of)\s/i.test(a.text) ? '\u0000' : ''));
  const side = wdb ? (wdb[2] ?? /^(before|after|ahead of)\b/i.exec(a.text)?.[1] ?? '').toLowerCase() : '';
  if (wdb && side) {
    const wd = WEEKDAYS[wdb[1]!.toLowerCase().replace('.', '')]!;
    // A phrase that starts with its side word already ends the day before (or starts the day after) the day it names.
    const own = !wdb[2] && a.start !== a.end; // a single day is the day named itself ("before March 3" from chrono)
    let x: Day;
    if (side === 'after') { const s0 = own ? parseDay(a.start) : addDays(parseDay(a.end), 1); x = nextWeekday(s0, wd); }
    else { const e0 = own ? parseDay(a.end) : addDays(parseDay(a.start), -1); x = addDays(e0, -((weekday(e0) - wd + 7) % 7)); }
    return { ...range(x, x), text: text.slice(wdb.index, i + a.text.length) };
  }
  // "the Saturday before the 12th": the weekday was read first; place it by the date after it.
  const wda = BARE_WEEKDAY.exec(a.text);
  const sd = wda ? /^\s+(before|after)\s+/i.exec(after) : null;
  if (wda && sd) {
    const rest = after.slice(sd[0].length), b = findDue1(rest, received, timezone);
    if (b && rest.indexOf(b.text) === 0 && b.start === b.end) {
      const wd = WEEKDAYS[wda[1]!.toLowerCase().replace('.', '')]!, d = parseDay(b.start);
      const x = /after/i.test(sd[1]!) ? nextWeekday(addDays(d, 1), wd) : addDays(d, -(((weekday(d) - wd + 6) % 7) + 1));
      return { ...range(x, x), text: text.slice(i, i + a.text.length + sd[0].length + b.text.length) };
    }
    // "the Saturday after the street party": placed by something with no date here, so not the coming Saturday; a
    // date later on may still be read ("the Saturday after the fair, so by 3 May").
    if (/\bthe\s+$/i.test(before)) {
      const k = i + a.text.length + sd[0].length, later = findDue(text.slice(k), received, timezone);
      return later ? { ...later } : null;
    }
  }
  // "After Enkutatash (our new year, 12 September)": a day the writer glosses with its date is placed by the side word
  // before the name, as "after Easter" is (the week after it).
  const gl = a.start === a.end ? GLOSSED_DAY.exec(before) : null;
  const close = gl ? /^\s*\)/.exec(after) : null;
  if (gl && close) {
    const x = parseDay(a.end), side = gl[1]!.toLowerCase();
    const r = side === 'after' ? range(addDays(x, 1), addDays(x, 7)) : range(localDay(received, timezone), addDays(x, -1));
    if (r.end >= r.start) return { ...r, text: text.slice(gl.index, i + a.text.length + close[0].length) };
  }
  // "first thing next week", "first thing next month": its first day.
  if (a.start !== a.end && /\bfirst thing\s+(?:on\s+|in\s+)?$/i.test(before)) return { ...range(parseDay(a.start), parseDay(a.start)), text: a.text };
  const bm = /\b(?:(?:sometime|some time|anytime|any time)\s+)?(between|from)\s+$/i.exec(before);
  const am = /^\s*(?:and|to|until|till|through|thru|-|–|&)\s+/i.exec(after);
  if (bm && am) {
    const rest = after.slice(am[0].length);
    const b = findDue1(rest, received, timezone);
    const j = b ? rest.indexOf(b.text) : -1;
    if (b && j >= 0 && j <= 4 && b.end >= a.end) return { start: a.start, end: b.end, text: text.slice(bm.index, i + a.text.length + am[0].length + j + b.text.length) };
    // "between the 13th and 15th": a bare later day in the same month.
    const bare = a.start === a.end ? /^(\d{1,2})(?:st|nd|rd|th)\b/i.exec(rest) : null;
    if (bare) {
      const x = parseDay(a.end), d = Number(bare[1]);
      if (d > x.d && d <= daysIn(x.y, x.m)) return { start: a.start, end: iso({ ...x, d }), text: text.slice(bm.index, i + a.text.length + am[0].length + bare[0].length) };
    }
  }
  // "13-14 Nov", "13th–15th September": the day named carries the month, and the earlier day joins the phrase.
  const dl = a.start === a.end && /^\d/.test(a.text) ? /(?<![\d\/.:])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|&)\s*$/i.exec(before) : null;
  if (dl && Number(dl[1]) >= 1 && Number(dl[1]) < parseDay(a.end).d) return { start: iso({ ...parseDay(a.end), d: Number(dl[1]) }), end: a.end, text: text.slice(dl.index, i + a.text.length) };
  // "on Saturday or Sunday", "by the end of the month, or early Feb at the latest": the later one ends it.
  const om = /^\s*(?:,?\s*or(?:\s+(?:maybe|perhaps|possibly|else|at the latest|at latest))?\s+|\/\s*)/i.exec(after);
  if (om) {
    // "this month or next", "this week or next": the unit named before.
    const rest0 = after.slice(om[0].length), unit = /^next\b(?!\s+[a-z])/i.test(rest0) ? /\bthis\s+(week(?:end)?|month|year)\b/i.exec(a.text)?.[1] : undefined;
    const rest = unit ? `next ${unit}` : rest0;
    // "this weekend or next": the weekend after this one (a bare "next weekend" on a weekday is the coming one).
    const b = unit && /weekend/i.test(unit) ? { start: iso(addDays(parseDay(a.start), 7)), end: iso(addDays(parseDay(a.end), 7)), text: rest } : findDue1(rest, received, timezone);
    const j = b ? rest.indexOf(b.text) : -1;
    if (b && j >= 0 && j <= 4 && b.end > a.end) return { start: a.start, end: b.end, text: text.slice(i, i + a.text.length + om[0].length + (unit ? 4 : j + b.text.length)) };
  }
  // "Feb 14-15", "the 14th or 15th": the later day ends it.
  const dr = a.start === a.end ? DAY_RANGE.exec(after) : null;
  if (dr) {
    const x = parseDay(a.end), d = Number(dr[1]);
    if (d > x.d && d <= daysIn(x.y, x.m)) return { start: a.start, end: iso({ ...x, d }), text: a.text + dr[0] };
  }
  // "two weeks after Easter", "zwei Wochen nach Ostern", "tres semanas después de Pascua": counted from the day itself
  // ("after Easter" alone is the week after it, so the day is the one before that week).
  const nb = /^(?:after|nach|apr[èe]s|despu[ée]s|tras|depois|dopo|na)\s/i.test(a.text) ? N_UNITS_BEFORE.exec(before) : null;
  if (nb) {
    const n = N_WORDS[nb[1]!.toLowerCase()] ?? Number(nb[1]), week = /^(?:w|se|sem|set)/i.test(nb[2]!);
    const s0 = parseDay(a.start), e0 = parseDay(a.end);
    const x = toUtc(e0) - toUtc(s0) === 6 * 86_400_000 ? addDays(s0, -1) : e0;
    if (n > 0 && n < 60) {
      const y = addDays(x, n * (week ? 7 : 1));
      return { ...(week ? range(y, addDays(y, 6)) : range(y, y)), text: text.slice(nb.index, i + a.text.length) };
    }
  }
  // "la semaine après la Saint-Jean": the Monday-to-Sunday week after the day named.
  // "semana del 9 de agosto": the date phrase may have taken the "del" that belongs to "semana".
  const before2 = a.start === a.end && /\b(?:semana|semaine|settimana|woche|week)\b/i.test(before) ? before + (/^(?:del|de la|de|du|do|da|dal|vom|van)\s+/i.exec(a.text)?.[0] ?? '') : '';
  const wa = before2 ? WEEK_AFTER_FOREIGN.exec(before2) : null;
  if (wa) { const { mon, sun } = weekOf(addDays(parseDay(a.end), 7)); return { ...range(mon, sun), text: text.slice(wa.index, i + a.text.length) }; }
  const wk = WEEK_OF.exec(before) ?? (before2 ? WEEK_OF_FOREIGN.exec(before2) : null);
  if (wk && a.start === a.end) {
    const { sun } = weekOf(parseDay(a.start));
    // "the weekend of the 13th": that Saturday and Sunday.
    if (/weekend/i.test(wk[0])) { const x = parseDay(a.start), sat = weekday(x) === 0 ? addDays(x, -1) : nextWeekday(x, 6); return { ...range(sat, addDays(sat, 1)), text: text.slice(wk.index, i + a.text.length) }; }
    return { start: a.start, end: iso(sun), text: text.slice(wk.index, i + a.text.length) };
  }
  // "I'm away in June, so I'll host it the month after": counted from the date named before.
  const rel = REL_AFTER.exec(after);
  if (rel) {
    const unit = rel[1]!.toLowerCase(), s = parseDay(a.start), e = parseDay(a.end);
    let r: DueRange;
    if (unit === 'day') r = range(addDays(e, 1), addDays(e, 1));
    else if (unit === 'month') { const n = addMonths({ ...s, d: 1 }, 1); r = monthRange(n.y, n.m); }
    else if (unit === 'year') r = range({ y: s.y + 1, m: 1, d: 1 }, { y: s.y + 1, m: 12, d: 31 });
    else if (unit === 'weekend') { const sat = nextWeekday(addDays(e, 1), 6); r = range(sat, addDays(sat, 1)); }
    else { const { mon, sun } = weekOf(addDays(e, 7)); r = range(mon, sun); }
    return { ...r, text: rel[0].trim() };
  }
  // "a week before the workshop on January 20", "the day after the hackathon (it's on Dec 5)": counted from the event's date.
  const off = OFFSET_EVENT.exec(before);
  if (off) {
    // "the weekend after the AGM, which is Thursday the 23rd": the Saturday and Sunday after (or before) that day.
    if (/^weekend/i.test(off[2]!)) {
      const x = parseDay(/^after$/i.test(off[3]!) ? a.end : a.start);
      const sat = /^after$/i.test(off[3]!) ? nextWeekday(addDays(x, 1), 6) : addDays(x, -((((weekday(x) - 6 + 7) % 7) || 7) + (weekday(x) === 0 ? 7 : 0)));
      return { ...range(sat, addDays(sat, 1)), text: text.slice(off.index, i + a.text.length) };
    }
    const n = /^the$/i.test(off[1]!) ? 1 : num(off[1]!), days = (/^w/i.test(off[2]!) ? 7 : 1) * n * (/^after$/i.test(off[3]!) ? 1 : -1);
    const x = addDays(parseDay(a.end), days);
    // "the week after the launch on May 5" is that whole next week, as "the week after Easter" (round 9).
    const wr = /^the$/i.test(off[1]!) && /^w/i.test(off[2]!) ? weekOf(x) : null;
    const close = off[0].includes('(') ? /^\s*\)/.exec(after)?.[0] ?? '' : '';
    return { ...(wr ? range(wr.mon, wr.sun) : range(x, x)), text: text.slice(off.index, i + a.text.length) + close };
  }
  // "the notes from Saturday": a past reference, not the due date, when another date follows.
  if ((/\b(?:from|since|of|after)\s+(?:last\s+)?$/i.test(before) || /^(?:from|since)\s/i.test(a.text))) {
    const b = findDue(after, received, timezone);
    if (b) return b;
  }
  return a;
}

// "the Tuesday coding club", "our Friday meetup": a weekday naming a thing, not a day (round 14). Masked with as many
// letters, so what any rule matches elsewhere in the text is still the text's own words.
const NOUN_WEEKDAY = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?<=\b(?:the|our|my|their|his|her|a|every|each|weekly|usual)\s+[a-z]+|(?<!\b(?:let|it|that|what|here|there|who|he|she))[a-z](?:'|’)s\s+[a-z]+)(?=\s+(?!(?:after|before|morning|afternoon|evening|night|lunchtime|of|following|that|coming|week|weekend|in|at|when|and|or|to|the|we|i|you|this|next|before|by|is|was|will)\b)[a-z][a-z-]+)/gi;
// ("the bike kitchen's Saturday shifts": after a possessive too.)
// "the Friday night sessions", "a Saturday morning repair café": a weekday and a part of the day naming a thing.
const NOUN_WEEKDAY_PART = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?<=\b(?:the|our|my|their|his|her|a|every|each|weekly|usual)\s+[a-z]+)(?=\s+(?:morning|afternoon|evening|night|lunchtime)\s+(?!(?:at|in|on|by|to|and|or|for|with|if|when|before|after|of|i|we|you|is|was|will|this|next|the|that)\b)[a-z][a-z-]+)/gi;
// "the notes from Saturday's meetup", "a post about last Tuesday": a day gone by, no due date ("the last Friday of May" stays).
const PAST_WEEKDAY = /\b(?:(?<=\b(?:from|about|since|of)\s+(?:last\s+)?)(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?=(?:'|’)s\s+[a-z])|(?<=\blast\s+)(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu|thurs|fri|sat)\b(?!\s+(?:of|in)\b))/gi;
// "a room for next year's events", "this season's fixtures": a year or term that owns a thing names what it is, no due.
const YEAR_OWNS = /\b(?:next|this|last|the coming|coming|the following)\s+(?:year|term|season|semester)(?=(?:'|’)s\s+(?!(?:time|end)\b)[a-z])/gi;
// "they've been nagging me since Easter", "closed since January": a holiday or month after "since" is gone by, no due.
const SINCE_PAST = new RegExp(String.raw`\bsince\s+(?:(?:last|the)\s+)?(?:${HOLIDAY_RE}|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b)`, 'gi');
// "Ask Kuya Jun", "tell Auntie May", "Dr. April Ng": a month's name after a title or kinship word is a person's name.
const TITLE_NAME = /\b((?:Kuya|Ate|Tito|Tita|Lolo|Lola|Manong|Manang|Mang|Aling|Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Uncle|Auntie|Aunty|Aunt|Pak|Bu|Ibu|Bapak|Mas|Mbak|Kak|Bang|Mzee|Sr|Sra|Srta|Don|Doña|Dona|Herr|Frau|Mme|Mlle|M)\.?\s+)(?:Jun|June|Jan|April|May|August|Augusto|Augustin|Mar|Mayo|Marzo|Abril|Julio|Junio|Octavio|Mai)\b/g;
const TITLE_NAME_HINT = /\b(?:Kuya|Ate|Tito|Tita|Lolo|Lola|Manong|Manang|Mang|Aling|Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Uncle|Auntie|Aunty|Aunt|Pak|Bu|Ibu|Bapak|Mas|Mbak|Kak|Bang|Mzee|Sr|Sra|Srta|Don|Doña|Dona|Herr|Frau|Mme|Mlle|M)\.?\s+(?:Jun|June|Jan|April|May|August|Augusto|Augustin|Mar|Mayo|Marzo|Abril|Julio|Junio|Octavio|Mai)\b/;
const RECUR_HINT = /(?<![\p{L}])(?:cada|tod[oa]s|tous|toutes|jeden|jede|elke|iedere|setiap|tiap|ogni|tutti|kila)\s/iu;
const RECUR_WEEKDAY = /(?<![\p{L}])(?:a\s+)?(?:cada|tod[oa]s\s+(?:l[oa]s|[oa]s)|tous\s+les|toutes\s+les|jeden|jede|elke|iedere|setiap|tiap|ogni|tutti\s+i|kila)\s+(?:(?:zweiten|dritten|tweede|derde|segund[oa]|second[oa]|deuxi[èe]me|otro|outro|dos|due)\s+)?(?:hari\s+)?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segundas?-feiras?|ter[çc]as?-feiras?|quartas?-feiras?|quintas?-feiras?|sextas?-feiras?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|senin|selasa|rabu|kamis|jumat|sabtu|minggu|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili)(?![\p{L}])(?:\s+(?:kedua|ketiga|pertama|terakhir)(?![\p{L}]))?/giu;
function findDue1(text: string, received: Date, timezone = 'UTC'): DueMatch | null {
  if (!MAYBE_DATE.test(text) && !OTHER_REL_HINT.test(text) && !OTHER_MONTH_HINT.test(text) && !FEAST_HINT.test(text) && !FOREIGN_SEASON_HINT.test(text) && !X59_HINT.test(text) && !mayNameHoliday(text, timezone, iso(localDay(received, timezone)))) return null;
  // "before of Christmas", "after of the holidays" (antes de / antes do / avant de / depois do): the "of" is the first
  // language's; blanked (same length, so places hold).
  if (/\b(?:before|after)\s+of\s/i.test(text)) text = text.replace(/\b(before|after)(\s+of)(?=\s+\p{L})/giu, (_w, side: string, of: string) => side + ' '.repeat(of.length));
  if (/day\s+[a-z]/i.test(text)) text = text.replace(NOUN_WEEKDAY, (w) => 'x'.repeat(w.length)).replace(NOUN_WEEKDAY_PART, (w) => 'x'.repeat(w.length));
  if (/(?:day(?:'|’)s\s|last\s+(?:sun|mon|tue|wed|thu|fri|sat))/i.test(text)) text = text.replace(PAST_WEEKDAY, (w) => 'x'.repeat(w.length));
  // "cada sábado", "elke tweede vrijdag", "setiap Sabtu kedua", "jeden Mittwoch": a weekday that recurs is no due (as "every
  // Sunday"); a date said beside it ("empezando este sábado") still is one.
  if (RECUR_HINT.test(text)) text = text.replace(RECUR_WEEKDAY, (w) => 'x'.repeat(w.length));
  if (/(?:year|term|season|semester)(?:'|’)s\s/i.test(text)) text = text.replace(YEAR_OWNS, (w) => 'x'.repeat(w.length));
  if (/\bsince\s/i.test(text)) text = text.replace(SINCE_PAST, (w) => 'x'.repeat(w.length));
  if (TITLE_NAME_HINT.test(text)) text = text.replace(TITLE_NAME, (w, title: string) => title + 'x'.repeat(w.length - title.length));
  const today = localDay(received, timezone);
  if (EVENT_NAMED_HINT.test(text)) text = maskEventNamed(text, today, timezone);
  return readRules(text, today, timezone);
}

// "posters for the Boxing Day dip this weekend", "programs for the block's Juneteenth cookout by Juneteenth", "our Diwali
// party", "la fiesta de Navidad" is not read here: a holiday's name before the kind of event it names (an attribute, after an
// article or an owner) is the event's name, not a date; the sentence's own date ("this weekend", "by Juneteenth") is read,
// and with none the promise has no date. After a side word ("before the Christmas market") the day is still read.
const EVENT_NOUN = String.raw`dip|swim|plunge|part(?:y|ies)|picnics?|parades?|cookouts?|barbecues?|bbqs?|braais?|markets?|fairs?|fayres?|dinners?|potlucks?|bazaars?|concerts?|services?|lunch(?:es)?|luncheons?|sales?|fetes?|f[êe]tes?|festivals?|celebrations?|melas?|shows?|socials?|dances?|balls?|brunch(?:es)?|fundraisers?|drives?|appeals?|hampers?|raffles?|breakfasts?|suppers?|feasts?|galas?|pageants?|pantos?|programs?|programmes?|processions?|walks?|fun runs?|bash(?:es)?|get-togethers?|gatherings?|festivities|fireworks|bonfires?|mass(?:es)?|vigils?|tournaments?|matche?s?|games?|stalls?|booths?|tents?|open house|iftars?|pujas?|poojas?|kirtans?|jamborees?|exhibitions?|events?|assembl(?:y|ies)|performances?|recitals?|plays?|outings?|trips?|displays?|decorations?|cards?|lights|carols?|carolling|caroling|sing-?alongs?|bake sale|food drive|toy drive|coat drive|coffee mornings?|teas?|skates?|skating|hikes?|races?|quiz(?:zes)?|bingo|ceilidhs?|dips`;
const EVENT_NAMED_HINT = new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*\s+(?:${EVENT_NOUN})(?![\p{L}])`, 'u');
const EVENT_NAMED = new RegExp(String.raw`(?<![\p{L}])(the|our|my|their|your|his|her|its|this|a|an|(?:this|next|last) year(?:'|’)s|\p{L}+(?:'|’)s?)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?)(?=(?:${EVENT_NOUN})(?![\p{L}]))`, 'gu');
const EVENT_SIDE = /(?<![\p{L}])(?:by|before|b4|until|till|ahead of|after|during|over|around|through|throughout|in time for|in the (?:run|lead)[- ]up to|leading up to|on|at)\s+$/iu;
function maskEventNamed(text: string, today: Day, timezone: string): string {
  return text.replace(EVENT_NAMED, (w, lead: string, name: string, at: number) => {
    const nm = name.trim();
    if (/^(?:the|a|an)$/i.test(lead) && EVENT_SIDE.test(text.slice(0, at))) return w;
    const r = readRules(`on ${nm}`, today, timezone);
    if (!r || !/\p{L}/u.test(r.text) || r.text.replace(/^on\s+/i, '').length < nm.length - 1) return w;
    return lead + name.replace(/\S/g, 'x');
  });
}

// Words around a holiday of the person's own country (holidays.ts): a side or unit before it ("the week after", "by",
// the foreign sides of FOREIGN_SIDE,
// "antes del", "przed", "sebelum"), "el puente de" (its long weekend), and "weekend"/"long weekend"/"starts" after it.
const ZONE_LEAD = new RegExp(String.raw`(?:(?<![\p{L}])(?:the\s+)?(day|week|weekend)\s+(after|before)\s+|(?:(?:right|just|straight|shortly|soon|immediately)\s+)?(by|before|b4|until|till|ahead of|this side of|in the (?:run|lead)[- ]up to|the (?:run|lead)[- ]up to|leading up to|on|at|over|for|around|after|during|through|throughout|${FOREIGN_SIDE}|do|para|pada|sa|el\s+(?:puente|finde(?:\s+largo)?)\s+d(?:e|el)|(?:puente|finde(?:\s+largo)?)\s+d(?:e|el)|(?:le\s+)?pont\s+d[eu]|(?:o\s+)?feriad[aã]o\s+d[aeo]|(?:n?o\s+|el\s+)?feriado\s+d(?:[aeo]|el)|f[øo]r|tegen|at[ée])\s+)?(?:(?:the|el|la|le|l['’]|o|a|os|as|dem|der|den|il)\s*)?(?:(?:d[ií]a|jour|giorno)\s+d(?:e|el|o|a|u|i)\s+)?$`, 'iu');
const ZONE_TAIL = /^\s+(long weekend|weekend|break|day|starts|begins|holidays?)\b/i;
const COUNTRY_NAMED = /\b(?:heritage|family|youth|freedom|republic|reconciliation|victory|flag|constitution|national|children(?:'|’)?s|teachers(?:'|’)?|independence|labou?r|civic|founders(?:'|’)?|unity|liberation|martyrs(?:'|’)?|heroes(?:'|’)?)\s+day\b/i;
function zoneHoliday(text: string, today: Day, tz: string): (DueMatch & { index: number }) | null {
  const h = findHoliday(text, tz, iso(today));
  if (!h) return null;
  const lead = ZONE_LEAD.exec(text.slice(0, h.index))!;
  const tail = ZONE_TAIL.exec(text.slice(h.index + h.length));
  const w = (lead[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
  // A one-word name is often a place too ("treaty grounds at Waitangi", "Vivo en Natal"): only with a word of time before it.
  if (!/\s/.test(h.name.trim()) || !/\s/.test(text.slice(h.index, h.index + h.length).trim())) {
    if (!lead[1] && !tail && (!w || /^(?:at|for|on|sa|pada|para)$/.test(w))) return null;
  }
  const side = FOREIGN_BEFORE_WORD.test(w) ? 'before'
    : /^(?:tegen|at[ée])$/.test(w) ? 'by'
    : FOREIGN_AFTER_WORD.test(w) || (w === 'na' && /^(?:Europe\/(?:Amsterdam|Brussels)|America\/(?:Paramaribo|Curacao|Aruba))$/.test(tz)) ? 'after'
    : /puente|finde|pont|feriad/.test(w) ? 'on' : /^(?:para|pada|sa)$/.test(w) ? 'on' : w;
  const suffix = /puente|finde|pont|feriad[aã]o/.test(w) ? 'weekend' : tail?.[1];
  const x = parseDay(h.day);
  const r = aroundDay(x, h.name.toLowerCase(), lead[1], lead[2], side, suffix, today, tz);
  if (!r) return null;
  const start = lead[0] ? h.index - lead[0].length + (lead[0].length - lead[0].trimStart().length) : h.index;
  const end = h.index + h.length + (tail ? tail[0].length : 0);
  return { ...r, text: text.slice(start, end).trim(), index: start };
}

/** The rules (then chrono) over `text`, said on `today`: also how a phrase in other words is read as its English one. */
function readRules(text: string, today: Day, timezone: string): DueMatch | null {
  let best: (DueMatch & { index: number }) | null = null;
  const gate = NEW_GATE.test(text);
  const hinted = new Int8Array(HINT_LIST.length); // 0 not yet tested, 1 found, 2 not found
  for (let k = 0; k < COMPILED.length; k++) {
    if (!gate && RULE_GATED[k]) continue;
    const h = RULE_HINT_AT[k]!;
    if (h >= 0) {
      if (hinted[h] === 0) hinted[h] = HINT_LIST[h]!.test(text) ? 1 : 2;
      if (hinted[h] === 2) continue;
    }
    const [re, f] = COMPILED[k]!;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    // "Not this year — can we say Q1?": a time refused is no due date.
    if (/\bnot\s+$/i.test(text.slice(0, m.index + lead)) && /^(?:this|next|today|tonight|tomorrow)\b/i.test(m[0].trimStart())) continue;
    // "après le bac": an ASCII word edge (\b) inside a word with an accented letter ("apr|ès") is no date.
    if (/^[^\x00-\x7f]/.test(text.slice(m.index + m[0].length)) && /[a-z]$/i.test(m[0]) && /^\p{L}/u.test(text.slice(m.index + m[0].length))) continue;
    const r = f(m, today, timezone);
    if (!r) continue;
    const cand = { ...r, text: m[0].trim(), index: m.index + lead };
    // Rules are in order of specificity; a later rule wins only with a longer phrase that covers the earlier one.
    if (!best) best = cand;
    else if (cand.index <= best.index && cand.index + cand.text.length >= best.index + best.text.length && cand.text.length > best.text.length) best = cand;
  }
  // A holiday of the person's own country (holidays.ts) where no rule read a date; a day whose name several countries
  // keep on different dates ("Heritage Day") is the person's country's.
  const z = zoneHoliday(text, today, timezone);
  if (z && (!best || (z.index < best.index + best.text.length && best.index < z.index + z.text.length && COUNTRY_NAMED.test(best.text) && z.end !== best.end))) best = z;
  if (best) return { start: best.start, end: best.end, text: best.text };
  return chronoDue(text, today, timezone);
}

// chrono-node for what the rules above do not know ("12/5", "Dec 5th at 7pm", "a fortnight").
// Zones whose people write numeric dates month first ("12/5" is December 5); elsewhere "05/12" is 5 December.
const MONTH_FIRST = /^(?:UTC|Etc\/.*|US\/.*|Canada\/.*|Pacific\/Honolulu|Asia\/Manila|America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Metlakatla|Yakutat|Menominee|Indiana\/.*|Kentucky\/.*|North_Dakota\/.*|Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal|Moncton|Glace_Bay|Whitehorse|Dawson|Yellowknife|Iqaluit|Swift_Current|Thunder_Bay|Nipigon|Rainy_River|Goose_Bay|Cambridge_Bay|Inuvik|Rankin_Inlet|Resolute|Atikokan|Creston|Dawson_Creek|Fort_Nelson|Puerto_Rico))$/;

// A preposition before chrono's match, as a word of its own ("that weekend" has none: "at" is inside "that").
const CHRONO_PREP = /(?<![\p{L}'’])(?:by|before|until|on|in|at)\s+$/iu;
function chronoDue(text: string, today: Day, timezone = 'UTC'): DueMatch | null {
  const ref = new Date(Date.UTC(today.y, today.m - 1, today.d, 12));
  // "14 Feb 10:00-12:00": a clock time is no day of the month ("Feb 10"); times are blanked (same length, so places hold).
  if (/\d:\d\d/.test(text)) text = text.replace(/(?<![\d:])\d{1,2}:\d{2}(?![\d:])/g, (w) => ' '.repeat(w.length));
  let res: chrono.ParsedResult[];
  try {
    // "the week of 13/9": a bare "the week" names no day, so the date after it is read (and the week around it, in findDue).
    res = (MONTH_FIRST.test(timezone) ? chrono : chrono.en.GB).parse(text, { instant: ref, timezone: 0 }, { forwardDate: true }).filter((x) => !/^(?:in\s+|during\s+|for\s+)?(?:the|a)\s+(?:week|weekend|month|year)$/i.test(x.text.trim()))
      // "a storytelling afternoon ... on 7/11": a part of the day alone names no day, so the date after it is read.
      .filter((x) => x.start.isCertain('day') || x.start.isCertain('month') || x.start.isCertain('weekday') || !/^(?:this\s+|the\s+|an?\s+)?(?:morning|afternoon|evening|night|noon|midday|lunchtime|tonight)$/i.test(x.text.trim()))
      // "a weekend coding corner", "our weekend workshop": a bare "weekend" naming a kind of thing is no date (the rules
      // read "this weekend", "at the weekend", "over the weekend").
      .filter((x) => !/^week-?ends?$/i.test(x.text.trim()) || !(/\b(?:a|an|one|any|every|each|some|our|my|their|your|his|her|its)\s+$/i.test(text.slice(0, x.index)) || /^[\s-]+(?!(?:and|or|but|so|to|for|if|when|then|too|i|we|is|will|please|instead|works?|at|in|on|with)\b)[a-z]/i.test(text.slice(x.index + x.text.length))));
  } catch {
    return null;
  }
  // "à mon message d'hier", "mon frère": the French "mon" before a noun is no Monday.
  res = res.filter((x) => !(/^mon$/i.test(x.text.trim()) && /^\s+(?!(?:at|or|and|morning|afternoon|evening|night|the|next|to|or|is|works?|pls|please|then)\b)\p{Ll}/u.test(text.slice(x.index + x.text.length))));
  // "après le bac", "Aprílis": chrono's ASCII word edge cuts "apr" out of a word with an accented letter; a date inside a
  // word is none.
  if (/[^\x00-\x7f]/.test(text)) res = res.filter((x) => !/^\p{L}/u.test(text.slice(x.index + x.text.length)) && !/\p{L}$/u.test(text.slice(0, x.index)));
  // "may" and "march" are verbs far more often than months when written in lower case.
  const r = res.find((x) => !/^(?:right )?now$/i.test(x.text.trim())) && res.find((x) => !/^(may|march|sun|sat|wed|(?:right )?now)$/i.test(x.text.trim()) || /\b(?:by|on|until|till|before|next|this)\s+$/i.test(text.slice(0, x.index)) && !/^(may|march)$/.test(x.text.trim()));
  if (!r) return null;
  // "my 3D printer": a dimension, not three days.
  if (/^\d\s?d$/i.test(r.text.trim()) && /^\s+[a-z]/i.test(text.slice(r.index + r.text.length))) return null;
  // "for Grade 8s", "the under-10s", "the 90s": a plural of a number (a year group, an age, a decade), not 8 seconds.
  if (/^\d{1,4}s$/i.test(r.text.trim())) return null;
  // "el 2 hago": chrono reads "2 h ago" into a word of another language; no time in the past is a due date.
  if (/\bh?ago$/i.test(r.text.trim()) && !/\sago$/i.test(r.text.trim())) return null;
  // "a second one", "run a second session": an ordinal, not a second of time (nor "a minute", "an hour" from now).
  if (/^(?:in\s+|for\s+)?(?:a|an|one)\s+(?:second|sec|minute|min|moment|hour)$/i.test(r.text.trim())) return null;
  // "a 10 minute lightning talk", "our 2 hour workshop": a length said before a noun describes the thing, no time from now.
  if (/^\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)$/i.test(r.text.trim()) && /\b(?:a|an|the|our|my|his|her|their|this|that|one|each)\s+$/i.test(text.slice(0, r.index)) && /^\s+\p{L}/u.test(text.slice(r.index + r.text.length))) return null;
  // "2/3 of the snacks" is a fraction.
  if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) && /^\s*of\b/i.test(text.slice(r.index + r.text.length))) return null;
  const s = r.start;
  if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('weekday')) return null;
  const day: Day = { y: s.get('year')!, m: s.get('month')!, d: s.get('day')! };
  let startDay = day;
  let endDay = day;
  if (r.end) endDay = { y: r.end.get('year')!, m: r.end.get('month')!, d: r.end.get('day')! };
  else if (s.isCertain('month') && !s.isCertain('day')) {
    startDay = { ...day, d: 1 };
    endDay = { ...day, d: daysIn(day.y, day.m) };
  }
  // "what we did last week", "since yesterday": a day already gone is no due date.
  if (toUtc(endDay) < toUtc(today)) return null;
  const prep = CHRONO_PREP.exec(text.slice(0, r.index));
  return { ...range(startDay, endDay), text: (prep ? prep[0] : '') + r.text };
}

/** `findDue` plus the text with the date phrase (and its preposition) taken out. */
// Words around a date phrase that belong to it: "sometime next week", "first thing Monday", "by 5pm Friday",
// "Friday at the latest", "in two weeks' time", "Monday morning at 10am".
const WEEKDAY_BEFORE = /(?<![\p{L}])(?:(?:sa|el|le|am|on|o|na|no|il|ngayong)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sabato|domenica|linggo|lunes|martes|miyerkules|huwebes|biyernes)\s*,\s*$/iu;
const AR_WEEKDAY_BEFORE = /(?:(?:في\s+)?يوم\s+)?(?:ال)(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)\s*[،,]?\s*$/u;
const BEFORE_DATE = /(?:\b(?:sometime|some time|later|first thing(?: on)?|no later than|not later than|(?:at the (?:very )?)?latest(?: by)?|on or(?: before| by)?|(?:by|before|at|until)?\s*(?:the\s+)?(?:end|close) of(?:\s+(?:play|business|day))?|(?:by\s+)?(?:cob|eop|eod)|towards?|roughly|approximately|around|(?:by|before|at|until)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)(?:\s+on)?)\s+)+$/i;
const BEFORE_PREP = fastEdges(/(?:\b(?:by|before|until|till|on|for|no later than)|(?<![\p{L}])(?:bis|bis zum|zum|am|vor|vor dem|avant|avant le|hasta|hasta el|antes del|antes de|antes do|antes da|para el|até|até ao|entro|prima di|prima del|voor|uiterlijk|(?:ten laatste|op zijn laatst|uiterlijk)\s+(?:tegen|op|voor)|tegen|sebelum|den|innan|senast|inden|før|(?:på|sa|pe)|przed|do|sebelum tanggal|starting|empezando|comenzando|a partir(?:\s+d(?:e|el|o|a))?|à partir(?:\s+d(?:u|e))?|vanaf|mulai(?:\s+bulan)?|hari|im|i|genre|tipo|ungef[äa]hr|etwa|omstreeks|sekitar|kira-kira))\s+$/iu);
const AFTER_DATE = /^(?:(?:'|’)s?\s+time\b|\s*(?:at the (?:very )?latest|latest|at the earliest|or so|or sooner|or earlier|-?ish|tops|max|morning|afternoon|evening|night|eod|cob|itself|(?:at|around|from|@)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)(?:\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?)\b)/i;

export function cutDue(text: string, received: Date, timezone = 'UTC'): { due: DueRange | null; rest: string } {
  const key = `${received.getTime()}|${timezone}|${text}`;
  let r = CUT_MEMO.get(key);
  if (r === undefined) {
    r = readCut(text, received, timezone);
    if (CUT_MEMO.size >= MEMO_MAX) CUT_MEMO.clear();
    CUT_MEMO.set(key, r);
  }
  return { due: r.due && { ...r.due }, rest: r.rest };
}
function readCut(text: string, received: Date, timezone: string): { due: DueRange | null; rest: string } {
  if (/\b(?:before|after)\s+of\s/i.test(text)) text = text.replace(/\b(before|after)\s+of(?=\s+\p{L})/giu, '$1');
  const m = findDue(text, received, timezone);
  if (!m) return { due: null, rest: text };
  // "cada sábado empezando este sábado": the day is the one said outside the recurring phrase.
  let i = RECUR_HINT.test(text) ? text.replace(RECUR_WEEKDAY, (w) => 'x'.repeat(w.length)).indexOf(m.text) : text.indexOf(m.text);
  if (i < 0) i = text.indexOf(m.text);
  const i0 = i;
  let j = i + m.text.length;
  if (i >= 0) {
    const b = BEFORE_DATE.exec(text.slice(0, i));
    if (b) i = b.index;
    // "sa Sabado, June 19", "el sábado, 19 de junio": the weekday named before the date goes with it.
    // ("يوم السبت ٢٤ تموز": the Arabic weekday, with or without "يوم", needs no comma.)
    const wd = /\d|[٠-٩]/.test(m.text) ? WEEKDAY_BEFORE.exec(text.slice(0, i)) ?? AR_WEEKDAY_BEFORE.exec(text.slice(0, i)) : null;
    if (wd) i = wd.index;
    if (!/^(?:by|before|until|till|on|in|at|during|within|over|for|from|no later)\b/i.test(m.text)) {
      const p = BEFORE_PREP.exec(text.slice(0, i));
      if (p) i = p.index;
      // "a finales de marzo", "a inizio aprile", "no início de maio": the "a" / "no" of a part of a month goes with it.
      else if (/^(?:principios|comienzos|inicios|mediados|finales|fines|fin|inizio|met[àa]|fine|in[íi]cio|meados|final|fim|d[ée]but|mi-)/i.test(m.text)) {
        const q = /(?<![\p{L}])(?:a|al|à|em|no|na|ao|en|in|agli|alla|sul)\s+$/iu.exec(text.slice(0, i));
        if (q) i = q.index;
      }
      // "un taller el sábado", "un atelier le samedi", "am Samstag": the article of a weekday named in another language goes with it.
      if (i === i0 && /^(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|ter[çc]a|quarta|quinta|sexta|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/i.test(m.text)) {
        // "el próximo sábado", "o próximo sábado", "il prossimo sabato": "next" with its article goes too.
        const q = /(?<![\p{L}])(?:(?:el|la|o|a|no|na|le|il|am)\s+)?(?:pr[óo]xim[oa]|prossim[oa]|prochain|n[äa]chsten)\s+$|(?<![\p{L}])(?:el|le|il|o|no|na|am|op|este|ce|questo|diesen|kommenden|prochain)\s+$/iu.exec(text.slice(0, i));
        if (q) {
          i = q.index;
          // "empezando este sábado": the "from" before the article goes too.
          const p2 = BEFORE_PREP.exec(text.slice(0, i));
          if (p2) i = p2.index;
        }
      }
      // "restart the choir come the spring", "…, come September": "come" before a time is "when it comes", part of the date;
      // after a subject or a modal ("we'll come Friday") it is the verb.
      const c = /(?<![\p{L}'’])come\s+$/iu.exec(text.slice(0, i));
      if (c && !/(?:\b(?:i|we|you|they|he|she|will|shall|can|could|would|might|may|must|should|to|please|not|never|also)|(?:'|’)ll|(?:'|’)d)\s+$/i.test(text.slice(0, c.index))) i = c.index;
    }
    for (let k = 0; k < 3; k++) {
      const a = AFTER_DATE.exec(text.slice(j));
      if (!a) break;
      j += a[0].length;
    }
    // "after Easter (our Easter, 2 May)": the writer's gloss of the day goes with it.
    const gloss = /^\s*\([^()]{1,40}\)/.exec(text.slice(j));
    if (gloss && /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(gloss[0]) && findDue1(gloss[0].replace(/[()]/g, ' '), received, timezone)) j += gloss[0].length;
  }
  const rest = i < 0 ? text : (text.slice(0, i) + ' ' + text.slice(j)).replace(/\s{2,}/g, ' ').replace(/\s+([,.;!?])/g, '$1').trim();
  return { due: { start: m.start, end: m.end }, rest };
}
