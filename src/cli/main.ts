import type { CliIo } from './cli-io.js';
import { readFileBounded, readStreamBounded } from './input/read-bounded.js';

export { run } from './run.js';

/** The real process behind `CliIo`, for `bin/gitlab-agent-manifests.js`. */
export function createProcessIo(): CliIo {
  // `… | head` closes the pipe early; that is the reader's choice, not an error to report.
  // Any other write failure gets one line, never a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`Error: cannot write to standard output (${error.code ?? 'unknown'})\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: (limitBytes) => readStreamBounded(process.stdin, limitBytes),
    readFile: (path, limitBytes) => readFileBounded(path, limitBytes),
    env: process.env,
    stderrIsTty: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}
