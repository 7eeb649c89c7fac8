/**
 * A map that keeps only its most recently used entries, up to a capacity: what the build computes
 * for one figure or one query is asked for again by the next few pages and files, seldom later,
 * and keeping every answer for the whole build held gigabytes at scale. Each entry weighs 1, or
 * what `weigh` says (a query's answer, its rows).
 */
export class RecentMap<K, V> {
  readonly #entries = new Map<K, { value: V; weight: number }>();
  #weight = 0;

  constructor(
    readonly capacity: number,
    readonly weigh: (value: V) => number = () => 1,
  ) {
    if (!(capacity > 0)) throw new Error(`RecentMap: expected a capacity above 0, got ${capacity}`);
  }

  /** The value for a key, which becomes the most recently used. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps a value as the most recently used, and lets go of the least recently used while over
   * capacity; a value that weighs more than the whole capacity is not kept.
   */
  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#weight <= this.capacity) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
  }

  /** The value for a key or, when there is none, `make`'s value, kept. */
  remember(key: K, make: () => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = make();
    this.set(key, value);
    return value;
  }

  delete(key: K): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#weight -= entry.weight;
  }

  get size(): number {
    return this.#entries.size;
  }
}
