export declare function compileTemplateSource(source: string, where: string): Promise<string>;
export declare function generateTemplateModule(): Promise<{ path: string; content: string }>;
