import { describe, expect, it } from 'vitest';
import { MAX_VALUES_FILE_BYTES } from '../src/sources/values-limits.js';
import { MAX_TOKEN_FILE_BYTES } from '../src/cli/input/collect-value-sources.js';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

/** The CLI's side of bounded input, in-process; the real reader on devices and pipes is measured in bounded-input-resources. */
describe('bounded input', () => {
  it('refuses a values file past 4 MiB as a values-file problem, in the bytes read', async () => {
    const result = await runCli(['validate', '-f', 'big.yaml', '--format', 'json'], {
      files: { 'big.yaml': 'a'.repeat(MAX_VALUES_FILE_BYTES + 1) },
    });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([
      expect.objectContaining({ check: 'values-source-too-large', message: expect.stringContaining('more than 4 MiB') }),
    ]);
  });

  it('reads a values file of exactly 4 MiB', async () => {
    const content = `a: "${'x'.repeat(MAX_VALUES_FILE_BYTES - 8)}"\n`;
    const result = await runCli(['values', '-f', 'big.yaml'], { files: { 'big.yaml': content.slice(0, MAX_VALUES_FILE_BYTES) } });
    expect(result.stderr).not.toMatch(/more than 4 MiB/);
  });

  it('refuses a token file past 64 KiB without echoing it', async () => {
    const result = await runCli(['generate', '--agent-token-file', 'token.txt'], {
      files: { 'token.txt': `${MARKED_TOKEN}\n${'x'.repeat(MAX_TOKEN_FILE_BYTES)}` },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^Error: --agent-token-file: "token.txt": the file holds more than 64 KiB, more than a token file may have/,
    );
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('refuses standard input past the limit', async () => {
    const result = await runCli(['generate', '-f', '-'], { stdin: 'a'.repeat(MAX_VALUES_FILE_BYTES + 1) });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('Error: standard input ("-") holds more than 4 MiB, more than any value source may have\n');
  });

  it('says when a file looks like UTF-16 instead of reading it as garbage', async () => {
    const utf16 = Buffer.from('\ufeffconfig:\n  token: x\n', 'utf16le').toString('latin1');
    const result = await runCli(['validate', '-f', 'values.yaml'], { files: { 'values.yaml': utf16 } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^Error: --values "values.yaml" looks like UTF-16 text \(a byte-order mark or NUL bytes\); save it as UTF-8\n$/,
    );
  });
});
