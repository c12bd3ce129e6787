// Dates in words for emails: "31 March 2027", "by 31 March 2027", "Monday 14 December 2026".
// Intl formatters are costly to build and cheap to reuse: one per timezone.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "31 March 2027" for a YYYY-MM-DD day. */
export function dayText(ymd: string): string {
  return dayFormat.format(new Date(`${ymd}T12:00:00Z`));
}

/** "by 31 March 2027", or "on 12 December 2026" when the range is one day. */
export function dueText(due: { start?: string | null; end?: string | null } | null | undefined): string | null {
  if (!due?.end) return null;
  return due.start === due.end ? `on ${dayText(due.end)}` : `by ${dayText(due.end)}`;
}

/** "Monday 14 December 2026" in the person's timezone. */
export function dateText(d: Date, timezone: string): string {
  let f = dateFormats.get(timezone);
  if (!f) dateFormats.set(timezone, (f = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: timezone })));
  return f.format(d);
}

export const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] || null;

export const formatLabels: Record<string, string> = {
  'coffee-klatch': 'coffee klatch',
  'kitchen-table-sprint': 'kitchen table sprint',
  democamp: 'DemoCamp',
};

/** The city an attendee gave on the sign-up sheet (a City/Town/Ville/Stadt… column), else the event's; lower-cased for comparing. */
export const cityOf = (attributes: Record<string, string> | undefined, eventCity: string | null) => {
  const key = Object.keys(attributes ?? {}).find((k) => /^(city|town|ville|stadt|ciudad|location)$/i.test(k.trim()));
  return ((key ? attributes![key] : eventCity) ?? '').trim().toLowerCase() || null;
};
