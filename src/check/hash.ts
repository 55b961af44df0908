/**
 * A small, dependency-free fingerprint for stable ids. Not for security:
 * only for ids that must be the same on every run and machine.
 *
 * @module
 */

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a string, as 16 hex digits.
 *
 * @example `fnv1a64('') // 'cbf29ce484222325'`
 */
export function fnv1a64(input: string): string {
  let hash = OFFSET;
  for (const byte of new TextEncoder().encode(input)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
