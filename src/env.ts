// Every setting of the service, parsed once at start; nothing else reads process.env.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const secret = z.string().min(16, 'must be at least 16 characters');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  DATA_DIR: z.string().default('data'),
  DATABASE_PATH: z.string().optional(),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Start a private redis-server under DATA_DIR when none answers at REDIS_URL. */
  REDIS_AUTOSTART: bool.default(true),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only').default('ft'),
  INBOUND_DOMAIN: z.string().min(1).default('followthrough.localhost'),
  INBOUND_SECRET: secret.default('dev-inbound-secret-change-me'),
  TOKEN_SECRET: secret.default('dev-token-secret-change-me'),
  MAX_INBOUND_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  /** How often a background thread checkpoints the SQLite WAL (0: SQLite checkpoints inside commits, as it does by default). */
  CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).default(200),
  FROM_ADDRESS: z.string().min(3).default('Followthrough <followup@followthrough.localhost>'),
  ORGANIZER_NAME: z.string().default('Followthrough'),
  LETTER_AFTER_DAYS: z.coerce.number().positive().default(21),
  REMINDER_DAYS_BEFORE: z.coerce.number().positive().default(7),
  /** A reminder this close to the letter is skipped: the letter already says it. */
  REMINDER_SKIP_NEAR_LETTER_DAYS: z.coerce.number().nonnegative().default(3),
  CHECKIN_WITHOUT_DATE_DAYS: z.coerce.number().positive().default(42),
  NOT_YET_DAYS: z.coerce.number().positive().default(14),
  NUDGE_AFTER_DAYS: z.coerce.number().positive().default(7),
  LAPSE_AFTER_NUDGE_DAYS: z.coerce.number().positive().default(7),
  /** Follow-ups are delivered between these local hours of the person's timezone. */
  SEND_WINDOW_START_HOUR: z.coerce.number().int().min(0).max(23).default(9),
  SEND_WINDOW_END_HOUR: z.coerce.number().int().min(1).max(24).default(18),
  /** The local hour a follow-up planned for a day goes out. */
  FOLLOWUP_HOUR: z.coerce.number().int().min(0).max(23).default(10),
  MAX_EMAILS_PER_DAY: z.coerce.number().int().positive().default(1),
  MAX_EMAILS_PER_WEEK: z.coerce.number().int().positive().default(3),
  SOFT_BOUNCES_TO_SUPPRESS: z.coerce.number().int().positive().default(3),
  TRANSPORT: z.enum(['auto', 'outbox', 'resend']).default('auto'),
  OUTBOX_DIR: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.url().optional(),
  SEND_CONCURRENCY: z.coerce.number().int().positive().default(4),
  INBOUND_CONCURRENCY: z.coerce.number().int().positive().default(4),
  RECONCILE_EVERY_SECONDS: z.coerce.number().int().positive().default(300),
  /** Where organizers forward sign-up sheets; default intake@INBOUND_DOMAIN. */
  INTAKE_ADDRESS: z.email().optional(),
  /** Comma-separated organizer addresses allowed to create events by email. */
  ORGANIZERS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)),
  /** Accept intake mail without passing DMARC/DKIM/SPF results (local use only). */
  TRUST_UNAUTHENTICATED_INTAKE: bool,
  MAX_SHEET_ROWS: z.coerce.number().int().positive().default(5_000),
  /** Resend inbound: the webhook's signing secret (Svix), whsec_ followed by base64. */
  RESEND_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, 'must be whsec_ followed by the base64 secret Resend shows').optional(),
  /** Mailgun inbound: the HTTP webhook signing key; requests older than MAILGUN_MAX_AGE_SECONDS are refused. */
  MAILGUN_SIGNING_KEY: z.string().min(8).optional(),
  MAILGUN_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(900),
  /** SendGrid Inbound Parse (raw): a secret given as ?secret= in the URL or as the basic-auth password. */
  SENDGRID_INBOUND_SECRET: secret.optional(),
  /** Postmark inbound: the basic-auth user and password put in the webhook URL. */
  POSTMARK_INBOUND_USER: z.string().min(1).optional(),
  POSTMARK_INBOUND_PASSWORD: secret.optional(),
  /** SMTP intake: listen for mail to INBOUND_DOMAIN on this port when set (25 behind an MX, or any port behind a relay). */
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMTP_HOST: z.string().default('127.0.0.1'),
  /** PEM file paths (or the PEM text itself); STARTTLS is offered only when both are set. */
  SMTP_TLS_KEY: z.string().optional(),
  SMTP_TLS_CERT: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** The admin view (/admin): one shared password, or ADMIN_USERS; with neither it is off, except on a loopback HOST in development. */
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** Comma-separated name:hash pairs; make a hash with `npx tsx src/admin/hash-password.ts`. */
  ADMIN_USERS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9._@-]+:scrypt\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'each entry must be name:scrypt.<salt>.<hash>'))),
  /** Signs admin session cookies; derived from TOKEN_SECRET when unset. */
  SESSION_SECRET: secret.optional(),
  ADMIN_SESSION_HOURS: z.coerce.number().positive().default(12),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment; the error names every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const env = result.data;
  if (env.NODE_ENV === 'production') {
    for (const k of ['INBOUND_SECRET', 'TOKEN_SECRET'] as const) {
      if (env[k].startsWith('dev-')) throw new EnvError(`invalid settings:\n  ${k}: must be set in production`);
    }
  }
  if (!!env.SMTP_TLS_KEY !== !!env.SMTP_TLS_CERT) throw new EnvError('invalid settings:\n  SMTP_TLS_KEY, SMTP_TLS_CERT: set both or neither');
  if (!!env.POSTMARK_INBOUND_USER !== !!env.POSTMARK_INBOUND_PASSWORD) throw new EnvError('invalid settings:\n  POSTMARK_INBOUND_USER, POSTMARK_INBOUND_PASSWORD: set both or neither');
  return env;
}

export const databasePath = (env: Env) => env.DATABASE_PATH ?? `${env.DATA_DIR}/followthrough.db`;
export const outboxDir = (env: Env) => env.OUTBOX_DIR ?? `${env.DATA_DIR}/outbox`;
export const intakeAddress = (env: Env) => (env.INTAKE_ADDRESS ?? `intake@${env.INBOUND_DOMAIN}`).toLowerCase();
export const transportKind = (env: Env): 'outbox' | 'resend' =>
  env.TRANSPORT === 'auto' ? (env.RESEND_API_KEY ? 'resend' : 'outbox') : env.TRANSPORT;
