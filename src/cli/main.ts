import { readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './cli-io.js';
import { readFileBounded, readStreamBounded } from './input/read-bounded.js';
import type { TemplatePlansData } from '../manifests/render-template-manifests.js';

export { run } from './run.js';

/** The plans the renders of this process made, for the build to ship (see loadTemplatePlans). */
export async function exportTemplatePlans(): Promise<TemplatePlansData> {
  return (await import('../manifests/render-template-manifests.js')).exportTemplatePlans();
}

/** Where the build (scripts/bundle-cli.js) writes the plans of the common configurations. */
export const TEMPLATE_PLANS_FILE = 'template-plans.json';

let templatePlansLoaded = false;

/**
 * The shipped template plans, taken in once; without the file (an unbundled build), none. The
 * renderer's modules are imported here, not above: a command that renders nothing never loads them.
 */
export async function loadTemplatePlans(): Promise<void> {
  if (templatePlansLoaded) return;
  templatePlansLoaded = true;
  let text: string;
  try {
    text = readFileSync(fileURLToPath(new URL(TEMPLATE_PLANS_FILE, import.meta.url)), 'utf8');
  } catch {
    return;
  }
  (await import('../manifests/render-template-manifests.js')).importTemplatePlans(JSON.parse(text) as TemplatePlansData);
}

/**
 * One of the process's output descriptors, written synchronously: the whole text in one
 * write(2) where the descriptor takes it (a file, a terminal, a blocking pipe), so nothing is left
 * to flush and the process can exit as soon as the command is done, without ever loading Node's
 * stream machinery for process.stdout. A descriptor that refuses a blocking write (EAGAIN, a
 * non-blocking pipe) gets the rest, and everything after, through Node's stream, in order.
 */
class ProcessOutput {
  private stream: NodeJS.WriteStream | undefined;

  constructor(
    private readonly fd: number,
    private readonly openStream: () => NodeJS.WriteStream,
  ) {}

  /** Whether a write went through the stream, which may still be flushing. */
  get flushing(): boolean {
    return this.stream !== undefined;
  }

  write(text: string): void {
    if (this.stream !== undefined) {
      this.stream.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(this.fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      this.stream = this.openStream();
      this.stream.write(bytes.subarray(written));
    }
  }
}

const stdout = new ProcessOutput(1, () => process.stdout);
const stderr = new ProcessOutput(2, () => process.stderr);

/** `… | head` closes the pipe early; that is the reader's choice, not an error to report. */
function onStdoutError(error: NodeJS.ErrnoException): never {
  if (error.code !== 'EPIPE') writeStderr(`Error: cannot write to standard output (${error.code ?? 'unknown'})\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
}

function writeStderr(text: string): void {
  try {
    stderr.write(text);
  } catch {
    // standard error is gone: there is nowhere left to say anything
  }
}

/** The real process behind `CliIo`, for `bin/gitlab-agent-manifests.js`. */
export function createProcessIo(): CliIo {
  return {
    stdout: (text) => {
      try {
        stdout.write(text);
      } catch (error) {
        onStdoutError(error as NodeJS.ErrnoException);
      }
      if (stdout.flushing && process.stdout.listenerCount('error') === 0) process.stdout.on('error', onStdoutError);
    },
    stderr: writeStderr,
    readStdin: (limitBytes) => readStreamBounded(process.stdin, limitBytes),
    readFile: (path, limitBytes) => readFileBounded(path, limitBytes),
    env: process.env,
    // A getter: touching process.stderr sets up its stream (node:stream, about 10 ms of a run),
    // and only the fleet's progress asks.
    get stderrIsTty() {
      return process.stderr.isTTY === true;
    },
    cwd: process.cwd(),
    loadTemplatePlans,
  };
}

/**
 * Ends the process with `code` once the command is done. Everything written went out
 * synchronously, unless a descriptor needed its stream; then Node exits when that is flushed.
 */
export function exitProcess(code: number): void {
  if (stdout.flushing || stderr.flushing) process.exitCode = code;
  else process.exit(code);
}
