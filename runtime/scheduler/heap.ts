// The timer queue: a binary min-heap ordered by (deadline, creation sequence), so equal
// deadlines fire in creation order (concurrency.md §3). Cancelled timers are marked dead and
// skipped when they reach the top (lazy deletion keeps cancel O(1)).

export interface TimerEntry {
  /** deadline in the clock's units (virtual: ns; real: ms on the performance.now() line). */
  at: number;
  seq: number;
  dead: boolean;
}

const before = (a: TimerEntry, b: TimerEntry): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export class TimerHeap<T extends TimerEntry> {
  private items: T[] = [];
  /** timers not yet fired or cancelled */
  live = 0;

  push(t: T): void {
    const h = this.items;
    let i = h.length;
    h.push(t);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(t, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = t;
    this.live++;
  }

  /** Marks a pending timer cancelled. */
  kill(t: T): void {
    if (!t.dead) {
      t.dead = true;
      this.live--;
    }
  }

  /** The earliest live timer, or undefined. */
  peek(): T | undefined {
    const h = this.items;
    while (h.length > 0 && h[0].dead) this.popTop();
    return h[0];
  }

  /** Removes and returns the earliest live timer (marking it dead: it has fired). */
  pop(): T | undefined {
    const t = this.peek();
    if (t === undefined) return undefined;
    this.popTop();
    t.dead = true;
    this.live--;
    return t;
  }

  private popTop(): void {
    const h = this.items;
    const last = h.pop()!;
    if (h.length === 0) return;
    const n = h.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && before(h[r], h[l]) ? r : l;
      if (!before(h[m], last)) break;
      h[i] = h[m];
      i = m;
    }
    h[i] = last;
  }
}
