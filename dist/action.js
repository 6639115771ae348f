import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  authorizeDeployment
} from "./chunk-Z7KVAZES.js";
import "./chunk-2STXCBZV.js";
import {
  listPullRequestFiles
} from "./chunk-RIPKTNBU.js";
import "./chunk-2ADO7W4K.js";
import "./chunk-3XAVLTX2.js";
import "./chunk-W6FAJWGF.js";
import "./chunk-SMBHOBSZ.js";
import {
  renderAuthorizationMarkdown
} from "./chunk-UBGHKVGO.js";
import {
  NO_WORK_ORDER,
  checkWorkOrders
} from "./chunk-LSSHLCL5.js";
import "./chunk-6NXWFBF4.js";
import "./chunk-6H2V2UN6.js";
import {
  renderJson,
  renderMarkdown,
  scanFindings
} from "./chunk-GI3LX7VZ.js";
import {
  escapeMarkdown
} from "./chunk-BJ7NAKVS.js";
import "./chunk-LZVSCIPX.js";
import {
  RULES
} from "./chunk-DZUAVWCX.js";
import {
  GitHubApiError,
  apiBaseUrl,
  createGitHubClient,
  requestAllPages,
  requestJson,
  require_tunnel,
  require_undici
} from "./chunk-2SRQQQPG.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-UPRZOTWU.js";
import "./chunk-ZBMNHY3V.js";
import "./chunk-4GWHOCKX.js";
import {
  require_picomatch
} from "./chunk-3AABUXT5.js";
import "./chunk-LCMXMZC5.js";
import "./chunk-RUALHXBT.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-ONZOCAWV.js";
import {
  EXIT,
  InputError,
  inputError
} from "./chunk-WG3IXMWM.js";
import {
  external_exports
} from "./chunk-SCBUJERJ.js";
import {
  GitUnavailable,
  workingFiles
} from "./chunk-76NZYPJB.js";
import {
  __toESM
} from "./chunk-KAUMNO2H.js";

// src/action/run.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import os6 from "node:os";
import path2 from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// package.json
var package_default = {
  name: "wo-migration-gate",
  version: "0.1.0",
  description: "A GitHub Action and CLI that stops unsafe database migrations: work orders checked by OPA policy, startup-migration scan, repository and approval cross-checks.",
  license: "MIT",
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
    fuzz: "node scripts/fuzz.mjs"
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

// src/github/event.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
]);
var PayloadPullRequestSchema = external_exports.object({
  number: external_exports.number().int().positive(),
  html_url: external_exports.string(),
  head: external_exports.object({ sha: external_exports.string().min(1) }),
  base: external_exports.object({ sha: external_exports.string().min(1), ref: external_exports.string().min(1) })
});
var PullRequestPayloadSchema = external_exports.object({ pull_request: PayloadPullRequestSchema });
var PullRequestContextSchema = external_exports.object({
  owner: external_exports.string(),
  repo: external_exports.string(),
  eventName: external_exports.string(),
  /** `GITHUB_SHA`: on pull requests the test merge commit, on pushes the pushed commit. */
  sha: external_exports.string(),
  pullRequest: external_exports.object({
    number: external_exports.number().int().positive(),
    headSha: external_exports.string(),
    baseSha: external_exports.string(),
    baseRef: external_exports.string(),
    url: external_exports.string()
  }).nullable()
});
function required(env, name) {
  const value = env[name]?.trim();
  if (!value) throw new InputError(`${name} is not set (the GitHub Actions runner sets it)`);
  return value;
}
function readPayload(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error2) {
    throw inputError(file, `cannot read the event payload: ${error2.code ?? String(error2)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error2) {
    throw inputError(file, `event payload is not valid JSON: ${error2.message}`);
  }
}
function readPullRequestContext(env) {
  const repository = required(env, "GITHUB_REPOSITORY");
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length) throw new InputError(`GITHUB_REPOSITORY is not owner/repo: ${JSON.stringify(repository)}`);
  const eventName = required(env, "GITHUB_EVENT_NAME");
  const sha = required(env, "GITHUB_SHA");
  if (!PULL_REQUEST_EVENTS.has(eventName)) return { owner, repo, eventName, sha, pullRequest: null };
  const file = required(env, "GITHUB_EVENT_PATH");
  const parsed = PullRequestPayloadSchema.safeParse(readPayload(file));
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0];
    throw inputError(file, `${eventName} event payload: ${issue2?.path.join(".") || "(root)"}: ${issue2?.message ?? "invalid"}`);
  }
  const pr = parsed.data.pull_request;
  return {
    owner,
    repo,
    eventName,
    sha,
    pullRequest: { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha, baseRef: pr.base.ref, url: pr.html_url }
  };
}

// src/report/annotations.ts
function annotationsFor(report) {
  const out = [];
  for (const w of report.workOrders) {
    const file = w.file === NO_WORK_ORDER ? null : w.file;
    for (const v of w.violations) out.push({ level: "error", title: v.rule, message: v.message, file, line: v.line });
  }
  for (const f of scanFindings(report)) {
    out.push({
      // Build-time findings warn and do not deny (decisions.md).
      level: f.trigger === "build" ? "warning" : "error",
      title: "startup-migration",
      message: `${f.explanation} ${f.fix} (${f.rule}, ${f.trigger})`,
      file: f.file,
      line: f.line
    });
  }
  return out;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SCAN_RULE = "startup-migration";
function descriptor(rule) {
  const help = `${rule.description}

Why it matters: ${rule.why}

Fails: ${rule.example.fails}
Passes: ${rule.example.fixed}

Changing it: ${rule.change}`;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["migration", ...rule.needs.map((n) => n.replace(/\s+/g, "-"))], section: rule.section }
  };
}
function uriOf(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function location(file, line) {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(file), uriBaseId: "%SRCROOT%" },
      // Code scanning needs a region; a violation with no line (an absent section) points at the top.
      region: { startLine: line ?? 1 }
    }
  };
}
function fingerprint(...parts) {
  return { "woMigrationGate/v1": createHash("sha256").update(parts.join("\0")).digest("hex") };
}
function renderSarif(report, tool) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (ruleId, level, text, file, line) => ({
    ruleId,
    ...index.has(ruleId) ? { ruleIndex: index.get(ruleId) } : {},
    level,
    message: { text },
    ...file === NO_WORK_ORDER ? {} : { locations: [location(file, line)] },
    partialFingerprints: fingerprint(ruleId, file, text)
  });
  const results = [];
  for (const w of report.workOrders) {
    for (const v of w.violations) results.push(result(v.rule, "error", v.message, w.file, v.line));
  }
  for (const f of scanFindings(report)) {
    const text = `${f.explanation} ${f.fix} (${f.rule}, ${f.trigger}, ${f.tool})`;
    results.push(result(SCAN_RULE, f.trigger === "build" ? "warning" : "error", text, f.file, f.line));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: tool.name, semanticVersion: tool.version, rules: RULES.map(descriptor) } },
        columnKind: "unicodeCodePoints",
        results
      }
    ]
  };
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function summaryMarkdown(report, options) {
  const full = renderMarkdown(report, { ...options, detailed: true });
  if (Buffer.byteLength(full, "utf8") <= SUMMARY_LIMIT_BYTES) return full;
  const notes = [...options.notes ?? [], "The full summary exceeds GitHub's 1 MiB limit: the extracted work orders are in the JSON report (the report output)."];
  return renderMarkdown(report, { ...options, notes, detailed: false });
}
async function writeJobSummary(markdown) {
  await summary.addRaw(markdown, true).write();
}
function errorSummary(message) {
  return `## \u2757 error \u2014 migration work-order gate

The gate could not run, so nothing was allowed: ${escapeMarkdown(message)}
`;
}

// src/action/authorize.ts
import { mkdirSync, writeFileSync } from "node:fs";
import os5 from "node:os";
import path from "node:path";
function writeRecordFile(env, json) {
  const dir = path.join(env.RUNNER_TEMP?.trim() || os5.tmpdir(), "wo-migration-gate");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "authorization.json");
  writeFileSync(file, json);
  return file;
}
function setOutputs(record, file) {
  setOutput("decision", record.decision);
  setOutput("violations", JSON.stringify(record.violations));
  setOutput("report", file);
  setOutput("work-orders", JSON.stringify(record.workOrders.map((w) => w.file)));
  setOutput("authorization", JSON.stringify(record));
}
function annotate(record) {
  for (const v of record.violations) {
    const properties = { title: `wo-gate authorize: ${v.rule}`, ...v.file === null ? {} : { file: v.file }, ...v.line === null ? {} : { startLine: v.line } };
    error(v.message, properties);
  }
}
async function authorizeStep(env, inputs, workspace) {
  if (!inputs.environment) throw new InputError("input environment: command authorize needs the environment the migrations run in (a key or alias from policy data)");
  const record = await authorizeDeployment({
    repo: workspace,
    environment: inputs.environment,
    migrations: inputs.migrations,
    pendingFrom: inputs.pendingFrom || null,
    workOrderGlobs: inputs.workOrders,
    migrationPaths: inputs.migrationPaths,
    policy: inputs.policy,
    data: inputs.policyData,
    scan: inputs.scan,
    github: { token: inputs.githubToken || void 0, repository: env.GITHUB_REPOSITORY, apiUrl: apiBaseUrl(env) }
  });
  const json = `${JSON.stringify(record, null, 2)}
`;
  setOutputs(record, writeRecordFile(env, json));
  annotate(record);
  if (env.GITHUB_STEP_SUMMARY) {
    const markdown = renderAuthorizationMarkdown(record);
    await writeJobSummary(
      Buffer.byteLength(markdown, "utf8") <= SUMMARY_LIMIT_BYTES ? markdown : `## ${record.decision === "allow" ? "\u2705 allow" : "\u274C deny"} \u2014 deploy authorization

The record exceeds GitHub's summary limit: see the authorization output.
`
    );
  }
  const verdict = `${record.decision} (${record.migrations.length} migration${record.migrations.length === 1 ? "" : "s"}, ${record.violations.length} violation${record.violations.length === 1 ? "" : "s"})`;
  if (record.decision === "allow") {
    info(`wo-gate: authorize ${verdict}`);
    return EXIT.allow;
  }
  if (inputs.mode === "report") {
    info(`wo-gate: authorize ${verdict}; mode report: the job passes`);
    return EXIT.allow;
  }
  setFailed(`wo-gate: authorize ${verdict}`);
  return EXIT.deny;
}

// src/github/comments.ts
var CommentSchema = external_exports.object({ id: external_exports.number().int(), html_url: external_exports.string(), body: external_exports.string().optional() });
var StickyCommentResultSchema = external_exports.object({
  action: external_exports.enum(["created", "updated", "unchanged"]),
  id: external_exports.number().int(),
  url: external_exports.string()
});
function stickyMarker(marker) {
  if (!/^[\w.:/-]+$/.test(marker)) throw new Error(`sticky comment marker must be word characters, . : / -: ${JSON.stringify(marker)}`);
  return `<!-- ${marker} -->`;
}
async function upsertStickyComment(client, owner, repo, issueNumber, marker, body) {
  const tag = stickyMarker(marker);
  const text = `${tag}
${body}`;
  const comments = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner, repo, issue_number: issueNumber },
    CommentSchema
  );
  const existing = comments.find((c) => c.body?.startsWith(tag));
  if (existing?.body === text) return { action: "unchanged", id: existing.id, url: existing.html_url };
  const saved = existing ? await requestJson(
    client,
    "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
    { owner, repo, comment_id: existing.id, body: text },
    CommentSchema
  ) : await requestJson(
    client,
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner, repo, issue_number: issueNumber, body: text },
    CommentSchema
  );
  return { action: existing ? "updated" : "created", id: saved.id, url: saved.html_url };
}

// src/action/comment.ts
var COMMENT_MARKER = "wo-migration-gate";
var COMMENT_LIMIT = 65e3;
function commentBody(report, options) {
  const body = renderMarkdown(report, options);
  if (body.length <= COMMENT_LIMIT) return body;
  const tail = "\n_The report is too long for a comment: the job summary has all of it._\n";
  const lines = body.split("\n");
  let kept = "";
  for (const line of lines) {
    if (kept.length + line.length + 1 + tail.length > COMMENT_LIMIT) break;
    kept += `${line}
`;
  }
  return kept + tail;
}
async function postComment(client, target, body) {
  return upsertStickyComment(client, target.owner, target.repo, target.number, COMMENT_MARKER, body);
}

// src/action/inputs.ts
var NAMES = {
  command: "command",
  mode: "mode",
  workOrders: "work-orders",
  allWorkOrders: "all-work-orders",
  policy: "policy",
  policyData: "policy-data",
  scan: "scan",
  scanPaths: "scan-paths",
  migrationPaths: "migration-paths",
  githubToken: "github-token",
  comment: "comment",
  sarif: "sarif",
  environment: "environment",
  migrations: "migrations",
  pendingFrom: "pending-from"
};
function splitList(text) {
  const items = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "{") depth += 1;
    if (c === "}") depth = Math.max(0, depth - 1);
    if (c === "\n" || c === "\r" || c === "," && depth === 0) {
      items.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}
var Bool = external_exports.enum(["true", "True", "TRUE", "false", "False", "FALSE"]).transform((v) => v.toLowerCase() === "true");
var List = external_exports.string().transform(splitList);
var Path = external_exports.string().transform((s) => s.trim() === "" ? void 0 : s.trim());
var InputsSchema = external_exports.object({
  command: external_exports.enum(["check", "authorize"]),
  mode: external_exports.enum(["enforce", "report"]),
  workOrders: List.refine((l) => l.length > 0, "give at least one glob"),
  allWorkOrders: Bool,
  policy: Path,
  policyData: Path,
  scan: Bool,
  scanPaths: List,
  migrationPaths: List,
  githubToken: external_exports.string().transform((s) => s.trim()),
  comment: Bool,
  sarif: Path,
  environment: external_exports.string().transform((s) => s.trim()),
  migrations: List,
  pendingFrom: external_exports.string().transform((s) => s.trim())
});
var envName = (name) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
function readInputs(env) {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([field2, name2]) => [field2, env[envName(name2)] ?? ""]));
  const parsed = InputsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue2 = parsed.error.issues[0];
  const field = issue2?.path[0];
  const name = field ? NAMES[field] : "(unknown)";
  const value = JSON.stringify(raw[field ?? ""] ?? "");
  const detail = issue2?.code === "invalid_value" ? `must be one of ${issue2.values.map(String).join(", ")}` : issue2?.message ?? "invalid";
  throw new InputError(`input ${name} ${value}: ${detail}`);
}

// src/action/workOrderFiles.ts
var import_picomatch = __toESM(require_picomatch(), 1);
async function matchingFiles(workspace, globs) {
  let files;
  try {
    files = await workingFiles(workspace);
  } catch (e) {
    if (e instanceof GitUnavailable) throw new InputError(`${e.message}: check out the repository first (actions/checkout)`);
    throw e;
  }
  const isMatch = (0, import_picomatch.default)([...globs], { dot: true });
  return [.../* @__PURE__ */ new Set([...files.tracked, ...files.untracked])].filter((f) => isMatch(f)).sort();
}
async function selectWorkOrders(o) {
  const files = await matchingFiles(o.workspace, o.globs);
  const pr = o.context.pullRequest;
  if (o.all || pr === null) return { files, notes: [] };
  const everyOne = (why) => ({ files, notes: [`${why}: every work order matching the globs was checked.`] });
  if (o.client === null) return everyOne("No GitHub token to list the pull request's files");
  let changed;
  try {
    changed = await listPullRequestFiles(o.client, o.context.owner, o.context.repo, pr.number);
  } catch (e) {
    if (e instanceof GitHubApiError) return everyOne(`Cannot list the pull request's files (${e.message})`);
    throw e;
  }
  const touched = new Set(changed.filter((f) => f.status !== "removed").map((f) => f.filename));
  return { files: files.filter((f) => touched.has(f)), notes: [] };
}

// src/action/run.ts
function oneLine(text) {
  return text.replace(/\s*[\r\n\u2028\u2029\u0085]+\s*/g, " ").trim();
}
function say(text) {
  process.stdout.write(`wo-gate: ${oneLine(text)}
`);
}
function required2(env, name) {
  const value = env[name]?.trim();
  if (!value) throw new InputError(`${name} is not set (the GitHub Actions runner sets it)`);
  return value;
}
function approvalNotes(inputs, context) {
  const notes = [];
  if (!inputs.githubToken) notes.push("No GitHub token: the \xA78 approvals cannot be verified on GitHub (approval-not-verified denies where they are required).");
  if (context.pullRequest === null) {
    notes.push(`Not a pull request (${context.eventName}): approvals are read from the pull request that merged ${context.sha}.`);
  }
  return notes;
}
function writeReportFile(env, report) {
  const dir = path2.join(env.RUNNER_TEMP?.trim() || os6.tmpdir(), "wo-migration-gate");
  mkdirSync2(dir, { recursive: true });
  const file = path2.join(dir, "report.json");
  writeFileSync2(file, renderJson(report));
  return file;
}
function setOutputs2(report, files, reportFile) {
  const violations = report.workOrders.flatMap((w) => w.violations.map((v) => ({ workOrder: w.file, ...v })));
  setOutput("decision", report.decision);
  setOutput("violations", JSON.stringify(violations));
  setOutput("report", reportFile);
  setOutput("work-orders", JSON.stringify(files));
}
function annotate2(report) {
  for (const a of annotationsFor(report)) {
    const properties = { title: a.title, ...a.file === null ? {} : { file: a.file }, ...a.line === null ? {} : { startLine: a.line } };
    if (a.level === "error") error(a.message, properties);
    else warning(a.message, properties);
  }
}
async function comment(client, context, body) {
  const pr = context.pullRequest;
  if (pr === null) return say("comment: not a pull request, no comment posted");
  if (client === null) return warning("comment: no github-token, no pull-request comment posted");
  try {
    const result = await postComment(client, { owner: context.owner, repo: context.repo, number: pr.number }, body);
    say(`comment ${result.action}: ${result.url}`);
  } catch (e) {
    if (e instanceof GitHubApiError) return warning(`comment: cannot post the pull-request comment: ${oneLine(e.message)}`);
    throw e;
  }
}
async function check(env) {
  const inputs = readInputs(env);
  const workspace = path2.resolve(required2(env, "GITHUB_WORKSPACE"));
  process.chdir(workspace);
  if (inputs.command === "authorize") return authorizeStep(env, inputs, workspace);
  const context = readPullRequestContext(env);
  const apiUrl = apiBaseUrl(env);
  const client = inputs.githubToken ? createGitHubClient({ token: inputs.githubToken, baseUrl: apiUrl }) : null;
  const selection = await selectWorkOrders({ workspace, globs: inputs.workOrders, all: inputs.allWorkOrders, context, client });
  const report = await checkWorkOrders({
    workOrders: selection.files,
    policy: inputs.policy,
    data: inputs.policyData,
    repo: workspace,
    // The repository cross-check measures changed migrations against the pull request's base.
    base: context.pullRequest?.baseSha ?? null,
    scan: inputs.scan,
    scanPaths: inputs.scanPaths,
    migrationPaths: inputs.migrationPaths,
    github: { token: inputs.githubToken, context, apiUrl }
  });
  const notes = [...selection.notes, ...approvalNotes(inputs, context)];
  const source = {
    serverUrl: env.GITHUB_SERVER_URL?.trim() || "https://github.com",
    owner: context.owner,
    repo: context.repo,
    sha: context.pullRequest?.headSha ?? context.sha
  };
  const reportFile = writeReportFile(env, report);
  setOutputs2(report, selection.files, reportFile);
  annotate2(report);
  if (inputs.sarif) {
    const file = path2.resolve(workspace, inputs.sarif);
    mkdirSync2(path2.dirname(file), { recursive: true });
    writeFileSync2(file, `${JSON.stringify(renderSarif(report, { name: package_default.name, version: package_default.version }), null, 2)}
`);
  }
  if (env.GITHUB_STEP_SUMMARY) await writeJobSummary(summaryMarkdown(report, { source, notes }));
  else say("GITHUB_STEP_SUMMARY is not set: no job summary written");
  if (inputs.comment) await comment(client, context, commentBody(report, { source, notes }));
  const denied = report.workOrders.filter((w) => w.decision === "deny").length;
  const verdict = report.decision === "allow" ? `allow (${report.workOrders.length} checked)` : `deny (${denied} of ${report.workOrders.length} denied)`;
  if (report.decision === "allow") {
    say(verdict);
    return EXIT.allow;
  }
  if (inputs.mode === "report") {
    say(`${verdict}; mode report: the job passes`);
    return EXIT.allow;
  }
  setFailed(`wo-gate: ${verdict}`);
  return EXIT.deny;
}
async function run(env = process.env) {
  try {
    return await check(env);
  } catch (e) {
    const message = e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    setFailed(`wo-gate: ${oneLine(message)}`);
    if (env.GITHUB_STEP_SUMMARY) await writeJobSummary(errorSummary(message)).catch(() => void 0);
    return EXIT.error;
  }
}

// src/action/main.ts
run().then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.error;
  }
);
