/**
 * A proxy URL with a password in `extraEnv` (`HTTPS_PROXY=http://user:password@proxy:3128`) goes
 * into the Deployment in plain text, readable by anyone who can read Deployments, and into the
 * output and any repository it is committed to. The chart allows it and it works, so it warns;
 * the message never repeats the value.
 */
import { holdsUrlPassword } from '../../chart/secret-values.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree, Warning } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { createWarning, type CheckOutcome } from '../create-diagnostic.js';

export function checkEnvCredentials(values: ValuesTree): CheckOutcome {
  const warnings: Warning[] = [];
  const items = getValueAt(values, ['extraEnv']);
  if (!Array.isArray(items)) return { problems: [], warnings };
  items.forEach((item: unknown, index) => {
    if (!isMap(item) || typeof item['value'] !== 'string' || !holdsUrlPassword(item['value'])) return;
    const name = typeof item['name'] === 'string' ? ` (${item['name']})` : '';
    warnings.push(
      createWarning({
        code: 'env-url-password',
        segments: ['extraEnv', index, 'value'],
        message:
          `holds a URL with a password${name}, which the Deployment carries in plain text: ` +
          'whoever can read the Deployment, the rendered output or a repository holding it can read the password',
        hint: "keep the URL in a Secret and give the variable as valueFrom.secretKeyRef (the Secret's name and key) in place of value",
      }),
    );
  });
  return { problems: [], warnings };
}
