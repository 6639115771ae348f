import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { EnvironmentProtectionSchema, getEnvironmentProtection } from "../../src/github/environments.js";
import { environment, errorBody } from "../support/githubObjects.js";
import { serverError, fakeGitHubWithClient, type FakeGitHub } from "../support/githubServer.js";

describe("getEnvironmentProtection", () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  beforeEach(async () => {
    ({ gh, client } = await fakeGitHubWithClient());
  });
  afterEach(async () => {
    await gh.close();
  });

  it("reads required reviewers (users and teams, sorted) from protection rules", async () => {
    gh.on("GET", "/repos/acme/app/environments/capecraft", {
      status: 200,
      body: environment({ owner: "acme", repo: "app", name: "capecraft", users: ["robert", "alice"], teams: ["dba"], preventSelfReview: true, waitTimer: 10 }),
    });
    const protection = await getEnvironmentProtection(client, "acme", "app", "capecraft");
    expect(protection).toEqual({
      exists: true,
      name: "capecraft",
      requiredReviewers: { users: ["alice", "robert"], teams: ["dba"] },
      preventSelfReview: true,
    });
    expect(EnvironmentProtectionSchema.parse(protection)).toEqual(protection);
  });

  it("reports an environment without reviewers as such", async () => {
    gh.on("GET", "/repos/acme/app/environments/local", { status: 200, body: environment({ owner: "acme", repo: "app", name: "local", waitTimer: 1 }) });
    expect(await getEnvironmentProtection(client, "acme", "app", "local")).toMatchObject({ exists: true, requiredReviewers: { users: [], teams: [] } });
  });

  it("says an environment does not exist on 404, and escapes the name in the path", async () => {
    gh.on("GET", "/repos/acme/app/environments/prod%2Feu", { status: 404, body: errorBody("Not Found") });
    expect(await getEnvironmentProtection(client, "acme", "app", "prod/eu")).toEqual({
      exists: false,
      name: "prod/eu",
      reason: 'environment "prod/eu" does not exist in acme/app',
    });
  });

  it("lets other failures through as typed errors", async () => {
    gh.on("GET", "/repos/acme/app/environments/capecraft", serverError(500));
    await expect(getEnvironmentProtection(client, "acme", "app", "capecraft")).rejects.toMatchObject({
      name: "GitHubApiError",
      status: 500,
      message: "GET /repos/acme/app/environments/capecraft returned 500 after 3 attempts",
    });
  });
});
