import { describe, expect, it } from 'vitest';
import { AgentConfigError, parseAgentConfig, validateAgentConfig, type AgentConfig } from '../src/index.js';
import { ManifestsError } from '../src/errors.js';

const PATH = '.gitlab/agents/production/config.yaml';

function codesOf(text: string, options: Parameters<typeof validateAgentConfig>[1] = { path: PATH }): string[] {
  const result = validateAgentConfig(text, options);
  return [...result.problems, ...result.warnings].map((entry) => `${entry.code} ${entry.path}`);
}

describe('validateAgentConfig', () => {
  it('returns the typed configuration of a valid file, nulls removed, the last duplicate kept', () => {
    const result = validateAgentConfig(
      [
        'ci_access:',
        '  projects:',
        '    - id: group/app',
        '      default_namespace: ~',
        '      access_as: { agent: {}, ci_job: }',
        'observability:',
        '  logging: { level: debug }',
        'observability:',
        '  logging: { level: warn }',
        '',
      ].join('\n'),
      { path: PATH },
    );
    expect(result.valid).toBe(true);
    expect(result.agentName).toBe('production');
    const expected: AgentConfig = {
      ci_access: { projects: [{ id: 'group/app', access_as: { agent: {} } }] },
      observability: { logging: { level: 'warn' } },
    };
    expect(result.config).toEqual(expected);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['duplicate-key']);
  });

  it('gives the line and column of the key for an unknown key, and of the value for a wrong value', () => {
    const result = validateAgentConfig(
      'ci_access:\n  projects:\n    - id: group/app\n      enviroment: [prod]\n      default_namespace: 5\n',
    );
    expect(result.problems).toEqual([
      {
        code: 'unknown-key',
        path: 'ci_access.projects[0].enviroment',
        segments: ['ci_access', 'projects', 0, 'enviroment'],
        message: 'is not a key of ci_access.projects[]',
        hint: 'did you mean environments?',
        line: 4,
        column: 7,
      },
      {
        code: 'wrong-type',
        path: 'ci_access.projects[0].default_namespace',
        segments: ['ci_access', 'projects', 0, 'default_namespace'],
        message: 'must be a string, got a number',
        hint: 'YAML reads it as a number; quote it to keep it a string',
        line: 5,
        column: 26,
      },
    ]);
  });

  it('finds keys read through merge keys and aliases where the anchor defines them', () => {
    const text = [
      'user_access:',
      '  access_as: &identity',
      '    agent: {}',
      'ci_access:',
      '  projects:',
      '    - &base',
      '      id: group/app',
      '      access_as: *identity',
      '      default_namespace: 7',
      '    - <<: *base',
      '      id: group/api',
      '',
    ].join('\n');
    const problems = validateAgentConfig(text).problems.map(({ path, line, column }) => ({ path, line, column }));
    expect(problems).toEqual([
      { path: 'ci_access.projects[0].default_namespace', line: 9, column: 26 },
      { path: 'ci_access.projects[1].default_namespace', line: 9, column: 26 },
    ]);
  });

  it('counts columns without a byte order mark, on CRLF lines', () => {
    const result = validateAgentConfig('\uFEFFflux:\r\n  webhook_url: x\r\n');
    expect(result.problems.map(({ line, column }) => [line, column])).toEqual([[2, 3]]);
  });

  it('points at the line of the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('flux:\n  # caf'), 0xe9, 0x0a]);
    expect(validateAgentConfig(bytes).problems).toMatchObject([{ code: 'invalid-encoding', line: 2, column: 1 }]);
  });

  it('refuses a file over the size limit unread, counting UTF-8 bytes', () => {
    const text = `# ${'é'.repeat(40)}\n`;
    expect(validateAgentConfig(text, { maxFileBytes: 83 }).valid).toBe(true);
    expect(validateAgentConfig(text, { maxFileBytes: 82 }).problems.map((problem) => problem.code)).toEqual(['file-too-large']);
    expect(validateAgentConfig(`${'#'.repeat(128 * 1024)}\n`).problems.map((problem) => problem.code)).toEqual(['file-too-large']);
  });

  it('checks the file name and the agent name from its folder, or as given', () => {
    expect(codesOf('{}', { path: '.gitlab/agents/production/config.yaml' })).toEqual([]);
    expect(codesOf('{}', { path: '/builds/group/project/.gitlab/agents/a-1/config.yaml' })).toEqual([]);
    expect(codesOf('{}', { path: '.gitlab\\agents\\a\\config.yaml' })).toEqual([]);
    expect(codesOf('{}', { path: '.gitlab/agents/prod/config.yml' })).toEqual(['file-not-read ']);
    expect(codesOf('{}', { path: '.gitlab/agents/prod/sub/config.yaml' })).toEqual(['file-not-read ']);
    expect(codesOf('{}', { path: '.gitlab/agents/-prod/config.yaml' })).toEqual(['invalid-agent-name ']);
    expect(codesOf('{}', { path: `.gitlab/agents/${'a'.repeat(64)}/config.yaml` })).toEqual(['invalid-agent-name ']);
    expect(codesOf('{}', { path: 'agent.yaml' })).toEqual(['outside-agents-folder ']);
    expect(codesOf('{}', { agentName: 'Prod' })).toEqual(['invalid-agent-name ']);
    expect(validateAgentConfig('{}', { agentName: 'prod' }).agentName).toBe('prod');
    expect(codesOf('{}', {})).toEqual([]);
  });

  it('reads numbers, booleans and keys with the YAML 1.1 rules of GitLab', () => {
    // 017 is octal 15, "yes" is true, the key "on" is true, 12:30 and dates stay strings.
    expect(codesOf('remote_development:\n  enabled: yes\n  dns_zone: a.dev\n  workspaces_quota: 017\n')).toEqual([]);
    expect(codesOf('flux:\n  on: x\n')).toEqual(['unknown-key flux.true']);
    expect(codesOf('ci_access:\n  projects:\n    - id: group/app\n      environments: [12:30, 2024-01-01]\n')).toEqual([]);
  });

  it('never shows a key that looks like a token', () => {
    const result = validateAgentConfig('ci_access:\n  glagent-SECRETMARKER-0123456789: x\n');
    expect(JSON.stringify(result)).not.toContain('SECRETMARKER');
    expect(result.problems[0]).toMatchObject({ code: 'unknown-key', path: 'ci_access["<key not shown>"]' });
  });

  it('never quotes a value in a message or a hint', () => {
    const marker = 'VALUEMARKER';
    const text = [
      'ci_access:',
      `  projects: ${marker}`,
      '  groups:',
      `    - id: https://${marker}.example.com/x`,
      `      environments: ${marker}`,
      `      default_namespace: ${marker}-Upper`,
      'observability:',
      `  logging: { level: ${marker} }`,
      'container_scanning:',
      `  cadence: ${marker}`,
      `  scanner_timeout: ${marker}`,
      'flux:',
      `  webhook_receiver_url: ${marker}`,
      'remote_development:',
      `  dns_zone: ${marker}!`,
      `  labels: { ${marker}/x: ${marker}! }`,
      '',
    ].join('\n');
    const result = validateAgentConfig(text);
    expect(result.problems.length + result.warnings.length).toBeGreaterThan(8);
    for (const entry of [...result.problems, ...result.warnings]) {
      expect(`${entry.message} ${entry.hint ?? ''}`).not.toContain(marker);
    }
  });

  it('refuses invalid options with a TypeError', () => {
    expect(() => validateAgentConfig('{}', { gitlabVersion: 'latest' })).toThrow(TypeError);
    expect(() => validateAgentConfig('{}', { gitlabVersion: '15.11' })).toThrow(/older than GitLab 16.0/);
    expect(() => validateAgentConfig('{}', { tier: 'gold' as never })).toThrow(TypeError);
    expect(() => validateAgentConfig('{}', { maxFileBytes: 0 })).toThrow(TypeError);
    expect(() => validateAgentConfig('{}', { configProject: 'just-a-name' })).toThrow(TypeError);
  });

  it('checks the access list limit of the targeted GitLab version', () => {
    const text = `ci_access:\n  groups:\n${Array.from({ length: 101 }, (_, i) => `    - id: g${i}\n`).join('')}`;
    expect(codesOf(text, { gitlabVersion: '16.11' })).toEqual(['too-many-entries ci_access.groups[100]']);
    expect(codesOf(text, { gitlabVersion: '17.0' })).toEqual([]);
  });
});

describe('parseAgentConfig', () => {
  it('returns the configuration, {} for an empty file', () => {
    expect(parseAgentConfig('')).toEqual({});
    expect(parseAgentConfig('flux:\n  webhook_receiver_url: http://receiver\n')).toEqual({
      flux: { webhook_receiver_url: 'http://receiver' },
    });
  });

  it('throws an AgentConfigError with every problem, one line each', () => {
    let error: unknown;
    try {
      parseAgentConfig('ci_acess: {}\nflux: []\n', { path: PATH });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AgentConfigError);
    expect(error).toBeInstanceOf(ManifestsError);
    const configError = error as AgentConfigError;
    expect(configError.code).toBe('agent-config-invalid');
    expect(configError.problems.map((problem) => problem.code)).toEqual(['unknown-key', 'wrong-type']);
    expect(configError.message.split('\n')).toEqual([
      `invalid agent configuration (${PATH}), 2 problems:`,
      '  1:1: ci_acess: is not a key of the configuration; did you mean ci_access?',
      '  2:7: flux: must be a map, got a list; write flux: {} for an empty map',
    ]);
  });
});
