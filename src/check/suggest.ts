/**
 * "Did you mean …?" for mistyped names: rule ids, facts, operators. The
 * matching lives in the model, which uses it for enum values too.
 *
 * @module
 */
export { closestMatch } from '../model/suggest.js';
