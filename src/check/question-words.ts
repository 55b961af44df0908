/**
 * The words of the built-in framework's questions in Welsh, and a question's
 * Welsh by its English words, for messages that quote a question.
 *
 * @module
 */
import questionCatalogue from '../../rules/questions.json' with { type: 'json' };

/**
 * The built-in framework's questions in Welsh, by question id (awaiting
 * review by a Welsh speaker). In the check layer, so a Welsh message that
 * quotes a question (a reflection fact's value) can say it in Welsh; the
 * report's catalogue reads them from here too.
 *
 * @internal
 * @example `QUESTIONS_CY['readiness.purpose'] // 'Beth mae’r grŵp am ei gydgynhyrchu, a pham'`
 */
export const QUESTIONS_CY: Readonly<Record<string, string>> = {
  'readiness.purpose': 'Beth mae’r grŵp am ei gydgynhyrchu, a pham',
  'readiness.issue-and-remit':
    'Y mater sy’n cael sylw, a’r hyn sydd y tu allan i gylch gwaith y grŵp',
  'readiness.outcomes': 'Y canlyniadau mae’r grŵp am eu cyflawni gyda’i gilydd',
  'readiness.progress-tracking': 'Sut y bydd cynnydd yn cael ei olrhain',
  'readiness.learning-plan': 'Sut y bydd yr hyn a ddysgir yn cael ei gofnodi a’i rannu',
  'readiness.meaning-of-coproduction':
    'Mae pawb yn glir beth mae cydgynhyrchu’n ei olygu i’r prosiect hwn a pham mai dyma’r dull a ddewiswyd',
  'readiness.right-people':
    'Mae gan y grŵp y bobl sydd eu hangen i ddeall a chynrychioli’r safbwyntiau a’r profiadau sy’n bwysig',
  'during.representation-assumptions':
    'A dybir bod yr aelodau sy’n bresennol yn siarad dros grwpiau ehangach, ac a oes cyfiawnhad dros hynny',
  'during.realistic-constraints':
    'Beth sy’n realistig ac yn gyraeddadwy o fewn cyfyngiadau ymarferol fel adnoddau, amserlenni a’r ffordd y gwneir penderfyniadau',
  'during.everyone-contributes':
    'A all pawb gyfrannu: pwy sy’n dawel, pwy sy’n tra-arglwyddiaethu, a pha ddulliau sy’n helpu',
  'during.knowledge-valued':
    'A yw pawb yn gofyn cwestiynau ac yn rhannu gwybodaeth, ac a yw pob gwybodaeth yn cael ei gwerthfawrogi',
  'during.jargon-explained': 'A oes angen esbonio jargon neu gyd-destun lleol',
  'during.group-support': 'A oes angen i unrhyw beth ddigwydd fel bod y grŵp yn gweithio i bawb',
  'during.accessible-times-places':
    'A yw amseroedd a lleoliadau’r cyfarfodydd yn gwneud y gwaith yn hygyrch i bawb',
  'enablers.dedicated-resource': 'Amser ac adnoddau penodol fel y gall cydgynhyrchu ffynnu',
  'enablers.strengths-based':
    'Ymrwymiad i gydnabod y sgiliau a’r profiad a ddaw gan bawb, gan dderbyn nad oes gan y sefydliad yr holl atebion',
  'enablers.sharing-power':
    'Rhannu grym a chreu tir cyfartal, er enghraifft tynnu cortynnau gwddf, cwrdd lle mae pobl eisoes yn dod at ei gilydd, cwrdd y tu allan i oriau swyddfa',
  'enablers.beyond-sessions': 'Meddwl y tu hwnt i sesiynau y mae’n rhaid i bobl ddod iddynt',
  'enablers.beyond-usual-participants': 'Cyrraedd y tu hwnt i’r cyfranogwyr arferol',
  'enablers.ways-of-working':
    'Creu’r ‘ffyrdd y byddwn yn cydweithio’ gyda phobl: ymddygiad, iaith, a’r hyn y bydd y grŵp yn ei wneud gyda’i gilydd',
  'honesty.influence':
    'Bod yn agored ac yn realistig am yr hyn y gall pobl ddylanwadu arno, a gallu esbonio pam',
  'honesty.avoid-duplication':
    'Gwybod beth arall sy’n digwydd yn y sefydliad ac osgoi dyblygu sy’n achosi blinder ymgysylltu',
  'honesty.open-to-change':
    'Aros yn agored i newid ac i syniadau ac atebion annisgwyl; bod yn gyfforddus ag ansicrwydd',
  'honesty.timeframes-and-information':
    'Mae pawb yn deall yr amserlenni a phryd a sut y bydd gwybodaeth yn cael ei rhannu yn ystod y gwaith ac ar ei ôl',
  'governance.control-and-decision-route':
    'Mae’r grŵp yn glir beth sydd o fewn ei reolaeth a sut mae penderfyniadau’n cael eu gwneud ac yna’n mynd drwy brosesau penderfyniadau allweddol a llywodraethu’r cyngor',
  'governance.agreed-behaviour-and-decisions':
    'Cytuno gyda’n gilydd sut y bydd y grŵp yn ymddwyn a sut y bydd yn gwneud penderfyniadau',
  'governance.wider-processes-understood':
    'Mae pawb yn deall y prosesau llywodraethu ehangach, fel y gall y grŵp ganolbwyntio lle caiff yr effaith fwyaf',
  'governance.leadership-assumptions':
    'Peidio â chymryd yn ganiataol pwy sy’n arwain cyfarfodydd a gwaith; rhannu cyfrifoldeb ac atebolrwydd',
  'governance.group-decisions': 'Pryd mae angen i’r grŵp wneud penderfyniadau',
  'governance.outside-decisions':
    'Penderfyniadau pwysig a wneir y tu allan i’r grŵp sy’n effeithio ar ei waith, a faint o ddylanwad sydd gan y grŵp drostynt',
  'governance.information-flow': 'Sut mae gwybodaeth yn llifo o’r grŵp i uwch arweinwyr ac yn ôl',
  'governance.senior-leaders': 'Pa uwch arweinwyr sydd angen bod yn rhan o’r gwaith, a phryd',
  'portfolio.engagement-fatigue':
    'Ar draws ei holl brosiectau, nid yw’r cyngor yn gofyn i’r un bobl gymryd rhan mewn gormod ar unwaith',
  'portfolio.duplication':
    'Nid yw dau brosiect yn ymgynghori â phobl ar yr un pwnc ar yr un pryd heb wybod hynny',
  'portfolio.beyond-usual-participants':
    'Ar draws ei brosiectau, mae’r cyngor yn cyrraedd y tu hwnt i’r un cyfranogwyr arferol',
  'portfolio.review-cadence':
    'Mae pob prosiect gweithredol yn adolygu ei gynnydd mor aml ag y mae’r cyngor yn gofyn',
};

let byEnglish: ReadonlyMap<string, string> | undefined;

/**
 * A built-in question's Welsh words, found by its English words, or
 * `undefined` for text that is no built-in question.
 *
 * @internal
 * @example `welshQuestion('What the group wants to co-produce, and why') // 'Beth mae’r grŵp am ei gydgynhyrchu, a pham'`
 */
export function welshQuestion(english: string): string | undefined {
  byEnglish ??= new Map(
    questionCatalogue.questions.flatMap((q) => {
      const welsh = QUESTIONS_CY[q.id];
      return welsh === undefined ? [] : [[q.point, welsh] as const];
    }),
  );
  return byEnglish.get(english);
}
