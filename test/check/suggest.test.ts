import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/check/suggest.js';

describe('closestMatch', () => {
  const rules = ['quiet-members', 'dominant-voices', 'jargon-explained'];

  it('finds the name a small typo meant, ignoring case', () => {
    expect(closestMatch('quiet-member', rules)).toBe('quiet-members');
    expect(closestMatch('Dominant-Voises', rules)).toBe('dominant-voices');
  });

  it('suggests nothing when no name is near enough', () => {
    expect(closestMatch('budget', rules)).toBeUndefined();
    expect(closestMatch('anything', [])).toBeUndefined();
  });

  it('takes a wider or narrower limit when asked', () => {
    expect(closestMatch('jargon', rules)).toBeUndefined();
    expect(closestMatch('jargon-expl', rules, { maxDistance: 5 })).toBe('jargon-explained');
    expect(closestMatch('quiet-membrs', rules, { maxDistance: 0 })).toBeUndefined();
  });
});
