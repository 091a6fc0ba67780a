import { describe, expect, it } from 'vitest';
import type { ValuesTree } from '../src/types.js';
import { checkChartRules } from '../src/check/rules/check-chart-rules.js';
import { readChartReferenceFile } from './support/chart-reference-cases.js';
import { CHART_EXPECTED_ERROR } from './support/golden-cases.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';

/** The receptive-mode defaults the checks read, with `config`/`service` overrides merged in. */
function receptive(config: ValuesTree = {}, service: ValuesTree = {}): ValuesTree {
  return {
    config: {
      receptive: { enabled: true },
      api: { listenAddress: ':8082' },
      privateApi: { listenAddress: ':8081', tls: { enabled: false } },
      ...config,
    },
    service: { internalPort: 8082, privateApiPort: 8081, ...service },
  };
}

/** `Error: execution error at (<template>): <message>` from a reference case. */
function readHelmFailure(name: string): { message: string } {
  const line = readChartReferenceFile(name, CHART_EXPECTED_ERROR).trim();
  const match = /^Error: execution error at \(([^)]+)\): (.*)$/.exec(line);
  if (!match?.[1] || match[2] === undefined) throw new Error(`unexpected reference error: ${line}`);
  return { message: match[2] };
}

describe('checkChartRules', () => {
  it('passes the receptive defaults', () => {
    expect(checkChartRules(receptive())).toEqual([]);
  });

  it("has chart defaults that pass, so that the defaults' own values are let through unformatted", () => {
    const { config, service } = DEFAULT_VALUES as {
      config: { api: { listenAddress: unknown }; privateApi: { listenAddress: unknown } };
      service: { internalPort: unknown; privateApiPort: unknown };
    };
    for (const [address, port] of [
      [config.api.listenAddress, service.internalPort],
      [config.privateApi.listenAddress, service.privateApiPort],
    ]) {
      // What the check itself compares: the text after the address's last ':' and the port's %v.
      expect(typeof port).toBe('number');
      expect(typeof address === 'string' && address.slice(address.lastIndexOf(':') + 1)).toBe(String(port));
    }
    // A default address with another port is still checked.
    expect(checkChartRules(receptive({}, { internalPort: 9000 })).map((problem) => problem.path)).toEqual(['service.internalPort']);
  });

  it('does nothing outside receptive mode', () => {
    const values = receptive({ receptive: { enabled: false }, api: { listenAddress: 'nonsense' } }, { internalPort: null });
    expect(checkChartRules(values)).toEqual([]);
  });

  it.each([
    ['[::1]:8082', 8082],
    ['0.0.0.0:8082', 8082],
    [':9443', 9443],
  ])('accepts api.listenAddress %s with internalPort %s', (listenAddress, internalPort) => {
    expect(checkChartRules(receptive({ api: { listenAddress } }, { internalPort }))).toEqual([]);
  });

  it('matches Helm on the error-api-port reference case', () => {
    const expected = readHelmFailure('error-api-port');
    const problems = checkChartRules(receptive({ api: { listenAddress: ':9999' } }));
    expect(problems).toEqual([
      {
        code: 'invalid-value',
        path: 'service.internalPort',
        segments: ['service', 'internalPort'],
        message: expected.message,
        hint: expect.any(String),
      },
    ]);
  });

  it('matches Helm on the error-private-api-format reference case', () => {
    const expected = readHelmFailure('error-private-api-format');
    const problems = checkChartRules(receptive({ privateApi: { listenAddress: '8081' } }));
    expect(problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'config.privateApi.listenAddress', message: expected.message },
    ]);
  });

  it.each<[string, ValuesTree, string, string]>([
    [
      'no colon',
      receptive({ api: { listenAddress: '8082' } }),
      'config.api.listenAddress',
      'config.api.listenAddress must be in the format of host:port or :port.',
    ],
    [
      'null address',
      receptive({ api: { listenAddress: null } }),
      'config.api.listenAddress',
      'config.api.listenAddress must be in the format of host:port or :port.',
    ],
    [
      'empty address',
      receptive({ api: { listenAddress: '' } }),
      'config.api.listenAddress',
      'config.api.listenAddress must be in the format of host:port or :port.',
    ],
    [
      'text after the last colon',
      receptive({ api: { listenAddress: 'host:8082:x' } }),
      'service.internalPort',
      'The service.internalPort "8082" must be equal to the port that is set in config.api.listenAddress "x"',
    ],
    [
      'internalPort deleted by --set service.internalPort=null',
      receptive({}, { internalPort: undefined }),
      'service.internalPort',
      'The service.internalPort "<nil>" must be equal to the port that is set in config.api.listenAddress "8082"',
    ],
    [
      'internalPort null',
      receptive({}, { internalPort: null }),
      'service.internalPort',
      'The service.internalPort "<nil>" must be equal to the port that is set in config.api.listenAddress "8082"',
    ],
    [
      'a float port from YAML prints like Go',
      receptive({ api: { listenAddress: ':1000000' } }, { internalPort: 1000000 }),
      'service.internalPort',
      'The service.internalPort "1e+06" must be equal to the port that is set in config.api.listenAddress "1000000"',
    ],
    [
      '--set-string service.privateApiPort=08081',
      receptive({}, { privateApiPort: '08081' }),
      'service.privateApiPort',
      'service.privateApiPort "08081" must be equal to the port that is set in config.privateApi.listenAddress "8081"',
    ],
    [
      'private address without a colon',
      receptive({ privateApi: { listenAddress: null } }),
      'config.privateApi.listenAddress',
      'config.privateApi.listenAddress must be in the format of host:port or :port.',
    ],
  ])('%s', (_name, values, path, message) => {
    expect(checkChartRules(values)).toEqual([
      { code: 'invalid-value', path, segments: path.split('.'), message, hint: expect.any(String) },
    ]);
  });

  it("reports the api and the private api checks together, in the chart's order", () => {
    const values = receptive({ api: { listenAddress: 'x' }, privateApi: { listenAddress: ':1' } });
    expect(checkChartRules(values).map((p) => p.path)).toEqual(['config.api.listenAddress', 'service.privateApiPort']);
  });

  it("runs when receptive.enabled is any truthy value, as the chart's `if` does", () => {
    const values = receptive({ receptive: { enabled: 'yes' }, api: { listenAddress: 'x' } });
    expect(checkChartRules(values).map((p) => p.path)).toEqual(['config.api.listenAddress']);
  });
});
