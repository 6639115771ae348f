/**
 * Scan time of a generated 50,000-file repository (target: under 3 s), and its ratio to simply
 * reading the files the scanner reads (its candidates: source, YAML, Dockerfiles, package.json,
 * process-manager files), measured in the same run. The repository is written to a temp dir
 * and removed afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { languageOf } from "../src/scan/appCode.js";
import { scanRepository } from "../src/scan/scanRepository.js";

const FILES = 50_000;
const SERVICES = 50;

function sourceFile(i: number): [string, string] {
  const kind = i % 5;
  const dir = `services/svc${i % SERVICES}/src/mod${Math.floor(i / 500)}`;
  if (kind === 0) return [`${dir}/m${i}.py`, `import os\n\n\ndef handler_${i}(event):\n    """Handle ${i}; see docs on migrations."""\n    return {"id": ${i}, "env": os.environ.get("X_${i}", "")}\n`];
  if (kind === 1) return [`${dir}/m${i}.ts`, `// module ${i}\nexport async function run${i}(db: { query(q: string): Promise<unknown> }) {\n  return db.query('SELECT ${i}');\n}\n`];
  if (kind === 2) return [`${dir}/m${i}.go`, `package mod\n\n// Run${i} does work ${i}.\nfunc Run${i}() int { return ${i} }\n`];
  if (kind === 3) return [`${dir}/m${i}.md`, `# Note ${i}\n\nRun \`alembic upgrade head\` before starting.\n`];
  return [`${dir}/asset${i}.json`, `{"id": ${i}, "name": "asset-${i}"}\n`];
}

function serviceFiles(s: number): [string, string][] {
  const dir = `services/svc${s}`;
  return [
    [`${dir}/Dockerfile`, `FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCOPY docker/entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["gunicorn", "app:app"]\n`],
    [`${dir}/docker/entrypoint.sh`, `#!/bin/sh\nset -e\nif [ "$1" = "gunicorn" ]; then\n  echo starting\nfi\nexec "$@"\n`],
    [`${dir}/k8s/deployment.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc${s}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: svc${s}\n          args: ["gunicorn", "app:app"]\n`],
    [`${dir}/package.json`, `{\n  "name": "svc${s}",\n  "scripts": {\n    "start": "node dist/index.js",\n    "build": "tsc"\n  }\n}\n`],
    [`${dir}/Procfile`, `web: gunicorn app:app\n`],
  ];
}

function generate(dir: string): number {
  const files: [string, string][] = [];
  for (let s = 0; s < SERVICES; s++) files.push(...serviceFiles(s));
  files.push(["docker-compose.yml", `services:\n${Array.from({ length: SERVICES }, (_, s) => `  svc${s}:\n    build: services/svc${s}\n    command: gunicorn app:app\n`).join("")}`]);
  for (let i = 0; files.length < FILES; i++) files.push(sourceFile(i));
  const made = new Set<string>();
  for (const [rel, text] of files) {
    const d = path.dirname(path.join(dir, rel));
    if (!made.has(d)) {
      fs.mkdirSync(d, { recursive: true });
      made.add(d);
    }
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return files.length;
}

function listAll(dir: string, rel = ""): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listAll(dir, p) : [p];
  });
}

const CANDIDATE = /(^|\/)(Dockerfile|Procfile|package\.json)$|\.(ya?ml|sh|service|conf|ini)$/;

export async function run(): Promise<Record<string, string | number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wo-gate-scan-bench-"));
  try {
    const count = generate(dir);
    // Reference: list the tree and read every candidate file once, nothing else.
    const t0 = performance.now();
    let bytes = 0;
    const candidates = listAll(dir).filter((f) => CANDIDATE.test(f) || languageOf(f));
    for (const f of candidates) bytes += fs.readFileSync(path.join(dir, f)).length;
    const readMs = performance.now() - t0;
    const t1 = performance.now();
    const result = await scanRepository(dir);
    const scanMs = performance.now() - t1;
    return {
      files: count,
      candidate_files: candidates.length,
      candidate_bytes: bytes,
      findings: result.findings.length,
      read_candidates_ms: Number(readMs.toFixed(1)),
      scan_ms: Number(scanMs.toFixed(1)),
      scan_to_read_ratio: Number((scanMs / readMs).toFixed(2)),
      target_ms: 3000,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
