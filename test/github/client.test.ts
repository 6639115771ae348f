import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { apiBaseUrl, createGitHubClient, DEFAULT_API_URL, GitHubApiError, requestJson } from "../../src/github/client.js";
import { errorBody, pullRequest } from "../support/githubObjects.js";
import { rateLimited, recordedRetry, serverError, startGitHubServer, type FakeGitHub } from "../support/githubServer.js";

const PR_PATH = "/repos/acme/app/pulls/7";
const prBody = pullRequest({ owner: "acme", repo: "app", number: 7, headSha: "a".repeat(40), baseSha: "b".repeat(40) });
const NumberSchema = z.object({ number: z.number() });

describe("GitHub client", () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    await gh.close();
  });

  function getPr(retry: ReturnType<typeof recordedRetry>["retry"]) {
    const client = createGitHubClient({ token: "t0ken", baseUrl: gh.url, retry });
    return requestJson(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: "acme", repo: "app", pull_number: 7 }, NumberSchema);
  }

  it("sends the token and succeeds after two 5xx, backing off exponentially", async () => {
    gh.on("GET", PR_PATH, [serverError(502), serverError(503), { status: 200, body: prBody }]);
    const { retry, delays } = recordedRetry({ baseDelayMs: 100 });
    await expect(getPr(retry)).resolves.toEqual({ number: 7 });
    expect(gh.calls("GET", PR_PATH)).toHaveLength(3);
    expect(gh.requests[0]?.headers.authorization).toBe("token t0ken");
    expect(delays).toEqual([100, 200]);
  });

  it("gives up after a bounded number of attempts with a typed error naming endpoint and status", async () => {
    gh.on("GET", PR_PATH, serverError(502));
    const { retry, delays } = recordedRetry();
    const error = await getPr(retry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 502, endpoint: "GET /repos/acme/app/pulls/7", attempts: 3 });
    expect((error as Error).message).toBe("GET /repos/acme/app/pulls/7 returned 502 after 3 attempts");
    expect(gh.calls("GET", PR_PATH)).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  it("honours retry-after on a rate limit, capped", async () => {
    gh.on("GET", PR_PATH, [rateLimited({ retryAfterSeconds: 2 }), rateLimited({ status: 429, retryAfterSeconds: 3600 }), { status: 200, body: prBody }]);
    const { retry, delays } = recordedRetry({ maxDelayMs: 5_000 });
    await expect(getPr(retry)).resolves.toEqual({ number: 7 });
    expect(delays).toEqual([2_000, 5_000]);
  });

  it("waits for x-ratelimit-reset when there is no retry-after, and reports a rate limit that lasts", async () => {
    const now = 1_800_000_000_000;
    gh.on("GET", PR_PATH, rateLimited({ resetEpochSeconds: now / 1000 + 3 }));
    const { retry, delays } = recordedRetry({ now: () => now });
    await expect(getPr(retry)).rejects.toThrow("GET /repos/acme/app/pulls/7 returned 403 (rate limited) after 3 attempts");
    expect(delays).toEqual([3_000, 3_000]);
  });

  it("does not retry a plain 403 or a 404", async () => {
    gh.on("GET", PR_PATH, { status: 403, body: errorBody("Resource not accessible by integration") });
    const { retry, delays } = recordedRetry();
    await expect(getPr(retry)).rejects.toMatchObject({ status: 403, attempts: 1, message: "GET /repos/acme/app/pulls/7 returned 403" });
    gh.on("GET", PR_PATH, { status: 404, body: errorBody("Not Found") });
    await expect(getPr(retry)).rejects.toMatchObject({ status: 404, attempts: 1 });
    expect(delays).toEqual([]);
    expect(gh.requests).toHaveLength(2);
  });

  it("does not repeat a POST after a 5xx (it may have been applied)", async () => {
    gh.on("POST", "/repos/acme/app/issues/7/comments", serverError(502));
    const { retry } = recordedRetry();
    const client = createGitHubClient({ token: "t", baseUrl: gh.url, retry });
    await expect(
      requestJson(client, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: "acme", repo: "app", issue_number: 7, body: "x" }, NumberSchema),
    ).rejects.toMatchObject({ status: 502, attempts: 1 });
    expect(gh.requests).toHaveLength(1);
  });

  it("turns a body the gate cannot read into a typed error", async () => {
    gh.on("GET", PR_PATH, { status: 200, body: prBody });
    const client = createGitHubClient({ token: "t", baseUrl: gh.url, retry: recordedRetry().retry });
    const error = await requestJson(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: "acme", repo: "app", pull_number: 7 }, z.object({ number: z.string() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toMatch(/^GET \/repos\/acme\/app\/pulls\/7 returned an unexpected body: number: /);
  });

  it("reports a server that does not answer as a failure with no status", async () => {
    const dead = await startGitHubServer();
    await dead.close();
    const client = createGitHubClient({ token: "t", baseUrl: dead.url, retry: recordedRetry().retry });
    const error = await requestJson(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: "acme", repo: "app", pull_number: 7 }, NumberSchema).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: null, attempts: 3, endpoint: "GET /repos/acme/app/pulls/7" });
    expect((error as Error).message).toMatch(/failed: .* after 3 attempts$/);
  });
});

describe("apiBaseUrl", () => {
  it("reads GITHUB_API_URL and defaults to api.github.com", () => {
    expect(apiBaseUrl({ GITHUB_API_URL: "https://ghe.example.com/api/v3" })).toBe("https://ghe.example.com/api/v3");
    expect(apiBaseUrl({})).toBe(DEFAULT_API_URL);
    expect(apiBaseUrl({ GITHUB_API_URL: " " })).toBe("https://api.github.com");
  });
});
