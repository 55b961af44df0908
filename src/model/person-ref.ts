/**
 * A council-assigned, pseudonymous key for one person, so that the same
 * resident can be recognised across the council's projects without their
 * name travelling with every project file.
 *
 * @module
 */
import * as z from 'zod';

/**
 * The pattern a person reference must match: 4 to 64 characters, letters,
 * digits, `.`, `_`, `:` and `-` only, starting with a letter or digit, and
 * with at least two digits. The pattern is deliberately narrow: it refuses
 * spaces, `@` and most names ("Sam Jones", "sam.jones@example.org"), so a
 * reference is far more likely to be a key than a name. It cannot refuse
 * every name (`sam-jones-22` matches), so assign references from a register
 * the council keeps, never from anything about the person.
 *
 * @category Model
 * @example `PERSON_REF_PATTERN.test('P-0042') // true`
 */
export const PERSON_REF_PATTERN: RegExp =
  /^(?=(?:[^0-9]*[0-9]){2})[A-Za-z0-9][A-Za-z0-9._:-]{3,63}$/;

/**
 * A person reference: a pseudonymous key the council assigns to one person
 * and uses in every project that person takes part in (see
 * {@link PERSON_REF_PATTERN}). Never a name, an email address, a phone
 * number or a case-system id that others can look up. It is personal data:
 * erasing a member removes it, and anonymised reports never show it.
 *
 * @category Model
 * @example `PersonRefSchema.parse('P-0042')`
 */
export const PersonRefSchema = z
  .string()
  .regex(PERSON_REF_PATTERN, {
    error:
      'must be a reference the council assigns, like "P-0042": 4 to 64 letters, digits, ".", "_", ":" or "-", with at least two digits, and never a name or an email address',
  })
  .meta({ title: 'PersonRef' });

/** A person reference. @category Model @example `const ref: PersonRef = 'P-0042';` */
export type PersonRef = z.infer<typeof PersonRefSchema>;
