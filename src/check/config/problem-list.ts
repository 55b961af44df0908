/**
 * The one list of problems a configuration and its rules collect while they
 * are resolved and compiled, so that a single pass reports them all.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, toJsonPointer } from '../../model/errors.js';
import { formatNumber } from '../messages.js';
import {
  countProblems,
  ProblemCollector,
  type ProblemExtra,
  type ProblemMessage,
} from '../problems.js';
import { PACK_LAYOUT } from '../schema/frameworks.js';
import type { SourceLocation } from './types.js';

/** A problem's code and values, beside its message. */
export type Coded = Pick<ProblemExtra, 'code' | 'params'>;

/**
 * Every problem found while resolving and compiling, in the order found, so
 * that one pass reports them all: each kept once, however many ways it was
 * reached; the first `RULE_LIMITS.maxProblems` listed (the first
 * `RULE_LIMITS.maxSuggestions` with a "did you mean"), the rest counted.
 */
export class ProblemList {
  private readonly collected = new ProblemCollector();
  /** Problems in configuration files, listed or not: they make the code `invalid-config`. */
  private configProblems = 0;
  private readonly seen = new Set<string>();
  /** Errors of files that could not be read, whose problems are listed. */
  private readonly failures: CoproduceError[] = [];
  /** Folders whose question catalogue could not be used (see {@link ProblemList.catalogueUnread}). */
  private readonly unreadCatalogues: string[] = [];
  /** Whether a problem is new; keyed without a suggestion, so no search is made for a repeat. */
  private fresh(
    path: readonly (string | number)[],
    text: string,
    extra: { file?: string; ruleId?: string },
  ): boolean {
    const key = `${extra.file ?? ''}\u0000${toJsonPointer(path)}\u0000${extra.ruleId ?? ''}\u0000${text}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
  add(
    kind: 'config' | 'rule',
    where: SourceLocation,
    message: ProblemMessage,
    ruleId?: string,
    coded?: Coded,
  ): void {
    const extra: ProblemExtra = { ...coded };
    if (where.file !== undefined) extra.file = where.file;
    if (ruleId !== undefined) extra.ruleId = ruleId;
    const text = typeof message === 'string' ? message : message(() => '');
    if (!this.fresh(where.path, text, extra)) return;
    if (kind === 'config') this.configProblems += 1;
    this.collected.add(where.path, message, extra);
  }
  /** Adds a problem already made. */
  push(kind: 'config' | 'rule', detail: ProblemDetail): void {
    const extra: { file?: string; ruleId?: string } = {};
    if (detail.file !== undefined) extra.file = detail.file;
    if (detail.ruleId !== undefined) extra.ruleId = detail.ruleId;
    if (!this.fresh(detail.path, detail.message, extra)) return;
    if (kind === 'config') this.configProblems += 1;
    this.collected.push(detail);
  }
  /**
   * Adds the problems of a parse result as they are: in configuration files
   * unless `kind` says otherwise or they name a rule.
   */
  addParsed(details: readonly ProblemDetail[], kind?: 'rule'): void {
    for (const detail of details) {
      this.push(kind ?? (detail.ruleId !== undefined ? 'rule' : 'config'), detail);
    }
  }
  /**
   * A file named at `where` could not be used: its own problems (which say
   * which file) are listed, or else its summary at `where`.
   */
  addError(kind: 'config' | 'rule', where: SourceLocation, error: CoproduceError): void {
    if (error.problems.length > 0 && error.problems.every((p) => p.file !== undefined)) {
      this.failures.push(error);
      for (const p of error.problems) this.push(p.ruleId !== undefined ? 'rule' : kind, p);
      return;
    }
    this.add(kind, where, error.message.split('\n')[0] ?? error.message);
  }
  /**
   * A framework pack's `questions.json` at `file` could not be used; its
   * own problems are listed. Until it is fixed, the question ids and
   * sections of the rules in its folder cannot be judged, so they are not
   * also reported unknown, which would send the reader to every rule.
   */
  catalogueUnread(file: string): void {
    this.unreadCatalogues.push(file.slice(0, file.length - PACK_LAYOUT.questions.length));
  }
  /** Whether a rule file is in a folder whose question catalogue could not be used. */
  inUnreadCatalogue(file: string | undefined): boolean {
    return file !== undefined && this.unreadCatalogues.some((folder) => file.startsWith(folder));
  }
  get size(): number {
    return this.collected.count;
  }
  /** Whether any problem is in a configuration file (else all are in rules). */
  get inConfig(): boolean {
    return this.configProblems > 0;
  }
  throwIfAny(summary: string): void {
    const count = this.collected.count;
    if (count === 0) return;
    // One file that could not be read, and nothing else: its own error says it best.
    const only = this.failures.length === 1 ? this.failures[0] : undefined;
    if (only !== undefined && countProblems(only.problems) === count) throw only;
    const code = this.configProblems > 0 ? 'invalid-config' : 'invalid-rule';
    throw new CoproduceError(
      code,
      `${summary} (${formatNumber(count)} problem${count === 1 ? '' : 's'}):`,
      this.collected.list(),
    );
  }
}
