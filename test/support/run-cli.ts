import { run } from '../../src/cli/run.js';
import type { MemoryIoOptions } from './create-memory-io.js';
import { createMemoryIo } from './create-memory-io.js';

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process over strings (files, stdin and env from `options`). */
export async function runCli(argv: readonly string[], options: MemoryIoOptions = {}): Promise<CliResult> {
  const memory = createMemoryIo(options);
  const exitCode = await run(argv, memory.io);
  return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
}

/** A token shaped like GitLab's, holding a marker that tests search every output for. */
export const TOKEN_MARKER = 'MARKER7q9z';
export const MARKED_TOKEN = `glagent-${TOKEN_MARKER}-0123456789abcdef`;
