// A generator of small *valid* Python programs for differential testing against CPython:
// ints, floats, strings, lists, dicts, control flow, functions, classes, try/except. Values
// stay small (repeat counts and exponents are small literals, loops are short) so every
// program ends quickly on both sides; errors (ZeroDivisionError, IndexError, KeyError,
// ValueError, TypeError) are allowed and compared too.

import { Picker } from './picker';

type Ty = 'int' | 'float' | 'str' | 'list' | 'dict' | 'bool';

class Gen extends Picker {
  private lines: string[] = [];
  private vars: Record<Ty, string[]> = { int: [], float: [], str: [], list: [], dict: [], bool: [] };
  private n = 0;
  private fns: string[] = [];
  private hasClass = false;


  private intLit(): string {
    return this.pick(['0', '1', '2', '3', '7', '10', '-1', '-5', '42', '100', '255', '1000003', '(2**40)', '(10**20)', '-(3**30)', '0b101', '0x1f']);
  }
  private floatLit(): string {
    return this.pick(['0.5', '1.5', '-2.25', '3.0', '0.1', '1e-3', '2.5e10', '1e22', '-0.0', '7.125', '1/3']);
  }
  private strLit(): string {
    return this.pick(['""', '"a"', '"hello"', '"Hello World"', '"  pad  "', '"a,b,,c"', '"\\u00e9t\\u00e9"', "'x\\ny'", '"123"', '"-7"', '("ab" * 3)', '"tab\\there"', '"\\U0001F600!"']);
  }

  private v(t: Ty): string | null {
    const vs = this.vars[t];
    return vs.length ? this.pick(vs) : null;
  }

  /** A name or a number: safe inside an f-string replacement field. */
  private plain(t: Ty): string {
    const v = this.v(t);
    if (v) return v;
    return t === 'float' ? this.pick(['0.5', '2.25', '1e-3']) : this.pick(['0', '7', '-12', '1000003']);
  }

  /** An expression of type `t` with at most `d` levels of nesting. */
  expr(t: Ty, d: number): string {
    const leaf = d <= 0 || this.chance(0.3);
    const v = this.v(t);
    if (leaf) {
      if (v && this.chance(0.6)) return v;
      switch (t) {
        case 'int': return this.intLit();
        case 'float': return this.floatLit();
        case 'str': return this.strLit();
        case 'bool': return this.pick(['True', 'False']);
        case 'list': return this.pick(['[]', '[1, 2, 3]', '["b", "a", "c"]', '[3, 1, 2, 1]', '[0.5, -1, 2]', 'list(range(5))']);
        case 'dict': return this.pick(['{}', '{"a": 1, "b": 2}', '{1: "x", 2: "y"}', 'dict(k=3)']);
      }
    }
    const e = (u: Ty) => this.expr(u, d - 1);
    switch (t) {
      case 'int':
        return this.pick([
          () => `(${e('int')} ${this.pick(['+', '-', '*', '//', '%', '&', '|', '^'])} ${e('int')})`,
          () => `(${e('int')} ** ${this.int(6)})`,
          () => `(${e('int')} << ${this.int(70)})`,
          () => `(-${e('int')})`,
          () => `abs(${e('int')})`,
          () => `len(${e(this.pick(['str', 'list', 'dict']))})`,
          () => `${this.pick(['min', 'max'])}(${e('int')}, ${e('int')})`,
          () => `int(${e('float')})`,
          () => `(sum(${e('list')}[:2]) if all(isinstance(q, int) for q in ${e('list')}[:2]) else 0)`,
          () => `${e('str')}.count(${this.strLit()})`,
          () => `${e('str')}.find(${this.strLit()})`,
          () => `round(${e('float')})`,
          () => `(${e('int')} if ${e('bool')} else ${e('int')})`,
          () => `hash(${e('int')})`,
          () => `int(${this.pick(['"12"', '" -3 "', '"0x10", 16', '"z", 36', '"1_000"', '"4.5"'])})`,
          () => this.fns.length ? `${this.pick(this.fns)}(${e('int')})` : this.intLit(),
        ])();
      case 'float':
        return this.pick([
          () => `(${e('float')} ${this.pick(['+', '-', '*'])} ${e(this.pick(['float', 'int']))})`,
          () => `(${e('int')} / ${e('int')})`,
          () => `(${e('float')} / ${e('float')})`,
          () => `(${e('float')} // ${e('float')})`,
          () => `(${e('float')} % ${e('float')})`,
          () => `float(${this.pick(['"1.5"', '"-inf"', '"nan"', '"1e5"', '" 2 "'])})`,
          () => `round(${e('float')}, ${this.int(4)})`,
          () => `abs(${e('float')})`,
          // abs(): a negative base with a fractional exponent is complex in CPython (no complex here)
          () => `(abs(${e('float')}) ** ${this.pick(['2', '0.5', '-1', '3'])})`,
        ])();
      case 'str':
        return this.pick([
          () => `(${e('str')} + ${e('str')})`,
          () => `(${e('str')} * ${this.int(4)})`,
          () => `${e('str')}[${this.pick(['0', '-1', '1:', ':2', '::-1', '1:3', '::2'])}]`,
          () => `${e('str')}.${this.pick(['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize', 'lstrip'])}()`,
          () => `${e('str')}.replace(${this.strLit()}, ${this.strLit()})`,
          () => `${this.pick(['str', 'repr', 'ascii'])}(${e(this.pick(['int', 'float', 'str', 'list', 'dict', 'bool']))})`,
          // f-string fields hold only names and numbers: 3.11 forbids reusing the quote inside
          () => `f"{${this.plain('int')}}-{${this.plain('str')}!r}"`,
          () => `f"{${this.plain('float')}:.3f}|{${this.plain('int')}:>6}|{${this.plain('str')}:^7}"`,
          () => `"${this.pick(['{}', '{:05d}', '{:x}', '{:,}', '{!r}'])}".format(${e('int')})`,
          () => `"%s-%d" % (${e('str')}, ${e('int')})`,
          () => `${this.strLit()}.join(${e('str')}.split(${this.pick(['', '","', '" "'])}))`,
          () => `${e('str')}.center(${this.int(12)}, "*")`,
          () => `${e('str')}.zfill(${this.int(8)})`,
          () => `chr(65 + ${e('int')} % 26)`,
        ])();
      case 'bool':
        return this.pick([
          () => `(${e('int')} ${this.pick(['<', '<=', '==', '!=', '>', '>='])} ${e('int')})`,
          () => `(${e('str')} ${this.pick(['<', '==', 'in', 'not in'])} ${e('str')})`,
          () => `(${e('bool')} ${this.pick(['and', 'or'])} ${e('bool')})`,
          () => `(not ${e('bool')})`,
          () => `${e('str')}.${this.pick(['isdigit', 'isalpha', 'isupper', 'isspace'])}()`,
          () => `(${e('int')} in ${e('list')})`,
          () => `bool(${e(this.pick(['int', 'str', 'list', 'dict']))})`,
          () => `(${e('float')} ${this.pick(['<', '==', '>='])} ${e('int')})`,
        ])();
      case 'list':
        return this.pick([
          () => `[${e('int')}, ${e('str')}, ${e('float')}]`,
          () => `(${e('list')} + ${e('list')})`,
          () => `(${e('list')} * ${this.int(3)})`,
          () => `${e('list')}[${this.pick(['1:', ':2', '::-1', '::2', '-2:'])}]`,
          () => `sorted(${e('str')})`,
          () => `sorted(${this.pick(['[3, 1, 2]', '[-1, 5, 0, 5]', '["b", "a"]'])}, reverse=${this.pick(['True', 'False'])})`,
          () => `[q * 2 for q in range(${this.int(5)}) if q != ${this.int(3)}]`,
          () => `list(${e('str')})`,
          () => `${e('str')}.split(${this.pick(['', '","', '"a"'])})`,
          () => `list(${e('dict')}.items())`,
          () => `list(zip(${e('str')}, ${e('list')}))`,
          () => `list(enumerate(${e('str')}[:3]))`,
          () => `[divmod(${e('int')}, ${this.pick(['3', '-4', '7'])})]`,
        ])();
      case 'dict':
        return this.pick([
          () => `{${e('str')}: ${e('int')}, ${e('int')}: ${e('list')}}`,
          () => `{q: q * q for q in range(${this.int(4)})}`,
          () => `dict(zip(${e('str')}, range(5)))`,
          () => `{**${e('dict')}, "z": ${e('int')}}`,
        ])();
    }
  }

  private fresh(t: Ty): string {
    const name = `${t[0]}${this.n++}`;
    return name;
  }

  private emit(indent: string, line: string): void {
    this.lines.push(indent + line);
  }

  stmt(indent: string, depth: number): void {
    const kinds = ['assign', 'assign', 'print', 'print', 'if', 'for', 'while', 'try', 'aug', 'listop', 'dictop'];
    const k = depth > 1 ? this.pick(['assign', 'print', 'aug', 'listop']) : this.pick(kinds);
    switch (k) {
      case 'assign': {
        const t = this.pick(['int', 'float', 'str', 'list', 'dict', 'bool'] as const);
        const rhs = this.expr(t, 2);
        const name = this.fresh(t);
        this.emit(indent, `${name} = ${rhs}`);
        if (indent === '') this.vars[t].push(name); // only module-level names stay surely bound
        break;
      }
      case 'print': {
        const n = 1 + this.int(3);
        const args = Array.from({ length: n }, () => this.expr(this.pick(['int', 'float', 'str', 'list', 'dict', 'bool'] as const), 2));
        this.emit(indent, `print(${args.join(', ')}${this.chance(0.15) ? ', sep="|"' : ''})`);
        break;
      }
      case 'aug': {
        const v = this.v('int');
        // shifts by a small literal (no huge ints); a float operand of a bit operator fails as `op=`
        if (v) {
          this.emit(indent, this.pick([
            () => `${v} ${this.pick(['+=', '-=', '*=', '//=', '%=', '|='])} ${this.expr('int', 1)}`,
            () => `${v} ${this.pick(['+=', '-=', '*='])} ${this.expr('float', 1)}`,
            () => `${v} ${this.pick(['<<=', '>>='])} ${this.int(9)}`,
            () => `${v} ${this.pick(['&=', '^=', '|='])} ${this.expr(this.pick(['int', 'bool', 'float']), 1)}`,
          ])());
        }
        else this.emit(indent, `print(${this.expr('int', 2)})`);
        break;
      }
      case 'listop': {
        const v = this.v('list');
        if (v) this.emit(indent, this.pick([`${v}.append(${this.expr('int', 1)})`, `${v}.extend(${this.expr('str', 1)})`, `print(${v}.pop() if ${v} else None)`, `${v}.insert(${this.int(3)}, ${this.expr('str', 1)})`, `print(${v}.index(${this.expr('int', 1)}))`, `${v}.reverse()`, `${v}[${this.int(3)}] = ${this.expr('int', 1)}`]));
        else this.emit(indent, `print(${this.expr('list', 2)})`);
        break;
      }
      case 'dictop': {
        const v = this.v('dict');
        if (v) this.emit(indent, this.pick([`${v}[${this.expr('str', 1)}] = ${this.expr('int', 1)}`, `print(${v}.get(${this.expr('str', 1)}, "none"))`, `print(${v}[${this.expr('str', 1)}])`, `print(sorted(${v}.keys(), key=str))`, `print(${v}.pop(${this.expr('int', 1)}, -1))`, `del ${v}[${this.expr('str', 1)}]`]));
        else this.emit(indent, `print(${this.expr('dict', 2)})`);
        break;
      }
      case 'if':
        this.emit(indent, `if ${this.expr('bool', 2)}:`);
        this.block(indent + '    ', depth + 1);
        if (this.chance(0.3)) {
          this.emit(indent, `elif ${this.expr('bool', 2)}:`);
          this.block(indent + '    ', depth + 1);
        }
        if (this.chance(0.5)) {
          this.emit(indent, 'else:');
          this.block(indent + '    ', depth + 1);
        }
        break;
      case 'for': {
        // a list is iterated through a copy: the body may insert into the list it walks (which never ends)
        const it = this.pick([`range(${this.int(5)})`, this.expr('str', 1), `list(${this.expr('list', 1)})`, `${this.expr('dict', 1)}.items()`]);
        const name = `it${this.n++}`;
        this.emit(indent, `for ${name} in ${it}:`);
        this.emit(indent + '    ', `print(${name})`);
        this.block(indent + '    ', depth + 1);
        if (this.chance(0.3)) this.emit(indent + '    ', this.pick(['break', 'continue']));
        break;
      }
      case 'while': {
        const c = `w${this.n++}`;
        this.emit(indent, `${c} = 0`);
        this.emit(indent, `while ${c} < ${1 + this.int(4)}:`);
        this.emit(indent + '    ', `${c} += 1`);
        this.block(indent + '    ', depth + 1);
        this.emit(indent, `print("w", ${c})`);
        break;
      }
      case 'try':
        this.emit(indent, 'try:');
        this.block(indent + '    ', depth + 1);
        this.emit(indent, `except ${this.pick(['ZeroDivisionError', 'IndexError', 'KeyError', 'ValueError', 'TypeError', '(ValueError, KeyError)', 'Exception'])} as ex${this.n}:`);
        this.emit(indent + '    ', `print("caught", type(ex${this.n}).__name__, ex${this.n++})`);
        if (this.chance(0.3)) {
          this.emit(indent, 'finally:');
          this.emit(indent + '    ', 'print("finally")');
        }
        break;
    }
  }

  block(indent: string, depth: number): void {
    const n = 1 + this.int(3);
    for (let i = 0; i < n; i++) this.stmt(indent, depth);
  }

  private func(): void {
    const name = `fn${this.n++}`;
    this.emit('', `def ${name}(a, b=${this.int(5)}):`);
    const body = this.pick([
      `return a * b + ${this.int(10)}`,
      `return (a - b) // (b or 1)`,
      `if a > b:\n        return a % (b or 7)\n    return -a`,
      `t = 0\n    for q in range(b):\n        t += q * a\n    return t`,
    ]);
    this.emit('    ', body);
    this.fns.push(name);
  }

  private klass(): void {
    this.emit('', 'class P:');
    this.emit('    ', 'def __init__(self, x, y=0):');
    this.emit('        ', 'self.x = x');
    this.emit('        ', 'self.y = y');
    this.emit('    ', 'def __repr__(self):');
    this.emit('        ', 'return f"P({self.x!r}, {self.y!r})"');
    this.emit('    ', 'def __eq__(self, other):');
    this.emit('        ', 'return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)');
    this.emit('    ', 'def norm(self):');
    this.emit('        ', 'return abs(self.x) + abs(self.y)');
    this.hasClass = true;
  }

  /** A self-contained snippet exercising one feature, with small random parameters. */
  private feature(): void {
    const a = this.intLit();
    const b = this.pick(['1', '2', '3', '-2', '5']);
    const s = this.strLit();
    const snippets = [
      // closures and nonlocal
      `def mk${this.n}(k):
    total = 0
    def add(x):
        nonlocal total
        total += x * k
        return total
    return add
acc${this.n} = mk${this.n}(${b})
print(acc${this.n}(${a}), acc${this.n}(1))`,
      // generators
      `def gen${this.n}(n):
    for q in range(n):
        if q % 2 == 0:
            yield q * ${b}
    yield from "ab"
print(list(gen${this.n}(${this.int(6)})), sum(q for q in range(${this.int(9)}) if q % ${b === '-2' ? 3 : Math.abs(Number(b))} == 0))`,
      // inheritance and super
      `class A${this.n}:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"A({self.v})"
class B${this.n}(A${this.n}):
    def show(self):
        return "B:" + super().show()
print(B${this.n}(${a}).show(), isinstance(B${this.n}(1), A${this.n}), B${this.n}.__mro__[1].__name__)`,
      // custom exceptions, else, finally, chaining
      `class E${this.n}(ValueError):
    pass
try:
    try:
        raise E${this.n}(${s})
    except ValueError as e:
        raise KeyError(${a}) from e
except KeyError as k:
    print(repr(k), type(k.__cause__).__name__, k.__cause__)
else:
    print("no")
finally:
    print("done")`,
      // sorting with keys and lambdas
      `data${this.n} = [(${a}, "x"), (${b}, "y"), (${this.intLit()}, "z")]
print(sorted(data${this.n}, key=lambda p: (-p[0], p[1])), max(data${this.n}, key=lambda p: p[1]))`,
      // unpacking and slicing assignment
      `first${this.n}, *rest${this.n} = [${a}, ${b}, ${s}]
lst${this.n} = list(range(6))
lst${this.n}[1:3] = [${s}]
print(first${this.n}, rest${this.n}, lst${this.n}, lst${this.n}[::-2])`,
      // float formatting
      `v${this.n} = ${this.floatLit()} * ${b}
print(f"{v${this.n}:e}|{v${this.n}:g}|{v${this.n}:+.2f}|{v${this.n}:%}", repr(v${this.n}), str(v${this.n} / 7))`,
      // int formatting and conversions
      `n${this.n} = ${a}
print(f"{n${this.n}:b}|{n${this.n}:o}|{n${this.n}:#x}|{n${this.n}:,}|{n${this.n}:_}|{n${this.n}:08d}", int(str(n${this.n})), divmod(n${this.n}, ${b}), n${this.n}.bit_length())`,
      // string methods
      `t${this.n} = ${s} + "-" + ${s}
print(t${this.n}.partition("-"), t${this.n}.rsplit("-", 1), t${this.n}.startswith(${s}), t${this.n}.encode()[:4], t${this.n}.expandtabs(4))`,
      // dict and set comprehensions
      `w${this.n} = ${s}.split() or ["e"]
print({x: len(x) for x in w${this.n}}, sorted({c for c in "".join(w${this.n})}), dict.fromkeys(w${this.n}, ${b}))`,
      // while/else and break
      `k${this.n} = 0
while k${this.n} < 10:
    k${this.n} += ${b === '-2' ? '1' : b.replace('-', '')}
    if k${this.n} == ${this.int(8)}:
        break
else:
    print("no break")
print("k", k${this.n})`,
      // match statement
      `for subj in [${a}, ${s}, [1, ${b}], {"k": ${b}}, None]:
    match subj:
        case int(x) if x > 3:
            print("big", x)
        case int():
            print("int")
        case str() as t:
            print("str", len(t))
        case [1, y]:
            print("pair", y)
        case {"k": v}:
            print("map", v)
        case _:
            print("other")`,
      // error messages of common mistakes (indexes up to 10**20: beyond 2**63 they cannot fit)
      `for bad in [lambda: [${a}][${b}], lambda: {${s}: 1}[${a}], lambda: int(${s}), lambda: None + ${a}, lambda: ${s} + ${a}, lambda: (${a}).foo, lambda: len(${a}), lambda: ${s}[${a}], lambda: (1, 2)[${a}], lambda: ${a} / 0, lambda: float(${s}), lambda: [].pop(), lambda: ${s}.index("q"), lambda: sum([${s}])]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)`,
      // *args, **kwargs, defaults, keyword-only
      `def call${this.n}(p, q=${b}, *rest, key=${s}, **kw):
    return (p, q, rest, key, sorted(kw.items()))
print(call${this.n}(${a}), call${this.n}(1, 2, 3, 4, key=${a}, z=${s}, a=1), call${this.n}(*[${b}, ${a}], **{"key": 0}))`,
      // builtins over iterables
      `xs${this.n} = [${a}, ${b}, ${this.intLit()}, ${this.intLit()}]
print(list(map(abs, xs${this.n})), list(filter(None, xs${this.n})), list(reversed(xs${this.n})), any(xs${this.n}), all(xs${this.n}), min(xs${this.n}), sorted(xs${this.n}, key=abs, reverse=True))
xs${this.n}.sort(key=lambda v: (v % 3, v))
print(xs${this.n}, xs${this.n}.count(${b}), [y for y in xs${this.n} if (z := y * 2) > 0])`,
      // rounding and numeric edge cases
      `print(round(${this.floatLit()}), round(2.5), round(-0.5), round(${this.floatLit()}, 1), ${a} // ${b}, ${a} % ${b}, -${a} // ${b}, divmod(-${a}, ${b}), float(${a}) / ${b}, ${a} ** -1, 10 ** ${this.int(25)}, float(10 ** ${this.int(25)}))`,
      // %-formatting and str.format
      `print("%5.2f|%-6s|%x|%o|%e|%r|%%" % (${this.floatLit()}, ${s}, ${this.int(999)}, ${this.int(99)}, ${this.floatLit()}, ${s}), "{a}-{b!r}-{0}".format(${a}, a=${s}, b=${s}), "{:*^9}".format(${s}[:3]))`,
      // case mappings beyond ASCII (final sigma, ß, digraphs, ligatures, Georgian, iota subscript)
      `for w in [${s}, ${this.pick(['"ΣΊΣΥΦΟΣ"', '"ὈΔΥΣΣΕΎΣ σ."', '"straße ǆungla"', '"ﬁne ᾳ ᾀ"', '"ქართ ენა"', '"İstanbul ŉ"', '"AΣ\'B ΣA"'])}]:
    print(w.title(), w.capitalize(), w.swapcase(), w.lower(), w.upper(), w.casefold(), w.istitle())`,
      // float.hex / fromhex round trips
      `for f in [${this.floatLit()}, ${this.floatLit()}, float(${a})]:
    print(f.hex(), float.fromhex(f.hex()) == f, float.fromhex(${this.pick(['"0x1.8p1"', '"-0x.8p-2"', '" 0X1P+10 "', '"0x1.fffffffffffff8p0"', '"inf"', '"0x3p-1076"'])}))`,
      // big ints through every decimal formatting path, and the 4300-digit limit
      `n${this.n} = ${a} * 10 ** ${this.int(60)} + ${b}
print(f"{n${this.n}:,}", "%d" % n${this.n}, "{:_}".format(n${this.n}), format(n${this.n}, ">70"), repr(n${this.n})[-5:], len(str(n${this.n})))
try:
    print(len(f"{10 ** ${this.pick(['4299', '4300', '5000'])}}"))
except ValueError as e:
    print("ValueError", e)`,
      // index-sized integers and ranges around 2**53
      `for bad in [lambda: ${s}[10 ** 20], lambda: [1][2 ** 63 - 1], lambda: len(range(2 ** 53 + ${b})), lambda: range(2 ** 60)[2 ** 53 + ${b}], lambda: list(range(2 ** 53 - 2, 2 ** 53 + ${b})), lambda: ${s}[-10 ** 20:10 ** 20]]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)`,
      // __slots__
      `class S${this.n}:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
o${this.n} = S${this.n}(${a})
for act in [lambda: o${this.n}.x, lambda: o${this.n}.y, lambda: setattr(o${this.n}, "z", 1), lambda: o${this.n}.__dict__, lambda: hasattr(o${this.n}, "__dict__"), lambda: repr(S${this.n}.x)]:
    try:
        print("ok", act())
    except Exception as e:
        print(type(e).__name__, e)`,
      // str methods with arguments
      `t${this.n} = ${s} + "-" + ${this.strLit()}
print(t${this.n}.center(${this.int(20)}, "*"), t${this.n}.split("-", ${this.int(3) - 1}), t${this.n}.rsplit(None, 1), t${this.n}.partition("l"), t${this.n}.rpartition("-"), t${this.n}.replace("l", "L", ${this.int(3)}), t${this.n}.find("o", ${this.int(5)}), t${this.n}.rfind("-", 0, ${this.int(9)}), t${this.n}.zfill(${this.int(15)}), t${this.n}.expandtabs(4), t${this.n}.count(""), t${this.n}.startswith(("a", "h"), 1), t${this.n}.splitlines(True), t${this.n}.removeprefix("he").removesuffix("!"))`,
      // format specs on ints and floats
      `for x in [${a}, ${b}, ${this.floatLit()}, ${this.floatLit()}]:
    print(f"{x:+.3e}|{x:>10.4g}|{x:_^12}|{x:08.2f}|{x:%}|{x!r:>8}|{x:-}|{x:.0f}|{x:#g}")`,
      // ints: methods and modular arithmetic
      `q${this.n} = ${a}
print(q${this.n}.bit_length(), q${this.n}.bit_count(), pow(q${this.n}, ${this.int(40)}, ${this.pick(['7', '1000000007', '-5', '97'])}), divmod(q${this.n}, -${this.pick(['3', '7', '11'])}), round(q${this.n}, -${this.int(4)}), abs(q${this.n}).to_bytes(16, "big").hex(), int.from_bytes(b"\\x01\\x00", "little", signed=True), (q${this.n}).as_integer_ratio(), hex(q${this.n}), oct(q${this.n}), bin(q${this.n})[:12], -q${this.n} >> ${this.int(5)}, ~q${this.n})`,
      // dicts and lists: mutation methods, slice assignment
      `d${this.n} = {${s}: ${a}, "k": [${b}]}
d${this.n}.setdefault("z", []).append(${b})
d${this.n}.update(k=0, w=${s})
print(d${this.n}, d${this.n}.popitem(), sorted(d${this.n}), list(d${this.n}.values())[:2], {**d${this.n}, "n": None} == d${this.n} | {"n": None})
l${this.n} = list(range(${this.int(8)}))
l${this.n}[1:3] = ${this.pick(['[]', '"ab"', '[9, 9, 9]', 'range(2)'])}
del l${this.n}[::${this.pick(['2', '3', '-2'])}]
print(l${this.n}, l${this.n}[::-1][1:], list(enumerate(l${this.n}, ${this.int(3)})), list(zip(l${this.n}, ${s})))`,
      // mixed int/float arithmetic and comparisons at the edges of double precision
      `for v in [${a}, 2 ** 53 + ${b}, 10 ** 20 + ${b}, -(2 ** 63), ${this.floatLit()}]:
    print(v == float(v), v < float(v) + 1, int(float(v)) - v if abs(v) < 1e300 else 0, divmod(float(v), ${this.pick(['0.75', '-3', '7.5'])}), round(v / ${this.pick(['3', '7', '-2'])}, ${this.int(4)}), float(v) // 1, hash(v) == hash(float(v)), v ** 2 == float(v) ** 2)`,
      // slicing with steps, negative bounds, astral characters
      `u${this.n} = ${s} + "\U0001F600xyz" + ${this.strLit()}
print(u${this.n}[::-2], u${this.n}[-3:-${this.int(9)}:-1], u${this.n}[${this.int(5)}:${this.int(12)}:${this.int(3) + 1}], len(u${this.n}), u${this.n}.find("\U0001F600"), u${this.n}.rindex("z"), [ord(c) for c in u${this.n}[:4]], u${this.n}[::${this.pick(['3', '-3', '5'])}])`,
      // exception objects: str, repr, args, chaining attributes
      `try:
    try:
        {}[${s}]
    except KeyError as e:
        raise ValueError(${a}, ${s}) from e
except ValueError as e:
    print(str(e), repr(e), e.args, type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__, repr(KeyError()), str(KeyError(${s})), repr(StopIteration(${a})))`,
      // bytes %-formatting; print writes what it converted before a __str__ that raises
      `print(b"%s|%5d|%c|%r|%-4x" % (${s}.encode(), ${a}, ${this.int(128)}, ${s}, ${this.int(300)}))
class Bad${this.n}:
    def __str__(self):
        raise ValueError(${s})
try:
    print(${a}, ${s}, Bad${this.n}(), sep="|")
except ValueError as e:
    print("|caught", e)`,
      // chained comparisons, identity, truthiness
      `print(1 < ${a} <= 100, ${a} == (${a}).real, ${s} is not None, not ${s}, [] or ${s}, 0 and 1, ${a} if ${s} else ${b}, bool(${this.floatLit()}), ${a} != ${b} != ${a})`,
      // sets (sorted for a stable order) and frozensets
      `p${this.n} = {${a}, ${b}, 3}
q${this.n} = set(range(4))
print(sorted(p${this.n} | q${this.n}), sorted(p${this.n} & q${this.n}), sorted(p${this.n} - q${this.n}), sorted(p${this.n} ^ q${this.n}), p${this.n} <= q${this.n}, len(frozenset(${s})))`,
      // bytes
      `bb${this.n} = ${s}.encode("utf-8")
print(bb${this.n}, len(bb${this.n}), bb${this.n}[:2], list(bb${this.n}[:3]), bb${this.n}.hex(), bytes([65, 66]) + b"c", bb${this.n}.decode())`,
      // operator overloading: reflected and in-place operators, ordering, hashing, truthiness
      `class V${this.n}:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V${this.n}(self.x + (o.x if isinstance(o, V${this.n}) else o))
    def __radd__(self, o):
        return V${this.n}(o * ${b} + self.x)
    def __iadd__(self, o):
        self.x -= o
        return self
    def __lt__(self, o):
        return self.x < o.x
    def __eq__(self, o):
        return isinstance(o, V${this.n}) and self.x == o.x
    def __hash__(self):
        return hash(self.x % 7)
    def __bool__(self):
        return self.x > ${b}
    def __len__(self):
        return abs(self.x)
    def __repr__(self):
        return f"V({self.x})"
vs${this.n} = [V${this.n}(${a}), V${this.n}(${b}), V${this.n}(3)]
w${this.n} = vs${this.n}[0]
w${this.n} += 2
print(vs${this.n}[1] + vs${this.n}[2], 10 + vs${this.n}[1], sum(vs${this.n}, V${this.n}(0)), sorted(vs${this.n}), max(vs${this.n}), len({v: 1 for v in vs${this.n}}), [bool(v) for v in vs${this.n}], len(vs${this.n}[2]), V${this.n}(1) in vs${this.n}, vs${this.n}.index(V${this.n}(3)))`,
      // the old iteration protocol, __getitem__ with slices, __contains__, __call__
      `class Seq${this.n}:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= ${this.int(5)}:
            raise IndexError(i)
        return i * ${b}
    def __contains__(self, x):
        return x == ${a}
    def __call__(self, *a, **k):
        return (a, sorted(k))
q${this.n} = Seq${this.n}()
print(list(q${this.n}), q${this.n}[1:${b}], q${this.n}[::2], ${a} in q${this.n}, 0 in q${this.n}, q${this.n}(1, ${s}, z=2), list(zip(q${this.n}, "abc")), sorted(q${this.n}, reverse=True))`,
      // generator protocol: send, throw, close, return values
      `def co${this.n}():
    total = 0
    try:
        while True:
            got = yield total
            if got is None:
                break
            total += got
    except ValueError as e:
        yield ("thrown", str(e))
    finally:
        print("cleanup", total)
    return total * 2
g${this.n} = co${this.n}()
print(next(g${this.n}), g${this.n}.send(${a}), g${this.n}.send(${b}))
print(g${this.n}.throw(ValueError(${s})))
g${this.n}.close()
h${this.n} = co${this.n}()
next(h${this.n})
try:
    h${this.n}.send(None)
except StopIteration as e:
    print("stop", e.value)
def outer${this.n}():
    r = yield from co${this.n}()
    yield ("r", r)
o${this.n} = outer${this.n}()
print(next(o${this.n}), o${this.n}.send(${b}), o${this.n}.send(None))`,
      // context managers: suppressing, re-raising, nesting; finally overriding return
      `class CM${this.n}:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name * 2
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
def f${this.n}(n):
    for i in range(n):
        try:
            with CM${this.n}("a", ${this.pick(['True', 'False'])}) as x, CM${this.n}("b", ${this.pick(['True', 'False'])}):
                if i == 1:
                    continue
                if i == 2:
                    return x
                raise KeyError(i)
        except KeyError as e:
            print("caught", e)
        finally:
            print("finally", i)
            if i == ${this.int(4)}:
                break
    return "end"
print(f${this.n}(${this.int(5)}))`,
      // properties, class and static methods, class attributes, __init_subclass__-free inheritance
      `class Acc${this.n}:
    count = 0
    def __init__(self, v):
        self._v = v
        Acc${this.n}.count += 1
    @property
    def v(self):
        return self._v * ${b}
    @v.setter
    def v(self, new):
        if new < 0:
            raise ValueError("negative")
        self._v = new
    @classmethod
    def make(cls, s):
        return cls(len(s))
    @staticmethod
    def twice(x):
        return x * 2
a${this.n} = Acc${this.n}.make(${s})
try:
    a${this.n}.v = ${a}
except ValueError as e:
    print("ValueError", e)
print(a${this.n}.v, Acc${this.n}.twice(${s}), a${this.n}.twice(${b}), Acc${this.n}.count, type(a${this.n}).__name__, vars(a${this.n}), getattr(a${this.n}, "missing", "dflt"), hasattr(a${this.n}, "v"))`,
      // f-string conversions and nested specs, format(), self-documenting fields
      `x${this.n} = ${a}
y${this.n} = ${s}
w${this.n} = ${this.int(12)}
print(f"{x${this.n}=}|{y${this.n}!a}|{y${this.n}!s:>{w${this.n}}}|{x${this.n}:{w${this.n}}.{${this.int(4)}}}|{x${this.n}:#0{w${this.n}}x}", format(x${this.n}, "^+{}".format(w${this.n})), "{0:{1}}|{0!r:>{1}}".format(y${this.n}, w${this.n}), f"{'{'}{x${this.n}}{'}'}")`,
      // scoping: globals, closures over loop variables, default arguments bound once, class bodies
      `g${this.n} = ${a}
def bump${this.n}(k=[]):
    global g${this.n}
    g${this.n} += 1
    k.append(g${this.n})
    return k
fs${this.n} = [lambda: i for i in range(3)]
gs${this.n} = [lambda i=i: i * ${b} for i in range(3)]
class K${this.n}:
    base = ${b}
    vals = [base * 2]
    def get(self):
        return self.base
print(bump${this.n}(), bump${this.n}(), [f() for f in fs${this.n}], [f() for f in gs${this.n}], K${this.n}.vals, K${this.n}().get())
try:
    def un${this.n}():
        print(g${this.n})
        g${this.n} = 1
    un${this.n}()
except UnboundLocalError as e:
    print("UnboundLocalError", e)`,
      // dict views, ordering after deletion, list sort stability and errors
      `dd${this.n} = dict.fromkeys(${s}, 0)
dd${this.n}[${a}] = ${b}
if dd${this.n}:
    del dd${this.n}[next(iter(dd${this.n}))]
dd${this.n}["z"] = 1
print(list(dd${this.n}.items()), sorted(dd${this.n}.keys() & {"z", ${a}}, key=str), list(reversed(dd${this.n})), dd${this.n}.get(${a}), len(dd${this.n}.values()))
pairs${this.n} = [(${b}, "b"), (1, "a"), (${b}, "a"), (1, "c")]
pairs${this.n}.sort(key=lambda p: p[0])
print(pairs${this.n}, sorted(pairs${this.n}, key=lambda p: p[1], reverse=True))
try:
    sorted([1, "a", ${a}])
except TypeError as e:
    print("TypeError", e)`,
      // which dunders builtins and operators call, in which order and how often (a trace)
      `class Tr${this.n}:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        print("repr", self.v)
        return f"Tr({self.v})"
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, Tr${this.n}) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < (o.v if isinstance(o, Tr${this.n}) else o)
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __bool__(self):
        print("bool", self.v)
        return self.v > 0
    def __len__(self):
        print("len", self.v)
        return abs(self.v)
    def __index__(self):
        print("index", self.v)
        return self.v
    def __iter__(self):
        print("iter", self.v)
        return iter(range(abs(self.v) % 4))
    def __contains__(self, x):
        print("contains", self.v, x)
        return x == self.v
    def __add__(self, o):
        print("add", self.v)
        return NotImplemented if not isinstance(o, int) else Tr${this.n}(self.v + o)
    def __radd__(self, o):
        print("radd", self.v)
        return Tr${this.n}(o + self.v)
    def __neg__(self):
        print("neg", self.v)
        return Tr${this.n}(-self.v)
    def __getitem__(self, i):
        print("getitem", self.v, i)
        return i
for op in [${this.pickN([
  'lambda: Tr${N}(1) in [Tr${N}(0), Tr${N}(1), Tr${N}(2)]',
  'lambda: [Tr${N}(1), Tr${N}(2)] == [Tr${N}(1), Tr${N}(3)]',
  'lambda: Tr${N}(2) in {Tr${N}(1): 0, Tr${N}(2): 1}',
  'lambda: len({Tr${N}(1), Tr${N}(1), Tr${N}(2)})',
  'lambda: sorted([Tr${N}(3), Tr${N}(1), Tr${N}(2)])',
  'lambda: max(Tr${N}(1), Tr${N}(3), Tr${N}(2))',
  'lambda: min([Tr${N}(2), Tr${N}(1)], key=lambda t: -t.v)',
  'lambda: list(Tr${N}(A))',
  'lambda: tuple(Tr${N}(B))',
  'lambda: [*Tr${N}(A), *Tr${N}(B)]',
  'lambda: bool(Tr${N}(A)) or bool(Tr${N}(0))',
  'lambda: not Tr${N}(B)',
  'lambda: Tr${N}(A) and Tr${N}(B)',
  'lambda: [1, 2, 3, 4, 5][Tr${N}(B)]',
  'lambda: list(range(Tr${N}(A)))',
  'lambda: "abcdef"[Tr${N}(1):Tr${N}(B)]',
  'lambda: hex(Tr${N}(A))',
  'lambda: 3 in Tr${N}(3)',
  'lambda: 5 + Tr${N}(A)',
  'lambda: Tr${N}(A) + 1',
  'lambda: sum([Tr${N}(1), 2])',
  'lambda: -Tr${N}(B)',
  'lambda: Tr${N}(A) == Tr${N}(A)',
  'lambda: Tr${N}(1) != 1',
  'lambda: Tr${N}(1) < Tr${N}(2) < Tr${N}(3)',
  'lambda: Tr${N}(2) > Tr${N}(1)',
  'lambda: [1, Tr${N}(2)].index(2)',
  'lambda: [Tr${N}(1), Tr${N}(2)].count(Tr${N}(2))',
  'lambda: (Tr${N}(1), 2) < (Tr${N}(1), 3)',
  'lambda: dict.fromkeys([Tr${N}(1), Tr${N}(1)])',
  'lambda: {Tr${N}(1): 1} == {Tr${N}(1): 1}',
  'lambda: any([Tr${N}(0), Tr${N}(A), Tr${N}(B)])',
  'lambda: all([Tr${N}(A), Tr${N}(0), Tr${N}(B)])',
  'lambda: list(filter(None, [Tr${N}(0), Tr${N}(A)]))',
  'lambda: [x for x in Tr${N}(A) if x]',
  'lambda: divmod(7, Tr${N}(B)) if False else str(Tr${N}(B))',
  'lambda: f"{Tr${N}(A)!r}"',
  'lambda: print(Tr${N}(1), Tr${N}(2), sep=Tr${N}(3).__repr__())',
  'lambda: Tr${N}(A)[1:2]',
  'lambda: Tr${N}(B)[::-1]',
  'lambda: enumerate(Tr${N}(A)).__next__()',
  'lambda: zip(Tr${N}(A), Tr${N}(B)).__next__()',
  'lambda: round(3.7) + Tr${N}(B)',
  'lambda: [0] * Tr${N}(B)',
  'lambda: "ab" * Tr${N}(B)',
  'lambda: bin(Tr${N}(A))',
  'lambda: int(Tr${N}(B)) if hasattr(Tr${N}, "__int__") else operator_free(Tr${N}(B))',
], 4).map((e) => e.replaceAll('${N}', String(this.n)).replaceAll('A', String(this.int(4))).replaceAll('B', String(this.int(5) - 1))).join(', ')}]:
    try:
        print("=>", op())
    except Exception as e:
        print(type(e).__name__, e)`,
      // protocol fallbacks: __len__ for truth, __getitem__ for iteration/contains/reversed,
      // __eq__ for !=, __repr__ for str, __getattr__, __missing__, __iadd__ -> __add__
      `class Fb${this.n}:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n
    def __getitem__(self, i):
        print("getitem", self.n, i)
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 2
    def __eq__(self, o):
        print("eq", self.n)
        return isinstance(o, Fb${this.n}) and o.n == self.n
    def __repr__(self):
        print("repr", self.n)
        return f"Fb({self.n})"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("_"):
            raise AttributeError(name)
        return len(name)
    def __add__(self, o):
        print("add", self.n)
        return Fb${this.n}(self.n + (o.n if isinstance(o, Fb${this.n}) else o))
class Miss${this.n}(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
for op in [${this.pickN([
  'lambda: bool(Fb${N}(A))',
  'lambda: "yes" if Fb${N}(B) else "no"',
  'lambda: list(Fb${N}(A))',
  'lambda: 2 in Fb${N}(A)',
  'lambda: list(reversed(Fb${N}(A)))',
  'lambda: Fb${N}(A) != Fb${N}(B)',
  'lambda: str(Fb${N}(A))',
  'lambda: f"{Fb${N}(B)}"',
  'lambda: format(Fb${N}(A), "")',
  'lambda: format(Fb${N}(A), ">5")',
  'lambda: Fb${N}(A).anything',
  'lambda: getattr(Fb${N}(A), "_private", "dflt")',
  'lambda: hasattr(Fb${N}(B), "__iter__")',
  'lambda: hash(Fb${N}(A))',
  'lambda: Miss${N}(a=1)["bc"]',
  'lambda: Miss${N}().get("zz", 0)',
  'lambda: "q" in Miss${N}()',
  'lambda: sorted(Fb${N}(A))',
  'lambda: [x for x in Fb${N}(B)]',
  'lambda: max(Fb${N}(A), default=-1)',
  'lambda: dict(enumerate(Fb${N}(A)))',
  'lambda: Fb${N}(A) == Fb${N}(A)',
  'lambda: [Fb${N}(1)] == [Fb${N}(1)]',
  'lambda: Fb${N}(1) in [Fb${N}(1)]',
  'lambda: iter(Fb${N}(A)).__next__()',
  'lambda: len(Fb${N}(B))',
  'lambda: sum(Fb${N}(A))',
  'lambda: tuple(Fb${N}(A))',
  'lambda: Fb${N}(A)[-1]',
  'lambda: Fb${N}(A) + 1 + Fb${N}(B)',
], 4).map((e) => e.replaceAll('${N}', String(this.n)).replaceAll('A', String(this.int(4))).replaceAll('B', String(this.int(4)))).join(', ')}]:
    try:
        print("=>", op())
    except Exception as e:
        print(type(e).__name__, e)
x${this.n} = Fb${this.n}(1)
x${this.n} += 2
print(x${this.n}.n)`,
      // argument binding errors: CPython's exact TypeError messages
      `def f${this.n}(a, b=1, /, c=2, *args, d, e=3, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
def g${this.n}(x, y, *, z):
    return x + y + z
class M${this.n}:
    def m(self, p, q=0):
        return p - q
    @staticmethod
    def s(p):
        return p
    @classmethod
    def c(cls, p, *, k):
        return p * k
for op in [${this.pickN([
  'lambda: f${N}(1, d=4)',
  'lambda: f${N}(1, 2, 3, 4, 5, d=6, z=7)',
  'lambda: f${N}()',
  'lambda: f${N}(1)',
  'lambda: f${N}(1, b=2, d=3)',
  'lambda: f${N}(1, 2, c=5, d=4)',
  'lambda: f${N}(1, 2, 3, c=4, d=5)',
  'lambda: g${N}(1, 2)',
  'lambda: g${N}(1, 2, 3)',
  'lambda: g${N}(1, 2, z=3, w=4)',
  'lambda: g${N}(1, y=2, x=3, z=4)',
  'lambda: g${N}(z=1)',
  'lambda: g${N}(*[1, 2], **{"z": 3})',
  'lambda: g${N}(**{"x": 1, "y": 2})',
  'lambda: M${N}().m()',
  'lambda: M${N}().m(1, 2, 3)',
  'lambda: M${N}.m(1)',
  'lambda: M${N}().m(1, p=2)',
  'lambda: M${N}.s()',
  'lambda: M${N}().c(2, k=3)',
  'lambda: M${N}.c(2)',
  'lambda: M${N}(1)',
  'lambda: (lambda x, *, y: x)(1, 2)',
  'lambda: (lambda: 0)(1)',
  'lambda: (lambda x=1: x)(x=2, y=3)',
  'lambda: len()',
  'lambda: len([], [])',
  'lambda: abs(x=1)',
  'lambda: "a".split(",", 1, 2)',
  'lambda: [].append()',
  'lambda: {}.get()',
  'lambda: print(end=1)',
  'lambda: sorted([], key=1)',
  'lambda: divmod(1)',
  'lambda: isinstance(1)',
  'lambda: range()',
  'lambda: range(1, 2, 3, 4)',
  'lambda: f${N}(1, d=2, **{"a": 1})',
  'lambda: g${N}(1, *[2], z=3, **{"z": 4})',
], 5).map((e) => e.replaceAll('${N}', String(this.n))).join(', ')}]:
    try:
        print("=>", op())
    except TypeError as e:
        print("TypeError", e)`,
    ];
    this.emit('', this.pick(snippets));
    this.n++;
  }

  program(): string {
    if (this.chance(0.5)) this.func();
    if (this.chance(0.3)) this.klass();
    const features = this.int(3);
    for (let i = 0; i < features; i++) this.feature();
    const n = 3 + this.int(6);
    for (let i = 0; i < n; i++) this.stmt('', 0);
    if (this.hasClass) this.emit('', `print(P(${this.expr('int', 1)}, ${this.expr('str', 1)}), P(1) == P(1, 0), P(-2, 3).norm())`);
    return this.lines.join('\n') + '\n';
  }
}

export function generateProgram(seed: number): string {
  return new Gen(seed).program();
}
