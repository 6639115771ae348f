/**
 * Which work orders the Action checks: the repository's files matching the `work-orders` globs;
 * on a pull request only those it adds or changes (GitHub's list of the pull request's files),
 * unless `all-work-orders` asks for every one. When the pull request's files cannot be listed (no
 * token, an API failure), every matching work order is checked and the reason is noted: checking
 * more can only find more, never hide a deny.
 */
import picomatch from "picomatch";
import { InputError } from "../errors.js";
import { GitHubApiError, type GitHubClient } from "../github/client.js";
import type { PullRequestContext } from "../github/event.js";
import { listPullRequestFiles } from "../github/pulls.js";
import { GitUnavailable, workingFiles } from "../repo/git.js";

export interface WorkOrderSelection {
  /** Repository-relative paths, sorted. */
  files: string[];
  /** Why the selection is wider than asked, in the user's terms (shown in the summary). */
  notes: string[];
}

export interface SelectOptions {
  workspace: string;
  globs: readonly string[];
  all: boolean;
  context: PullRequestContext;
  /** null without a token. */
  client: GitHubClient | null;
}

/** The checkout's files (tracked and untracked, not ignored) that match the globs. */
export async function matchingFiles(workspace: string, globs: readonly string[]): Promise<string[]> {
  let files;
  try {
    files = await workingFiles(workspace);
  } catch (e) {
    if (e instanceof GitUnavailable) throw new InputError(`${e.message}: check out the repository first (actions/checkout)`);
    throw e;
  }
  const isMatch = picomatch([...globs], { dot: true });
  return [...new Set([...files.tracked, ...files.untracked])].filter((f) => isMatch(f)).sort();
}

export async function selectWorkOrders(o: SelectOptions): Promise<WorkOrderSelection> {
  const files = await matchingFiles(o.workspace, o.globs);
  const pr = o.context.pullRequest;
  if (o.all || pr === null) return { files, notes: [] };
  const everyOne = (why: string) => ({ files, notes: [`${why}: every work order matching the globs was checked.`] });
  if (o.client === null) return everyOne("No GitHub token to list the pull request's files");
  let changed;
  try {
    changed = await listPullRequestFiles(o.client, o.context.owner, o.context.repo, pr.number);
  } catch (e) {
    if (e instanceof GitHubApiError) return everyOne(`Cannot list the pull request's files (${e.message})`);
    throw e;
  }
  const touched = new Set(changed.filter((f) => f.status !== "removed").map((f) => f.filename));
  return { files: files.filter((f) => touched.has(f)), notes: [] };
}
