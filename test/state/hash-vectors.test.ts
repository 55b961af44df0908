/**
 * Known answers for the two hashes every stored id and history rests on.
 * A change to SHA-256's constants or FNV-1a's offset basis or prime would
 * silently change every saved history's hashes and every issue id; these
 * vectors (NIST's for SHA-256, the FNV authors' for FNV-1a) fail first.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../../src/check/hash.js';
import { sha256Hex } from '../../src/state/hash-chain.js';

describe('SHA-256 (FIPS 180-4)', () => {
  const vectors: [string, string][] = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ];
  for (const [input, digest] of vectors) {
    it(`gives NIST's answer for a message of ${input.length} characters`, () => {
      expect(sha256Hex(input)).toBe(digest);
    });
  }

  it('agrees with node:crypto at every padding edge and on any UTF-8 text', () => {
    for (let length = 0; length <= 130; length++) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });
});

/** FNV-1a 64 written the obvious way with BigInt, as the reference. */
function fnvReference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('FNV-1a, 64-bit', () => {
  const vectors: [string, string][] = [
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ];
  for (const [input, digest] of vectors) {
    it(`gives the published answer for ${JSON.stringify(input)}`, () => {
      expect(fnv1a64(input)).toBe(digest);
    });
  }

  it('agrees with a BigInt reference on any text, ASCII or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fnv1a64(text)).toBe(fnvReference(text));
      }),
    );
  });
});
