import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  checkWorkOrders
} from "./chunk-FOA6H7RB.js";
import "./chunk-KWRZVN4B.js";
import "./chunk-W7ECVCWX.js";
import "./chunk-EISPE47Y.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-A73443K2.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  checkWorkOrders
};
