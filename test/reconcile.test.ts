// Redis restarted empty (no persistence) loses no reply and no scheduled letter: SQLite is the source of truth.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages, outbox } from '../db/schema.ts';
import { processInbound } from '../src/inbound/process.ts';
import { replyAddress } from '../src/inbound/reply-token.ts';
import { acceptRaw } from '../src/inbound/routes.ts';
import { importSheet } from '../src/intake/import.ts';
import { parseSheet } from '../src/intake/sheet.ts';
import { jobIds } from '../src/queues.ts';
import { createHarness, waitFor, type Harness } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';
import { startPrivateRedis, type PrivateRedis } from './helpers/private-redis.ts';

let redis: PrivateRedis;
let h: Harness;
beforeAll(async () => {
  redis = await startPrivateRedis();
  h = await createHarness({ redisUrl: redis.url });
});
afterAll(async () => {
  await h.close();
  await redis.stop();
});

const token = (email: string) => {
  const p = h.deps.db.query.people.findFirst({ where: (x, { eq }) => eq(x.email, email) }).sync()!;
  const a = h.deps.db.query.attendees.findFirst({ where: (x, { eq }) => eq(x.personId, p.id) }).sync()!;
  return replyAddress(h.env.TOKEN_SECRET, h.env.INBOUND_DOMAIN, { context: 'ask', refId: a.id, personId: p.id });
};

describe('reconciler', () => {
  it('re-queues stored replies and scheduled letters after Redis comes back empty', async () => {
    importSheet(h.deps.db, { name: 'Drumbeat Toronto', timezone: 'America/Toronto' }, parseSheet('name,email\nAna,ana@example.org\nBob,bob@example.org\n'));
    // Ana's reply is processed before the outage: her letter is a delayed job three weeks out.
    const a = await acceptRaw(h.deps, await buildMail({ from: 'ana@example.org', to: token('ana@example.org'), subject: 'Re', text: 'I will host a coffee klatch in March.', messageId: uniqueId() }));
    expect(await processInbound(h.deps, a.id)).toBe('processed');
    const letterOf = (email: string) => {
      const p = h.deps.db.query.people.findFirst({ where: (x, { eq }) => eq(x.email, email) }).sync()!;
      return h.deps.db.select().from(outbox).where(eq(outbox.personId, p.id)).all().find((r) => r.template === 'letter');
    };
    const letter = letterOf('ana@example.org')!;
    expect(await h.deps.queues!.send.getJob(jobIds.send(letter.id))).toBeTruthy();
    // Bob's reply is stored and queued, but no worker has run yet.
    const b = await acceptRaw(h.deps, await buildMail({ from: 'bob@example.org', to: token('bob@example.org'), subject: 'Re', text: "I'll run a kitchen table sprint by the end of January.", messageId: uniqueId() }));
    expect(await h.deps.queues!.inbound.getJob(jobIds.inbound(b.id))).toBeTruthy();

    await redis.stop();
    await redis.start(); // empty: nothing was persisted
    // The producer connection comes back on its own; wait for it rather than racing it.
    await waitFor(() => h.deps.queues!.connection.ping().then(() => true, () => false), 10_000, 'the queue connection to come back');
    expect(await h.deps.queues!.send.getJob(jobIds.send(letter.id))).toBeUndefined();
    expect(await h.deps.queues!.inbound.getJob(jobIds.inbound(b.id))).toBeUndefined();

    await h.startWorkers(); // reconciles at start
    await waitFor(() => h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, b.id)).get()?.status === 'processed', 5_000, "Bob's reply processed");
    const job = await h.deps.queues!.send.getJob(jobIds.send(letter.id));
    expect(job).toBeTruthy();
    expect(await job!.isDelayed()).toBe(true);
    expect(letterOf('bob@example.org')?.status).toBe('scheduled');
    // Every confirmation went out once.
    await waitFor(() => h.deps.db.select().from(outbox).where(eq(outbox.template, 'confirmation')).all().every((r) => r.status === 'sent'), 5_000, 'confirmations sent');
  });
});
