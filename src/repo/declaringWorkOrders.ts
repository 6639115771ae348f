/**
 * The work orders at the checked commit: every tracked file matching the work-order globs. A
 * changed migration counts as declared when any of them declares it (decisions.md), not only the
 * work orders a pull request touches: an older, unchanged work order may be the one that covers
 * a migration. A tracked file that is not a readable work order declares nothing.
 */
import path from "node:path";
import picomatch from "picomatch";
import { InputError } from "../errors.js";
import { readWorkOrder } from "../workorder/readWorkOrderFile.js";
import type { WorkOrder } from "../workorder/schema.js";
import { DEFAULT_WORK_ORDER_GLOB } from "../workorder/workOrderGlob.js";
import { workingFiles } from "./git.js";


/** Tracked files of the checkout that match the globs, repository-relative and sorted. */
export async function trackedWorkOrderFiles(dir: string, globs: readonly string[] = [DEFAULT_WORK_ORDER_GLOB]): Promise<string[]> {
  const isMatch = picomatch([...globs], { dot: true });
  return (await workingFiles(dir)).tracked.filter((f) => isMatch(f));
}

export async function readDeclaringWorkOrders(dir: string, globs?: readonly string[]): Promise<WorkOrder[]> {
  const workOrders: WorkOrder[] = [];
  for (const file of await trackedWorkOrderFiles(dir, globs)) {
    try {
      workOrders.push(await readWorkOrder(path.join(dir, file)));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return workOrders;
}
