/**
 * One generated work order through the gate in-process, the way `wo-gate check` runs it without
 * --repo: the bytes are written to a file, read by the real file edge (readWorkOrder: size, NUL,
 * UTF-8), extracted, and evaluated by the bundled policy (loaded once). The outcome is checked:
 * an allow needs no violation and a complete work order; a deny needs a violation; every line the
 * extraction reports lies inside the document.
 */
import fs from "node:fs";
import path from "node:path";
import { loadDecisionPolicy, type DecisionPolicy } from "../../src/decision/policy.js";
import { buildPolicyInput } from "../../src/input/buildPolicyInput.js";
import { readWorkOrder } from "../../src/workorder/readWorkOrderFile.js";
import type { WorkOrder } from "../../src/workorder/schema.js";
import { cliAgrees, thrown, type Outcome } from "./outcome.js";
import type { WorkOrderInput } from "./workOrderInputs.js";

/** Largest `line` anywhere in the value. */
function maxLine(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((m: number, x) => Math.max(m, maxLine(x)), 0);
  if (v && typeof v === "object") {
    return Object.entries(v).reduce((m, [k, x]) => Math.max(m, k === "line" && typeof x === "number" ? x : maxLine(x)), 0);
  }
  return 0;
}

function lineCount(bytes: Buffer): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) n++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) n++;
  }
  return n;
}

export class WorkOrderChecker {
  private constructor(
    private readonly policy: DecisionPolicy,
    /** Where inputs are written (a tmpfs when there is one). */
    readonly file: string,
  ) {}

  static async create(dir: string): Promise<WorkOrderChecker> {
    return new WorkOrderChecker(await loadDecisionPolicy(), path.join(dir, "WO-MIGRATION-1-fuzz.md"));
  }

  async check(input: WorkOrderInput): Promise<Outcome> {
    fs.writeFileSync(this.file, input.bytes);
    let workOrder: WorkOrder;
    try {
      workOrder = await readWorkOrder(this.file);
    } catch (e) {
      return thrown(e, this.file);
    }
    const lines = lineCount(input.bytes);
    if (maxLine(workOrder) > lines) return { verdict: null, failure: `extraction reports line ${maxLine(workOrder)} of a ${lines}-line document` };
    let decision;
    try {
      decision = this.policy.evaluate(buildPolicyInput(this.file, workOrder, { scan: null, repository: null, github: null }));
    } catch (e) {
      return thrown(e, this.file);
    }
    if (decision.allow !== (decision.violations.length === 0)) {
      return { verdict: null, failure: `decision allow=${decision.allow} with ${decision.violations.length} violations` };
    }
    if (decision.allow && input.incomplete) return { verdict: "allow", failure: `allowed a document that is not a complete work order: ${input.incomplete}` };
    return { verdict: decision.allow ? "allow" : "deny", failure: null };
  }

  /** The same input through the real CLI (`wo-gate check`), which must agree. */
  cli(input: WorkOrderInput, expected: Outcome): string | null {
    if (!expected.verdict) return null;
    fs.writeFileSync(this.file, input.bytes);
    return cliAgrees(["check", this.file], expected.verdict);
  }
}
