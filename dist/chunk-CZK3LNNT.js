import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  scanRepository
} from "./chunk-EOBVVYWT.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-UPRZOTWU.js";
import "./chunk-3AABUXT5.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  scanRepository
};
