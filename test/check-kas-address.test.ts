import { describe, expect, it } from 'vitest';
import { checkKasAddress, describeKasAddressProblem } from '../src/check/rules/check-kas-address.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';

describe('checkKasAddress', () => {
  it("passes the chart's default address, which it therefore lets through unparsed", () => {
    const address = (DEFAULT_VALUES['config'] as Record<string, unknown>)['kasAddress'];
    expect(typeof address).toBe('string');
    expect(describeKasAddressProblem(address as string)).toBeUndefined();
    expect(checkKasAddress({ config: { kasAddress: `${address as string}\n` } })).toHaveLength(1);
  });

  it.each([
    'wss://kas.gitlab.com',
    'wss://gitlab.example.internal/-/kubernetes-agent/',
    'ws://gitlab.example.internal/-/kubernetes-agent/',
    'grpc://kas.example.internal:8150',
    'grpcs://kas.example.internal:8150',
    'GRPCS://kas.example.internal',
    'wss://kas.example.test/path?a=1,b=2',
    'wss://10.0.0.1:8443/-/kubernetes-agent/',
    'wss://[2001:db8::1]:443/-/kubernetes-agent/',
    'wss://[::1]/-/kubernetes-agent/',
    'wss://user:p%40ss@kas.example.com/',
    'wss://kas.example.com/a b #c: d',
  ])('accepts %s', (address) => {
    expect(describeKasAddressProblem(address)).toBeUndefined();
    expect(checkKasAddress({ config: { kasAddress: address } })).toEqual([]);
  });

  it.each([
    ['', /empty/],
    ['kas.gitlab.com', /scheme and a host/],
    ['https://gitlab.example.com/-/kubernetes-agent/', /scheme https/],
    ['http://kas.example.com', /scheme http/],
    ['unix:///var/run/kas.sock', /scheme unix/],
    ['wss://', /no host/],
    ['grpc://:8150', /no host/],
    ['wss:///-/kubernetes-agent/', /no host/],
    ['wss://kas example.com', /host/],
    ['wss://kas.example.com:port/', /port/],
    ['wss://kas.example.com:70000/', /port/],
    ['wss://kas.example.com\n', /control character/],
    ['wss://kas.example.com/\tpath', /control character/],
    ['wss://kas.gitlab.com #x', /host/],
  ])('refuses %j', (address, message) => {
    const problems = checkKasAddress({ config: { kasAddress: address } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid-value', path: 'config.kasAddress' });
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.hint).toContain('wss://<gitlab host>/-/kubernetes-agent/');
  });

  it('does not check the address in receptive mode, where agentk is not given it', () => {
    expect(checkKasAddress({ config: { kasAddress: 'https://x', receptive: { enabled: true } } })).toEqual([]);
  });

  it('leaves a non-string address to the schema', () => {
    expect(checkKasAddress({ config: { kasAddress: 5 } })).toEqual([]);
    expect(checkKasAddress({ config: {} })).toEqual([]);
  });

  it('never repeats the address, which may carry credentials', () => {
    const [problem] = checkKasAddress({ config: { kasAddress: 'https://user:SECRET-PASSWORD@gitlab.example.com' } });
    expect(`${problem?.message} ${problem?.hint}`).not.toContain('SECRET-PASSWORD');
  });
});
