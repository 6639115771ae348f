/**
 * Gathers the approval facts for the policy (`GithubFactsSchema`). Anything that stops the facts
 * from being established (no token, no pull request, an API failure) is returned as
 * `status: "unavailable"` with the reason, so `approval-not-verified` fires with it: a deny,
 * never a pass.
 */
import { createGitHubClient, GitHubApiError, type RetryPolicy } from "./client.js";
import type { PullRequestContext } from "./event.js";
import { findPullRequestsForCommit, listPullRequestReviews, pullRequestForCommit } from "./pulls.js";
import type { GithubFacts } from "./schema.js";

export interface GatherReviewFactsOptions {
  /** The API token; empty or undefined gives the reason "no token". */
  token: string | undefined;
  context: PullRequestContext;
  /** See `apiBaseUrl(env)`. */
  baseUrl: string;
  retry?: Partial<RetryPolicy>;
}

function unavailable(reason: string, pullRequest: GithubFacts["pullRequest"] = null): GithubFacts {
  return { status: "unavailable", reason, pullRequest, reviews: [] };
}

export async function gatherReviewFacts(options: GatherReviewFactsOptions): Promise<GithubFacts> {
  const { context } = options;
  if (!options.token) return unavailable("no token");
  const client = createGitHubClient({ token: options.token, baseUrl: options.baseUrl, retry: options.retry });
  let pullRequest: GithubFacts["pullRequest"] = null;
  try {
    if (context.pullRequest) {
      pullRequest = { number: context.pullRequest.number, headSha: context.pullRequest.headSha, url: context.pullRequest.url };
    } else {
      // not a pull_request event (a push): the pull request that merged the commit
      const found = pullRequestForCommit(await findPullRequestsForCommit(client, context.owner, context.repo, context.sha), context.sha);
      if (!found) return unavailable(`not a pull request: no pull request merged commit ${context.sha}`);
      pullRequest = { number: found.number, headSha: found.headSha, url: found.url };
    }
    const reviews = await listPullRequestReviews(client, context.owner, context.repo, pullRequest.number);
    return { status: "available", reason: null, pullRequest, reviews };
  } catch (error) {
    if (error instanceof GitHubApiError) return unavailable(`GitHub API error: ${error.message}`, pullRequest);
    throw error;
  }
}
