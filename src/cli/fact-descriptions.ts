/**
 * The Welsh words of `coproduce facts`: what each collection of a project
 * holds, what each field the language works out means, what type each field
 * is, and what each fact of the catalogue measures, keyed by collection
 * name, `collection.field` and fact id. The English stays where it is
 * written (the collections and the facts themselves); this catalogue only
 * translates it, so a fact or field added without a Welsh description fails
 * the completeness check (`scripts/generate-locale-template.ts --check`).
 * `--format json` keeps the English: it is data for tools.
 *
 * Translated without a Welsh speaker: it awaits review by one, as the rest
 * of the Welsh catalogue does (see `UI_CATALOGUE_STATUS`).
 *
 * @module
 */
import { type DescriptionWords, ENGLISH_DESCRIPTION_WORDS } from '../check/declarative/describe.js';
import type { FilterOperator } from '../check/declarative/schema.js';
import { uiLocale } from '../report/catalogue.js';
import type { FieldType } from '../schemas.js';

/** What each comparison of a filter tests, in Welsh, by operator; every operator must be here. */
const FILTERS_CY: Readonly<Record<FilterOperator, string>> = {
  equal: 'Mae’r maes yn hafal i’r gwerth hwn (gair o restr y maes, rhif, true neu false, testun).',
  notEqual: 'Mae’r maes wedi’i gofnodi ac nid yw’n hafal i’r gwerth hwn.',
  in: 'Mae’r maes yn un o’r gwerthoedd hyn.',
  notIn: 'Mae’r maes wedi’i gofnodi ac nid yw’n un o’r gwerthoedd hyn.',
  lessThan: 'Mae’r rhif yn llai na hyn.',
  lessThanInclusive: 'Mae’r rhif yn hyn ar y mwyaf.',
  greaterThan: 'Mae’r rhif yn fwy na hyn.',
  greaterThanInclusive: 'Mae’r rhif yn hyn o leiaf.',
  contains: 'Mae maes y rhestr yn cynnwys y gwerth hwn.',
  doesNotContain: 'Mae maes y rhestr wedi’i gofnodi ac nid yw’n cynnwys y gwerth hwn.',
  containsAll: 'Mae maes y rhestr yn cynnwys pob un o’r gwerthoedd hyn.',
  containsNone: 'Mae maes y rhestr wedi’i gofnodi ac nid yw’n cynnwys yr un o’r gwerthoedd hyn.',
  isEmpty: 'Mae maes y rhestr wedi’i gofnodi ac yn wag (true).',
  notEmpty: 'Mae gan faes y rhestr o leiaf un eitem (true).',
  present: 'Mae’r maes wedi’i gofnodi (true) neu heb ei gofnodi (false).',
  text: 'Mae’r maes testun rhydd yn dal "present" (geiriau go iawn), "placeholder" (fel "tbc") neu "missing" (dim byd): un cyflwr neu restr ohonynt. Ar restr o destun, "present" pan fo geiriau go iawn mewn rhyw eitem, "placeholder" pan nad oes ond testun dros dro ym mhob eitem, "missing" pan fo’r rhestr yn wag neu heb ei chofnodi.',
  before:
    'Mae’r dyddiad cyn y dyddiad hwn: "today", "now", dyddiad, { "daysAgo": n }, { "daysAhead": n } neu { "field": dyddiad arall, "plusDays": n }.',
  onOrBefore: 'Mae’r dyddiad ar y dyddiad hwn neu cyn hynny (fel ar gyfer "before").',
  after: 'Mae’r dyddiad ar ôl y dyddiad hwn (fel ar gyfer "before").',
  onOrAfter: 'Mae’r dyddiad ar y dyddiad hwn neu ar ôl hynny (fel ar gyfer "before").',
  withinDays:
    'Mae’r dyddiad heddiw neu hyn o ddyddiau cyn hynny ar y mwyaf, yng nghylchfa amser y prosiect.',
  refersTo:
    'Mae’r maes, dynodydd neu restr o ddynodyddion, yn enwi o leiaf un cofnod sy’n pasio’r hidl hwn (wedi’i ysgrifennu ar feysydd y cofnod hwnnw, fel "staffSide" aelod).',
};

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
  'members.trainedToDate':
    'Mae gan o leiaf un hyfforddiant a gafwyd deitl mewn geiriau go iawn (nid dalfan fel "tbc") a dyddiad ar neu cyn heddiw; nid yw hyfforddiant heb ddyddiad, neu wedi’i ddyddio ar ôl heddiw, yn cyfrif.',
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
  'reflections.byTheGroup':
    'Wedi’i chofnodi gan y grŵp ei hun: ymhlith yr aelodau a’i cofnododd, o leiaf gymaint o aelodau o’r gymuned (nid staff, cynghorwyr na phartneriaid) ag y mae’r cyngor yn ei ofyn, un oni bai ei fod yn dweud yn wahanol. Nid yw myfyrdod nad yw’n enwi neb yn cyfrif.',
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
  coproductionBriefingRecorded:
    'A oes gan bob aelod gweithredol gofnod ei fod wedi cael ei friffio (neu beidio) ar beth mae cydgynhyrchu’n ei olygu yma: true pan fo gan bob un gofnod; null (angen adolygu) pan nad oes gan un ohonynt gofnod, neu pan nad oes gan y grŵp aelodau gweithredol.',
  progressReviewToReview:
    'Yr hyn sydd i’w gofnodi o hyd cyn y gellir barnu adolygiadau cynnydd yn erbyn y rhythm a gytunwyd, mewn geiriau plaen ar gyfer negeseuon: pa mor aml y cytunodd y grŵp i edrych ar ei gynnydd, a dyddiad yr adolygiad diwethaf.',
  dominantVoicesEvenShare:
    'Beth fyddai cyfran gyfartal o’r cyfraniadau i gynifer o bobl ag y mae `dominantVoices` yn eu henwi, o ystyried faint o bobl a gyfrifwyd (yr un paramedrau). Null pan nad yw’n enwi neb neu pan nad oes digon i farnu.',
  decisionReasonsToRecord:
    'Yr hyn sydd i’w gofnodi o hyd am esbonio penderfyniadau i’r grŵp, mewn geiriau: "whether the reasons for "…" were explained to the group" ar gyfer pob penderfyniad nad yw’n dweud, neu nad oes penderfyniad wedi’i gofnodi.',
  decisionOwnershipToRecord:
    'Yr hyn sydd i’w gofnodi o hyd cyn y gallwn ddweud a yw penderfyniadau’r grŵp yn aros gydag ef, mewn geiriau: "whether "…" is the group\'s to make" ar gyfer pob penderfyniad nad yw’n dweud, neu nad oes penderfyniad wedi’i gofnodi.',
  progressTrackingToReview:
    'Yr hyn sydd i’w gofnodi neu i’w wirio o hyd am olrhain cynnydd (y dull, pa mor aml), mewn geiriau plaen ar gyfer negeseuon: rhannau na chawsant eu cofnodi erioed a dull sy’n dal dalfan yn unig. Gwag pan nad oes dim i’w wirio.',
  ideasLogKept:
    'A yw syniadau aelodau’n cael eu cofnodi: true pan fo o leiaf un syniad wedi’i gofnodi mewn geiriau go iawn; false pan nad oes un a bod o leiaf `meetings` gweithgaredd eisoes wedi digwydd; null pan nad oes un a bod llai wedi digwydd.',
  relatedEngagementRecorded:
    'A chwiliwyd am ymgysylltu arall yn y sefydliad sy’n cyffwrdd â’r un bobl neu’r un pwnc (mae rhestr wag yn cyfrif: mae’n dweud "dim wedi’i ganfod"). Null pan na chwiliwyd: ni all neb ddweud eto a oes rhai.',
  learningUnshared:
    'Cofnodion dysgu wedi’u dyddio fwy na `days` diwrnod calendr yn ôl nad ydynt wedi’u rhannu ag unrhyw un (nid yw rhannu â chynulleidfa sy’n ddalfan yn unig yn cyfrif). Null (angen adolygu) pan nad oes dysgu wedi’i gofnodi o gwbl.',
  openToChangeToRecord:
    'Yr hyn sydd i’w gofnodi o hyd cyn y gellir barnu pa mor agored yw’r grŵp i syniadau newydd, mewn geiriau: syniadau aelodau (pan nad oes un wedi’i gofnodi) a myfyrdod y grŵp ei hun (gan nodi pan gofnodwyd yr un diweddar gan staff yn unig).',
  topContributorShare:
    'Dros y `recentMeetings` cyfarfod diwethaf lle cafodd cyfraniadau eu cyfrif, cyfran yr holl gyfraniadau a wnaed gan y `top` aelod a gyfrannodd fwyaf. Null pan na chafodd cyfraniadau eu cyfrif erioed neu pan nad ydynt yn dod i ddim.',
  recentStaffLeaders:
    'Aelodau ar ochr y staff (staff, cynghorwyr, partneriaid) a gadeiriodd neu a hwylusodd weithgaredd yn y `recentDays` diwrnod calendr diwethaf nad oedd aelod cymunedol yn ei arwain, pob un gyda’r hyn ydynt ("Sean (staff)"), yn nhrefn eu hymddangosiad cyntaf.',
  influenceProfile:
    'Proffil rhannu pŵer y penderfyniadau a wnaed eisoes, mewn geiriau plaen, y lefel isaf yn gyntaf, gan adael allan lefelau na chyrhaeddodd unrhyw benderfyniad: "4 decisions where the group was only informed", "1 decision made in collaboration with the group".',
  learningPlanToReview:
    'Yr hyn sydd i’w gofnodi neu i’w wirio o hyd am y cynllun dysgu (sut mae dysgu’n cael ei gadw, gyda phwy y caiff ei rannu), mewn geiriau plaen ar gyfer negeseuon: rhannau na chawsant eu hysgrifennu erioed a rhannau sy’n dal dalfan yn unig. Gwag pan nad oes dim i’w wirio.',
  decisionsWithoutRoute:
    'Penderfyniadau a wnaed neu sydd i’w gwneud gan y grŵp (ar ei ben ei hun neu gyda’r sefydliad) nad ydynt yn dweud pa lwybr llywodraethu y maent yn ei ddilyn (gan gynnwys "not-required"). Null pan nad oes penderfyniad o’r fath wedi’i gofnodi. Mae `planned` yn true ar gyfer penderfyniad sydd eto i ddod.',
  perspectivesNamed:
    'A yw’r prosiect yn enwi o leiaf un safbwynt sydd ei angen ar y gwaith mewn geiriau go iawn. False pan nad oes un wedi’i enwi a’r gwaith ar y gweill (cam during neu’n hwyrach); null (angen adolygu) pan nad oes un wedi’i enwi cyn hynny, neu pan nad yw pob enw ond yn ddalfan.',
  shareAskingOrSharing:
    'Dros y `recentMeetings` gweithgaredd diwethaf lle cafodd cwestiynau a ofynnwyd neu wybodaeth a rannwyd eu cyfrif, cyfran yr aelodau (gyda chyfrif wedi’i gofnodi) a ofynnodd o leiaf un cwestiwn neu a rannodd wybodaeth o leiaf unwaith. Null pan na chafodd y rhain eu cyfrif erioed.',
  ideasAwaitingResponse:
    'Syniadau sy’n dal ar agor fwy na `days` diwrnod calendr ar ôl eu codi, a syniadau a roddwyd o’r neilltu neu a wrthodwyd heb ymateb mewn geiriau go iawn (nid yw "tbc" yn ateb i’r sawl a’i cododd). Mae `problem` yn dweud pa un, mewn geiriau. Null pan nad oes syniad wedi’i gofnodi.',
  decisionsReachingInfluence:
    'Faint o’r penderfyniadau a wnaed eisoes (heb gyfrif rhai a gynlluniwyd) a roddodd o leiaf `level` o ddylanwad i’r grŵp ar y sbectrwm ymgysylltu. Null pan fo llai na `minDecisions` o’r penderfyniadau a wnaed yn cofnodi dylanwad y grŵp: rhy ychydig i farnu pa mor bell y caiff pŵer ei rannu.',
  decisionScopeAgreed:
    'A yw’r grŵp wedi cytuno pa benderfyniadau sydd o fewn ei reolaeth (dyddiad ar neu cyn heddiw). False pan nad yw wedi gwneud hynny a bod penderfyniadau eisoes wedi’u cofnodi; null pan nad yw wedi gwneud hynny a heb benderfyniad wedi’i gofnodi eto, felly nid oes dim yn dangos a yw’n bwysig eto.',
  membersNotBriefedOnGovernance:
    'Aelodau cymunedol gweithredol (nid staff, cynghorwyr na phartneriaid) sydd wedi’u cofnodi fel rhai na chawsant eu briffio ar brosesau llywodraethu’r sefydliad. Null pan nad oes un, ond nad yw briffio rhyw aelod wedi’i gofnodi neu nad oes aelodau cymunedol: mae `governanceBriefingToRecord` yn eu henwi.',
  purposeToReview:
    'Yr hyn sydd i’w gofnodi neu i’w wirio o hyd am y diben (beth mae’r grŵp yn ei greu gyda’i gilydd, pam mae’n bwysig, pwy a’i cytunodd), mewn geiriau plaen ar gyfer negeseuon: rhannau na chawsant eu hysgrifennu erioed, rhannau sy’n dal dalfan yn unig, a chytundeb gan y grŵp. Gwag pan nad oes dim i’w wirio.',
  coproductionMeaningToReview:
    'Yr hyn sydd i’w gofnodi neu i’w wirio o hyd am beth mae cydgynhyrchu’n ei olygu yma (y diffiniad, pam y’i dewiswyd, pwy a’i cytunodd), mewn geiriau plaen ar gyfer negeseuon: rhannau na chawsant eu hysgrifennu erioed, rhannau sy’n dal dalfan yn unig, a chytundeb gan y grŵp. Gwag pan nad oes dim i’w wirio.',
  remitToReview:
    'Yr hyn sydd i’w gofnodi neu i’w wirio o hyd am y cylch gwaith (y mater, beth sydd o fewn y cwmpas, beth sydd y tu allan iddo a pham, pwy a’i cytunodd), mewn geiriau plaen ar gyfer negeseuon: rhannau na chawsant eu hysgrifennu erioed, rhannau sy’n dal dalfan yn unig, a chytundeb gan y grŵp. Gwag pan nad oes dim i’w wirio.',
  shareOnPremises:
    'O’r gweithgareddau wyneb yn wyneb diweddar (y `recentDays` diwrnod calendr diwethaf; heb gyfrif sesiynau ar-lein) sydd â’u lleoliad wedi’i gofnodi, y gyfran a gynhaliwyd yn adeiladau’r sefydliad. Null pan fo llai na `minActivities` â lleoliad wedi’i gofnodi, neu pan fo’r lleoliad ar goll i’r rhan fwyaf ohonynt.',
  unexplainedJargon:
    'Gweithgareddau diweddar lle nodwyd term fel jargon, heb ei esbonio, ac nad yw yn yr eirfa gydag esboniad go iawn (nid yw dalfan fel "tbc" yn ei esbonio). `date` yw dyddiad lleol y gweithgaredd. Null pan nad oes gan unrhyw weithgaredd diweddar gofnod jargon (ni edrychodd neb).',
  agreementsNotCoCreated:
    'Cytundebau (gyda thestun go iawn) a ysgrifennwyd gan aelodau ar ochr y staff yn unig (staff, cynghorwyr, partneriaid): wedi’u nodi, gyda `writers` yn eu henwi a’r hyn ydynt. Mae angen adolygu cytundebau nad ydynt yn enwi neb yn y grŵp fel un a’u hysgrifennodd. Null pan nad oes cytundeb gyda thestun go iawn wedi’i gofnodi.',
  waysOfWorkingGaps:
    'O’r pynciau cytundeb a restrir yn `topics`, y rhai nad oes unrhyw gytundeb gyda thestun go iawn yn eu cwmpasu, mewn geiriau plaen ("how the group makes decisions"), yn y drefn a roddwyd. Null pan nad oes cytundeb gyda thestun go iawn wedi’i gofnodi o gwbl, neu pan nad oes gan bwnc coll ond testun dalfan ("tbc") hyd yma.',
  outcomeToReview:
    'Yr hyn sydd i’w gofnodi neu i’w wirio o hyd am y canlyniadau (o leiaf un; sut y caiff pob un, oni bai ei fod wedi’i ollwng, ei adnabod; pwy a’u cytunodd), mewn geiriau plaen ar gyfer negeseuon: rhannau na chawsant eu hysgrifennu erioed, rhannau sy’n dal dalfan yn unig, a chytundeb gan y grŵp. Gwag pan nad oes dim i’w wirio.',
  endingNewsOverdue:
    'A yw dweud wrth aelodau sut y daeth y gwaith i ben yn hwyr: true pan nad oes dyddiad wedi’i gofnodi ar gyfer dweud wrthynt a’r amserlen wedi dod i ben fwy na `graceDays` diwrnod yn ôl; false pan fo’r dyddiad, sut y cawsant wybod a beth sy’n digwydd nesaf i gyd wedi’u cofnodi mewn geiriau go iawn. Null (angen adolygu) fel arall.',
  progressReviewDueOn:
    'Y dyddiad (YYYY-MM-DD) yr oedd yr adolygiad cynnydd nesaf i fod erbyn: yr adolygiad diwethaf, neu ddechrau’r gwaith pan nad oes un wedi’i gofnodi, ynghyd â’r rhythm a gytunwyd (wythnos, pythefnos, 31 diwrnod, 92 diwrnod; `days` pan fo adolygiadau’n digwydd yn ôl yr angen). Null heb rythm neu ddyddiad i gyfrif ohono.',
  contributionGini:
    'Pa mor anwastad y mae cyfraniadau wedi’u lledaenu dros y `recentMeetings` cyfarfod diwethaf lle cawsant eu cyfrif: cyfernod Gini y cyfraniadau fesul aelod sydd â rhes bresenoldeb wedi’i chyfrif (0 = pawb yn gyfartal, yn agos at 1 = un person yn siarad). Null pan na chafodd cyfraniadau eu cyfrif erioed neu pan nad ydynt yn dod i ddim.',
  timeframeGaps:
    'Yr hyn sydd ar goll o’r amserlen, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach): dyddiad dechrau, dyddiad gorffen, cerrig milltir; ac, yn y cam during, dyddiad gorffen newydd pan fo’r un a gofnodwyd wedi mynd heibio. Gwag pan fo’n gyflawn; null (angen adolygu) pan nad yw rhan wedi’i chofnodi cyn i’r gwaith fod ar y gweill.',
  membersInManyEngagements:
    'Aelodau gweithredol sy’n cymryd rhan mewn o leiaf `threshold` o weithgareddau ymgysylltu eraill (wedi’u henwi mewn geiriau go iawn), ac felly mewn perygl o flinder ymgysylltu. Null pan nad oes un wedi’i nodi a heb aelod gweithredol nad yw’n staff ag ymgysylltu arall wedi’i gofnodi (mae rhestr wag yn dweud "dim"; nid yw rhestr o ddalfannau fel "tbc" yn dweud dim).',
  openToChangeReflected:
    'A yw’r grŵp wedi ateb y cwestiwn myfyriol honesty.open-to-change ei hun: true pan fo myfyrdod arno a gofnodwyd gan aelodau (nid gan staff yn unig; gweler `isGroupReflection`) wedi’i ddyddio o fewn y `withinDays` diwrnod diwethaf, a syniadau aelodau wedi’u cofnodi. Null fel arall: mae `openToChangeToRecord` yn dweud beth sydd ar goll.',
  shareOutsideOfficeHours:
    'O’r gweithgareddau a ddechreuodd yn y `recentDays` diwrnod calendr diwethaf, y gyfran a ddechreuodd y tu allan i oriau swyddfa yng nghylchfa amser y prosiect: ar ddiwrnod nad yw yn `officeDays`, cyn `officeStart` neu ar neu ar ôl `officeEnd`. Null pan ddigwyddodd llai na `minActivities` o weithgareddau yn yr amser hwnnw: rhy ychydig i roi cyfran.',
  shareUsualParticipants:
    'Ymhlith aelodau gweithredol nad ydynt ar ochr y staff ac y mae wedi’i gofnodi ar eu cyfer, y gyfran sydd ymhlith cyfranogwyr arferol y sefydliad (wedi’u marcio felly, neu, heb eu marcio, wedi’u cofnodi fel rhai sy’n cymryd rhan yn ei ymgysylltu arall). Null pan fo wedi’i gofnodi ar gyfer llai na `minRecorded` aelod, neu ar gyfer llai na hanner ohonynt.',
  progressReviewOverdueDays:
    'Faint o ddyddiau y mae’r adolygiad cynnydd nesaf wedi mynd heibio i’w ddyddiad dyledus (gweler `progressReviewDueOn`) a’r `graceDays` ar ei ôl; sero neu lai pan nad yw’n hwyr. Null (angen adolygu) pan nad oes rhythm wedi’i gytuno, neu pan nad oes adolygiad wedi’i gofnodi a heb un yn hwyr eto wrth gyfrif o ddechrau’r gwaith (neu pan nad yw’r dechrau wedi’i gofnodi).',
  learningPlanGaps:
    'Y rhannau o’r cynllun dysgu (sut mae dysgu’n cael ei gadw, gyda phwy y caiff ei rannu) na chawsant eu hysgrifennu erioed, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach); rhestr wag pan fo’r ddau’n dal geiriau go iawn. Null (angen adolygu) pan nad yw rhan ond yn dal dalfan fel "tbc", neu heb ei hysgrifennu eto cyn i’r gwaith fod ar y gweill.',
  shareLedByCommunity:
    'O’r gweithgareddau diweddar (y `recentDays` diwrnod calendr diwethaf) sy’n enwi aelod o’r grŵp yn gadeirydd neu’n hwylusydd, y gyfran a gadeiriwyd neu a hwyluswyd gan o leiaf un aelod nad yw ar ochr y staff (nid staff, cynghorydd neu bartner yn unig). Null pan fo llai na `minActivities` yn enwi unrhyw un, neu pan nad yw’r rhan fwyaf o’r gweithgareddau diweddar yn enwi neb.',
  accessNeedsNotAsked:
    'Enwau arddangos yr aelodau gweithredol nad yw eu hanghenion mynediad a chymorth ar gofnod: nid oes neb wedi cofnodi gofyn, neu mae’r ateb yn ddalfan fel "tbc". Mae aelod nad oes arno angen dim wedi’i gofnodi fel `\'none\'`, ac nid yw wedi’i restru. Heb aelodau gweithredol o gwbl, yr ymadrodd "the members of the group", fel y gall neges ddweud o hyd pwy i’w holi.',
  progressTrackingGaps:
    'Y rhannau o olrhain cynnydd (y dull, pa mor aml) na chawsant eu cofnodi erioed, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach); rhestr wag pan fo’r dull yn dal geiriau go iawn a’r rhythm wedi’i gofnodi. Null (angen adolygu) pan nad yw’r dull ond yn dal dalfan fel "tbc", neu pan nad yw rhan wedi’i chofnodi eto cyn i’r gwaith fod ar y gweill.',
  governanceProcessDescribed:
    'A oes disgrifiad byr, mewn geiriau go iawn (nid dalfan fel "tbc"), o’r prosesau llywodraethu y mae gwaith y grŵp yn mynd drwyddynt. False pan nad oes un a bod penderfyniad wedi’i gofnodi ar lwybr ffurfiol (cabinet, pwyllgor, penderfyniad swyddog…); null pan nad oes un a dim yn dangos bod prosesau ffurfiol ar waith eto, neu pan fo’r disgrifiad yn ddalfan.',
  flowDirectionsMissing:
    'Pa gyfeiriadau nad oes llif gwybodaeth wedi’i gytuno ar eu cyfer, mewn geiriau plaen ar gyfer negeseuon: "updates from the group to senior leaders" (`group-to-leaders`) ac "updates from senior leaders to the group" (`leaders-to-group`). Nid yw llif a ddisgrifir gan ddalfan yn unig ("tbc") yn cyfrif. Null pan nad oes llif wedi’i gofnodi o gwbl, neu pan nad yw’r unig lifoedd mewn cyfeiriad coll ond yn ddalfannau.',
  endingEvaluationOverdue:
    'A yw gwerthuso’r gwaith gyda’r grŵp yn hwyr: true pan nad oes dyddiad gwerthuso wedi’i gofnodi a’r amserlen wedi dod i ben fwy na `graceDays` diwrnod yn ôl; false pan fo dyddiad gwerthuso wedi’i gofnodi, aelodau o’r grŵp nad ydynt yn staff wedi cymryd rhan, a bod gan bob canlyniad statws terfynol (wedi’i gyflawni, wedi’i gyflawni’n rhannol, heb ei gyflawni neu wedi’i ollwng). Null (angen adolygu) fel arall.',
  decisionsUnexplained:
    'Penderfyniadau a wnaed (nid rhai a gynlluniwyd) gan y sefydliad neu gydag ef, sy’n effeithio ar y grŵp, y mae’r cofnod yn dweud na chafodd eu rhesymau eu hesbonio i’r grŵp (`rationaleExplained` yn false). Null pan nad oes un wedi’i nodi ond nad oes penderfyniad wedi’i gofnodi, neu pan na chofnododd neb a gafodd rhesymau un eu hesbonio (na `rationaleExplained` na `reasons` go iawn): mae `decisionReasonsToRecord` yn eu henwi.',
  seniorLeadersNamed:
    'A yw’r uwch arweinwyr sydd eu hangen ar y gwaith wedi’u henwi, pob un gydag enw a rôl go iawn (nid dalfan fel "tbc"). False pan nad oes un wedi’i enwi er bod penderfyniad wedi’i gofnodi ar lwybr sydd angen pobl uwch (penderfyniad allweddol, cabinet, pwyllgor neu fwrdd partneriaeth); null pan nad oes un wedi’i enwi fel arall, neu pan fo enw neu rôl yn ddalfan: mae `seniorLeadersToName` yn dweud beth sydd ar goll.',
  resourceGaps:
    'Pam nad yw’r amser a’r arian wedi’u neilltuo’n glir, mewn geiriau plaen: wedi’u benthyg o waith arall; wedi’u marcio fel rhai a neilltuwyd gyda chyllideb o £0 a dim oriau staff; ac, unwaith y mae’r gwaith ar y gweill, cyllideb, oriau staff neu a ydynt wedi’u neilltuo heb eu cofnodi erioed. Gwag pan fônt wedi’u neilltuo gyda chyllideb neu oriau staff uwchlaw dim; null (angen adolygu) pan nad yw rhywbeth wedi’i gofnodi cyn i’r gwaith fod ar y gweill.',
  membersWithoutSkills:
    'Aelodau gweithredol nad yw eu sgiliau a’u profiad wedi’u cofnodi (ar goll, yn wag, neu’n destun dalfan yn unig fel "tbc"). Pan fo gan bob aelod rai, rhaid i’r grŵp hefyd fod wedi myfyrio gyda’i gilydd ar y cryfderau a ddaw gan bawb (myfyrdod ar `enablers.strengths-based` a gofnodwyd gan y grŵp, yn y `reflectionDays` diwrnod calendr diwethaf); heb un, neu heb aelodau gweithredol, mae’r ffaith yn null (angen adolygu).',
  accessToRecord:
    'Yr hyn sydd i’w gofnodi o hyd cyn y gellir gwirio gweithgareddau diweddar yn erbyn anghenion mynediad aelodau, fel ymadroddion ar gyfer neges: "the group\'s activities in the last 120 days" pan nad oes un wedi’i gofnodi yn y `recentDays` diwrnod diwethaf, "what members need in order to take part" pan nad yw anghenion unrhyw aelod gweithredol ar gofnod. Gwag pan fo’r ddau yno (mae gan bob aelod sydd â rhywbeth heb ei gofnodi ganfyddiad o `accessGaps` yn dweud beth).',
  unmetAccessNeeds:
    'Aelodau gweithredol ag angen mynediad neu gymorth wedi’i gofnodi fel un heb ei ddiwallu (wedi’u nodi, `needs` yng ngeiriau’r aelod), ac, pan fo ateb o leiaf un aelod ar gofnod, aelodau gweithredol nad oes neb wedi cofnodi holi am eu hanghenion, neu y mae eu hateb yn ddalfan (angen adolygu, gyda `accessNeedsNotAsked` yn eu henwi). Null pan nad oes aelodau gweithredol, neu pan nad oes ateb neb ar gofnod: yna’r grŵp cyfan yw’r rhestr o aelodau na holwyd.',
  purposeGaps:
    'Y rhannau o’r diben (beth mae’r grŵp yn ei greu gyda’i gilydd, pam mae’n bwysig) na chawsant eu hysgrifennu erioed, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach); rhestr wag pan fo’r ddau’n dal geiriau go iawn ac aelodau o’r grŵp nad ydynt yn staff wedi’u cytuno. Null (angen adolygu) pan nad yw rhan ond yn dal dalfan fel "tbc", pan nad yw rhan wedi’i hysgrifennu eto cyn i’r gwaith fod ar y gweill, neu pan fo cytundeb gan y grŵp ar goll neu gan staff yn unig.',
  coproductionMeaningGaps:
    'Y rhannau o’r hyn mae cydgynhyrchu’n ei olygu yma (y diffiniad, pam y’i dewiswyd) na chawsant eu hysgrifennu erioed, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach); rhestr wag pan fo’r ddau’n dal geiriau go iawn ac aelodau o’r grŵp nad ydynt yn staff wedi’u cytuno. Null (angen adolygu) pan nad yw rhan ond yn dal dalfan fel "tbc", pan nad yw rhan wedi’i hysgrifennu eto cyn i’r gwaith fod ar y gweill, neu pan fo cytundeb gan y grŵp ar goll neu gan staff yn unig.',
  communicationPlanMissing:
    'Pa rannau o’r cynllun cyfathrebu sydd ar goll, mewn geiriau plaen ar gyfer negeseuon: "how information will be shared during the work" (`communicationPlan.during`), "how information will be shared after the work ends" (`communicationPlan.after`) a "when members were told the plan" (`communicationPlan.membersToldOn`, ar neu cyn heddiw). Mae testun dalfan ("tbc") yn cyfrif fel un ar goll. Null pan nad oes dim go iawn wedi’i gofnodi, neu pan nad oes dim ar goll ond bod rhan yn ddalfan.',
  groupDecisionsMadeElsewhere:
    'Penderfyniadau a gofnodwyd fel rhai i’r grŵp eu gwneud a wnaed y tu allan i’r grŵp, neu, ar gyfer penderfyniad a gynlluniwyd, sydd i fod i gael eu gwneud y tu allan iddo (wedi’u dal cyn y digwyddiad). Mae `problem` yn dweud pa un mewn geiriau, gan enwi pwy (`decidedBy`, neu `toBeMadeBy` ar gyfer un a gynlluniwyd); mae `planned` a `due` yn dweud a yw eto i ddod a phryd. Null pan nad oes un wedi’i nodi ond nad oes penderfyniad wedi’i gofnodi, neu pan nad yw rhyw benderfyniad yn dweud ai’r grŵp sydd i’w wneud: mae `decisionOwnershipToRecord` yn eu henwi.',
  leadersWithoutInvolvement:
    'Uwch arweinwyr heb ran wedi’i chynllunio, neu â phwynt cyfranogi heb ei gwblhau erbyn ei ddyddiad dyledus. Mae `problem` yn dweud pa un mewn geiriau plaen, i ddilyn "but" mewn neges: "no involvement is planned", neu "the planned involvement "…" is overdue" gan enwi’r pwynt hwyraf; `point` yw’r pwynt hwnnw (gwag pan nad oes un wedi’i gynllunio). Null pan nad oes un wedi’i nodi ond nad oes arweinydd wedi’i enwi, neu pan nad oes gan ran arweinydd ddyddiad neu pan nad yw ond yn destun dalfan: mae `leaderInvolvementToRecord` yn dweud pa un.',
  influenceStatementMissing:
    'Pa rannau o’r datganiad am yr hyn y gall aelodau ddylanwadu arno sydd ar goll, mewn geiriau plaen ar gyfer negeseuon: "what members can influence" (`influence.canInfluence`), "what members cannot influence" (`influence.cannotInfluence`; mae rhestr wag yn dweud "nothing is off limits"), "a reason for each thing that is fixed" a "when this was shared with the group" (`influence.sharedOn`). Mae testun dalfan ("tbc") yn cyfrif fel un ar goll. Null pan nad oes dim go iawn wedi’i gofnodi, neu pan nad oes dim ar goll ond bod rhan yn ddalfan.',
  remitGaps:
    'Y rhannau o’r cylch gwaith (y mater, beth sydd o fewn y cwmpas, beth sydd y tu allan iddo a pham, pwy a’i cytunodd) na chawsant eu cofnodi erioed, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach); rhestr wag pan fo pob rhan yn dal geiriau go iawn ac, lle mae’r adran yn ei gofnodi, aelodau o’r grŵp nad ydynt yn staff wedi’i gytuno. Null (angen adolygu) pan nad yw rhan ond yn dal dalfan fel "tbc", pan nad yw rhan wedi’i hysgrifennu eto cyn i’r gwaith fod ar y gweill, neu pan fo cytundeb gan y grŵp ar goll neu gan staff yn unig.',
  overdueInformationFlows:
    'Llifoedd gwybodaeth ar rythm rheolaidd (nid ad hoc) y digwyddodd eu tro diwethaf fwy na’r rhythm a gytunwyd ynghyd â `graceDays` diwrnod calendr yn ôl; mae llif na ddigwyddodd erioed yn cyfrif o ddechrau’r amserlen (neu, os nad oes un, o’r gweithgaredd cyntaf). Mae `direction` yn dweud i ba gyfeiriad y mae’n mynd mewn geiriau plaen ("updates from the group to senior leaders"); `dueOn` yw’r dyddiad yr oedd yn ddyledus; mae `daysOverdue` yn cyfrif o hynny; mae `lastOccurred` yn wag os na ddigwyddodd erioed. Null pan nad oes llif wedi’i gofnodi, neu pan nad oes llif ar rythm rheolaidd.',
  outcomeGaps:
    'Y rhannau o’r canlyniadau (o leiaf un; sut y caiff pob un, oni bai ei fod wedi’i ollwng, ei adnabod; pwy a’u cytunodd) na chawsant eu cofnodi erioed, mewn geiriau plaen, unwaith y mae’r gwaith ar y gweill (cam during neu’n hwyrach); rhestr wag pan fo pob rhan yn dal geiriau go iawn ac, lle mae’r adran yn ei gofnodi, aelodau o’r grŵp nad ydynt yn staff wedi’i gytuno. Null (angen adolygu) pan nad yw rhan ond yn dal dalfan fel "tbc", pan nad yw rhan wedi’i hysgrifennu eto cyn i’r gwaith fod ar y gweill, neu pan fo cytundeb gan y grŵp ar goll neu gan staff yn unig.',
  droppedOffMembers:
    'Aelodau gweithredol a ddaeth ar y dechrau ac yna rhoi’r gorau iddi: o gyfarfodydd y grŵp (gweithgareddau yn y gorffennol o’r mathau `kinds` gyda phresenoldeb wedi’i gofnodi) a gynhaliwyd ers iddynt ymuno, daethant i o leiaf `cameToFirst` o’r `firstMeetings` cyntaf, ac i ddim un o’r `missedLast` olaf. `lastCame` yw dyddiad lleol y cyfarfod diwethaf y daethant iddo, `missed` faint o gyfarfodydd a gynhaliwyd ers hynny, `cameEarly` faint o’u cyfarfodydd cyntaf y daethant iddynt. Null pan fo presenoldeb wedi’i gofnodi mewn llai na `cameToFirst` + `missedLast` o gyfarfodydd y grŵp.',
  meetingsWithoutAttendance:
    'Cyfarfodydd y grŵp (gweithgareddau yn y gorffennol o’r mathau `kinds`), ymhlith y `recentMeetings` diwethaf, lle nad oes neb wedi’i gofnodi fel un a ddaeth: dim rhestr bresenoldeb, neu un wag. `date` yw dyddiad lleol y cyfarfod. Null pan nad oes cyfarfod o’r mathau hynny wedi’i gynnal eto.',
  dominantVoices:
    'Yr aelodau sy’n gwneud y rhan fwyaf o’r siarad, wedi’u barnu yn erbyn maint y grŵp: dros y `recentMeetings` cyfarfod diwethaf lle cafodd cyfraniadau eu cyfrif, yr aelodau mwyaf gweithgar (hyd at `top`) y mae eu cyfran gyfunol bellaf uwchlaw cyfran gyfartal i gynifer o bobl, pan fo hynny’n fwy na `maxExcess` o’r ffordd o gyfran gyfartal i bob cyfraniad; rhaid bod yr olaf a enwir wedi gwneud o leiaf ddwywaith cyfartaledd y lleill. Gwag pan nad oes neb yn tra-arglwyddiaethu. Null pan gyfrifwyd llai na `minMeetings` cyfarfod neu `minMembers` person, neu pan na chyfrannodd neb.',
  questionsWithoutRecentReflection:
    'Cwestiynau’r fframwaith, o’r rhai a restrir yn `questions`, nad yw’r grŵp wedi cofnodi ei fyfyrdod ei hun arnynt yn y `days` diwrnod calendr diwethaf. Dim ond myfyrdod a gofnodwyd gan aelodau o’r grŵp sy’n cyfrif (o leiaf un nad yw’n staff, cynghorydd neu bartner; gellir ei ffurfweddu): pan gofnodwyd y myfyrdod diweddaraf yn y cyfnod gan staff yn unig neu pan nad yw’n enwi neb, mae angen adolygu’r cwestiwn, gyda `lastReflected` ei ddyddiad a `recordedBy` pwy a’i cofnododd; heb fyfyrdod yn y cyfnod caiff ei nodi, gyda `lastReflected` dyddiad myfyrdod diweddaraf y grŵp neu’n wag.',
  outsideDecisionsWithoutInfluence:
    'Penderfyniadau a wnaed y tu allan i’r grŵp sy’n effeithio ar ei waith, lle mae’r cofnod yn dangos problem: ni chafodd y grŵp wybod amdano, neu dim ond cael gwybod amdano y gallai’r grŵp (dylanwad `inform`) ac ni chafodd y rhesymau eu hesbonio (`rationaleExplained` yn false, neu heb gofnodi hwnnw na `reasons`). Mae `problems` yn rhestru’r hyn sydd o’i le mewn geiriau. Dim ond ar ôl ei wneud y caiff penderfyniad a gynlluniwyd ei farnu. Null pan nad oes un wedi’i nodi ond nad oes un wedi’i gofnodi, neu pan nad yw llais y grŵp, a gafodd wybod (`groupInformed`/`groupToldOn`) na’r rhesymau (dalfan) wedi’u cofnodi: mae `outsideDecisionsToRecord` yn eu henwi.',
  representationAssumptionConcerns:
    'A yw’r grŵp wedi ateb, drosto’i hun, a oes cyfiawnhad dros dybio bod aelodau’n siarad dros grwpiau ehangach. Un canfyddiad am y cwestiwn `during.representation-assumptions`, neu ddim pan fo wedi’i ateb: wedi’i nodi pan fo myfyrdod diweddaraf y grŵp arno o fewn `reflectionDays` diwrnod wedi’i raddio’n goch neu’n oren (`signs`); angen adolygu pan nad oes myfyrdod o’r fath gan y grŵp (nid yw staff yn unig yn cyfrif), pan nad oes neb wedi cofnodi a yw aelodau’n siarad dros grwpiau ehangach, neu pan dybir bod aelodau’n siarad dros grŵp heb gysylltiad wedi’i gofnodi ag ef (`gaps`, `members`, `groups`). Byth yn null.',
  recommendationsNotFedBack:
    'Argymhellion y grŵp y mae’r cofnod yn dangos bod eu hateb wedi mynd o chwith: yn dal i aros am ateb fwy na `answerWithinDays` diwrnod ar ôl ei wneud; wedi’i wrthod, neu wedi’i dderbyn yn rhannol yn unig, heb roi rhesymau; neu wedi’i ateb fwy na `feedBackWithinDays` diwrnod yn ôl (neu ar ddyddiad heb ei gofnodi) heb ddweud wrth y grŵp. Mae `problems` yn rhestru’r hyn sydd o’i le mewn geiriau; mae `about` yn enwi’r penderfyniad y bwydodd iddo a phwy a’i gwnaeth ("for the decision "…", made by Cabinet"), neu at bwy yr aeth. Null pan nad oes un wedi’i nodi ond nad oes un wedi’i gofnodi, neu pan nad yw’r rhesymau ond yn ddalfan: mae `recommendationsToRecord` yn dweud beth.',
  redReflectionsWithoutAction:
    'Myfyrdodau’r grŵp ei hun (a gofnodwyd gan aelodau nad ydynt yn staff yn unig; gellir ei ffurfweddu) wedi’u graddio’n goch heb gam gweithredu wedi’i gytuno, gan gyfrif myfyrdod diweddaraf y grŵp ar bob cwestiwn yn unig (mae gradd well, ddiweddarach gan y grŵp yn setlo hen un goch; nid yw un a gofnodwyd gan staff yn unig yn gwneud hynny). Nid yw cam gweithredu nad yw ei ddisgrifiad ond yn destun dalfan ("tbc") yn gam a gytunwyd. Mae angen adolygu gradd goch heb gam a gofnodwyd gan staff yn unig (neu heb enwi neb), sy’n fwy diweddar na myfyrdod y grŵp ei hun ar y cwestiwn hwnnw: nid gradd y grŵp yw hi eto. Null pan nad yw’r grŵp wedi cofnodi unrhyw fyfyrdod ei hun: nid oes dim i’w farnu.',
  availabilityNotMet:
    'Aelodau gweithredol a ddywedodd pryd y gallant gymryd rhan (dyddiau a/neu rannau o’r dydd) pan oedd `maxShareInTimes` ar y mwyaf o’r `recentActivities` gweithgaredd diwethaf ers iddynt ymuno yn disgyn yn yr amseroedd hynny (diwrnod yr wythnos a rhan o’r dydd y dechrau, yng nghylchfa amser y prosiect: bore cyn 12:00, prynhawn cyn 17:00, gyda’r nos wedyn). Caiff aelod ei farnu dim ond pan ellir cymharu o leiaf `minActivities` gweithgaredd. Mae `times` yn dweud pryd y gallant ddod ("on Saturday mornings"), `inTimes` faint o’r gweithgareddau `compared` a ddisgynnodd bryd hynny; mae `days` a `dayParts` yn rhestru’r hyn a roesant. Null pan nad oes aelod gweithredol wedi dweud pryd y gall ddod, neu pan fo llai na `minActivities` gweithgaredd wedi digwydd.',
  knowledgeValuedConcerns:
    'A yw’r grŵp wedi ateb, drosto’i hun, a yw gwybodaeth pawb yn cael ei gwerthfawrogi. Un canfyddiad am y cwestiwn `during.knowledge-valued`, neu ddim pan fo wedi’i ateb: wedi’i nodi pan fo myfyrdod diweddaraf y grŵp arno o fewn `reflectionDays` diwrnod wedi’i raddio’n goch neu’n oren, neu pan, dros y `recentMeetings` gweithgaredd diwethaf lle cafodd cwestiynau a ofynnwyd neu wybodaeth a rannwyd eu cyfrif (o leiaf `minMeetings` ohonynt, gydag o leiaf `minMembers` person wedi’u cyfrif), y gofynnodd llai na `minShare` o’r bobl a gyfrifwyd gwestiwn neu y rhannodd yr hyn a wyddant (`signs`, `asking`, `counted`, `meetings`); angen adolygu pan nad oes myfyrdod o’r fath gan y grŵp (nid yw staff yn unig yn cyfrif; `gaps`). Nid yw cyfrifon ar eu pen eu hunain byth yn ateb y cwestiwn. Byth yn null.',
  quietMembers:
    'Aelodau gweithredol sy’n dawel o’u cymharu â gweddill eu grŵp: dros y `meetings` cyfarfod diwethaf y daethant iddynt lle cafodd cyfraniadau eu cyfrif, gwnaethant ar gyfartaledd `quietShare` ar y mwyaf o’r hyn y mae’r aelodau eraill yn ei wneud fel arfer mewn cyfarfod (canolrif cyfartaleddau’r lleill dros eu `meetings` cyfarfod diwethaf eu hunain a gyfrifwyd) — wedi’u nodi, gyda `contributions`, `typical` (cyfraniadau arferol y lleill mewn cyfarfod, i un lle degol), unrhyw anghenion mynediad nad yw’r grŵp wedi’u diwallu eto (`unmetNeeds`), a cham nesaf addas mewn geiriau plaen (`nextStep`). Angen adolygu pan na chafodd eu cyfraniadau eu cyfrif mewn rhai o’u `meetings` gweithgaredd diwethaf ac na wnaethant gyfrannu yn yr un ohonynt (mae `typical` yna’n 0 os na chawsant eu cyfrif erioed). Null pan na chafodd cyfraniadau eu cyfrif mewn unrhyw weithgaredd yn y gorffennol.',
  accessGaps:
    'Un canfyddiad i bob aelod gweithredol, faint bynnag o weithgareddau sydd dan sylw: gweithgareddau diweddar y daethant iddynt (neu, lle na chofnodwyd presenoldeb, pob gweithgaredd ers iddynt ymuno) a oedd heb yr hyn y mae un o’u hanghenion mynediad yn gofyn amdano. Mae angen yn gofyn am ei `requires` ym mhob lleoliad ac am ei ddewisiadau `bySetting` mewn ystafell neu ar-lein; nid yw nodweddion lle na chostau teithio byth yn bwysig ar-lein, a bydd gweithgaredd hybrid yn gwneud y tro pan fo’r naill ddewis neu’r llall ar gael. Yr hyn sydd gan weithgaredd yw nodweddion ei leoliad a’r cymorth a drefnwyd ar ei gyfer. Wedi’i nodi pan oedd yn hysbys bod rhywbeth ar goll; angen adolygu pan na chofnodwyd a oedd yno (yna mae `accessToRecord` yn dweud, mewn ymadrodd, beth sydd i’w gofnodi o hyd). Mae `missing` yn enwi’r hyn oedd ar goll (neu nad oedd yn hysbys ei fod yno) mewn geiriau plaen, `needs` yr anghenion yng ngeiriau’r aelod, `meetings` y gweithgareddau yn ôl teitl a dyddiad (deg ar y mwyaf wedi’u henwi), `meetingCount` faint, `meetingDates` eu dyddiadau ISO. Null pan nad oedd gweithgareddau diweddar, neu pan nad yw anghenion mynediad unrhyw aelod gweithredol ar gofnod.',
  outsideDecisionsToRecord:
    'Yr hyn sydd i’w gofnodi o hyd am benderfyniadau a wnaed y tu allan i’r grŵp sy’n effeithio arno, mewn geiriau: llais y grŵp ym mhob un, a gafodd y grŵp wybod, y rhesymau a roddwyd iddo, neu nad oes un wedi’i gofnodi.',
  topContributors:
    'Enwau arddangos yr aelodau (hyd at `top`) a gyfrannodd fwyaf dros y `recentMeetings` cyfarfod diwethaf lle cafodd cyfraniadau eu cyfrif, y mwyaf yn gyntaf. Nid yw aelodau na wnaethant gyfraniad wedi’u rhestru.',
  activitiesBeyondSessions:
    'Faint o’r gweithgareddau a ddechreuodd yn y `recentDays` diwrnod calendr diwethaf oedd o un o’r mathau `kinds` (outreach, online, informal…). Null pan nad oedd gweithgareddau diweddar: dim i’w farnu.',
};

/** The Welsh of the field types said in one word or phrase. */
const PLAIN_TYPES_CY = {
  text: 'testun',
  date: 'dyddiad',
  datetime: 'dyddiad ac amser',
  boolean: 'true neu false',
  other: 'rhywbeth nad yw’r iaith yn ei ddarllen',
} as const;

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
  if (type.kind === 'enum') return `un o ${type.values.map((v) => `"${v}"`).join(', ')}`;
  if (type.kind === 'id') return type.refers ? `dynodydd yn ${type.refers}` : 'dynodydd';
  if (type.kind === 'list') return `rhestr o ${softMutation(welshFieldType(type.item))}`;
  if (type.kind === 'record') return `cofnod (${Object.keys(type.fields).join(', ')})`;
  if (type.kind === 'number') return type.integer ? 'rhif cyfan' : 'rhif';
  return PLAIN_TYPES_CY[type.kind];
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
  filters: FILTERS_CY,
});

/**
 * The Welsh words a declared fact with no description of its own is
 * described in (by `explain` and `facts`), as the rule docs do in English.
 * Field and collection names stay as the rule author typed them.
 */
export const WELSH_DESCRIPTION_WORDS: DescriptionWords = Object.freeze({
  operators: Object.freeze({
    equal: 'yw',
    notEqual: 'nid yw',
    in: 'yw un o',
    notIn: 'yw dim un o',
    lessThan: 'yn llai na',
    lessThanInclusive: 'yw ar y mwyaf',
    greaterThan: 'yn fwy na',
    greaterThanInclusive: 'yw o leiaf',
    contains: 'yn cynnwys',
    doesNotContain: 'nid yw’n cynnwys',
    containsAll: 'yn cynnwys pob un o',
    containsNone: 'yn cynnwys dim un o',
    isEmpty: 'yn rhestr wag',
    notEmpty: 'yn rhestru rhywbeth',
    present: 'wedi’i gofnodi',
    text: 'yn dal',
    before: 'cyn',
    onOrBefore: 'ar neu cyn',
    after: 'ar ôl',
    onOrAfter: 'ar neu ar ôl',
    withinDays: 'o fewn y nifer hwn o ddiwrnodau cyn heddiw:',
    refersTo: 'yn enwi cofnod lle',
  } satisfies Record<FilterOperator, string>),
  and: 'a',
  or: 'neu',
  not: (text: string) => `nid (${text})`,
  today: 'heddiw',
  now: 'nawr',
  daysAgo: (days: string) => `${days} diwrnod cyn heddiw`,
  daysAhead: (days: string) => `${days} diwrnod ar ôl heddiw`,
  plusDays: (field: string, days: string) => `${field} a ${days} diwrnod`,
  recorded: 'wedi’i gofnodi',
  notRecorded: 'heb ei gofnodi',
  refersTo: (filter: string) => `yn enwi cofnod lle ${filter}`,
  textStates: Object.freeze({
    present: 'geiriau go iawn',
    placeholder: 'dalfan yn unig',
    missing: 'dim byd',
  }),
  holds: (states: readonly string[]) => `yn dal ${states.join(' neu ')}`,
  where: (filter: string) => ` lle ${filter}`,
  count: (of: string, where: string) => `Nifer y ${of}${where}`,
  share: (of: string, among: string | undefined, where: string) =>
    `Cyfran y ${of}${among ? ` (ymhlith y rhai lle ${among})` : ''} lle ${where}`,
  sum: (field: string, of: string, where: string) => `Cyfanswm ${field} dros ${of}${where}`,
  extreme: (which: 'min' | 'max', field: string, of: string, where: string) =>
    `Y ${field} ${which === 'min' ? 'lleiaf' : 'mwyaf'} ymhlith ${of}${where}`,
  dated: (which: 'latest' | 'earliest', field: string, of: string, where: string) =>
    `Y ${field} ${which === 'latest' ? 'diweddaraf' : 'cynharaf'} ymhlith ${of}${where}`,
  age: (field: string, of: string, where: string) =>
    `Dyddiau ers y ${field} diweddaraf ymhlith ${of}${where}`,
  list: (field: string, of: string, where: string) => `Y ${field} o blith ${of}${where}`,
  value: (field: string) => `Y ${field} a gofnodwyd`,
  choose: (cases: readonly string[], otherwise: string) =>
    `${cases.join('; ')}; fel arall ${otherwise}`,
  chooseCase: (value: string, when: string) => `${value} pan ${when}`,
  checklist: (report: 'gaps' | 'review', labels: string) =>
    `${report === 'gaps' ? 'Beth sydd ar goll o' : 'Beth sydd eto i’w gofnodi neu ei wirio am'} ${labels}`,
  grouped: (groupBy: string, flag: string) =>
    `, ar gyfer pob un a enwir gan ${groupBy}; wedi’i nodi pan fo’r gwerth ${flag}`,
});

/** The words a declaration is described in for a reader's locale: Welsh, or else English. */
export function descriptionWords(locale: string): DescriptionWords {
  return uiLocale(locale) === 'cy' ? WELSH_DESCRIPTION_WORDS : ENGLISH_DESCRIPTION_WORDS;
}
