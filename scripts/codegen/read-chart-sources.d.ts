export declare const CHART_DIR: string;
export declare function readChartSources(folder: 'templates' | 'partials'): Promise<{ name: string; source: string }[]>;
