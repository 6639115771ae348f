import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  declaredFiles,
  gatherRepositoryFacts,
  migrationFacts
} from "./chunk-2ADO7W4K.js";
import "./chunk-3XAVLTX2.js";
import "./chunk-W6FAJWGF.js";
import "./chunk-SMBHOBSZ.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-3AABUXT5.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-ONZOCAWV.js";
import "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  declaredFiles,
  gatherRepositoryFacts,
  migrationFacts
};
