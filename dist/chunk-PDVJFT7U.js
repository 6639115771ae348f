import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  DEFAULT_WORK_ORDER_GLOB,
  readDeclaringWorkOrders,
  trackedWorkOrderFiles
} from "./chunk-WOUP6HGJ.js";
import "./chunk-3AABUXT5.js";
import "./chunk-NEXGZUQA.js";
import "./chunk-H7IU4GAH.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-6PBWCH3O.js";
import "./chunk-76NZYPJB.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  DEFAULT_WORK_ORDER_GLOB,
  readDeclaringWorkOrders,
  trackedWorkOrderFiles
};
