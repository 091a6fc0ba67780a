/**
 * A Map that forgets everything when full. The render caches hold texts and their parses; a
 * fleet renders many distinct values, and memory must not grow with the number of renders.
 * Create one through RENDER_CACHES (render-caches.ts), so that a reset empties it too.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
