import { readFileSync } from 'node:fs';
import { VALUES_SCHEMA } from '../generated/values.js';

/** schemas/values.schema.json ships in the package, two levels up from both src/cli/ and dist/cli/. */
const SCHEMA_FILE = new URL('../../schemas/values.schema.json', import.meta.url);

/**
 * The `schema` command's output: the schema file byte for byte. A bundled or relocated copy
 * without the file prints the embedded copy, the same schema (codegen keeps them in step).
 */
export function readValuesSchema(): string {
  try {
    return readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    return `${JSON.stringify(VALUES_SCHEMA, null, 2)}\n`;
  }
}
