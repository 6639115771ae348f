import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);

// src/workorder/workOrderGlob.ts
var DEFAULT_WORK_ORDER_GLOB = "**/WO-MIGRATION-[0-9]*.md";

export {
  DEFAULT_WORK_ORDER_GLOB
};
