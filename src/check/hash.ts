/**
 * A small, dependency-free fingerprint for stable ids. Not for security:
 * only for ids that must be the same on every run and machine.
 *
 * @module
 */

let encoder: InstanceType<typeof TextEncoder> | undefined;

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a string, as 16 hex digits.
 *
 * The 64-bit product is kept in four 16-bit limbs so every step stays within
 * exact integer arithmetic; BigInt did the same job about thirty times slower,
 * and a check hashes one id per issue.
 *
 * @example `fnv1a64('') // 'cbf29ce484222325'`
 */
export function fnv1a64(input: string): string {
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  let ascii = true;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  let bytes: Uint8Array | undefined;
  if (!ascii) {
    encoder ??= new TextEncoder();
    bytes = encoder.encode(input);
  }
  const length = bytes ? bytes.length : input.length;
  for (let i = 0; i < length; i++) {
    h0 ^= bytes ? (bytes[i] ?? 0) : input.charCodeAt(i);
    // Multiply by the prime 2^40 + 0x1b3: each limb times 0x1b3, plus the
    // value shifted left by 40 bits (two limbs and eight bits).
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}
