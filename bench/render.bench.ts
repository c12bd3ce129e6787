// Per-email render time of the confirmation template through the precompiled renderer, beside a plain mjml2html call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRenderer, defaultTemplatesDir, mjml2html, mjmlOptions } from '../src/email/render.ts';
import type { BenchResult } from './run.ts';

/** Mean ms per call of `fn`, after a warm-up, over at least `minMs` of wall time. */
function timePerCall(fn: (i: number) => void, minMs: number, minIters: number): { ms: number; iters: number } {
  for (let i = 0; i < Math.min(20, minIters); i++) fn(i);
  let iters = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (iters < minIters || elapsed < minMs) {
    fn(iters++);
    elapsed = performance.now() - t0;
  }
  return { ms: elapsed / iters, iters };
}

export async function run(): Promise<BenchResult[]> {
  const name = 'confirmation';
  const file = join(defaultTemplatesDir, name, 'index.mjml');
  const source = readFileSync(file, 'utf8');
  const base = JSON.parse(readFileSync(join(defaultTemplatesDir, name, 'fixture.json'), 'utf8')) as Record<string, unknown>;

  const t0 = performance.now();
  const renderer = createRenderer();
  const startupMs = performance.now() - t0;

  // A fresh name per email, so nothing can be cached between calls on either side.
  const data = (i: number) => ({ ...base, firstName: `Person ${i}` });
  let sink = 0;
  const rendered = timePerCall((i) => {
    const out = renderer.render(name, data(i));
    sink += out.html.length + out.text.length;
  }, 1000, 500);
  // The ceiling: what a naive sender would do per email, compile the same MJML (same options, includes and all).
  const plain = timePerCall(() => {
    sink += mjml2html(source, mjmlOptions(file)).html.length;
  }, 1000, 20);
  if (sink === 0) throw new Error('bench: nothing rendered');

  return [
    {
      name: 'render confirmation (precompiled MJML + Handlebars, html+text+subject)',
      // In µs: the runner prints one decimal, and a render is well under a millisecond.
      value: rendered.ms * 1000,
      unit: 'µs/email',
      ceiling: plain.ms * 1000,
      ceilingName: 'plain mjml2html',
      ratio: rendered.ms / plain.ms,
      target: { op: '<=', ratio: 0.05 },
      extra: {
        renderIters: rendered.iters,
        mjmlIters: plain.iters,
        startupMs: startupMs.toFixed(0),
      },
    },
  ];
}
