/**
 * The GitHub facts the policy reads (`input.github`), defined once with the rest of the policy
 * input. They are facts only: whether an approval counts (APPROVED, on the head commit, by the
 * login policy data maps a signer to; not dismissed, not stale) is decided by the Rego rule
 * `approval-not-verified`, never here.
 */
export { GithubFactsSchema, GithubReviewSchema as ReviewFactSchema } from "../input/schema.js";
export type { GithubFacts, GithubReview as ReviewFact } from "../input/schema.js";
