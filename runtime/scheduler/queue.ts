// A FIFO of objects backed by a growable ring buffer: O(1) push and shift without the
// O(n) `Array.prototype.shift` or unbounded growth of a head-index array.
export class Fifo<T> {
  private buf: (T | undefined)[] = new Array(16);
  private head = 0;
  length = 0;

  push(x: T): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = x;
    this.length++;
  }

  shift(): T | undefined {
    if (this.length === 0) return undefined;
    const x = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return x;
  }

  /** Removes the first occurrence of `x` (O(n); used only when a waiter is cancelled). */
  remove(x: T): boolean {
    const mask = this.buf.length - 1;
    for (let i = 0; i < this.length; i++) {
      if (this.buf[(this.head + i) & mask] === x) {
        for (let j = i; j < this.length - 1; j++) {
          this.buf[(this.head + j) & mask] = this.buf[(this.head + j + 1) & mask];
        }
        this.buf[(this.head + this.length - 1) & mask] = undefined;
        this.length--;
        return true;
      }
    }
    return false;
  }

  /** Takes every element out, oldest first. */
  drain(): T[] {
    const out: T[] = [];
    while (this.length > 0) out.push(this.shift()!);
    return out;
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const buf = new Array<T | undefined>(n * 2);
    for (let i = 0; i < this.length; i++) buf[i] = old[(this.head + i) & (n - 1)];
    this.buf = buf;
    this.head = 0;
  }
}
