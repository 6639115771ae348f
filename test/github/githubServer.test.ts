import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  environment,
  errorBody,
  issueComment,
  pullRequest,
  pullRequestFile,
  pullRequestSimple,
  review,
} from "../support/githubObjects.js";
import { OpenApiMismatch, validateResponse } from "../support/githubOpenApi.js";
import { startGitHubServer, type FakeGitHub } from "../support/githubServer.js";

const base = { owner: "acme", repo: "app" };
const head = "a".repeat(40);

describe("GitHub object factories match GitHub's OpenAPI description", () => {
  const cases: Array<[string, string, number, unknown]> = [
    ["GET", "/repos/acme/app/pulls/7/reviews", 200, [review({ ...base, number: 7, id: 1, login: "rob", state: "APPROVED", commitId: head }), review({ ...base, number: 7, id: 2, login: "kim", state: "PENDING", commitId: head })]],
    ["GET", "/repos/acme/app/pulls/7", 200, pullRequest({ ...base, number: 7, headSha: head, baseSha: "b".repeat(40) })],
    ["GET", "/repos/acme/app/pulls/7", 200, pullRequest({ ...base, number: 7, headSha: head, baseSha: "b".repeat(40), mergedAt: "2026-03-02T10:00:00Z", mergeCommitSha: "c".repeat(40) })],
    ["GET", `/repos/acme/app/commits/${head}/pulls`, 200, [pullRequestSimple({ ...base, number: 7, headSha: head, baseSha: "b".repeat(40) })]],
    ["GET", "/repos/acme/app/environments/capecraft", 200, environment({ ...base, name: "capecraft", users: ["rob"], teams: ["dba"], waitTimer: 5 })],
    ["GET", "/repos/acme/app/environments/local", 200, environment({ ...base, name: "local" })],
    ["GET", "/repos/acme/app/issues/7/comments", 200, [issueComment({ ...base, issueNumber: 7, id: 5, body: "hi" })]],
    ["POST", "/repos/acme/app/issues/7/comments", 201, issueComment({ ...base, issueNumber: 7, id: 5, body: "hi" })],
    ["GET", "/repos/acme/app/pulls/7/files", 200, [pullRequestFile({ ...base, filename: "db/a.sql", status: "renamed", previousFilename: "db/b.sql" })]],
    ["GET", "/repos/acme/app/pulls/7", 404, errorBody("Not Found")],
  ];
  it.each(cases)("%s %s %i", (method, path, status, body) => {
    expect(() => validateResponse(method, path, status, body)).not.toThrow();
  });
});

describe("OpenAPI validation rejects what GitHub would not send", () => {
  it("rejects a review without an id", () => {
    const { id: _id, ...withoutId } = review({ ...base, number: 7, id: 1, login: "rob", state: "APPROVED", commitId: head });
    expect(() => validateResponse("GET", "/repos/acme/app/pulls/7/reviews", 200, [withoutId])).toThrow(
      /must have required property 'id'/,
    );
  });

  it("rejects a wrong type deep inside (a pull request's head sha as a number)", () => {
    const pr = pullRequest({ ...base, number: 7, headSha: head, baseSha: "b".repeat(40) });
    expect(() => validateResponse("GET", "/repos/acme/app/pulls/7", 200, { ...pr, head: { ...pr.head, sha: 42 } })).toThrow(
      /\/head\/sha must be string/,
    );
  });

  it("rejects null where GitHub's description does not allow it, and accepts it where it does", () => {
    const c = issueComment({ ...base, issueNumber: 7, id: 5, body: "hi" });
    expect(() => validateResponse("GET", "/repos/acme/app/issues/7/comments", 200, [{ ...c, html_url: null }])).toThrow(OpenApiMismatch);
    expect(() => validateResponse("GET", "/repos/acme/app/issues/7/comments", 200, [{ ...c, user: null }])).not.toThrow();
  });

  it("rejects an endpoint GitHub does not have and a success status it does not document", () => {
    expect(() => validateResponse("GET", "/repos/acme/app/approvals", 200, [])).toThrow(/no operation GET/);
    expect(() => validateResponse("GET", "/repos/acme/app/pulls/7/reviews", 204, undefined)).toThrow(/not documented/);
  });
});

describe("fake GitHub server", () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    gh.problems.length = 0; // tests here provoke problems on purpose
    await gh.close();
  });

  it("throws when a test scripts a response GitHub would not send", () => {
    expect(() => gh.on("GET", "/repos/acme/app/pulls/7/reviews", { status: 200, body: [{ id: 1 }] })).toThrow(OpenApiMismatch);
  });

  it("serves sequences (the last one repeating), records requests and reports unscripted ones", async () => {
    gh.on("GET", "/repos/acme/app/pulls/7/files", [
      { status: 502, body: errorBody("Server Error") },
      { status: 200, body: [] },
    ]);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${gh.url}/repos/acme/app/pulls/7/files`)).status);
    expect(statuses).toEqual([502, 200, 200]);
    expect((await fetch(`${gh.url}/repos/acme/app/pulls/8/files`)).status).toBe(404);
    expect(gh.requests.map((r) => r.path)).toEqual([...Array(3).fill("/repos/acme/app/pulls/7/files"), "/repos/acme/app/pulls/8/files"]);
    expect(gh.problems).toEqual(["unscripted request GET /repos/acme/app/pulls/8/files"]);
  });

  it("validates handler responses when served, answers 500 and reports the mismatch", async () => {
    gh.on("GET", "/repos/acme/app/pulls/{pull_number}/reviews", () => ({ status: 200, body: [{ id: 1 }] }));
    expect((await fetch(`${gh.url}/repos/acme/app/pulls/3/reviews`)).status).toBe(500);
    expect(gh.problems[0]).toMatch(/must have required property 'node_id'/);
  });

  it("answers 422 to a request body GitHub would reject", async () => {
    const response = await fetch(`${gh.url}/repos/acme/app/issues/7/comments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "hi" }),
    });
    expect(response.status).toBe(422);
    expect(gh.problems[0]).toMatch(/GitHub would reject this request body: \(root\) must have required property 'body'/);
  });

  it("close() fails the test when anything was wrong", async () => {
    const other = await startGitHubServer();
    await fetch(`${other.url}/repos/acme/app/pulls/9`);
    await expect(other.close()).rejects.toThrow(/unscripted request GET \/repos\/acme\/app\/pulls\/9/);
  });
});
