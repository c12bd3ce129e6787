// The admin's page shell and shared parts (tables, pager, forms, server-rendered SVG charts); hono/jsx escapes every value.
import { raw } from 'hono/html';
import type { Child, FC, PropsWithChildren } from 'hono/jsx';
import type { Counts } from './queries.ts';

const css = `
:root{--fg:#1d2128;--muted:#5d6673;--line:#dde1e6;--bg:#fff;--soft:#f5f6f8;--accent:#1f5fbf;--kept:#2e8540;--pending:#8a94a3;--dropped:#d9822b;--lapsed:#c23934}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
header .brand{font-weight:700;margin-right:.5rem}
header nav{display:flex;flex-wrap:wrap;gap:.25rem .9rem;flex:1}
header nav a{text-decoration:none;color:var(--fg);padding:.15rem 0;border-bottom:2px solid transparent}
header nav a.on{border-color:var(--accent);font-weight:600}
header form{margin:0}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.45rem;margin:.2rem 0 .8rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
a{color:var(--accent)}
.muted{color:var(--muted)}.small{font-size:.85rem}
.flash{padding:.6rem .8rem;border-radius:6px;background:#eaf4ec;border:1px solid #b9dcc1;margin-bottom:1rem}
.flash.err{background:#fbeaea;border-color:#eab8b6}
.warn{padding:.6rem .8rem;border-radius:6px;background:#fff6e0;border:1px solid #f0d58c;margin-bottom:1rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;min-width:32rem}
th,td{text-align:left;padding:.4rem .55rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--soft);font-weight:600;font-size:.85rem;white-space:nowrap}
tr:last-child td{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:.5rem 0 1rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.card b{display:block;font-size:1.5rem;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}
.chart{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.chart h3{font-size:.95rem;margin:0 0 .4rem}
.chart svg{width:100%;height:auto;display:block}
.badge{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;color:#fff;background:var(--pending);white-space:nowrap}
.badge.kept,.badge.sent,.badge.joined,.badge.introduced{background:var(--kept)}.badge.dropped,.badge.skipped,.badge.declined{background:var(--dropped)}
.badge.lapsed,.badge.failed{background:var(--lapsed)}.badge.scheduled,.badge.sending{background:var(--accent)}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin-bottom:1rem}
label{display:flex;flex-direction:column;font-size:.85rem;gap:.15rem}
label.inline{flex-direction:row;align-items:center;gap:.35rem}
input,select,textarea{font:inherit;padding:.35rem .45rem;border:1px solid #b9c0ca;border-radius:5px;background:#fff;max-width:100%}
textarea{width:100%;min-height:3.5rem}
button,.button{font:inherit;padding:.35rem .8rem;border-radius:5px;border:1px solid #55606e;background:#fff;color:var(--fg);cursor:pointer;text-decoration:none;display:inline-block}
button.primary,.button.primary{background:var(--accent);border-color:var(--accent);color:#fff}
button.danger{border-color:var(--lapsed);color:var(--lapsed)}
.actions{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.actions form{margin:0}
.pager{display:flex;gap:.8rem;align-items:center;margin:.6rem 0}
pre.mail{white-space:pre-wrap;word-break:break-word;background:var(--soft);padding:.5rem .6rem;border-radius:6px;margin:.3rem 0;max-height:16rem;overflow:auto;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
details summary{cursor:pointer}
.review{border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;margin-bottom:1rem}
.review h3{margin:0 0 .3rem;font-size:1rem;word-break:break-word}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.8rem}
iframe.preview{width:100%;height:38rem;border:1px solid var(--line);border-radius:6px;background:#fff}
.login{max-width:22rem;margin:10vh auto;padding:1.2rem;border:1px solid var(--line);border-radius:10px}
.login form{display:flex;flex-direction:column;gap:.7rem}
@media (max-width:40rem){main{padding:.7rem}h1{font-size:1.25rem}th,td{padding:.35rem .4rem}.card b{font-size:1.25rem}header .brand{width:100%}
table.stack{min-width:0}.stack thead{display:none}.stack tr{display:block;padding:.4rem 0;border-bottom:1px solid var(--line)}.stack tr:last-child{border-bottom:0}.stack td{display:block;border:0;padding:.1rem .55rem}.stack td:empty{display:none}}
`;

// Our own constant stylesheet, so raw: escaping would turn its quotes into entities CSS cannot read.
export const Style = () => <style>{raw(css)}</style>;

/** Dates as UTC "2026-11-23 15:00": organizers compare rows, not read prose. */
export const fmtTime = (ms: number | null | undefined) => (ms === null || ms === undefined ? '' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));
export const fmtDay = (ms: number | null | undefined) => (ms === null || ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
export const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

export interface Shell {
  user: string;
  csrf: string;
  open: boolean;
  reviewCount?: number;
}

export const Layout: FC<PropsWithChildren<{ title: string; shell: Shell; active?: string; flash?: { text: string; error?: boolean } | null }>> = ({ title, shell, active, flash, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="same-origin" />
      <title>{`${title} · Followthrough admin`}</title>
      <Style />
    </head>
    <body>
      <header>
        <span class="brand">Followthrough</span>
        <nav>
          <a href="/admin" class={active === 'outcomes' ? 'on' : ''}>Outcomes</a>
          <a href="/admin/review" class={active === 'review' ? 'on' : ''}>
            Review{shell.reviewCount ? ` (${shell.reviewCount})` : ''}
          </a>
          <a href="/admin/mail" class={active === 'mail' ? 'on' : ''}>Mail</a>
          <a href="/admin/people" class={active === 'people' ? 'on' : ''}>People</a>
        </nav>
        <span class="muted small">{shell.user}</span>
        {!shell.open && (
          <Post action="/admin/logout" csrf={shell.csrf}>
            <button type="submit">Log out</button>
          </Post>
        )}
      </header>
      <main>
        {shell.open && <p class="warn">Open admin: no ADMIN_PASSWORD is set, so this development server on a loopback address asks nobody to log in.</p>}
        {flash && <p class={flash.error ? 'flash err' : 'flash'}>{flash.text}</p>}
        <h1>{title}</h1>
        {children}
      </main>
    </body>
  </html>
);

/** A state-changing form: always POST, always with the session's CSRF token. */
export const Post: FC<PropsWithChildren<{ action: string; csrf: string; class?: string }>> = ({ action, csrf, children, ...rest }) => (
  <form method="post" action={action} class={rest.class}>
    <input type="hidden" name="_csrf" value={csrf} />
    {children}
  </form>
);

export const Badge = ({ v }: { v: string | null | undefined }) => (v ? <span class={`badge ${v}`}>{v}</span> : null);

/** `stack`: on a phone each row becomes a block (for rows that read as text); otherwise narrow screens scroll the table sideways. */
export const Table: FC<PropsWithChildren<{ head: (string | [string, 'num'])[]; stack?: boolean }>> = ({ head, stack, children }) => (
  <div class="scroll">
    <table class={stack ? 'stack' : undefined}>
      <thead>
        <tr>
          {head.map((h) => (typeof h === 'string' ? <th>{h}</th> : <th class="num">{h[0]}</th>))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);

/** Previous/next links that keep the page's other query parameters. */
export const Pager = ({ page, hasNext, url, param = 'page' }: { page: number; hasNext: boolean; url: URL; param?: string }) => {
  if (page <= 1 && !hasNext) return null;
  const at = (n: number) => {
    const u = new URL(url);
    u.searchParams.set(param, String(n));
    return u.pathname + u.search;
  };
  return (
    <nav class="pager small" aria-label="pages">
      {page > 1 ? <a href={at(page - 1)}>← previous</a> : <span class="muted">← previous</span>}
      <span>page {page}</span>
      {hasNext ? <a href={at(page + 1)}>next →</a> : <span class="muted">next →</span>}
    </nav>
  );
};

export const Empty = ({ children }: PropsWithChildren) => <p class="muted">{children}</p>;

// ---- Charts: plain SVG, drawn on the server, readable at any width (viewBox scales). ----

const stateColors: Record<keyof Counts, string> = { kept: '#2e8540', pending: '#8a94a3', dropped: '#d9822b', lapsed: '#c23934' };
const order: (keyof Counts)[] = ['kept', 'pending', 'dropped', 'lapsed'];

export const StateChart = ({ counts }: { counts: Counts }) => {
  const total = order.reduce((s, k) => s + counts[k], 0);
  let x = 0;
  const w = 400;
  return (
    <svg viewBox="0 0 400 96" role="img" aria-label={`commitments by state: ${order.map((k) => `${k} ${counts[k]}`).join(', ')}`}>
      <rect x="0" y="0" width={w} height="34" rx="4" fill="#eef0f3" />
      {total > 0 &&
        order.map((k) => {
          const bw = (counts[k] / total) * w;
          const r = <rect x={x.toFixed(1)} y="0" width={bw.toFixed(1)} height="34" fill={stateColors[k]} />;
          x += bw;
          return r;
        })}
      {order.map((k, i) => (
        <g transform={`translate(${i * 100},52)`}>
          <rect width="14" height="14" rx="3" fill={stateColors[k]} />
          <text x="19" y="12" font-size="13" fill="#1d2128">
            {`${k} ${counts[k]}`}
          </text>
          <text x="19" y="32" font-size="12" fill="#5d6673">
            {total ? `${Math.round((counts[k] / total) * 100)}%` : ''}
          </text>
        </g>
      ))}
    </svg>
  );
};

/** Horizontal bars with labels on the left: kept rate per event, formats chosen. */
export const BarChart = ({ bars, max, label }: { bars: { label: string; value: number; text: string; color?: string }[]; max?: number; label: string }) => {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const rowH = 26;
  const h = Math.max(rowH, bars.length * rowH);
  return (
    <svg viewBox={`0 0 400 ${h}`} role="img" aria-label={label}>
      {bars.map((b, i) => (
        <g transform={`translate(0,${i * rowH})`}>
          <text x="0" y="17" font-size="13" fill="#1d2128">
            {b.label.length > 22 ? b.label.slice(0, 21) + '…' : b.label}
          </text>
          <rect x="160" y="4" width="190" height="18" rx="3" fill="#eef0f3" />
          <rect x="160" y="4" width={((b.value / top) * 190).toFixed(1)} height="18" rx="3" fill={b.color ?? '#1f5fbf'} />
          <text x="356" y="17" font-size="13" fill="#1d2128">
            {b.text}
          </text>
        </g>
      ))}
    </svg>
  );
};

/** Replies per week since the event: week 0 is the event's week; the last bar holds every later week. */
export const WeeksChart = ({ weeks }: { weeks: number[] }) => {
  const top = Math.max(1, ...weeks);
  const n = weeks.length;
  const bw = 560 / n;
  return (
    <svg viewBox="0 0 600 190" role="img" aria-label={`replies by week since the event: ${weeks.join(', ')}`}>
      <line x1="30" y1="150" x2="590" y2="150" stroke="#b9c0ca" />
      <text x="0" y="16" font-size="12" fill="#5d6673">
        {String(top)}
      </text>
      {weeks.map((v, i) => {
        const bh = (v / top) * 130;
        return (
          <g>
            <rect x={(30 + i * bw + 3).toFixed(1)} y={(150 - bh).toFixed(1)} width={(bw - 6).toFixed(1)} height={bh.toFixed(1)} rx="2" fill="#1f5fbf">
              <title>{`week ${i === n - 1 ? `${i}+` : i}: ${v} replies`}</title>
            </rect>
            <text x={(30 + i * bw + bw / 2).toFixed(1)} y="168" font-size="12" text-anchor="middle" fill="#5d6673">
              {i === n - 1 ? `${i}+` : String(i)}
            </text>
            {v > 0 && (
              <text x={(30 + i * bw + bw / 2).toFixed(1)} y={(146 - bh).toFixed(1)} font-size="11" text-anchor="middle" fill="#1d2128">
                {String(v)}
              </text>
            )}
          </g>
        );
      })}
      <text x="310" y="186" font-size="12" text-anchor="middle" fill="#5d6673">
        weeks since the event
      </text>
    </svg>
  );
};

export const stateColor = (s: keyof Counts) => stateColors[s];
export type { Child };
