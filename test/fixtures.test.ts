// Fixture snapshot tests: every fixtures/**/NAME.py with a NAME.out runs (virtual clock) and its
// stdout must equal NAME.out exactly; NAME.err, when present, is the expected stderr (traceback)
// and implies exit status 1. Helper modules of multi-module fixtures have no .out and are
// skipped by the finder.
import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findCases, checkCase, jobFor, type SnapshotOutcome } from '../src/testing/snapshots';
import { runBatch } from '../src/testing/batch';
import { distUrl } from './dist';

const root = fileURLToPath(new URL('../fixtures', import.meta.url));
const cases = findCases(root);
const outcomes = new Map<string, SnapshotOutcome>();

beforeAll(async () => {
  const jobs = cases.map(jobFor);
  const results = await runBatch(jobs, { workerUrl: distUrl('worker.js'), runtimeImport: distUrl('runtime.js'), timeoutMs: 20_000 });
  for (const c of cases) outcomes.set(c.file, checkCase(c, results.get(c.file)!));
}, 900_000);

describe('fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c.name, () => {
      const o = outcomes.get(c.file)!;
      expect(o.ok, o.problems.join('\n')).toBe(true);
    });
  }
});
