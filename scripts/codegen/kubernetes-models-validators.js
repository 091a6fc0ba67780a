// Where kubernetes-models keeps the validator it precompiled for a Kubernetes type. Codegen reads
// them (the types' definitions, whether a type accepts `{}`, the bundled validators of
// src/generated/kubernetes-validators/), and test/kubernetes-validators.test.ts compares with them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const MODELS_ROOT = dirname(require.resolve('kubernetes-models/package.json'));
export const APIMACHINERY_ROOT = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));

/**
 * `io.k8s.api.core.v1.Toleration` -> `…/kubernetes-models/_schemas/IoK8sApiCoreV1Toleration.js`
 * (apimachinery types from @kubernetes-models/apimachinery).
 *
 * @param {string} typeName
 * @returns {string}
 */
export function kubernetesModelsValidatorPath(typeName) {
  const stem = typeName
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  const root = typeName.startsWith('io.k8s.apimachinery.') ? APIMACHINERY_ROOT : MODELS_ROOT;
  return join(root, '_schemas', `${stem}.js`);
}

/**
 * The precompiled validator itself.
 *
 * @param {string} typeName
 * @returns {((data: unknown, context: { instancePath: string }) => boolean) & { errors?: { instancePath: string, keyword: string, params: Record<string, unknown> }[] | null }}
 */
export function loadKubernetesModelsValidator(typeName) {
  return require(kubernetesModelsValidatorPath(typeName)).validate;
}
