// The scheduler's public names (runtime/index.ts re-exports them for compiled code).
export { Frame, Suspend, runSync, depth } from './frames';
export { PyCoroutine, coroutineType, mkcoro, isCoroutine } from './coroutine';
export { PyAsyncGenerator, asyncGeneratorType, mkasyncgen, asyncGenNext, ASYNC_DONE } from './asyncgen';
export { run, sleep, sleepRequest, frame, gather, with_timeout, cancel, receive, awaitValue, schedulerBuiltins } from './builtins';
export { clockMonotonic, clockTime, writeStdout, writeStderr, readInputLine } from './io';
export { Scheduler } from './scheduler';
export { RealClock, VirtualClock, type Clock } from './clock';
export { aiter, anext, awithExit, awithEnter, awithExitExc, awithExitNone, acloseLoop, AsyncLoop } from './asyncfor';
export * from '../program/index';
export { network } from '../modules/network';
