/**
 * Which Kubernetes kinds are cluster-scoped, so an extra manifest without a namespace gets the
 * release namespace only where it can have one. Built-in kinds by API group (Kubernetes 1.32),
 * plus the cluster-scoped kinds of the add-ons an agent install typically brings along. Any other
 * kind is treated as namespaced: most custom resources are, and the API server drops the
 * namespace of a cluster-scoped object (its create strategy clears it), so a wrong guess is
 * harmless; the author can always set `metadata.namespace` outright.
 */

/** `group/Kind`, with the core group written as the empty string (`/Namespace`). */
const CLUSTER_SCOPED = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass',
  'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  // Add-ons often installed next to the agent: external-secrets, cert-manager, Flux's none.
  'external-secrets.io/ClusterSecretStore',
  'external-secrets.io/ClusterExternalSecret',
  'cert-manager.io/ClusterIssuer',
]);

/** The API group of an `apiVersion`: `apps/v1` → `apps`, `v1` → `` (core). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export function isClusterScoped(apiVersion: string, kind: string): boolean {
  return CLUSTER_SCOPED.has(`${apiGroupOf(apiVersion)}/${kind}`);
}
