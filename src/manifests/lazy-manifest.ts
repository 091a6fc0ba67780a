/**
 * A manifest whose `object` is built when first read: a stream of YAML never reads it. The
 * planned manifests of a render build it from their plan, and a fleet's manifests handed back
 * by a worker thread parse it from their text.
 */
import type { Manifest } from '../types.js';

export interface ManifestHeader {
  readonly source: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Absent, not undefined, on a manifest without one. */
  readonly namespace: string | undefined;
}

/**
 * `object` is an accessor in its place among the keys; the first read (or a write) makes it a
 * plain data property. The accessor is one pair shared by every manifest, added to an object
 * that has no `object` yet, so every manifest keeps one hidden class of fast properties (an
 * object literal with accessors of its own is a dictionary, and cost ten times as much); the
 * function that builds the object is held in a private field, which no key, copy or comparison sees.
 */
export function createLazyManifest(header: ManifestHeader, text: string, build: () => unknown): Manifest {
  const { source, apiVersion, kind, name, namespace } = header;
  const manifest: Record<string, unknown> =
    namespace === undefined ? { source, apiVersion, kind, name } : { source, apiVersion, kind, name, namespace };
  Object.defineProperty(manifest, 'object', LAZY_OBJECT);
  manifest.yaml = text;
  new LazyObjectSource(manifest, build);
  return manifest as unknown as Manifest;
}

/** A class whose constructor returns the object it is given, so that a subclass can add private fields to it. */
class PrivateFieldsOf {
  constructor(target: object) {
    return target as PrivateFieldsOf;
  }
}

/** How a lazy manifest's `object` is built, until it is first read or written. */
class LazyObjectSource extends PrivateFieldsOf {
  #build: (() => unknown) | undefined;

  constructor(target: object, build: () => unknown) {
    super(target);
    this.#build = build;
  }

  /** The object, built afresh; undefined once it was (or for a manifest not made here). */
  static build(target: object): unknown {
    if (!(#build in target) || target.#build === undefined) return undefined;
    const object = target.#build();
    LazyObjectSource.forget(target);
    return object;
  }

  /** Lets go of what the object is built from (the object no longer needs it). */
  static forget(target: object): void {
    if (#build in target) target.#build = undefined;
  }
}

const LAZY_OBJECT: PropertyDescriptor = {
  get(this: object): unknown {
    return settle(this, LazyObjectSource.build(this));
  },
  set(this: object, value: unknown): void {
    LazyObjectSource.forget(this);
    settle(this, value);
  },
  enumerable: true,
  configurable: true,
};

function settle(target: object, value: unknown): unknown {
  Object.defineProperty(target, 'object', { value, writable: true, enumerable: true, configurable: true });
  return value;
}
