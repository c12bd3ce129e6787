// The admin in a real browser (Debian's Chromium via playwright-core) against a listening server: log in, filter, open a person, mark kept; screenshots under test/artifacts/.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminActions, commitments, people } from '../db/schema.ts';
import { seedDemo, type DemoSeed } from '../src/admin/demo-seed.ts';
import { createHarness, type Harness } from './helpers/harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'a long admin password';
const artifacts = join(import.meta.dirname, 'artifacts');
const viewports = { phone: { width: 390, height: 844 }, laptop: { width: 1366, height: 900 } } as const;

const present = existsSync(CHROMIUM);
if (!present) console.warn(`admin-browser: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!present)('the admin in Chromium', () => {
  let h: Harness;
  let seed: DemoSeed;
  let server: ServerType;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    h = await createHarness({ env: { ADMIN_PASSWORD: PASSWORD }, redisUrl: null });
    seed = seedDemo(h.deps.db, h.clock.now(), { perEvent: 14 });
    server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // playwright's launch() gives Chromium a fresh --user-data-dir of its own (and refuses one in args); it is removed on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((r) => server.close(r));
    await h?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, `admin-${name}.png`), fullPage: true });

  async function signedIn(viewport: { width: number; height: number }): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, javaScriptEnabled: false, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
    // The admin works without JavaScript, so the browser runs with none: what passes here passes for everyone.
    await ctx.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    const page = await ctx.newPage();
    await page.goto(`${base}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    return { ctx, page };
  }

  for (const [size, viewport] of Object.entries(viewports)) {
    it(`logs in, filters outcomes, opens a person and marks a commitment kept (${size})`, async () => {
      const { ctx, page } = await signedIn(viewport);
      try {
        await shot(page, `login-${size}`);
        await page.fill('input[name=password]', 'not the password');
        await page.click('button[type=submit]');
        await expect.poll(() => page.textContent('body')).toContain('Wrong name or password');
        await page.fill('input[name=password]', PASSWORD);
        await Promise.all([page.waitForURL(`${base}/admin`), page.click('button[type=submit]')]);
        expect(await page.textContent('h1')).toBe('Outcomes');
        expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(4);
        await shot(page, `outcomes-${size}`);

        // Filter: one city, kept only.
        await page.selectOption('select[name=city]', 'Toronto');
        await page.selectOption('select[name=state]', 'kept');
        await Promise.all([page.waitForURL(/city=Toronto/), page.click('form.filters button[type=submit]')]);
        expect(page.url()).toContain('state=kept');
        const torontoKept = h.deps.db.select().from(commitments).where(eq(commitments.eventId, seed.eventIds[0]!)).all().filter((c) => c.state === 'kept').length;
        expect(await page.locator('.card[data-stat=kept] b').textContent()).toBe(String(torontoKept));
        expect(await page.locator('table').textContent()).not.toContain('DemoCamp Waterloo');
        await shot(page, `outcomes-filtered-${size}`);

        // Event page, then a person from it.
        await Promise.all([page.waitForURL(/\/admin\/events\/\d+/), page.click('table a:has-text("Drumbeat Toronto")')]);
        await shot(page, `event-${size}`);
        const pending = h.deps.db
          .select({ id: commitments.id, personId: commitments.personId })
          .from(commitments)
          .where(eq(commitments.state, 'pending'))
          .all()
          .find((c) => seed.commitmentIds.includes(c.id) && !h.deps.db.select().from(adminActions).where(eq(adminActions.commitmentId, c.id)).get())!;
        const person = h.deps.db.select().from(people).where(eq(people.id, pending.personId)).get()!;
        await page.click('header nav a:has-text("People")');
        await page.fill('input[name=q]', person.email.slice(0, 8));
        await Promise.all([page.waitForURL(/\/admin\/people\?q=/), page.click('form.filters button[type=submit]')]);
        await Promise.all([page.waitForURL(/\/admin\/people\/\d+$/), page.click(`a[href="/admin/people/${person.id}"]`)]);
        expect(await page.textContent('h1')).toBe(person.name);
        await shot(page, `person-${size}`);

        // Mark the pending commitment kept, and see it in the database.
        await Promise.all([page.waitForURL(/ok=kept/), page.click(`#c${pending.id} button:has-text("Mark kept")`)]);
        expect(await page.textContent('.flash')).toBe('Marked kept.');
        expect(h.deps.db.select().from(commitments).where(eq(commitments.id, pending.id)).get()!.state).toBe('kept');
        expect(await page.locator(`#c${pending.id} .badge`).textContent()).toBe('kept');
        await shot(page, `person-kept-${size}`);

        // The other pages, for a person to look at.
        await page.goto(`${base}/admin/review`);
        expect(await page.locator('article.review').count()).toBeGreaterThan(0);
        // Mail from a stranger trying markup shows as text.
        expect(await page.locator('script').count()).toBe(0);
        await shot(page, `review-${size}`);
        await page.goto(`${base}/admin/mail`);
        await shot(page, `mail-${size}`);
        await page.goto(`${base}/admin/mail/${seed.failedOutboxId}`);
        await page.frameLocator('iframe.preview').locator('body').waitFor();
        await shot(page, `mail-message-${size}`);
      } finally {
        await ctx.close();
      }
    }, 60_000);
  }
});
