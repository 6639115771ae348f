import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-DURFHUQF.js";
import {
  renderText,
  wantsColor
} from "./chunk-6ZXNEKPO.js";
import "./chunk-RV5BQCYO.js";
import {
  renderMarkdown
} from "./chunk-EYVHWCXP.js";
import "./chunk-CVBJORNT.js";
import "./chunk-DZUAVWCX.js";
import "./chunk-UPRZOTWU.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";

// src/report/renderCheckReport.ts
function renderCheckReport(report, format, stdout) {
  switch (format) {
    case "text":
      return renderText(report, { color: wantsColor(stdout) });
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
  }
}
export {
  renderCheckReport
};
