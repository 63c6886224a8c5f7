/**
 * A fake Web Storage shared by several fake "tabs", for unit tests of the tools' store: one map of
 * keys, one `KeyValueStorage` and one event source per tab, and, like a browser, a `storage` event
 * in every other tab when one tab writes. A quota (total characters of keys and values) makes
 * writes fail with a `QuotaExceededError`; `refuse` makes every call throw a `SecurityError`, as
 * a browser that blocks storage does.
 */
import type { KeyValueStorage, StorageEventLike, StorageEventSource } from '../../src/lib/browser/store.ts';

type Listener = (event: StorageEventLike) => void;

export interface FakeTab {
  storage: KeyValueStorage;
  events: StorageEventSource;
}

export interface SharedStorage {
  /** The keys and values, as every tab sees them. */
  readonly map: Map<string, string>;
  /** A new tab on this storage. */
  tab(): FakeTab;
  /** Most characters (keys and values) the storage holds; `Infinity` by default. */
  quota: number;
  /** When true, every call throws, as in a browser that blocks storage. */
  refuse: boolean;
  /**
   * When true, other tabs' `storage` events wait for `deliver()`, as in a browser whose tab receives
   * another tab's writes a moment late and then reads them all at once: each event, when it comes,
   * reads the storage as it is by then.
   */
  late: boolean;
  /** Delivers the events held while `late`, in the order of the writes: all, or the first `count`. */
  deliver(count?: number): void;
  /** Writes a value directly, as another program (or a bug) would: no events. */
  poke(key: string, value: string): void;
  dump(): Record<string, string>;
}

export function sharedStorage(initial: Record<string, string> = {}): SharedStorage {
  const map = new Map(Object.entries(initial));
  const tabs: { storage: KeyValueStorage; listeners: Set<Listener> }[] = [];
  const held: (() => void)[] = [];
  const size = () => [...map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);

  const shared: SharedStorage = {
    map,
    quota: Number.POSITIVE_INFINITY,
    refuse: false,
    late: false,
    deliver: (count = held.length) => {
      for (const send of held.splice(0, count)) send();
    },
    poke: (key, value) => void map.set(key, value),
    dump: () => Object.fromEntries(map),
    tab() {
      const listeners = new Set<Listener>();
      const guard = () => {
        if (shared.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      const notifyOthers = (key: string | null, newValue: string | null) => {
        const send = () => {
          for (const other of tabs) if (other.storage !== storage) for (const l of [...other.listeners]) l({ key, newValue, storageArea: other.storage });
        };
        if (shared.late) held.push(send);
        else send();
      };
      const storage: KeyValueStorage = {
        getItem(key) {
          guard();
          return map.get(key) ?? null;
        },
        setItem(key, value) {
          guard();
          const before = map.get(key);
          const grown = size() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
          if (grown > shared.quota) throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
          if (before === value) return;
          map.set(key, value);
          notifyOthers(key, value);
        },
        removeItem(key) {
          guard();
          if (!map.delete(key)) return;
          notifyOthers(key, null);
        },
        key(index) {
          guard();
          return [...map.keys()][index] ?? null;
        },
        get length() {
          guard();
          return map.size;
        },
      };
      const events: StorageEventSource = {
        addEventListener: (_type, listener) => void listeners.add(listener),
        removeEventListener: (_type, listener) => void listeners.delete(listener),
      };
      tabs.push({ storage, listeners });
      return { storage, events };
    },
  };
  return shared;
}
