/** The gate's one comment on a pull request, found again by a hidden marker and edited in place. */
import { z } from "zod";
import { requestAllPages, requestJson, type GitHubClient } from "./client.js";

const CommentSchema = z.object({ id: z.number().int(), html_url: z.string(), body: z.string().optional() });

export const StickyCommentResultSchema = z.object({
  action: z.enum(["created", "updated", "unchanged"]),
  id: z.number().int(),
  url: z.string(),
});
export type StickyCommentResult = z.infer<typeof StickyCommentResultSchema>;

/** The hidden first line that marks the comment: `<!-- marker -->`. */
export function stickyMarker(marker: string): string {
  // a marker that could close the HTML comment would show, or let a body forge another marker
  if (!/^[\w.:/-]+$/.test(marker)) throw new Error(`sticky comment marker must be word characters, . : / -: ${JSON.stringify(marker)}`);
  return `<!-- ${marker} -->`;
}

/**
 * Create the comment on the issue or pull request, or edit the one that starts with the marker
 * (the oldest, if several), so reruns never add a second comment. A comment that only quotes
 * the marker further down is someone else's and is left alone.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  owner: string,
  repo: string,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<StickyCommentResult> {
  const tag = stickyMarker(marker);
  const text = `${tag}\n${body}`;
  const comments = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner, repo, issue_number: issueNumber },
    CommentSchema,
  );
  const existing = comments.find((c) => c.body?.startsWith(tag));
  if (existing?.body === text) return { action: "unchanged", id: existing.id, url: existing.html_url };
  const saved = existing
    ? await requestJson(
        client,
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        { owner, repo, comment_id: existing.id, body: text },
        CommentSchema,
      )
    : await requestJson(
        client,
        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { owner, repo, issue_number: issueNumber, body: text },
        CommentSchema,
      );
  return { action: existing ? "updated" : "created", id: saved.id, url: saved.html_url };
}
