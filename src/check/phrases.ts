/**
 * The phrases facts put inside messages ("whether “Pilot estates” is the
 * group's to make", "Repairs drop-in on 12 August 2026", "every month"), one
 * catalogue per locale, so a Welsh message says them in Welsh.
 *
 * A fact's values stay what they have always been, the English phrase (a
 * report's `data`, its English messages and every council rule written
 * against them are unchanged): a fact builds it with {@link factPhrase} from
 * this catalogue, and {@link formatValue} says a value in another locale by
 * recognising the English phrase and rendering the same phrase id, with the
 * same values, from that locale's catalogue. Recognising works on any
 * report, also one read back from JSON, because the English template is the
 * only source of the phrase. A value no template matches (a title, a note,
 * a council's own phrase) is shown as it is.
 *
 * Values inside a phrase: a `{x:date}` is recognised as an English date in
 * words and re-said in the locale; `{x:days}` ("about 5 months") and
 * `{x:count:…}` ("3 people", where the words for none are not used) likewise;
 * `{x:list}` / `{x:orList}` are split where the English joined them; the
 * values named in {@link NESTED} are phrases themselves and are said again
 * by the same rules; every other value (titles, names) is kept as written.
 *
 * @module
 */
import { formatDate, localeCatalogues, parsePlaceholders, renderMessage } from './messages.js';
import { welshQuestion } from './question-words.js';

/** The English (en-GB) phrases: the source every other locale translates. */
const EN_GB = {
  // What is still to record or check (items of "Still to record: …").
  'record.placeholder': '{what} (only a placeholder so far)',
  'record.agreedBy': 'which members of the group agreed {what}',
  'record.agreedByNotStaff': 'which members of the group, not only staff, agreed {what}',
  'record.it': 'it',
  'record.theRemit': 'the remit',
  'record.theOutcomes': 'the outcomes',
  'record.purposeWhat': 'what the group is making together',
  'record.purposeWhy': 'why it matters',
  'record.learningCapture': 'how learning will be captured',
  'record.learningShare': 'who learning will be shared with',
  'record.progressMethod': 'how progress will be tracked',
  'record.progressCadence': 'how often the group will look at its progress',
  'record.meaningWhat': 'what co-production means for this project',
  'record.meaningWhy': 'why co-production was chosen',
  'record.outsideRemit': "what is outside the group's remit",
  'record.whyOutside': 'why “{topic}” is outside the remit',
  'record.whyOutsideMany': 'why each of {n} things is outside the remit',
  'record.noOutcomes': 'the outcomes it wants to achieve',
  'record.howKnow': 'how it will know “{outcome}” has been achieved',
  'record.howKnowMany': 'how it will know each of {n} outcomes has been achieved',
  'record.outcomeUnnamed': 'what one of the outcomes is',
  'record.outcomesUnnamed': 'what {n} of the outcomes are',
  'record.cadenceAgreed': 'how often the group agreed to look at its progress',
  'record.lastReview': 'the date of the last progress review',
  'record.influenceCan': 'what members can influence',
  'record.influenceCannot': 'what members cannot influence',
  'record.influenceReasons': 'a reason for each thing that is fixed',
  'record.influenceShared': 'when this was shared with the group',
  'record.planDuring': 'how information will be shared during the work',
  'record.planAfter': 'how information will be shared after the work ends',
  'record.planTold': 'when members were told the plan',
  'record.decisionOwnership': "whether “{title}” is the group's to make",
  'record.decisionInfluence': 'how much say the group had in “{title}”',
  'record.decisionTold': 'whether the group was told of “{title}”',
  'record.decisionReasons': 'the reasons the group was given for “{title}”',
  'record.noDecisions': 'the decisions the work involves (none is recorded yet)',
  'record.noOutsideDecisions':
    'any decisions made outside the group that affect its work (none is recorded yet)',
  'record.noMembers': "the group's members (none is recorded yet)",
  'record.noLeaders': 'the senior leaders the work needs, with their roles (none is named yet)',
  'record.noLeadersToInvolve': 'when each senior leader will be involved, once they are named',
  'record.leaderName': 'the name of the {role}',
  'record.leaderRole': 'the role of {name}',
  'record.leaderBoth': 'the name and role of a senior leader listed only as a placeholder',
  'record.involvementWhen': 'when {name} will be involved',
  'record.involvementWhat': 'what {name} will be involved in',
  'record.noIdeas': "members' ideas and the answer to each (none is recorded yet)",
  'record.groupReflection': 'the group’s own reflection on it, recorded by members',
  'record.staffOnlyReflection':
    'the group’s own reflection on it (the recent one was recorded by staff alone, and only members can answer this)',
  'record.noAffectingDecisions': 'the decisions that affect the work (none is recorded yet)',
  'record.reasonsExplained': 'whether the reasons for “{title}” were explained to the group',
  'record.noRecommendations':
    'the recommendations the group has made and the answer to each (none is recorded yet)',
  'record.recommendationReasons': 'the reasons given for the answer to “{summary}”',
  'record.otherEngagement': 'what other engagement members already take part in',
  'record.recentActivities': "the group's activities in the last {days} days",
  'record.accessNeeds': 'what members need in order to take part',
  'record.accessAt': 'whether {meetings:list} had {missing:list}, which {name} needs',
  'record.remitIssue': 'the issue being tackled',
  'record.remitInScope': 'what the group can work on',
  'record.perspectives': 'the perspectives and experiences the work needs',
  'record.whoInGroup': 'who is in the group now',
  'record.membersOfGroup': 'the members of the group',
  'activity.more': '{n} more',
  'kind.formal-meeting': 'formal meetings',
  'kind.workshop': 'workshops',
  'kind.outreach': 'outreach',
  'kind.online': 'online sessions',
  'kind.informal': 'informal get-togethers',
  'kind.site-visit': 'site visits',
  'kind.other': 'other activities',
  'topic.behaviour': 'how members treat each other',
  'topic.language': 'the language the group uses',
  'topic.decision-making': 'how the group makes decisions',
  'topic.activities': 'what the group will do together',
  'topic.other': 'the other matters the group wanted to agree',
  'influence.inform':
    '{n:count:decision where the group was only informed:decisions where the group was only informed}',
  'influence.consult':
    '{n:count:decision where the group was consulted:decisions where the group was consulted}',
  'influence.involve':
    '{n:count:decision where the group was involved:decisions where the group was involved}',
  'influence.collaborate':
    '{n:count:decision made in collaboration with the group:decisions made in collaboration with the group}',
  'influence.empower': '{n:count:decision the group made itself:decisions the group made itself}',
  'record.startDate': 'a start date',
  'record.endDate': 'an end date',
  'record.milestones': 'the milestones along the way',
  'record.newEndDate': 'a new end date, as the one recorded has passed while the work carries on',
  'record.budget': 'the budget',
  'record.staffHours': 'the staff hours each week',
  'record.resourcesOwned': 'whether the time and money belong to this work or are borrowed',
  'record.evaluatedOn': 'when the work was evaluated',
  'record.evaluatedWith': 'which members of the group took part',
  'record.evaluatedWithNotStaff': 'which members of the group, not only staff, took part',
  'record.outcomesBecame': 'which outcomes the group wanted and what became of each',
  'record.outcomeBecame': 'what became of “{outcome}”',
  'record.outcomesOpen': 'what became of the {n} outcomes with no final status yet',
  'record.membersTold': 'when members were told',
  'record.howTold': 'how they were told',
  'record.whatNext': 'what happens next',

  // What is wrong, as a message reads it after "but ".
  'gap.borrowed': 'the time and money are borrowed from other work',
  'gap.setAsideEmpty':
    'they are marked as set aside, but the budget is £0 and no staff hours are committed',
  'gap.noBudget': 'no budget is recorded',
  'gap.noStaffTime': 'no staff time is recorded',
  'gap.resourcesUnknown': 'nobody has recorded whether they belong to this work or are borrowed',
  'problem.nonePlanned': 'no involvement is planned',
  'problem.involvementOverdue': 'the planned involvement “{point}” is overdue',
  'problem.notInformed': 'the group was not told of it',
  'problem.informOnly':
    'the group could only be told of it, and nobody explained the reasons to the group',
  'problem.madeOutsideBy': 'it was made outside the group, by {by}',
  'problem.madeOutside': 'it was made outside the group',
  'problem.toBeMadeOutsideBy': 'it is set to be made outside the group, by {by}',
  'problem.toBeMadeOutside': 'it is set to be made outside the group',
  'problem.rejectedNoReasons': 'it was turned down with no reasons given',
  'problem.partNoReasons': 'it was only partly accepted, with no reasons given',
  'problem.notTold': 'the group has not been told the answer',
  'problem.waiting': 'it has had no answer for {days:days}',
  'problem.ideaWaiting': 'is still waiting for an answer the group can see',
  'problem.ideaParked': 'was parked without telling the group why',
  'problem.ideaDeclined': 'was declined without telling the group why',
  'recommendation.forDecisionBy': 'for the decision “{title}”, made by {by}',
  'recommendation.forDecision': 'for the decision “{title}”',
  'recommendation.to': 'to {to}',
  'recommendation.toOrganisation': 'to the organisation',

  // Things a message names.
  'activity.on': '{title} on {on:date}',
  'flow.groupToLeaders': 'updates from the group to senior leaders',
  'flow.leadersToGroup': 'updates from senior leaders to the group',
  'cadence.weekly': 'every week',
  'cadence.fortnightly': 'every two weeks',
  'cadence.monthly': 'every month',
  'cadence.quarterly': 'every three months',
  'cadence.adHoc': 'as and when needed, with no fixed rhythm',
  'feature.step-free': 'step-free access',
  'feature.hearing-loop': 'a hearing loop',
  'feature.accessible-toilet': 'an accessible toilet',
  'feature.public-transport': 'good public transport links',
  'feature.parking': 'parking',
  'feature.quiet-space': 'a quiet space',
  'feature.bsl-interpreter': 'a BSL interpreter',
  'feature.captions': 'captions',
  'feature.easy-read': 'easy read papers',
  'feature.large-print': 'large print papers',
  'feature.translation': 'translation',
  'feature.childcare': 'childcare',
  'feature.travel-costs': 'help with travel costs',
  'feature.breaks': 'regular breaks',

  // Taking part and being heard.
  'step.ask': 'Ask them, kindly and privately, what would make it easier to take part.',
  'step.needOne':
    'They have an access need the group has not yet met: {needs:list}. Meeting it may be the first step.',
  'step.needMany':
    'They have access needs the group has not yet met: {needs:list}. Meeting them may be the first step.',
  'step.tally': 'Keep a tally of their contributions at the next meetings.',
  'reflection.none': 'the group has not recorded a reflection of its own on it recently',
  'reflection.nobody':
    "the latest reflection on it does not say who took part, so it cannot count as the group's own",
  'reflection.fewCommunity':
    'the latest reflection on it was recorded by fewer members from the community than this check asks for',
  'reflection.staffOnly':
    'the latest reflection on it was recorded only by {names:list}, with no member from the community taking part',
  'reflection.notesPending':
    'the group’s latest reflection on it, on {date:date}, rated it green, but its notes say only “{notes}”',
  'reflection.rated': 'the group itself rated this {rating} when it last reflected on it',
  'sign.askingNone':
    'none of the {people:count:person:people} counted at the last {meetings:count:meeting:meetings} asked a question or shared what they know',
  'sign.askingFew':
    'only {asking} of the {people:count:person:people} counted at the last {meetings:count:meeting:meetings} asked a question or shared what they know',
  'rating.red': 'red',
  'rating.amber': 'amber',
  'represent.unrecorded':
    'nobody has recorded whether any member is taken to speak for a wider group',
  'represent.oneOne':
    '{members:list} is taken to speak for {groups:list}, but how they keep in touch with that group is not recorded',
  'represent.oneMany':
    '{members:list} is taken to speak for {groups:list}, but how they keep in touch with those groups is not recorded',
  'represent.manyOne':
    '{members:list} are taken to speak for {groups:list}, but how they keep in touch with that group is not recorded',
  'represent.manyMany':
    '{members:list} are taken to speak for {groups:list}, but how they keep in touch with those groups is not recorded',

  // When a member said they can come ("on Monday or Tuesday evenings"), and
  // what a member is, after their name ("Sean (staff)"). The words of days,
  // parts of the day and roles are a closed list: see WORD_SLOTS.
  'times.parts': 'in the {dayParts:orList}',
  'times.days': 'on {weekdayNames:orList}',
  'times.daysParts': 'on {dayNames:orList} {dayParts:orList}',
  'weekday.mon': 'Monday',
  'weekday.tue': 'Tuesday',
  'weekday.wed': 'Wednesday',
  'weekday.thu': 'Thursday',
  'weekday.fri': 'Friday',
  'weekday.sat': 'Saturday',
  'weekday.sun': 'Sunday',
  'weekdays.mon': 'Mondays',
  'weekdays.tue': 'Tuesdays',
  'weekdays.wed': 'Wednesdays',
  'weekdays.thu': 'Thursdays',
  'weekdays.fri': 'Fridays',
  'weekdays.sat': 'Saturdays',
  'weekdays.sun': 'Sundays',
  'dayPart.morning': 'mornings',
  'dayPart.afternoon': 'afternoons',
  'dayPart.evening': 'evenings',
  'name.roles': '{name} ({roles})',
  'name.rolesInside': '{name}, {roles})',
  'role.staff': 'staff',
  'role.councillor': 'councillor',
  'role.partner': 'partner organisation',
  'role.resident': 'resident',
  'role.lived-experience': 'lived-experience',
  'role.carer': 'carer',
  'role.young-person': 'young-person',
  'role.other': 'other',
} as const;

/**
 * The id of a phrase facts put inside messages.
 *
 * @category Check
 * @example `const id: FactPhraseId = 'activity.on';`
 */
export type FactPhraseId = keyof typeof EN_GB;

/** The Welsh phrases. Every id must be here: the type says so. Awaiting review by a Welsh speaker. */
const CY: Readonly<Record<FactPhraseId, string>> = {
  'record.placeholder': '{what} (dim ond dalfan hyd yma)',
  'record.agreedBy': 'pa aelodau o’r grŵp a gytunodd {what}',
  'record.agreedByNotStaff': 'pa aelodau o’r grŵp, nid staff yn unig, a gytunodd {what}',
  'record.it': 'arno',
  'record.theRemit': 'y cylch gwaith',
  'record.theOutcomes': 'y canlyniadau',
  'record.purposeWhat': 'beth mae’r grŵp yn ei greu gyda’i gilydd',
  'record.purposeWhy': 'pam mae’n bwysig',
  'record.learningCapture': 'sut y caiff dysgu ei gofnodi',
  'record.learningShare': 'gyda phwy y caiff dysgu ei rannu',
  'record.progressMethod': 'sut y caiff cynnydd ei olrhain',
  'record.progressCadence': 'pa mor aml y bydd y grŵp yn edrych ar ei gynnydd',
  'record.meaningWhat': 'beth mae cydgynhyrchu’n ei olygu i’r prosiect hwn',
  'record.meaningWhy': 'pam y dewiswyd cydgynhyrchu',
  'record.outsideRemit': 'beth sydd y tu allan i gylch gwaith y grŵp',
  'record.whyOutside': 'pam mae “{topic}” y tu allan i’r cylch gwaith',
  'record.whyOutsideMany': 'pam mae pob un o {n} peth y tu allan i’r cylch gwaith',
  'record.noOutcomes': 'y canlyniadau y mae am eu cyflawni',
  'record.howKnow': 'sut y bydd yn gwybod bod “{outcome}” wedi’i gyflawni',
  'record.howKnowMany': 'sut y bydd yn gwybod bod pob un o {n} canlyniad wedi’i gyflawni',
  'record.outcomeUnnamed': 'beth yw un o’r canlyniadau',
  'record.outcomesUnnamed': 'beth yw {n} o’r canlyniadau',
  'record.cadenceAgreed': 'pa mor aml y cytunodd y grŵp i edrych ar ei gynnydd',
  'record.lastReview': 'dyddiad yr adolygiad cynnydd diwethaf',
  'record.influenceCan': 'beth y gall aelodau ddylanwadu arno',
  'record.influenceCannot': 'beth na all aelodau ddylanwadu arno',
  'record.influenceReasons': 'rheswm dros bob peth sy’n sefydlog',
  'record.influenceShared': 'pryd y rhannwyd hyn â’r grŵp',
  'record.planDuring': 'sut y caiff gwybodaeth ei rhannu yn ystod y gwaith',
  'record.planAfter': 'sut y caiff gwybodaeth ei rhannu ar ôl i’r gwaith ddod i ben',
  'record.planTold': 'pryd y dywedwyd y cynllun wrth yr aelodau',
  'record.decisionOwnership': 'ai’r grŵp sydd i wneud “{title}”',
  'record.decisionInfluence': 'faint o lais a gafodd y grŵp yn “{title}”',
  'record.decisionTold': 'a ddywedwyd wrth y grŵp am “{title}”',
  'record.decisionReasons': 'y rhesymau a roddwyd i’r grŵp dros “{title}”',
  'record.noDecisions': 'y penderfyniadau sy’n rhan o’r gwaith (nid oes un wedi’i gofnodi eto)',
  'record.noOutsideDecisions':
    'unrhyw benderfyniadau a wnaed y tu allan i’r grŵp sy’n effeithio ar ei waith (nid oes un wedi’i gofnodi eto)',
  'record.noMembers': 'aelodau’r grŵp (nid oes un wedi’i gofnodi eto)',
  'record.noLeaders':
    'yr uwch arweinwyr sydd eu hangen ar y gwaith, gyda’u rolau (nid oes un wedi’i enwi eto)',
  'record.noLeadersToInvolve': 'pryd y bydd pob uwch arweinydd yn rhan o’r gwaith, ar ôl eu henwi',
  'record.leaderName': 'enw’r {role}',
  'record.leaderRole': 'rôl {name}',
  'record.leaderBoth': 'enw a rôl uwch arweinydd a restrir fel dalfan yn unig',
  'record.involvementWhen': 'pryd y bydd {name} yn rhan o’r gwaith',
  'record.involvementWhat': 'ym mha beth y bydd {name} yn rhan ohono',
  'record.noIdeas': 'syniadau’r aelodau a’r ateb i bob un (nid oes un wedi’i gofnodi eto)',
  'record.groupReflection': 'myfyrdod y grŵp ei hun arno, wedi’i gofnodi gan aelodau',
  'record.staffOnlyReflection':
    'myfyrdod y grŵp ei hun arno (cofnodwyd yr un diweddar gan staff yn unig, a dim ond aelodau all ateb hyn)',
  'record.noAffectingDecisions':
    'y penderfyniadau sy’n effeithio ar y gwaith (nid oes un wedi’i gofnodi eto)',
  'record.reasonsExplained': 'a esboniwyd y rhesymau dros “{title}” i’r grŵp',
  'record.noRecommendations':
    'yr argymhellion a wnaeth y grŵp a’r ateb i bob un (nid oes un wedi’i gofnodi eto)',
  'record.recommendationReasons': 'y rhesymau a roddwyd dros yr ateb i “{summary}”',
  'record.otherEngagement': 'pa ymgysylltu arall y mae aelodau eisoes yn rhan ohono',
  'record.recentActivities': 'gweithgareddau’r grŵp yn ystod y {days} diwrnod diwethaf',
  'record.accessNeeds': 'beth sydd ei angen ar aelodau er mwyn cymryd rhan',
  'record.accessAt': 'a oedd gan {meetings:list} {missing:list}, sydd ei angen ar {name}',
  'record.remitIssue': 'y mater sy’n cael sylw',
  'record.remitInScope': 'beth y gall y grŵp weithio arno',
  'record.perspectives': 'y safbwyntiau a’r profiadau sydd eu hangen ar y gwaith',
  'record.whoInGroup': 'pwy sydd yn y grŵp nawr',
  'record.membersOfGroup': 'aelodau’r grŵp',
  'activity.more': '{n} arall',
  'kind.formal-meeting': 'cyfarfodydd ffurfiol',
  'kind.workshop': 'gweithdai',
  'kind.outreach': 'allgymorth',
  'kind.online': 'sesiynau ar-lein',
  'kind.informal': 'cyfarfodydd anffurfiol',
  'kind.site-visit': 'ymweliadau safle',
  'kind.other': 'gweithgareddau eraill',
  'topic.behaviour': 'sut mae aelodau’n trin ei gilydd',
  'topic.language': 'yr iaith y mae’r grŵp yn ei defnyddio',
  'topic.decision-making': 'sut mae’r grŵp yn gwneud penderfyniadau',
  'topic.activities': 'beth fydd y grŵp yn ei wneud gyda’i gilydd',
  'topic.other': 'y materion eraill yr oedd y grŵp am gytuno arnynt',
  'influence.inform':
    '{n:count:penderfyniad lle cafodd y grŵp ei hysbysu yn unig:penderfyniad lle cafodd y grŵp ei hysbysu yn unig}',
  'influence.consult':
    '{n:count:penderfyniad lle ymgynghorwyd â’r grŵp:penderfyniad lle ymgynghorwyd â’r grŵp}',
  'influence.involve':
    '{n:count:penderfyniad lle’r oedd y grŵp yn rhan ohono:penderfyniad lle’r oedd y grŵp yn rhan ohono}',
  'influence.collaborate':
    '{n:count:penderfyniad a wnaed ar y cyd â’r grŵp:penderfyniad a wnaed ar y cyd â’r grŵp}',
  'influence.empower':
    '{n:count:penderfyniad a wnaeth y grŵp ei hun:penderfyniad a wnaeth y grŵp ei hun}',
  'record.startDate': 'dyddiad dechrau',
  'record.endDate': 'dyddiad gorffen',
  'record.milestones': 'y cerrig milltir ar hyd y ffordd',
  'record.newEndDate':
    'dyddiad gorffen newydd, gan fod yr un a gofnodwyd wedi mynd heibio tra bo’r gwaith yn parhau',
  'record.budget': 'y gyllideb',
  'record.staffHours': 'oriau staff bob wythnos',
  'record.resourcesOwned': 'a yw’r amser a’r arian yn perthyn i’r gwaith hwn neu wedi’u benthyg',
  'record.evaluatedOn': 'pryd y gwerthuswyd y gwaith',
  'record.evaluatedWith': 'pa aelodau o’r grŵp a gymerodd ran',
  'record.evaluatedWithNotStaff': 'pa aelodau o’r grŵp, nid staff yn unig, a gymerodd ran',
  'record.outcomesBecame': 'pa ganlyniadau yr oedd y grŵp eu heisiau a beth ddaeth o bob un',
  'record.outcomeBecame': 'beth ddaeth o “{outcome}”',
  'record.outcomesOpen': 'beth ddaeth o’r {n} canlyniad heb statws terfynol eto',
  'record.membersTold': 'pryd y dywedwyd wrth yr aelodau',
  'record.howTold': 'sut y dywedwyd wrthynt',
  'record.whatNext': 'beth sy’n digwydd nesaf',

  'gap.borrowed': 'mae’r amser a’r arian wedi’u benthyg o waith arall',
  'gap.setAsideEmpty':
    'maent wedi’u nodi fel rhai a neilltuwyd, ond £0 yw’r gyllideb ac nid oes oriau staff wedi’u hymrwymo',
  'gap.noBudget': 'nid oes cyllideb wedi’i chofnodi',
  'gap.noStaffTime': 'nid oes amser staff wedi’i gofnodi',
  'gap.resourcesUnknown':
    'does neb wedi cofnodi a ydynt yn perthyn i’r gwaith hwn neu wedi’u benthyg',
  'problem.nonePlanned': 'nid oes rhan wedi’i chynllunio',
  'problem.involvementOverdue': 'mae’r rhan a gynlluniwyd, “{point}”, yn hwyr',
  'problem.notInformed': 'ni ddywedwyd wrth y grŵp amdano',
  'problem.informOnly':
    'dim ond dweud wrth y grŵp amdano oedd yn bosibl, ac ni esboniodd neb y rhesymau i’r grŵp',
  'problem.madeOutsideBy': 'cafodd ei wneud y tu allan i’r grŵp, gan {by}',
  'problem.madeOutside': 'cafodd ei wneud y tu allan i’r grŵp',
  'problem.toBeMadeOutsideBy': 'mae i fod i gael ei wneud y tu allan i’r grŵp, gan {by}',
  'problem.toBeMadeOutside': 'mae i fod i gael ei wneud y tu allan i’r grŵp',
  'problem.rejectedNoReasons': 'cafodd ei wrthod heb roi rhesymau',
  'problem.partNoReasons': 'cafodd ei dderbyn yn rhannol yn unig, heb roi rhesymau',
  'problem.notTold': 'nid yw’r grŵp wedi cael gwybod yr ateb',
  'problem.waiting': 'nid yw wedi cael ateb ers {days:days}',
  'problem.ideaWaiting': 'yn dal i aros am ateb y gall y grŵp ei weld',
  'problem.ideaParked': 'wedi’i roi o’r neilltu heb ddweud wrth y grŵp pam',
  'problem.ideaDeclined': 'wedi’i wrthod heb ddweud wrth y grŵp pam',
  'recommendation.forDecisionBy': 'ar gyfer y penderfyniad “{title}”, a wnaed gan {by}',
  'recommendation.forDecision': 'ar gyfer y penderfyniad “{title}”',
  'recommendation.to': 'i {to}',
  'recommendation.toOrganisation': 'i’r sefydliad',

  'activity.on': '{title} ar {on:date}',
  'flow.groupToLeaders': 'diweddariadau gan y grŵp i uwch arweinwyr',
  'flow.leadersToGroup': 'diweddariadau gan uwch arweinwyr i’r grŵp',
  'cadence.weekly': 'bob wythnos',
  'cadence.fortnightly': 'bob pythefnos',
  'cadence.monthly': 'bob mis',
  'cadence.quarterly': 'bob tri mis',
  'cadence.adHoc': 'yn ôl yr angen, heb rythm penodol',
  'feature.step-free': 'mynediad heb risiau',
  'feature.hearing-loop': 'dolen sain',
  'feature.accessible-toilet': 'toiled hygyrch',
  'feature.public-transport': 'cysylltiadau trafnidiaeth gyhoeddus da',
  'feature.parking': 'lle parcio',
  'feature.quiet-space': 'lle tawel',
  'feature.bsl-interpreter': 'dehonglydd BSL',
  'feature.captions': 'capsiynau',
  'feature.easy-read': 'papurau hawdd eu darllen',
  'feature.large-print': 'papurau print bras',
  'feature.translation': 'cyfieithu',
  'feature.childcare': 'gofal plant',
  'feature.travel-costs': 'help gyda chostau teithio',
  'feature.breaks': 'seibiannau rheolaidd',

  'step.ask':
    'Gofynnwch iddynt, yn garedig ac yn breifat, beth fyddai’n ei gwneud yn haws cymryd rhan.',
  'step.needOne':
    'Mae ganddynt angen mynediad nad yw’r grŵp wedi’i ddiwallu eto: {needs:list}. Efallai mai ei ddiwallu yw’r cam cyntaf.',
  'step.needMany':
    'Mae ganddynt anghenion mynediad nad yw’r grŵp wedi’u diwallu eto: {needs:list}. Efallai mai eu diwallu yw’r cam cyntaf.',
  'step.tally': 'Cadwch gyfrif o’u cyfraniadau yn y cyfarfodydd nesaf.',
  'reflection.none': 'nid yw’r grŵp wedi cofnodi myfyrdod ei hun arno yn ddiweddar',
  'reflection.nobody':
    'nid yw’r myfyrdod diweddaraf arno yn dweud pwy gymerodd ran, felly ni all gyfrif fel un y grŵp ei hun',
  'reflection.fewCommunity':
    'cofnodwyd y myfyrdod diweddaraf arno gan lai o aelodau o’r gymuned nag y mae’r gwiriad hwn yn ei ofyn',
  'reflection.staffOnly':
    'cofnodwyd y myfyrdod diweddaraf arno gan {names:list} yn unig, heb i unrhyw aelod o’r gymuned gymryd rhan',
  'reflection.notesPending':
    'rhoddodd myfyrdod diweddaraf y grŵp arno, ar {date:date}, sgôr werdd iddo, ond mae ei nodiadau’n dweud dim ond “{notes}”',
  'reflection.rated': 'rhoddodd y grŵp ei hun sgôr {rating} i hyn pan fyfyriodd arno ddiwethaf',
  'sign.askingNone':
    'ni ofynnodd yr un o’r {people:count:person:person} a gyfrifwyd yn y {meetings:count:cyfarfod:cyfarfod} diwethaf gwestiwn na rhannu’r hyn y maent yn ei wybod',
  'sign.askingFew':
    'dim ond {asking} o’r {people:count:person:person} a gyfrifwyd yn y {meetings:count:cyfarfod:cyfarfod} diwethaf a ofynnodd gwestiwn neu rannu’r hyn y maent yn ei wybod',
  'rating.red': 'coch',
  'rating.amber': 'ambr',
  'represent.unrecorded':
    'does neb wedi cofnodi a yw unrhyw aelod yn cael ei ystyried yn llais i grŵp ehangach',
  'represent.oneOne':
    'mae {members:list} yn cael ei ystyried yn llais i {groups:list}, ond nid yw sut y maent yn cadw mewn cysylltiad â’r grŵp hwnnw wedi’i gofnodi',
  'represent.oneMany':
    'mae {members:list} yn cael ei ystyried yn llais i {groups:list}, ond nid yw sut y maent yn cadw mewn cysylltiad â’r grwpiau hynny wedi’i gofnodi',
  'represent.manyOne':
    'mae {members:list} yn cael eu hystyried yn llais i {groups:list}, ond nid yw sut y maent yn cadw mewn cysylltiad â’r grŵp hwnnw wedi’i gofnodi',
  'represent.manyMany':
    'mae {members:list} yn cael eu hystyried yn llais i {groups:list}, ond nid yw sut y maent yn cadw mewn cysylltiad â’r grwpiau hynny wedi’i gofnodi',

  'times.parts': '{dayParts:orList}',
  'times.days': 'ar {weekdayNames:orList}',
  'times.daysParts': 'ar {dayNames:orList}, {dayParts:orList}',
  'weekday.mon': 'ddydd Llun',
  'weekday.tue': 'ddydd Mawrth',
  'weekday.wed': 'ddydd Mercher',
  'weekday.thu': 'ddydd Iau',
  'weekday.fri': 'ddydd Gwener',
  'weekday.sat': 'ddydd Sadwrn',
  'weekday.sun': 'ddydd Sul',
  'weekdays.mon': 'ddyddiau Llun',
  'weekdays.tue': 'ddyddiau Mawrth',
  'weekdays.wed': 'ddyddiau Mercher',
  'weekdays.thu': 'ddyddiau Iau',
  'weekdays.fri': 'ddyddiau Gwener',
  'weekdays.sat': 'ddyddiau Sadwrn',
  'weekdays.sun': 'ddyddiau Sul',
  'dayPart.morning': 'yn y bore',
  'dayPart.afternoon': 'yn y prynhawn',
  'dayPart.evening': 'gyda’r nos',
  'name.roles': '{name} ({roles})',
  'name.rolesInside': '{name}, {roles})',
  'role.staff': 'staff',
  'role.councillor': 'cynghorydd',
  'role.partner': 'sefydliad partner',
  'role.resident': 'preswylydd',
  'role.lived-experience': 'profiad bywyd',
  'role.carer': 'gofalwr',
  'role.young-person': 'person ifanc',
  'role.other': 'arall',
};

/**
 * The phrase catalogues: locale → phrase id → template. The Welsh awaits
 * review by a Welsh speaker, as the report's catalogue does.
 *
 * @category Check
 * @example `FACT_PHRASES.cy['cadence.monthly'] // 'bob mis'`
 */
export const FACT_PHRASES: Readonly<
  Record<'en-GB' | 'cy', Readonly<Record<FactPhraseId, string>>>
> = localeCatalogues(EN_GB, CY);

/** Values that are phrases themselves (a checklist's label, a rating), said again in the locale. */
const NESTED: ReadonlySet<string> = new Set(['what', 'rating', 'meetings', 'missing']);

/**
 * Values that are words from a closed list (days, parts of the day, roles),
 * by the prefix of their phrase ids. A slot of these matches only those
 * words, so "on {weekdayNames:orList}" never takes a title such as "on track"
 * for a day; and the words are never matched alone, where they could be a
 * project's own text.
 */
const WORD_SLOTS: Readonly<Record<string, string>> = {
  dayNames: 'weekday.',
  weekdayNames: 'weekdays.',
  dayParts: 'dayPart.',
  roles: 'role.',
};

const isWord = (id: string) => Object.values(WORD_SLOTS).some((prefix) => id.startsWith(prefix));

/** The ids of a closed list's words, by their English. */
function wordIds(prefix: string): ReadonlyMap<string, FactPhraseId> {
  const out = new Map<string, FactPhraseId>();
  for (const id of Object.keys(EN_GB) as FactPhraseId[]) {
    if (id.startsWith(prefix)) out.set(EN_GB[id], id);
  }
  return out;
}

/**
 * A phrase in English, as a fact puts it in its value: the catalogue's
 * template rendered with these values.
 *
 * @category Check
 * @example `factPhrase('activity.on', { title: 'Drop-in', on: '2026-08-12' }) // 'Drop-in on 12 August 2026'`
 */
export function factPhrase(
  id: FactPhraseId,
  values: Readonly<Record<string, string | number | readonly string[]>> = {},
): string {
  return renderMessage(EN_GB[id], values);
}

// The English month names, as `formatDate` writes them. Read when first
// needed: this module loads while messages.ts is still loading.
let monthNames: readonly string[] | undefined;
function months(): readonly string[] {
  monthNames ??= Array.from(
    { length: 12 },
    (_, i) => formatDate(`2026-${String(i + 1).padStart(2, '0')}-01`)?.split(' ')[1] ?? '',
  );
  return monthNames;
}
const DAYS_WORDS = '(?:about )?\\d+ (?:days?|weeks?|months?|years?)';

interface Matcher {
  readonly id: FactPhraseId;
  readonly pattern: RegExp;
  /** Each capture's placeholder name and format. */
  readonly slots: readonly { readonly name: string; readonly format: string | undefined }[];
  /** Literal text, for ordering: the most specific template is tried first. */
  readonly literal: number;
}

/** A template's own words: its text, and the nouns of its counts ("3 {n:count:meeting:meetings}"). */
function ownWords(template: string): string {
  return template.replace(/\{([^{}]*)\}/g, (_, body: string) => {
    const [, format, ...nouns] = body.split(':');
    return format === 'count' ? nouns.join(' ') : '';
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let matchers: readonly Matcher[] | undefined;

function compileMatchers(): readonly Matcher[] {
  const out: Matcher[] = [];
  for (const id of Object.keys(EN_GB) as FactPhraseId[]) {
    if (isWord(id)) continue;
    const template = EN_GB[id];
    const slots: { name: string; format: string | undefined }[] = [];
    let source = '';
    let last = 0;
    for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
      source += escapeRegExp(template.slice(last, match.index));
      const [name = '', format, ...nouns] = (match[1] ?? '').split(':');
      slots.push({ name, format });
      const words = WORD_SLOTS[name];
      source +=
        words !== undefined
          ? wordsPattern(words, format)
          : format === 'date'
            ? `(\\d{1,2} (?:${months().join('|')}) \\d{4})`
            : format === 'days'
              ? `(${DAYS_WORDS})`
              : format === 'count'
                ? `([\\d,]+) (?:${nouns.slice(0, 2).map(escapeRegExp).join('|')})`
                : '(.+?)';
      last = (match.index ?? 0) + match[0].length;
    }
    source += escapeRegExp(template.slice(last));
    const literal = ownWords(template).length;
    out.push({ id, pattern: new RegExp(`^${source}$`, 's'), slots, literal });
  }
  return out.sort((a, b) => b.literal - a.literal);
}

/** A list of a closed list's words, joined as `format` joins them (a plain value by commas). */
function wordsPattern(prefix: string, format: string | undefined): string {
  const word = `(?:${[...wordIds(prefix).keys()].map(escapeRegExp).join('|')})`;
  const join = format === 'list' ? ', | and ' : format === 'orList' ? ', | or ' : ', ';
  return `(${word}(?:(?:${join})${word})*)`;
}

/** "12 August 2026" back to "2026-08-12". */
function isoFromWords(text: string): string {
  const [day = '', month = '', year = ''] = text.split(' ');
  return `${year}-${String(months().indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "about 5 months" (as `formatDays` writes it) back to a number of days that says the same. */
function daysFromWords(text: string): number {
  const match = /(\d+) (day|week|month|year)/.exec(text) ?? [];
  const n = Number(match[1]);
  const about = text.startsWith('about ') ? 1 : 0;
  switch (match[2]) {
    case 'week':
      return n * 7 + about;
    case 'month':
      return Math.round(n * 30.4375);
    case 'year':
      return Math.round(n * 365.25);
    default:
      return n;
  }
}

/**
 * "A, B and C" back to its items, as `joinList` joined them. Commas and
 * joining words inside quotes (“…”: a need in a member's own words) belong
 * to the item. An unquoted name holding ", " or " and " is split too: said
 * again as a list, it still reads.
 */
function listFromWords(text: string, joiner: 'and' | 'or'): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  let lastJoin = -1;
  const cuts: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(', ', i)) cuts.push([i, 2]);
    else if (depth === 0 && text.startsWith(` ${joiner} `, i)) lastJoin = i;
  }
  // Two or more items always end "… and last"; without it, the text is one item.
  if (lastJoin < 0) return [text];
  // Only the last joining word joins the list; commas before it separate items.
  for (const [at, width] of cuts) {
    if (lastJoin >= 0 && at > lastJoin) break;
    items.push(text.slice(start, at));
    start = at + width;
  }
  items.push(text.slice(start, lastJoin), text.slice(lastJoin + joiner.length + 2));
  return items;
}

/**
 * A value as a locale says it: a phrase of the English catalogue rendered
 * from the locale's, or the text as it is when it is no phrase of ours or
 * the locale has no phrases.
 *
 * @category Check
 * @example `translateFactPhrase('every month', 'cy') // 'bob mis'`
 */
export function translateFactPhrase(text: string, locale: string | undefined): string {
  const lang = locale?.toLowerCase().split('-')[0];
  if (lang !== 'cy' || text.length === 0) return text;
  matchers ??= compileMatchers();
  for (const matcher of matchers) {
    const match = matcher.pattern.exec(text);
    if (match === null) continue;
    const values: Record<string, string | number | string[]> = {};
    matcher.slots.forEach((slot, i) => {
      const said = match[i + 1] ?? '';
      const words = WORD_SLOTS[slot.name];
      if (words !== undefined) {
        const ids = wordIds(words);
        const items =
          slot.format === 'list' || slot.format === 'orList'
            ? listFromWords(said, slot.format === 'list' ? 'and' : 'or')
            : said.split(', ');
        const welsh = items.map((item) => {
          const id = ids.get(item);
          return id === undefined ? item : CY[id];
        });
        values[slot.name] = slot.format === undefined ? welsh.join(', ') : welsh;
      } else if (slot.format === 'date') values[slot.name] = isoFromWords(said);
      else if (slot.format === 'days') values[slot.name] = daysFromWords(said);
      else if (slot.format === 'count') values[slot.name] = Number(said.replaceAll(',', ''));
      else if (slot.format === 'list' || slot.format === 'orList') {
        const items = listFromWords(said, slot.format === 'list' ? 'and' : 'or');
        values[slot.name] = NESTED.has(slot.name)
          ? items.map((item) => translateFactPhrase(item, locale))
          : items;
      } else values[slot.name] = NESTED.has(slot.name) ? translateFactPhrase(said, locale) : said;
    });
    return renderMessage(CY[matcher.id], values, { locale: 'cy' });
  }
  // A framework question a fact quotes (a reflection's question) in the catalogue's Welsh.
  return welshQuestion(text) ?? text;
}

/**
 * Problems with the phrase catalogues: a template with no words of its own
 * (it would match any value), or a translation whose placeholders differ
 * from the English. Empty when they are sound; a test keeps it so.
 *
 * @internal
 * @example `phraseCatalogueProblems() // []`
 */
export function phraseCatalogueProblems(): string[] {
  const problems: string[] = [];
  const names = (t: string) =>
    parsePlaceholders(t)
      .placeholders.map((p) => `${p.name}:${p.format ?? ''}`)
      .sort()
      .join(',');
  for (const id of Object.keys(EN_GB) as FactPhraseId[]) {
    const closed = parsePlaceholders(EN_GB[id]).placeholders.some((p) => p.name in WORD_SLOTS);
    if (!closed && !/\p{L}{2}/u.test(ownWords(EN_GB[id]))) {
      problems.push(`${id}: the English template has no words of its own`);
    }
    if (names(EN_GB[id]) !== names(CY[id])) {
      problems.push(`${id}: the Welsh placeholders differ from the English`);
    }
  }
  return problems;
}
