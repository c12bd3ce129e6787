// Reads a delivery status notification (RFC 3464): which of our recipients failed, and whether for good.
import type { ParsedMessage } from './parse.ts';

export interface FailedRecipient {
  address: string;
  status: string; // e.g. 5.1.1
  permanent: boolean;
}

/** Per-recipient blocks of a message/delivery-status part; falls back to the text for non-standard bounces. */
export function failedRecipients(m: ParsedMessage): FailedRecipient[] {
  const report = m.attachments.find((a) => /^message\/(global-)?delivery-status/i.test(a.contentType));
  // mailparser folds a message/delivery-status part into the text; some MTAs send it as an attachment.
  const text = report ? report.content.toString('utf8') : m.text;
  const out: FailedRecipient[] = [];
  // Blocks are separated by blank lines; the first is about the reporting MTA.
  for (const block of text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(block)?.[1]?.trim();
    const recipient = field('Final-Recipient') ?? field('Original-Recipient');
    const action = field('Action')?.toLowerCase();
    const status = field('Status') ?? '';
    if (!recipient || (action && action !== 'failed' && action !== 'delayed')) continue;
    const address = recipient.replace(/^[^;]*;\s*/, '').replace(/^<|>$/g, '').trim().toLowerCase();
    if (!address.includes('@')) continue;
    out.push({ address, status, permanent: action !== 'delayed' && status.startsWith('5') });
  }
  return out;
}
