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
  ideaCount: 'Faint o syniadau y mae aelodau wedi’u codi.',
  milestoneCount: 'Faint o gerrig milltir sydd gan yr amserlen.',
  outcomeCount: 'Faint o ganlyniadau y mae’r grŵp wedi’u cofnodi.',
  learningCount: 'Faint o gofnodion dysgu y mae’r grŵp wedi’u cadw.',
  reflectionCount: 'Faint o fyfyrdodau sydd wedi’u cofnodi, pwy bynnag a’u cofnododd.',
  pastActivityCount: 'Faint o weithgareddau sydd wedi digwydd (wedi dechrau ar neu cyn nawr).',
  responsibilityCount: 'Faint o feysydd cyfrifoldeb sydd wedi’u cofnodi gyda’u perchnogion.',
  seniorLeaderCount:
    'Faint o uwch arweinwyr y mae’r gwaith yn eu henwi fel rhai y mae angen iddynt fod yn rhan ohono.',
  timeframeEnd: 'Y dyddiad y daw’r amserlen i ben (YYYY-MM-DD). Null pan nad yw wedi’i gofnodi.',
  requiredPerspectiveCount:
    'Faint o safbwyntiau neu brofiadau y mae’r prosiect yn dweud bod eu hangen ar y gwaith.',
  recentActivityCount:
    'Faint o weithgareddau a ddechreuodd yn y `recentDays` diwrnod calendr diwethaf (heb gyfrif rhai yn y dyfodol).',
  resourcesDedicated:
    'A yw’r amser a’r arian wedi’u neilltuo ar gyfer y gwaith hwn yn hytrach na’u benthyg. Null pan nad yw wedi’i gofnodi.',
  recentActivitiesOnPremises:
    'Faint o weithgareddau yn y `recentDays` diwrnod calendr diwethaf a gynhaliwyd yn adeiladau’r sefydliad ei hun.',
  recentActivitiesWithLeader:
    'Faint o weithgareddau yn y `recentDays` diwrnod calendr diwethaf sy’n enwi aelod o’r grŵp yn gadeirydd neu’n hwylusydd.',
  usualParticipantsRecorded:
    'Faint o aelodau gweithredol nad ydynt ar ochr y staff sydd â chofnod a ydynt yn gyfranogwyr arferol (y naill ffordd neu’r llall).',
  relatedEngagementUncoordinatedTitles:
    'Teitlau’r gweithgareddau ymgysylltu cysylltiedig nad ydynt yn dweud sut mae dyblygu’n cael ei osgoi (ar goll neu’n ddalfan).',
  usualParticipantCount:
    'Faint o aelodau gweithredol nad ydynt ar ochr y staff sydd wedi’u cofnodi fel cyfranogwyr arferol yng ngwaith ymgysylltu’r sefydliad.',
  recentActivitiesWithVenue:
    'Faint o weithgareddau wyneb yn wyneb yn y `recentDays` diwrnod calendr diwethaf sydd â’u lleoliad wedi’i gofnodi (heb gyfrif sesiynau ar-lein).',
  timeframeToReview:
    'Yr hyn nad yw’r amserlen yn ei gofnodi eto, mewn geiriau plaen ar gyfer negeseuon: dyddiad dechrau, dyddiad gorffen, y cerrig milltir ar y ffordd.',
  influenceLimitsWithoutReason:
    'Faint o bethau na all aelodau ddylanwadu arnynt sydd wedi’u rhestru heb reswm mewn geiriau go iawn (nid yw dalfan fel "tbc" yn cyfrif fel rheswm).',
  recentActivitiesLedByCommunity:
    'Faint o weithgareddau yn y `recentDays` diwrnod calendr diwethaf a gadeiriwyd neu a hwyluswyd gan o leiaf un aelod nad yw ar ochr y staff.',
  seniorLeadersToName:
    'Yr hyn sydd i’w gofnodi o hyd am yr uwch arweinwyr, mewn geiriau: "the name of the Sponsor", "the role of Jo Bloggs", neu nad oes un wedi’i enwi.',
  progressCadence:
    'Pa mor aml y cytunodd y grŵp i edrych ar ei gynnydd, mewn geiriau ar gyfer negeseuon ("every month", "every three months"). Null pan nad yw wedi’i gofnodi.',
  representationRecorded:
    'A oes unrhyw un wedi cofnodi, ar gyfer unrhyw aelod gweithredol, pa grwpiau ehangach y tybir ei fod yn siarad drostynt (mae rhestr wag yn cyfrif: mae’n dweud "dim").',
  endingNewsToReview:
    'Yr hyn sydd i’w gofnodi o hyd am ddweud wrth aelodau sut y daeth y gwaith i ben, mewn geiriau plaen ar gyfer negeseuon: pryd y cawsant wybod, sut, a beth sy’n digwydd nesaf.',
  representationUnsupported:
    'Aelodau gweithredol sydd wedi’u cofnodi fel rhai sy’n siarad dros grŵp ehangach heb ddweud sut maen nhw’n gysylltiedig ag ef (mae testun dalfan fel "tbc" yn cyfrif fel peidio â dweud).',
  decisionsAtInfluence:
    'Proffil rhannu pŵer, un lefel ar y tro: faint o benderfyniadau (a wnaed, neu a gynlluniwyd, fel y dywed `status`) sy’n cofnodi dylanwad y grŵp ar union `level`.',
  relatedEngagementUncoordinated:
    'Faint o weithgareddau ymgysylltu cysylltiedig nad ydynt yn dweud sut mae dyblygu’n cael ei osgoi. Null pan nad oes un ar goll ond bod rhai’n ei ddweud gyda dalfan yn unig ("tbc").',
  dominantVoicesShare:
    'Cyfran gyfunol yr holl gyfraniadau a wnaed gan yr aelodau y mae `dominantVoices` yn eu henwi (yr un paramedrau). Null pan nad yw’n enwi neb neu pan nad oes digon i farnu.',
  membersNotBriefedOnCoproduction:
    'Aelodau gweithredol sydd wedi’u cofnodi fel rhai na chawsant eu briffio ar beth mae cydgynhyrchu’n ei olygu yn y prosiect hwn (mae `coproductionBriefingRecorded` yn cyfrif aelodau heb gofnod y naill ffordd na’r llall).',
  governanceBriefingToRecord:
    'Enwau’r aelodau cymunedol gweithredol nad oes neb wedi cofnodi a gawsant eu briffio ar lywodraethu, neu, pan nad oes aelodau cymunedol, nad oes un wedi’i gofnodi.',
  leaderInvolvementToRecord:
    'Yr hyn sydd i’w gofnodi o hyd am ran uwch arweinwyr, mewn geiriau: "when Jo Bloggs will be involved", "what Jo Bloggs will be involved in", neu nad oes arweinydd wedi’i enwi.',
  recommendationsToRecord:
    'Yr hyn sydd i’w gofnodi o hyd am argymhellion y grŵp, mewn geiriau: nad oes un wedi’i gofnodi, neu "the reasons given for the answer to "…"" lle nad ydynt ond yn ddalfan.',
  endingEvaluationToReview:
    'Yr hyn sydd i’w gofnodi o hyd am y gwerthuso gyda’r grŵp, mewn geiriau plaen ar gyfer negeseuon: pryd y digwyddodd, pa aelodau o’r grŵp a gymerodd ran, beth ddaeth o bob canlyniad.',
  resourcesToReview:
    'Yr hyn sydd i’w gofnodi o hyd am yr adnoddau cyn i’r gwaith ddechrau o ddifrif, mewn geiriau plaen ar gyfer negeseuon: y gyllideb, oriau staff bob wythnos, a ydynt yn perthyn i’r gwaith hwn.',
  perspectivesToReview:
    'Yr hyn sydd i’w gofnodi o hyd cyn y gellir gwirio’r grŵp yn erbyn y safbwyntiau sydd eu hangen ar y gwaith, mewn geiriau plaen ar gyfer negeseuon: y safbwyntiau eu hunain, a phwy sydd yn y grŵp.',
  groupReflectionCount:
    'Faint o fyfyrdodau a gofnododd y grŵp ei hun: gydag o leiaf un aelod nad yw’n staff, cynghorydd neu bartner ymhlith y rhai a’i cofnododd (gellir ei ffurfweddu), wedi’u dyddio heddiw neu’n gynharach.',
  shareResponsibilitiesWithCommunityOwner:
    'Cyfran y meysydd cyfrifoldeb (wedi’u henwi mewn geiriau go iawn, nid dalfan) sydd ag o leiaf un perchennog sy’n aelod gweithredol ac nad yw ar ochr y staff. Null pan nad oes maes o’r fath wedi’i gofnodi.',
  uncoveredPerspectives:
    'Safbwyntiau gofynnol nad oes unrhyw aelod gweithredol yn eu cynnig. Null (angen adolygu) pan nad yw’r prosiect yn enwi unrhyw safbwynt sydd ei angen, neu pan nad oes gan y grŵp aelodau gweithredol: yna ni ellir gwirio dim.',
  overdueMilestones:
    'Cerrig milltir heb eu cwblhau y mae eu dyddiad dyledus fwy na `graceDays` diwrnod calendr cyn heddiw. Mae `daysOverdue` yn cyfrif o’r dyddiad dyledus. Null (angen adolygu) pan nad oes gan yr amserlen gerrig milltir.',
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
