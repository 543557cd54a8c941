import { afterEach, describe, expect, it } from 'vitest';
import { isPublicAddress, parseAllowHosts } from '../../pipeline/fetch/address-guard.ts';
import { html, startServer, status, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

const PAGE = '<!doctype html><title>made-up</title><p>Internal.</p>';

describe('address classification (units)', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and reserved addresses, v4 and v6', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '2001:db8::1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it('refuses IPv6 forms that embed a non-public IPv4 address: compatible, mapped, SIIT, NAT64, 6to4, Teredo', () => {
    for (const a of ['::7f00:2', '::127.0.0.2', '::a00:1', '::ffff:7f00:1', '::ffff:0:7f00:2', '::ffff:0:10.0.0.1', '::ffff:0:a9fe:a9fe',
      '64:ff9b::7f00:2', '64:ff9b::192.168.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::808:808', '2002:7f00:1::1', '2002:808:808::1', '2001:0:4136:e378::1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it('lets NAT64 and mapped forms of a public IPv4 address through', () => {
    for (const a of ['64:ff9b::808:808', '64:ff9b::8.8.8.8', '::ffff:0:808:808', '::ffff:808:808']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('lets public unicast addresses through', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('reads --allow-hosts host:port pairs and rejects anything else', () => {
    expect([...parseAllowHosts(['127.0.0.1:8080,Localhost:3000', '[::1]:9000'])]).toEqual(['127.0.0.1:8080', 'localhost:3000', '::1:9000']);
    expect(() => parseAllowHosts(['127.0.0.1'])).toThrow(/host:port/);
    expect(() => parseAllowHosts(['127.0.0.1:99999'])).toThrow(/host:port/);
  });
});

describe('address guard at connect time', () => {
  let server: LocalServer;
  let other: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await other?.close();
    await raw?.cleanup();
  });

  it('skips a 127.0.0.1 URL with reason address when the host is not allowed, sending nothing', async () => {
    server = await startServer({ '/a.html': html(PAGE) });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, []));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'skipped', reason: 'address', path: null });
    expect(server.seen).toHaveLength(0);
    expect(run.exitCode).toBe(0);
  });

  it('checks the resolved address of a name (localhost), not the name', async () => {
    server = await startServer({ '/a.html': html(PAGE) });
    raw = await tempRaw();
    const url = `http://localhost:${server.port}/a.html`;
    // 127.0.0.1:port is allowed, but the name localhost:port is not: its resolved address must be refused.
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'skipped', reason: 'address' });
    expect(server.seen).toHaveLength(0);
  });

  it('allowing the name lets it through', async () => {
    server = await startServer({ '/a.html': html(PAGE) });
    raw = await tempRaw();
    const url = `http://localhost:${server.port}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [`localhost:${server.port}`]));
    expect(entryOf(run.manifest, url).outcome).toBe('fetched');
  });

  it('refuses a redirect from an allowed server to a loopback address that is not allowed', async () => {
    other = await startServer({ '/secret.html': html(PAGE) });
    server = await startServer({
      '/to-ip': status(302, { location: `${other.origin}/secret.html` }),
      '/to-name': status(302, { location: `http://localhost:${other.port}/secret.html` }),
    });
    raw = await tempRaw();
    const urls = [`${server.origin}/to-ip`, `${server.origin}/to-name`];
    const run = await fetchUrls(urls, testOptions(raw.dir, [server.hostPort]));
    for (const url of urls) expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'skipped', reason: 'address' });
    expect(other.seen).toHaveLength(0);
  });

  it('refuses other spellings of internal addresses (IPv6 loopback, hex IPv4, cloud metadata), over https too', async () => {
    raw = await tempRaw();
    const urls = ['http://[::1]:9/a.html', 'http://0x7f.1:9/a.html', 'http://[::7f00:2]:9/a.html', 'http://[::ffff:0:7f00:2]:9/a.html', 'http://[64:ff9b::7f00:2]:9/a.html', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/a.html',
      'https://127.0.0.1:9/a.html', 'https://localhost:9/a.html'];
    const run = await fetchUrls(urls, testOptions(raw.dir, [], { retries: 0 }));
    for (const url of urls) expect(entryOf(run.manifest, new URL(url).href)).toMatchObject({ outcome: 'skipped', reason: 'address' });
  });

  it('fetches only http and https URLs', async () => {
    raw = await tempRaw();
    const urls = ['ftp://example.org/a.html', 'file:///etc/passwd', 'data:text/html,<p>x</p>'];
    const run = await fetchUrls(urls, testOptions(raw.dir, []));
    for (const url of urls) expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'skipped', reason: 'scheme', path: null });
  });
});
