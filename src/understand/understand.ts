// Reply text → commitments, offers, needs, wishes and commands (see ../shared/eval/understand.md).
import { visibleReply } from './visible-reply.ts';
import type { UnderstandInput, Understanding } from './types.ts';

export function looksAutomatic(_s: string): boolean {
  return false;
}

export function understand(input: UnderstandInput): Understanding {
  const reply = visibleReply(input.text, input.html);
  return { reply, command: null, due: null, commitments: [], offers: [], needs: [], wishes: [], confidence: 0.5, notes: [] };
}
