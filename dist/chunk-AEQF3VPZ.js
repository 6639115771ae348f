import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  DEFAULT_WORK_ORDER_GLOB
} from "./chunk-4GWHOCKX.js";
import {
  require_picomatch
} from "./chunk-3AABUXT5.js";
import {
  readWorkOrder
} from "./chunk-MFPUUH5K.js";
import {
  InputError
} from "./chunk-WG3IXMWM.js";
import {
  workingFiles
} from "./chunk-76NZYPJB.js";
import {
  __toESM
} from "./chunk-KAUMNO2H.js";

// src/repo/declaringWorkOrders.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import path from "node:path";
async function trackedWorkOrderFiles(dir, globs = [DEFAULT_WORK_ORDER_GLOB]) {
  const isMatch = (0, import_picomatch.default)([...globs], { dot: true });
  return (await workingFiles(dir)).tracked.filter((f) => isMatch(f));
}
async function readDeclaringWorkOrders(dir, globs) {
  const workOrders = [];
  for (const file of await trackedWorkOrderFiles(dir, globs)) {
    try {
      workOrders.push(await readWorkOrder(path.join(dir, file)));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return workOrders;
}

export {
  trackedWorkOrderFiles,
  readDeclaringWorkOrders
};
