import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApiError, type GitHubClient } from "../../src/github/client.js";
import {
  findPullRequestsForCommit,
  getPullRequest,
  listPullRequestFiles,
  listPullRequestReviews,
  pullRequestForCommit,
} from "../../src/github/pulls.js";
import { pullRequest, pullRequestFile, pullRequestSimple, review, type ReviewState } from "../support/githubObjects.js";
import { serverError, fakeGitHubWithClient, type FakeGitHub } from "../support/githubServer.js";

const repo = { owner: "acme", repo: "app" };
const sha = (c: string) => c.repeat(40);

describe("pull requests", () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  beforeEach(async () => {
    ({ gh, client } = await fakeGitHubWithClient());
  });
  afterEach(async () => {
    await gh.close();
  });

  it("lists every review across pages, in GitHub's order, leaving out deleted accounts", async () => {
    const states: ReviewState[] = ["COMMENTED", "APPROVED", "DISMISSED", "CHANGES_REQUESTED", "APPROVED", "PENDING", "APPROVED"];
    const reviews = states.map((state, i) => review({ ...repo, number: 7, id: 100 + i, login: `user${i}`, state, commitId: i < 3 ? sha("1") : sha("2"), submittedAt: `2026-03-0${i + 1}T10:00:00Z` }));
    const ghost = { ...review({ ...repo, number: 7, id: 99, login: "x", state: "APPROVED", commitId: sha("2") }), user: null };
    gh.onPages("GET", "/repos/acme/app/pulls/7/reviews", [ghost, ...reviews], 3);

    const listed = await listPullRequestReviews(client, "acme", "app", 7);
    expect(gh.calls("GET", "/repos/acme/app/pulls/7/reviews").map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(listed.map((r) => r.id)).toEqual([100, 101, 102, 103, 104, 105, 106]);
    expect(listed[1]).toEqual({ id: 101, login: "user1", state: "APPROVED", commitId: sha("1"), submittedAt: "2026-03-02T10:00:00Z" });
    expect(listed[5]).toMatchObject({ state: "PENDING", submittedAt: null });
  });

  it("fails with a typed error when a later page keeps failing", async () => {
    const reviews = [1, 2, 3].map((id) => review({ ...repo, number: 7, id, login: "rob", state: "APPROVED", commitId: sha("2") }));
    gh.onPages("GET", "/repos/acme/app/pulls/7/reviews", reviews, 2);
    gh.on("GET", "/repos/acme/app/pulls/7/reviews?page=2", serverError(504));
    await expect(listPullRequestReviews(client, "acme", "app", 7)).rejects.toThrow(
      new GitHubApiError(504, "GET /repos/acme/app/pulls/7/reviews", 3, "returned 504 after 3 attempts"),
    );
  });

  it("lists changed files across pages with renames", async () => {
    const files = [
      pullRequestFile({ ...repo, filename: "db/migrations/0002_add.sql", status: "added" }),
      pullRequestFile({ ...repo, filename: "docs/WO-MIGRATION-0002.md", status: "renamed", previousFilename: "docs/draft.md" }),
      pullRequestFile({ ...repo, filename: "README.md", status: "removed" }),
    ];
    gh.onPages("GET", "/repos/acme/app/pulls/7/files", files, 2);
    expect(await listPullRequestFiles(client, "acme", "app", 7)).toEqual([
      { filename: "db/migrations/0002_add.sql", status: "added", previousFilename: null },
      { filename: "docs/WO-MIGRATION-0002.md", status: "renamed", previousFilename: "docs/draft.md" },
      { filename: "README.md", status: "removed", previousFilename: null },
    ]);
    expect(gh.requests).toHaveLength(2);
  });

  it("reads a pull request's head and base", async () => {
    gh.on("GET", "/repos/acme/app/pulls/7", { status: 200, body: pullRequest({ ...repo, number: 7, headSha: sha("a"), baseSha: sha("b"), baseRef: "main" }) });
    expect(await getPullRequest(client, "acme", "app", 7)).toEqual({
      number: 7,
      url: "https://github.com/acme/app/pull/7",
      state: "open",
      headSha: sha("a"),
      baseSha: sha("b"),
      baseRef: "main",
      mergedAt: null,
      mergeCommitSha: null,
    });
  });

  it("finds the pull request that merged a commit", async () => {
    const merged = pullRequestSimple({ ...repo, number: 7, headSha: sha("a"), baseSha: sha("b"), mergedAt: "2026-03-02T10:00:00Z", mergeCommitSha: sha("c") });
    const open = pullRequestSimple({ ...repo, number: 9, headSha: sha("d"), baseSha: sha("c") });
    gh.on("GET", `/repos/acme/app/commits/${sha("c")}/pulls`, { status: 200, body: [open, merged] });
    const prs = await findPullRequestsForCommit(client, "acme", "app", sha("c"));
    expect(prs.map((p) => [p.number, p.mergeCommitSha])).toEqual([[9, null], [7, sha("c")]]);
    expect(pullRequestForCommit(prs, sha("c"))).toMatchObject({ number: 7, headSha: sha("a"), mergedAt: "2026-03-02T10:00:00Z" });
    expect(pullRequestForCommit(prs, sha("d"))).toMatchObject({ number: 9, state: "open" });
    expect(pullRequestForCommit(prs, sha("e"))).toBeNull();
  });
});
