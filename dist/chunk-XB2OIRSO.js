import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  Finding,
  ScanResult,
  Skipped,
  SuppressedFinding,
  SuppressionError,
  Tool,
  Trigger,
  denyingFindings
} from "./chunk-UPRZOTWU.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  Finding,
  ScanResult,
  Skipped,
  SuppressedFinding,
  SuppressionError,
  Tool,
  Trigger,
  denyingFindings
};
