// src/generated/values.ts: the TypeScript types of the values, with each schema description
// (and default) as a doc comment, and the schema itself embedded for the library.
import { compileSchemaModule } from './compile-schema-module.js';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateValuesTypes() {
  return compileSchemaModule({
    schema: await readValuesSchema(),
    schemaPath: SCHEMA_PATH,
    outputPath: 'src/generated/values.ts',
    fallbackTitle: 'Values',
    constName: 'VALUES_SCHEMA',
    what: 'The values schema',
    generator: import.meta.url,
  });
}
