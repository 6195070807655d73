// All builtins, registered into the `builtins` namespace on import.
import './types';
import './functions';
import './iterators';
import './edge';
import './twins';
import { schedulerBuiltins } from '../scheduler/builtins';
import { builtins } from './namespace';

for (const name of Object.keys(schedulerBuiltins)) builtins['$' + name] = schedulerBuiltins[name];

export { builtins, gname, unboundLocal, unboundFree, delGlobal, defBuiltin, nameError } from './namespace';
export { isinstance, issubclass, isCallable, exactHash } from './functions';
