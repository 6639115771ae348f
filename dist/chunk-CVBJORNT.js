import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-DZUAVWCX.js";

// src/report/escapeMarkdown.ts
var WORD_JOINER = "\u2060";
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var LINE_BREAKS = /\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g;
function flatten(text) {
  return text.replace(LINE_BREAKS, " ").replace(BIDI_CONTROLS, "\uFFFD");
}
function unlink(text) {
  return text.replace(/[@#:]/g, `$&${WORD_JOINER}`).replace(/(w)(ww(?:\\)?\.)/gi, `$1${WORD_JOINER}$2`).replace(/\bGH\\?-/gi, `$&${WORD_JOINER}`);
}
function escapeMarkdown(text) {
  const html = flatten(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return unlink(html.replace(MARKDOWN_PUNCTUATION, "\\$&"));
}

// package.json
var package_default = {
  name: "wo-migration-gate",
  version: "0.1.0",
  description: "A GitHub Action and CLI that stops unsafe database migrations: work orders checked by OPA policy, startup-migration scan, repository and approval cross-checks.",
  license: "MIT",
  homepage: "https://github.com/wo-migration-gate/wo-migration-gate",
  repository: {
    type: "git",
    url: "git+https://github.com/wo-migration-gate/wo-migration-gate.git"
  },
  type: "module",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "wo-gate": "dist/cli.js"
  },
  scripts: {
    opa: "node scripts/ensure-opa.mjs",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "node scripts/ensure-opa.mjs && node scripts/setup-chromium.mjs && tsc --noEmit && eslint . && vitest run",
    bench: "node scripts/bench.mjs",
    fuzz: "tsx scripts/fuzz.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@open-policy-agent/opa-wasm": "^1.10.0",
    commander: "^12.1.0",
    "dockerfile-ast": "^0.7.1",
    "fast-xml-parser": "^5.12.1",
    ignore: "^7.0.16",
    "js-yaml": "^4.3.2",
    "markdown-it": "^14.3.3",
    picomatch: "^4.0.7",
    "sh-syntax": "^0.7.0",
    "tar-stream": "^3.2.2",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/openapi": "^23.0.2",
    "@types/hast": "^3.0.5",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "@types/tar-stream": "^3.1.5",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    "playwright-core": "^1.65.1",
    "rehype-raw": "^7.0.0",
    "rehype-sanitize": "^6.0.0",
    "rehype-stringify": "^10.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    "remark-rehype": "^11.1.2",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    unified: "^11.0.5",
    vitest: "^3.2.7"
  }
};

// src/report/ruleLinks.ts
var KNOWN = new Set(RULES.map((r) => r.id));
function ruleDocPath(id) {
  return KNOWN.has(id) ? `docs/rules/${id}.md` : null;
}
function ruleDocUrl(id) {
  const page = ruleDocPath(id);
  return page === null ? null : `${package_default.homepage}/blob/main/${page}`;
}

// src/report/verifiedFacts.ts
function verifiedFacts(repository) {
  if (repository === null) return [];
  if (repository.status === "unavailable") return [`repository not verified: ${repository.reason ?? "unknown reason"}`];
  const lines = [];
  const m = repository.migration;
  if (m?.status === "found") {
    const parents = m.parents.length === 0 ? "none (a first migration)" : m.parents.join(", ");
    const down = !m.supportsDown ? `${m.tool} has no down migrations${m.down?.exists ? `; down script ${m.down.file ?? ""}` : ""}` : m.down?.exists && !m.down.empty ? `down step at line ${m.down.line ?? "?"}${m.down.file && m.down.file !== m.file ? ` of ${m.down.file}` : ""}` : "down step empty";
    lines.push(`migration: ${m.tool} ${m.revision} is ${m.file}${m.line ? `:${m.line}` : ""}, tracked by git; parents: ${parents}; ${down}`);
  }
  if (m && m.heads.length > 1) lines.push(`note: the ${m.tool} migration graph has ${m.heads.length} heads (${m.heads.join(", ")}): merge them before deploying`);
  const g = repository.governance;
  if (g) {
    const found = [g.systemSpec.path && `${g.systemSpec.path}${g.systemSpec.hasSection ? " (\xA76.3)" : " (no \xA76.3 section)"}`, g.playbook.path].filter(Boolean);
    if (found.length > 0) lines.push(`governance documents: ${found.join(", ")}`);
  }
  const c = repository.changedMigrations;
  if (c?.status === "available") {
    const undeclared = c.changed.filter((f) => !f.declared).length;
    lines.push(`migration files changed since ${c.base}: ${c.changed.length}${undeclared ? `, ${undeclared} declared by no work order` : c.changed.length ? ", every one declared" : ""}`);
  }
  return lines;
}

export {
  escapeMarkdown,
  package_default,
  ruleDocUrl,
  verifiedFacts
};
