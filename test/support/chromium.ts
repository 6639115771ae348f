/**
 * Opens HTML (from `renderLikeGitHub`) in headless Chromium and reports what the DOM holds, so
 * tests assert on what a reader of the job summary or PR comment would actually get.
 *
 * The browser is Debian's `chromium` (made available by `scripts/setup-chromium.mjs`), driven by
 * playwright-core. One browser per test file: it starts on first use; the file closes it with
 * `afterAll(closeBrowser)`. Each call gets a fresh context with JavaScript disabled and every
 * request aborted, so rendered content can neither run nor fetch anything.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { z } from "zod";
import { findChromium } from "../../scripts/setup-chromium.mjs";

/** Path of the browser the tests use; null when none is installed. */
export const chromiumPath: string | null = findChromium();

/** Why browser tests are skipped, or null when they run. Put it in the skipped suite's name. */
export const noChromiumReason: string | null = chromiumPath
  ? null
  : "no Chromium (run `node scripts/setup-chromium.mjs` as root on Debian, or set CHROMIUM_PATH)";

const reference = z.object({ text: z.string(), href: z.string().nullable() });

const domFactsSchema = z.object({
  /** Every `<a>` in document order, with its href attribute as written (null when removed). */
  links: z.array(z.object({ href: z.string().nullable(), text: z.string(), className: z.string() })),
  images: z.array(z.object({ src: z.string().nullable(), alt: z.string().nullable() })),
  headings: z.array(z.object({ level: z.number().int().min(1).max(6), text: z.string() })),
  /** Each table's rows (header row included), each row its cell texts. */
  tables: z.array(z.object({ rowCount: z.number().int(), rows: z.array(z.array(z.string())) })),
  /** Tag name of every element of the rendered content, in document order. */
  tags: z.array(z.string()),
  /** Every attribute of every element of the rendered content, in document order. */
  attributes: z.array(z.object({ tag: z.string(), name: z.string(), value: z.string() })),
  /** `@user` and `@org/team` mentions: GitHub notifies each of them. */
  mentions: z.array(reference),
  /** `#123`, `owner/repo#123` and `GH-123` references turned into issue links. */
  issueLinks: z.array(reference),
  /** Each top-level block of the content, with the text a reader sees (innerText). */
  blocks: z.array(z.object({ tag: z.string(), text: z.string() })),
  /** All the text a reader sees (innerText of the content). */
  text: z.string(),
});

/** What the DOM of the rendered content holds. */
export type DomFacts = z.infer<typeof domFactsSchema>;

// Evaluated in the page, so written as the browser runs it: a function compiled from TypeScript
// would carry the bundler's helpers (esbuild's `__name`), which do not exist in the page.
const COLLECT_FACTS = `(() => {
  const root = document.querySelector("article.markdown-body");
  const all = (selector) => Array.from(root.querySelectorAll(selector));
  const text = (el) => el.textContent ?? "";
  const tag = (el) => el.tagName.toLowerCase();
  const reference = (a) => ({ text: text(a), href: a.getAttribute("href") });
  const elements = all("*");
  return {
    links: all("a").map((a) => ({ href: a.getAttribute("href"), text: text(a), className: a.className })),
    images: all("img").map((img) => ({ src: img.getAttribute("src"), alt: img.getAttribute("alt") })),
    headings: all("h1, h2, h3, h4, h5, h6").map((h) => ({ level: Number(h.tagName.slice(1)), text: text(h) })),
    tables: all("table").map((table) => {
      const rows = Array.from(table.rows, (row) => Array.from(row.cells, text));
      return { rowCount: rows.length, rows };
    }),
    tags: elements.map(tag),
    attributes: elements.flatMap((el) => Array.from(el.attributes, (a) => ({ tag: tag(el), name: a.name, value: a.value }))),
    mentions: all(".user-mention, .team-mention").map(reference),
    issueLinks: all(".issue-link").map(reference),
    blocks: Array.from(root.children, (el) => ({ tag: tag(el), text: el.innerText })),
    text: root.innerText,
  };
})()`;

// A small subset of GitHub's markdown-body styles: enough for a screenshot to read like a summary.
const STYLESHEET = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; max-width: 880px; padding: 24px 32px; color: #1f2328;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre,
.markdown-body blockquote, .markdown-body details { margin: 0 0 16px; }
.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
.markdown-body h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body a.user-mention, .markdown-body a.team-mention { font-weight: 600; color: #1f2328; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, Menlo, "Liberation Mono", "DejaVu Sans Mono", monospace; }
.markdown-body pre { padding: 16px; background: #f6f8fa; border-radius: 6px; overflow: auto; }
.markdown-body pre code { padding: 0; background: transparent; font-size: 85%; }
.markdown-body table { border-collapse: collapse; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body img { max-width: 100%; }
`;

function documentFor(fragment: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLESHEET}</style></head><body><article class="markdown-body">${fragment}</article></body></html>`;
}

let browser: Promise<Browser> | undefined;

function launch(): Promise<Browser> {
  if (!chromiumPath) return Promise.reject(new Error(noChromiumReason ?? "no Chromium"));
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  browser ??= chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox"] });
  return browser;
}

/** Closes this test file's browser (use as `afterAll(closeBrowser)`). */
export async function closeBrowser(): Promise<void> {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}

async function withPage<T>(fragment: string, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await (await launch()).newContext({
    javaScriptEnabled: false,
    viewport: { width: 880, height: 120 },
    deviceScaleFactor: 1,
  });
  try {
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(documentFor(fragment), { waitUntil: "load" });
    return await use(page);
  } finally {
    await context.close();
  }
}

/** Loads the HTML fragment in Chromium and reads the facts a test asserts on from the DOM. */
export async function inspectHtml(fragment: string): Promise<DomFacts> {
  return domFactsSchema.parse(await withPage(fragment, (page) => page.evaluate(COLLECT_FACTS)));
}

/** Renders the HTML fragment with GitHub-like styles and saves a full-page PNG at `file`. */
export async function screenshot(fragment: string, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await withPage(fragment, async (page) => {
    await page.screenshot({ path: file, fullPage: true });
  });
}
