/**
 * Spring Boot settings (`application*.properties|yml`, `bootstrap*`): `spring.flyway.enabled` or
 * `spring.liquibase.enabled` set to true (or to a placeholder defaulting to true) migrates when
 * the context starts. YAML is read with js-yaml for the value and walked by indentation for the
 * line of the enabling key (README: the line of the enabling key).
 */
import { SETTING_RULES } from "./rules.js";
import type { RawFinding } from "./startPaths.js";
import { isRecord, readYaml } from "./yamlDocs.js";

export const SPRING_CONFIG = /(^|\/)(application|bootstrap)(-[\w-]+)?\.(properties|ya?ml)$/;

function enabling(value: string): boolean {
  const v = value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  return /^true$/i.test(v) || /^\$\{[^:}]+:true\}$/i.test(v);
}

/** Every `key: value` line with its full dotted path (keys may themselves be dotted). */
function yamlKeyLines(text: string): { key: string; value: string; offset: number }[] {
  const out: { key: string; value: string; offset: number }[] = [];
  let stack: { indent: number; key: string }[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (/^---/.test(line)) stack = [];
    const m = /^(\s*)([\w.-]+)\s*:(?:\s+(.*?))?\s*(?:#.*)?$/.exec(line);
    if (m && !/^\s*#/.test(line)) {
      const indent = m[1]!.length;
      stack = stack.filter((s) => s.indent < indent);
      const key = [...stack.map((s) => s.key), m[2]!].join(".");
      stack.push({ indent, key: m[2]! });
      out.push({ key: key.toLowerCase(), value: m[3] ?? "", offset: offset + indent });
    }
    offset += raw.length + 1;
  }
  return out;
}

function valueAt(doc: unknown, key: string): unknown {
  // Relaxed: a document may nest `spring: flyway: enabled` or write `spring.flyway.enabled` flat.
  if (!isRecord(doc)) return undefined;
  if (key in doc) return doc[key];
  const parts = key.split(".");
  for (let n = 1; n < parts.length; n++) {
    const head = parts.slice(0, n).join(".");
    if (head in doc) {
      const v = valueAt(doc[head], parts.slice(n).join("."));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

export function scanSpringConfig(file: string, text: string): RawFinding[] {
  const out: RawFinding[] = [];
  const emit = (rule: (typeof SETTING_RULES)[number], offset: number) =>
    out.push({ file, offset, trigger: "app-boot", tool: rule.tool, rule: rule.id, explanation: rule.explanation, fix: rule.fix });
  if (file.endsWith(".properties")) {
    let offset = 0;
    for (const raw of text.split("\n")) {
      const m = /^(\s*)([\w.-]+)\s*[=:]\s*(.*)$/.exec(raw.replace(/\r$/, ""));
      const rule = m ? SETTING_RULES.find((r) => r.key === m[2]!.toLowerCase()) : undefined;
      if (m && rule && !/^\s*[#!]/.test(raw) && enabling(m[3]!)) emit(rule, offset + m[1]!.length);
      offset += raw.length + 1;
    }
    return out;
  }
  const yf = readYaml(text);
  if (!yf) return out;
  for (const rule of SETTING_RULES) {
    const on = yf.docs.some((d) => {
      const v = valueAt(d, rule.key);
      return v === true || (typeof v === "string" && enabling(v));
    });
    if (!on) continue;
    for (const k of yamlKeyLines(text)) if (k.key === rule.key && enabling(k.value)) emit(rule, k.offset);
  }
  return out;
}
