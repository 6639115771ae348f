import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  readDeclaringWorkOrders,
  trackedWorkOrderFiles
} from "./chunk-AEQF3VPZ.js";
import "./chunk-4GWHOCKX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-MFPUUH5K.js";
import "./chunk-QQRUVNBB.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  readDeclaringWorkOrders,
  trackedWorkOrderFiles
};
