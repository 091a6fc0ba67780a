import { UsageError } from '../errors.js';
import { readValues, renderManifests, toYaml } from '../index.js';
import type { CliIo } from './cli-io.js';
import { collectValueSources } from './collect-value-sources.js';
import { describeError, EXIT_OK, EXIT_USAGE } from './describe-error.js';
import { GENERATE_HELP, MAIN_HELP } from './help-text.js';
import { parseGenerateArgs, shouldCreateNamespace } from './parse-generate-args.js';

export type { CliIo } from './cli-io.js';

/**
 * The whole CLI as a function: parses argv (without `node` and the script), writes to `io`,
 * and resolves to the exit code. It never throws and never prints a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const report = describeError(error, io.env);
    io.stderr(report.text);
    return report.exitCode;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.stderr(MAIN_HELP);
      return EXIT_USAGE;
    case '-h':
    case '--help':
    case 'help':
      io.stdout(rest[0] === 'generate' ? GENERATE_HELP : MAIN_HELP);
      return EXIT_OK;
    case 'generate':
      return generate(rest, io);
    default: {
      // Echo only what looks like a command word: a mistyped invocation may start with a token.
      const shown = /^[a-z][a-z-]{0,30}$/.test(command) ? ` "${command}"` : '';
      throw new UsageError(`unknown command${shown}; the command is "generate", see --help`);
    }
  }
}

async function generate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseGenerateArgs(argv);
  if (args.help) {
    io.stdout(GENERATE_HELP);
    return EXIT_OK;
  }
  const { sources, readFile } = await collectValueSources(args.valueFlags, io);
  const values = readValues(sources, { readFile });
  const { manifests, warnings } = renderManifests(values, {
    releaseName: args.releaseName,
    namespace: args.namespace,
    createNamespace: shouldCreateNamespace(args),
  });
  for (const warning of warnings) {
    io.stderr(`Warning: ${warning.path}: ${warning.message}\n`);
  }
  // Rendered in full before anything is written, so a failure never leaves half a stream.
  io.stdout(toYaml(manifests));
  return EXIT_OK;
}
