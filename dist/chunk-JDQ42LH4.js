import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  renderAuthorization,
  renderAuthorizationMarkdown,
  renderAuthorizationText
} from "./chunk-YZBUPCFF.js";
import "./chunk-IHCGTQ7T.js";
import "./chunk-RV5BQCYO.js";
import "./chunk-VFIV2WOR.js";
import "./chunk-KAUMNO2H.js";
export {
  renderAuthorization,
  renderAuthorizationMarkdown,
  renderAuthorizationText
};
