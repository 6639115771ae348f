import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  checkWorkOrders
} from "./chunk-LSSHLCL5.js";
import "./chunk-6NXWFBF4.js";
import "./chunk-6H2V2UN6.js";
import "./chunk-LCMXMZC5.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-ONZOCAWV.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  checkWorkOrders
};
