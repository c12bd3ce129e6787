// Email templates: MJML compiled once (strict) into Handlebars at start, then filled per send without calling mjml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { createRequire } from 'node:module';

export interface Rendered {
  subject: string;
  html: string;
  text: string;
}

export interface Renderer {
  render(name: string, data: Record<string, unknown>): Rendered;
  /** The subject alone: what the outbox row records when it is scheduled, without rendering the body. */
  subject(name: string, data: Record<string, unknown>): string;
  names(): string[];
}

export interface TemplateMeta {
  subject: string;
  description: string;
}

/** templates/ at the project root, found from this file so it works from any cwd. */
export const defaultTemplatesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');

/** Folders under templates/ that are shared parts, not emails. */
const NOT_TEMPLATES = new Set(['layouts']);

/**
 * mjml 4.18 compiles synchronously; the installed @types/mjml (5.x) describes mjml 5, whose
 * mjml2html returns a Promise. Type the function as it behaves at runtime here.
 */
type Mjml2Html = (src: string, opts: Record<string, unknown>) => { html: string; errors: { formattedMessage: string; message: string }[] };
let mjmlLoaded: Mjml2Html | undefined;
/** mjml is loaded when first needed (about half a second): command-line runs that render nothing skip it. */
export const mjml2html: Mjml2Html = (src, opts) => (mjmlLoaded ??= createRequire(import.meta.url)('mjml') as Mjml2Html)(src, opts);

/** Options for the one mjml call per template; exported so the bench measures the same work. */
export const mjmlOptions = (filePath: string) =>
  ({
    validationLevel: 'strict',
    filePath,
    // Comments in the sources are notes for us; they have no business in people's inboxes.
    keepComments: false,
  }) as const;

/** Words for a one-word command understood in a reply, shown in the confirmation. */
const COMMAND_TEXT: Record<string, string> = {
  done: 'You told us it’s done. Wonderful, thank you!',
  'not-yet': 'Not yet, and that’s fine. We’ll check in again later.',
  reschedule: 'We’ve moved your date, as you asked.',
  drop: 'We’ve let that one go. No hard feelings.',
  stop: 'You asked us to stop, so we won’t send you more mail.',
  join: 'You’re in! We’ll let the host know.',
};

interface Compiled {
  name: string;
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
}

/** Every `{{…}}` / `{{{…}}}` expression in a source, in order. */
const hbTokens = (src: string) => src.match(/\{\{\{?[\s\S]*?\}?\}\}/g) ?? [];

const count = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

/** The MJML sources a template pulls in through <mj-include>, recursively, so we can audit them too. */
function mjmlSources(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  const out = [src.replace(/<!--[\s\S]*?-->/g, '')];
  for (const m of src.matchAll(/<mj-include\s+path="([^"]+)"/g)) {
    const inc = resolve(dirname(file), m[1]!);
    if (existsSync(inc)) out.push(...mjmlSources(inc, seen));
  }
  return out;
}

/**
 * mjml keeps `{{…}}` text inside mj-text, mj-title and attributes, but silently drops anything
 * between block elements (a `{{#if}}` around an mj-section vanishes without a validation error).
 * A dropped `{{/if}}` would either break Handlebars or, worse, render the wrong branch, so we compare
 * the Handlebars expressions before and after and refuse a template that lost any (use mj-raw there).
 */
function assertTokensSurvived(name: string, sources: string[], html: string) {
  const before = count(sources.flatMap(hbTokens));
  const after = count(hbTokens(html));
  const lost = [...before].filter(([t, n]) => (after.get(t) ?? 0) < n).map(([t]) => t);
  if (lost.length > 0) {
    throw new Error(`template "${name}": mjml dropped Handlebars expressions ${lost.join(', ')} (wrap block-level logic in <mj-raw>)`);
  }
}

/**
 * Tidy a text body: conditionals leave blank lines and trailing spaces behind. The one trailing
 * space we keep is the signature delimiter "-- " (RFC 3676), so mail clients leave our footer out
 * of the quoted text when people reply.
 */
const tidyText = (s: string) =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/^(?!-- $)(.*?)[ \t]+$/gm, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';

/** Subjects are a header line: no newlines (header injection), no runs of spaces. */
const tidySubject = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/\s{2,}/g, ' ').trim();

/** A renderer that compiles the templates on first use (the server forces it at start, so template errors stop it there). */
export function lazyRenderer(opts: { dir?: string } = {}): Renderer {
  let r: Renderer | undefined;
  const get = () => (r ??= createRenderer(opts));
  return { render: (name, data) => get().render(name, data), subject: (name, data) => get().subject(name, data), names: () => get().names() };
}

export function createRenderer(opts: { dir?: string } = {}): Renderer {
  const dir = resolve(opts.dir ?? defaultTemplatesDir);
  // A private Handlebars so helpers registered here never leak into (or collide with) other users.
  const hb = Handlebars.create();
  hb.registerHelper('commandText', (cmd: unknown) => COMMAND_TEXT[String(cmd)] ?? '');
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Mail to organizers (intake summaries) explains itself differently in the shared footer.
  hb.registerHelper('forOrganizer', (template: unknown) => typeof template === 'string' && template.startsWith('intake-'));
  // "host a coffee klatch (coffee klatch)" reads like a stutter: show a format label only when the action doesn't already say it.
  hb.registerHelper('labelAdds', (label: unknown, action: unknown) =>
    typeof label === 'string' && label.trim() !== '' && !String(action ?? '').toLowerCase().includes(label.toLowerCase()),
  );

  const layoutTxtPath = join(dir, 'layouts', 'base.txt');
  const layoutText = existsSync(layoutTxtPath)
    ? hb.compile(readFileSync(layoutTxtPath, 'utf8'), { noEscape: true, strict: false })
    : hb.compile('{{{@content}}}', { noEscape: true });

  const templates = new Map<string, Compiled>();
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_TEMPLATES.has(d.name) && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();

  for (const name of folders) {
    const folder = join(dir, name);
    const mjmlPath = join(folder, 'index.mjml');
    const txtPath = join(folder, 'index.txt');
    const metaPath = join(folder, 'meta.json');
    for (const p of [mjmlPath, txtPath, metaPath]) {
      if (!existsSync(p)) throw new Error(`template "${name}": missing ${p.slice(folder.length + 1)}`);
    }
    let meta: TemplateMeta;
    try {
      meta = JSON.parse(readFileSync(metaPath, 'utf8')) as TemplateMeta;
    } catch (err) {
      throw new Error(`template "${name}": meta.json is not valid JSON: ${(err as Error).message}`);
    }
    if (typeof meta.subject !== 'string' || meta.subject.trim() === '') {
      throw new Error(`template "${name}": meta.json needs a "subject" string`);
    }

    let html: string;
    try {
      const out = mjml2html(readFileSync(mjmlPath, 'utf8'), mjmlOptions(mjmlPath));
      if (typeof (out as unknown as PromiseLike<unknown>).then === 'function') {
        throw new Error('mjml2html returned a Promise: this renderer expects mjml 4 (synchronous)');
      }
      if (out.errors.length > 0) throw new Error(out.errors.map((e) => e.formattedMessage).join('; '));
      html = out.html;
    } catch (err) {
      throw new Error(`template "${name}": MJML: ${(err as Error).message}`);
    }
    assertTokensSurvived(name, mjmlSources(mjmlPath), html);

    const compiled: Compiled = {
      name,
      subject: hb.compile(meta.subject, { noEscape: true }),
      html: hb.compile(html),
      text: hb.compile(readFileSync(txtPath, 'utf8'), { noEscape: true }),
    };
    // Handlebars compiles lazily on the first call; do it now so a syntax error stops start-up, not a send.
    for (const part of ['subject', 'html', 'text'] as const) {
      try {
        compiled[part]({});
      } catch (err) {
        throw new Error(`template "${name}": ${part}: ${(err as Error).message}`);
      }
    }
    templates.set(name, compiled);
  }

  const get = (name: string) => {
    const t = templates.get(name);
    if (!t) throw new Error(`unknown email template "${name}" (have: ${[...templates.keys()].join(', ')})`);
    return t;
  };
  return {
    names: () => [...templates.keys()],
    subject: (name, data) => tidySubject(get(name).subject(data, { data: { template: name } })),
    render(name, data) {
      const t = get(name);
      // @template lets the shared layout word itself for one email (the unsubscribed footer) without a data field.
      const content = t.text(data, { data: { template: name } });
      return {
        subject: tidySubject(t.subject(data, { data: { template: name } })),
        html: t.html(data, { data: { template: name } }),
        text: tidyText(layoutText(data, { data: { content, template: name } })),
      };
    },
  };
}
