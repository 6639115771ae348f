/**
 * Proves the render harness (renderLikeGitHub + Chromium DOM facts) that the report tests rely
 * on: real Markdown constructs are seen, GitHub's sanitizer and tagfilter are applied, escaped
 * text stays text, and the escapes that do NOT work on GitHub are caught.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, inspectHtml, noChromiumReason, screenshot } from "../support/chromium.js";
import { renderLikeGitHub } from "../support/renderLikeGitHub.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const inspect = async (markdown: string) => inspectHtml(await renderLikeGitHub(markdown));

describe.skipIf(noChromiumReason !== null)(
  `render harness in Chromium${noChromiumReason ? ` (skipped: ${noChromiumReason})` : ""}`,
  () => {
    afterAll(closeBrowser);

    it("sees the links, headings, tables, images and references that real Markdown makes", async () => {
      const facts = await inspect(
        [
          "## Verdict",
          "",
          "See [the docs](https://example.com/docs), ask @alice or @acme/dba, fixes #12 and acme/api#7.",
          "",
          "| Rule | Result |",
          "|------|--------|",
          "| WO001 | pass |",
          "| WO002 | fail |",
          "",
          "![diagram](https://example.com/d.png)",
          "",
          "```sql",
          "-- @bob #9 [x](https://example.com) in code stay text",
          "```",
        ].join("\n"),
      );
      expect(facts.headings).toEqual([{ level: 2, text: "Verdict" }]);
      expect(facts.links.map((l) => l.href)).toEqual([
        "https://example.com/docs",
        "https://github.com/alice",
        "https://github.com/orgs/acme/teams/dba",
        "issues/12",
        "https://github.com/acme/api/issues/7",
      ]);
      expect(facts.links[0]).toEqual({ href: "https://example.com/docs", text: "the docs", className: "" });
      expect(facts.images).toEqual([{ src: "https://example.com/d.png", alt: "diagram" }]);
      expect(facts.tables).toEqual([
        { rowCount: 3, rows: [["Rule", "Result"], ["WO001", "pass"], ["WO002", "fail"]] },
      ]);
      expect(facts.mentions).toEqual([
        { text: "@alice", href: "https://github.com/alice" },
        { text: "@acme/dba", href: "https://github.com/orgs/acme/teams/dba" },
      ]);
      expect(facts.issueLinks.map((l) => l.text)).toEqual(["#12", "acme/api#7"]);
      expect(facts.blocks.map((b) => b.tag)).toEqual(["h2", "p", "table", "p", "pre"]);
      expect(facts.blocks[4]?.text).toBe("-- @bob #9 [x](https://example.com) in code stay text\n");
    });

    it("links mentions only where GitHub does", async () => {
      const facts = await inspect(
        "mail bob@example.com; thanks @carol. `@dave` [@erin](https://example.com) @frank/ <code>@gina</code>",
      );
      expect(facts.mentions.map((m) => m.text)).toEqual(["@carol"]);
      expect(facts.links.map((l) => l.href)).toEqual([
        "mailto:bob@example.com",
        "https://github.com/carol",
        "https://example.com",
      ]);
    });

    it("removes what GitHub's sanitizer removes", async () => {
      const facts = await inspect(
        [
          '<img src="https://example.com/x.png" onerror="alert(1)" style="width:9999px">',
          '<a href="javascript:alert(1)">one</a> <a href="JaVaScRiPt:alert(2)">two</a>',
          '<a href="&#106;avascript:alert(3)">three</a> <a href="data:text/html,x">four</a>',
          '<div id="verdict" class="banner" onclick="x()"><b onmouseover="x()">bold</b></div>',
          '<form action="https://example.com"><input type="text" name="q"><button>go</button></form>',
          "<object data=x></object><embed src=x><svg><circle r=1></circle></svg><math></math>",
        ].join("\n"),
      );
      expect(facts.links).toEqual(
        ["one", "two", "three", "four"].map((text) => ({ href: null, text, className: "" })),
      );
      expect(facts.images).toEqual([{ src: "https://example.com/x.png", alt: null }]);
      for (const tag of ["form", "button", "object", "embed", "svg", "circle", "math"]) {
        expect(facts.tags).not.toContain(tag);
      }
      // rehype-sanitize keeps `<input>` for GFM task lists, forced to a disabled checkbox
      // (GitHub drops raw inputs): nothing can be typed in or submitted either way.
      expect(facts.attributes.filter((a) => a.tag === "input").map((a) => `${a.name}=${a.value}`).sort()).toEqual([
        "disabled=",
        "name=user-content-q",
        "type=checkbox",
      ]);
      const names = facts.attributes.map((a) => a.name);
      expect(names.filter((n) => n.startsWith("on") || n === "style" || n === "class")).toEqual([]);
      // GitHub keeps ids but prefixes them, so content cannot clobber the page's own ids.
      expect(facts.attributes).toContainEqual({ tag: "div", name: "id", value: "user-content-verdict" });
      expect(facts.text).toContain("bold");
    });

    it("shows the GFM tagfilter tags as text, as GitHub does (GFM spec, Disallowed Raw HTML)", async () => {
      // The spec's own example for the tagfilter extension, plus script and iframe.
      const facts = await inspect(
        [
          "<strong> <title> <style> <em>",
          "",
          "<blockquote>",
          "  <xmp> is disallowed.  <XMP> is also disallowed.",
          "</blockquote>",
          "",
          '<script>alert(1)</script> <iframe src="https://example.com"></iframe>',
        ].join("\n"),
      );
      for (const tag of ["title", "style", "xmp", "script", "iframe"]) expect(facts.tags).not.toContain(tag);
      expect(facts.tags).toEqual(expect.arrayContaining(["strong", "em", "blockquote"]));
      expect(facts.text).toContain("<title> <style>");
      expect(facts.text).toContain("<xmp> is disallowed. <XMP> is also disallowed.");
      expect(facts.text).toContain('<script>alert(1)</script> <iframe src="https://example.com"></iframe>');
    });

    it("finds nothing in properly escaped text, and shows the text as written", async () => {
      const escaped = [
        // A zero-width space breaks the bare-URL autolink, which backslashes do not stop.
        "\\[x\\]\\(https:/\u200B/example.com\\)",
        "\\!\\[i\\]\\(https:/\u200B/example.com/i.png\\)",
        "&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;",
        "@\u200Bname @\u200Bacme/dba #\u200B12",
        "",
        "\\# Not a heading",
        "",
        "\\| a \\| b \\|",
        "\\|---\\|---\\|",
        "\\| 1 \\| 2 \\|",
      ].join("\n");
      const facts = await inspect(escaped);
      expect(facts).toMatchObject({ links: [], images: [], headings: [], tables: [], mentions: [], issueLinks: [] });
      expect(facts.tags.filter((tag) => tag !== "p" && tag !== "br")).toEqual([]);
      expect(facts.text).toContain("[x](https:/\u200B/example.com)");
      expect(facts.text).toContain("![i](https:/\u200B/example.com/i.png)");
      expect(facts.text).toContain("<img src=x onerror=alert(1)> <script>");
      expect(facts.text).toContain("# Not a heading");
      expect(facts.text).toContain("| a | b |");
    });

    it("catches the escapes that do not work on GitHub", async () => {
      // GitHub links references in the HTML after Markdown has consumed the backslashes, and
      // autolinks bare URLs, so these still notify someone or make a link.
      const facts = await inspect("\\@bob \\#12 \\[x\\](https://example.com/a)");
      expect(facts.mentions).toEqual([{ text: "@bob", href: "https://github.com/bob" }]);
      expect(facts.issueLinks.map((l) => l.text)).toEqual(["#12"]);
      expect(facts.links).toContainEqual({ href: "https://example.com/a", text: "https://example.com/a", className: "" });
    });

    it("saves a screenshot of a rendered summary", async () => {
      const file = path.join(root, ".tmp/artifacts/render-smoke.png");
      const html = await renderLikeGitHub(
        [
          "## wo-migration-gate: render smoke test",
          "",
          "**Verdict: DENY** (2 findings)",
          "",
          "| Rule | Line | Finding |",
          "|------|-----:|---------|",
          "| `WO012` | 14 | Rollback plan is missing |",
          "| `STARTUP001` | 3 | `migrate` runs on container start |",
          "",
          "- Work order: `docs/WO-42.md`",
          "- Reviewer: @alice, see #12",
          "",
          "Untrusted text, escaped: \\[x\\]\\(https:/\u200B/example.com\\) &lt;img&gt; @\u200Bname",
        ].join("\n"),
      );
      await screenshot(html, file);
      const png = await readFile(file);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // IHDR width: the page's viewport width.
      expect(png.readUInt32BE(16)).toBe(880);
    });
  },
);
