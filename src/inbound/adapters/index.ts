// The provider adapters in one sub-app, mounted under /inbound beside POST /inbound/raw; each ends in acceptRaw.
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { mailgunRoutes } from './mailgun.ts';
import { postmarkRoutes } from './postmark.ts';
import { resendRoutes } from './resend.ts';
import { sendgridRoutes } from './sendgrid.ts';

export function adapterRoutes(deps: Deps) {
  return new Hono().route('/', resendRoutes(deps)).route('/', mailgunRoutes(deps)).route('/', sendgridRoutes(deps)).route('/', postmarkRoutes(deps));
}
