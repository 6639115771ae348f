/**
 * Entry of the Action bundle (dist/action.js), run by action.yml's composite step. It only calls
 * run(); a rejection that escapes it still fails the job (exit 2).
 */
import { EXIT } from "../errors.js";
import { run } from "./run.js";

run().then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.error;
  },
);
