import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  authorizeDeployment
} from "./chunk-E5TVFIWR.js";
import "./chunk-3CCANE43.js";
import "./chunk-TQI2UH74.js";
import "./chunk-LTDGXEUY.js";
import "./chunk-ATQUB5NK.js";
import "./chunk-GXQNBKXA.js";
import "./chunk-W3MZGTBC.js";
import "./chunk-6GTH3FSU.js";
import "./chunk-ARVGU37P.js";
import "./chunk-WZXZDKPX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-AEQF3VPZ.js";
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
  authorizeDeployment
};
