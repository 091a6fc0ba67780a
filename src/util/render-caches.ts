/**
 * The caches a render fills, all in one place so that they can be emptied at once: tests that
 * need a cold start, and a long-running process (a fleet renderer) that wants the memory back,
 * call reset(). Each cache is keyed by exact text or by template document, and holds only what
 * the same key would compute again, so a render after a reset gives identical output; it only
 * takes the cold path once more.
 */
import { BoundedCache } from './bounded-cache.js';

interface ResettableCache {
  readonly size: number;
  clear(): void;
}

export class RenderCaches {
  private readonly caches: { readonly name: string; readonly cache: ResettableCache }[] = [];

  /** A BoundedCache that reset() empties; `name` says what it holds. */
  createBoundedCache<V>(name: string, limit: number): BoundedCache<V> {
    return this.register(name, new BoundedCache<V>(limit));
  }

  /** A Map that reset() empties, for keys the chart bounds (such as one per template document). */
  createMap<K, V>(name: string): Map<K, V> {
    return this.register(name, new Map<K, V>());
  }

  /** Any other cache (`size` and `clear()`) that reset() must empty; returns it. */
  register<C extends ResettableCache>(name: string, cache: C): C {
    this.caches.push({ name, cache });
    return cache;
  }

  /** Empties every cache; they stay in use and fill again. */
  reset(): void {
    for (const { cache } of this.caches) cache.clear();
  }

  /** How many entries the caches hold, by name. */
  countEntries(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { name, cache } of this.caches) counts[name] = (counts[name] ?? 0) + cache.size;
    return counts;
  }
}

/** The caches every module of the library uses. */
export const RENDER_CACHES = new RenderCaches();

/** Empties the library's caches (see RenderCaches); renders afterwards give identical output. */
export function resetRenderCaches(): void {
  RENDER_CACHES.reset();
}
