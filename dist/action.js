import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  failJob,
  readPayload
} from "./chunk-Y2HPYU5F.js";
import "./chunk-EYVHWCXP.js";
import "./chunk-CVBJORNT.js";
import "./chunk-DZUAVWCX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-UPRZOTWU.js";
import {
  EXIT
} from "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";

// src/action/main.ts
import { existsSync } from "node:fs";
async function main() {
  try {
    const eventPath = process.env.GITHUB_EVENT_PATH?.trim();
    if (eventPath && existsSync(eventPath)) readPayload(eventPath);
    const { run } = await import("./chunk-Y3PARU4M.js");
    return await run();
  } catch (e) {
    return failJob(process.env, e);
  }
}
main().then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.error;
  }
);
