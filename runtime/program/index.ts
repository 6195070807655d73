// Programs, sessions and modules (runtime ABI §6, interfaces.md).
export { Program, defineModule, importModule, importHost, registerModule, builtinModules, type ModuleDef } from './program';
export { Session, type Status, type RunOptions } from './session';
export { PythonError, DriverError } from './python-error';
export { PyModule, moduleType } from './module';
export { hostModule, hostCall, wrapHostFunction, pythonToHost } from './host';
export type { ExecResult } from './driver';
export { importFrom, importStar } from './imports';
export { exportFunction, callExport } from './exports';
