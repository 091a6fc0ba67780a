/**
 * Validates values that are Kubernetes API objects (resources, tolerations, extraEnv, ...)
 * against the Kubernetes OpenAPI schemas, through the ajv-standalone validators that the
 * `kubernetes-models` package ships precompiled, bundled by codegen one file per type
 * (src/generated/kubernetes-validators/, scripts/codegen/generate-kubernetes-validators.js).
 * Our schema names the type with the keyword `x-kubernetes-type`, so the values schema stays the
 * single source.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import type { DataValidateFunction } from 'ajv/dist/types/index.js';
import { findUnknownKubernetesFields } from './kubernetes-fields.js';

/** The schema keyword that names a Kubernetes type, e.g. `io.k8s.api.core.v1.Toleration`. */
export const KUBERNETES_TYPE_KEYWORD = 'x-kubernetes-type';

interface StandaloneValidator {
  (
    data: unknown,
    context: { instancePath: string; parentData?: unknown; parentDataProperty?: string | number; rootData?: unknown },
  ): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The folder of the generated validators, as the build's bundles define it (scripts/bundle-cli.js):
 * the bundled CLI and its fleet worker sit elsewhere in dist/ than this module, so a path
 * relative to this module would miss there. Undefined everywhere else.
 */
declare const __KUBERNETES_VALIDATORS_DIR__: string | undefined;

const require = createRequire(import.meta.url);
const validators = new Map<string, StandaloneValidator>();

function validatorsDir(): string {
  return typeof __KUBERNETES_VALIDATORS_DIR__ === 'string'
    ? __KUBERNETES_VALIDATORS_DIR__
    : fileURLToPath(new URL('../../generated/kubernetes-validators/', import.meta.url));
}

/** Loads one type's validator, read from one file the first time the type is validated. */
export function loadKubernetesValidator(typeName: string): StandaloneValidator {
  const cached = validators.get(typeName);
  if (cached) return cached;
  const file = join(validatorsDir(), `${typeName}.cjs`);
  let loaded: { validate?: StandaloneValidator };
  try {
    loaded = require(file) as { validate?: StandaloneValidator };
  } catch (cause) {
    throw new Error(`unknown Kubernetes type ${typeName} in ${KUBERNETES_TYPE_KEYWORD} (no ${file}: run npm run codegen)`, { cause });
  }
  if (typeof loaded.validate !== 'function') throw new Error(`${file} exports no validate function: run npm run codegen`);
  validators.set(typeName, loaded.validate);
  return loaded.validate;
}

/**
 * The function the `x-kubernetes-type` keyword calls for one type (ajv's `compile` keyword form;
 * the generated validator, src/generated/values-validator.ts, creates one per type, and says
 * whether the type's validator accepts `{}`). Errors keep
 * the instance path the standalone validator gives them (it gets the current path), and ajv
 * rewrites their `schemaPath` to end in `/x-kubernetes-type`, which is how the error converter
 * recognises Kubernetes errors.
 */
export function kubernetesTypeValidator(typeName: string, acceptsEmptyObject = false): DataValidateFunction {
  // Loading is deferred to the first value of that type: the big ones (Container, Volume)
  // cost tens of milliseconds and their lists are usually empty. Codegen asked the validator
  // whether it accepts `{}` (the chart's defaults are empty objects), so that answer needs no load.
  const validate: DataValidateFunction = (data, context) => {
    if (acceptsEmptyObject && isEmptyPlainObject(data)) {
      validate.errors = [];
      return true;
    }
    const validateType = loadKubernetesValidator(typeName);
    const valid = validateType(data, {
      instancePath: context?.instancePath ?? '',
      parentData: context?.parentData,
      parentDataProperty: context?.parentDataProperty,
      rootData: context?.rootData,
    });
    // kubernetes-models' validators let unknown fields through; the API server refuses them.
    const unknown = findUnknownKubernetesFields(data, typeName).map((field): ErrorObject => ({
      keyword: 'additionalProperties',
      instancePath: `${context?.instancePath ?? ''}${field.segments.slice(0, -1).map(toPointerSegment).join('')}`,
      schemaPath: '#/additionalProperties',
      params: { additionalProperty: String(field.segments.at(-1)), [KUBERNETES_TYPE_KEYWORD]: field.typeName },
    }));
    validate.errors = [...(valid ? [] : (validateType.errors ?? [])), ...unknown];
    return valid && unknown.length === 0;
  };
  return validate;
}

/** One JSON pointer step, escaped (RFC 6901). */
function toPointerSegment(segment: string | number): string {
  return `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `{}` as a values file gives it: no keys of its own and nothing but Object.prototype behind it. */
function isEmptyPlainObject(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && Object.getPrototypeOf(data) === Object.prototype && Reflect.ownKeys(data).length === 0
  );
}
