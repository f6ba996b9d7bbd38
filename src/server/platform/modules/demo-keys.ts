// The ids the demo seed of each module made, by kind and demo key, for the modules seeded after it.

/** Demo keys (`asean-secretariat`) to record ids, per kind (`organization`). */
export class DemoKeys {
  private readonly maps = new Map<string, Map<string, string>>();

  /** The map of one kind, made on first use; seeds fill it. */
  of(kind: string): Map<string, string> {
    let m = this.maps.get(kind);
    if (!m) {
      m = new Map();
      this.maps.set(kind, m);
    }
    return m;
  }

  /** The id of `key`; a demo record that names an unknown key is a mistake in the data. */
  get(kind: string, key: string): string {
    const id = this.maps.get(kind)?.get(key);
    if (!id) throw new Error(`Demo data refers to unknown ${kind} "${key}"`);
    return id;
  }
}
