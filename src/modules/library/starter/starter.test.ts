import { describe, expect, it } from 'vitest';
import { STARTER_ITEMS } from './items.js';

/** Where starter content speaks of the platform itself, in either language. */
const ABOUT_THE_PLATFORM = /this platform|on the platform|本平台|在平台上/i;
/** What the platform has, so a sentence about it may name it. */
const WHAT_IT_HAS = /IP asset register|知识产权资产登记|written for this platform|本平台编写/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s*|\n+/).filter((s) => s.trim());
}

describe('the library’s starter content', () => {
  it('promises nothing the platform does not have: each sentence about it names something it has', () => {
    const claims: string[] = [];
    for (const item of STARTER_ITEMS) {
      for (const field of [item.title, item.summary, item.body, item.source]) {
        for (const lang of ['en', 'zh'] as const) {
          for (const s of sentences(field[lang])) {
            if (ABOUT_THE_PLATFORM.test(s) && !WHAT_IT_HAS.test(s))
              claims.push(`${item.slug} (${lang}): ${s}`);
          }
        }
      }
    }
    expect(claims).toEqual([]);
  });

  it('describes the helpdesk model without offering an enquiry service of its own', () => {
    const item = STARTER_ITEMS.find((i) => i.slug === 'how-an-ip-helpdesk-answers-smes')!;
    const all = [item.title, item.summary, item.body, item.source].flatMap((f) => [f.en, f.zh]).join('\n');
    expect(all).not.toMatch(
      /enquiry helpdesk|submit an enquiry|本平台(的)?咨询服务|工具中的\*\*咨询服务|提交咨询/i,
    );
    // It still says where an SME can get such advice, in both languages.
    expect(item.body.en).toContain('## Where an SME gets an answer');
    expect(item.body.zh).toContain('## 中小企业到哪里获得答复');
  });
});
