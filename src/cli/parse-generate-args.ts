import { UsageError } from '../errors.js';
import type { FlagSpec } from './parse-flags.js';
import { parseBooleanFlag, parseFlags, splitCommaList } from './parse-flags.js';

/** Release name and namespace when the flags are absent: the names the chart's docs use. */
export const DEFAULT_RELEASE_NAME = 'gitlab-agent';
export const DEFAULT_NAMESPACE = 'gitlab-agent';

/** One value flag, in argv order; `values` is one `-f` path (a comma list is already split). */
export type ValueFlag =
  | { readonly kind: 'values'; readonly path: string }
  | {
      readonly kind: 'set' | 'set-string' | 'set-json' | 'set-file' | 'set-literal';
      readonly expression: string;
    };

export interface GenerateArgs {
  readonly help: boolean;
  readonly releaseName: string;
  readonly namespace: string;
  /** Absent when the user did not say: then the namespace decides (see `shouldCreateNamespace`). */
  readonly createNamespace: boolean | undefined;
  readonly valueFlags: readonly ValueFlag[];
}

const SET_KINDS = ['set', 'set-string', 'set-json', 'set-file', 'set-literal'] as const;

const GENERATE_FLAGS: readonly FlagSpec[] = [
  { name: 'help', short: 'h', boolean: true },
  { name: 'release-name' },
  { name: 'namespace', short: 'n' },
  { name: 'create-namespace', boolean: true },
  { name: 'values', short: 'f' },
  ...SET_KINDS.map((name) => ({ name })),
];

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  const { flags, positionals } = parseFlags(argv, GENERATE_FLAGS);
  let help = false;
  let releaseName = DEFAULT_RELEASE_NAME;
  let namespace = DEFAULT_NAMESPACE;
  let createNamespace: boolean | undefined;
  const valueFlags: ValueFlag[] = [];

  for (const flag of flags) {
    switch (flag.name) {
      case 'help':
        help = parseBooleanFlag(flag);
        break;
      case 'release-name':
        releaseName = flag.value;
        break;
      case 'namespace':
        if (flag.value === '') throw new UsageError('--namespace must not be empty', '--namespace');
        namespace = flag.value;
        break;
      case 'create-namespace':
        createNamespace = parseBooleanFlag(flag);
        break;
      case 'values':
        for (const path of splitCommaList(flag)) valueFlags.push({ kind: 'values', path });
        break;
      default:
        valueFlags.push({ kind: flag.name as (typeof SET_KINDS)[number], expression: flag.value });
    }
  }
  // The chart is built in, so a positional argument is most likely a Helm habit (NAME CHART) or a
  // value that lost its flag; it is not echoed because it may be a token.
  if (!help && positionals.length > 0) {
    throw new UsageError(
      `unexpected argument${positionals.length === 1 ? '' : 's'} without a flag (give the release name with --release-name, values with --set or -f)`,
    );
  }
  return { help, releaseName, namespace, createNamespace, valueFlags };
}

/**
 * Whether to prepend a Namespace document. Without an explicit choice, namespaces that every
 * cluster already has (`default`, `kube-*`) are left alone so the output never claims to own them.
 */
export function shouldCreateNamespace(args: Pick<GenerateArgs, 'createNamespace' | 'namespace'>): boolean {
  if (args.createNamespace !== undefined) return args.createNamespace;
  return args.namespace !== 'default' && !args.namespace.startsWith('kube-');
}
