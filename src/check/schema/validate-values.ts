/**
 * The "validate values" stage: checks the merged values (chart defaults plus the user's)
 * against schemas/values.schema.json, Kubernetes-typed values against the Kubernetes API
 * schemas, and a few cross-field rules the schema cannot say. Reports every problem at once
 * and never throws for bad values. The port checks of the chart itself live in
 * check-chart-rules.ts, because their messages must be the chart's.
 */
import type { ErrorObject } from 'ajv';
import type { ValuesProblem } from '../../errors.js';
import { VALUES_SCHEMA } from '../../generated/values.js';
import { validate as validateAgainstSchema } from '../../generated/values-validator.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';
import { convertSchemaErrors, type SchemaNode } from './convert-schema-errors.js';
import { checkVolumeSources } from './check-volume-sources.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isMap } from '../../util/is-map.js';

/**
 * ajv's validator for the values schema, compiled at codegen time (compiling it costs far more
 * than validating, about 100 ms per process); see scripts/codegen/generate-values-validator.js.
 */
const validateSchema = validateAgainstSchema as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Every schema problem of `values`, then the cross-field ones. The schema only refuses, so there
 * are no warnings here: values that are valid but have no effect (an Ingress outside receptive
 * mode) stay silent, as in Helm.
 */
export function validateValues(values: ValuesTree): ValuesProblem[] {
  const problems = validateSchema(values)
    ? []
    : convertSchemaErrors({ errors: validateSchema.errors ?? [], values, schema: VALUES_SCHEMA as SchemaNode });
  problems.push(...checkCrossFieldRules(values), ...checkVolumeSources(values));
  return problems;
}

/** Rules that involve more than one value, where the chart would fail to render. */
function checkCrossFieldRules(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  const tls = getValueAt(values, ['config', 'observability', 'tls']);
  // The chart base64-encodes both with b64enc, which fails on a missing value ("invalid value; expected string").
  if (isMap(tls) && isGoTruthy(tls['enabled']) && isMap(tls['secret']) && isGoTruthy(tls['secret']['create'])) {
    for (const key of ['cert', 'key']) {
      if (tls[key] === null || tls[key] === undefined) {
        problems.push(
          createProblem({
            code: 'missing-required',
            segments: ['config', 'observability', 'tls', key],
            message: 'is required when config.observability.tls.enabled and config.observability.tls.secret.create are true',
            hint: 'set secret.create to false and provide the Secret yourself, or give the PEM text',
            fix: 'read-file',
          }),
        );
      }
    }
  }
  return problems;
}
