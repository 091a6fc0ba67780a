export declare function formatBanner(options: { sources: string[]; generator: string; comment?: string }): string;
