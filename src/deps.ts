// The services every capability receives: passed in, never reached for as globals, so tests can inject them.
import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';
import type { Renderer } from './email/render.ts';
import type { Transport } from './email/transport.ts';
import type { Env } from './env.ts';
import type { ParsedMessage } from './inbound/parse.ts';
import type { Logger } from './log.ts';
import type { Queues } from './queues.ts';

export interface Deps {
  env: Env;
  db: Db;
  clock: Clock;
  log: Logger;
  /** Null when Redis is not configured for this process (some CLI commands); work is then picked up by the reconciler. */
  queues: Queues | null;
  renderer: Renderer;
  transport: Transport;
  /** The MIME parser; replaceable so a test can make parsing fail (mailparser itself almost never throws). */
  parseMail?: (raw: Buffer) => Promise<ParsedMessage>;
}
