// One-click unsubscribe (RFC 8058) and the page behind the List-Unsubscribe link: no login, effective at once.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { decodeToken } from '../inbound/reply-token.ts';
import { skipScheduledFor } from './outbox.ts';

export function unsubscribe(db: Db, personId: number, at: Date, reason: string): boolean {
  const p = db.select().from(people).where(eq(people.id, personId)).get();
  if (!p) return false;
  if (!p.unsubscribedAt) db.update(people).set({ unsubscribedAt: at }).where(eq(people.id, personId)).run();
  skipScheduledFor(db, personId, reason);
  return true;
}

const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #444;background:#fff;cursor:pointer}</style>
</head><body>${body}</body></html>`;

export function unsubscribeRoutes(deps: Deps) {
  const personOf = (token: string) => {
    const t = decodeToken(deps.env.TOKEN_SECRET, token);
    if (!t || t.context !== 'unsubscribe') throw new AppError('not_found', 'this unsubscribe link is not valid');
    return t.personId;
  };
  return new Hono()
    .get('/:token', (c) => {
      personOf(c.req.param('token'));
      return c.html(
        page(
          'Unsubscribe',
          html`<h1>Stop these emails?</h1><p>You will get no more follow-up emails from us at this address.</p>
<form method="post"><input type="hidden" name="confirm" value="yes"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
    })
    .post('/:token', async (c) => {
      const personId = personOf(c.req.param('token'));
      // RFC 8058 one-click POSTs carry List-Unsubscribe=One-Click; the page's form carries confirm=yes.
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const oneClick = form['List-Unsubscribe'] === 'One-Click';
      if (!oneClick && form['confirm'] !== 'yes') throw new AppError('bad_request', 'expected List-Unsubscribe=One-Click');
      unsubscribe(deps.db, personId, deps.clock.now(), oneClick ? 'one-click unsubscribe' : 'unsubscribed on the web page');
      if (oneClick) return c.text('unsubscribed', 200);
      return c.html(page('Unsubscribed', html`<h1>You are unsubscribed</h1><p>We will not email you again.</p>`));
    });
}
