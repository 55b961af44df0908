import { describe, expect, it } from 'vitest';
import { describePathProblem, parseSafePath, pathResolver } from '../../src/check/path.js';

describe('pathResolver', () => {
  const value = { a: { b: [{ c: 1 }, { c: 2 }] }, list: ['x', 'y'] };

  it('follows dot paths of own properties and indexes, with or without "$."', () => {
    expect(pathResolver(value, 'a.b.1.c')).toBe(2);
    expect(pathResolver(value, '$.a.b.0.c')).toBe(1);
    expect(pathResolver(value, 'list.length')).toBe(2);
  });

  it('returns undefined for missing properties and out-of-range indexes', () => {
    expect(pathResolver(value, 'a.x')).toBeUndefined();
    expect(pathResolver(value, 'a.b.5.c')).toBeUndefined();
    expect(pathResolver(value, 'a.b.01')).toBeUndefined();
    expect(pathResolver(value, 'list.0.length')).toBeUndefined();
  });

  it.each([
    '__proto__',
    'constructor',
    'prototype',
    'a.__proto__',
    'a.constructor.name',
    '$.prototype',
  ])('refuses the prototype key in %s', (path) => {
    expect(pathResolver(value, path)).toBeUndefined();
    expect(parseSafePath(path)).toBeUndefined();
    expect(describePathProblem(path)).toMatch(/must not use/);
  });

  it('never reads inherited properties', () => {
    expect(pathResolver({}, 'toString')).toBeUndefined();
    expect(pathResolver(Object.create({ inherited: 1 }), 'inherited')).toBeUndefined();
  });

  it.each(['$.x[?(@.a)]', '$..a', 'a[0]', 'a.*', '$', '', 'a..b', 'a.(b)', '@.a'])(
    'refuses JSONPath-like %j',
    (path) => {
      expect(parseSafePath(path)).toBeUndefined();
      expect(pathResolver({ x: [{ a: 1 }], a: [1] }, path)).toBeUndefined();
      expect(describePathProblem(path)).toBeTypeOf('string');
    },
  );

  it('accepts plain paths', () => {
    expect(describePathProblem('a.0.b')).toBeUndefined();
  });
});
