import { isIP } from 'node:net';

/**
 * IPv6 forms that carry an IPv4 address in their last 32 bits: whoever
 * routes them reaches that IPv4 host, so the address guard vets the IPv4
 * address too. `[prefix groups, 16-bit groups that must match]` from the
 * IANA IPv6 Special-Purpose Address Registry. (6to4 2002::/16, Teredo
 * 2001::/32 and local-use NAT64 64:ff9b:1::/48 are refused whole, in
 * non-public-ranges.ts.)
 */
const EMBEDDING_PREFIXES: ReadonlyArray<readonly number[]> = [
  [0, 0, 0, 0, 0, 0], // IPv4-compatible ::a.b.c.d (RFC 4291, deprecated)
  [0, 0, 0, 0, 0, 0xffff], // IPv4-mapped ::ffff:a.b.c.d (RFC 4291)
  [0, 0, 0, 0, 0xffff, 0], // SIIT IPv4-translated ::ffff:0:a.b.c.d (RFC 7915)
  [0x64, 0xff9b, 0, 0, 0, 0], // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052)
];

/** The eight 16-bit groups of an IPv6 address (dotted IPv4 tails allowed), or null when it is not one. */
export function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  const groups = [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address an IPv6 address embeds (IPv4-compatible, -mapped, SIIT or NAT64), or null. */
export function embeddedIPv4(address: string): string | null {
  const groups = ipv6Groups(address);
  if (!groups) return null;
  const embeds = EMBEDDING_PREFIXES.some((prefix) => prefix.every((value, i) => groups[i] === value));
  if (!embeds) return null;
  const [hi = 0, lo = 0] = groups.slice(6);
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}
