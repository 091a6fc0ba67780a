/**
 * Everything the CLI touches outside itself. `bin/` passes the real process; tests pass strings
 * and a temporary folder, so the CLI runs in-process.
 */
export interface CliIo {
  /** Standard output: manifests only. */
  readonly stdout: (text: string) => void;
  /** Standard error: warnings and errors. */
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (`-f -`); rejects when it cannot be read. */
  readonly readStdin: () => Promise<string>;
  /** Reads a UTF-8 file; the CLI has already resolved the path against `cwd`. Throws Node's fs errors. */
  readonly readFile: (path: string) => string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative `-f` and `--set-file` paths are resolved against. */
  readonly cwd: string;
}
