// The `followthrough` command line: import, inbound, outbox, reconcile.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EnvError, parseEnv, type Env } from './env.ts';
import type { Deps } from './deps.ts';
import { AppError } from './errors.ts';
import { listOutbox } from './followup/outbox.ts';
import { outcomes } from './followup/outcomes.ts';
import { reconcile } from './followup/reconcile.ts';
import { acceptRaw } from './inbound/routes.ts';
import { importSheet, sendAsks } from './intake/import.ts';
import { parseSheet } from './intake/sheet.ts';
import { createLogger } from './log.ts';
import { redisAnswers } from './queues.ts';
import { buildDeps, closeDeps } from './runtime.ts';

/** sysexits(3) codes, which MTAs (Postfix pipe, .forward) understand. */
export const EX = { OK: 0, USAGE: 64, DATAERR: 65, NOINPUT: 66, UNAVAILABLE: 69, SOFTWARE: 70, TEMPFAIL: 75, CONFIG: 78 } as const;

const usage = `usage: followthrough <command> [options]

  import --event NAME [--city CITY] [--date YYYY-MM-DD] [--timezone ZONE] [--send] FILE.csv
      create (or add to) an event from a CSV sign-up sheet; print {eventId, imported, skipped}
  inbound FILE.eml | -
      store a raw message as the webhook would (exit 0 stored, 65 bad data, 75 try again later)
  outbox [--json]
      list every outbox row: id, to, template, subject, sendAt, status
  outcomes [--json] [--event ID]
      per event: commitments by state (pending, kept, dropped, lapsed), kept rate, by format
  reconcile
      queue every stored message and scheduled email whose job is missing

Reading replies without the service: npm run --silent understand -- INPUT.jsonl
`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

async function withDeps<T>(env: Env, needQueue: boolean, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const log = createLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const redisUp = needQueue && (await redisAnswers(env.REDIS_URL, 1_000));
  if (needQueue && !redisUp) log.warn('Redis does not answer; the work is stored and the service will queue it when it starts', { redis: env.REDIS_URL });
  const deps = buildDeps(env, { redisUrl: redisUp ? env.REDIS_URL : null, log });
  try {
    return await fn(deps);
  } finally {
    await closeDeps(deps);
  }
}

/**
 * Reads standard input, holding at most `max` bytes. Past the limit it keeps reading without
 * keeping anything, so an MTA writing into the pipe sees our exit status rather than a broken pipe.
 */
async function readStdin(max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    total += (c as Buffer).length;
    if (total <= max) chunks.push(c as Buffer);
  }
  if (total > max) throw new CliError(`message larger than ${max} bytes`, EX.DATAERR);
  return Buffer.concat(chunks, total);
}

/** Drops the mbox envelope line ("From sender date") that Postfix's pipe flag F and some MDAs put before the headers. */
export function stripEnvelopeFrom(raw: Buffer): Buffer {
  if (raw.subarray(0, 5).toString('latin1') !== 'From ') return raw;
  const eol = raw.indexOf(0x0a);
  return eol === -1 ? raw : raw.subarray(eol + 1);
}

async function readInput(path: string, max = Infinity): Promise<Buffer> {
  if (path === '-') return readStdin(max);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${(err as Error).message}`, EX.NOINPUT);
  }
}

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    out(usage);
    return command ? EX.OK : EX.USAGE;
  }
  const env = parseEnv();
  switch (command) {
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { event: { type: 'string' }, city: { type: 'string' }, date: { type: 'string' }, timezone: { type: 'string' }, send: { type: 'boolean', default: false } },
      });
      if (!values.event || positionals.length !== 1) throw new CliError('import needs --event NAME and one FILE.csv\n\n' + usage, EX.USAGE);
      if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new CliError(`--date must be YYYY-MM-DD, got ${values.date}`, EX.USAGE);
      if (values.timezone && !validZone(values.timezone)) throw new CliError(`--timezone is not an IANA zone: ${values.timezone}`, EX.USAGE);
      const sheet = parseSheet(await readInput(positionals[0]));
      if (sheet.error === 'no-email-column') throw new CliError('no email column found: expected a header row with a column such as "email" (e.g. "name,email")', EX.DATAERR);
      return withDeps(env, values.send, async (deps) => {
        const summary = importSheet(deps.db, { name: values.event!, city: values.city, date: values.date, timezone: values.timezone }, sheet);
        const asked = values.send ? await sendAsks(deps, summary.eventId) : 0;
        out(JSON.stringify({ ...summary, ...(values.send ? { asked } : {}) }) + '\n');
        return EX.OK;
      });
    }
    case 'inbound': {
      if (rest.length !== 1) throw new CliError('inbound needs one FILE.eml, or - for standard input', EX.USAGE);
      const raw = stripEnvelopeFrom(await readInput(rest[0], env.MAX_INBOUND_BYTES));
      if (raw.length > env.MAX_INBOUND_BYTES) throw new CliError(`message larger than ${env.MAX_INBOUND_BYTES} bytes`, EX.DATAERR);
      return withDeps(env, true, async (deps) => {
        try {
          const r = await acceptRaw(deps, raw, 'cli');
          out(JSON.stringify(r.duplicate ? { id: r.id, duplicate: true } : { id: r.id }) + '\n');
          return EX.OK;
        } catch (err) {
          // For an MTA only two failures exist: bad mail (bounce it) and everything else (keep it, try again).
          if (err instanceof AppError && (err.status === 400 || err.status === 413)) throw new CliError(err.message, EX.DATAERR);
          throw new CliError(`not stored, try again later: ${err instanceof Error ? err.message : String(err)}`, EX.TEMPFAIL);
        }
      });
    }
    case 'outbox': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
      return withDeps(env, false, async (deps) => {
        const rows = listOutbox(deps.db);
        if (values.json) out(JSON.stringify(rows, null, 2) + '\n');
        else for (const r of rows) out(`${r.id}\t${r.status}\t${r.sendAt}\t${r.template}\t${r.to}\t${r.subject}\n`);
        return EX.OK;
      });
    }
    case 'outcomes': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false }, event: { type: 'string' } } });
      const eventId = values.event === undefined ? undefined : Number(values.event);
      if (eventId !== undefined && !Number.isInteger(eventId)) throw new CliError(`--event takes an event id, got ${values.event}`, EX.USAGE);
      return withDeps(env, false, async (deps) => {
        const list = outcomes(deps.db, { eventId });
        if (values.json) out(JSON.stringify(list, null, 2) + '\n');
        else
          for (const e of list)
            out(`${e.eventId}\t${e.eventName}\tpending ${e.counts.pending}\tkept ${e.counts.kept}\tdropped ${e.counts.dropped}\tlapsed ${e.counts.lapsed}\tkept rate ${e.keptRate === null ? '-' : Math.round(e.keptRate * 100) + '%'}\n`);
        return EX.OK;
      });
    }
    case 'reconcile':
      return withDeps(env, true, async (deps) => {
        if (!deps.queues) throw new CliError(`Redis does not answer at ${env.REDIS_URL}`, EX.UNAVAILABLE);
        out(JSON.stringify(await reconcile(deps)) + '\n');
        return EX.OK;
      });
    default:
      throw new CliError(`unknown command: ${command}\n\n${usage}`, EX.USAGE);
  }
}

function validZone(tz: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const isMain = !!process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err) => {
      if (err instanceof CliError) {
        process.stderr.write(`followthrough: ${err.message}\n`);
        process.exit(err.code);
      }
      if (err instanceof EnvError) {
        process.stderr.write(`followthrough: ${err.message}\n`);
        // A pipe from an MTA must not bounce mail over a setting being fixed: defer it instead.
        process.exit(process.argv[2] === 'inbound' ? EX.TEMPFAIL : EX.CONFIG);
      }
      if (err instanceof AppError) {
        // Bad mail (not MIME, empty) is a data error: the MTA bounces it instead of retrying forever.
        process.stderr.write(`followthrough: ${err.message}\n`);
        process.exit(err.status === 400 || err.status === 413 ? EX.DATAERR : EX.SOFTWARE);
      }
      process.stderr.write(`followthrough: ${err instanceof Error ? err.stack : String(err)}\n`);
      // Anything unexpected (database locked, disk full) may pass: ask the MTA to try again.
      process.exit(EX.TEMPFAIL);
    });
}
