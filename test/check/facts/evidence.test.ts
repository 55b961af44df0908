/**
 * Placeholder text, as every fact that asks for "real words" reads it:
 * short words are read the same whether or not a placeholder starts like them.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholderText } from '../../../src/check/facts/index.js';

describe('isPlaceholderText', () => {
  it('reads short real words as words, whatever their case or the white space around them', () => {
    for (const text of ['Cooking', '  gardening ', 'Zumba', 'I cook', '1 hour', '\u00a0Cooking']) {
      expect(isPlaceholderText(text), text).toBe(false);
    }
  });

  it('reads placeholders however they are written', () => {
    for (const text of [
      'TBC',
      '  tbc. ',
      'To be  confirmed...',
      '\u00a0tbc',
      '\tN/A',
      '...',
      '',
      '  ',
      '—',
    ]) {
      expect(isPlaceholderText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('tells apart short words that start like a placeholder', () => {
    expect(isPlaceholderText('Later')).toBe(true);
    expect(isPlaceholderText('Lamb')).toBe(false);
    expect(isPlaceholderText('todo')).toBe(true);
    expect(isPlaceholderText('Tom')).toBe(false);
  });

  it('reads a council’s own placeholders, including ones starting with a capital or a symbol', () => {
    const council = ['Zip', '#n/a', 'Ärger'];
    expect(isPlaceholderText('zip', council)).toBe(true);
    expect(isPlaceholderText(' ZIP.', council)).toBe(true);
    expect(isPlaceholderText('Zap', council)).toBe(false);
    expect(isPlaceholderText('#N/A', council)).toBe(true);
    expect(isPlaceholderText('#1', council)).toBe(false);
    expect(isPlaceholderText('ärger', council)).toBe(true);
    expect(isPlaceholderText('tbc', council)).toBe(false);
  });
});
