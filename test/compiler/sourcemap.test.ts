// The source map: decode it and check that every mapped position of the emitted JS points at
// the `.py` line of the node it came from, and that the map embeds the Python source.
import { describe, it, expect } from 'vitest';
import { SourceMapConsumer } from 'source-map';
import { compileOk } from './helpers';

const SRC = `def area(w, h):
    total = w * h
    return total

class Box:
    def __init__(self, w):
        self.w = w

    def grow(self, k):
        self.w += k
        return area(self.w, k)

b = Box(2)
for i in range(3):
    print(b.grow(i))
`;

describe('source maps', () => {
  it('names the .py file, embeds its source, and maps statements and calls to their lines', async () => {
    const r = compileOk(SRC, { filename: 'shapes.py' });
    const map = r.map as any;
    expect(map.sources).toEqual(['shapes.py']);
    expect(map.sourcesContent).toEqual([SRC]);
    const consumer = await new SourceMapConsumer(map);
    const jsLines = r.code.split('\n');
    const pyLines = SRC.split('\n');
    let checked = 0;
    consumer.eachMapping((m) => {
      if (m.source !== 'shapes.py' || m.originalLine == null) return;
      const js = jsLines[m.generatedLine - 1].slice(m.generatedColumn);
      // a `$ln = N` update must name the Python line it maps to
      const ln = /^\$ln = (\d+)/.exec(js);
      if (ln) {
        expect(Number(ln[1])).toBe(m.originalLine);
        checked++;
      }
      // a call of a Python-level name maps to a line that contains that name
      const call = /^\$rt\.call\d\((\$b_)?([a-z]+)/.exec(js);
      if (call && !call[1]) {
        expect(pyLines[m.originalLine - 1]).toContain(call[2]);
        checked++;
      }
      expect(m.originalLine).toBeGreaterThanOrEqual(1);
      expect(m.originalLine).toBeLessThanOrEqual(pyLines.length);
    });
    expect(checked).toBeGreaterThan(8);
    // specific statements land on their lines
    const pos = (needle: string) => {
      const line = jsLines.findIndex((l) => l.includes(needle));
      expect(line).toBeGreaterThanOrEqual(0);
      return consumer.originalPositionFor({ line: line + 1, column: jsLines[line].indexOf(needle) });
    };
    expect(pos('$rt.mul(w, h)').line).toBe(2);
    expect(pos('return area$f(').line).toBe(11);
    expect(pos('$g.$b =').line).toBe(13);
    consumer.destroy();
  });

  it('can be turned off', () => {
    expect(compileOk('x = 1\n', { sourceMap: false }).map).toBeNull();
  });
});
