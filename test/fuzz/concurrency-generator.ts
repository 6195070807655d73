// A generator of random *concurrency* programs for differential testing against the spec's
// executable model (shared/tools/edge_oracle.py, test/fuzz/concurrency-differential.test.ts).
//
// A program is a few workers `w0 .. wN` (async def, or plain def that suspends); worker i only
// calls workers j > i, so every program terminates. Their bodies mix the Edge primitives —
// sleep (also through plain-def call chains and generators), await, gather, run, with_timeout,
// cancel (of running, sleeping and never-driven coroutines), errors in gathered children,
// `finally` and `with` cleanup on cancellation — and print what happens with the virtual time.
// The oracle's known limits (except*, exception context during cancellation cleanup,
// recursion depth, unfinished async generators) are never generated.

import { Picker } from './picker';

const PRELUDE = `import time

def now():
    return round(time.monotonic(), 4)

def pause(d):
    sleep(d)

def deep(n, d):
    if n == 0:
        sleep(d)
        return 0
    return deep(n - 1, d) + 1

def ticks(n, d):
    for i in range(n):
        sleep(d)
        yield i

class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print(self.tag, "enter", now())
        return self
    def __exit__(self, et, ev, tb):
        print(self.tag, "exit", et.__name__ if et else None, now())
        return False

def slowkey(x):
    sleep(0.001 * x)
    return -x

class Slow:
    def __init__(self, n):
        self.n = n
    @property
    def value(self):
        sleep(0.002)
        return self.n
    def __add__(self, other):
        sleep(0)
        return Slow(self.n + other)
    def __repr__(self):
        sleep(0.001)
        return f"Slow({self.n})"

class Sus:
    """Every dunder sleeps first: operators, containers, iteration, conversions, with."""
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        sleep(0.001)
        return isinstance(other, Sus) and self.n == other.n
    def __hash__(self):
        sleep(0.001)
        return self.n
    def __lt__(self, other):
        sleep(0)
        return self.n < other.n
    def __len__(self):
        sleep(0.001)
        return self.n
    def __getitem__(self, i):
        sleep(0)
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __contains__(self, x):
        sleep(0.002)
        return x < self.n
    def __iter__(self):
        sleep(0)
        return SusIter(self.n)
    def __str__(self):
        sleep(0.001)
        return f"<{self.n}>"
    def __repr__(self):
        sleep(0)
        return f"Sus({self.n})"
    def __format__(self, spec):
        sleep(0.001)
        return format(self.n, spec)
    def __enter__(self):
        sleep(0.001)
        print("sus enter", self.n, now())
        return self
    def __exit__(self, *exc):
        sleep(0.001)
        print("sus exit", self.n, now())
        return False

class SusIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __next__(self):
        sleep(0.001)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

class SusChild(Sus):
    def __init__(self, n):
        sleep(0)
        super().__init__(n + 1)
    def __str__(self):
        return "child" + super().__str__()

def slow_deco(f):
    def wrapper(*args):
        sleep(0.001)
        return f(*args)
    return wrapper

@slow_deco
def decorated(x):
    sleep(0.001)
    return x * 2

async def agen(n, d):
    for i in range(n):
        sleep(d)
        yield i

async def killer(c, d, tag):
    sleep(d)
    cancel(c)
    print(tag, "cancel", now())
`;

class Gen extends Picker {
  private workers = 0;
  private out: string[] = [];


  private delay(): string {
    return this.pick(['0', '0', '0.001', '0.01', '0.02', '0.05', '0.1', 'd']);
  }

  /** A call of a worker after `i`, or null when `i` is the last. */
  private child(i: number, tag: string): string | null {
    if (i + 1 >= this.workers) return null;
    const j = i + 1 + this.int(this.workers - i - 1);
    return `w${j}(${tag}, ${this.delay()})`;
  }

  /** One step of worker `i`'s body, as lines (without indentation). */
  private step(i: number, s: number, isAsync: boolean): string[] {
    const t = (suffix: string) => `tag + ".${s}${suffix}"`;
    const kinds = ['sleep', 'pause', 'deep', 'ticks', 'loop', 'with', 'raise', 'await', 'gather', 'gather', 'run', 'timeout', 'timeout', 'race', 'precancel', 'receive', 'agen', 'dunders', 'raise', 'paths', 'paths'];
    const k = this.pick(kinds);
    const c1 = this.child(i, t('a'));
    const c2 = this.child(i, t('b'));
    switch (k) {
      case 'sleep':
        return [`sleep(${this.delay()})`, `print(tag, "slept", now())`];
      case 'pause':
        return [`pause(${this.delay()})`, `print(tag, "paused", now())`];
      case 'deep':
        return [`print(tag, "deep", deep(${this.int(6)}, ${this.delay()}), now())`];
      case 'ticks':
        return [`for x in ticks(${1 + this.int(3)}, ${this.delay()}):`, `    print(tag, "tick", x, now())`];
      case 'loop':
        return [`for k in range(${1 + this.int(3)}):`, `    print(tag, "loop", k)`, `    sleep(0)`];
      case 'with':
        return [`with CM(${t('')}):`, `    sleep(${this.delay()})`, `    print(tag, "in with", now())`];
      case 'raise':
        // a KeyError is caught by no worker: it reaches the module body (or is the uncaught error)
        return [`if d > ${this.pick(['0', '0.01', '0.05'])}:`, `    raise ${this.chance(0.8) ? 'ValueError' : 'KeyError'}(tag)`];
      case 'dunders':
        // suspension inside a builtin's callback, a property getter, an operator and repr
        return [`print(tag, "sorted", sorted([3, 1, 2], key=slowkey), Slow(${this.int(4)}).value, Slow(1) + ${this.int(9)}, now())`];
      case 'await':
        if (!c1) return [`sleep(0)`];
        // a plain def cannot await: it drives the child with run()
        return [
          'try:',
          `    print(tag, "got", ${isAsync ? 'await ' : 'run('}${c1}${isAsync ? '' : ')'}, now())`,
          'except ValueError as e:',
          `    print(tag, "child failed", e, now())`,
        ];
      case 'gather':
      case 'run': {
        if (!c1) return [`sleep(${this.delay()})`];
        const args = [c1, ...(c2 && this.chance(0.7) ? [c2] : []), ...(this.chance(0.2) ? [this.child(i, t('c'))!] : [])];
        return [
          'try:',
          `    print(tag, "${k}", ${k}(${args.join(', ')}), now())`,
          'except ValueError as e:',
          `    print(tag, "${k} failed", e, now())`,
        ];
      }
      case 'timeout':
        if (!c1) return [`sleep(${this.delay()})`];
        return [
          'try:',
          `    print(tag, "in time", with_timeout(${this.pick(['0', '0.005', '0.01', '0.03', '0.06', '0.2', '1'])}, ${c1}), now())`,
          'except (TimeoutError, ValueError) as e:',
          `    print(tag, "timeout" if isinstance(e, TimeoutError) else "failed", now())`,
        ];
      case 'race':
        if (!c1) return [`sleep(0)`];
        return [
          `c = ${c1}`,
          'try:',
          `    print(tag, "race", gather(c, killer(c, ${this.delay()}, tag)), now())`,
          'except ValueError as e:',
          `    print(tag, "race failed", e, now())`,
        ];
      case 'paths': {
        // one of the suspension paths a Python programmer can write (issue 4)
        const n = 1 + this.int(3);
        const e = this.pick([
          `{Sus(${n}): 1, Sus(2): 2}`,
          `Sus(${n}) == Sus(2)`,
          `sorted([Sus(3), Sus(1), Sus(${n})])[0].n`,
          `len(Sus(${n}))`,
          `list(Sus(${n}))`,
          `[x for x in Sus(${n})]`,
          `1 in Sus(${n})`,
          `Sus(${n})[1] if ${n} > 1 else None`,
          `str(Sus(${n}))`,
          `f"{Sus(${n}):>4}|{Sus(1)}"`,
          `max([${n}, 2, 0], key=lambda v: decorated(v) - v * 3)`,
          `list(map(decorated, range(${n})))`,
          `list(filter(lambda v: decorated(v) > 2, range(${n} + 2)))`,
          `str(SusChild(${n}))`,
          `set([Sus(1), Sus(${n}), Sus(1)]).__len__()`,
          `dict.fromkeys([Sus(${n}), Sus(1)]).__len__()`,
          `min(Sus(${n}), Sus(2)).n`,
          `sum(SusIter(${n}))`,
          `any(x > 1 for x in SusIter(${n}))`,
          `(lambda q: decorated(q) + 1)(${n})`,
        ]);
        if (this.chance(0.2)) return [`with Sus(${n}) as cm:`, `    print(tag, "with", cm.n, now())`];
        return [`print(tag, "path", ${e}, now())`];
      }
      case 'receive':
        return [`print(tag, "event", receive(), now())`];
      case 'agen':
        // async for needs an async def; a plain def walks the sync generator
        return isAsync
          ? [`async for x in agen(${1 + this.int(3)}, ${this.delay()}):`, `    print(tag, "agen", x, now())`]
          : [`for x in ticks(${1 + this.int(3)}, ${this.delay()}):`, `    print(tag, "tick", x, now())`];
      case 'precancel':
        if (!c1) return [`sleep(0)`];
        return [`c = ${c1}`, 'cancel(c)', `print(tag, "precancelled", run(c), now())`];
    }
    return ['pass'];
  }

  private worker(i: number): void {
    const isAsync = this.chance(0.75);
    this.out.push(`${isAsync ? 'async ' : ''}def w${i}(tag, d):`);
    this.out.push(`    print(tag, "w${i} start", now())`);
    const body: string[] = [];
    const n = 1 + this.int(3);
    for (let s = 0; s < n; s++) body.push(...this.step(i, s, isAsync));
    if (this.chance(0.4)) {
      this.out.push('    try:');
      for (const l of body) this.out.push('        ' + l);
      this.out.push('    finally:');
      this.out.push(`        print(tag, "w${i} cleanup", now())`);
    } else {
      for (const l of body) this.out.push('    ' + l);
    }
    this.out.push(`    print(tag, "w${i} end", now())`);
    this.out.push(`    return tag + "!"`);
    this.out.push('');
  }

  program(): ConcurrencyProgram {
    this.workers = 2 + this.int(3);
    this.out.push(PRELUDE);
    // workers after i are called by i: define them all before the module body runs
    for (let i = 0; i < this.workers; i++) this.worker(i);
    // the module body: itself a coroutine
    if (this.chance(0.3)) this.out.push(`pause(${this.delay().replace('d', '0.01')})`, 'print("module slept", now())');
    const firsts = [`w0("m", ${this.delay().replace('d', '0.02')})`];
    if (this.chance(0.5)) firsts.push(`w${this.int(this.workers)}("n", ${this.delay().replace('d', '0')})`);
    const driver = this.pick(['run', 'gather']);
    this.out.push('try:');
    this.out.push(`    print("main", ${driver}(${firsts.join(', ')}), now())`);
    this.out.push('except (ValueError, TimeoutError) as e:');
    this.out.push('    print("main failed", type(e).__name__, e, now())');
    this.out.push('print("end", now())');
    // receive() gets messages queued before start and, at pending-event stops, pushed ones
    const events = Array.from({ length: this.int(3) }, (_, k) => `pre${k}`);
    const interactiveEvents = Array.from({ length: this.int(3) }, (_, k) => `push${k}`);
    return { source: this.out.join('\n') + '\n', events, interactiveEvents };
  }
}

export interface ConcurrencyProgram {
  source: string;
  /** messages for receive() queued before start (the oracle's --event) */
  events: string[];
  /** messages pushed one per pending-event stop (the oracle's --interactive-event) */
  interactiveEvents: string[];
}

export function generateConcurrencyProgram(seed: number): ConcurrencyProgram {
  return new Gen(seed).program();
}
