import { UsageError } from '../errors.js';
import { suggestKey } from '../util/suggest-key.js';
import type { CliIo } from './cli-io.js';
import { describeError, EXIT_OK, EXIT_USAGE } from './reports/describe-error.js';
import {
  BOOTSTRAP_HELP,
  CONFIG_HELP,
  GENERATE_HELP,
  MAIN_HELP,
  REGISTER_HELP,
  SCHEMA_HELP,
  UNINSTALL_HELP,
  VALIDATE_HELP,
  VALUES_HELP,
  VERSION_HELP,
} from './help-text.js';
import { parseBooleanFlag, parseFlags } from './args/parse-flags.js';

export type { CliIo } from './cli-io.js';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Each command's module is loaded when it runs, so `version` never loads the validator and
 * `validate` never loads the templates: start-up time is most of a CLI run.
 */
const COMMANDS: Readonly<Record<string, Command>> = {
  generate: async (argv, io) => (await import('./commands/run-generate.js')).runGenerate(argv, io),
  validate: async (argv, io) => (await import('./commands/run-validate.js')).runValidate(argv, io),
  values: async (argv, io) => (await import('./commands/run-values.js')).runValues(argv, io),
  uninstall: async (argv, io) => (await import('./commands/run-uninstall.js')).runUninstall(argv, io),
  schema: async (argv, io) => (await import('./commands/run-schema.js')).runSchema(argv, io),
  config: async (argv, io) => (await import('./commands/run-config.js')).runConfig(argv, io),
  register: async (argv, io) => (await import('./commands/run-register.js')).runRegister(argv, io),
  bootstrap: async (argv, io) => (await import('./commands/run-bootstrap.js')).runBootstrap(argv, io),
  version: async (argv, io) => runWithoutFlags(argv, io, VERSION_HELP, (await import('./reports/format-version.js')).formatVersion),
};

const HELP_TEXTS: Readonly<Record<string, string>> = {
  generate: GENERATE_HELP,
  validate: VALIDATE_HELP,
  values: VALUES_HELP,
  uninstall: UNINSTALL_HELP,
  schema: SCHEMA_HELP,
  config: CONFIG_HELP,
  register: REGISTER_HELP,
  bootstrap: BOOTSTRAP_HELP,
  version: VERSION_HELP,
};

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
  if (command === undefined) {
    io.stderr(MAIN_HELP);
    return EXIT_USAGE;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP_TEXTS[rest[0] ?? ''] ?? MAIN_HELP);
    return EXIT_OK;
  }
  if (command === '--version') return COMMANDS['version']?.(rest, io) ?? EXIT_USAGE;
  const runCommand = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (runCommand === undefined) throw unknownCommand(command);
  return runCommand(rest, io);
}

/** `version` takes no flags but `--help`. */
function runWithoutFlags(argv: readonly string[], io: CliIo, help: string, print: () => string): number {
  const { flags, positionals } = parseFlags(argv, [{ name: 'help', short: 'h', boolean: true }]);
  if (flags.some((flag) => parseBooleanFlag(flag))) {
    io.stdout(help);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError({ message: 'this command takes no arguments; see --help' });
  io.stdout(print());
  return EXIT_OK;
}

function unknownCommand(command: string): UsageError {
  const names = Object.keys(COMMANDS);
  // Echo only what looks like a command word: a mistyped invocation may start with a token.
  const shown = /^[a-z][a-z-]{0,30}$/.test(command) ? ` "${command}"` : '';
  const suggestion = shown === '' ? undefined : suggestKey(command, names);
  const hint = suggestion === undefined ? `the commands are ${names.join(', ')}` : `did you mean "${suggestion}"?`;
  return new UsageError({ message: `unknown command${shown}; ${hint} (see --help)` });
}
