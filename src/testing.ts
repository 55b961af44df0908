/**
 * `coproduce/testing`: testing a council's own rules. `testRule` runs one
 * rule against a small project and compares the outcome with what the test
 * expects; rule test files (`*.test.json`) hold such cases as data.
 *
 * @module coproduce/testing
 */
export {
  DEFAULT_TEST_NOW,
  minimalProject,
  parseRuleTestFile,
  type RuleTestCase,
  type RuleTestCases,
  RuleTestError,
  type RuleTestFile,
  type TestRuleOptions,
  testRule,
} from './check/test-rule.js';
