export declare function findSecretValues(options: {
  schema: Record<string, unknown>;
  templates: { name: string; source: string; ast: unknown }[];
  partialAsts: Map<string, unknown>;
}): { path: string[]; kind: string; secretDataKeys: string[] }[];
export declare function generateSecretValues(): Promise<{ path: string; content: string }>;
