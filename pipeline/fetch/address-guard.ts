import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { PipelineError } from '../lib/errors.ts';
import { embeddedIPv4 } from './embedded-ipv4.ts';
import { NON_PUBLIC_IPV4, NON_PUBLIC_IPV6 } from './non-public-ranges.ts';

/** An IPv6 literal as the URL parser writes a host: `[::1]`. */
const BRACKETED = /^\[(.*)\]$/;
/** `host:port` or `[v6]:port` in `--allow-hosts`. */
const HOST_PORT = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/;

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of NON_PUBLIC_IPV4) NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of NON_PUBLIC_IPV6) NON_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** Error code of an {@link AddressRefusedError}. */
export const ADDRESS_REFUSED = 'ERR_FETCH_ADDRESS_REFUSED';

/** Raised at connect time when a host resolves to a non-public address. */
export class AddressRefusedError extends Error {
  readonly code = ADDRESS_REFUSED;
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a non-public address (use --allow-hosts host:port to let it through)`);
    this.name = 'AddressRefusedError';
  }
}

/**
 * True when an IP address is public unicast. An IPv6 address that embeds an
 * IPv4 address (::a.b.c.d, ::ffff:a.b.c.d, ::ffff:0:a.b.c.d, 64:ff9b::a.b.c.d)
 * is public only when that IPv4 address is.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6')) return false;
  const v4 = family === 6 ? embeddedIPv4(address) : null;
  return v4 === null || !NON_PUBLIC.check(v4, 'ipv4');
}

/** Lower-cases a host name and removes the brackets of an IPv6 literal. */
function bareHost(host: string): string {
  return host.toLowerCase().replace(BRACKETED, '$1');
}

/** Parses `--allow-hosts` entries (`host:port`) into `host:port` keys; throws on a malformed entry. */
export function parseAllowHosts(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries.flatMap((e) => e.split(',')).map((e) => e.trim()).filter(Boolean)) {
    const match = HOST_PORT.exec(entry);
    const port = Number(match?.[2]);
    if (!match?.[1] || !(port > 0 && port < 65536)) {
      throw new PipelineError('fetch', `--allow-hosts entry "${entry}" is not host:port`, {
        hint: 'e.g. --allow-hosts 127.0.0.1:8080,localhost:3000',
      });
    }
    out.add(`${bareHost(match[1])}:${port}`);
  }
  return out;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `dns.lookup` replacement that fails when any address a name resolves to is non-public. */
function guardedLookup(hostname: string, options: LookupOptions | number, callback: LookupCallback): void {
  const base: LookupOptions = typeof options === 'number' ? { family: options } : { ...options };
  dnsLookup(hostname, { ...base, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(new AddressRefusedError(hostname, bad.address) as NodeJS.ErrnoException, []);
    if (base.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}

/** Options of {@link createGuardedAgent}. */
export interface GuardedAgentOptions {
  /** `host:port` keys from {@link parseAllowHosts}: connected to whatever they resolve to. */
  allowHosts: Set<string>;
  /** Milliseconds allowed to open a connection. */
  connectTimeoutMs: number;
}

/**
 * An undici Agent that refuses, at connect time, any connection to a
 * loopback, private, link-local or otherwise non-public address: IP literals
 * are checked directly, names on every address they resolve to (so DNS
 * answers cannot smuggle in an internal address). `allowHosts` pairs pass.
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const guarded = buildConnector({ timeout: options.connectTimeoutMs, lookup: guardedLookup });
  const open = buildConnector({ timeout: options.connectTimeoutMs });
  const connect: buildConnector.connector = (opts, callback) => {
    const host = bareHost(opts.hostname);
    const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
    if (options.allowHosts.has(`${host}:${port}`)) return open(opts, callback);
    if (isIP(host) !== 0 && !isPublicAddress(host)) return callback(new AddressRefusedError(host, host), null);
    return guarded(opts, callback);
  };
  return new Agent({ connect });
}

/** True when `error` or one of its causes is an {@link AddressRefusedError}. */
export function isAddressRefused(error: unknown): error is AddressRefusedError {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === ADDRESS_REFUSED) return true;
  }
  return false;
}
