import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  findPullRequestsForCommit,
  listPullRequestReviews,
  pullRequestForCommit
} from "./chunk-TQI2UH74.js";
import {
  GitHubApiError,
  createGitHubClient
} from "./chunk-WZXZDKPX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";

// src/github/facts.ts
function unavailable(reason, pullRequest = null) {
  return { status: "unavailable", reason, pullRequest, reviews: [] };
}
async function gatherReviewFacts(options) {
  const { context } = options;
  if (!options.token) return unavailable("no token");
  const client = createGitHubClient({ token: options.token, baseUrl: options.baseUrl, retry: options.retry });
  let pullRequest = null;
  try {
    if (context.pullRequest) {
      pullRequest = { number: context.pullRequest.number, headSha: context.pullRequest.headSha, url: context.pullRequest.url };
    } else {
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
export {
  gatherReviewFacts
};
