/** A deployment environment's required reviewers (`protection_rules` of type `required_reviewers`). */
import { z } from "zod";
import { GitHubApiError, requestJson, type GitHubClient } from "./client.js";

const ReviewerSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("User"), reviewer: z.object({ login: z.string() }) }),
  z.object({ type: z.literal("Team"), reviewer: z.object({ slug: z.string() }) }),
]);

const EnvironmentSchema = z.object({
  name: z.string(),
  protection_rules: z
    .array(
      z.object({
        type: z.string(),
        prevent_self_review: z.boolean().optional(),
        reviewers: z.array(ReviewerSchema).optional(),
      }),
    )
    .optional(),
});

export const EnvironmentProtectionSchema = z.discriminatedUnion("exists", [
  z.object({
    exists: z.literal(true),
    name: z.string(),
    /** Sorted logins and team slugs; both empty when the environment requires no reviewer. */
    requiredReviewers: z.object({ users: z.array(z.string()), teams: z.array(z.string()) }),
    preventSelfReview: z.boolean(),
  }),
  z.object({ exists: z.literal(false), name: z.string(), reason: z.string() }),
]);
export type EnvironmentProtection = z.infer<typeof EnvironmentProtectionSchema>;

export async function getEnvironmentProtection(client: GitHubClient, owner: string, repo: string, name: string): Promise<EnvironmentProtection> {
  let environment: z.infer<typeof EnvironmentSchema>;
  try {
    environment = await requestJson(
      client,
      "GET /repos/{owner}/{repo}/environments/{environment_name}",
      { owner, repo, environment_name: name },
      EnvironmentSchema,
    );
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) {
      return { exists: false, name, reason: `environment "${name}" does not exist in ${owner}/${repo}` };
    }
    throw error;
  }
  const rules = (environment.protection_rules ?? []).filter((rule) => rule.type === "required_reviewers");
  const reviewers = rules.flatMap((rule) => rule.reviewers ?? []);
  const sorted = (values: string[]) => [...new Set(values)].sort();
  return {
    exists: true,
    name: environment.name,
    requiredReviewers: {
      users: sorted(reviewers.flatMap((r) => (r.type === "User" ? [r.reviewer.login] : []))),
      teams: sorted(reviewers.flatMap((r) => (r.type === "Team" ? [r.reviewer.slug] : []))),
    },
    preventSelfReview: rules.some((rule) => rule.prevent_self_review === true),
  };
}
