import { applySetId, formatApplySetCommand, formatApplySetGroupKinds, parseApplySetParent } from '../../manifests/applyset.js';
import type { Manifest } from '../../types.js';

/**
 * `generate --applyset`: the kubectl command that applies the output as that ApplySet, and what
 * kubectl will write: the label on every object and the kinds it records in the parent.
 */
export function formatApplySetNote(reference: string, namespace: string, manifests: readonly Manifest[]): string {
  const parent = parseApplySetParent(reference, namespace);
  return (
    `Note: apply with \`${formatApplySetCommand(parent)}\` (kubectl 1.29 or later; ` +
    `the namespace must exist first). kubectl labels every object applyset.kubernetes.io/part-of=${applySetId(parent)}, ` +
    `records ${formatApplySetGroupKinds(manifests)} in the ${parent.kind} ${parent.name}, ` +
    'and deletes the objects of that set that this output no longer holds.\n'
  );
}
