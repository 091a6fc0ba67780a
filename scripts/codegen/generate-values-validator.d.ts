import type { Ajv, Options } from 'ajv';
import type { DataValidateFunction } from 'ajv/dist/types/index.js';

export declare const ANNOTATION_KEYWORDS: readonly string[];
export declare const KUBERNETES_TYPE_KEYWORD: string;
export declare function createValuesAjv(createTypeValidator: (typeName: string) => DataValidateFunction, options?: Options): Ajv;
export declare const SECRET_KEYWORD: string;
export declare const SECRET_KINDS: readonly string[];
export declare function generateValuesValidator(): Promise<{ path: string; content: string }>;
