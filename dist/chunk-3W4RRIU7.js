import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  checkWorkOrders
} from "./chunk-3C4EJBKV.js";
import "./chunk-HS3EQU6P.js";
import "./chunk-W7ECVCWX.js";
import "./chunk-QISF76NS.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  checkWorkOrders
};
