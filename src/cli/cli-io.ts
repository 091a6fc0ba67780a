/**
 * Everything the CLI touches outside itself. `bin/` passes the real process; tests pass strings
 * and a temporary folder, so the CLI runs in-process.
 */
export interface CliIo {
  /** Standard output: manifests only. */
  readonly stdout: (text: string) => void;
  /** Standard error: warnings and errors. */
  readonly stderr: (text: string) => void;
  /**
   * Reads standard input (`-f -`) as bytes, at most `limitBytes`: past that it stops reading and
   * rejects with InputTooLargeError (cli/input/read-bounded.ts); rejects when it cannot be read.
   */
  readonly readStdin: (limitBytes: number) => Promise<Uint8Array>;
  /**
   * Reads a file (or device, or FIFO) as bytes, at most `limitBytes`: past that it stops and throws
   * InputTooLargeError. The CLI has already resolved the path against `cwd`. Throws Node's fs errors.
   */
  readonly readFile: (path: string, limitBytes: number) => Uint8Array;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal, where a progress line may be redrawn in place. */
  readonly stderrIsTty?: boolean;
  /** Directory that relative `-f` and `--set-file` paths are resolved against. */
  readonly cwd: string;
  /**
   * Takes in the template plans the build ships beside the bundled CLI, if any, before a render;
   * they change no output, only how fast a process's first render is (manifests/render-template-manifests.ts).
   */
  readonly loadTemplatePlans?: () => Promise<void>;
}
