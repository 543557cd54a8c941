/**
 * How far V8 lets the heap grow past what is live before a full collection.
 * By default it chooses a factor of up to 4 from its own timings, and on a
 * machine with plenty of memory a build's peak is then mostly garbage: the
 * site of 10,000 synthetic pages held under 300 MiB live but peaked at
 * 1,078 MiB RSS; with the heap let grow by half of what is live it peaked at
 * 442 MiB in the same time (measured with make bench's corpus, issue 12).
 * A soft bound: unlike --max-old-space-size, a larger corpus is never stopped.
 */
import { setFlagsFromString } from 'node:v8';

/** Heap growth before a full collection, in percent of the live heap (V8's --heap-growing-percent). */
export const HEAP_GROWING_PERCENT = 50;

/** Applies {@link HEAP_GROWING_PERCENT} to this process and the worker threads it starts. */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
