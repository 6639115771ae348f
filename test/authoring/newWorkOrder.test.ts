/**
 * `wo-gate new` on real git repositories: numbering, the date, environments and approvers from
 * policy data, the migration it declares and how, the notes left where the repository says the
 * box cannot be checked, and the usage errors (exit 2).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { headMigrations, newestMigration, candidateMigrations } from "../../src/authoring/chooseMigration.js";
import { DRY_RUN_COMMANDS, shellWord } from "../../src/authoring/dryRunCommands.js";
import { codeSpan, htmlComment, inlineText } from "../../src/authoring/markdownText.js";
import { newWorkOrder, nextWorkOrderNumber } from "../../src/authoring/newWorkOrder.js";
import { registerNew } from "../../src/cli/commands/new.js";
import { InputError } from "../../src/errors.js";
import { ADAPTERS } from "../../src/migrations/adapters/index.js";
import { listMigrations } from "../../src/repo/checkout.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { GitRepo } from "../support/gitRepo.js";
import { cleanupAll, GOVERNANCE_FILES, newThenCheck, NO_OPTIONS, policyDataFile, ruleSet, toolCase, toolRepository } from "./support.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tmpDirs: string[] = [];
afterAll(() => {
  cleanupAll();
  tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const alembic = toolCase("alembic");
const lineWith = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start));

/** Run `wo-gate new` through commander in-process (what main.ts turns an InputError into exit 2 for). */
async function runNew(args: string[]): Promise<void> {
  const program = new Command("wo-gate").exitOverride();
  registerNew(program);
  program.commands.forEach((c) => c.exitOverride());
  await program.parseAsync(["new", ...args], { from: "user" });
}

describe("output", () => {
  it("is byte-identical for the same inputs and date, and takes today's date by default", async () => {
    const repo = toolRepository(alembic);
    const options = { ...NO_OPTIONS, repo: repo.dir, env: "local" };
    const first = await newWorkOrder(options);
    expect(await newWorkOrder(options)).toBe(first);
    const today = await newWorkOrder({ ...options, date: null, now: new Date(2026, 2, 9, 23, 30) });
    expect(today).toBe(first);
    expect(lineWith(first, "- Date:")).toBe("- Date: 2026-03-09");
  });

  it("keeps every template line it has no value for", async () => {
    const repo = toolRepository(alembic);
    const text = await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir });
    for (const placeholder of ["- Requested by: <name/role>", "- [ ] Approver name / role: <SIGNATURE>", "<paste output here>", "1. <step>"]) {
      expect(text).toContain(placeholder);
    }
    // No --env: no environment is chosen for the person.
    expect(extractWorkOrder(text, "new.md").environments.filter((b) => b.checked)).toEqual([]);
  });
});

describe("numbering", () => {
  it("takes the number after the highest one used by a file name or a title, tracked or not", async () => {
    const repo = toolRepository(alembic, true, {
      "docs/wo/WO-MIGRATION-1.md": "**WO-MIGRATION-1 — first**\n",
      "docs/wo/WO-MIGRATION-2-add-index.md": "notes\n",
      // Named otherwise, but its title line holds the number.
      "docs/wo/drop-legacy.md": "# Drop legacy\n\n**WO-MIGRATION-4 — Drop legacy**\n",
      // The template and prose mentioning an id are not work orders with a number.
      "docs/WO-MIGRATION-TEMPLATE.md": "**WO-MIGRATION-XXX — <Short migration title>**\n",
      "docs/notes.md": "We will file WO-MIGRATION-99 later.\n",
    });
    repo.write({ "WO-MIGRATION-5.md": "draft\n" });
    const text = await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir });
    expect(extractWorkOrder(text, "new.md").title.id).toBe("WO-MIGRATION-6");
  });

  it("starts at 1, keeps zero padding, and --id overrides it", async () => {
    expect(nextWorkOrderNumber([])).toBe("1");
    expect(nextWorkOrderNumber(["007", "3"])).toBe("008");
    expect(nextWorkOrderNumber(["9", "10"])).toBe("11");
    const repo = toolRepository(alembic, true, { "WO-MIGRATION-3.md": "**WO-MIGRATION-3 — x**\n" });
    expect(extractWorkOrder(await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir }), "a.md").title.id).toBe("WO-MIGRATION-4");
    expect(extractWorkOrder(await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir, id: "118" }), "b.md").title.id).toBe("WO-MIGRATION-118");
  });
});

describe("environments and approvers", () => {
  it("--env production selects it, names the final authority, and leaves the §8 final-authority block to sign", async () => {
    const repo = toolRepository(alembic);
    const { text, result } = await newThenCheck(repo, { env: "prod" });
    const wo = extractWorkOrder(text, "new.md");
    expect(wo.environments.filter((b) => b.checked).map((b) => b.label)).toEqual(["capecraft (production — Robert-only)"]);
    expect(wo.approvals.find((a) => a.environment.startsWith("capecraft"))?.approvers?.names.map((n) => n.key)).toEqual(["robert"]);
    expect(wo.signOff.finalAuthority.nameBox?.checked).toBe(false);
    expect(wo.signOff.finalAuthority.signer?.values[0]?.placeholder).toBe(true);
    expect(ruleSet(result)).toContain("production-authority-missing");
    expect(ruleSet(result)).not.toContain("approval-missing");
  });

  it("leaves a placeholder approver where policy data names none (the gate then asks for one)", async () => {
    const repo = toolRepository(alembic);
    const { text, result } = await newThenCheck(repo, { env: "dev" });
    expect(text).toContain("- local / dev:\n  - Approver(s): <name/role>");
    expect(result.violations.filter((v) => v.section === "§1").map((v) => v.rule)).toEqual(["approval-missing"]);
  });

  it("follows policy data: its environments, approvers, authority chain, restriction line and references", async () => {
    const data = policyDataFile((d) => ({
      ...d,
      environments: [
        { ...d.environments[0]!, key: "qa", name: "QA", label: "_qa eu (test)", aliases: ["test"], approvers: ["Ana *Lead*", "Bo"] },
        ...d.environments.slice(1),
      ],
      authorityChain: "Alice (final authority) → Bob (planning) → Codex (worker)",
      restrictionLine: "No production deploys unless Alice explicitly instructs it",
      governanceReferences: [...d.governanceReferences, "SECURITY.md §2"],
    }));
    const repo = toolRepository(alembic);
    const { text, result } = await newThenCheck(repo, { env: "test", data });
    expect(text).toContain("- [x] \\_qa eu (test)\n");
    expect(text).toContain("  - Approver(s): Ana \\*Lead\\*; Bo\n");
    expect(text).toContain("**Alice (final authority)** → **Bob (planning)** → **Codex (worker)**");
    expect(text).toContain("- `SECURITY.md §2`");
    const settled = result.violations.filter((v) => ["§1", "§2", "§4", null].includes(v.section) && v.rule !== "request-incomplete");
    expect(settled).toEqual([]);
  });

  it("refuses an --env policy data does not know, in one line", async () => {
    const repo = toolRepository(alembic);
    const error = await runNew(["--repo", repo.dir, "--env", "qa"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^--env "qa" is not an environment of the policy data: use one of local/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses a date that is not a real calendar date and an id that is not digits", async () => {
    const repo = toolRepository(alembic);
    await expect(newWorkOrder({ ...NO_OPTIONS, repo: repo.dir, date: "2026-02-30" })).rejects.toThrow(/--date "2026-02-30" is not a real date/);
    await expect(newWorkOrder({ ...NO_OPTIONS, repo: repo.dir, id: "12a" })).rejects.toThrow(InputError);
  });
});

describe("§4 from the repository", () => {
  it("declares the newest head by default, and the migration --migration names (a first one: None)", async () => {
    const repo = toolRepository(alembic);
    const head = extractWorkOrder(await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir }), "a.md").migration.identity;
    expect(head).toMatchObject({ tool: "Alembic", revision: alembic.revisionId, downRevisions: [alembic.parentId], downIsNone: false });
    const first = await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir, migration: "migrations/versions/aaaa1111bbbb_init.py" });
    expect(extractWorkOrder(first, "b.md").migration.identity).toMatchObject({ revision: "aaaa1111bbbb", downRevisions: [], downIsNone: true });
    expect(first).toContain("Run `alembic upgrade aaaa1111bbbb --sql` and paste its output:");
  });

  it("prefers a head not yet committed, then the last committed, whatever the tool", async () => {
    const repo = toolRepository(alembic, true, toolCase("goose").files(1, true));
    repo.write({ "app/versions/cccc3333dddd_wip.py": 'revision = "cccc3333dddd"\ndown_revision = None\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n' });
    const inv = await listMigrations(repo.dir);
    const heads = headMigrations(inv, candidateMigrations(inv, null));
    expect(heads.map((r) => r.id).sort()).toEqual(["00001", "bbbb2222cccc", "cccc3333dddd"]);
    expect(newestMigration(heads, (f) => (f.startsWith("app/") ? null : 100))?.id).toBe("cccc3333dddd");
    expect(newestMigration(heads, (f) => (f.startsWith("db/") ? 200 : 100))?.id).toBe("00001");
    const text = await newThenCheck(repo, {});
    // The uncommitted head is declared, and the box that needs it committed is left with a note.
    expect(extractWorkOrder(text.text, "n.md").migration.identity.revision).toBe("cccc3333dddd");
    expect(lineWith(text.text, "- [ ] Migration is versioned")).toContain("<!-- wo-gate new: app/versions/cccc3333dddd_wip.py is not committed yet");
    expect(ruleSet(text.result)).toContain("unversioned-migration");
  });

  it("refuses a --migration that names nothing, or several migrations, in one line", async () => {
    const repo = toolRepository(alembic);
    await expect(newWorkOrder({ ...NO_OPTIONS, repo: repo.dir, migration: "nope" })).rejects.toThrow(/^--migration: no migration in the repository is named "nope"/);
    // Two Django apps each have a 0001_initial.
    const django = toolCase("django");
    const apps = toolRepository(django, true, { "accounts/migrations/0001_initial.py": django.files(1, true)["shop/migrations/0001_initial.py"]! });
    await expect(newWorkOrder({ ...NO_OPTIONS, repo: apps.dir, migration: "0001_initial" })).rejects.toThrow(
      /^--migration: "0001_initial" names several migrations: django accounts\.0001_initial \(accounts\/migrations\/0001_initial\.py:4\), django shop\.0001_initial/,
    );
    const named = await newWorkOrder({ ...NO_OPTIONS, repo: apps.dir, migration: "accounts/migrations/0001_initial.py" });
    expect(extractWorkOrder(named, "n.md").migration.identity.revision).toBe("accounts.0001_initial");
  });

  it("leaves the reversible box unchecked, with a note, when the down path is empty", async () => {
    const repo = toolRepository(alembic, false);
    const { text, result } = await newThenCheck(repo, {});
    const line = lineWith(text, "- [ ] Migration is reversible.");
    expect(line).toMatch(/<!-- wo-gate new: the down migration of migrations\/versions\/bbbb2222cccc_add_note\.py \(migrations\/versions\/bbbb2222cccc_add_note\.py:\d+\) is empty/);
    expect(ruleSet(result)).toContain("irreversible-without-controls");
    expect(ruleSet(result)).not.toContain("reversibility-mismatch");
  });

  it("tells a tool without down migrations where a reversing path counts (Prisma)", async () => {
    const repo = toolRepository(toolCase("prisma"), false);
    const line = lineWith(await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir }), "- [ ] Migration is reversible.");
    expect(line).toContain("Prisma Migrate has no down migrations: add a down script (down.sql) beside prisma/migrations/20260102000000_add_note/migration.sql");
  });

  it("leaves the startup box unchecked, naming what the scan found, when a container migrates on start", async () => {
    const repo = toolRepository(alembic, true, { Dockerfile: 'FROM python:3.12\nCMD ["sh", "-c", "alembic upgrade head && gunicorn app:app"]\n' });
    const { text, result } = await newThenCheck(repo, {});
    expect(lineWith(text, "- [ ] No automatic startup migrations exist")).toMatch(/wo-gate new: the startup-migration scan finds 1 migration\(s\) run on start: Dockerfile:2 /);
    expect(ruleSet(result)).toContain("startup-migration");
  });

  it("keeps §4's placeholders when the repository has no migration", async () => {
    const repo = GitRepo.create({ ...GOVERNANCE_FILES, "README.md": "# app\n" });
    const { text, result } = await newThenCheck(repo, {});
    repo.cleanup();
    expect(text).toContain("- Tooling: <e.g., Alembic>\n");
    expect(text).toContain("**WO-MIGRATION-1 — <Short migration title>**");
    expect(ruleSet(result)).toEqual(expect.arrayContaining(["unversioned-migration", "work-order-id-invalid"]));
  });

  it("has a dry-run command for every tool with migration files", () => {
    const versioned = ADAPTERS.filter((a) => a.versioned).map((a) => a.id).sort();
    expect(Object.keys(DRY_RUN_COMMANDS).sort()).toEqual(versioned);
  });
});

describe("writing values the gate reads back unchanged", () => {
  it("escapes markup, quotes shell words, and keeps comments closed", () => {
    const title = `**WO-MIGRATION-1 — ${inlineText("a*b_ c<d> [e] &amp; VS_Chat")}**\n\n- Tooling: ${codeSpan("x`y")}\n`;
    const wo = extractWorkOrder(title, "t.md");
    expect(wo.title.name?.value).toBe("a*b_ c<d> [e] &amp; VS_Chat");
    expect(wo.plainLines.map((l) => l.text)).toContain("Tooling: x`y");
    expect(shellWord("db/migrations")).toBe("db/migrations");
    expect(shellWord("it's here")).toBe(`'it'\\''s here'`);
    expect(htmlComment("a --> b")).toBe("<!-- a - -> b -->");
    expect(() => inlineText("two\nlines")).toThrow(InputError);
  });
});

describe("-o FILE", () => {
  it("writes the file, and overwrites an existing one only with --force", async () => {
    const repo = toolRepository(alembic);
    const dir = mkdtempSync(join(tmpdir(), "wo-gate-new-"));
    tmpDirs.push(dir);
    const out = join(dir, "WO-MIGRATION-1.md");
    await runNew(["--repo", repo.dir, "--date", "2026-03-09", "-o", out]);
    expect(readFileSync(out, "utf8")).toBe(await newWorkOrder({ ...NO_OPTIONS, repo: repo.dir }));
    await expect(runNew(["--repo", repo.dir, "-o", out])).rejects.toThrow(/WO-MIGRATION-1\.md: already exists: choose another -o file, or add --force/);
    await runNew(["--repo", repo.dir, "--date", "2026-03-10", "-o", out, "--force"]);
    expect(readFileSync(out, "utf8")).toContain("- Date: 2026-03-10\n");
  });

  it.skipIf(!existsSync(resolve(root, "node_modules/tsx")))("the CLI exits 2 with one line and leaves an existing file alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wo-gate-new-"));
    tmpDirs.push(dir);
    const out = join(dir, "WO-MIGRATION-1.md");
    writeFileSync(out, "mine\n");
    const repo = toolRepository(alembic);
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, ["--import", "tsx", resolve(root, "src/cli/main.ts"), "new", "--repo", repo.dir, "-o", out], { cwd: root }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`wo-gate: ${out}: already exists: choose another -o file, or add --force to overwrite it\n`);
    expect(readFileSync(out, "utf8")).toBe("mine\n");
  });
});
