// Shared by test/golden.test.ts (running src/ in-process) and scripts/update-golden.js (running
// dist/), so both read a case and normalise its output the same way. Plain ESM JavaScript
// because the update script runs under bare Node; types are in golden-cases.d.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GOLDEN_DIR = join(REPO_ROOT, 'golden');
/** The reference renders of the official chart, beside the clone in CI (absent elsewhere). */
export const SHARED_REFERENCE_DIR = resolve(REPO_ROOT, '..', 'shared', 'reference');

export const EXPECTED_OUTPUT = 'expected.yaml';
export const EXPECTED_ERROR = 'expected-error.txt';
/** Stderr of a successful case (warnings); absent means stderr must be empty. */
export const EXPECTED_WARNINGS = 'expected-warnings.txt';
export const CHART_EXPECTED_OUTPUT = 'chart-expected.yaml';
export const CHART_EXPECTED_ERROR = 'chart-expected-error.txt';
/** Optional file fed to standard input (for `-f -`). */
export const CASE_STDIN = 'stdin.yaml';

/** Stands in for the receptive-mode `private-api-jwt`, which is random on every render. */
export const PRIVATE_API_JWT_PLACEHOLDER = '<random private-api-jwt>';

/** The Secret data line, quoted as the chart prints it or plain (base64 needs no quotes). */
const PRIVATE_API_JWT_LINE = /^(\s*private-api-jwt: )("?)([^"\s]*)\2$/gm;

/** Folders of golden/ that hold a suite of their own, not a CLI case (agent-config-cases.js). */
const SUITE_FOLDERS = new Set(['agent-config']);

/** Case folder names under `dir`, sorted by byte order so every run walks them the same way. */
export function listCases(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !(dir === GOLDEN_DIR && SUITE_FOLDERS.has(entry.name)))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The argv after the command name, from the case's args.json. */
export function readCaseArgs(caseDir) {
  const args = JSON.parse(readFileSync(join(caseDir, 'args.json'), 'utf8'));
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
    throw new Error(`${join(caseDir, 'args.json')}: expected a JSON array of strings`);
  }
  return args;
}

export function readOptionalFile(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A CliIo over the real disk with cwd = the case folder, capturing what the CLI writes. */
export function createCaseIo(caseDir) {
  const stdin = readOptionalFile(join(caseDir, CASE_STDIN));
  const captured = { stdout: '', stderr: '' };
  const io = {
    stdout: (text) => {
      captured.stdout += text;
    },
    stderr: (text) => {
      captured.stderr += text;
    },
    readStdin: async (limitBytes) => {
      if (stdin === undefined) throw new Error(`${CASE_STDIN} is missing`);
      return bounded(Buffer.from(stdin, 'utf8'), limitBytes);
    },
    readFile: (path, limitBytes) => bounded(readFileSync(path), limitBytes),
    env: {},
    cwd: caseDir,
  };
  return { io, captured };
}

/**
 * As the CLI's own reader (src/cli/input/read-bounded.ts): more than the limit is refused with
 * the same error code, whichever build of the CLI runs the case.
 *
 * @param {Buffer} bytes
 * @param {number} limitBytes
 * @returns {Uint8Array}
 */
function bounded(bytes, limitBytes) {
  if (bytes.length > limitBytes) throw Object.assign(new Error(`more than ${limitBytes} bytes`), { code: 'input-too-large', limitBytes });
  return bytes;
}

/** Runs one case through `run` (from src/ or dist/) and returns normalised results. */
export async function runCase(run, caseDir, args = readCaseArgs(caseDir)) {
  const { io, captured } = createCaseIo(caseDir);
  const exitCode = await run(['generate', ...args], io);
  return { exitCode, stdout: normaliseOutput(captured.stdout), stderr: captured.stderr };
}

/**
 * Replaces each well-formed `private-api-jwt` value with a fixed placeholder. A value of the
 * wrong shape is left alone, so the comparison with the golden file fails on it.
 */
export function normaliseOutput(text) {
  return text.replace(PRIVATE_API_JWT_LINE, (line, prefix, quote, value) =>
    isPrivateApiJwt(value) ? `${prefix}${quote}${PRIVATE_API_JWT_PLACEHOLDER}${quote}` : line,
  );
}

/** base64(base64(64 printable ASCII characters)): 120 characters, as the chart makes it. */
export function isPrivateApiJwt(value) {
  if (typeof value !== 'string' || value.length !== 120) return false;
  const inner = decodeStrictBase64(value);
  if (inner === undefined || inner.length !== 88) return false;
  const plain = decodeStrictBase64(inner.toString('latin1'));
  return plain !== undefined && plain.length === 64 && plain.every((byte) => byte >= 0x20 && byte <= 0x7e);
}

function decodeStrictBase64(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
