import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  authorizeDeployment
} from "./chunk-M5RU4VHD.js";
import "./chunk-2STXCBZV.js";
import "./chunk-TQI2UH74.js";
import "./chunk-FRT3X44I.js";
import "./chunk-L6OOH4DK.js";
import "./chunk-TUDYANNU.js";
import "./chunk-Y6GOWHZ6.js";
import "./chunk-HS3EQU6P.js";
import "./chunk-W7ECVCWX.js";
import "./chunk-WZXZDKPX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-W6RF2JUO.js";
import "./chunk-4GWHOCKX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-QISF76NS.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  authorizeDeployment
};
