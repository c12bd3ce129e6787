// Outcomes: commitments by state (pending, kept, dropped, lapsed) per event and format, with the kept rate.
// The CLI (`outcomes --json`) and the admin view read these same queries.
import type { Db } from '../../db/client.ts';
import type { CommitmentState } from '../../db/schema.ts';

export const states = ['pending', 'kept', 'dropped', 'lapsed'] as const satisfies readonly CommitmentState[];
export type Counts = Record<CommitmentState, number>;
const zero = (): Counts => ({ pending: 0, kept: 0, dropped: 0, lapsed: 0 });

export interface OutcomeFilter {
  eventId?: number;
  city?: string;
  /** A format name, or 'none' for commitments without one. */
  format?: string;
  state?: CommitmentState;
}

export interface EventOutcome {
  eventId: number | null;
  eventName: string;
  city: string | null;
  date: string | null;
  counts: Counts;
  total: number;
  /** kept ÷ (kept + dropped + lapsed): of the commitments that have an outcome, how many were kept; null while none has. */
  keptRate: number | null;
  byFormat: Record<string, Counts>;
}

export const keptRate = (c: Counts) => {
  const decided = c.kept + c.dropped + c.lapsed;
  return decided ? c.kept / decided : null;
};

function outcomeWhere(f: OutcomeFilter) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.eventId !== undefined) (where.push('c.event_id = @eventId'), (params.eventId = f.eventId));
  if (f.city !== undefined) (where.push('c.event_id in (select id from events where city = @city)'), (params.city = f.city));
  if (f.format === 'none') where.push('c.format is null');
  else if (f.format !== undefined) (where.push('c.format = @format'), (params.format = f.format));
  if (f.state !== undefined) (where.push('c.state = @state'), (params.state = f.state));
  return { sql: where.length ? 'where ' + where.join(' and ') : '', params };
}

/** The one aggregate behind the outcome numbers: counts by event, format and state (a covering index scan). */
export function outcomeCountsSql(f: OutcomeFilter) {
  const w = outcomeWhere(f);
  return { sql: `select c.event_id as eventId, c.format as format, c.state as state, count(*) as n from commitments c ${w.sql} group by c.event_id, c.format, c.state`, params: w.params };
}

/** Commitments by state per event (and by format), with the kept rate; the CLI and the admin read the same numbers. */
export function outcomes(db: Db, filter: OutcomeFilter = {}): EventOutcome[] {
  const q = outcomeCountsSql(filter);
  const rows = db.$client.prepare(q.sql).all(q.params) as { eventId: number | null; format: string | null; state: CommitmentState; n: number }[];
  const evs = new Map(
    (db.$client.prepare('select id, name, city, date from events').all() as { id: number; name: string; city: string | null; date: string | null }[]).map((e) => [e.id, e]),
  );
  const byEvent = new Map<number | null, EventOutcome>();
  for (const r of rows) {
    let o = byEvent.get(r.eventId);
    if (!o) {
      const e = r.eventId === null ? undefined : evs.get(r.eventId);
      o = { eventId: r.eventId, eventName: e?.name ?? '(no event)', city: e?.city ?? null, date: e?.date ?? null, counts: zero(), total: 0, keptRate: null, byFormat: {} };
      byEvent.set(r.eventId, o);
    }
    if (!(r.state in o.counts)) continue;
    o.counts[r.state] += r.n;
    o.total += r.n;
    const f = r.format ?? 'none';
    (o.byFormat[f] ??= zero())[r.state] += r.n;
  }
  const list = [...byEvent.values()];
  for (const o of list) o.keptRate = keptRate(o.counts);
  return list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.total - a.total);
}

/** Sums per-event outcomes into one line (the overall view). */
export function totalOf(list: EventOutcome[]): { counts: Counts; total: number; keptRate: number | null; byFormat: Record<string, Counts> } {
  const counts = zero();
  const byFormat: Record<string, Counts> = {};
  let total = 0;
  for (const o of list) {
    for (const s of states) counts[s] += o.counts[s];
    total += o.total;
    for (const [f, c] of Object.entries(o.byFormat)) {
      const t = (byFormat[f] ??= zero());
      for (const s of states) t[s] += c[s];
    }
  }
  return { counts, total, keptRate: keptRate(counts), byFormat };
}
