import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  renderAuthorization,
  renderAuthorizationMarkdown,
  renderAuthorizationText
} from "./chunk-UBGHKVGO.js";
import "./chunk-BJ7NAKVS.js";
import "./chunk-LZVSCIPX.js";
import "./chunk-KAUMNO2H.js";
export {
  renderAuthorization,
  renderAuthorizationMarkdown,
  renderAuthorizationText
};
