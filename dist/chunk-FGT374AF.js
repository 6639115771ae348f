import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  authorizeDeployment
} from "./chunk-SKLL6FBO.js";
import "./chunk-2STXCBZV.js";
import "./chunk-TQI2UH74.js";
import "./chunk-OFI533CE.js";
import "./chunk-3XAVLTX2.js";
import "./chunk-WJSBH4UJ.js";
import "./chunk-SMBHOBSZ.js";
import "./chunk-KWRZVN4B.js";
import "./chunk-W7ECVCWX.js";
import "./chunk-WZXZDKPX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-JV42HDHR.js";
import "./chunk-4GWHOCKX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-EISPE47Y.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-A73443K2.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  authorizeDeployment
};
