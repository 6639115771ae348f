/**
 * A fake GitHub REST API for tests: a real `node:http` server on 127.0.0.1 (port 0) that serves
 * scripted routes and records every request.
 *
 * Nothing it serves can drift from the real API: every response body is validated against
 * GitHub's OpenAPI description (test/support/githubOpenApi.ts) when served. Static responses are
 * also validated when scripted, so a wrong body throws in the test itself; any other mismatch
 * (a handler's response, a request to an unscripted route or to an endpoint GitHub does not
 * have, a request body GitHub would reject with 422) is kept in `problems` and makes `close()`
 * throw, so the test fails in its `afterEach`.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { errorBody, issueComment } from "./githubObjects.js";
import { findOperation, pathPattern, requestBodyProblem, validateResponse, type HttpMethod } from "./githubOpenApi.js";

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

/**
 * Computes a response from the request and the `{name}` segments of the route's path pattern;
 * validated against the OpenAPI description when served.
 */
export type FakeHandler = (request: RecordedRequest, params: Record<string, string>) => FakeResponse;

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  /** Literal path segments: an exact path wins over a `{name}` pattern. */
  literals: number;
  query: Record<string, string>;
  /** Served in order, the last one repeating ("502 twice then 200" is three entries). */
  responses: FakeResponse[] | null;
  handler: FakeHandler | null;
  calls: number;
}

export interface FakeGitHub {
  /** Base URL to give the client as `baseUrl` / `GITHUB_API_URL`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Anything the fake served or received that the real API would not have; `close()` throws on any. */
  readonly problems: string[];
  /**
   * Script `method pathAndQuery`. Path segments `{name}` match any one segment (an exact path
   * wins); query parameters given are required to match (a route `...?page=2` wins over one
   * without). A later script of the same route replaces the earlier.
   */
  on(method: HttpMethod, pathAndQuery: string, response: FakeResponse | FakeResponse[] | FakeHandler): void;
  /** Serve `items` as a paginated list, `perPage` per page, with GitHub's `Link` headers. */
  onPages(method: HttpMethod, path: string, items: unknown[], perPage: number): void;
  /** Requests to `method path` (path without query), in order. */
  calls(method: HttpMethod, path: string): RecordedRequest[];
  close(): Promise<void>;
}

/** A rate-limit response: 403 with `x-ratelimit-remaining: 0`, or 429/403 with `retry-after`. */
export function rateLimited(options: { status?: 403 | 429; retryAfterSeconds?: number; resetEpochSeconds?: number }): FakeResponse {
  const headers: Record<string, string> = {
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-used": "5000",
    "x-ratelimit-resource": "core",
  };
  if (options.resetEpochSeconds !== undefined) headers["x-ratelimit-reset"] = String(options.resetEpochSeconds);
  if (options.retryAfterSeconds !== undefined) headers["retry-after"] = String(options.retryAfterSeconds);
  return {
    status: options.status ?? 403,
    headers,
    body: errorBody("API rate limit exceeded for installation. Check out the documentation for more information."),
  };
}

export function serverError(status = 502): FakeResponse {
  return { status, body: errorBody(status === 503 ? "Service Unavailable" : "Server Error") };
}

export function notFound(): FakeResponse {
  return { status: 404, body: errorBody("Not Found") };
}

/** Path (as sent, percent-encoding kept; `{name}` kept in scripts) and query parameters. */
function parseTarget(pathAndQuery: string): { path: string; query: Record<string, string> } {
  const at = pathAndQuery.indexOf("?");
  if (at < 0) return { path: pathAndQuery, query: {} };
  return { path: pathAndQuery.slice(0, at), query: Object.fromEntries(new URLSearchParams(pathAndQuery.slice(at + 1))) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startGitHubServer(): Promise<FakeGitHub> {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];

  function select(request: RecordedRequest): Route | undefined {
    const rank = (r: Route) => r.literals * 100 + Object.keys(r.query).length;
    let best: Route | undefined;
    for (const route of routes) {
      if (route.method !== request.method || !route.pattern.test(request.path)) continue;
      if (!Object.entries(route.query).every(([k, v]) => request.query[k] === v)) continue;
      if (!best || rank(route) >= rank(best)) best = route;
    }
    return best;
  }

  /** The scripted answer, or GitHub's answer to a bad request body or an unscripted route. */
  function scripted(request: RecordedRequest): FakeResponse {
    const invalid = request.method === "GET" ? null : requestBodyProblem(request.method, request.path, request.body);
    if (invalid) {
      problems.push(`${request.method} ${request.path}: GitHub would reject this request body: ${invalid}`);
      return { status: 422, body: { ...errorBody("Invalid request."), errors: [] } };
    }
    const route = select(request);
    if (!route) {
      problems.push(`unscripted request ${request.method} ${request.path}`);
      return notFound();
    }
    route.calls += 1;
    if (route.responses) return route.responses[Math.min(route.calls, route.responses.length) - 1]!;
    return route.handler!(request, { ...route.pattern.exec(request.path)?.groups });
  }

  function respond(request: RecordedRequest): FakeResponse {
    try {
      findOperation(request.method, request.path);
    } catch (error) {
      problems.push((error as Error).message);
      return notFound();
    }
    const response = scripted(request);
    try {
      validateResponse(request.method, request.path, response.status, response.body);
    } catch (error) {
      problems.push((error as Error).message);
      return { status: 500, body: errorBody("fake GitHub served an invalid response") };
    }
    return response;
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const raw = await readBody(req);
      const { path, query } = parseTarget(req.url ?? "/");
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        path,
        query,
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(request);
      const response = respond(request);
      const body = response.body === undefined ? "" : JSON.stringify(response.body);
      res.writeHead(response.status, {
        ...(body ? { "content-type": "application/json; charset=utf-8" } : {}),
        ...response.headers,
      });
      res.end(body);
    })().catch((error: unknown) => {
      problems.push(`fake GitHub failed: ${String(error)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function script(method: HttpMethod, pathAndQuery: string, responses: FakeResponse[] | null, handler: FakeHandler | null) {
    const { path, query } = parseTarget(pathAndQuery);
    for (const r of responses ?? []) validateResponse(method, path, r.status, r.body);
    const same = (r: Route) => r.method === method && r.path === path && JSON.stringify(r.query) === JSON.stringify(query);
    const existing = routes.findIndex(same);
    if (existing >= 0) routes.splice(existing, 1);
    const { regex: pattern, literals } = pathPattern(path);
    routes.push({ method, path, pattern, literals, query, responses, handler, calls: 0 });
  }

  return {
    url,
    requests,
    problems,
    on(method, pathAndQuery, response) {
      if (typeof response === "function") script(method, pathAndQuery, null, response);
      else script(method, pathAndQuery, Array.isArray(response) ? response : [response], null);
    },
    onPages(method, path, items, perPage) {
      const pageCount = Math.max(1, Math.ceil(items.length / perPage));
      const pageUrl = (page: number) => `${url}${path}?per_page=${perPage}&page=${page}`;
      for (let page = 1; page <= pageCount; page += 1) {
        const links: string[] = [];
        if (page < pageCount) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(pageCount)}>; rel="last"`);
        if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
        const response: FakeResponse = {
          status: 200,
          headers: links.length ? { link: links.join(", ") } : {},
          body: items.slice((page - 1) * perPage, page * perPage),
        };
        script(method, page === 1 ? path : `${path}?page=${page}`, [response], null);
      }
    },
    calls(method, path) {
      return requests.filter((r) => r.method === method && r.path === path);
    },
    async close() {
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      if (problems.length) throw new Error(`fake GitHub: ${problems.join("; ")}`);
    },
  };
}

/**
 * Stateful issue comments for `owner/repo#issueNumber`: list (paginated, `perPage` per page),
 * create and edit behave like GitHub's, so a test can run the gate twice and look at the result.
 */
export function serveIssueComments(
  gh: FakeGitHub,
  target: { owner: string; repo: string; issueNumber: number; perPage?: number },
  initial: Array<{ id: number; body: string; login?: string }> = [],
): { comments: () => Array<{ id: number; body: string; login: string }> } {
  const { owner, repo, issueNumber } = target;
  const perPage = target.perPage ?? 30;
  const comments = initial.map((c) => ({ ...c, login: c.login ?? "someone" }));
  let nextId = 900_000;
  const listPath = `/repos/${owner}/${repo}/issues/${issueNumber}/comments`;
  const object = (c: { id: number; body: string; login: string }) => issueComment({ owner, repo, issueNumber, ...c });

  gh.on("GET", listPath, (request): FakeResponse => {
    const page = Number(request.query.page ?? "1");
    const pageCount = Math.max(1, Math.ceil(comments.length / perPage));
    const next = `${gh.url}${listPath}?per_page=${perPage}&page=${page + 1}`;
    return {
      status: 200,
      headers: page < pageCount ? { link: `<${next}>; rel="next"` } : {},
      body: comments.slice((page - 1) * perPage, page * perPage).map(object),
    };
  });
  gh.on("POST", listPath, (request) => {
    const comment = { id: (nextId += 1), body: (request.body as { body: string }).body, login: "github-actions[bot]" };
    comments.push(comment);
    return { status: 201, body: object(comment) };
  });
  gh.on("PATCH", `/repos/${owner}/${repo}/issues/comments/{comment_id}`, (request, params) => {
    const comment = comments.find((c) => String(c.id) === params.comment_id);
    if (!comment) return notFound();
    comment.body = (request.body as { body: string }).body;
    return { status: 200, body: object(comment) };
  });
  return { comments: () => comments.map((c) => ({ ...c })) };
}

/** A retry policy for tests: GitHub's defaults (3 attempts), but waits are recorded, not slept. */
export function recordedRetry(overrides: { baseDelayMs?: number; maxDelayMs?: number; now?: () => number } = {}) {
  const delays: number[] = [];
  return {
    delays,
    retry: {
      baseDelayMs: 100,
      maxDelayMs: 5_000,
      ...overrides,
      sleep: async (ms: number) => {
        delays.push(ms);
      },
    },
  };
}

/** A fresh fake GitHub and an API client pointed at it, whose retries are recorded, not slept. */
export async function fakeGitHubWithClient(): Promise<{ gh: FakeGitHub; client: GitHubClient }> {
  const gh = await startGitHubServer();
  return { gh, client: createGitHubClient({ token: "t", baseUrl: gh.url, retry: recordedRetry().retry }) };
}
