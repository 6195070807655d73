// The embedder's session (interfaces.md, concurrency.md §6): the scheduler of one program run,
// driven step by step (`start`, `resume`, `pushEvent`, `frame`) like Edge's run_start /
// run_resume / run_push_event loop.
import { None } from '../objects/core';
import { Scheduler } from '../scheduler/scheduler';
import { RealClock, VirtualClock, type Clock } from '../scheduler/clock';
import { PyCoroutine, QUEUED, DONE, ERRORED } from '../scheduler/coroutine';
import { defaultStdout, defaultStderr, readStdinLine } from '../scheduler/io';
import { PythonError } from './python-error';
import { PyModule } from './module';
import type { ModuleDef } from './program';
import { SandboxState, checkLimits, enterSandbox, leaveSandbox, type Limits } from '../sandbox/index';

export type Status =
  | 'running' | 'pending-timer' | 'pending-frame' | 'pending-event' | 'pending-host' | 'done' | 'error';

export interface RunOptions {
  /** program output, exactly as Python writes it (newlines included); default process.stdout */
  print?: (text: string) => void;
  /** program stderr (warnings, tracebacks written by Python code); default process.stderr */
  stderr?: (text: string) => void;
  clock?: 'real' | 'virtual';
  /** host modules by import name: plain objects of JS functions (concurrency.md §5) */
  modules?: Record<string, Record<string, any>>;
  /** lines for input(); default: the process's stdin */
  input?: string[];
  /** messages queued for receive() before start */
  events?: string[];
  /** messages the auto driver pushes one per `pending-event` stop (the corpus's interactive events) */
  interactiveEvents?: string[];
  /** a timer frame source where there is no render host (frames per second) */
  frameRate?: number;
  /** the sandbox profile (runtime/sandbox, docs/security.md); off by default */
  limits?: Limits;
  /** called when a host call settles, so a manual driver knows to resume() */
  onWake?: () => void;
}

/**
 * The state a series of library sessions shares (calls to a module's named exports, see
 * ./exports): the module objects, loaded once, and the root body of this session.
 */
export interface LibraryState {
  modules: Map<ModuleDef, PyModule>;
  byName: Map<string, PyModule>;
  hostModules: Map<string, PyModule>;
  main: PyModule;
  body: (main: PyModule) => Generator<any, any, any>;
}

export class Session {
  status: Status = 'running';
  /** when done: the entry module's object (its globals are `$name` properties) */
  result: any = undefined;
  /** when error: the uncaught exception as a PythonError */
  error: PythonError | null = null;
  onWake: (() => void) | null;
  readonly scheduler: Scheduler;
  readonly options: RunOptions;
  readonly limits: RunOptions['limits'];
  /** the sandbox profile and what is left of its operation budget */
  private readonly sandbox: SandboxState;
  /** module objects of this run, by definition (each body runs once per session) */
  readonly modules: Map<ModuleDef, PyModule> = new Map();
  /** compiled module objects of this run by `__name__` (submodule lookup, `import_module`) */
  readonly byName: Map<string, PyModule> = new Map();
  /** host modules of this run, by name */
  readonly hostModules: Map<string, PyModule> = new Map();
  /** every compiled module whose body started, failed imports included (traceback sources) */
  readonly started = new Set<ModuleDef>();
  readonly main: PyModule;
  private readonly inputLines: string[] | null;
  private openSources = 0;
  /** the auto driver's wake-up (host settlement or event push) */
  private waker: (() => void) | null = null;
  /** set when the auto driver has let go of this session (it ended quietly or failed) */
  detached = false;
  /** rejecters of exported-function calls running in this session (see spawnCall) */
  private readonly calls = new Set<(e: Error) => void>();

  constructor(entry: ModuleDef, options: RunOptions = {}, library?: LibraryState) {
    this.options = options;
    this.limits = checkLimits(options.limits);
    this.sandbox = new SandboxState(this.limits);
    this.onWake = options.onWake ?? null;
    this.inputLines = options.input ? options.input.slice() : null;
    const clock: Clock = options.clock === 'virtual' ? new VirtualClock() : new RealClock();
    const s = new Scheduler(clock);
    s.session = this;
    s.onSettle = () => this.wake();
    s.maxLive = this.sandbox.maxCoroutines;
    this.scheduler = s;
    for (const e of options.events ?? []) s.events.push(String(e));
    let body: Generator<any, any, any>;
    if (library !== undefined) {
      // a call into an imported module (named exports): its module objects outlive the session
      this.modules = library.modules;
      this.byName = library.byName;
      this.hostModules = library.hostModules;
      this.main = library.main;
      body = library.body(this.main);
    } else {
      this.main = new PyModule('__main__', entry.file, entry);
      this.modules.set(entry, this.main);
      this.byName.set('__main__', this.main);
      body = entry.body(this.main);
    }
    const root = new PyCoroutine(body, null);
    root.d = 1;
    root.st = QUEUED;
    s.root = root;
    s.enqueue(root, 0, undefined);
  }

  /** Runs the module body to its first stop (Edge's run_start). */
  begin(): this {
    this.status = 'pending-event';
    this.resume();
    return this;
  }

  /** The earliest timer's deadline in ms (real: performance.now() timeline; virtual: since start). */
  get deadline(): number | null {
    const at = this.scheduler.nextDeadline();
    return at === null ? null : this.scheduler.clock.toMs(at);
  }

  /**
   * Delivers settled host results, moves due timers, makes the virtual clock's jump when
   * nothing can run, and runs turns until the ready queue is empty (Edge's run_resume).
   */
  resume(): void {
    if (this.status === 'running') throw new Error('Session.resume() called while the session is running');
    if (this.status === 'done' || this.status === 'error') return;
    const s = this.scheduler;
    this.status = 'running';
    const saved = enterSandbox(this.sandbox);
    try {
      s.deliverSettled();
      if (s.clock instanceof VirtualClock && s.ready.length === 0 && s.inflight === 0) {
        const at = s.nextDeadline();
        if (at !== null) s.clock.advanceTo(at);
      }
      s.runTurns();
    } catch (e) {
      // the scheduler itself failed: report it as an error rather than leave 'running'
      this.status = 'error';
      this.error = new PythonError(e);
      return;
    } finally {
      leaveSandbox(saved);
    }
    this.status = this.stopStatus();
    if ((this.status === 'done' || this.status === 'error') && this.calls.size > 0) this.abandonCalls();
  }

  /** True while calls through named exports join this session (interfaces.md) rather than a library. */
  get accepting(): boolean {
    return !this.detached && this.status !== 'done' && this.status !== 'error';
  }

  /**
   * Runs `body` as a new coroutine on this session's scheduler, beside the program's own
   * coroutines and over the same module objects: a call through a named export while the
   * program runs (interfaces.md: "it runs on the same scheduler"). Settles when the coroutine
   * ends. The driver is woken (`onWake` for a manual driver, which must then `resume()`).
   */
  spawnCall(body: (main: PyModule) => Generator<any, any, any>): Promise<any> {
    return new Promise((resolve, reject) => {
      const calls = this.calls;
      const session = this;
      calls.add(reject);
      const wrapper = (function* () {
        try {
          resolve(yield* body(session.main));
        } catch (e) {
          reject(new PythonError(e, session.sources()));
        } finally {
          calls.delete(reject);
        }
      })();
      const co = new PyCoroutine(wrapper, null);
      co.d = 1;
      co.st = QUEUED;
      const s = this.scheduler;
      s.live++; // counted like a coroutine started by gather (the sandbox's maxCoroutines)
      s.enqueue(co, 0, undefined);
      this.wake();
    });
  }

  /** The program ended while exported calls were still running: they can never finish. */
  private abandonCalls(): void {
    const pending = [...this.calls];
    this.calls.clear();
    for (const reject of pending) reject(new Error('edgepy: the program ended before an exported function call into it finished'));
  }

  private stopStatus(): Status {
    const s = this.scheduler;
    const root = s.root!;
    if (s.ended) {
      if (root.st === ERRORED) {
        this.error = new PythonError(root.exc, this.sources());
        return 'error';
      }
      this.result = this.main;
      return 'done';
    }
    if (s.frameWaiters.length > 0) return 'pending-frame';
    const timers = s.timers.live > 0;
    const hosts = s.inflight > 0;
    if (s.clock.kind === 'virtual') {
      if (hosts) return 'pending-host';
      if (timers) return 'pending-timer';
    } else {
      if (timers) return 'pending-timer';
      if (hosts) return 'pending-host';
    }
    return 'pending-event';
  }

  /** Queues a message for receive() (Edge's run_push_event). Runs no Python code. */
  pushEvent(msg: unknown): void {
    // Messages are Python strs: numbers and booleans are converted as String() does; anything
    // else is an embedder bug, reported at once rather than delivered as "[object Object]".
    const t = typeof msg;
    if (t !== 'string' && t !== 'number' && t !== 'boolean' && t !== 'bigint') {
      throw new TypeError(`Session.pushEvent(msg): msg must be a string (or a number or boolean), got ${msg === null ? 'null' : t}`);
    }
    this.scheduler.pushEvent(String(msg));
    this.wake();
  }

  /** Signals one render frame: frame() waiters are queued. Runs no Python code. */
  frame(): void {
    this.scheduler.frameTick();
  }

  /**
   * Holds an event source open: while one is open, the auto driver waits at `pending-event`
   * for a push instead of ending. For host modules that deliver events over time.
   */
  openEventSource(): { push(msg: unknown): void; close(): void } {
    this.openSources++;
    let open = true;
    return {
      push: (msg) => this.pushEvent(msg),
      close: () => {
        if (open) {
          open = false;
          this.openSources--;
          this.wake();
        }
      },
    };
  }

  get hasOpenEventSource(): boolean {
    return this.openSources > 0;
  }

  /** Resolves at the next wake-up (host settlement, event push, source closed). */
  waitForWake(): Promise<void> {
    return new Promise((resolve) => {
      this.waker = resolve;
    });
  }

  private wake(): void {
    const w = this.waker;
    this.waker = null;
    if (w !== null) w();
    if (this.onWake !== null) this.onWake();
  }

  /** file → source text of the compiled modules of this run (traceback source lines) */
  sources(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const def of this.modules.keys()) if (def.source !== undefined) out[def.file] = def.source;
    for (const def of this.started) if (def.source !== undefined) out[def.file] = def.source;
    return out;
  }

  writeStdout(text: string): void {
    (this.options.print ?? defaultStdout)(text);
  }

  writeStderr(text: string): void {
    (this.options.stderr ?? defaultStderr)(text);
  }

  readLine(): string | null {
    if (this.inputLines !== null) return this.inputLines.length ? this.inputLines.shift()! : null;
    return readStdinLine();
  }
}

export { DONE, None };
