/**
 * Validation against GitHub's published REST description (`@octokit/openapi`, api.github.com), so
 * the fake GitHub server cannot serve (or accept) anything the real API would not.
 *
 * The 13 MB description is parsed once per process, on first use; OpenAPI 3.0's `nullable` is
 * rewritten to JSON Schema, and one Ajv validator is compiled per (operation, status) and cached.
 * `$ref`s are resolved by Ajv against the whole description, registered under one id.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const SPEC_ID = "github-openapi";
const METHODS = ["get", "post", "patch", "put", "delete"] as const;
export type HttpMethod = Uppercase<(typeof METHODS)[number]>;

interface Operation {
  template: string;
  method: string;
  pointer: string; // JSON pointer of the operation object inside the description
  responses: Record<string, unknown>;
  requestBody?: unknown;
}

interface Loaded {
  ajv: Ajv;
  spec: Record<string, unknown>;
  // per method: path templates as regexes, most literal segments first so `/pulls/comments`
  // wins over `/pulls/{pull_number}`
  routes: Map<string, Array<{ regex: RegExp; operation: Operation }>>;
  validators: Map<string, ValidateFunction>;
}

let loaded: Loaded | undefined;

/** The request or response does not match GitHub's OpenAPI description. */
export class OpenApiMismatch extends Error {
  override name = "OpenApiMismatch";
}

/** OpenAPI 3.0 `nullable: true` → JSON Schema `null` type (Ajv's own support needs a sibling `type`). */
function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // examples are data, not schemas
    out[key] = key === "example" || key === "examples" ? value : rewriteNullable(value);
  }
  if (!("nullable" in out)) return out;
  const nullable = out.nullable === true;
  delete out.nullable;
  if (!nullable) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
  return { anyOf: [out, { type: "null" }] };
}

/**
 * A path template (`/repos/{owner}/{repo}/pulls/{pull_number}`) as a regex: each `{name}` matches
 * within one segment, as a named group when `name` is an identifier. `literals` counts the
 * segments without a parameter, so the more literal of two matching templates can win.
 */
export function pathPattern(template: string): { regex: RegExp; literals: number } {
  const segments = template.split("/");
  const source = segments
    .map((segment) =>
      segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
          return /^[A-Za-z_]\w*$/.test(name) ? `(?<${name}>[^/]+)` : "[^/]+";
        })
        .join(""),
    )
    .join("/");
  return { regex: new RegExp(`^${source}$`), literals: segments.filter((s) => !s.includes("{")).length };
}

function escapePointer(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
}

function load(): Loaded {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = rewriteNullable(JSON.parse(readFileSync(file, "utf8"))) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormatsModule.default(ajv);
  ajv.addFormat("repo.nwo", /^[^/]+\/[^/]+$/);
  ajv.addFormat("timestamp", true);
  ajv.addSchema(spec, SPEC_ID);

  const routes = new Map<string, Array<{ regex: RegExp; operation: Operation; literals: number }>>();
  for (const [template, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
    const { regex, literals } = pathPattern(template);
    for (const method of METHODS) {
      const op = item[method] as { responses: Record<string, unknown>; requestBody?: unknown } | undefined;
      if (!op) continue;
      const list = routes.get(method) ?? [];
      list.push({
        regex,
        literals,
        operation: {
          template,
          method,
          pointer: `/paths/${escapePointer(template)}/${method}`,
          responses: op.responses,
          requestBody: op.requestBody,
        },
      });
      routes.set(method, list);
    }
  }
  for (const list of routes.values()) list.sort((a, b) => b.literals - a.literals);
  loaded = { ajv, spec, routes, validators: new Map() };
  return loaded;
}

/** The OpenAPI operation serving `METHOD /concrete/path`; throws when GitHub has no such endpoint. */
export function findOperation(method: string, path: string): Operation {
  const match = load().routes.get(method.toLowerCase())?.find((r) => r.regex.test(path));
  if (!match) throw new OpenApiMismatch(`GitHub's REST API has no operation ${method} ${path}`);
  return match.operation;
}

/** Follow a `#/components/...` reference on a response or request body object. */
function deref(value: unknown, pointer: string): { value: Record<string, unknown>; pointer: string } {
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref !== "string") return { value: value as Record<string, unknown>, pointer };
  const parts = ref.replace(/^#\//, "").split("/");
  let target: unknown = load().spec;
  for (const part of parts) target = (target as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  return { value: target as Record<string, unknown>, pointer: "/" + parts.map(encodeURIComponent).join("/") };
}

/** The compiled validator of the JSON body schema of a response or request body object, if any. */
function jsonBodyValidator(owner: { value: Record<string, unknown>; pointer: string }): ValidateFunction | null {
  const content = owner.value.content as Record<string, { schema?: unknown }> | undefined;
  if (!content?.["application/json"]?.schema) return null;
  return compiled(`${owner.pointer}/content/application~1json/schema`);
}

function compiled(schemaPointer: string): ValidateFunction {
  const { ajv, validators } = load();
  const ref = `${SPEC_ID}#${schemaPointer}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`)
    .join("; ");
}

/**
 * Throws `OpenApiMismatch` unless `body` is what GitHub documents for `status` of
 * `METHOD path`. A status the operation does not document (a 502, a 429, a 404 on an endpoint
 * whose description omits it) is an error response, so it must be GitHub's `basic-error`.
 */
export function validateResponse(method: string, path: string, status: number, body: unknown): void {
  const operation = findOperation(method, path);
  const label = `${method} ${path} (${operation.method.toUpperCase()} ${operation.template}) ${status}`;
  const documented = operation.responses[String(status)];
  let validate: ValidateFunction | null;
  if (documented) validate = jsonBodyValidator(deref(documented, `${operation.pointer}/responses/${status}`));
  else if (status >= 400) validate = compiled("/components/schemas/basic-error");
  else throw new OpenApiMismatch(`${label}: status not documented by GitHub`);
  if (!validate) {
    if (body !== undefined) throw new OpenApiMismatch(`${label}: GitHub documents no JSON body for this status`);
    return;
  }
  if (!validate(body)) throw new OpenApiMismatch(`${label}: ${formatErrors(validate.errors)}`);
}

/** Why GitHub would reject this request body (422), or null when it matches the operation's schema. */
export function requestBodyProblem(method: string, path: string, body: unknown): string | null {
  const operation = findOperation(method, path);
  if (!operation.requestBody) return null;
  const owner = deref(operation.requestBody, `${operation.pointer}/requestBody`);
  const validate = jsonBodyValidator(owner);
  if (!validate) return null;
  if (body === undefined) return owner.value.required === true ? "a request body is required" : null;
  return validate(body) ? null : formatErrors(validate.errors);
}
