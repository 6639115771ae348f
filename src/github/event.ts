/**
 * What the workflow run is about, read from the runner's environment and event payload
 * (`GITHUB_EVENT_PATH`). A payload that cannot be read as the event says is an input error.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError, inputError } from "../errors.js";

/** Events whose payload carries the pull request (`pull_request` member). */
const PULL_REQUEST_EVENTS = new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
]);

const PayloadPullRequestSchema = z.object({
  number: z.number().int().positive(),
  html_url: z.string(),
  head: z.object({ sha: z.string().min(1) }),
  base: z.object({ sha: z.string().min(1), ref: z.string().min(1) }),
});
const PullRequestPayloadSchema = z.object({ pull_request: PayloadPullRequestSchema });

export const PullRequestContextSchema = z.object({
  owner: z.string(),
  repo: z.string(),
  eventName: z.string(),
  /** `GITHUB_SHA`: on pull requests the test merge commit, on pushes the pushed commit. */
  sha: z.string(),
  pullRequest: z
    .object({
      number: z.number().int().positive(),
      headSha: z.string(),
      baseSha: z.string(),
      baseRef: z.string(),
      url: z.string(),
    })
    .nullable(),
});
export type PullRequestContext = z.infer<typeof PullRequestContextSchema>;

function required(env: Readonly<Record<string, string | undefined>>, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new InputError(`${name} is not set (the GitHub Actions runner sets it)`);
  return value;
}

/** The event payload as JSON; a file that cannot be read or parsed is an input error naming it. */
export function readPayload(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw inputError(file, `cannot read the event payload: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw inputError(file, `event payload is not valid JSON: ${(error as Error).message}`);
  }
}

export function readPullRequestContext(env: Readonly<Record<string, string | undefined>>): PullRequestContext {
  const repository = required(env, "GITHUB_REPOSITORY");
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length) throw new InputError(`GITHUB_REPOSITORY is not owner/repo: ${JSON.stringify(repository)}`);
  const eventName = required(env, "GITHUB_EVENT_NAME");
  const sha = required(env, "GITHUB_SHA");
  if (!PULL_REQUEST_EVENTS.has(eventName)) return { owner, repo, eventName, sha, pullRequest: null };

  const file = required(env, "GITHUB_EVENT_PATH");
  const parsed = PullRequestPayloadSchema.safeParse(readPayload(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw inputError(file, `${eventName} event payload: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
  }
  const pr = parsed.data.pull_request;
  return {
    owner,
    repo,
    eventName,
    sha,
    pullRequest: { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha, baseRef: pr.base.ref, url: pr.html_url },
  };
}
