/**
 * markdown-it's flat token stream folded into a tree of blocks, each with its 1-based source
 * lines. The extractor walks this tree by section headings; it never matches lines of the raw
 * document with regular expressions.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { inlineSegments, plainSegments, type Segment } from "./normalize.js";

// html: true so HTML comments become their own tokens (a comment is not a value) and `<SIGNATURE>`
// stays one piece; tables and strikethrough are on in the default preset, linkify is off.
const md = new MarkdownIt({ html: true });

export interface BlockNode {
  /** markdown-it's type without _open: paragraph, heading, bullet_list, list_item, fence, html_block, … */
  type: string;
  token: Token | null;
  children: BlockNode[];
  parent: BlockNode | null;
  /** 1-based first line; 0 for the root. */
  line: number;
  /** 1-based line after the last one (exclusive). */
  endLine: number;
  /** Inline content (paragraphs, headings, table cells) as segments, and as written. */
  segments: Segment[] | null;
  source: string | null;
  /** Every node of the document in order (shared); this node's subtree is `all[index + 1 .. end)`. */
  all: BlockNode[];
  index: number;
  end: number;
}

export function parseMarkdown(text: string): BlockNode {
  const tokens = md.parse(text, {});
  const all: BlockNode[] = [];
  const root: BlockNode = { type: "root", token: null, children: [], parent: null, line: 0, endLine: 0, segments: null, source: null, all, index: -1, end: 0 };
  let current = root;
  for (const t of tokens) {
    if (t.nesting === -1) {
      current.end = all.length;
      current = current.parent ?? root;
      continue;
    }
    if (t.type === "inline") {
      current.segments = inlineSegments(t.children);
      current.source = t.content;
      continue;
    }
    // Table cells carry no line map; they sit on their row's line.
    const map = t.map ?? [current.line - 1, current.endLine - 1];
    const node: BlockNode = {
      type: t.nesting === 1 ? t.type.replace(/_open$/, "") : t.type,
      token: t,
      children: [],
      parent: current,
      line: map[0] + 1,
      endLine: map[1] + 1,
      segments: null,
      source: null,
      all,
      index: all.length,
      end: all.length + 1,
    };
    all.push(node);
    current.children.push(node);
    if (t.nesting === 1) current = node;
  }
  root.end = all.length;
  return root;
}

/** Every node below `node`, depth first, in document order. */
export function descendants(node: BlockNode): BlockNode[] {
  return node.all.slice(node.index + 1, node.end);
}

export function isList(node: BlockNode): boolean {
  return node.type === "bullet_list" || node.type === "ordered_list";
}

/** The first paragraph of a list item (its first line holds the label or the box). */
export function leadParagraph(item: BlockNode): BlockNode | null {
  const first = item.children[0];
  return first && first.type === "paragraph" ? first : null;
}

/** A block's own content as segments: a paragraph's inline text, an HTML block, a code block. */
export function blockSegments(node: BlockNode): Segment[] | null {
  if (node.type === "paragraph" || node.type === "heading") return node.segments ?? [];
  if (node.type === "html_block") return plainSegments((node.token?.content ?? "").replace(/\n$/, ""), true);
  if (node.type === "fence" || node.type === "code_block") return plainSegments(node.token?.content ?? "");
  return null;
}
