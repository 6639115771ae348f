/**
 * Proving the Wasm path right: the same inputs evaluated by OPA's own evaluator on the Rego
 * source (`opa run --server`, started once, inputs POSTed to its Data API) and by opa-wasm on
 * the module compiled from that source must give identical decisions and violations: every
 * fixture work order, and 2,000 generated inputs (fixture work orders mutated: boxes flipped,
 * values blanked or set to placeholders, names swapped, dates changed, N/A toggled, fields
 * removed, with random scan, repository and GitHub facts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDecisionPolicy, type DecisionPolicy } from "../../src/decision/policy.js";
import { PolicyInputSchema, type PolicyInput } from "../../src/input/schema.js";
import { nameKey } from "../../src/workorder/normalize.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import type { WorkOrder } from "../../src/workorder/schema.js";
import { gateDataFile, opa, policyDir, regoDir, root } from "../policy/opa.js";

const fixtures = path.resolve(root, "../shared/fixtures/work-orders");
const GENERATED = 2000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

let server: ChildProcess | undefined;
let base = "";
let wasm: DecisionPolicy;

async function native(input: PolicyInput): Promise<unknown> {
  const response = await fetch(`${base}/v1/data/wo_migration/decision`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ input }),
  });
  const body = (await response.json()) as { result?: unknown };
  if (!response.ok || body.result === undefined) throw new Error(`opa server: ${response.status} ${JSON.stringify(body)}`);
  return body.result;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Paths of every object in `value` that `match` accepts. */
function pathsOf(value: Json, match: (o: { [key: string]: Json }) => boolean, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsOf(v, match, [...at, i]));
  if (value === null || typeof value !== "object") return [];
  const here = match(value) ? [at] : [];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, match, [...at, k]))];
}

function update(value: Json, at: Path, change: (o: Json) => Json): Json {
  if (at.length === 0) return change(value);
  const [head, ...rest] = at;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? update(v, rest, change) : v));
  if (value !== null && typeof value === "object") return { ...value, [head as string]: update(value[head as string] as Json, rest, change) };
  return value;
}

const NAMES = ["Robert", "robert", "Rob", "Roberta", "Dana Whitfield", "Lindiwe Dlamini", "Naledi Khumalo", "Thabo Mokoena"];
const isBox = (o: { [key: string]: Json }) => typeof o.checked === "boolean" && "label" in o;
const isText = (o: { [key: string]: Json }) => "placeholder" in o && "raw" in o;
const isPeople = (o: { [key: string]: Json }) => Array.isArray(o.names);
const isDate = (o: { [key: string]: Json }) => "date" in o && "raw" in o;
const isBlock = (o: { [key: string]: Json }) => "info" in o && "content" in o;
const isField = (o: { [key: string]: Json }) => Array.isArray(o.values) && typeof o.line === "number";

/** One mutation: which kind of object it targets, and how it changes a chosen one. */
const mutation = fc.oneof(
  fc.record({ match: fc.constant(isBox), pick: fc.nat(), change: fc.constant((o: Json) => ({ ...(o as object), checked: !(o as { checked: boolean }).checked })) }),
  fc.record({
    match: fc.constant(isText),
    pick: fc.nat(),
    change: fc.constantFrom<(o: Json) => Json>(
      (o) => ({ ...(o as object), raw: "TBD", value: null, placeholder: true }),
      (o) => ({ ...(o as object), raw: "", value: null, placeholder: true }),
      (o) => ({ ...(o as object), na: "with-reason" }),
      (o) => ({ ...(o as object), na: "without-reason" }),
    ),
  }),
  fc.record({
    match: fc.constant(isPeople),
    pick: fc.nat(),
    change: fc.subarray(NAMES).map((names) => (o: Json) => ({ ...(o as object), names: names.map((n) => ({ display: n, key: nameKey(n) })) })),
  }),
  fc.record({
    match: fc.constant(isDate),
    pick: fc.nat(),
    change: fc
      .oneof(fc.date({ min: new Date("2025-12-01"), max: new Date("2026-06-30"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constant(null))
      .map((iso) => (o: Json) => ({ ...(o as object), raw: iso ?? "2026-02-30", value: iso ?? "2026-02-30", placeholder: false, date: iso })),
  }),
  fc.record({
    match: fc.constant(isBlock),
    pick: fc.nat(),
    change: fc.constantFrom<(o: Json) => Json>(
      (o) => ({ ...(o as object), placeholder: true }),
      (o) => ({ ...(o as object), na: "with-reason" }),
      (o) => ({ ...(o as object), na: "without-reason" }),
    ),
  }),
  fc.record({ match: fc.constant(isField), pick: fc.nat(), change: fc.constant((_: Json) => null) }),
);

/** Mostly null (the stage was not asked for), so generated work orders can also be allowed. */
const sometimes = <T,>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary, weight: 1 });

const scanFacts = sometimes(
  fc.record({
    status: fc.constantFrom("available", "unavailable"),
    reason: fc.option(fc.constant("scan limits exceeded")),
    findings: fc.array(
      fc.record({
        file: fc.constantFrom("Dockerfile", "entrypoint.sh", "app/main.py"),
        line: fc.integer({ min: 1, max: 300 }),
        trigger: fc.constantFrom("container-start", "pod-start", "process-manager", "app-boot", "build"),
        tool: fc.constantFrom("alembic", "prisma", "flyway"),
        rule: fc.constant("migrate-on-start"),
        explanation: fc.constant("runs migrations before the server starts"),
      }),
      { maxLength: 3 },
    ),
  }),
);

const revision = fc.constantFrom("a1", "b2", "c3");
const repositoryFacts = sometimes(
  fc.record({
    status: fc.constantFrom("available", "unavailable"),
    reason: fc.option(fc.constant("not a git repository")),
    migration: fc.option(
      fc.record({
        status: fc.constantFrom("found", "not-found", "untracked", "ambiguous", "no-adapter", "unversioned-tool", "unavailable"),
        reason: fc.option(fc.constant("no such revision")),
        tool: fc.option(fc.constant("alembic")),
        revision: fc.option(revision),
        file: fc.option(fc.constant("migrations/versions/a1_x.py")),
        line: fc.option(fc.integer({ min: 1, max: 40 })),
        parents: fc.array(revision, { maxLength: 2 }),
        declaredParents: fc.array(revision, { maxLength: 2 }),
        supportsDown: fc.boolean(),
        down: fc.option(fc.record({ exists: fc.boolean(), empty: fc.boolean(), file: fc.constant(null), line: fc.constant(null) })),
        heads: fc.array(revision, { maxLength: 2 }),
      }),
    ),
    changedMigrations: fc.option(
      fc.record({
        status: fc.constantFrom("available", "unavailable"),
        reason: fc.option(fc.constant("shallow clone")),
        base: fc.option(fc.constant("origin/main")),
        changed: fc.array(fc.record({ file: fc.constantFrom("db/V1__a.sql", "db/V2__b.sql"), tool: fc.constant("flyway"), id: fc.constant("1"), declared: fc.boolean() }), { maxLength: 2 }),
      }),
    ),
    governance: fc.option(
      fc.record({
        systemSpec: fc.record({ path: fc.option(fc.constant("SYSTEM_SPEC.md")), hasSection: fc.boolean() }),
        playbook: fc.record({ path: fc.option(fc.constant("AUTONOMY_PLAYBOOK.md")) }),
      }),
    ),
  }),
);

const HEAD = "0123456789abcdef0123456789abcdef01234567";
const githubFacts = sometimes(
  fc.record({
    status: fc.constantFrom("available", "unavailable"),
    reason: fc.option(fc.constant("no token")),
    pullRequest: fc.option(fc.record({ number: fc.integer({ min: 1, max: 99 }), headSha: fc.constant(HEAD), url: fc.constant("https://github.com/o/r/pull/1") })),
    reviews: fc.array(
      fc.record({
        id: fc.integer({ min: 1, max: 50 }),
        login: fc.constantFrom("robert-gh", "ROBERT-GH", "ldlamini", "someone"),
        state: fc.constantFrom("APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"),
        commitId: fc.option(fc.constantFrom(HEAD, "feedface")),
        submittedAt: fc.constant(null),
      }),
      { maxLength: 4 },
    ),
  }),
);

describe.skipIf(!existsSync(fixtures))("Wasm decisions equal OPA's own evaluator", () => {
  const files = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith(".md")).sort() : [];
  const bases = files.map((file) => ({ file, workOrder: extractWorkOrder(readFileSync(path.join(fixtures, file), "utf8"), file) }));

  beforeAll(async () => {
    // Compiled fresh from the Rego source, with the policy's own data, as --policy DIR would.
    wasm = await loadDecisionPolicy({ policy: policyDir });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(opa, ["run", "--server", "--addr", `127.0.0.1:${port}`, "--log-level", "error", "--ignore", "*_test.rego", regoDir, gateDataFile()], {
      stdio: "ignore",
    });
    for (let i = 0; i < 200; i++) {
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("opa server did not start");
  });

  afterAll(() => {
    server?.kill();
  });

  it("agrees on every fixture work order", async () => {
    for (const { file, workOrder } of bases) {
      const input: PolicyInput = { file, workOrder, scan: null, repository: null, github: null };
      expect(wasm.evaluate(input), file).toEqual(await native(input));
    }
  });

  it(`agrees on ${GENERATED} generated inputs`, async () => {
    const inputs = fc
      .record({
        base: fc.constantFrom(...bases),
        mutations: fc.array(mutation, { maxLength: 6 }),
        scan: scanFacts,
        repository: repositoryFacts,
        github: githubFacts,
      })
      .map(({ base, mutations, scan, repository, github }) => {
        let workOrder = base.workOrder as unknown as Json;
        for (const m of mutations) {
          const targets = pathsOf(workOrder, m.match);
          const target = targets[m.pick % Math.max(1, targets.length)];
          if (target) workOrder = update(workOrder, target, m.change);
        }
        return PolicyInputSchema.safeParse({ file: base.file, workOrder: workOrder as unknown as WorkOrder, scan, repository, github });
      })
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data as PolicyInput);
    let denied = 0;
    let allowed = 0;
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const fromWasm = wasm.evaluate(input);
        if (fromWasm.allow) allowed++;
        else denied++;
        expect(fromWasm).toEqual(await native(input));
      }),
      { numRuns: GENERATED, seed: 20260309 },
    );
    console.log(`differential: ${GENERATED} generated inputs (${allowed} allowed, ${denied} denied), all identical`);
    expect(allowed).toBeGreaterThan(0);
    expect(denied).toBeGreaterThan(0);
  }, 300_000);
});
