import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { stickyMarker, upsertStickyComment } from "../../src/github/comments.js";
import { serveIssueComments, fakeGitHubWithClient, type FakeGitHub } from "../support/githubServer.js";

const MARKER = "wo-migration-gate";
const target = { owner: "acme", repo: "app", issueNumber: 7 };

describe("upsertStickyComment", () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  beforeEach(async () => {
    ({ gh, client } = await fakeGitHubWithClient());
  });
  afterEach(async () => {
    await gh.close();
  });

  const upsert = (body: string) => upsertStickyComment(client, "acme", "app", 7, MARKER, body);

  it("creates the comment once, then edits it in place on the next runs", async () => {
    const thread = serveIssueComments(gh, { ...target, perPage: 2 }, [
      { id: 1, body: "LGTM" },
      { id: 2, body: `quoting it:\n> <!-- ${MARKER} -->` },
      { id: 3, body: "another" },
    ]);

    const first = await upsert("**deny**: 2 violations");
    expect(first.action).toBe("created");
    const second = await upsert("**allow**");
    expect(second).toEqual({ ...first, action: "updated" });
    const third = await upsert("**allow**");
    expect(third).toEqual({ ...first, action: "unchanged" });

    const comments = thread.comments();
    expect(comments).toHaveLength(4);
    expect(comments.filter((c) => c.body.includes(MARKER))).toHaveLength(2); // ours and the quote
    expect(comments.find((c) => c.id === first.id)?.body).toBe(`<!-- ${MARKER} -->\n**allow**`);
    expect(gh.calls("POST", "/repos/acme/app/issues/7/comments")).toHaveLength(1);
    expect(gh.calls("PATCH", `/repos/acme/app/issues/comments/${first.id}`)).toHaveLength(1);
    // every run read every page before deciding: ours is on page 2 after the first run
    expect(gh.calls("GET", "/repos/acme/app/issues/7/comments").map((r) => r.query.page ?? "1")).toEqual(["1", "2", "1", "2", "1", "2"]);
  });

  it("edits the oldest marked comment when an earlier run left several", async () => {
    const tag = stickyMarker(MARKER);
    const thread = serveIssueComments(gh, target, [
      { id: 10, body: `${tag}\nold`, login: "github-actions[bot]" },
      { id: 11, body: `${tag}\nolder duplicate`, login: "github-actions[bot]" },
    ]);
    expect(await upsert("new")).toMatchObject({ action: "updated", id: 10 });
    expect(thread.comments().map((c) => c.body)).toEqual([`${tag}\nnew`, `${tag}\nolder duplicate`]);
  });

  it("refuses a marker that could break out of the HTML comment", () => {
    expect(() => stickyMarker("gate --> <b>")).toThrow(/marker/);
  });
});
