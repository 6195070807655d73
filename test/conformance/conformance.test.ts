// The conformance corpus with a ratchet: every case listed in test/conformance.baseline.json
// must keep passing. `npm run conformance` reruns the corpus and raises the baseline.
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { runCorpus } from './corpus';
import { distUrl } from '../dist';

const baselineFile = new URL('../conformance.baseline.json', import.meta.url);

describe('conformance corpus', () => {
  it('keeps every baseline case passing', async () => {
    const report = await runCorpus({ workerUrl: distUrl('worker.js'), runtimeImport: distUrl('runtime.js') });
    const total = Object.values(report.byClass).reduce((n, c) => n + c.total, 0);
    const lines = [`conformance: ${report.passing.length}/${total} passed (${report.skipped} timeout-class cases skipped)`];
    for (const [cls, c] of Object.entries(report.byClass)) lines.push(`  ${cls.padEnd(13)} ${c.passed}/${c.total} (${((100 * c.passed) / c.total).toFixed(1)}%)`);
    console.log(lines.join('\n'));

    const baseline: number[] = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')).passing : [];
    const lost = baseline.filter((i) => report.failures.has(i));
    if (process.env.UPDATE_BASELINE) {
      writeFileSync(baselineFile, JSON.stringify({ count: report.passing.length, passing: report.passing }) + '\n');
      console.log(`baseline written: ${report.passing.length} cases`);
    } else if (report.passing.length > baseline.length) {
      console.log(`${report.passing.length - baseline.length} more cases pass than the baseline records; run \`npm run conformance\` to raise it`);
    }
    const detail = lost.slice(0, 20).map((i) => `case ${i}: ${report.failures.get(i)}`).join('\n');
    expect(lost, `baseline cases that no longer pass:\n${detail}`).toEqual([]);
  }, 900_000);
});
