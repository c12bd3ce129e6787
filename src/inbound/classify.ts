// Decides what kind of inbound mail this is (human reply, auto-reply, bounce, complaint) so only real replies get answered.
import type { ParsedMessage } from './parse.ts';

export type MailKind = 'reply' | 'auto-reply' | 'bounce' | 'complaint';

export function classifyMessage(_m: ParsedMessage): { kind: MailKind; reason: string } {
  return { kind: 'reply', reason: 'placeholder: no rules yet' };
}
