// The `network` host module (concurrency.md §5): deferred calls on the platform `fetch`.
// Each call runs at once (so calls issued under gather are in flight together) and parks its
// coroutine until the response settles. Network failure, a non-2xx status or an invalid JSON
// body reject (RuntimeError in Python); the timeout rejects with TimeoutError. If the issuing
// coroutine is cancelled, the request is aborted and its result dropped.
import { registerModule } from '../program/program';

class HostError extends Error {
  constructor(
    message: string,
    readonly pythonType: string,
  ) {
    super(message);
  }
}

/** The Response for `url`, rejecting on network failure, timeout, or a non-2xx status. */
async function get(url: unknown, timeout: unknown, signal: AbortSignal): Promise<Response> {
  const u = String(url);
  const signals = [signal];
  if (typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout)) signals.push(AbortSignal.timeout(timeout * 1000));
  let res: Response;
  try {
    res = await fetch(u, { signal: AbortSignal.any(signals) });
  } catch (e: any) {
    if (e?.name === 'TimeoutError') throw new HostError(`timed out fetching ${u}`, 'TimeoutError');
    const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(e);
    throw new HostError(`fetch failed: ${u} (${cause})`, 'RuntimeError');
  }
  if (!res.ok) throw new HostError(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}: ${u}`, 'RuntimeError');
  return res;
}

/** fetch_text(url, timeout=None) → str */
function fetch_text(url: unknown, timeout: unknown, signal?: AbortSignal): Promise<string> {
  if (signal === undefined) {
    // called with one argument: the signal arrived in the timeout slot
    signal = timeout as AbortSignal;
    timeout = null;
  }
  return get(url, timeout, signal).then((r) => r.text());
}
fetch_text.hostSignal = true;

/** fetch_json(url, timeout=None) → the parsed JSON body (dicts, lists, str, int, float, ...) */
function fetch_json(url: unknown, timeout: unknown, signal?: AbortSignal): Promise<unknown> {
  if (signal === undefined) {
    signal = timeout as AbortSignal;
    timeout = null;
  }
  return get(url, timeout, signal).then(async (r) => {
    const text = await r.text();
    try {
      return JSON.parse(text);
    } catch (e: any) {
      throw new HostError(`invalid JSON from ${String(url)}: ${e?.message ?? e}`, 'ValueError');
    }
  });
}
fetch_json.hostSignal = true;

export const network = { fetch_text, fetch_json };

registerModule('network', () => network);
