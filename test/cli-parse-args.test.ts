import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { parseFlags, splitCommaList } from '../src/cli/args/parse-flags.js';
import { parseCommandArgs, shouldCreateNamespace } from '../src/cli/args/parse-command-args.js';

function usageErrorOf(action: () => unknown): UsageError {
  try {
    action();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseFlags (pflag syntax)', () => {
  const specs = [{ name: 'values', short: 'f' }, { name: 'set' }, { name: 'help', short: 'h', boolean: true }];

  it.each([
    [['--set', 'a=1'], 'a=1'],
    [['--set=a=1'], 'a=1'],
    [['--set='], ''],
    [['--set', '-x'], '-x'],
  ])('reads a long flag value from %j', (argv, value) => {
    expect(parseFlags(argv, specs).flags).toEqual([{ name: 'set', value }]);
  });

  it.each([
    [['-f', 'a.yaml'], 'a.yaml'],
    [['-fa.yaml'], 'a.yaml'],
    [['-f=a.yaml'], 'a.yaml'],
    [['--values', 'a.yaml'], 'a.yaml'],
  ])('reads a short or long values flag from %j', (argv, value) => {
    expect(parseFlags(argv, specs).flags).toEqual([{ name: 'values', value }]);
  });

  it('keeps repeated flags in argv order and separates positionals', () => {
    const parsed = parseFlags(['x', '--set', 'a=1', '-f', 'v.yaml', '--set', 'b=2', '-', '--', '--set'], specs);
    expect(parsed.flags.map((f) => `${f.name}:${f.value}`)).toEqual(['set:a=1', 'values:v.yaml', 'set:b=2']);
    expect(parsed.positionals).toEqual(['x', '-', '--set']);
  });

  it('takes a boolean flag value only through =', () => {
    expect(parseFlags(['--help'], specs).flags).toEqual([{ name: 'help', value: 'true' }]);
    expect(parseFlags(['--help=false'], specs).flags).toEqual([{ name: 'help', value: 'false' }]);
    expect(parseFlags(['-hf', 'x'], specs).flags).toEqual([
      { name: 'help', value: 'true' },
      { name: 'values', value: 'x' },
    ]);
  });

  it.each([
    [['--bogus'], '--bogus'],
    [['--bogus=1'], '--bogus'],
    [['-x'], '-x'],
    [['--set'], '--set'],
    [['-f'], '-f'],
  ])('rejects %j as a usage error naming the flag', (argv, flag) => {
    const error = usageErrorOf(() => parseFlags(argv, specs));
    expect(error.code).toBe('usage');
    expect(error.flag).toBe(flag);
  });

  it('never echoes the value of an unknown flag', () => {
    const error = usageErrorOf(() => parseFlags(['--sett=config.token=glagent-SECRET'], specs));
    expect(error.message).not.toContain('SECRET');
  });
});

describe('splitCommaList (pflag string slice)', () => {
  it.each([
    ['a.yaml', ['a.yaml']],
    ['a.yaml,b.yaml', ['a.yaml', 'b.yaml']],
    ['"x,y.yaml",z.yaml', ['x,y.yaml', 'z.yaml']],
    ['"say ""hi"".yaml"', ['say "hi".yaml']],
    ['a,', ['a', '']],
    ['', []],
  ])('splits %j', (value, expected) => {
    expect(splitCommaList({ name: 'values', value })).toEqual(expected);
  });

  it.each(['"open', 'a"b', '"a"b'])('rejects the malformed list %j', (value) => {
    expect(usageErrorOf(() => splitCommaList({ name: 'values', value })).flag).toBe('--values');
  });
});

describe("parseCommandArgs('generate')", () => {
  it('defaults the release name and namespace to gitlab-agent', () => {
    expect(parseCommandArgs('generate', [])).toEqual({
      help: false,
      releaseName: 'gitlab-agent',
      releaseNameFlag: undefined,
      namespace: 'gitlab-agent',
      createNamespace: undefined,
      valueFlags: [],
      legacy: {},
      output: 'yaml',
      outputDir: undefined,
      format: 'text',
      showSecrets: false,
      chartVersion: undefined,
      gitlabVersion: undefined,
      strict: false,
      explainRbac: false,
      gitlab: { gitlabUrl: undefined, gitlabTokenFile: undefined, caFile: undefined },
      fleet: undefined,
      workers: undefined,
      allowMissingToken: false,
      managedBy: undefined,
      applySet: undefined,
      deleteNamespace: false,
    });
  });

  it('reads --managed-by and --applyset; uninstall reads --delete-namespace and --applyset', () => {
    expect(parseCommandArgs('generate', ['--managed-by', 'helm', '--applyset=configmaps/x'])).toMatchObject({
      managedBy: 'helm',
      applySet: 'configmaps/x',
    });
    expect(parseCommandArgs('uninstall', ['--delete-namespace', '--applyset', 'x'])).toMatchObject({
      deleteNamespace: true,
      applySet: 'x',
    });
    expect(() => parseCommandArgs('generate', ['--applyset='])).toThrow(/--applyset needs the ApplySet parent/);
    expect(() => parseCommandArgs('uninstall', ['--managed-by', 'helm'])).toThrow();
    expect(() => parseCommandArgs('generate', ['--delete-namespace'])).toThrow();
  });

  it('reads --agent-config and --explain-rbac', () => {
    expect(parseCommandArgs('generate', ['--agent-config', 'config.yaml', '--explain-rbac'])).toMatchObject({
      agentConfig: 'config.yaml',
      explainRbac: true,
    });
    expect(() => parseCommandArgs('generate', ['--agent-config='])).toThrow(/--agent-config needs/);
    expect(() => parseCommandArgs('values', ['--agent-config', 'x'])).toThrow();
    expect(() => parseCommandArgs('generate', ['--explain-rbac', '-o', 'json'])).toThrow(/--explain-rbac prints a report/);
    expect(() => parseCommandArgs('generate', ['--explain-rbac', '--output-dir', 'out'])).toThrow(/--explain-rbac prints a report/);
  });

  it('keeps every value flag in argv order, splitting -f lists', () => {
    const args = parseCommandArgs('generate', [
      '--set-json',
      'a=[1]',
      '-f',
      'one.yaml,two.yaml',
      '--set',
      'b=1',
      '--release-name',
      'prod',
      '--set-string=c=2',
      '-n',
      'ops',
      '--set-file',
      'd=ca.pem',
      '--values=-',
      '--set-literal',
      'e=x,y',
    ]);
    expect(args.releaseName).toBe('prod');
    expect(args.namespace).toBe('ops');
    expect(args.valueFlags).toEqual([
      { kind: 'set-json', expression: 'a=[1]' },
      { kind: 'values', path: 'one.yaml' },
      { kind: 'values', path: 'two.yaml' },
      { kind: 'set', expression: 'b=1' },
      { kind: 'set-string', expression: 'c=2' },
      { kind: 'set-file', expression: 'd=ca.pem' },
      { kind: 'values', path: '-' },
      { kind: 'set-literal', expression: 'e=x,y' },
    ]);
  });

  it('lets the last --release-name and --namespace win, as pflag does', () => {
    const args = parseCommandArgs('generate', ['--release-name', 'a', '--release-name=b', '--namespace', 'x', '-n', 'y']);
    expect([args.releaseName, args.namespace]).toEqual(['b', 'y']);
  });

  it.each([
    [['--create-namespace'], true],
    [['--create-namespace=false'], false],
    [['--create-namespace=0'], false],
    [['--create-namespace=True'], true],
  ])('reads %j', (argv, expected) => {
    expect(parseCommandArgs('generate', argv).createNamespace).toBe(expected);
  });

  it.each([
    [['--create-namespace=maybe'], '--create-namespace'],
    [['-n', ''], '--namespace'],
    [['--namespace'], '--namespace'],
    [['--set-file'], '--set-file'],
  ])('rejects %j', (argv, flag) => {
    expect(usageErrorOf(() => parseCommandArgs('generate', argv)).flag).toBe(flag);
  });

  it('rejects a positional argument without echoing it', () => {
    const error = usageErrorOf(() => parseCommandArgs('generate', ['--set', 'config.token=', 'glagent-SECRET']));
    expect(error.code).toBe('usage');
    expect(error.message).not.toContain('SECRET');
  });

  it('accepts --help with anything else', () => {
    expect(parseCommandArgs('generate', ['stray', '-h']).help).toBe(true);
  });
});

describe('shouldCreateNamespace', () => {
  it.each([
    ['gitlab-agent', undefined, true],
    ['default', undefined, false],
    ['kube-system', undefined, false],
    ['kube-public', undefined, false],
    ['kubeflow', undefined, true],
    ['gitlab-agent', false, false],
    ['default', true, true],
  ])('namespace %s with --create-namespace=%s gives %s', (namespace, createNamespace, expected) => {
    expect(shouldCreateNamespace({ namespace, createNamespace })).toBe(expected);
  });
});

describe('unknown flags', () => {
  it('suggests the flag that was probably meant', () => {
    const error = usageErrorOf(() => parseCommandArgs('generate', ['--sett', 'a=1']));
    expect(error.message).toContain('did you mean --set?');
    expect(usageErrorOf(() => parseCommandArgs('generate', ['--value', 'a.yaml'])).message).toContain('--values');
  });

  it('does not echo a flag name that could be a token', () => {
    const error = usageErrorOf(() => parseCommandArgs('generate', ['--glagent-AbCdEf0123456789abcdef0123456789']));
    expect(error.message).not.toContain('AbCdEf');
  });
});

describe('flags of the new commands and legacy flags', () => {
  it('reads the legacy flags of the former agentk generate command', () => {
    const args = parseCommandArgs('generate', [
      '--agent-token',
      't',
      '--kas-address=wss://kas.example.com',
      '--agent-version',
      'v17.11.0',
      '--namespace',
      'agents',
      '--no-rbac',
    ]);
    expect(args.legacy).toEqual({ agentToken: 't', kasAddress: 'wss://kas.example.com', agentVersion: 'v17.11.0', noRbac: true });
    expect(args.namespace).toBe('agents');
  });

  it('treats empty legacy values and --no-rbac=false as absent, as the old command did', () => {
    expect(parseCommandArgs('generate', ['--agent-token=', '--kas-address', '', '--agent-version=', '--no-rbac=false']).legacy).toEqual({});
  });

  it.each([
    [['--name-prefix', 'prod-'], 'prod', '--name-prefix'],
    [['--name-prefix', 'prod'], 'prod', '--name-prefix'],
    [['--name-prefix', ''], 'gitlab-agent', undefined],
    [['--release-name', 'r'], 'r', '--release-name'],
  ])('%j gives the release name %s', (argv, releaseName, flag) => {
    const args = parseCommandArgs('generate', argv);
    expect([args.releaseName, args.releaseNameFlag]).toEqual([releaseName, flag]);
  });

  it.each([
    [['--name-prefix', 'p-', '--release-name', 'r'], '--name-prefix'],
    [['--agent-token', 't', '--agent-token-file', 'f'], '--agent-token'],
    [['--agent-token-file='], '--agent-token-file'],
    [['--output', 'xml'], '--output'],
    [['-o', 'json', '--output-dir', 'd'], '--output-dir'],
    [['--output-dir='], '--output-dir'],
    [['--no-rbac=maybe'], '--no-rbac'],
  ])('rejects %j naming %s', (argv, flag) => {
    expect(usageErrorOf(() => parseCommandArgs('generate', argv)).flag).toBe(flag);
  });

  it('reads the output flags of generate', () => {
    expect(parseCommandArgs('generate', ['-o', 'json']).output).toBe('json');
    expect(parseCommandArgs('generate', ['--output-dir', 'out']).outputDir).toBe('out');
  });

  it('accepts each flag only for the commands it belongs to', () => {
    expect(parseCommandArgs('validate', ['--format', 'codequality']).format).toBe('codequality');
    expect(parseCommandArgs('values', ['--show-secrets']).showSecrets).toBe(true);
    expect(usageErrorOf(() => parseCommandArgs('validate', ['--format', 'xml'])).flag).toBe('--format');
    expect(usageErrorOf(() => parseCommandArgs('generate', ['--format', 'json'])).flag).toBe('--format');
    expect(usageErrorOf(() => parseCommandArgs('validate', ['--output-dir', 'x'])).flag).toBe('--output-dir');
    expect(parseCommandArgs('values', ['--create-namespace']).createNamespace).toBe(true);
    expect(usageErrorOf(() => parseCommandArgs('values', ['--output', 'json'])).flag).toBe('--output');
    expect(parseCommandArgs('values', ['--agent-token-file', 't', '--no-rbac']).legacy).toEqual({ agentTokenFile: 't', noRbac: true });
  });
});
