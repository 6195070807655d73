// The one module compiled code imports (`import * as $rt from "edgepy/runtime"`): the names of
// docs/runtime-abi.md, re-exported from every part of the runtime. Names must stay unique.
export * from './objects/index';
export * from './objects/numbers/index';
export * from './objects/strings/index';
export * from './builtins/index';
export * from './scheduler/index';
export * from './program/index';
export { budget, budgetOut } from './sandbox/index';
// the shipped host modules: factories compiled code passes to importModule (tree-shakeable)
export { std_json, std_random, std_time, std_math } from './modules/std';
export { runMain } from './main';
// the `…S` calls of suspendable code (ABI §4, §8)
export { call0S, call1S, call2S, call3S, callNS, callKwS } from './objects/calls';
