/**
 * The GitHub facts the policy reads (`input.github`). They are facts only: whether an approval
 * counts (APPROVED, on the head commit, by the login policy data maps a signer to; not dismissed,
 * not stale) is decided by the Rego rule `approval-not-verified`, never here.
 */
import { z } from "zod";

export const ReviewFactSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  /** GitHub's review state as given: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: z.string(),
  /** The commit the review was submitted on; null when GitHub no longer has that commit. */
  commitId: z.string().nullable(),
  /** Null for a pending (unsubmitted) review. */
  submittedAt: z.string().nullable(),
});
export type ReviewFact = z.infer<typeof ReviewFactSchema>;

export const GithubFactsSchema = z.object({
  status: z.enum(["available", "unavailable"]),
  /** Why the facts are unavailable ("no token", "GitHub API error: …"); null when available. */
  reason: z.string().nullable(),
  pullRequest: z
    .object({
      number: z.number().int().positive(),
      headSha: z.string(),
      url: z.string(),
    })
    .nullable(),
  /** In GitHub's order (oldest first), so a later review by the same person follows the earlier. */
  reviews: z.array(ReviewFactSchema),
});
export type GithubFacts = z.infer<typeof GithubFactsSchema>;
