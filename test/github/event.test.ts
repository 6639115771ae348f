import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readPullRequestContext } from "../../src/github/event.js";
import { pullRequest } from "../support/githubObjects.js";

const dir = mkdtempSync(path.join(tmpdir(), "wo-gate-event-"));
let count = 0;
function payloadFile(content: unknown): string {
  const file = path.join(dir, `event-${(count += 1)}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const head = "a".repeat(40);
const baseSha = "b".repeat(40);
const env = (extra: Record<string, string>) => ({ GITHUB_REPOSITORY: "acme/app", GITHUB_SHA: "c".repeat(40), ...extra });

describe("readPullRequestContext", () => {
  it("reads the pull request from a pull_request event payload (GitHub's own pull request shape)", () => {
    const file = payloadFile({ action: "synchronize", number: 7, pull_request: pullRequest({ owner: "acme", repo: "app", number: 7, headSha: head, baseSha, baseRef: "release" }) });
    expect(readPullRequestContext(env({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: file }))).toEqual({
      owner: "acme",
      repo: "app",
      eventName: "pull_request",
      sha: "c".repeat(40),
      pullRequest: { number: 7, headSha: head, baseSha, baseRef: "release", url: "https://github.com/acme/app/pull/7" },
    });
  });

  it("has no pull request on a push, without reading the payload", () => {
    const context = readPullRequestContext(env({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path.join(dir, "absent.json") }));
    expect(context).toMatchObject({ eventName: "push", pullRequest: null, owner: "acme", repo: "app" });
  });

  it("rejects a malformed payload with one line naming the file", () => {
    const notJson = payloadFile("{ not json");
    expect(() => readPullRequestContext(env({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: notJson }))).toThrow(
      new RegExp(`^${notJson}: event payload is not valid JSON: `),
    );
    const noHead = payloadFile({ pull_request: { number: 7, html_url: "https://github.com/acme/app/pull/7", base: { sha: baseSha, ref: "main" } } });
    expect(() => readPullRequestContext(env({ GITHUB_EVENT_NAME: "pull_request_target", GITHUB_EVENT_PATH: noHead }))).toThrow(
      `${noHead}: pull_request_target event payload: pull_request.head: `,
    );
    const noPr = payloadFile({ action: "submitted" });
    const error = (() => {
      try {
        readPullRequestContext(env({ GITHUB_EVENT_NAME: "pull_request_review", GITHUB_EVENT_PATH: noPr }));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(`${noPr}: pull_request_review event payload: pull_request: `);
  });

  it("names a missing or unreadable payload and missing runner variables", () => {
    const absent = path.join(dir, "absent.json");
    expect(() => readPullRequestContext(env({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: absent }))).toThrow(`${absent}: cannot read the event payload: ENOENT`);
    expect(() => readPullRequestContext(env({ GITHUB_EVENT_NAME: "pull_request" }))).toThrow("GITHUB_EVENT_PATH is not set");
    expect(() => readPullRequestContext({ GITHUB_EVENT_NAME: "push", GITHUB_SHA: "c" })).toThrow("GITHUB_REPOSITORY is not set");
    expect(() => readPullRequestContext({ GITHUB_EVENT_NAME: "push", GITHUB_SHA: "c", GITHUB_REPOSITORY: "acme" })).toThrow(InputError);
  });
});
