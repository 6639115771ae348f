import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PullRequestContext } from "../../src/github/event.js";
import { gatherReviewFacts } from "../../src/github/facts.js";
import { GithubFactsSchema, type GithubFacts } from "../../src/github/schema.js";
import { pullRequestSimple, review } from "../support/githubObjects.js";
import { rateLimited, recordedRetry, serverError, startGitHubServer, type FakeGitHub } from "../support/githubServer.js";

const sha = (c: string) => c.repeat(40);
const repo = { owner: "acme", repo: "app" };
const prContext: PullRequestContext = {
  ...repo,
  eventName: "pull_request",
  sha: sha("m"),
  pullRequest: { number: 7, headSha: sha("a"), baseSha: sha("b"), baseRef: "main", url: "https://github.com/acme/app/pull/7" },
};
const pushContext: PullRequestContext = { ...repo, eventName: "push", sha: sha("c"), pullRequest: null };

describe("gatherReviewFacts", () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    await gh.close();
  });

  async function gather(context: PullRequestContext, token: string | undefined): Promise<GithubFacts> {
    const facts = await gatherReviewFacts({ token, context, baseUrl: gh.url, retry: recordedRetry().retry });
    expect(GithubFactsSchema.parse(facts)).toEqual(facts);
    return facts;
  }

  it("without a token: unavailable, and GitHub is not called", async () => {
    expect(await gather(prContext, undefined)).toEqual({ status: "unavailable", reason: "no token", pullRequest: null, reviews: [] });
    expect(await gather(prContext, "")).toMatchObject({ reason: "no token" });
    expect(gh.requests).toEqual([]);
  });

  it("on a pull request: every review as a fact, stale and dismissed ones included (the policy decides)", async () => {
    gh.onPages(
      "GET",
      "/repos/acme/app/pulls/7/reviews",
      [
        review({ ...repo, number: 7, id: 1, login: "robert", state: "APPROVED", commitId: sha("0"), submittedAt: "2026-03-01T10:00:00Z" }),
        review({ ...repo, number: 7, id: 2, login: "alice", state: "DISMISSED", commitId: sha("a"), submittedAt: "2026-03-02T10:00:00Z" }),
        review({ ...repo, number: 7, id: 3, login: "robert", state: "APPROVED", commitId: sha("a"), submittedAt: "2026-03-03T10:00:00Z" }),
      ],
      2,
    );
    expect(await gather(prContext, "t")).toEqual({
      status: "available",
      reason: null,
      pullRequest: { number: 7, headSha: sha("a"), url: "https://github.com/acme/app/pull/7" },
      reviews: [
        { id: 1, login: "robert", state: "APPROVED", commitId: sha("0"), submittedAt: "2026-03-01T10:00:00Z" },
        { id: 2, login: "alice", state: "DISMISSED", commitId: sha("a"), submittedAt: "2026-03-02T10:00:00Z" },
        { id: 3, login: "robert", state: "APPROVED", commitId: sha("a"), submittedAt: "2026-03-03T10:00:00Z" },
      ],
    });
  });

  it("on a push: the reviews of the pull request that merged the commit, on its head", async () => {
    gh.on("GET", `/repos/acme/app/commits/${sha("c")}/pulls`, {
      status: 200,
      body: [pullRequestSimple({ ...repo, number: 12, headSha: sha("h"), baseSha: sha("b"), mergedAt: "2026-03-04T10:00:00Z", mergeCommitSha: sha("c") })],
    });
    gh.on("GET", "/repos/acme/app/pulls/12/reviews", { status: 200, body: [review({ ...repo, number: 12, id: 5, login: "robert", state: "APPROVED", commitId: sha("h") })] });
    expect(await gather(pushContext, "t")).toMatchObject({
      status: "available",
      pullRequest: { number: 12, headSha: sha("h"), url: "https://github.com/acme/app/pull/12" },
      reviews: [{ id: 5, login: "robert", commitId: sha("h") }],
    });
  });

  it("on a push no pull request merged: unavailable with the reason", async () => {
    gh.on("GET", `/repos/acme/app/commits/${sha("c")}/pulls`, { status: 200, body: [] });
    expect(await gather(pushContext, "t")).toEqual({
      status: "unavailable",
      reason: `not a pull request: no pull request merged commit ${sha("c")}`,
      pullRequest: null,
      reviews: [],
    });
  });

  it("an API failure after the retries is unavailable with the endpoint and status, never a pass", async () => {
    gh.on("GET", "/repos/acme/app/pulls/7/reviews", serverError(502));
    expect(await gather(prContext, "t")).toEqual({
      status: "unavailable",
      reason: "GitHub API error: GET /repos/acme/app/pulls/7/reviews returned 502 after 3 attempts",
      pullRequest: { number: 7, headSha: sha("a"), url: "https://github.com/acme/app/pull/7" },
      reviews: [],
    });
    expect(gh.requests).toHaveLength(3);
  });

  it("a rate limit that outlasts the retries is unavailable too", async () => {
    gh.on("GET", `/repos/acme/app/commits/${sha("c")}/pulls`, rateLimited({ status: 429, retryAfterSeconds: 60 }));
    expect(await gather(pushContext, "t")).toMatchObject({
      status: "unavailable",
      reason: `GitHub API error: GET /repos/acme/app/commits/${sha("c")}/pulls returned 429 (rate limited) after 3 attempts`,
    });
  });
});
