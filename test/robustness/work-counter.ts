/**
 * Counts the work an extraction does, deterministically, so tests can check
 * that it grows linearly with the page without ever reading a clock (issue 14).
 *
 * While {@link countWork} runs its callback, the string, array and regex
 * built-ins are wrapped so that each call adds the number of characters or
 * elements it actually reads or writes (a slice adds its length, an indexOf
 * the distance it scanned, a regex search the characters it moved over, a
 * find the elements it visited). Scans, copies and regex passes are where
 * the extractors spend their time, and every super-linear spot found by
 * profiling (re-normalising ever longer spans, re-slicing the rest of a run
 * per word, comparing every proposal per quote) shows up in this count.
 * Plain loops over indexes and Map/Set lookups are not counted: they are
 * constant per element unless they nest, and the nested ones above all call
 * some built-in per step.
 */

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;
type Patch = [target: object, name: PropertyKey, original: AnyFn];

let units = 0;
const add = (n: number): void => {
  units += Math.max(1, n);
};
const len = (x: unknown): number => (typeof x === 'string' || Array.isArray(x) || ArrayBuffer.isView(x) ? (x as { length: number }).length : 0);

/** Wraps `proto[name]`; `cost` receives the receiver, the arguments and the result. */
function wrap(patches: Patch[], proto: object, name: PropertyKey, cost: (self: unknown, args: unknown[], result: unknown) => number): void {
  const original = (proto as Record<PropertyKey, AnyFn>)[name as string];
  if (typeof original !== 'function') return;
  patches.push([proto, name, original]);
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      add(cost(this, args, result));
      return result;
    },
  });
}

/** A search from `from` that found `at` (-1: none) in something of length `n` scanned this far. */
const scanned = (n: number, from: number, at: number, needle = 1): number => (at < 0 ? n - from : at - from + needle);

/** Wraps a callback-taking array method so that each element visited counts. */
function wrapVisiting(patches: Patch[], proto: object, name: string): void {
  const original = (proto as Record<string, AnyFn>)[name];
  if (typeof original !== 'function') return;
  patches.push([proto, name, original]);
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, fn: AnyFn, ...rest: unknown[]) {
      add(1);
      const counted = function (this: unknown, ...args: unknown[]) {
        units += 1;
        return fn.apply(this, args);
      };
      return original.call(this, typeof fn === 'function' ? counted : fn, ...rest);
    },
  });
}

function install(): Patch[] {
  const patches: Patch[] = [];
  const S = String.prototype;
  // V8 makes a long substring a view of its parent, without copying: what reads it is counted, not the slice.
  for (const name of ['slice', 'substring', 'substr']) wrap(patches, S, name, () => 1);
  for (const name of ['concat', 'padStart', 'padEnd', 'repeat']) wrap(patches, S, name, (_s, _a, r) => len(r));
  for (const name of ['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize', 'trim', 'trimStart', 'trimEnd', 'localeCompare']) {
    wrap(patches, S, name, (s) => len(String(s)));
  }
  // With a string pattern these scan the receiver; with a regex they go through RegExp.prototype.exec, counted below.
  for (const name of ['split', 'replace', 'replaceAll', 'match', 'matchAll', 'search']) {
    wrap(patches, S, name, (s, a) => (typeof a[0] === 'string' ? len(String(s)) : 1));
  }
  wrap(patches, S, 'indexOf', (s, a, r) => scanned(len(String(s)), Number(a[1] ?? 0), r as number, len(a[0])));
  wrap(patches, S, 'includes', (s, a, r) => (r ? len(a[0]) : len(String(s)) - Number(a[1] ?? 0)));
  wrap(patches, S, 'lastIndexOf', (s, a, r) => {
    const from = a[1] === undefined ? len(String(s)) : Number(a[1]);
    return (r as number) < 0 ? from : from - (r as number) + 1;
  });
  wrap(patches, S, 'startsWith', (_s, a) => len(a[0]));
  wrap(patches, S, 'endsWith', (_s, a) => len(a[0]));

  const R = RegExp.prototype;
  const exec = R.exec;
  patches.push([R, 'exec', exec as AnyFn]);
  Object.defineProperty(R, 'exec', {
    configurable: true,
    writable: true,
    value: function (this: RegExp, input: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const result = exec.call(this, input);
      const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
      if (result) add(result.index + result[0].length - from);
      else add(anchored ? 1 : len(input) - from);
      return result;
    },
  });

  const A = Array.prototype;
  for (const name of ['slice', 'concat', 'flat', 'flatMap', 'map', 'filter', 'reverse', 'toReversed', 'toSorted', 'fill', 'splice', 'shift', 'unshift']) {
    wrap(patches, A, name, (s, _a, r) => Math.max(len(s), len(r)));
  }
  wrap(patches, A, 'join', (s, _a, r) => len(s) + len(r));
  wrap(patches, A, 'sort', (s) => len(s) * Math.max(1, Math.ceil(Math.log2(len(s) + 1))));
  wrap(patches, A, 'indexOf', (s, a, r) => scanned(len(s), Number(a[1] ?? 0), r as number));
  wrap(patches, A, 'includes', (s, a, r) => (r ? len(s) : len(s) - Number(a[1] ?? 0)));
  wrap(patches, A, 'lastIndexOf', (s, _a, r) => ((r as number) < 0 ? len(s) : len(s) - (r as number)));
  for (const name of ['forEach', 'reduce', 'reduceRight', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every']) wrapVisiting(patches, A, name);
  wrap(patches, Array, 'from', (_s, _a, r) => len(r));

  const T = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const range = (s: unknown, from: unknown, to: unknown): number => {
    const n = len(s);
    const at = (x: unknown, d: number): number => (x === undefined ? d : Number(x) < 0 ? Math.max(0, n + Number(x)) : Math.min(n, Number(x)));
    return at(to, n) - at(from, 0);
  };
  wrap(patches, T, 'fill', (s, a) => range(s, a[1], a[2]));
  wrap(patches, T, 'slice', (s, a) => range(s, a[0], a[1]));
  wrap(patches, T, 'set', (_s, a) => len(a[0]));
  wrap(patches, T, 'indexOf', (s, a, r) => scanned(len(s), Number(a[1] ?? 0), r as number));
  wrap(patches, T, 'includes', (s, a, r) => (r ? len(s) : len(s) - Number(a[1] ?? 0)));
  return patches;
}

function uninstall(patches: Patch[]): void {
  for (const [target, name, original] of patches.reverse()) {
    Object.defineProperty(target, name, { configurable: true, writable: true, value: original });
  }
}

/** Runs `fn` (synchronously) and returns its result with the work units it used. */
export function countWork<T>(fn: () => T): { result: T; units: number } {
  const patches = install();
  units = 0;
  try {
    const result = fn();
    return { result, units };
  } finally {
    uninstall(patches);
  }
}
