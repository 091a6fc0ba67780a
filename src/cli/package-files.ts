/**
 * Files the package ships beside the code. This module sits one level below the package root in
 * both src/cli/ and dist/cli/ (where the bundled CLI also lives), so one relative URL serves both.
 */
const PACKAGE_ROOT = new URL('../../', import.meta.url);

export const PACKAGE_JSON_URL = new URL('package.json', PACKAGE_ROOT);
export const AGENT_CONFIG_SCHEMA_URL = new URL('schemas/agent-config.schema.json', PACKAGE_ROOT);
