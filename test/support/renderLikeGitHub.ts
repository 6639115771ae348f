/**
 * Markdown to HTML the way github.com shows a job summary or a PR comment, so tests can see what a
 * reader (and GitHub's notifier) would see of untrusted text.
 *
 * The stages follow GitHub's own pipeline:
 * 1. GFM parsing (remark-parse + remark-gfm: tables, autolinks, strikethrough, task lists);
 * 2. raw HTML is kept (GitHub renders inline HTML) except the GFM "tagfilter" tags, whose `<` GFM
 *    escapes so they show as text (GFM spec, "Disallowed Raw HTML (extension)");
 * 3. the HTML is sanitized with rehype-sanitize's default schema, which follows GitHub's
 *    allowlist (decisions.md: "Rendering like GitHub");
 * 4. after sanitizing, GitHub links `@login`, `@org/team`, `#123`, `owner/repo#123` and `GH-123`
 *    in text outside links and code; a mention notifies its target. Emulated here with the
 *    classes GitHub uses (`user-mention`, `team-mention`, `issue-link`) so a test can find them.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// GFM tagfilter: `<` of these tags (opening or closing) becomes `&lt;`, so the tag is shown as text.
const TAGFILTER = /<(\/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[\t\n\f\r />]))/gi;

function tagfilter() {
  return (tree: Root) => {
    walk(tree, (node) => {
      if (node.type === "raw") node.value = node.value.replace(TAGFILTER, "&lt;$1");
    });
  };
}

function walk(node: Root | RootContent, visit: (node: Root | RootContent) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

// GitHub's MentionFilter / TeamMentionFilter / IssueReferenceFilter patterns (html-pipeline):
// a reference starts the text or follows a non-word character, and ends before a non-word
// character other than a dot (trailing dots are punctuation: "thanks @alice."); `@login/` with
// no team name is not a mention.
const REFERENCE =
  /(?<=^|\W)(?:@(?<login>[a-z0-9][a-z0-9-]*)(?:\/(?<team>[a-z0-9][a-z0-9_-]*)|(?!\/))|(?<repo>[\w.-]+\/[\w.-]+)?#(?<issue>\d+)|GH-(?<gh>\d+))(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)/gi;

// GitHub does not link references inside these elements.
const IGNORED_PARENTS = new Set(["a", "code", "pre", "style", "script"]);

function link(className: string, href: string, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: { className: [className], href },
    children: [{ type: "text", value: text }],
  };
}

function referenceElement(match: RegExpExecArray): Element {
  const g = match.groups ?? {};
  if (g.login !== undefined && g.team !== undefined) {
    return link("team-mention", `https://github.com/orgs/${g.login}/teams/${g.team}`, match[0]);
  }
  if (g.login !== undefined) return link("user-mention", `https://github.com/${g.login}`, match[0]);
  const issue = g.issue ?? g.gh ?? "";
  const repoPath = g.repo === undefined ? "" : `https://github.com/${g.repo}/`;
  return link("issue-link", `${repoPath}issues/${issue}`, match[0]);
}

function linkReferences(text: Text): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(REFERENCE)) {
    if (match.index > last) out.push({ type: "text", value: text.value.slice(last, match.index) });
    out.push(referenceElement(match));
    last = match.index + match[0].length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push({ type: "text", value: text.value.slice(last) });
  return out;
}

function githubReferences() {
  const rewrite = (parent: Root | Element): void => {
    const before: RootContent[] = parent.children;
    const children = before.flatMap((child): RootContent[] => {
      if (child.type === "text") return linkReferences(child);
      if (child.type === "element" && !IGNORED_PARENTS.has(child.tagName)) rewrite(child);
      return [child];
    });
    // Only text became links, so an element's children are still element content.
    parent.children = children as typeof parent.children;
  };
  return rewrite;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(tagfilter)
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .use(githubReferences)
  .use(rehypeStringify)
  .freeze();

/** The HTML fragment github.com would show for `markdown` in a job summary or comment. */
export async function renderLikeGitHub(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
