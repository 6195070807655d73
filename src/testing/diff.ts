// A small line diff for snapshot failures: the longest common subsequence of lines, printed
// with '-' for expected and '+' for actual, and a few lines of context.
export function unifiedDiff(expected: string, actual: string, context = 2): string {
  const a = lines(expected);
  const b = lines(actual);
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return `--- expected (${n} lines)\n+++ actual (${m} lines)\n(too large to diff)`;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { t: ' ' | '-' | '+'; s: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ t: ' ', s: a[i++] }), j++;
    // within a change, expected lines ('-') come before actual ones ('+'), as in `diff -u`
    else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ t: '-', s: a[i++] });
    else ops.push({ t: '+', s: b[j++] });
  }
  const keep = ops.map((op, k) => op.t !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.t !== ' '));
  const out: string[] = ['--- expected', '+++ actual'];
  let skipped = false;
  ops.forEach((op, k) => {
    if (keep[k]) {
      out.push(`${op.t} ${op.s}`);
      skipped = false;
    } else if (!skipped) {
      out.push('  ...');
      skipped = true;
    }
  });
  return out.join('\n');
}

/** The lines of a text; a last line with no newline is marked, so that it differs from one with. */
function lines(text: string): string[] {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  else ls[ls.length - 1] += ' \\ (no newline at end)';
  return ls;
}
