import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  renderAuthorization,
  renderAuthorizationMarkdown,
  renderAuthorizationText
} from "./chunk-SK2H2GAV.js";
import "./chunk-6ZXNEKPO.js";
import "./chunk-RV5BQCYO.js";
import "./chunk-CVBJORNT.js";
import "./chunk-DZUAVWCX.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  renderAuthorization,
  renderAuthorizationMarkdown,
  renderAuthorizationText
};
