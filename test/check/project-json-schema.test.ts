/**
 * `projectJsonSchema()` from `coproduce/schemas`: the project document's
 * JSON Schema at run time, for a system that validates project JSON without
 * the library. It is the committed schemas/project.schema.json, and it
 * agrees with parseProject on the bundled examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/index.js';
import { projectJsonSchema } from '../../src/schemas.js';

const EXAMPLES = join('examples', 'projects');

describe('projectJsonSchema', () => {
  it('is the schema committed as schemas/project.schema.json, but for its $id, title and description', () => {
    const { $id, title, description, ...committed } = JSON.parse(
      readFileSync(join('schemas', 'project.schema.json'), 'utf8'),
    );
    expect(typeof $id).toBe('string');
    expect(projectJsonSchema()).toEqual(committed);
  });

  it('accepts every bundled example project, and refuses a misspelt field and a prototype key', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(projectJsonSchema());
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const data = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));
      expect(() => parseProject(data)).not.toThrow();
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...data, titel: data.title })).toBe(false);
      expect(validate({ ...data, extensions: JSON.parse('{"a": {"__proto__": {}}}') })).toBe(false);
    }
  });
});
