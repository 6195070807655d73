// The live-coroutine cap (sandbox profile `maxCoroutines`, docs/security.md "Limits").
// The scheduler counts coroutines it has been asked to run (awaited, or started by run/gather/
// with_timeout) and that have not ended; asking for more than the cap raises RuntimeError in
// the coroutine that asked, before any of the new ones starts.
import { pyError } from '../objects/errors';

export function coroutineLimitError(max: number): any {
  return pyError('RuntimeError', `too many live coroutines (maxCoroutines=${max})`);
}
