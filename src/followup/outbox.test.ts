import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../db/client.ts';
import { outbox, people } from '../../db/schema.ts';
import { createRenderer } from '../email/render.ts';
import { parseEnv } from '../env.ts';
import { insertOutbox } from './outbox.ts';

const dir = mkdtempSync(join(tmpdir(), 'ft-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = openDb(join(dir, 'o.db'));
const deps = { env: parseEnv({ NODE_ENV: 'test', DATA_DIR: dir }), renderer: createRenderer() };
const person = db.insert(people).values({ email: 'ana@example.org', name: 'Ana Souza' }).returning().get();

it('returns the row exactly as the database holds it, and the same row again for the same key', () => {
  const input = {
    personId: person.id,
    to: person.email,
    template: 'letter',
    payload: { firstName: 'Ana', eventName: 'Drumbeat Toronto', letters: [{ action: 'host a coffee klatch', dueText: 'in March 2027' }], entries: [{ kind: 'letter', commitmentId: 7 }] },
    context: 'check-in' as const,
    sendAt: new Date('2026-12-14T15:00:00.000Z'),
    key: 'fu-1-20261214-1',
  };
  const row = insertOutbox(db, deps, input);
  const stored = db.select().from(outbox).where(eq(outbox.id, row.id)).get()!;
  expect(row).toEqual(stored);
  expect(row).toMatchObject({ status: 'scheduled', attempts: 0, refId: null, inReplyTo: null, subject: expect.stringContaining('Drumbeat Toronto') });
  expect(row.messageId).toMatch(/^fu-1-20261214-1\.[0-9a-f]{12}@/);
  // A second insert with the same business key makes no row and returns the first.
  const again = insertOutbox(db, deps, { ...input, payload: { firstName: 'Someone else' } });
  expect(again).toEqual(stored);
  expect(db.select().from(outbox).all()).toHaveLength(1);
});
