/**
 * Kubernetes' ApplySet (KEP-3659) as kubectl implements it (pkg/cmd/apply/applyset.go), for
 * `generate … | KUBECTL_APPLYSET=true kubectl apply -n NS --prune --applyset=REF -f -`.
 *
 * kubectl does the labelling itself: it adds `applyset.kubernetes.io/part-of: <id>` to every
 * object it reads and refuses an input object that already has that label ("ApplySet label …
 * already set in input data"); it creates and updates the parent (with the `applyset.kubernetes.io/id`
 * label and the `tooling` and `contains-group-kinds` annotations) by server-side apply, and
 * refuses a parent whose tooling is not kubectl. So the stream must carry neither the label nor
 * the parent. What it must be instead is checked here: no Namespace (the parent lives in it and
 * is written before any object is applied, and a namespace two agents share must never be
 * pruned by one of them), no object that is the parent, every namespaced object in the namespace
 * `-n` enforces. The id and the group-kinds are computed as kubectl does, for the notes and
 * documentation that name them (`kubectl get … -l applyset.kubernetes.io/part-of=<id>`).
 */
import { sha256Digest } from '../util/sha256.js';
import { ApplySetError } from '../errors.js';
import type { Manifest } from '../types.js';
import { isMap } from '../util/is-map.js';

export const APPLYSET_PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
export const APPLYSET_ID_LABEL = 'applyset.kubernetes.io/id';

/** The parent object of an ApplySet, as kubectl resolves `--applyset` with `-n NAMESPACE`. */
export interface ApplySetParent {
  /** The resource as kubectl's flag names it: `secrets` or `configmaps`. */
  readonly resource: 'secrets' | 'configmaps';
  readonly kind: 'Secret' | 'ConfigMap';
  /** Empty: both kinds are in the core group. */
  readonly group: '';
  readonly name: string;
  readonly namespace: string;
}

/** kubectl's built-in parent types; any other needs a CRD labelled `applyset.kubernetes.io/is-parent-type`. */
const BUILT_IN_PARENTS: Readonly<Record<string, ApplySetParent['kind']>> = { secrets: 'Secret', configmaps: 'ConfigMap' };
/** A Secret's or ConfigMap's name: a DNS-1123 subdomain. */
const OBJECT_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * kubectl's `--applyset` value, `[RESOURCE][.GROUP]/NAME` (a bare `NAME` is a Secret), in the
 * release namespace. kubectl also accepts the kind's singular and short names (`secret/x`,
 * `cm/x`) through its REST mapper; those are accepted here too.
 */
export function parseApplySetParent(reference: string, namespace: string): ApplySetParent {
  const slash = reference.indexOf('/');
  const type = slash === -1 ? 'secrets' : reference.slice(0, slash);
  const name = slash === -1 ? reference : reference.slice(slash + 1);
  if (!OBJECT_NAME.test(name)) {
    throw new ApplySetError({
      problem: 'invalid-parent',
      message: `the ApplySet parent "${printable(reference)}" needs a name that is a lowercase DNS-1123 subdomain, as [RESOURCE][.GROUP]/NAME (for example secrets/gitlab-agent-applyset)`,
    });
  }
  const resource = normaliseResource(type);
  if (resource === undefined) {
    throw new ApplySetError({
      problem: 'unsupported-parent',
      message: `the ApplySet parent type "${printable(type)}" is not one kubectl accepts without a custom resource definition; use secrets/${name} or configmaps/${name}`,
    });
  }
  return { resource, kind: BUILT_IN_PARENTS[resource] as ApplySetParent['kind'], group: '', name, namespace };
}

function normaliseResource(type: string): ApplySetParent['resource'] | undefined {
  // `secrets.` is the core group spelled out, as kubectl's own messages print it.
  const bare = type.endsWith('.') ? type.slice(0, -1) : type;
  if (bare === 'secrets' || bare === 'secret') return 'secrets';
  if (bare === 'configmaps' || bare === 'configmap' || bare === 'cm') return 'configmaps';
  return undefined;
}

/**
 * The ApplySet id: `applyset-` + base64url (RFC 4648, no padding) of the SHA-256 of
 * `<name>.<namespace>.<kind>.<group>` + `-v1` (kubectl's `ApplySet.ID`).
 */
export function applySetId(parent: {
  readonly name: string;
  readonly namespace: string;
  readonly kind: string;
  readonly group: string;
}): string {
  const hash = Buffer.from(sha256Digest([parent.name, parent.namespace, parent.kind, parent.group].join('.'))).toString('base64url');
  return `applyset-${hash}-v1`;
}

/**
 * The parent's `applyset.kubernetes.io/contains-group-kinds` after kubectl applies `manifests`:
 * each `Kind.group` (`Kind` for the core group) once, sorted as Go's `sort.Strings` does.
 */
export function formatApplySetGroupKinds(manifests: readonly Manifest[]): string {
  const groupKinds = new Set(
    manifests.map(({ apiVersion, kind }) => (apiVersion.includes('/') ? `${kind}.${apiVersion.split('/')[0]}` : kind)),
  );
  return [...groupKinds].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).join(',');
}

/** `kubectl apply --server-side -n <namespace> --prune --applyset=<reference> -f -`, with the env kubectl still needs; server-side, so no `last-applied-configuration` annotation copies the token Secret. */
export function formatApplySetCommand(parent: ApplySetParent): string {
  return `KUBECTL_APPLYSET=true kubectl apply --server-side -n ${parent.namespace} --prune --applyset=${parent.resource}/${parent.name} -f -`;
}

/**
 * Throws an ApplySetError when kubectl would refuse `manifests` under `parent`, or would put into
 * the set what must not be pruned by it. Returns nothing: the stream is applied unchanged.
 */
export function checkApplySetMembers(manifests: readonly Manifest[], parent: ApplySetParent): void {
  for (const manifest of manifests) {
    const what = `${manifest.kind} ${manifest.name}`;
    if (manifest.kind === 'Namespace' && manifest.apiVersion === 'v1') {
      throw new ApplySetError({
        problem: 'namespace-in-set',
        message: `the Namespace ${manifest.name} would join the ApplySet: create it separately and render without it, since the parent ${parent.kind} lives in it and another agent may share it`,
      });
    }
    const labels = isMap(manifest.object['metadata']) ? manifest.object['metadata']['labels'] : undefined;
    if (isMap(labels) && APPLYSET_PART_OF_LABEL in labels) {
      throw new ApplySetError({
        problem: 'labelled-member',
        message: `the ${what} already has the label ${APPLYSET_PART_OF_LABEL}, which kubectl refuses in its input (it sets the label itself)`,
      });
    }
    if (manifest.kind === parent.kind && manifest.apiVersion === 'v1' && manifest.name === parent.name) {
      throw new ApplySetError({
        problem: 'parent-is-member',
        message: `the ${what} is also the ApplySet parent; give the ApplySet another name`,
      });
    }
    if (manifest.namespace !== undefined && manifest.namespace !== parent.namespace) {
      throw new ApplySetError({
        problem: 'other-namespace',
        message: `the ${what} is in the namespace ${manifest.namespace}, but kubectl applies an ApplySet with -n ${parent.namespace} and refuses objects of other namespaces`,
      });
    }
  }
}

/** A user's reference may hold anything; messages show printable ASCII only. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 300);
}
