import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  authorizeDeployment
} from "./chunk-Z7KVAZES.js";
import "./chunk-2STXCBZV.js";
import "./chunk-RIPKTNBU.js";
import "./chunk-2ADO7W4K.js";
import "./chunk-3XAVLTX2.js";
import "./chunk-W6FAJWGF.js";
import "./chunk-SMBHOBSZ.js";
import "./chunk-6NXWFBF4.js";
import "./chunk-6H2V2UN6.js";
import "./chunk-2SRQQQPG.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-ZBMNHY3V.js";
import "./chunk-4GWHOCKX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-LCMXMZC5.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-ONZOCAWV.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  authorizeDeployment
};
