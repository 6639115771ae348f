/**
 * The shell reading behind start commands: statements from sh-syntax, words and structure from
 * ./shellSyntax, guards evaluated against what the repository sets.
 */
import { describe, expect, it } from "vitest";
import { parseShell, runnableCommands, type Environment } from "../../src/scan/shell.js";

const none: Environment = { vars: new Map() };

async function runs(text: string, env: Environment = none): Promise<string[]> {
  const program = await parseShell(text);
  return runnableCommands(program, env).map((e) => e.words.map((w) => w.value).join(" "));
}

describe("shell start scripts", () => {
  it("here-document bodies and comments are data, not commands", async () => {
    const text = "cat <<'EOF' > /tmp/x\nalembic upgrade head\nEOF\n# alembic upgrade head\necho done\n";
    expect(await runs(text)).toEqual(["cat", "echo done"]);
  });

  it("functions run where they are called, under the call's guards", async () => {
    const text = 'migrate() {\n  alembic upgrade head\n}\nunused() { flask db upgrade; }\ncase "$1" in\n  server) migrate ;;\n  *) echo other ;;\nesac\n';
    expect(await runs(text, { vars: new Map(), args: ["server"] })).toEqual(["alembic upgrade head"]);
    expect(await runs(text, { vars: new Map(), args: ["worker"] })).toEqual(["echo other"]);
    // Unknown arguments: both branches may run (fail closed).
    expect(await runs(text)).toEqual(["alembic upgrade head", "echo other"]);
  });

  it("&& and || chains guard what follows them; else branches take the negation", async () => {
    const text = '[ "$SKIP" = 1 ] || alembic upgrade head\n[ -n "$ON" ] && flask db upgrade\nif [ "${MODE:-web}" = web ]; then echo web; else knex migrate:latest; fi\n';
    expect(await runs(text)).toEqual(['[ $SKIP = 1 ]', "alembic upgrade head", "[ -n $ON ]", "[ ${MODE:-web} = web ]", "echo web"]);
    const on: Environment = { vars: new Map([["ON", new Set(["yes"])], ["SKIP", new Set(["1"])], ["MODE", new Set(["worker"])]]) };
    expect(await runs(text, on)).toEqual(['[ $SKIP = 1 ]', "alembic upgrade head", "[ -n $ON ]", "flask db upgrade", "[ ${MODE:-web} = web ]", "echo web", "knex migrate:latest"]);
  });

  it("keeps the source offset of every character through quotes and continuations", async () => {
    const text = 'sh -c "echo a && \\\n  alembic upgrade head"\n';
    const program = await parseShell(text);
    const inline = program.execs[0]!.words[2]!;
    const at = inline.value.indexOf("alembic");
    expect(text.slice(inline.offsets[at], inline.offsets[at]! + 7)).toBe("alembic");
  });

  it("reads text sh-syntax rejects tolerantly instead of skipping it", async () => {
    expect(await runs("alembic upgrade head\nif then fi (((\n")).toContain("alembic upgrade head");
  });
});
