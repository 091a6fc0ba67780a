#!/usr/bin/env node
// Rewrites golden/agent-config/*/expected.yaml from the built library (dist/): the only writer of
// those files. Review the diff: a changed line is a changed verdict, code, path or position.
//
//   npm run golden:update:agent-config            every case
//   npm run golden:update:agent-config -- <case>  only the named cases
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAgentConfig } from '../dist/agent-config/validate-agent-config.js';
import {
  AGENT_CONFIG_GOLDEN_DIR,
  CASE_EXPECTED,
  formatExpected,
  listAgentConfigCases,
  readAgentConfigCase,
  summariseValidation,
} from '../test/support/agent-config-cases.js';

const only = process.argv.slice(2);
const unknown = only.filter((name) => !listAgentConfigCases().includes(name));
if (unknown.length > 0) {
  process.stderr.write(`no such agent configuration case: ${unknown.join(', ')}\n`);
  process.exit(2);
}
let written = 0;
for (const name of listAgentConfigCases()) {
  if (only.length > 0 && !only.includes(name)) continue;
  const { bytes, options, expected } = readAgentConfigCase(name);
  const text = formatExpected(summariseValidation(validateAgentConfig(bytes, options)));
  if (text !== expected) {
    writeFileSync(join(AGENT_CONFIG_GOLDEN_DIR, name, CASE_EXPECTED), text);
    console.log(`wrote golden/agent-config/${name}/${CASE_EXPECTED}`);
    written += 1;
  }
}
console.log(`${written} agent configuration case${written === 1 ? '' : 's'} updated`);
