import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  MAX_WORK_ORDER_BYTES,
  readWorkOrder,
  readWorkOrderFile
} from "./chunk-NEXGZUQA.js";
import "./chunk-H7IU4GAH.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-6PBWCH3O.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  MAX_WORK_ORDER_BYTES,
  readWorkOrder,
  readWorkOrderFile
};
