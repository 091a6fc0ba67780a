import { ValuesFileError } from '../../src/errors.js';
import { parseValuesYaml } from '../../src/sources/parse-values-file.js';

/** The error a values file is refused with; fails the test when the file is accepted. */
export function refuseValuesFile(content: string): ValuesFileError {
  try {
    parseValuesYaml(content, 'values.yaml');
  } catch (error) {
    if (error instanceof ValuesFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}
