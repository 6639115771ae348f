/**
 * Entry of the Action bundle (dist/action.js), run by action.yml's composite step. It loads and
 * calls run(), and fails the job like run() does (one line, exit 2) when loading fails: importing
 * @actions/github parses the event payload, and a payload that is not JSON would otherwise end
 * the process with a stack trace and exit 1. So the payload is read first, as an input naming its
 * file, and run() is imported only then.
 */
import { existsSync } from "node:fs";
import { EXIT } from "../errors.js";
import { readPayload } from "../github/event.js";
import { failJob } from "./failure.js";

async function main(): Promise<number> {
  try {
    // Only what @actions/github would parse (it skips a missing file; run() decides about that).
    const eventPath = process.env.GITHUB_EVENT_PATH?.trim();
    if (eventPath && existsSync(eventPath)) readPayload(eventPath);
    const { run } = await import("./run.js");
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
  },
);
