import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { validateAgentConfig } from '../src/agent-config/validate-agent-config.js';
import { formatConfigPath } from '../src/agent-config/format-config-path.js';
import { run } from '../src/cli/run.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { anyText, runs } from './support/fast-check-settings.js';
import { listAgentConfigCases, readAgentConfigCase } from './support/agent-config-cases.js';

/**
 * validateAgentConfig over arbitrary files: it never throws, whatever the text or bytes; every
 * entry has a code, a path that matches its segments, a message, and a line and column inside
 * the file. The CLI over the same files ends with exit 0 or 1 and never prints a stack trace.
 */
vi.setConfig({ testTimeout: 120_000 });

const GOLDEN_TEXTS = listAgentConfigCases().map((name) => new TextDecoder().decode(readAgentConfigCase(name).bytes));

/** Keys of the schema, misspellings and YAML 1.1 words, so generated maps reach deep checks. */
const KEYS = fc.constantFrom(
  'ci_access',
  'projects',
  'groups',
  'id',
  'access_as',
  'agent',
  'impersonate',
  'ci_job',
  'user',
  'username',
  'extra',
  'environments',
  'default_namespace',
  'user_access',
  'observability',
  'logging',
  'level',
  'container_scanning',
  'cadence',
  'remote_development',
  'dns_zone',
  'labels',
  'flux',
  'gitops',
  'manifest_projects',
  'ref',
  'on',
  'y',
  'x-a',
  'ciAccess',
  '<<',
  'instance',
  'workspaces_quota',
  'resource_requirements',
  'limits',
  'cpu',
);
const SCALARS = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, '', 'yes', 'no', '0 0 * * *', '3600s', 'a/b', '*/5 * * * *', '.inf', '~'),
  fc.string(),
  fc.integer(),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    SCALARS,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(KEYS, tie('tree'), { maxKeys: 5 }),
  ),
}));

/** A golden file with a slice of it replaced by generated text: broken YAML of every kind. */
const spliced = fc.tuple(fc.constantFrom(...GOLDEN_TEXTS), fc.nat(), fc.nat({ max: 20 }), anyText).map(([text, at, length, insert]) => {
  const start = at % (text.length + 1);
  return `${text.slice(0, start)}${insert}${text.slice(start + length)}`;
});

const files = fc.oneof(
  anyText,
  spliced,
  tree.map((value) => yaml.dump(value, { noRefs: true, lineWidth: -1 })),
  tree.map((value) => JSON.stringify(value)),
);

function checkResult(text: string, result: ReturnType<typeof validateAgentConfig>): void {
  const lines = text.split('\n');
  expect(result.valid).toBe(result.problems.length === 0);
  for (const entry of [...result.problems, ...result.warnings]) {
    expect(entry.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(entry.path).toBe(formatConfigPath(entry.segments));
    expect(entry.message).not.toBe('');
    expect(entry.message).not.toContain('\n');
    expect(entry.line).toBeGreaterThanOrEqual(1);
    expect(entry.line).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(entry.column).toBeGreaterThanOrEqual(1);
  }
}

describe('validateAgentConfig over arbitrary files', () => {
  it('never throws, and places every entry inside the file', () => {
    fc.assert(
      fc.property(files, (text) => {
        checkResult(text, validateAgentConfig(text, { path: '.gitlab/agents/fuzz/config.yaml' }));
      }),
      runs(400),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = validateAgentConfig(bytes);
        expect(result.valid).toBe(result.problems.length === 0);
      }),
      runs(300),
    );
  });
});

describe('config validate over arbitrary standard input', () => {
  it('exits 0 or 1, with a report and never an error line', async () => {
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom('text', 'json', 'codequality'), async (text, format) => {
        const memory = createMemoryIo({ stdin: text });
        const exitCode = await run(['config', 'validate', '-', '--format', format], memory.io);
        expect([0, 1]).toContain(exitCode);
        expect(memory.stderr()).toBe('');
        if (format !== 'text') expect(() => JSON.parse(memory.stdout()) as unknown).not.toThrow();
      }),
      runs(150),
    );
  });
});
