// Host modules the fixture harness can provide by name (`# modules: network-stub` in a fixture's
// header, docs/fixtures.md). They replace real I/O with deterministic answers so snapshots do
// not depend on the machine's network.

/** A rejection the runtime turns into the named Python exception. */
function hostError(message: string, pythonType: string): Error {
  return Object.assign(new Error(message), { pythonType });
}

/**
 * `network-stub` (docs/fixtures.md), the concurrency oracle's stub `network`: deferred calls that
 * settle on a later macrotask; `fetch_text(url)` resolves to `'ok'` and `fetch_json(url)` to
 * `{'ok': True}`, and a URL containing "nope" rejects with `RuntimeError: fetch failed: URL`.
 */
function networkStub(): Record<string, unknown> {
  const answer = <T>(url: unknown, value: (u: string) => T): Promise<T> => {
    const u = String(url);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (u.includes('nope')) reject(hostError(`fetch failed: ${u}`, 'RuntimeError'));
        else resolve(value(u));
      }, 0);
    });
  };
  return {
    fetch_text: (url: unknown) => answer(url, () => 'ok'),
    fetch_json: (url: unknown) => answer(url, () => ({ ok: true })),
  };
}

const STUBS: Record<string, () => Record<string, Record<string, unknown>>> = {
  'network-stub': () => ({ network: networkStub() }),
};

/** The host modules for a fixture's `# modules:` names; unknown names are an error. */
export function stubModules(names: string[] | undefined): Record<string, Record<string, unknown>> | undefined {
  if (!names?.length) return undefined;
  const out: Record<string, Record<string, unknown>> = {};
  for (const n of names) {
    const make = STUBS[n];
    if (!make) throw new Error(`unknown fixture host module set '${n}' (known: ${Object.keys(STUBS).join(', ')})`);
    Object.assign(out, make());
  }
  return out;
}
