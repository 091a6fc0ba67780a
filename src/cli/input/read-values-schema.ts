import { readFileSync } from 'node:fs';
import { VALUES_SCHEMA } from '../../generated/values.js';
import { VALUES_SCHEMA_URL } from '../package-files.js';

/**
 * The `schema` command's output: the schema file byte for byte. A bundled or relocated copy
 * without the file prints the embedded copy, the same schema (codegen keeps them in step).
 */
export function readValuesSchema(): string {
  try {
    return readFileSync(VALUES_SCHEMA_URL, 'utf8');
  } catch {
    return `${JSON.stringify(VALUES_SCHEMA, null, 2)}\n`;
  }
}
