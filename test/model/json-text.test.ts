import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCoproduceError, parseProjectJson } from '../../src/index.js';
import { firstDuplicateKey, jsonPositions } from '../../src/model/json-text.js';
import { describeLocation } from '../../src/model/location.js';
import { locateProblems, readJsonText } from '../../src/node/index.js';
import { problemMessage } from '../../src/report/index.js';

const midWayText = readFileSync('examples/projects/mid-way.json', 'utf8');

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a key given twice in one object', () => {
  it('is found with both places, however it is written, and only within one object', () => {
    expect(firstDuplicateKey('{"a": 1, "b": {"a": 2}, "c": [{"x": 1}, {"x": 2}]}')).toBeUndefined();
    expect(firstDuplicateKey('{"s": "{\\"a\\": 1, \\"a\\": 2}", "t": ["a", "a"]}')).toBeUndefined();
    expect(firstDuplicateKey('{"a": 1,\n "\\u0061": 2}')).toEqual({
      key: 'a',
      first: 1,
      again: 10,
    });
    expect(firstDuplicateKey('[{"k": {"x": 1, "y": 2}, "k": 3}]')?.key).toBe('k');
  });

  it('is refused in a file written by hand, saying where, in English and Welsh', () => {
    const text = '{\n  "severity": "error",\n  "title": "T",\n  "severity": "info"\n}';
    expect(readJsonText(text, 'file')).toEqual({ severity: 'info', title: 'T' });
    const error = thrown(() => readJsonText(text, 'file', { uniqueKeys: true }));
    if (!isCoproduceError(error)) throw error;
    expect(error.code).toBe('invalid-json');
    expect(error.message).toMatch(
      /^The file is ambiguous JSON: the key "severity" on line 4, column 3 is already given on line 2 in the same object/,
    );
    expect(error.problems[0]).toMatchObject({ line: 4, column: 3 });
    expect(problemMessage(error.problems[0]!, 'cy')).toBe(
      'mae’n JSON amwys: mae’r allwedd "severity" ar linell 4, colofn 3 eisoes wedi’i rhoi ar linell 2 yn yr un gwrthrych: dim ond yr olaf fyddai’n cael ei darllen, felly cadwch un',
    );
  });
});

describe('reading JSON text', () => {
  it('skips a byte-order mark, in the library as in the command line', () => {
    expect(readJsonText('\uFEFF{"a": 1}', 'file')).toEqual({ a: 1 });
    const plain = parseProjectJson(midWayText);
    expect(parseProjectJson(`\uFEFF${midWayText}`)).toEqual(plain);
  });

  it('explains the common mistakes with their line and column, never quoting the text', () => {
    const cases: [string, RegExp, number, number][] = [
      ['{\n  "a": 1,\n}', /a comma before "}" \(line 3, column 1\)/, 3, 1],
      ['{\n  // a note\n  "a": 1\n}', /a comment \(line 2, column 3\): JSON has no comments/, 2, 3],
      ['{\n  \u201ca\u201d: 1\n}', /a curly quote \(line 2, column 3\)/, 2, 3],
    ];
    for (const [text, message, line, column] of cases) {
      const error = thrown(() => readJsonText(text, 'configuration'));
      if (!isCoproduceError(error)) throw error;
      expect(error.code).toBe('invalid-json');
      expect(error.message).toMatch(/^The configuration is not valid JSON: /);
      expect(error.message).toMatch(message);
      expect(error.problems[0]).toMatchObject({ line, column });
    }
  });

  it('says which bracket or quote a text that ends too early left open, in English and Welsh', () => {
    const error = thrown(() => readJsonText('{\n  "members": [\n    {"id": "m-1"}', 'project'));
    if (!isCoproduceError(error)) throw error;
    expect(error.message).toMatch(
      /^The project is not valid JSON: it ends too early: the "\[" on line 2, column 14 is never closed\.\n/,
    );
    expect(error.problems[0]?.params).toEqual({
      kind: 'unclosed-bracket',
      open: '[',
      line: 2,
      column: 14,
    });
    expect(problemMessage(error.problems[0]!, 'cy')).toBe(
      'nid yw’n JSON dilys: mae’n dod i ben yn rhy gynnar: nid yw’r "[" ar linell 2, colofn 14 byth yn cau',
    );
  });
});

describe('where values are in a JSON text', () => {
  it('finds keys and list items, however the text is laid out', () => {
    const text = '\uFEFF{\n  "a": [1, {"b": "x\\"}"},\n    3],\n  "c/d": {"e": null}\n}';
    const found = jsonPositions(text, ['', '/a/1/b', '/a/2', '/c~1d/e', '/missing']);
    expect(found.get('')).toEqual({ line: 1, column: 1 });
    expect(found.get('/a/1/b')).toEqual({ line: 2, column: 13 });
    expect(found.get('/a/2')).toEqual({ line: 3, column: 5 });
    expect(found.get('/c~1d/e')).toEqual({ line: 4, column: 11 });
    expect(found.has('/missing')).toBe(false);
  });

  it('gives a missing value the line of the item that lacks it', () => {
    const text = '{\n  "list": [\n    {"id": "x"},\n    {"id": "y"}\n  ]\n}';
    const [located] = locateProblems(
      [{ path: ['list', 1, 'title'], pointer: '/list/1/title', message: 'is required' }],
      text,
    );
    expect(located).toMatchObject({ line: 4, column: 5 });
  });

  it('gives each problem of a project file its line, and the item by position, title and id', () => {
    const doc = JSON.parse(midWayText);
    doc.activities[19].start = 'soon';
    const text = JSON.stringify(doc, null, 2);
    const error = thrown(() => parseProjectJson(text));
    if (!isCoproduceError(error)) throw error;
    const [p] = error.problems;
    const line = text.split('\n').findIndex((l) => l.includes('"soon"')) + 1;
    expect(p).toMatchObject({ pointer: '/activities/19/start', line });
    expect(p?.location).toBe(
      `activity 20 ("${doc.activities[19].title}", id ${doc.activities[19].id}), start`,
    );
    expect(error.message).toContain(`line ${line}: activity 20 (`);
  });
});

describe('describeLocation', () => {
  it('counts from 1 and names items without their personal or unsafe text', () => {
    const doc = {
      group: { members: [{ id: 'm-01', displayName: 'Amira Khan' }] },
      activities: [{ id: 'a-1', title: `Evil\u001b[31m\u202Etitle ${'x'.repeat(80)}` }],
    };
    expect(describeLocation(['group', 'members', 0, 'joined'], doc)).toBe(
      'group, member 1 (id m-01), joined',
    );
    const activity = describeLocation(['activities', 0, 'end'], doc);
    expect(activity).not.toContain(String.fromCharCode(0x1b));
    expect(activity).not.toContain('\u202E');
    expect(activity).toMatch(/^activity 1 \("Evil \[31m title x+…", id a-1\), end$/);
    expect(describeLocation(['activities', 0, 'end'], doc, { labels: false })).toBe(
      'activity 1 (id a-1), end',
    );
    expect(describeLocation(['rules', 'quiet-members', 'severity'])).toBe(
      'rules, quiet-members, severity',
    );
    expect(describeLocation(['conditions', 'all', 2, 'fact'])).toBe(
      'conditions, condition 3, fact',
    );
  });
});
