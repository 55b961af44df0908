/**
 * The hash chain that makes a saved history tamper-evident: each entry
 * carries the SHA-256 of the entry before it (or of the initial project)
 * together with its own command, time and patches, so changing, removing or
 * reordering a recorded entry breaks the chain from that entry on.
 *
 * SHA-256 is written out here (FIPS 180-4) because `parseHistory` is
 * synchronous and runs in browsers, where the Web Crypto digest is
 * asynchronous.
 *
 * @internal
 * @module
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const encoder = new TextEncoder();
const words = new Uint32Array(64);

/**
 * The SHA-256 of a string's UTF-8 bytes, as 64 lower-case hex digits.
 *
 * @internal
 * @example `sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'`
 */
export function sha256Hex(text: string): string {
  const bytes = encoder.encode(text);
  const bitLength = bytes.length * 8;
  // Message, a 1 bit, zeros, and the 64-bit length, to a multiple of 64 bytes.
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  let h0 = 0x6a09e667;
  let h1 = 0xbb67ae85;
  let h2 = 0x3c6ef372;
  let h3 = 0xa54ff53a;
  let h4 = 0x510e527f;
  let h5 = 0x9b05688c;
  let h6 = 0x1f83d9ab;
  let h7 = 0x5be0cd19;
  const w = words;
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + (K[i] as number) + (w[i] as number)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  let hex = '';
  for (const part of [h0, h1, h2, h3, h4, h5, h6, h7]) {
    hex += (part >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

/**
 * JSON with object keys sorted and `undefined` keys left out, so equal data
 * always gives equal text, and so equal hashes.
 *
 * @internal
 * @example `canonicalJson({ b: 1, a: [2] }) // '{"a":[2],"b":1}'`
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
    }
    return `${out}}`;
  }
  // Only JSON reaches a hash in a valid history, but a broken one is hashed
  // before it is refused, so anything else must be written, not thrown.
  if (typeof value === 'bigint') return `"${value}n"`;
  return JSON.stringify(value) ?? 'null';
}

const projectHashes = new WeakMap<object, string>();

/**
 * Lists added to schema version 2 after histories were first saved with it,
 * which parsing fills in as empty when a document leaves them out. An empty
 * one is left out of the initial hash, so a history saved before the list
 * existed still verifies: its initial project says the same thing, and an
 * empty list written in or left out is the same data.
 */
const LATER_EMPTY_LISTS: readonly string[] = ['reciprocity'];

/** The project as hashed: {@link LATER_EMPTY_LISTS} that are empty are left out. */
function asHashed(project: object): object {
  const record = project as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of LATER_EMPTY_LISTS) {
    const value = record[key];
    if (Array.isArray(value) && value.length === 0) {
      out ??= { ...record };
      out[key] = undefined;
    }
  }
  return out ?? project;
}

/**
 * The hash a history's chain starts from: the SHA-256 of its initial
 * project in canonical JSON. Remembered per project object.
 *
 * @internal
 * @example
 * ```ts
 * const start = initialHash(history.initial); // 64 hex digits
 * start === JSON.parse(serializeHistory(history)).initialHash; // true: the saved history keeps it
 * ```
 */
export function initialHash(project: object): string {
  let hash = projectHashes.get(project);
  if (hash === undefined) {
    hash = sha256Hex(`coproduce-history-initial\n${canonicalJson(asHashed(project))}`);
    projectHashes.set(project, hash);
  }
  return hash;
}

/**
 * The hash of one history entry: the SHA-256 of the hash before it and the
 * entry's time, command and patches, in canonical JSON.
 *
 * @internal
 * @example
 * ```ts
 * // Each entry's hash chains on the one before it, the first on the initial project's.
 * let previous = initialHash(history.initial);
 * for (const entry of history.entries) {
 *   if (entryHash(previous, entry) !== entry.hash) throw new Error('the history was changed');
 *   previous = entry.hash;
 * }
 * ```
 */
export function entryHash(
  previous: string,
  entry: {
    readonly at: unknown;
    readonly command: unknown;
    readonly patches: unknown;
    readonly inversePatches: unknown;
  },
): string {
  const body = canonicalJson({
    at: entry.at,
    command: entry.command,
    inversePatches: entry.inversePatches,
    patches: entry.patches,
  });
  return sha256Hex(`coproduce-history-entry\n${previous}\n${body}`);
}
