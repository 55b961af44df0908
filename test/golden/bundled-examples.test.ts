/**
 * Golden values for the bundled example projects (examples/projects): the id
 * of every issue a check raises and the hashes of a history started from each.
 * Saved reports, acknowledgements and histories carry these values, so they
 * must never change by accident: a change to how an issue id is made (FNV-1a's
 * offset basis or prime, the id's format) or to how a history is hashed
 * (SHA-256's constants, the canonical JSON, the prefixes) fails here, even if
 * every other test still agrees with itself. The values are written out by
 * hand, never computed by the code under test; change them only on purpose,
 * with a migration for the stored values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  check,
  commands,
  createHistory,
  parseHistory,
  parseProject,
  recordCommand,
  serializeHistory,
} from 'coproduce';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, EXAMPLES_NOW } from '../model/example-files.js';

type Row = readonly [ruleId: string, subjectType: string, subjectId: string, issueId: string];

/** Every issue the default rules raise on each example at {@link EXAMPLES_NOW}, with its id. */
const ISSUE_IDS: Readonly<Record<string, readonly Row[]>> = {
  'early-stage': [
    ['access-needs-met', 'member', 'm-01', 'cp-cde800d1c6a3b993'],
    ['access-needs-met', 'member', 'm-02', 'cp-cde801d1c6a3bb46'],
    ['access-needs-met', 'member', 'm-03', 'cp-cde802d1c6a3bcf9'],
    ['access-needs-met', 'member', 'm-04', 'cp-cde803d1c6a3beac'],
    ['agreements-co-created', 'project', 'short-breaks-booking-2026', 'cp-1c18a4672a768389'],
    ['beyond-usual-participants', 'project', 'short-breaks-booking-2026', 'cp-aeb6ebb11cb6d3ab'],
    ['communication-plan', 'project', 'short-breaks-booking-2026', 'cp-b2cadcfb1a948f6c'],
    ['decision-scope-agreed', 'project', 'short-breaks-booking-2026', 'cp-819843c1672cdf24'],
    ['dedicated-resource', 'project', 'short-breaks-booking-2026', 'cp-aa0e53f275496258'],
    ['engagement-fatigue', 'member', 'm-02', 'cp-3cae8f1bc2001168'],
    ['group-decisions-kept', 'project', 'short-breaks-booking-2026', 'cp-bef6985b953adaf8'],
    ['influence-explained', 'project', 'short-breaks-booking-2026', 'cp-f92022ff3d6e26c2'],
    ['information-flows-both-ways', 'project', 'short-breaks-booking-2026', 'cp-9dcd8041de520ce7'],
    ['issue-and-remit', 'project', 'short-breaks-booking-2026', 'cp-f5df1e8a82def0c5'],
    ['learning-plan', 'project', 'short-breaks-booking-2026', 'cp-47ee3e6aaa7d3ee4'],
    ['meaning-of-coproduction', 'project', 'short-breaks-booking-2026', 'cp-fd2b5dea56953c9d'],
    [
      'members-briefed-on-coproduction',
      'project',
      'short-breaks-booking-2026',
      'cp-a132e186386343f1',
    ],
    [
      'members-briefed-on-governance',
      'project',
      'short-breaks-booking-2026',
      'cp-ec8b6c14e68f5e54',
    ],
    ['outcomes-recognisable', 'project', 'short-breaks-booking-2026', 'cp-e4aa83d224837644'],
    ['perspectives-covered', 'perspective', 'break-providers', 'cp-8f60b0d298fdb79f'],
    ['perspectives-covered', 'perspective', 'carers-minority-communities', 'cp-a8f3aa221ae73c01'],
    ['perspectives-covered', 'perspective', 'people-using-breaks', 'cp-a4380f1de8a17836'],
    ['power-shared-in-decisions', 'project', 'short-breaks-booking-2026', 'cp-dea19bfae31a97f7'],
    ['progress-tracking-agreed', 'project', 'short-breaks-booking-2026', 'cp-d05e1ab4d11f28d2'],
    ['purpose-recorded', 'project', 'short-breaks-booking-2026', 'cp-da8b6ac4ecd91711'],
    ['related-engagement-mapped', 'project', 'short-breaks-booking-2026', 'cp-50eafb5254b46c95'],
    ['responsibilities-shared', 'project', 'short-breaks-booking-2026', 'cp-91e0803751ba6fa2'],
    ['senior-leaders-involved', 'project', 'short-breaks-booking-2026', 'cp-12cd179ac674a11b'],
    ['senior-leaders-named', 'project', 'short-breaks-booking-2026', 'cp-08afd32b59e7bf3b'],
    ['ways-of-working-agreed', 'project', 'short-breaks-booking-2026', 'cp-523d6410937a308b'],
  ],
  'mid-way': [
    ['access-needs-met', 'member', 'm-03', 'cp-cde802d1c6a3bcf9'],
    ['access-needs-met', 'member', 'm-04', 'cp-cde803d1c6a3beac'],
    ['access-needs-met', 'member', 'm-06', 'cp-cde805d1c6a3c212'],
    ['access-needs-met', 'member', 'm-15', 'cp-cdeb88d1c6a6d682'],
    ['accessible-venues', 'member', 'm-03', 'cp-08f6d8598fccebbb'],
    ['accessible-venues', 'member', 'm-05', 'cp-08f6de598fccf5ed'],
    ['accessible-venues', 'member', 'm-14', 'cp-08fa5b598fd0002b'],
    ['agreements-co-created', 'agreement', 'w-01', 'cp-4aad971b9a144fbf'],
    ['agreements-co-created', 'agreement', 'w-03', 'cp-4aad991b9a145325'],
    ['attendance-drop-off', 'member', 'm-07', 'cp-5fbf32363d6c7289'],
    ['availability-respected', 'member', 'm-04', 'cp-70bfe688bdbdd8c8'],
    ['beyond-usual-participants', 'project', 'repairs-reporting-2026', 'cp-b29a1b843ffe025f'],
    ['communication-plan', 'project', 'repairs-reporting-2026', 'cp-481a88a63053d00a'],
    ['decision-rationale-explained', 'decision', 'd-03', 'cp-cebcaee823043478'],
    ['decision-rationale-explained', 'decision', 'd-04', 'cp-cebcb5e82304405d'],
    ['decisions-have-route', 'decision', 'd-05', 'cp-1720ada4b178b82f'],
    ['dedicated-resource', 'project', 'repairs-reporting-2026', 'cp-c086493fa2a6dc3e'],
    ['dominant-voices', 'project', 'repairs-reporting-2026', 'cp-49195efb37265c08'],
    ['engagement-fatigue', 'member', 'm-02', 'cp-3cae8f1bc2001168'],
    ['engagement-fatigue', 'member', 'm-06', 'cp-3cae931bc2001834'],
    ['group-decisions-kept', 'decision', 'd-04', 'cp-53f5aa256a3dbd60'],
    ['group-decisions-kept', 'decision', 'd-07', 'cp-53f5ad256a3dc279'],
    ['ideas-responded-to', 'idea', 'i-02', 'cp-7275914391af80c1'],
    ['influence-explained', 'project', 'repairs-reporting-2026', 'cp-438cd75295ba8ca8'],
    ['information-flows-on-time', 'flow', 'f-01', 'cp-3f8cfdc7dc1b2867'],
    ['issue-and-remit', 'project', 'repairs-reporting-2026', 'cp-7c6f686560dbf2f1'],
    ['jargon-explained', 'activity', 'a-14', 'cp-3e81f3fe7c61efe9'],
    ['jargon-explained', 'activity', 'a-16', 'cp-3e81f1fe7c61ec83'],
    ['jargon-explained', 'activity', 'a-17', 'cp-3e81f0fe7c61ead0'],
    ['jargon-explained', 'activity', 'a-20', 'cp-3e84fdfe7c6436be'],
    ['knowledge-shared', 'question', 'during.knowledge-valued', 'cp-1a540f50d454d70c'],
    ['learning-not-shared', 'learning', 'l-02', 'cp-99310646846a5fe4'],
    ['learning-not-shared', 'learning', 'l-03', 'cp-99310746846a6197'],
    ['meets-in-community', 'project', 'repairs-reporting-2026', 'cp-754d2b74133d11c2'],
    ['meets-outside-office-hours', 'project', 'repairs-reporting-2026', 'cp-a0e7e23f22c54e87'],
    ['members-briefed-on-coproduction', 'project', 'repairs-reporting-2026', 'cp-ae1b77021b392a15'],
    ['members-briefed-on-governance', 'project', 'repairs-reporting-2026', 'cp-d73994da8a0bd9f2'],
    ['milestones-overdue', 'milestone', 'ms-02', 'cp-d4db64e99a19c4f4'],
    ['outcomes-recognisable', 'project', 'repairs-reporting-2026', 'cp-0834c38cfebd85a2'],
    ['outside-decisions-influence', 'decision', 'd-04', 'cp-52ae5c4fb88b96d5'],
    ['perspectives-covered', 'perspective', 'first-language-not-english', 'cp-567b7da1cb2f0a5f'],
    ['progress-review-overdue', 'project', 'repairs-reporting-2026', 'cp-132fbdc5a3461aa5'],
    ['purpose-recorded', 'project', 'repairs-reporting-2026', 'cp-e7662b6150538ab5'],
    ['quiet-members', 'member', 'm-03', 'cp-d7d2bfc4f5e58164'],
    ['quiet-members', 'member', 'm-15', 'cp-d7cfb9c4f5e3415b'],
    ['recommendations-answered', 'recommendation', 'rec-01', 'cp-e5305a7715c10332'],
    ['recommendations-answered', 'recommendation', 'rec-02', 'cp-e530597715c1017f'],
    ['red-reflection-without-action', 'reflection', 'r-03', 'cp-da7e87878d85b23f'],
    [
      'reflect-on-reflective-questions',
      'question',
      'during.representation-assumptions',
      'cp-a567779979618e8b',
    ],
    [
      'reflect-on-reflective-questions',
      'question',
      'enablers.strengths-based',
      'cp-990a017dcf2a8710',
    ],
    [
      'reflect-on-reflective-questions',
      'question',
      'honesty.open-to-change',
      'cp-462bd4db5c01c797',
    ],
    ['related-engagement-mapped', 'project', 'repairs-reporting-2026', 'cp-7fe6965d88378041'],
    [
      'representation-connected',
      'question',
      'during.representation-assumptions',
      'cp-1fa8a3e58632f4bb',
    ],
    ['senior-leaders-involved', 'leader', 'sl-02', 'cp-ce8d15f7f26d5c4b'],
    ['shared-leadership', 'project', 'repairs-reporting-2026', 'cp-8af81a00576c14d1'],
  ],
  'well-run': [],
};

/**
 * A history of each example: its initial hash, and the hash of one entry
 * recording `purpose/update` (the `why` below) at 10:00 UTC on 20 November 2026.
 */
const HISTORY_HASHES: Readonly<Record<string, { initial: string; entry: string }>> = {
  'early-stage': {
    initial: 'c43f541ffad96f00415f8697c2c3b22396fd3bce0459faed589cdce0be68d96c',
    entry: 'a844424304e27ee4c4dbbf459989bbdb402d5b8affa115fe2785a2e7b36271f8',
  },
  'mid-way': {
    initial: '035997300c011bf3991d18cebfd713cd0878928f1a8a5a0651b6e85abea0f605',
    entry: 'a6afc63b73fcb680f3eca7f4a08cd461f447f6c38daca9dbebf7c751aeae64bf',
  },
  'well-run': {
    initial: '4a35d17b58ae675282d2a68e023b32734ef4940d789656a6181c9a6922db1097',
    entry: 'c5f1819b0d1c50b17368c1d0ac36654c40fd5044551da398d767853cdc3a3be3',
  },
};

const EXAMPLES = ['early-stage', 'mid-way', 'well-run'] as const;

function readExample(name: string) {
  return parseProject(JSON.parse(readFileSync(join(EXAMPLES_DIR, `${name}.json`), 'utf8')));
}

describe('golden issue ids of the bundled examples', () => {
  for (const name of EXAMPLES) {
    it(`gives ${name}'s issues the ids they have always had`, async () => {
      const report = await check(readExample(name), { now: EXAMPLES_NOW });
      const key = (ruleId: string, type: string, id: string) => `${ruleId} ${type}:${id}`;
      const actual = new Map(
        report.issues.map((i) => [key(i.ruleId, i.subject.type, i.subject.id), i.id]),
      );
      const expected = new Map(
        (ISSUE_IDS[name] ?? []).map(([ruleId, type, id, issueId]) => [
          key(ruleId, type, id),
          issueId,
        ]),
      );
      // Both ways: every pinned issue is still raised, with its pinned id, and
      // nothing else is raised (a new issue must be pinned too).
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    });
  }

  it('never gives two issues the same id', () => {
    const byId = new Map<string, string>();
    for (const rows of Object.values(ISSUE_IDS)) {
      for (const [ruleId, type, id, issueId] of rows) {
        const seen = byId.get(issueId);
        expect(seen === undefined || seen === `${ruleId} ${type}:${id}`).toBe(true);
        byId.set(issueId, `${ruleId} ${type}:${id}`);
      }
    }
    expect(byId.size).toBeGreaterThan(50);
  });
});

describe('golden history hashes of the bundled examples', () => {
  for (const name of EXAMPLES) {
    it(`hashes a history of ${name} as it always has`, () => {
      const expected = HISTORY_HASHES[name];
      const history = recordCommand(
        createHistory(readExample(name)),
        commands.purpose.update({ changes: { why: 'Agreed again with the group' } }),
        { at: '2026-11-20T10:00:00Z' },
      );
      const saved = JSON.parse(serializeHistory(history)) as {
        initialHash: string;
        entries: { hash: string }[];
      };
      expect(saved.initialHash).toBe(expected?.initial);
      expect(saved.entries.map((e) => e.hash)).toEqual([expected?.entry]);
      expect(history.entries.map((e) => e.hash)).toEqual([expected?.entry]);
      // A file saved with these hashes is read back, so the chain verifies.
      expect(parseHistory(JSON.parse(serializeHistory(history))).entries[0]?.hash).toBe(
        expected?.entry,
      );
    });
  }
});
