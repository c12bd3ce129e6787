// `npm run bench`: runs every bench/*.bench.ts and prints each figure beside a ceiling measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure. `ratio` is value/ceiling; `target` states the bound the ratio must meet. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  ceiling: number;
  ceilingName: string;
  ratio: number;
  target: { op: '>=' | '<='; ratio: number };
  extra?: Record<string, number | string>;
}

export const met = (r: BenchResult) => (r.target.op === '>=' ? r.ratio >= r.target.ratio : r.ratio <= r.target.ratio);

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<BenchResult[]> };
  const results = await mod.run();
  for (const r of results) {
    const ok = met(r);
    if (!ok) failed++;
    const extra = r.extra ? ' ' + Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ') : '';
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.value.toFixed(1)} ${r.unit}; ${r.ceilingName} ${r.ceiling.toFixed(1)} ${r.unit}; ratio ${r.ratio.toFixed(3)} (target ${r.target.op} ${r.target.ratio})${extra}`,
    );
  }
}
console.log(`bench: ${failed === 0 ? 'all targets met' : `${failed} target(s) missed`}`);
process.exit(failed === 0 ? 0 : 1);
