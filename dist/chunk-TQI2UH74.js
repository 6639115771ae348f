import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  requestAllPages
} from "./chunk-WZXZDKPX.js";
import {
  external_exports
} from "./chunk-SCBUJERJ.js";

// src/github/pulls.ts
var ReviewSchema = external_exports.object({
  id: external_exports.number().int(),
  user: external_exports.object({ login: external_exports.string() }).nullable(),
  state: external_exports.string(),
  commit_id: external_exports.string().nullable(),
  submitted_at: external_exports.string().optional()
});
var FileSchema = external_exports.object({
  filename: external_exports.string(),
  status: external_exports.string(),
  previous_filename: external_exports.string().optional()
});
var PullRequestSchema = external_exports.object({
  number: external_exports.number().int().positive(),
  html_url: external_exports.string(),
  state: external_exports.string(),
  merged_at: external_exports.string().nullable(),
  merge_commit_sha: external_exports.string().nullable(),
  head: external_exports.object({ sha: external_exports.string() }),
  base: external_exports.object({ sha: external_exports.string(), ref: external_exports.string() })
});
var PullRequestSummarySchema = external_exports.object({
  number: external_exports.number().int().positive(),
  url: external_exports.string(),
  state: external_exports.string(),
  headSha: external_exports.string(),
  baseSha: external_exports.string(),
  baseRef: external_exports.string(),
  mergedAt: external_exports.string().nullable(),
  mergeCommitSha: external_exports.string().nullable()
});
var PullRequestFileSchema = external_exports.object({
  filename: external_exports.string(),
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status: external_exports.string(),
  /** The old path of a renamed or copied file. */
  previousFilename: external_exports.string().nullable()
});
function summary(pr) {
  return {
    number: pr.number,
    url: pr.html_url,
    state: pr.state,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    mergedAt: pr.merged_at,
    mergeCommitSha: pr.merge_commit_sha
  };
}
async function listPullRequestReviews(client, owner, repo, number) {
  const reviews = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    { owner, repo, pull_number: number },
    ReviewSchema
  );
  return reviews.flatMap(
    (r) => r.user ? [{ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id, submittedAt: r.submitted_at ?? null }] : []
  );
}
async function listPullRequestFiles(client, owner, repo, number) {
  const files = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    { owner, repo, pull_number: number },
    FileSchema
  );
  return files.map((f) => ({ filename: f.filename, status: f.status, previousFilename: f.previous_filename ?? null }));
}
async function findPullRequestsForCommit(client, owner, repo, sha) {
  const prs = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    { owner, repo, commit_sha: sha },
    PullRequestSchema
  );
  return prs.map(summary);
}
function pullRequestForCommit(prs, sha) {
  return prs.find((pr) => pr.mergedAt !== null && pr.mergeCommitSha === sha) ?? prs.find((pr) => pr.state === "open" && pr.headSha === sha) ?? null;
}

export {
  listPullRequestReviews,
  listPullRequestFiles,
  findPullRequestsForCommit,
  pullRequestForCommit
};
