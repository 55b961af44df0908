/**
 * The Welsh words of `coproduce facts`: what each collection of a project
 * holds, what each field the language works out means, what type each field
 * is, and what each fact of the catalogue measures, keyed by collection
 * name, `collection.field` and fact id. The English stays where it is
 * written (the collections and the facts themselves); this catalogue only
 * translates it, so a fact or field added without a Welsh description shows
 * up in the completeness check (`scripts/generate-locale-template.ts`).
 *
 * Translated without a Welsh speaker: it awaits review by one, as the rest
 * of the Welsh catalogue does (see `UI_CATALOGUE_STATUS`).
 *
 * @module
 */
import type { FieldType } from '../schemas.js';

/** What each collection holds, in Welsh, by collection name. */
const COLLECTIONS_CY: Readonly<Record<string, string>> = {
  project:
    'Y prosiect ei hun, fel casgliad o un cofnod: ei ddiben, ei gylch gwaith, ei gynlluniau a’i osodiadau.',
  members: 'Aelodau’r grŵp, yn nhrefn y ddogfen.',
  activities: 'Cyfarfodydd a gweithgareddau eraill, yn nhrefn eu dechrau.',
  attendance:
    'Pob rhes bresenoldeb o bob gweithgaredd, wedi’u gosod mewn un rhestr yn nhrefn dechrau’r gweithgareddau: pwy ddaeth a sut y cymeron nhw ran.',
  representations:
    'Pob grŵp ehangach y tybir bod aelod yn siarad drosto, wedi’u gosod mewn un rhestr dros yr aelodau (`represents` pob aelod), gyda sut mae’r aelod yn gysylltiedig ag ef.',
  decisions: 'Penderfyniadau a wnaed neu sydd i’w gwneud, yn nhrefn y ddogfen.',
  learning: 'Y dysgu a gofnododd y grŵp.',
  reflections: 'Myfyrdodau’r grŵp ar gwestiynau’r fframwaith.',
  responsibilities: 'Meysydd cyfrifoldeb a phwy sy’n gyfrifol am bob un.',
  agreements: 'Y ffyrdd o weithio a gytunodd y grŵp.',
  recommendations: 'Yr hyn a argymhellodd y grŵp, a’r atebion.',
  outcomes: 'Y canlyniadau y mae’r grŵp eu heisiau.',
  ideas: 'Syniadau a gododd aelodau, a beth ddaeth ohonynt.',
  milestones: 'Cerrig milltir yr amserlen.',
  requiredPerspectives: 'Y safbwyntiau neu’r profiadau sydd eu hangen ar y gwaith.',
  seniorLeaders: 'Yr uwch arweinwyr sydd eu hangen ar y gwaith, a’u rhan ynddo.',
  informationFlows: 'Sut mae gwybodaeth yn pasio rhwng y grŵp ac uwch arweinwyr.',
  relatedEngagement: 'Ymgysylltu arall yn y sefydliad sy’n cyffwrdd â’r un bobl neu’r un pwnc.',
  reciprocity:
    'Y cofnod dwyochredd: yr hyn a gynigiwyd i bob aelod ac a gafodd am gymryd rhan (tâl, talebau, credydau amser, treuliau, hyfforddiant, geirdaon, cydnabyddiaeth), gyda’i ddyddiadau.',
};

/** What each field the language works out means, in Welsh, by `collection.field`. */
const FIELDS_CY: Readonly<Record<string, string>> = {
  'members.active':
    'Wedi ymuno ar neu cyn heddiw (neu heb ddyddiad ymuno wedi’i gofnodi) a heb adael ar neu cyn heddiw.',
  'members.staffSide':
    'Mae pob rôl sydd gan yr aelod yn staff, cynghorydd neu bartner; nid yw aelod sydd ag unrhyw rôl gymunedol ar ochr y staff.',
  'activities.past': 'Dechreuodd y gweithgaredd ar neu cyn adeg y gwiriad.',
  'activities.localDate': 'Dyddiad calendr y dechrau, yng nghylchfa amser y prosiect.',
  'activities.weekday': 'Diwrnod yr wythnos y dechrau, yng nghylchfa amser y prosiect.',
  'activities.dayPart':
    'Bore (cyn 12:00), prynhawn (cyn 17:00) neu gyda’r nos, ar y dechrau, yng nghylchfa amser y prosiect.',
  'attendance.activityId': 'Y gweithgaredd y mae’r rhes yn perthyn iddo.',
  'attendance.start': 'Pryd y dechreuodd y gweithgaredd hwnnw.',
  'attendance.activityKind': 'Math y gweithgaredd hwnnw.',
  'attendance.past': 'Dechreuodd y gweithgaredd hwnnw ar neu cyn adeg y gwiriad.',
  'representations.memberId': 'Yr aelod y tybir ei fod yn siarad dros y grŵp.',
};

/** What each fact of the catalogue measures, in Welsh, by fact id. */
const FACTS_CY: Readonly<Record<string, string>> = {
  activeMemberCount:
    'Faint o aelodau sy’n weithredol heddiw: wedi ymuno ar neu cyn heddiw (neu heb ddyddiad) a heb adael.',
  communityMemberCount:
    'Faint o aelodau gweithredol nad ydynt ar ochr y staff (nid staff, cynghorydd neu bartner yn unig).',
  decisionCount: 'Faint o benderfyniadau sydd wedi’u cofnodi, wedi’u gwneud neu wedi’u cynllunio.',
  decisionsWithInfluence:
    'Faint o’r penderfyniadau a wnaed eisoes (nid y rhai a gynlluniwyd) sy’n cofnodi dylanwad y grŵp.',
  agreementCount:
    'Faint o gytundebau “sut y byddwn yn gweithio gyda’n gilydd” sydd wedi’u cofnodi gyda thestun go iawn (heb gyfrif dalfannau fel "tbc").',
  agreementTopics:
    'Pynciau gwahanol y cytundebau “sut y byddwn yn gweithio gyda’n gilydd” sy’n dal testun go iawn (ymddygiad, iaith, gwneud penderfyniadau, gweithgareddau, arall), wedi’u trefnu.',
  contributionMeetingCount:
    'Faint o’r `recentMeetings` cyfarfod diwethaf yn y gorffennol lle cafodd cyfraniadau eu cyfrif sydd yna (`recentMeetings` ar y mwyaf).',
  contributionPeopleCount:
    'Faint o aelodau y cafodd eu cyfraniadau eu cyfrif o leiaf unwaith yn y `recentMeetings` cyfarfod diwethaf lle cafodd cyfraniadau eu cyfrif.',
  daysSinceProgressReview:
    'Dyddiau calendr (yng nghylchfa amser y prosiect) o’r adolygiad cynnydd diwethaf hyd heddiw; 0 os yw wedi’i ddyddio yn y dyfodol. Null pan nad oes adolygiad wedi’i gofnodi.',
  daysSinceTimeframeEnd:
    'Dyddiau calendr (yng nghylchfa amser y prosiect) o ddiwedd yr amserlen hyd heddiw; negyddol tra bo’r diwedd i ddod. Null pan nad oes dyddiad gorffen wedi’i gofnodi.',
  coproductionBriefingUnrecorded:
    'Enwau arddangos yr aelodau gweithredol heb gofnod eu bod wedi cael eu briffio ar beth mae cydgynhyrchu’n ei olygu yma; "who is in the group" pan nad oes gan y grŵp aelodau gweithredol.',
  activityKindNames:
    'Y mathau o weithgaredd a gynhaliwyd yn y `recentDays` diwrnod calendr diwethaf, mewn geiriau plaen ar gyfer negeseuon ("formal meetings", "workshops", "online sessions", ...), yn nhrefn `activityKindsUsed`.',
  activityKindsUsed:
    'Y mathau gwahanol o weithgaredd (formal-meeting, workshop, outreach, online, ...) a gynhaliwyd yn y `recentDays` diwrnod calendr diwethaf, wedi’u trefnu: dynodyddion i’w cymharu â pharamedr rheol; mae `activityKindNames` yn eu rhoi mewn geiriau plaen.',
  activitiesBeyondSessions:
    'Faint o’r gweithgareddau a ddechreuodd yn y `recentDays` diwrnod calendr diwethaf oedd o un o’r mathau `kinds` (outreach, online, informal…). Null pan nad oedd gweithgareddau diweddar: dim i’w farnu.',
};

/** Soft mutation of a Welsh word's first letter, as after "o" ("rhestr o destun"). */
function softMutation(word: string): string {
  const pairs: [string, string][] = [
    ['ll', 'l'],
    ['rh', 'r'],
    ['t', 'd'],
    ['c', 'g'],
    ['p', 'b'],
    ['b', 'f'],
    ['d', 'dd'],
    ['m', 'f'],
    ['g', ''],
  ];
  for (const [from, to] of pairs) if (word.startsWith(from)) return to + word.slice(from.length);
  return word;
}

/**
 * A field's type in Welsh words, as `describeFieldType` says it in English:
 * "testun", "rhestr o ddyddiad", "un o "planning", "during"".
 *
 * @example `welshFieldType({ kind: 'list', item: { kind: 'text' } }) // 'rhestr o destun'`
 */
export function welshFieldType(type: FieldType): string {
  switch (type.kind) {
    case 'text':
      return 'testun';
    case 'date':
      return 'dyddiad';
    case 'datetime':
      return 'dyddiad ac amser';
    case 'number':
      return type.integer ? 'rhif cyfan' : 'rhif';
    case 'boolean':
      return 'true neu false';
    case 'enum':
      return `un o ${type.values.map((v) => `"${v}"`).join(', ')}`;
    case 'id':
      return type.refers ? `dynodydd yn ${type.refers}` : 'dynodydd';
    case 'list':
      return `rhestr o ${softMutation(welshFieldType(type.item))}`;
    case 'record':
      return `cofnod (${Object.keys(type.fields).join(', ')})`;
    case 'other':
      return 'rhywbeth nad yw’r iaith yn ei ddarllen';
  }
}

/**
 * The Welsh descriptions of `coproduce facts`, for the command and for the
 * translators' template and its completeness check.
 *
 * @example `FACT_DESCRIPTIONS_CY.collections.members // 'Aelodau’r grŵp, yn nhrefn y ddogfen.'`
 */
export const FACT_DESCRIPTIONS_CY = Object.freeze({
  collections: COLLECTIONS_CY,
  fields: FIELDS_CY,
  facts: FACTS_CY,
});
