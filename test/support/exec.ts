/**
 * Spawn a process without blocking the event loop (a loopback fake GitHub in the same process
 * must keep answering while the child runs) and collect its exit status and output.
 */
import { spawn } from "node:child_process";

export interface ExecResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function exec(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
