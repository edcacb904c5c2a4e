// The event list's rows, read from the library a page at a time: the list of
// a scope (a dispute or every one) in a range of years is known by its length
// (from the histogram) and its rows are fetched by index (`timeline_page`) as
// the list scrolls to them. A bounded cache keeps the pages read last; an
// answer for another list (the range or the scope moved on) is dropped.
import type { TimelineEvent, TimelinePage } from './types';
import type { YearRange } from './timeline';

/** Rows per page asked for. */
export const PAGE_SIZE = 100;
/** Pages kept (the least recently used go first). */
export const MAX_PAGES = 24;

/** Which list: whose events (a dispute, or `null` for every one) in which years. */
export interface ListKey {
  dispute: string | null;
  range: YearRange;
}

/** Reads `limit` rows of the list from `offset` (date order). */
export type PageReader = (key: ListKey, offset: number, limit: number) => Promise<TimelinePage>;

function sameKey(a: ListKey, b: ListKey): boolean {
  return a.dispute === b.dispute && a.range[0] === b.range[0] && a.range[1] === b.range[1];
}

/** The rows of one list at a time, by index in date order. */
export class EventPages {
  private key_: ListKey | null = null;
  private total_ = 0;
  /** Pages by number, in least recently used order (a Map keeps insertion order). */
  private pages = new Map<number, readonly TimelineEvent[]>();
  private asked = new Set<number>();
  private failed = new Set<number>();
  /** Bumped on each new list or `forget`, so late answers are dropped. */
  private generation = 0;

  /**
   * @param read Reads a page.
   * @param onPage Told when a page of the current list arrived (the rows can be drawn).
   */
  constructor(
    private read: PageReader,
    private onPage: () => void,
  ) {}

  /** The list shown: its key and its length. A new key forgets the rows of the old one. */
  show(key: ListKey | null, total: number): void {
    const same = key && this.key_ && sameKey(key, this.key_) && total === this.total_;
    if (same) return;
    this.key_ = key;
    this.total_ = key ? total : 0;
    this.reset();
  }

  /** Forgets every row (the library changed); they are read again when wanted. */
  forget(): void {
    this.reset();
  }

  private reset() {
    this.generation++;
    this.pages.clear();
    this.asked.clear();
    this.failed.clear();
  }

  get key(): ListKey | null {
    return this.key_;
  }

  /** How many events the list holds. */
  get total(): number {
    return this.total_;
  }

  /** The event at `index` (date order), if its page is in. */
  at(index: number): TimelineEvent | undefined {
    const n = Math.floor(index / PAGE_SIZE);
    const page = this.pages.get(n);
    if (!page) return undefined;
    // Touch: most recently used last.
    this.pages.delete(n);
    this.pages.set(n, page);
    return page[index - n * PAGE_SIZE];
  }

  /** Whether the row at `index` could not be read. */
  failedAt(index: number): boolean {
    return this.failed.has(Math.floor(index / PAGE_SIZE));
  }

  /** Reads the pages holding rows `first..last` (date order, `last` excluded) that are not in or asked for. */
  want(first: number, last: number): void {
    const key = this.key_;
    if (!key || last <= first) return;
    const lo = Math.max(0, Math.floor(first / PAGE_SIZE));
    const hi = Math.min(Math.ceil(this.total_ / PAGE_SIZE), Math.ceil(last / PAGE_SIZE));
    for (let n = lo; n < hi; n++) {
      if (this.pages.has(n) || this.asked.has(n) || this.failed.has(n)) continue;
      this.asked.add(n);
      const generation = this.generation;
      this.read(key, n * PAGE_SIZE, PAGE_SIZE).then(
        (page) => {
          if (generation !== this.generation) return;
          this.asked.delete(n);
          // The library changed since the length was counted: the list's own count wins.
          this.total_ = page.total;
          this.pages.set(n, page.events);
          while (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
          this.onPage();
        },
        () => {
          if (generation !== this.generation) return;
          this.asked.delete(n);
          this.failed.add(n);
          this.onPage();
        },
      );
    }
  }

  /** How many pages are held (for tests). */
  get cached(): number {
    return this.pages.size;
  }
}
