/**
 * The legal basis of every date, cited in English and in Chinese. Chinese citations give the instrument's
 * Chinese name in 《》 and the provision as 第…条/款/项, with the article numbers of ip-rules.md.
 */
import type { Bilingual, OfficeId } from './types.js';

const b = (en: string, zh: string): Bilingual => ({ en, zh });

/** Several citations as one: `; ` in English, `；` in Chinese. */
export function joinBasis(...parts: Bilingual[]): Bilingual {
  return { en: parts.map((p) => p.en).join('; '), zh: parts.map((p) => p.zh).join('；') };
}

const PARIS = b('Paris Convention Art. 4C', '《保护工业产权巴黎公约》第4条C款');
const PCT_22_39 = b('PCT Arts 22, 39', '《专利合作条约》第22条、第39条');
const PCT_RULES = b('PCT Rules 80.2, 80.5', '《专利合作条约实施细则》第80.2条、第80.5条');
const EUTMR = '《欧盟商标条例》（EUTMR，(EU) 2017/1001）';
const CDR = '《共同体外观设计条例》（CDR，(EC) 6/2002）';
const EPC = '《欧洲专利公约》（EPC）';
const EPC_RULES = '《欧洲专利公约实施细则》';
const EPO_FEES = b(
  'EPC Art. 86; Rules 51(1)–(2), 131(4), 134(1); J 4/91',
  `${EPC}第86条；${EPC_RULES}第51条第1款至第2款、第131条第4款、第134条第1款；法律上诉委员会决定J 4/91`,
);

export const BASIS = {
  // China: patents
  cnRegistrationFee: b(
    'CN Impl. Regs. Rules 4, 5, 60, 114',
    '《专利法实施细则》第4条、第5条、第60条、第114条',
  ),
  cnAnnualFee: b(
    'CN Patent Law Art. 43; Impl. Regs. Rules 5, 115',
    '《中华人民共和国专利法》第43条；《专利法实施细则》第5条、第115条',
  ),
  cnDesignTerm: b(
    'CN Patent Law Art. 42(1); CNIPA Interim Measures (2021) Art. 10; Impl. Regs. Rule 12',
    '《中华人民共和国专利法》第42条第1款；国家知识产权局《关于施行修改后专利法的相关审查业务处理暂行办法》（2021年）第10条；《专利法实施细则》第12条',
  ),
  cnPatentTerm: (adjusted: boolean) =>
    b(
      `CN Patent Law Art. 42${adjusted ? '(1)–(2)' : '(1)'}; Impl. Regs. Rule 12; Guidelines Part V Ch. 9 §2.1`,
      `《中华人民共和国专利法》第42条${adjusted ? '第1款、第2款' : '第1款'}；《专利法实施细则》第12条；《专利审查指南》第五部分第九章第2.1节`,
    ),
  cnPtaRequest: b(
    'CN Patent Law Art. 42(2); Impl. Regs. Rules 77–79',
    '《中华人民共和国专利法》第42条第2款；《专利法实施细则》第77条至第79条',
  ),
  cnNationalPhase: joinBasis(PCT_22_39, PCT_RULES, b('CN Impl. Regs. Rule 120', '《专利法实施细则》第120条')),
  cnPatentPriority: joinBasis(
    b('CN Patent Law Art. 29; Impl. Regs. Rule 5', '《中华人民共和国专利法》第29条；《专利法实施细则》第5条'),
    PARIS,
  ),
  // China: trade marks, copyright, layout-designs
  cnTmRenewal: b(
    'CN TM Law Art. 40; TM Impl. Regs. Arts 12, 33',
    '《中华人民共和国商标法》第40条；《商标法实施条例》第12条、第33条',
  ),
  cnTmTerm: b(
    'CN TM Law Arts 39–40; TM Impl. Regs. Art. 12(2)',
    '《中华人民共和国商标法》第39条、第40条；《商标法实施条例》第12条第2款',
  ),
  cnTmPriority: joinBasis(
    b(
      'CN TM Law Art. 25; TM Impl. Regs. Art. 12(1)',
      '《中华人民共和国商标法》第25条；《商标法实施条例》第12条第1款',
    ),
    PARIS,
  ),
  cnCopyright: (software: boolean, owner: 'natural' | 'legal') =>
    software
      ? owner === 'natural'
        ? b('CN Software Regulations Art. 14(1)', '《计算机软件保护条例》第14条第1款')
        : b('CN Software Regulations Art. 14(2)–(3)', '《计算机软件保护条例》第14条第2款、第3款')
      : owner === 'natural'
        ? b('CN Copyright Law Art. 23(1)', '《中华人民共和国著作权法》第23条第1款')
        : b('CN Copyright Law Art. 23(2)–(3)', '《中华人民共和国著作权法》第23条第2款、第3款'),
  cnLayoutTerm: b('CN Layout-Design Regulations Arts 8, 12', '《集成电路布图设计保护条例》第8条、第12条'),
  cnLayoutFilingBar: b('CN Layout-Design Regulations Art. 17', '《集成电路布图设计保护条例》第17条'),
  // European Union
  euTmRenewal: b('EUTMR (EU) 2017/1001 Arts 52, 53, 101(2)', `${EUTMR}第52条、第53条、第101条第2款`),
  euTmTerm: b('EUTMR (EU) 2017/1001 Arts 52, 53', `${EUTMR}第52条、第53条`),
  euTmPriority: joinBasis(b('EUTMR (EU) 2017/1001 Arts 34, 101(2)', `${EUTMR}第34条、第101条第2款`), PARIS),
  euDesignRenewalOld: b(
    'CDR (EC) 6/2002 Arts 12, 13(3) (before amendment); CDIR 2245/2002 Art. 56',
    `${CDR}第12条、第13条第3款（修订前）；《共同体外观设计实施条例》（CDIR，(EC) 2245/2002）第56条`,
  ),
  euDesignRenewalNew: b(
    'CDR (EC) 6/2002 Arts 12, 13 as amended by Reg. (EU) 2024/2822',
    `经欧盟第2024/2822号条例修订的${CDR}第12条、第13条`,
  ),
  euDesignTerm: b('CDR (EC) 6/2002 Art. 12', `${CDR}第12条`),
  euDesignPriority: joinBasis(b('CDR (EC) 6/2002 Art. 41', `${CDR}第41条`), PARIS),
  // European patents and the Unitary Patent
  epRenewalFee: EPO_FEES,
  epDeferredFee: joinBasis(EPO_FEES, b('Rule 159(1)(g)', `${EPC_RULES}第159条第1款(g)项`)),
  upRenewalFee: b(
    'Reg. (EU) 1257/2012 Art. 11; UPR Rules 13, 20(2)(g); EPC Rules 131, 134',
    `欧盟第1257/2012号条例（单一专利条例）第11条；《单一专利保护实施细则》（UPR）第13条、第20条第2款(g)项；${EPC_RULES}第131条、第134条`,
  ),
  epNationalFee: b('EPC Art. 141; national law', `${EPC}第141条；各国国内法`),
  epEuroPctEntry: joinBasis(
    b('EPC Rule 159(1)', `${EPC_RULES}第159条第1款`),
    PCT_22_39,
    PCT_RULES,
    b('EPC Rule 134(1)', `${EPC_RULES}第134条第1款`),
  ),
  epPriority: joinBasis(
    b('EPC Art. 87(1); Rules 131, 134(1)', `${EPC}第87条第1款；${EPC_RULES}第131条、第134条第1款`),
    PARIS,
  ),
  epTerm: b('EPC Arts 63(1), 141', `${EPC}第63条第1款、第141条`),
  upTerm: b(
    'EPC Art. 63(1); Reg. (EU) 1257/2012 Art. 4',
    `${EPC}第63条第1款；欧盟第1257/2012号条例（单一专利条例）第4条`,
  ),
  // United States
  usUtilityTerm: (adjusted: boolean, before1995: boolean) =>
    b(
      `35 U.S.C. 154(a)(2)${adjusted ? ', (b)' : ''}${before1995 ? ', (c)' : ''}`,
      `《美国法典》第35编第154条(a)(2)款${adjusted ? '、(b)款' : ''}${before1995 ? '、(c)款' : ''}`,
    ),
  usNationalStage: joinBasis(
    b('35 U.S.C. 371(b); PCT Art. 22', '《美国法典》第35编第371条(b)款；《专利合作条约》第22条'),
    PCT_RULES,
  ),
  usMaintenanceFee: b(
    '35 U.S.C. 21(b), 41(b); 37 CFR 1.362(d)–(g); MPEP 2506',
    '《美国法典》第35编第21条(b)款、第41条(b)款；《美国联邦法规》第37编第1.362条(d)至(g)款；《专利审查程序手册》（MPEP）第2506节',
  ),
  usDesignTerm: b('35 U.S.C. 173; 41(b)(3)', '《美国法典》第35编第173条、第41条(b)(3)款'),
  usPatentPriority: (design: boolean) =>
    joinBasis(
      design
        ? b('35 U.S.C. 172', '《美国法典》第35编第172条')
        : b('35 U.S.C. 119(a), (e)', '《美国法典》第35编第119条(a)款、(e)款'),
      b('35 U.S.C. 21(b)', '《美国法典》第35编第21条(b)款'),
      PARIS,
    ),
  usTmDeclaration: b(
    '15 U.S.C. 1058(a)(1), (a)(3); 37 CFR 2.160, 2.196',
    '《美国法典》第15编第1058条(a)(1)款、(a)(3)款；《美国联邦法规》第37编第2.160条、第2.196条',
  ),
  usTmRenewal: b(
    '15 U.S.C. 1058(a)(2)–(3), 1059(a); 37 CFR 2.160, 2.182, 2.196',
    '《美国法典》第15编第1058条(a)(2)至(a)(3)款、第1059条(a)款；《美国联邦法规》第37编第2.160条、第2.182条、第2.196条',
  ),
  usTmTerm: b('15 U.S.C. 1058, 1059', '《美国法典》第15编第1058条、第1059条'),
  usTmPriority: joinBasis(
    b('15 U.S.C. 1126(d); 37 CFR 2.196', '《美国法典》第15编第1126条(d)款；《美国联邦法规》第37编第2.196条'),
    PARIS,
  ),
  // PCT national phase, as the PCT module lists it per office
  pctEntry: {
    EPO: joinBasis(
      b('EPC Rules 159(1), 134(1)', `${EPC_RULES}第159条第1款、第134条第1款`),
      PCT_22_39,
      PCT_RULES,
    ),
    USPTO: joinBasis(
      b('35 U.S.C. 371(b); PCT Art. 22', '《美国法典》第35编第371条(b)款；《专利合作条约》第22条'),
      PCT_RULES,
    ),
    CNIPA: joinBasis(b('CN Impl. Regs. Rule 120', '《专利法实施细则》第120条'), PCT_22_39, PCT_RULES),
  } satisfies Partial<Record<OfficeId, Bilingual>>,
};

type Family = 'patent' | 'utility-model' | 'design' | 'trademark';

const PCT_PRIORITY: Record<Family, Partial<Record<'CNIPA' | 'EPO' | 'EUIPO' | 'USPTO', Bilingual>>> = {
  patent: {
    CNIPA: b('CN Patent Law Art. 29', '《中华人民共和国专利法》第29条'),
    EPO: b('EPC Art. 87(1)', `${EPC}第87条第1款`),
    USPTO: b('35 U.S.C. 119(a)', '《美国法典》第35编第119条(a)款'),
  },
  'utility-model': { CNIPA: b('CN Patent Law Art. 29', '《中华人民共和国专利法》第29条') },
  design: {
    CNIPA: b('CN Patent Law Art. 29', '《中华人民共和国专利法》第29条'),
    EUIPO: b('CDR (EC) 6/2002 Art. 41', `${CDR}第41条`),
    USPTO: b('35 U.S.C. 172', '《美国法典》第35编第172条'),
  },
  trademark: {
    CNIPA: b('CN TM Law Art. 25', '《中华人民共和国商标法》第25条'),
    EUIPO: b('EUTMR (EU) 2017/1001 Art. 34', `${EUTMR}第34条`),
    USPTO: b('15 U.S.C. 1126(d)', '《美国法典》第15编第1126条(d)款'),
  },
};

/** The priority basis the PCT/Paris module gives per family and office. */
export const pctPriorityBasis = (family: Family, office: 'CNIPA' | 'EPO' | 'EUIPO' | 'USPTO') =>
  joinBasis(PCT_PRIORITY[family][office]!, PARIS);
