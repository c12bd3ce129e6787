// The database schema: SQLite is the source of truth for every person, message and email.
import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  city: text('city'),
  date: text('date'), // YYYY-MM-DD, local to the event
  timezone: text('timezone').notNull().default('UTC'),
  letterAfterDays: integer('letter_after_days'),
  organizerEmail: text('organizer_email'),
  createdAt: createdAt(),
});

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(), // normalized: trimmed, lower-cased, NFC domain
    name: text('name'),
    timezone: text('timezone'),
    unsubscribedAt: integer('unsubscribed_at', { mode: 'timestamp_ms' }),
    suppressedAt: integer('suppressed_at', { mode: 'timestamp_ms' }),
    suppressionReason: text('suppression_reason'),
    softBounces: integer('soft_bounces').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('people_email_unique').on(t.email)],
);

export const attendees = sqliteTable(
  'attendees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').notNull().references(() => events.id),
    personId: integer('person_id').notNull().references(() => people.id),
    attributes: text('attributes', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    importId: integer('import_id'), // the intake import that added them; null for CLI imports
    askedAt: integer('asked_at', { mode: 'timestamp_ms' }),
    repliedAt: integer('replied_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('attendees_event_person_unique').on(t.eventId, t.personId), index('attendees_person').on(t.personId), index('attendees_import').on(t.importId)],
);

export type InboundStatus = 'stored' | 'processed' | 'failed';

/** Inbound messages a person should look at and nobody has yet (the admin's review queue). */
export const inboundReviewQueueSql = "reviewed_at is null and (review is not null or status = 'failed' or attribution in ('none', 'forward') or kind = 'unknown')";
export type InboundKind = 'reply' | 'auto-reply' | 'bounce' | 'complaint' | 'own' | 'unknown';

export const inboundMessages = sqliteTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull().default('raw'), // raw, cli, resend, …
    providerId: text('provider_id'),
    messageId: text('message_id'), // RFC 5322 Message-ID, without angle brackets
    raw: blob('raw', { mode: 'buffer' }).notNull(),
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    size: integer('size').notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status').$type<InboundStatus>().notNull().default('stored'),
    kind: text('kind').$type<InboundKind>(),
    kindReason: text('kind_reason'),
    error: text('error'),
    fromAddress: text('from_address'),
    subject: text('subject'),
    personId: integer('person_id').references(() => people.id),
    attribution: text('attribution'), // token, thread, sender, forward, none
    context: text('context'), // what it answers: ask, confirmation, letter, …
    refId: integer('ref_id'), // the id the token or thread names (attendee, commitment, …)
    visibleReply: text('visible_reply'),
    understanding: text('understanding', { mode: 'json' }).$type<unknown>(),
    review: text('review'), // null, or why a person should look at it
    attempts: integer('attempts').notNull().default(0),
    processedAt: integer('processed_at', { mode: 'timestamp_ms' }),
    /** Set when an organizer dealt with it in the admin's review queue (attached, fixed or dismissed). */
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    reviewedBy: text('reviewed_by'),
    reviewNote: text('review_note'),
  },
  (t) => [
    uniqueIndex('inbound_message_id_unique').on(t.messageId),
    uniqueIndex('inbound_provider_unique').on(t.source, t.providerId),
    index('inbound_status').on(t.status),
    index('inbound_person').on(t.personId),
    // The admin's review queue; the WHERE must stay identical to reviewQueueWhere in src/admin/queries.ts.
    index('inbound_review_queue').on(t.receivedAt).where(sql.raw(inboundReviewQueueSql)),
    // Replies over time since the event (admin outcomes): a covering range per person.
    index('inbound_person_kind_received').on(t.personId, t.kind, t.receivedAt),
  ],
);

export type CommitmentState = 'pending' | 'kept' | 'dropped' | 'lapsed';

export const commitments = sqliteTable(
  'commitments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    eventId: integer('event_id').references(() => events.id),
    sourceMessageId: integer('source_message_id').references(() => inboundMessages.id),
    sentence: text('sentence').notNull(),
    action: text('action').notNull(),
    format: text('format'),
    dueStart: text('due_start'),
    dueEnd: text('due_end'),
    state: text('state').$type<CommitmentState>().notNull().default('pending'),
    stateChangedAt: integer('state_changed_at', { mode: 'timestamp_ms' }),
    stateMessageId: integer('state_message_id'),
    /** Set when the last nudge went out: still pending then, the commitment lapses (and nothing more is sent about it). */
    lapseAt: integer('lapse_at', { mode: 'timestamp_ms' }),
    /** For hosted formats: when the host said yes to inviting the others (null: not asked or not yet). */
    invitationsSentAt: integer('invitations_sent_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('commitments_person').on(t.personId),
    index('commitments_event_state').on(t.eventId, t.state),
    index('commitments_state_lapse').on(t.state, t.lapseAt),
    // Covers the admin's outcome counts (grouped by event, format and state).
    index('commitments_event_format_state').on(t.eventId, t.format, t.state),
    // Commitments made from one message (the admin's review queue; the event a confirmation reply belongs to).
    index('commitments_source_message').on(t.sourceMessageId),
  ],
);

export type ItemKind = 'offer' | 'need' | 'wish';

export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    eventId: integer('event_id').references(() => events.id),
    sourceMessageId: integer('source_message_id').references(() => inboundMessages.id),
    kind: text('kind').$type<ItemKind>().notNull(),
    text: text('text').notNull(),
    sentence: text('sentence'),
    createdAt: createdAt(),
  },
  (t) => [index('items_person').on(t.personId), index('items_event_kind').on(t.eventId, t.kind)],
);

/**
 * The content words of each offer and need, so a new item finds the others it could meet by word
 * (a few index lookups) instead of reading every item of the event. Filled when an item is stored.
 */
export const itemWords = sqliteTable(
  'item_words',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id),
    eventId: integer('event_id'),
    personId: integer('person_id').notNull(),
    kind: text('kind').$type<ItemKind>().notNull(),
    word: text('word').notNull(),
  },
  (t) => [uniqueIndex('item_words_unique').on(t.eventId, t.kind, t.word, t.itemId)],
);

export type OutboxStatus = 'scheduled' | 'sending' | 'sent' | 'skipped' | 'failed' | 'cancelled';

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').references(() => people.id),
    toAddress: text('to_address').notNull(),
    template: text('template').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    subject: text('subject').notNull(),
    context: text('context'), // what a reply to it answers (token context)
    refId: integer('ref_id'),
    sendAt: integer('send_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('scheduled'),
    statusReason: text('status_reason'),
    idempotencyKey: text('idempotency_key').notNull(),
    messageId: text('message_id').notNull(), // our Message-ID, without angle brackets
    inReplyTo: text('in_reply_to'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_provider').on(t.providerId),
    uniqueIndex('outbox_idempotency_unique').on(t.idempotencyKey),
    uniqueIndex('outbox_message_id_unique').on(t.messageId),
    index('outbox_status_send_at').on(t.status, t.sendAt),
    index('outbox_person').on(t.personId),
  ],
);

/** Addresses allowed to create events by email, beside the ORGANIZERS setting; the admin edits this list. */
export const organizers = sqliteTable(
  'organizers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(), // normalized like people.email
    name: text('name'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organizers_email_unique').on(t.email)],
);

export type ImportStatus = 'pending' | 'sent' | 'cancelled' | 'refused' | 'rejected';

/**
 * One sign-up sheet forwarded to the intake address: pending until the organizer replies "send"
 * or "cancel". Refused: nothing could be imported (told why); rejected: not from an authenticated
 * organizer (never answered, kept for review).
 */
export const imports = sqliteTable(
  'imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inboundId: integer('inbound_id').notNull().references(() => inboundMessages.id),
    eventId: integer('event_id').references(() => events.id),
    createdEvent: integer('created_event', { mode: 'boolean' }).notNull().default(false),
    organizerEmail: text('organizer_email').notNull(),
    personId: integer('person_id').references(() => people.id), // the organizer as a recipient
    status: text('status').$type<ImportStatus>().notNull(),
    problem: text('problem'), // why refused or rejected
    sources: text('sources', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    imported: integer('imported').notNull().default(0), // new attendees
    existing: integer('existing').notNull().default(0), // already on the event
    skipped: text('skipped', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    asked: integer('asked'),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedBy: integer('decided_by'), // the inbound message that said send or cancel
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('imports_inbound_unique').on(t.inboundId), index('imports_event').on(t.eventId), index('imports_status').on(t.status)],
);

export type WebhookEventStatus = 'stored' | 'fetched' | 'ignored' | 'failed' | 'seen';

/**
 * Provider webhook deliveries that are not raw mail themselves: Resend `email.received` events
 * (stored before the answer, the raw message fetched later by a job) and Mailgun signature tokens
 * (kept to refuse a replayed request). (source, external_id) is the provider's delivery id.
 */
export const webhookEvents = sqliteTable(
  'webhook_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(), // resend, mailgun
    externalId: text('external_id').notNull(), // svix-id, Mailgun token
    type: text('type'), // email.received, …
    providerId: text('provider_id'), // Resend's received email id
    payload: text('payload', { mode: 'json' }).$type<unknown>(),
    status: text('status').$type<WebhookEventStatus>().notNull(),
    inboundId: integer('inbound_id').references(() => inboundMessages.id),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('webhook_events_source_external_unique').on(t.source, t.externalId), index('webhook_events_status').on(t.source, t.status)],
);

export type InvitationStatus = 'invited' | 'joined' | 'declined';

/** A neighbour invited to a host's low-bar event; one row per (commitment, guest): nobody is invited twice. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id').notNull().references(() => commitments.id),
    personId: integer('person_id').notNull().references(() => people.id),
    status: text('status').$type<InvitationStatus>().notNull().default('invited'),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
    responseMessageId: integer('response_message_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_commitment_person_unique').on(t.commitmentId, t.personId), index('invitations_person').on(t.personId)],
);

export type IntroductionStatus = 'proposed' | 'asked-need' | 'asked-offer' | 'introduced' | 'declined';

/** A match of one person's offer to another's need, introduced only when both say yes (double opt-in). */
export const introductions = sqliteTable(
  'introductions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').references(() => events.id),
    needItemId: integer('need_item_id').notNull().references(() => items.id),
    offerItemId: integer('offer_item_id').notNull().references(() => items.id),
    needPersonId: integer('need_person_id').notNull().references(() => people.id),
    offerPersonId: integer('offer_person_id').notNull().references(() => people.id),
    score: integer('score').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<IntroductionStatus>().notNull().default('proposed'),
    needAnswer: text('need_answer'), // yes, no
    offerAnswer: text('offer_answer'),
    introducedAt: integer('introduced_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('introductions_pair_unique').on(t.needItemId, t.offerItemId),
    index('introductions_need_person').on(t.needPersonId),
    index('introductions_offer_person').on(t.offerPersonId),
    index('introductions_event').on(t.eventId),
  ],
);

export type DeliveryEventKind = 'delivered' | 'bounced' | 'complained' | 'other';

/** What the mail provider told us about mail we sent (Resend webhooks), deduplicated by the delivery's svix-id. */
export const deliveryEvents = sqliteTable(
  'delivery_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    svixId: text('svix_id').notNull(),
    type: text('type').notNull(),
    kind: text('kind').$type<DeliveryEventKind>().notNull(),
    providerId: text('provider_id'), // the email id Resend gave our send
    outboxId: integer('outbox_id').references(() => outbox.id),
    personId: integer('person_id').references(() => people.id),
    address: text('address'),
    detail: text('detail'),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('delivery_events_svix_unique').on(t.svixId), index('delivery_events_person').on(t.personId)],
);

/** What organizers did in the admin view, and why (resubscribe notes, hand-made commitments, dismissed reviews, retries). */
export const adminActions = sqliteTable(
  'admin_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    user: text('user').notNull(),
    action: text('action').notNull(), // mark-kept, unsubscribe, resubscribe, attach, dismiss, retry, send-ask, …
    personId: integer('person_id'),
    eventId: integer('event_id'),
    commitmentId: integer('commitment_id'),
    inboundId: integer('inbound_id'),
    outboxId: integer('outbox_id'),
    note: text('note'),
  },
  (t) => [index('admin_actions_person').on(t.personId, t.at)],
);
