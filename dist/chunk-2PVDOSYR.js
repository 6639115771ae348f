import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  MAX_WORK_ORDER_BYTES,
  readWorkOrder,
  readWorkOrderFile
} from "./chunk-MFPUUH5K.js";
import "./chunk-QQRUVNBB.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  MAX_WORK_ORDER_BYTES,
  readWorkOrder,
  readWorkOrderFile
};
