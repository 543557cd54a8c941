// Types of the parts of whatwg-encoding (plain JavaScript, no bundled types) that charset.ts uses.
declare module 'whatwg-encoding' {
  /** The WHATWG encoding name of a label (case- and whitespace-insensitive), or null when the Encoding Standard does not know it. */
  export function labelToName(label: string): string | null;
  /** True for the encoding names the package can decode (never "replacement"). */
  export function isSupported(name: string): boolean;
}
