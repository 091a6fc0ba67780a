import type { CliIo } from '../../src/cli/cli-io.js';

export declare const REPO_ROOT: string;
export declare const GOLDEN_DIR: string;
export declare const SHARED_REFERENCE_DIR: string;
export declare const EXPECTED_OUTPUT: string;
export declare const EXPECTED_ERROR: string;
export declare const EXPECTED_WARNINGS: string;
export declare const CHART_EXPECTED_OUTPUT: string;
export declare const CHART_EXPECTED_ERROR: string;
export declare const CASE_STDIN: string;
export declare const PRIVATE_API_JWT_PLACEHOLDER: string;

export interface CaseResult {
  readonly exitCode: number;
  /** Stdout with each private-api-jwt value replaced by the placeholder. */
  readonly stdout: string;
  readonly stderr: string;
}

export type RunCli = (argv: readonly string[], io: CliIo) => Promise<number>;

export declare function listCases(dir: string): string[];
export declare function readCaseArgs(caseDir: string): string[];
export declare function readOptionalFile(path: string): string | undefined;
export declare function createCaseIo(caseDir: string): { io: CliIo; captured: { stdout: string; stderr: string } };
export declare function runCase(run: RunCli, caseDir: string, args?: readonly string[]): Promise<CaseResult>;
export declare function normaliseOutput(text: string): string;
export declare function isPrivateApiJwt(value: unknown): boolean;
