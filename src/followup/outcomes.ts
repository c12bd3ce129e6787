// Outcomes per event: commitments by state, kept rate, formats. The CLI and the admin view read the same query.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { commitments, events } from '../../db/schema.ts';

export interface StateCounts {
  pending: number;
  kept: number;
  dropped: number;
  lapsed: number;
  total: number;
}

export interface EventOutcome {
  eventId: number;
  eventName: string;
  city: string | null;
  date: string | null;
  counts: StateCounts;
  /** kept / (kept + dropped + lapsed): of the commitments that reached an end, how many were kept; null before any did. */
  keptRate: number | null;
  byFormat: Record<string, StateCounts>;
}

const empty = (): StateCounts => ({ pending: 0, kept: 0, dropped: 0, lapsed: 0, total: 0 });

export function keptRate(c: StateCounts): number | null {
  const ended = c.kept + c.dropped + c.lapsed;
  return ended ? c.kept / ended : null;
}

/** One grouped query over commitments (indexed by event and state), shaped per event. */
export function outcomes(db: Db, filter: { eventId?: number } = {}): EventOutcome[] {
  const rows = db
    .select({ eventId: events.id, name: events.name, city: events.city, date: events.date, format: commitments.format, state: commitments.state, n: sql<number>`count(${commitments.id})` })
    .from(events)
    .leftJoin(commitments, eq(commitments.eventId, events.id))
    .where(filter.eventId ? and(eq(events.id, filter.eventId)) : undefined)
    .groupBy(events.id, commitments.format, commitments.state)
    .orderBy(events.id)
    .all();
  const byEvent = new Map<number, EventOutcome>();
  for (const r of rows) {
    let e = byEvent.get(r.eventId);
    if (!e) byEvent.set(r.eventId, (e = { eventId: r.eventId, eventName: r.name, city: r.city, date: r.date, counts: empty(), keptRate: null, byFormat: {} }));
    if (!r.state) continue;
    e.counts[r.state] += r.n;
    e.counts.total += r.n;
    const f = r.format ?? 'other';
    const fc = (e.byFormat[f] ??= empty());
    fc[r.state] += r.n;
    fc.total += r.n;
  }
  for (const e of byEvent.values()) e.keptRate = keptRate(e.counts);
  return [...byEvent.values()];
}
