/**
 * Where the deployed work order was approved: the last commit that changed it (`git log -1 --
 * <file>` at the deployed commit), the merged pull request that brought that commit into the
 * deployed commit (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`), how the commit relates to the
 * pull request's final head, and that pull request's reviews. The reviews become the policy's
 * GitHub facts, so `approval-not-verified` (Rego) decides whether the approvals hold; anything
 * that stops them from being read is `status: "unavailable"` with the reason: a deny, never a pass.
 */
import { GitHubApiError, type GitHubClient } from "../github/client.js";
import { findPullRequestsForCommit, listPullRequestReviews, type PullRequestSummary } from "../github/pulls.js";
import type { GithubFacts } from "../input/schema.js";
import { compareText } from "../migrations/adapter.js";
import { fileAt, GitUnavailable, isAncestor, lastChange } from "../repo/git.js";
import type { ApprovalHistory } from "./schema.js";

/** The repository on GitHub and a client for it, or why there is none (no token, no repository). */
export type GitHubRepository = { status: "available"; client: GitHubClient; owner: string; repo: string } | { status: "unavailable"; reason: string };

const NO_HISTORY: ApprovalHistory = {
  lastChange: null,
  pullRequest: null,
  lastChangeIsMergeCommit: false,
  lastChangeInHead: null,
  sameAsHead: null,
};

const short = (sha: string): string => sha.slice(0, 7);

function unavailable(reason: string): GithubFacts {
  return { status: "unavailable", reason, pullRequest: null, reviews: [] };
}

export interface ApprovalFacts {
  history: ApprovalHistory;
  github: GithubFacts;
}

interface Candidate {
  pr: PullRequestSummary;
  isMerge: boolean;
  inHead: boolean | null;
}

/**
 * The merged pull requests whose merge commit is in the deployed commit's history, those the last
 * change belongs to as merged or as part of the head first, then the earliest merged: the pull
 * request where the change was reviewed.
 */
async function mergedInto(dir: string, deployed: string, change: string, prs: readonly PullRequestSummary[]): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (const pr of prs) {
    if (pr.mergedAt === null || pr.mergeCommitSha === null) continue;
    if ((await isAncestor(dir, pr.mergeCommitSha, deployed)) !== true) continue;
    candidates.push({ pr, isMerge: pr.mergeCommitSha === change, inHead: await isAncestor(dir, change, pr.headSha) });
  }
  const rank = (c: Candidate) => (c.isMerge || c.inHead === true ? 0 : 1);
  return candidates.sort((a, b) => rank(a) - rank(b) || compareText(a.pr.mergedAt!, b.pr.mergedAt!) || a.pr.number - b.pr.number);
}

export interface ApprovalOptions {
  dir: string;
  /** Repository-relative path of the work order. */
  file: string;
  deployed: string;
  /** Commits at the edge of a shallow clone (shallowBoundary). */
  boundary: ReadonlySet<string>;
  github: GitHubRepository;
}

export async function gatherApproval(o: ApprovalOptions): Promise<ApprovalFacts> {
  let history = NO_HISTORY;
  const shallowHint = o.boundary.size > 0 ? " (this is a shallow clone: check out with fetch-depth: 0)" : "";
  try {
    const change = await lastChange(o.dir, o.file, o.deployed);
    if (change === null) return { history, github: unavailable(`the work order is in no commit of the deployed commit ${short(o.deployed)}: commit it through a reviewed pull request`) };
    history = { ...history, lastChange: change };
    if (o.boundary.has(change)) {
      return { history, github: unavailable(`the history of the work order ends at the edge of a shallow clone (commit ${short(change)}), so the commit that last changed it is unknown: check out with fetch-depth: 0`) };
    }
    if (o.github.status === "unavailable") return { history, github: unavailable(o.github.reason) };
    const { client, owner, repo } = o.github;
    const prs = await findPullRequestsForCommit(client, owner, repo, change);
    const chosen = (await mergedInto(o.dir, o.deployed, change, prs))[0];
    if (!chosen) {
      const others = prs.length ? ` (GitHub associates it with ${prs.map((p) => `#${p.number}`).join(", ")}, not merged into the deployed commit)` : "";
      return {
        history,
        github: unavailable(`no merged pull request brought commit ${short(change)}, the work order's last change, into the deployed commit ${short(o.deployed)}${others}${shallowHint}`),
      };
    }
    const { pr } = chosen;
    const [deployedText, headText] = [await fileAt(o.dir, o.deployed, o.file), await fileAt(o.dir, pr.headSha, o.file)];
    const headInClone = chosen.inHead !== null;
    history = {
      lastChange: change,
      pullRequest: { number: pr.number, url: pr.url, headSha: pr.headSha, mergeCommitSha: pr.mergeCommitSha },
      lastChangeIsMergeCommit: chosen.isMerge,
      lastChangeInHead: chosen.inHead,
      sameAsHead: headInClone ? deployedText !== undefined && headText !== undefined && deployedText.equals(headText) : null,
    };
    const reviews = await listPullRequestReviews(client, owner, repo, pr.number);
    return { history, github: { status: "available", reason: null, pullRequest: { number: pr.number, headSha: pr.headSha, url: pr.url }, reviews } };
  } catch (e) {
    if (e instanceof GitHubApiError) return { history, github: unavailable(`GitHub API error: ${e.message}`) };
    if (e instanceof GitUnavailable) return { history, github: unavailable(`${e.message}${shallowHint}`) };
    throw e;
  }
}
