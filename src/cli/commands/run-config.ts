import { UsageError } from '../../errors.js';
import { suggestKey } from '../../util/suggest-key.js';
import type { CliIo } from '../cli-io.js';
import { parseBooleanFlag, parseFlags } from '../args/parse-flags.js';
import { CONFIG_HELP, CONFIG_INIT_HELP, CONFIG_SCHEMA_HELP, CONFIG_VALIDATE_HELP } from '../help-text.js';
import { EXIT_OK, EXIT_USAGE } from '../reports/describe-error.js';

type Subcommand = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Loaded when they run, as the top-level commands are. */
const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  validate: async (argv, io) => (await import('./run-config-validate.js')).runConfigValidate(argv, io),
  init: async (argv, io) => (await import('./run-config-init.js')).runConfigInit(argv, io),
  schema: runConfigSchema,
};

const HELP_TEXTS: Readonly<Record<string, string>> = {
  validate: CONFIG_VALIDATE_HELP,
  init: CONFIG_INIT_HELP,
  schema: CONFIG_SCHEMA_HELP,
};

/** `config <validate|init|schema>`: the agent configuration file, `.gitlab/agents/<agent-name>/config.yaml`. */
export async function runConfig(argv: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined) {
    io.stderr(CONFIG_HELP);
    return EXIT_USAGE;
  }
  if (subcommand === '-h' || subcommand === '--help' || subcommand === 'help') {
    io.stdout(HELP_TEXTS[rest[0] ?? ''] ?? CONFIG_HELP);
    return EXIT_OK;
  }
  const run = Object.hasOwn(SUBCOMMANDS, subcommand) ? SUBCOMMANDS[subcommand] : undefined;
  if (run === undefined) {
    const names = Object.keys(SUBCOMMANDS);
    // Echo only what looks like a command word: a mistyped invocation may start with a token.
    const shown = /^[a-z][a-z-]{0,30}$/.test(subcommand) ? ` "${subcommand}"` : '';
    const suggestion = shown === '' ? undefined : suggestKey(subcommand, names);
    const hint = suggestion === undefined ? `the config commands are ${names.join(', ')}` : `did you mean "config ${suggestion}"?`;
    throw new UsageError({ message: `unknown config command${shown}; ${hint} (see config --help)` });
  }
  return run(rest, io);
}

/** `config schema`: schemas/agent-config.schema.json, for editors and CI. */
async function runConfigSchema(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(argv, [{ name: 'help', short: 'h', boolean: true }]);
  if (flags.some((flag) => parseBooleanFlag(flag))) {
    io.stdout(CONFIG_SCHEMA_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError({ message: 'config schema takes no arguments; see config schema --help' });
  io.stdout((await import('../input/read-agent-config-schema.js')).readAgentConfigSchema());
  return EXIT_OK;
}
