import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_RULES_MODULE,
  listBuiltinFiles,
  renderBuiltinRulesModule,
} from '../../scripts/generate-builtin-rules.js';
import {
  builtinFactFiles,
  builtinMessageFiles,
  builtinPacks,
  builtinPresetFiles,
  builtinQuestionCatalogue,
  builtinRuleFiles,
} from '../../src/check/builtin-rules.js';
import { builtinPresets, builtinRules } from '../../src/check/compile.js';
import { FactLibrarySchema } from '../../src/check/declarative/schema.js';
import {
  configJsonSchema,
  factsJsonSchema,
  packMessagesJsonSchema,
  presetJsonSchema,
  questionsJsonSchema,
  ruleJsonSchema,
  ruleTestJsonSchema,
} from '../../src/check/json-schema.js';
import {
  parsePackMessages,
  parseQuestionCatalogue,
  parseRuleFile,
  parseRuleSetPreset,
} from '../../src/check/rule-schema.js';

describe('src/check/builtin-rules.ts', () => {
  it('is up to date with rules/ (run `tsx scripts/generate-builtin-rules.ts`)', () => {
    expect(readFileSync(BUILTIN_RULES_MODULE, 'utf8')).toBe(renderBuiltinRulesModule());
  });

  it('holds every rule file and preset', () => {
    const { rules, presets, questions } = listBuiltinFiles();
    expect(questions).toBe('questions.json');
    expect(builtinRules().size).toBe(rules.length);
    for (const file of presets) {
      const id = file.replace(/^presets\//, '').replace(/\.json$/, '');
      expect(builtinPresets().has(id)).toBe(true);
    }
  });
});

// The files shipped in rules/ are not parsed again at every start (see
// src/check/config/builtins.ts): this is where they are, before release.
describe('the files shipped in rules/, as they are used', () => {
  /** Each file, parsed from its text as a council's would be, is exactly the data used. */
  function expectReadAsWritten(
    files: readonly { file: string; data: unknown }[],
    parse: (
      raw: unknown,
      file: string,
    ) => { success: true; value: unknown } | { success: false; problems: unknown },
  ): void {
    expect(files.length).toBeGreaterThan(0);
    for (const { file, data } of files) {
      const parsed = parse(JSON.parse(readFileSync(file, 'utf8')), file);
      expect(parsed.success ? parsed.value : parsed.problems, file).toStrictEqual(data);
    }
  }

  it('are rules exactly as parseRuleFile reads them', () => {
    expectReadAsWritten(
      [...builtinRuleFiles, ...builtinPacks.flatMap((pack) => pack.rules)],
      (raw, file) => parseRuleFile(raw, { file }),
    );
    // What a check uses is that data, unchanged.
    for (const { data } of builtinRuleFiles) {
      expect(builtinRules().get((data as { id: string }).id)).toBe(data);
    }
  });

  it('are presets, question catalogues and translations exactly as their parsers read them', () => {
    expectReadAsWritten(
      [...builtinPresetFiles, ...builtinPacks.flatMap((pack) => pack.presets)],
      (raw, file) => parseRuleSetPreset(raw, { file }),
    );
    expectReadAsWritten(
      [
        { file: 'rules/questions.json', data: builtinQuestionCatalogue },
        ...builtinPacks.map((pack) => pack.questions),
      ],
      (raw, file) => parseQuestionCatalogue(raw, { file }),
    );
    expectReadAsWritten(
      [...builtinMessageFiles, ...builtinPacks.flatMap((pack) => pack.messages)],
      (raw, file) => parsePackMessages(raw, { file }),
    );
  });

  it('are handed out frozen, so no caller can change them for later rule sets', () => {
    const rules = [...builtinRules().values()];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(Object.isFrozen(rule), rule.id).toBe(true);
      expect(Object.isFrozen(rule.conditions), rule.id).toBe(true);
    }
    const first = rules[0] as { title: string };
    expect(() => {
      first.title = 'Changed by a caller';
    }).toThrow(TypeError);
  });

  it('make a fact library exactly as its schema reads each file', () => {
    expectReadAsWritten(builtinFactFiles, (raw) => {
      const parsed = FactLibrarySchema.safeParse(raw);
      return parsed.success
        ? { success: true, value: parsed.data }
        : { success: false, problems: parsed.error.issues };
    });
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);

  it('accept every default rule file and preset', () => {
    const rule = ajv.compile(ruleJsonSchema());
    const preset = ajv.compile(presetJsonSchema());
    const facts = ajv.compile(factsJsonSchema());
    for (const set of readdirSync('rules', { withFileTypes: true })) {
      if (!set.isDirectory()) continue;
      if (listBuiltinFiles().packs.some((p) => p.name === set.name)) continue;
      // The built-in framework's translations are pack messages, checked below.
      if (set.name === 'messages') continue;
      const validate = set.name === 'presets' ? preset : set.name === 'facts' ? facts : rule;
      for (const file of readdirSync(join('rules', set.name))) {
        const data = JSON.parse(readFileSync(join('rules', set.name, file), 'utf8'));
        expect(validate(data), `${set.name}/${file}: ${JSON.stringify(validate.errors)}`).toBe(
          true,
        );
      }
    }
  });

  it('accept every file of each framework pack: catalogue, rules, presets, messages, tests', () => {
    const check = (schema: object, file: string) => {
      const validate = ajv.compile(schema);
      const data = JSON.parse(readFileSync(join('rules', file), 'utf8'));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    const { packs } = listBuiltinFiles();
    expect(packs.map((p) => p.name)).toEqual(['six-principles']);
    for (const pack of packs) {
      check(questionsJsonSchema(), pack.questions);
      for (const file of pack.rules) check(ruleJsonSchema(), file);
      for (const file of pack.presets) check(presetJsonSchema(), file);
      for (const file of pack.messages) check(packMessagesJsonSchema(), file);
      const tests = readdirSync(join('rules', pack.name, 'tests'));
      expect(tests.length).toBe(pack.rules.length);
      for (const file of tests) check(ruleTestJsonSchema(), `${pack.name}/tests/${file}`);
    }
  });

  it('refuse unknown fields, prototype keys and bad ids', () => {
    const rule = ajv.compile(ruleJsonSchema());
    const base = JSON.parse(readFileSync('rules/during/quiet-members.json', 'utf8'));
    expect(rule({ ...base, extra: 1 })).toBe(false);
    expect(rule({ ...base, id: 'Quiet_Members' })).toBe(false);
    expect(
      rule({
        ...base,
        parameters: { constructor: { type: 'integer', default: 1, description: 'x' } },
      }),
    ).toBe(false);
    const config = ajv.compile(configJsonSchema());
    expect(
      config({
        extends: ['coproduce:recommended'],
        rules: { 'quiet-members': 'off' },
        locale: 'cy',
      }),
    ).toBe(true);
    expect(config({ rules: { 'quiet-members': 'loud' } })).toBe(false);
    expect(config({ rules: { prototype: 'off' } })).toBe(false);
    expect(config({ customRules: [base] })).toBe(true);
  });
});
