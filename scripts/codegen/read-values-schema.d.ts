export declare const SCHEMA_PATH: string;
export declare function readValuesSchema(): Promise<Record<string, unknown>>;
