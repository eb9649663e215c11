/** The legal basis of each date, cited in the reader's language (worked cases from ip-rules.md). */
import { describe, expect, it } from 'vitest';
import { find, run } from './test-helpers.js';

describe('legal basis in English and Chinese', () => {
  it('CN-01: annual fees cite the Patent Law and its Implementing Regulations by their Chinese names', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { filing: '2020-06-15', grant: '2023-03-10' },
      options: { grantYear: 3 },
    });
    expect(find(s, 'cn-annual-fee', 5).basis).toEqual({
      en: 'CN Patent Law Art. 43; Impl. Regs. Rules 5, 115',
      zh: '《中华人民共和国专利法》第43条；《专利法实施细则》第5条、第115条',
    });
    expect(s.expiry!.basis.zh).toBe(
      '《中华人民共和国专利法》第42条第1款；《专利法实施细则》第12条；《专利审查指南》第五部分第九章第2.1节',
    );
  });

  it('trade marks, copyright and layout-designs cite the Trade Mark Law, the Copyright Law and the regulations', () => {
    const tm = run({ jurisdiction: 'CN', right: 'trademark', dates: { registration: '2014-03-01' } });
    expect(find(tm, 'cn-tm-renewal').basis.zh).toBe(
      '《中华人民共和国商标法》第40条；《商标法实施条例》第12条、第33条',
    );
    const sw = run({
      jurisdiction: 'CN',
      right: 'software',
      dates: { completion: '2018-03-15', publication: '2019-07-01' },
      options: { ownerKind: 'legal' },
    });
    expect(sw.expiry!.basis.zh).toBe('《计算机软件保护条例》第14条第2款、第3款');
    const work = run({
      jurisdiction: 'CN',
      right: 'copyright',
      dates: { authorDeath: '2030-05-20' },
      options: { ownerKind: 'natural' },
    });
    expect(work.expiry!.basis.zh).toBe('《中华人民共和国著作权法》第23条第1款');
    const ic = run({
      jurisdiction: 'CN',
      right: 'layout-design',
      dates: { completion: '2020-01-15', firstCommercialUse: '2021-09-01' },
    });
    expect(find(ic, 'ic-filing-bar').basis.zh).toBe('《集成电路布图设计保护条例》第17条');
  });

  it('EP-01, EU-01 and US-01: the EPC, the EU trade mark regulation and the US Code in Chinese', () => {
    const ep = run({ jurisdiction: 'EP', right: 'patent', dates: { filing: '2016-11-15' } });
    expect(find(ep, 'ep-renewal-fee', 3).basis.zh).toBe(
      '《欧洲专利公约》（EPC）第86条；《欧洲专利公约实施细则》第51条第1款至第2款、第131条第4款、第134条第1款；法律上诉委员会决定J 4/91',
    );
    const eu = run({ jurisdiction: 'EU', right: 'trademark', dates: { filing: '2015-07-14' } });
    expect(find(eu, 'eu-tm-renewal').basis.zh).toBe(
      '《欧盟商标条例》（EUTMR，(EU) 2017/1001）第52条、第53条、第101条第2款',
    );
    const us = run({
      jurisdiction: 'US',
      right: 'patent',
      dates: { filing: '2015-06-16', grant: '2018-03-20' },
    });
    expect(find(us, 'us-maintenance-fee', 3.5).basis.zh).toContain(
      '《美国法典》第35编第21条(b)款、第41条(b)款',
    );
    const pct = run({ jurisdiction: 'PCT', right: 'patent', dates: { priority: '2023-01-31' } });
    expect(find(pct, 'priority-deadline', undefined, 'CNIPA').basis.zh).toBe(
      '《中华人民共和国专利法》第29条；《保护工业产权巴黎公约》第4条C款',
    );
  });
});
