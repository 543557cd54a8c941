/**
 * Credentials in URLs (`https://user:password@host/`): the fetcher never
 * sends, stores or logs them. Every URL is passed through
 * {@link withoutCredentials} where it enters the fetcher (the source list, a
 * redirect's Location, a manifest read from disk).
 */

/** `scheme://userinfo@` in a string that is not a parseable URL. */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/i;

/** True when a URL (or URL-like string) carries a user name or password. */
export function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return USERINFO.test(url);
  }
}

/**
 * The URL without its user name and password; other strings are returned
 * with any `scheme://userinfo@` part removed.
 */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.replace(USERINFO, '$1');
  }
}
