// A small least-recently-used memo: charts keep the few layouts around the active step, computed ahead.

export interface Memo<V> {
  /** The value for `key`, computed by `make` unless already held (then it becomes the most recent). */
  get(key: string, make: () => V): V;
}

/** Keeps at most `limit` values; the least recently used goes first. */
export function createMemo<V>(limit: number): Memo<V> {
  const held = new Map<string, V>();
  return {
    get(key, make) {
      let value: V;
      if (held.has(key)) {
        value = held.get(key) as V;
        held.delete(key);
      } else value = make();
      held.set(key, value);
      while (held.size > limit) held.delete(held.keys().next().value as string);
      return value;
    },
  };
}
