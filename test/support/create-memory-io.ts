import { resolve } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';
import { InputTooLargeError } from '../../src/cli/input/read-bounded.js';

export interface MemoryIoOptions {
  /** Files by path relative to `cwd`. */
  readonly files?: Readonly<Record<string, string>>;
  /** Standard input; absent means reading it fails. */
  readonly stdin?: string;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface MemoryIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** How often standard input was read. */
  readonly stdinReads: () => number;
}

/** A `CliIo` over strings, so CLI tests run in-process and see exactly what was written. */
export function createMemoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const cwd = options.cwd ?? '/work/case';
  const files = new Map(Object.entries(options.files ?? {}).map(([path, text]) => [resolve(cwd, path), text]));
  let stdout = '';
  let stderr = '';
  let stdinReads = 0;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async (limitBytes) => {
      stdinReads += 1;
      if (options.stdin === undefined) throw Object.assign(new Error('stdin closed'), { code: 'EBADF' });
      return bounded(Buffer.from(options.stdin, 'utf8'), limitBytes);
    },
    readFile: (path, limitBytes) => {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bounded(Buffer.from(text, 'utf8'), limitBytes);
    },
    env: options.env ?? {},
    cwd,
  };
  return { io, stdout: () => stdout, stderr: () => stderr, stdinReads: () => stdinReads };
}

/** As the real reader: more than the limit is refused, as if reading had stopped one byte past it. */
function bounded(bytes: Buffer, limitBytes: number): Uint8Array {
  if (bytes.length > limitBytes) throw new InputTooLargeError(limitBytes);
  return bytes;
}
