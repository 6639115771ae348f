import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  checkWorkOrders
} from "./chunk-P6RTIQRE.js";
import "./chunk-6GTH3FSU.js";
import "./chunk-ARVGU37P.js";
import "./chunk-MFPUUH5K.js";
import "./chunk-QQRUVNBB.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  checkWorkOrders
};
