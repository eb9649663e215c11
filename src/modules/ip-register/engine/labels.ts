/** Bilingual labels of deadlines and surcharges. */
import type { Bilingual, OfficeId } from './types.js';

const b = (en: string, zh: string): Bilingual => ({ en, zh });

export const OFFICE_NAME: Record<OfficeId, Bilingual> = {
  CNIPA: b('CNIPA', '国家知识产权局'),
  EPO: b('EPO', '欧洲专利局'),
  EUIPO: b('EUIPO', '欧盟知识产权局'),
  USPTO: b('USPTO', '美国专利商标局'),
  NATIONAL: b('national office', '各国主管局'),
};

export const LABEL = {
  cnRegistrationFee: (year?: number) =>
    year === undefined
      ? b(
          'Registration formalities and annual fee for the grant year',
          '办理登记手续并缴纳授予专利权当年的年费',
        )
      : b(
          `Registration formalities and annual fee for the grant year (year ${year})`,
          `办理登记手续并缴纳授予专利权当年（第${year}年度）的年费`,
        ),
  cnAnnualFee: (year: number) => b(`Annual fee for year ${year}`, `第${year}年度年费`),
  cnPtaRequest: b('Request for patent term adjustment', '请求给予专利权期限补偿'),
  cnTmRenewal: b('Trade mark renewal application', '商标续展注册申请'),
  icFilingBar: b(
    'Last day to apply for registration of the layout-design (2 years after first commercial exploitation)',
    '布图设计登记申请截止日（自首次商业利用之日起2年）',
  ),
  publicationBar: (software: boolean) =>
    software
      ? b(
          'Last day to publish the software (50 years after completion)',
          '软件发表截止日（自开发完成之日起50年）',
        )
      : b(
          'Last day to publish the work (50 years after completion)',
          '作品发表截止日（自创作完成之日起50年）',
        ),
  euTmRenewal: b('EU trade mark renewal', '欧盟商标续展'),
  euDesignRenewal: (n: number) =>
    b(`Renewal of the registered EU design (renewal ${n} of 4)`, `欧盟注册外观设计续展（第${n}次，共4次）`),
  epRenewalFee: (year: number) =>
    b(`Renewal fee for year ${year} (EPO)`, `欧洲专利申请第${year}年度年费（欧洲专利局）`),
  epNationalFee: (year: number) =>
    b(
      `First national renewal fees after grant (year ${year}; national law, e.g. DE)`,
      `授权后首期国家年费（第${year}年度；依各国法律，如德国）`,
    ),
  upRenewalFee: (year: number) =>
    b(`Unitary Patent renewal fee for year ${year}`, `单一效力专利第${year}年度年费`),
  usMaintenanceFee: (stage: number) => b(`Maintenance fee due at ${stage} years`, `${stage}年维持费`),
  usTmDeclaration: b(
    'Declaration of use under §8 (between the 5th and 6th anniversaries)',
    '依第8条提交使用声明（注册第5至第6周年之间）',
  ),
  usTmRenewal: (years: number) =>
    b(`Renewal under §§8 and 9 (${years}-year anniversary)`, `依第8条和第9条续展（注册${years}周年）`),
  nationalPhase: (office: OfficeId) => {
    if (office === 'EPO') return b('Entry into the European phase (EPO)', '进入欧洲阶段（欧洲专利局）');
    if (office === 'USPTO')
      return b('Entry into the US national stage (USPTO)', '进入美国国家阶段（美国专利商标局）');
    return b('Entry into the Chinese national phase (CNIPA)', '进入中国国家阶段（国家知识产权局）');
  },
  priorityDeadline: (office: OfficeId, months: number) =>
    b(
      `Last day to file at the ${OFFICE_NAME[office].en} claiming priority (${months} months)`,
      `向${OFFICE_NAME[office].zh}提出申请并要求优先权的截止日（${months}个月）`,
    ),
};

/** What a schedule with only a priority date still waits for. */
export const AWAITED = {
  term: b('Term of protection (expiry)', '保护期（届满日）'),
  cnAnnualFees: b('Annual fees', '年费'),
  cnTmRenewal: b('Trade mark renewals', '商标续展'),
  euTmRenewal: b('EU trade mark renewals', '欧盟商标续展'),
  euDesignRenewal: b('Renewals of the registered EU design', '欧盟注册外观设计续展'),
  epRenewalFees: b('Renewal fees (EPO)', '年费（欧洲专利局）'),
  usMaintenanceFees: b('Maintenance fees (once granted)', '维持费（授权后）'),
  usTmDeclarations: b('Declarations of use and renewals', '使用声明及续展'),
};

export const SURCHARGE_TEXT = {
  cnLateFee: b(
    'Late fee: 5 % of the full annual fee for each month overdue beyond the first (0–25 %)',
    '滞纳金：逾期超过一个月的，每逾期一个月加收当年全额年费的5%（0%–25%）',
  ),
  cnTmLate: b('Late renewal fee for the grace period', '宽展期续展注册延迟费'),
  cnPctGrace: b(
    'Grace fee for entry after 30 months (Rule 120)',
    '自优先权日起30个月后进入的宽限费（细则第120条）',
  ),
  plus25: b('+25 % surcharge', '加收25%附加费'),
  plus50: b('Additional fee of 50 % of the renewal fee', '加收年费50%的附加费'),
  usMaintenance: b(
    'Surcharge for paying in the grace period (37 CFR 1.20(h))',
    '宽限期内缴纳须另付附加费（37 CFR 1.20(h)）',
  ),
  usTmGrace: b('Grace-period surcharge', '宽限期附加费'),
};
