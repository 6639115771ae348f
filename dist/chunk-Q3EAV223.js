import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  checkWorkOrders
} from "./chunk-DN3YHVLY.js";
import "./chunk-Z5LOO5AI.js";
import "./chunk-33JRYKVC.js";
import "./chunk-NEXGZUQA.js";
import "./chunk-H7IU4GAH.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-6PBWCH3O.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  checkWorkOrders
};
