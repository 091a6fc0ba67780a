import type { AgentConfigValidation, ValidateAgentConfigOptions } from '../../src/agent-config/validate-agent-config.js';

export interface ExpectedEntry {
  readonly code: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

export interface ValidationSummary {
  readonly valid: boolean;
  readonly problems: readonly ExpectedEntry[];
  readonly warnings: readonly ExpectedEntry[];
}

export declare const AGENT_CONFIG_GOLDEN_DIR: string;
export declare const CASE_CONFIG: string;
export declare const CASE_OPTIONS: string;
export declare const CASE_EXPECTED: string;
export declare function listAgentConfigCases(): string[];
export declare function readAgentConfigCase(name: string): {
  bytes: Uint8Array;
  options: ValidateAgentConfigOptions & { path: string };
  expected: string | undefined;
};
export declare function summariseValidation(result: AgentConfigValidation): ValidationSummary;
export declare function formatExpected(summary: ValidationSummary): string;
