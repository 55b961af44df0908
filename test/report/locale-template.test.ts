import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLocaleTemplate,
  LOCALE_TEMPLATE,
  renderLocaleTemplate,
} from '../../scripts/generate-locale-template.js';
import { builtinRules } from '../../src/index.js';
import { UI_CATALOGUES, UI_LOCALES } from '../../src/report/index.js';

const template = buildLocaleTemplate();

describe('the translators’ template (locales/template.json)', () => {
  it('is up to date, and the --check mode says when it is not', () => {
    expect(readFileSync(LOCALE_TEMPLATE, 'utf8')).toBe(renderLocaleTemplate());
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/generate-locale-template.ts', '--check'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
  });

  it('holds every catalogue message, every section and question, and every default rule text', () => {
    const ids = new Set(template.messages.map((m) => m.id));
    for (const id of Object.keys(UI_CATALOGUES['en-GB'])) expect(ids).toContain(id);
    for (const rule of builtinRules().values()) {
      expect(ids).toContain(`rule:${rule.id}.title`);
      expect(ids).toContain(`rule:${rule.id}.flagged`);
      expect(ids).toContain(`rule:${rule.id}.action`);
      expect(ids.has(`rule:${rule.id}.needsReview`)).toBe(rule.messages.needsReview !== undefined);
    }
    expect(template.messages.some((m) => m.group === 'question')).toBe(true);
  });

  it('lists the placeholders to keep, which every shipped translation keeps', () => {
    const withCount = template.messages.find((m) => m.id === 'summary.passed');
    expect(withCount?.placeholders).toEqual(['{passed:count}']);
    for (const locale of UI_LOCALES.filter((l) => l !== 'en-GB')) {
      expect(template.locales[locale]?.reviewed).toBe(false);
      for (const message of template.messages.filter((m) => m.group === 'ui')) {
        const translated = message.translations[locale];
        expect(translated, `${locale} ${message.id}`).toEqual(expect.any(String));
        for (const placeholder of message.placeholders) {
          const name = placeholder.slice(1, -1).split(':')[0] as string;
          expect(translated, `${locale} ${message.id} keeps ${placeholder}`).toMatch(
            new RegExp(`\\{${name}[:}]`),
          );
        }
      }
    }
  });
});
