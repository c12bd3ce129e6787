// Organizer intake by email: a forwarded sign-up sheet becomes an event and a summary; replies steer the import.
import { eq } from 'drizzle-orm';
import { inboundMessages } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { intakeAddress } from '../env.ts';
import type { Attribution } from '../inbound/process.ts';
import type { ParsedMessage } from '../inbound/parse.ts';

type InboundRow = typeof inboundMessages.$inferSelect;

/** True when the message is addressed to the intake address (To, Cc or the envelope's Delivered-To). */
export function isIntakeMessage(deps: Pick<Deps, 'env'>, m: ParsedMessage): boolean {
  const intake = intakeAddress(deps.env);
  return [...m.to, ...m.cc, ...m.deliveredTo].some((a) => a.toLowerCase() === intake);
}

/** Not built yet (issue 4): the message is kept for a person to review. */
export async function processIntake(deps: Deps, row: InboundRow, m: ParsedMessage): Promise<void> {
  deps.db
    .update(inboundMessages)
    .set({ status: 'processed', kind: 'reply', fromAddress: m.from?.address ?? null, processedAt: deps.clock.now(), review: 'intake by email is not handled yet' })
    .where(eq(inboundMessages.id, row.id))
    .run();
}

export async function processIntakeReply(deps: Deps, row: InboundRow, m: ParsedMessage, who: Attribution): Promise<void> {
  deps.db
    .update(inboundMessages)
    .set({ status: 'processed', kind: 'reply', fromAddress: m.from?.address ?? null, personId: who.personId, processedAt: deps.clock.now(), review: 'intake replies are not handled yet' })
    .where(eq(inboundMessages.id, row.id))
    .run();
}
