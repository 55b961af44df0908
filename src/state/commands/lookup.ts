/**
 * Finding records by id without searching: id-to-index maps of a
 * project's collections, kept for frozen arrays as long as they live and,
 * within a batch, for the arrays the batch owns and tells the lookup about.
 * Nearly every command checks ids (the record it is about, the records it
 * names), so a scan per check would make a long batch slow in proportion to
 * the project's size; each array's map is built once instead.
 *
 * @internal
 * @module
 */

type Keyed = Readonly<Record<string, unknown>>;

/**
 * Id-to-index maps of frozen collections. A frozen array never changes, so
 * its map stays right for as long as the array lives.
 */
const frozenIndexes = new WeakMap<readonly unknown[], Map<string, number>>();

function buildIndex(items: readonly unknown[], key: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, position) => {
    const id = (item as Keyed)[key];
    if (typeof id === 'string' && !index.has(id)) index.set(id, position);
  });
  return index;
}

/**
 * Finds records by id. Within a batch the working copy's arrays are not
 * frozen; the batch owns them, tells the lookup what it appends and what it
 * rearranges, and so keeps their maps right too. Any other unfrozen array is
 * searched from the start.
 *
 * @example
 * ```ts
 * new Lookup().indexOf(project.group.members, 'm-01'); // 0, or -1 when absent
 * ```
 */
export class Lookup {
  private readonly ownedIndexes = new WeakMap<readonly unknown[], Map<string, number>>();

  constructor(private readonly owned?: WeakSet<object>) {}

  indexOf(items: readonly unknown[], id: string, key = 'id'): number {
    if (Object.isFrozen(items)) {
      let index = frozenIndexes.get(items);
      if (!index) {
        index = buildIndex(items, key);
        frozenIndexes.set(items, index);
      }
      return index.get(id) ?? -1;
    }
    if (this.owned?.has(items)) {
      let index = this.ownedIndexes.get(items);
      if (!index) {
        index = buildIndex(items, key);
        this.ownedIndexes.set(items, index);
      }
      return index.get(id) ?? -1;
    }
    return items.findIndex((item) => (item as Keyed)[key] === id);
  }

  /** Called by a batch after it appends to an array it owns. */
  appended(items: readonly unknown[], item: unknown): void {
    const index = this.ownedIndexes.get(items);
    if (!index) return;
    // Ids are keyed by `id` everywhere except the glossary, keyed by `term`.
    const id = (item as Keyed).id ?? (item as Keyed).term;
    if (typeof id === 'string' && !index.has(id)) index.set(id, items.length - 1);
  }

  /** Called by a batch after it removes or replaces an item of an array it owns. */
  rearranged(items: readonly unknown[]): void {
    this.ownedIndexes.delete(items);
  }
}
