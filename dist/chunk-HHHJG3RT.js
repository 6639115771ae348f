import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  RULES,
  RULES_END,
  RULES_START,
  RuleSchema,
  renderRulePage,
  renderRuleTable,
  rulesFromInspect,
  withRuleTable
} from "./chunk-DZUAVWCX.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  RULES,
  RULES_END,
  RULES_START,
  RuleSchema,
  renderRulePage,
  renderRuleTable,
  rulesFromInspect,
  withRuleTable
};
