/**
 * Where a rule set gets its facts: the catalogue of fact definitions and the
 * one-pass derivation they read. The library's catalogue is the default;
 * tests inject small stub catalogues through `createRuleSet`'s internal
 * option.
 *
 * @module
 * @internal
 */
import type { Project } from '../model/project.js';
import type { EvidenceOptions } from './facts/evidence.js';
import {
  type DerivedProject,
  deriveProject,
  type FactDefinition,
  factCatalogue,
} from './facts/index.js';

/**
 * A fact catalogue with its derivation step.
 *
 * @internal
 *
 * @example
 * ```ts
 * import { deriveProject, factCatalogue } from './facts/index.js';
 *
 * const provider: FactProvider = { facts: factCatalogue, derive: deriveProject };
 * ```
 */
export interface FactProvider {
  /**
   * What the facts are about: one project (the default), or a portfolio of
   * projects, whose rule set holds only the portfolio rules and whose
   * rules without subjects have the scope `portfolio`.
   */
  readonly kind?: 'project' | 'portfolio';
  readonly facts: readonly FactDefinition[];
  /** Derives once per check; `evidence` comes from the configuration. */
  readonly derive: (project: Project, now: Date, evidence: EvidenceOptions) => DerivedProject;
}

const libraryProvider: FactProvider = Object.freeze({
  facts: factCatalogue,
  derive: deriveProject,
});

/**
 * The default provider: the library's fact catalogue.
 *
 * @internal
 *
 * @example `defaultFactProvider().facts.length // the size of the fact catalogue`
 */
export function defaultFactProvider(): FactProvider {
  return libraryProvider;
}
