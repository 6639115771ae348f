import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  declaredFiles,
  gatherRepositoryFacts,
  migrationFacts
} from "./chunk-OFI533CE.js";
import "./chunk-3XAVLTX2.js";
import "./chunk-WJSBH4UJ.js";
import "./chunk-SMBHOBSZ.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-A73443K2.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  declaredFiles,
  gatherRepositoryFacts,
  migrationFacts
};
