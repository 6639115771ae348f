import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  declaredFiles,
  gatherRepositoryFacts,
  migrationFacts
} from "./chunk-LTDGXEUY.js";
import "./chunk-ATQUB5NK.js";
import "./chunk-GXQNBKXA.js";
import "./chunk-W3MZGTBC.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  declaredFiles,
  gatherRepositoryFacts,
  migrationFacts
};
