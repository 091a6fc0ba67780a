import { UsageError } from '../../errors.js';
import { suggestKey } from '../../util/suggest-key.js';

/**
 * A command-line flag as pflag (Helm's flag library) defines it. Only the pflag behaviour Helm
 * users rely on is reproduced: `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`,
 * boolean flags that take a value only through `=`, `--` ending the flags, and flags mixed freely
 * with positional arguments.
 */
export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  /** A boolean flag: `--x` means true, a value is only accepted as `--x=false`. */
  readonly boolean?: boolean;
}

export interface ParsedFlag {
  /** The long name, whichever spelling the user typed. */
  readonly name: string;
  readonly value: string;
}

export interface ParsedArgs {
  /** Flags in argv order, repeated flags kept. */
  readonly flags: readonly ParsedFlag[];
  readonly positionals: readonly string[];
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const flags: ParsedFlag[] = [];
  const positionals: string[] = [];
  let index = 0;
  const next = (): string | undefined => argv[index++];

  while (index < argv.length) {
    const arg = next() as string;
    if (arg === '--') {
      positionals.push(...argv.slice(index));
      break;
    }
    if (arg.startsWith('--')) {
      flags.push(parseLongFlag(arg, specs, next));
    } else if (arg.startsWith('-') && arg !== '-') {
      flags.push(...parseShortFlags(arg, specs, next));
    } else {
      positionals.push(arg);
    }
  }
  return { flags, positionals };
}

function parseLongFlag(arg: string, specs: readonly FlagSpec[], next: () => string | undefined): ParsedFlag {
  const body = arg.slice(2);
  const equals = body.indexOf('=');
  const name = equals === -1 ? body : body.slice(0, equals);
  const spec = specs.find((s) => s.name === name);
  if (spec === undefined) {
    throw unknownFlag(name, specs);
  }
  if (equals !== -1) {
    return { name: spec.name, value: body.slice(equals + 1) };
  }
  if (spec.boolean === true) {
    return { name: spec.name, value: 'true' };
  }
  // Like pflag, the next argument is the value even when it starts with `-`.
  const value = next();
  if (value === undefined) {
    throw new UsageError({ message: `flag needs an argument: --${name}`, flag: `--${name}` });
  }
  return { name: spec.name, value };
}

function parseShortFlags(arg: string, specs: readonly FlagSpec[], next: () => string | undefined): ParsedFlag[] {
  const parsed: ParsedFlag[] = [];
  let rest = arg.slice(1);
  while (rest.length > 0) {
    const letter = rest.charAt(0);
    rest = rest.slice(1);
    const spec = specs.find((s) => s.short === letter);
    if (spec === undefined) {
      throw new UsageError({ message: `unknown shorthand flag: -${letter}; see --help`, flag: `-${letter}` });
    }
    if (spec.boolean === true) {
      if (rest.startsWith('=')) {
        parsed.push({ name: spec.name, value: rest.slice(1) });
        return parsed;
      }
      parsed.push({ name: spec.name, value: 'true' });
      continue;
    }
    if (rest.length > 0) {
      parsed.push({ name: spec.name, value: rest.startsWith('=') ? rest.slice(1) : rest });
      return parsed;
    }
    const value = next();
    if (value === undefined) {
      throw new UsageError({ message: `flag needs an argument: -${letter}`, flag: `-${letter}` });
    }
    parsed.push({ name: spec.name, value });
    return parsed;
  }
  return parsed;
}

function unknownFlag(name: string, specs: readonly FlagSpec[]): UsageError {
  const suggestion = suggestKey(
    name,
    specs.map((spec) => spec.name),
  );
  const hint = suggestion === undefined ? '; see --help' : `; did you mean --${suggestion}?`;
  // Echo only what looks like a flag name: a pasted token must not reach the terminal log.
  const shown = /^[a-z][a-z0-9-]{0,29}$/.test(name) ? `: --${name}` : ' (name not shown, it may hold a secret)';
  return new UsageError({ message: `unknown flag${shown}${hint}`, flag: `--${name}` });
}

/** pflag's boolean syntax (Go's strconv.ParseBool). */
export function parseBooleanFlag(flag: ParsedFlag): boolean {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(flag.value)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(flag.value)) return false;
  throw new UsageError({
    message: `invalid argument "${flag.value}" for --${flag.name}: expected true or false`,
    flag: `--${flag.name}`,
  });
}

/**
 * Splits a `-f a.yaml,b.yaml` argument the way pflag's string-slice flags do: as one CSV record,
 * so a path containing a comma can be written in double quotes.
 */
export function splitCommaList(flag: ParsedFlag): string[] {
  const text = flag.value;
  if (text === '') return [];
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    let field = '';
    if (text.charAt(position) === '"') {
      position += 1;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote === -1) throw badList(flag, 'unclosed quote');
        field += text.slice(position, quote);
        position = quote + 1;
        if (text.charAt(position) !== '"') break;
        field += '"';
        position += 1;
      }
      if (position < text.length && text.charAt(position) !== ',') throw badList(flag, 'text after a closing quote');
    } else {
      const comma = text.indexOf(',', position);
      field = text.slice(position, comma === -1 ? text.length : comma);
      if (field.includes('"')) throw badList(flag, 'a quote inside an unquoted name');
      position += field.length;
    }
    fields.push(field);
    if (position >= text.length) return fields;
    position += 1; // the comma
  }
}

function badList(flag: ParsedFlag, reason: string): UsageError {
  return new UsageError({
    message: `invalid argument for --${flag.name}: ${reason} in the comma-separated list`,
    flag: `--${flag.name}`,
  });
}
