/** The agent token's form: one word, starting with `glagent-` (a warning when it does not). */
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { createProblem, createWarning, type CheckOutcome } from '../create-diagnostic.js';

const TOKEN_PREFIX = 'glagent-';
const TOKEN_BREAK = /[\s\p{Cc}]/u;

/** GitLab agent tokens are one word starting with `glagent-`; a trailing newline from a file is the usual slip. */
export function checkToken(values: ValuesTree): CheckOutcome {
  const token = getValueAt(values, ['config', 'token']);
  if (typeof token !== 'string' || token === '') return { problems: [], warnings: [] };
  if (TOKEN_BREAK.test(token)) {
    return {
      problems: [
        createProblem({
          code: 'invalid-value',
          segments: ['config', 'token'],
          message: 'contains whitespace, a line break or a control character',
          hint: 'an agent token is one word, without spaces or line breaks: copy it again from GitLab',
        }),
      ],
      warnings: [],
    };
  }
  if (token.startsWith(TOKEN_PREFIX)) return { problems: [], warnings: [] };
  return {
    problems: [],
    warnings: [
      createWarning({
        code: 'token-without-prefix',
        segments: ['config', 'token'],
        message: `does not start with "${TOKEN_PREFIX}" as GitLab agent tokens do; check that it is the agent's token`,
      }),
    ],
  };
}
