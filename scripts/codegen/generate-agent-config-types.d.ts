export declare const AGENT_CONFIG_SCHEMA_PATH: string;
export declare function readAgentConfigSchema(): Promise<Record<string, unknown>>;
export declare function generateAgentConfigTypes(): Promise<{ path: string; content: string }>;
