/**
 * The GitHub REST client: `@actions/github`'s Octokit with bounded retries, and typed, zod-checked
 * reads. Every failure after the retries is a `GitHubApiError` naming the endpoint and status,
 * which callers turn into a fail-closed "cannot verify …" reason.
 */
import { getOctokit } from "@actions/github";
import { z } from "zod";

export type GitHubClient = ReturnType<typeof getOctokit>;

export const DEFAULT_API_URL = "https://api.github.com";

/** `GITHUB_API_URL` (set by the runner, points at GHES on Enterprise Server), else api.github.com. */
export function apiBaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  return env.GITHUB_API_URL?.trim() || DEFAULT_API_URL;
}

export interface RetryPolicy {
  /** Total tries of one request, the first included. */
  attempts: number;
  /** Backoff before retry n (from 1) is baseDelayMs * 2^(n-1). */
  baseDelayMs: number;
  /** Cap on any wait, `retry-after` and rate-limit resets included, so a run never stalls. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Clock for `x-ratelimit-reset`; injectable for tests. */
  now: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** A GitHub API call that failed (after retries, where retrying made sense). */
export class GitHubApiError extends Error {
  override name = "GitHubApiError";
  constructor(
    /** HTTP status, or null when no response came back (network failure) or the body was unusable. */
    readonly status: number | null,
    /** `METHOD /path` without the query string, e.g. `GET /repos/acme/app/pulls/7/reviews`. */
    readonly endpoint: string,
    readonly attempts: number,
    detail: string,
  ) {
    super(`${endpoint} ${detail}`);
  }
}

// What Octokit's RequestError carries that we use; read through zod rather than importing a
// transitive dependency's class.
const RequestFailureSchema = z.object({
  status: z.number(),
  message: z.string(),
  request: z.object({ method: z.string(), url: z.string() }),
  response: z.object({ headers: z.record(z.string(), z.unknown()) }).optional(),
});
type RequestFailure = z.infer<typeof RequestFailureSchema>;

// A 5xx to a POST may still have been applied (a created comment); repeating it could duplicate.
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "PATCH", "DELETE"]);

function header(failure: RequestFailure, name: string): string | undefined {
  const value = failure.response?.headers[name];
  return value === undefined ? undefined : String(value);
}

function isRateLimited(failure: RequestFailure): boolean {
  if (failure.status === 429) return true;
  return failure.status === 403 && (header(failure, "x-ratelimit-remaining") === "0" || header(failure, "retry-after") !== undefined);
}

/** Milliseconds to wait before trying again, or null when this failure is not worth retrying. */
function retryDelay(failure: RequestFailure, attempt: number, policy: RetryPolicy): number | null {
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  let wait: number;
  if (isRateLimited(failure)) {
    const retryAfter = Number(header(failure, "retry-after"));
    const reset = Number(header(failure, "x-ratelimit-reset"));
    if (Number.isFinite(retryAfter) && retryAfter >= 0) wait = retryAfter * 1000;
    else if (Number.isFinite(reset) && reset > 0) wait = Math.max(0, reset * 1000 - policy.now());
    else wait = backoff;
  } else if (failure.status >= 500 && IDEMPOTENT.has(failure.request.method.toUpperCase())) {
    wait = backoff;
  } else {
    return null;
  }
  return Math.min(wait, policy.maxDelayMs);
}

/** `METHOD /path` relative to the API base (GHES bases carry `/api/v3`). */
function endpointOf(method: string, url: string, baseUrl: string): string {
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
  const path = new URL(url, baseUrl).pathname;
  return `${method.toUpperCase()} ${path.startsWith(basePath) ? path.slice(basePath.length) || "/" : path}`;
}

function failureDetail(failure: RequestFailure, attempts: number): string {
  // Octokit reports a request that got no response (DNS, refused, reset) as status 500 without one
  const what = failure.response
    ? `returned ${failure.status}${isRateLimited(failure) ? " (rate limited)" : ""}`
    : `failed: ${failure.message}`;
  return attempts > 1 ? `${what} after ${attempts} attempts` : what;
}

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  retry?: Partial<RetryPolicy>;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const baseUrl = options.baseUrl ?? DEFAULT_API_URL;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const client = getOctokit(options.token, { baseUrl });
  // Wrapping "request" covers every call, each page of a paginated list included.
  client.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const parsed = RequestFailureSchema.safeParse(error);
        if (!parsed.success) throw error;
        const failure = parsed.data;
        const wait = retryDelay(failure, attempt, policy);
        if (wait === null || attempt >= policy.attempts) {
          const endpoint = endpointOf(failure.request.method, failure.request.url, baseUrl);
          throw new GitHubApiError(failure.response ? failure.status : null, endpoint, attempt, failureDetail(failure, attempt));
        }
        await policy.sleep(wait);
      }
    }
  });
  return client;
}

export type RequestParams = Record<string, string | number>;

function endpointOfRoute(client: GitHubClient, route: string, params: RequestParams): string {
  const { method, url } = client.request.endpoint(route, params);
  return endpointOf(method, url, client.request.endpoint.DEFAULTS.baseUrl);
}

function parseBody<S extends z.ZodType>(schema: S, data: unknown, endpoint: string, status: number): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "body";
  throw new GitHubApiError(status, endpoint, 1, `returned an unexpected body: ${where}: ${issue?.message ?? "invalid"}`);
}

/** One request (`"GET /repos/{owner}/{repo}/pulls/{pull_number}"`), its body checked by `schema`. */
export async function requestJson<S extends z.ZodType>(
  client: GitHubClient,
  route: string,
  params: RequestParams,
  schema: S,
): Promise<z.infer<S>> {
  const response = await client.request(route, params);
  return parseBody(schema, response.data, endpointOfRoute(client, route, params), response.status);
}

/** Every item of a paginated list endpoint (following `Link` headers), each checked by `itemSchema`. */
export async function requestAllPages<S extends z.ZodType>(
  client: GitHubClient,
  route: string,
  params: RequestParams,
  itemSchema: S,
): Promise<Array<z.infer<S>>> {
  const items: unknown = await client.paginate(route, { per_page: 100, ...params });
  return parseBody(z.array(itemSchema), items, endpointOfRoute(client, route, params), 200);
}
