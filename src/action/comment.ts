/**
 * The optional sticky pull-request comment: the report (without the job summary's extracted
 * JSON), posted once and edited in place on every run (`upsertStickyComment`'s hidden marker).
 */
import type { GitHubClient } from "../github/client.js";
import { upsertStickyComment, type StickyCommentResult } from "../github/comments.js";
import type { CheckReport } from "../report/checkReport.js";
import { renderMarkdown, type MarkdownOptions } from "../report/renderMarkdown.js";

export const COMMENT_MARKER = "wo-migration-gate";

/** GitHub refuses comment bodies over 65,536 characters; the marker line needs a little room. */
const COMMENT_LIMIT = 65_000;

export function commentBody(report: CheckReport, options: Omit<MarkdownOptions, "detailed">): string {
  const body = renderMarkdown(report, options);
  if (body.length <= COMMENT_LIMIT) return body;
  // Every rendered line stands alone (untrusted text is kept on one line), so cutting between
  // lines leaves valid Markdown.
  const tail = "\n_The report is too long for a comment: the job summary has all of it._\n";
  const lines = body.split("\n");
  let kept = "";
  for (const line of lines) {
    if (kept.length + line.length + 1 + tail.length > COMMENT_LIMIT) break;
    kept += `${line}\n`;
  }
  return kept + tail;
}

export async function postComment(
  client: GitHubClient,
  target: { owner: string; repo: string; number: number },
  body: string,
): Promise<StickyCommentResult> {
  return upsertStickyComment(client, target.owner, target.repo, target.number, COMMENT_MARKER, body);
}
