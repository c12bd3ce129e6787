// `npm run --silent understand -- INPUT.jsonl`: one JSON result per input line on stdout (see ../shared/eval/understand.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseRaw } from '../inbound/parse.ts';
import { classifyMessage } from '../inbound/classify.ts';
import { understand, looksAutomatic } from './understand.ts';
import type { MessageKind, ReplyContext, Understanding } from './types.ts';

interface InputLine {
  id: string;
  received?: string;
  timezone?: string;
  context?: ReplyContext;
  text?: string;
  eml?: string;
}

const empty = (): Omit<Understanding, 'confidence' | 'notes'> => ({ reply: '', command: null, due: null, commitments: [], offers: [], needs: [], wishes: [] });

// Only `reply` mail yields meaning; automation gets its kind and empty fields.
async function handle(inp: InputLine, base: string): Promise<Record<string, unknown>> {
  let text = inp.text ?? '';
  let html: string | null = null;
  let kind: MessageKind = 'reply';
  let received = inp.received ? new Date(inp.received) : new Date();
  if (inp.eml) {
    // The contract gives an absolute path; a relative one is read from the input file's folder when it is not in the working one.
    const file = isAbsolute(inp.eml) || existsSync(inp.eml) ? inp.eml : resolve(base, inp.eml);
    const parsed = await parseRaw(readFileSync(file));
    kind = classifyMessage(parsed).kind;
    text = parsed.text ?? '';
    html = parsed.html;
    if (!inp.received && parsed.date) received = parsed.date;
  }
  if (Number.isNaN(received.getTime())) received = new Date();
  const u = understand({ text, html, received, timezone: inp.timezone || 'UTC', context: inp.context ?? 'ask' });
  if (kind === 'reply' && (u.kind === 'auto-reply' || u.kind === 'bounce' || (!inp.eml && looksAutomatic(u.reply)))) kind = u.kind === 'reply' ? kind : u.kind;
  if (kind !== 'reply') return { id: inp.id, kind, ...empty(), reply: u.reply };
  return {
    id: inp.id,
    kind,
    reply: u.reply,
    command: u.command,
    due: u.due,
    commitments: u.commitments,
    offers: u.offers.map((x) => x.text),
    needs: u.needs.map((x) => x.text),
    wishes: u.wishes.map((x) => x.text),
    confidence: u.confidence,
    notes: u.notes,
  };
}

async function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: npm run --silent understand -- INPUT.jsonl\n');
    process.exit(2);
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    let id = '?';
    try {
      const inp = JSON.parse(line) as InputLine;
      id = String(inp.id);
      process.stdout.write(JSON.stringify(await handle({ ...inp, id }, dirname(resolve(path)))) + '\n');
    } catch (err) {
      // One bad line must not cost the others their answers.
      process.stderr.write(JSON.stringify({ level: 'error', msg: 'understand failed', id, err: String((err as Error)?.stack ?? err) }) + '\n');
      if (id !== '?') process.stdout.write(JSON.stringify({ id, kind: 'reply', ...empty() }) + '\n');
    }
  }
}

await main();
