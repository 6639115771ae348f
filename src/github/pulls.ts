/** Pull requests, their reviews and files, and the pull requests of a commit. */
import { z } from "zod";
import { requestAllPages, requestJson, type GitHubClient } from "./client.js";
import type { ReviewFact } from "./schema.js";

// Only the fields the gate reads; GitHub's full shapes are in its OpenAPI description.
const ReviewSchema = z.object({
  id: z.number().int(),
  user: z.object({ login: z.string() }).nullable(),
  state: z.string(),
  commit_id: z.string().nullable(),
  submitted_at: z.string().optional(),
});

const FileSchema = z.object({
  filename: z.string(),
  status: z.string(),
  previous_filename: z.string().optional(),
});

const PullRequestSchema = z.object({
  number: z.number().int().positive(),
  html_url: z.string(),
  state: z.string(),
  merged_at: z.string().nullable(),
  merge_commit_sha: z.string().nullable(),
  head: z.object({ sha: z.string() }),
  base: z.object({ sha: z.string(), ref: z.string() }),
});

export const PullRequestSummarySchema = z.object({
  number: z.number().int().positive(),
  url: z.string(),
  state: z.string(),
  headSha: z.string(),
  baseSha: z.string(),
  baseRef: z.string(),
  mergedAt: z.string().nullable(),
  mergeCommitSha: z.string().nullable(),
});
export type PullRequestSummary = z.infer<typeof PullRequestSummarySchema>;

export const PullRequestFileSchema = z.object({
  filename: z.string(),
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status: z.string(),
  /** The old path of a renamed or copied file. */
  previousFilename: z.string().nullable(),
});
export type PullRequestFile = z.infer<typeof PullRequestFileSchema>;

function summary(pr: z.infer<typeof PullRequestSchema>): PullRequestSummary {
  return {
    number: pr.number,
    url: pr.html_url,
    state: pr.state,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    mergedAt: pr.merged_at,
    mergeCommitSha: pr.merge_commit_sha,
  };
}

/**
 * Every review of the pull request, oldest first. Reviews whose author account is gone
 * (`user: null`) are left out: no login can be mapped to them.
 */
export async function listPullRequestReviews(client: GitHubClient, owner: string, repo: string, number: number): Promise<ReviewFact[]> {
  const reviews = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    { owner, repo, pull_number: number },
    ReviewSchema,
  );
  return reviews.flatMap((r) =>
    r.user
      ? [{ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id, submittedAt: r.submitted_at ?? null }]
      : [],
  );
}

/** The files the pull request changes (GitHub lists at most 3,000). */
export async function listPullRequestFiles(client: GitHubClient, owner: string, repo: string, number: number): Promise<PullRequestFile[]> {
  const files = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    { owner, repo, pull_number: number },
    FileSchema,
  );
  return files.map((f) => ({ filename: f.filename, status: f.status, previousFilename: f.previous_filename ?? null }));
}

export async function getPullRequest(client: GitHubClient, owner: string, repo: string, number: number): Promise<PullRequestSummary> {
  const pr = await requestJson(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}",
    { owner, repo, pull_number: number },
    PullRequestSchema,
  );
  return summary(pr);
}

/** The pull requests GitHub associates with a commit: those that merged it, and open ones containing it. */
export async function findPullRequestsForCommit(client: GitHubClient, owner: string, repo: string, sha: string): Promise<PullRequestSummary[]> {
  const prs = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    { owner, repo, commit_sha: sha },
    PullRequestSchema,
  );
  return prs.map(summary);
}

/**
 * The pull request whose approvals stand for `sha` outside a pull_request event: the one that
 * merged it (its merge commit is `sha`, as for merge, squash and the last commit of a rebase),
 * else an open one whose head is `sha` (a manual run on a pull request's branch). Null when
 * there is none: the caller cannot verify approvals.
 */
export function pullRequestForCommit(prs: readonly PullRequestSummary[], sha: string): PullRequestSummary | null {
  return (
    prs.find((pr) => pr.mergedAt !== null && pr.mergeCommitSha === sha) ??
    prs.find((pr) => pr.state === "open" && pr.headSha === sha) ??
    null
  );
}
