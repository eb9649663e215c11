// A synthetic bilingual library for the search benchmark: items whose titles, summaries and bodies
// draw English and Chinese words with a skewed (Zipf-like) frequency, loaded in batches through
// the same search-document code the app uses, then searched with 1-, 2- and 3-word queries.
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../src/db/client.js';
import type { Lang } from '../src/lib/bilingual.js';
import {
  AUDIENCES,
  createItem,
  IP_RIGHTS,
  ITEM_TYPES,
  itemSearchVector,
  itemTitleText,
  JURISDICTIONS,
  searchLibrary,
  TOPICS,
} from '../src/modules/library/index.js';
import { libraryItems } from '../src/modules/library/schema.js';
import { editor, input } from '../src/modules/library/test-fixtures.js';

const EN = `patent trademark licence design copyright software secret customs recordation pledge
valuation infringement counterfeit renewal priority application registration examination court
damages injunction evidence contract royalty invention utility model employee exhibition fair
export import manufacturer brand domain opposition invalidation fee term grace period office
agent search classification goods services market product technology company enterprise small
medium business official trainer training local province city government policy support loan
bank insurance risk value income cost method process material drawing mould tooling supplier
distributor buyer online platform notice takedown seizure border shipment inspection
certificate document form guide manual template checklist case study law regulation article
rule procedure deadline annual year month day filing publication grant owner holder right
protection enforcement management strategy portfolio audit inventory budget plan report
review decision appeal settlement mediation arbitration negotiation agreement partner joint
venture research development university laboratory engineer design model prototype sample
quality standard label packaging colour shape pattern logo name word letter sound mark`.split(/\s+/);

const ZH = `专利 商标 许可 外观 设计 著作 软件 秘密 海关 备案 质押 评估 侵权 假冒 续展 优先 申请 注册
审查 法院 赔偿 禁令 证据 合同 使用费 发明 实用 新型 员工 展会 出口 进口 制造 品牌 域名 异议 无效
费用 期限 宽限 代理 检索 分类 商品 服务 市场 产品 技术 公司 企业 中小 官员 培训 地方 省份 城市
政府 政策 支持 贷款 银行 保险 风险 价值 收益 成本 方法 工艺 材料 图纸 模具 供应 经销 买家 网络
平台 通知 删除 扣押 边境 货物 检查 证书 文件 表格 指南 手册 模板 清单 案例 法律 法规 条款 规则
程序 年费 公布 授权 权利 保护 维权 管理 战略 组合 审计 预算 计划 报告 复审 决定 上诉 和解 调解
仲裁 谈判 协议 伙伴 合资 研究 开发 大学 实验 工程 样品 质量 标准 标签 包装 颜色 形状 图案 标志
名称 文字 字母 声音 中国 欧盟 美国 国际 地理 标志 集体 证明 驰名 抢注 恶意 贴牌 加工 转化 运用`.split(/\s+/);

/** A small deterministic random number generator, so every run builds the same corpus. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A long tail of rarer words after the domain words, so that document frequencies look like a real
 * library's: the commonest words are in most items, most words in few.
 */
const SYLLABLES = 'ka ro ten mi sul dor pa vel quin tra mos fe lin gar bu chel'.split(' ');
const HANZI =
  '明亮清风云海山川林石田光春秋雨雪花草金银铜铁玉竹松梅兰菊江河湖泉岩峰谷原野村镇桥港城街路园'.split('');
const EN_WORDS = [...EN];
for (const a of SYLLABLES)
  for (const b of SYLLABLES) for (const c of SYLLABLES.slice(0, 12)) EN_WORDS.push(a + b + c);
const ZH_WORDS = [...ZH];
for (const a of HANZI) for (const b of HANZI) if (a !== b) ZH_WORDS.push(a + b);

/** Zipf's law with exponent 1: the k-th word is drawn with a probability proportional to 1/k. */
function zipf<T>(xs: readonly T[]) {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= xs.length; k++) {
    total += 1 / k;
    cumulative.push(total);
  }
  return (r: () => number) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return xs[lo]!;
  };
}
const drawEn = zipf(EN_WORDS);
const drawZh = zipf(ZH_WORDS);
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(xs.length * r())]!;
const words = (r: () => number, n: number, lang: Lang) =>
  Array.from({ length: n }, () => (lang === 'en' ? drawEn(r) : drawZh(r))).join(lang === 'en' ? ' ' : '');
const some = <T>(r: () => number, xs: readonly T[]) => xs.filter(() => r() < 0.3);
const between = (r: () => number, a: number, b: number) => a + Math.floor(r() * (b - a + 1));

export interface Synthetic {
  title: { en: string; zh: string };
  summary: { en: string; zh: string };
  body: { en: string; zh: string };
  source: { en: string; zh: string };
}

export function syntheticItem(r: () => number, i: number): Synthetic & Record<string, unknown> {
  const para = (lang: Lang) =>
    Array.from({ length: between(r, 2, 4) }, () => words(r, between(r, 25, 45), lang)).join('\n\n');
  return {
    slug: `synthetic-${i}`,
    type: pick(r, ITEM_TYPES),
    title: {
      en: `${words(r, between(r, 4, 7), 'en')} ${i}`,
      zh: `${words(r, between(r, 3, 5), 'zh')}第${i}号`,
    },
    summary: { en: words(r, between(r, 15, 25), 'en'), zh: words(r, between(r, 12, 20), 'zh') },
    body: { en: para('en'), zh: para('zh') },
    source: { en: '', zh: '' },
    ipRights: some(r, IP_RIGHTS),
    topics: some(r, TOPICS),
    jurisdictions: some(r, JURISDICTIONS),
    audiences: some(r, AUDIENCES),
    status: 'published',
    publishedOn: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
  };
}

/** Loads `count` items in batches; returns the seconds spent building search documents and in all. */
export async function loadCorpus(database: Database, count: number) {
  const db = database.db;
  let buildMs = 0;
  const started = performance.now();
  const BATCH = 250;
  for (let i = 0; i < count; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(count, i + BATCH); j++) {
      // Each item has its own seed, so a query can be built from item i without the others.
      const item = syntheticItem(rng(1000 + j), j);
      const t0 = performance.now();
      const vector = itemSearchVector(item, []);
      buildMs += performance.now() - t0;
      rows.push({
        ...item,
        titleText: itemTitleText(item.title),
        searchVector: sql`${vector}::tsvector`,
        translationStatus: 'complete' as const,
      });
    }
    await db.insert(libraryItems).values(rows as never);
  }
  await database.query('ANALYZE library_items');
  return { buildSeconds: buildMs / 1000, totalSeconds: (performance.now() - started) / 1000 };
}

/** The median time to add one item the way editors do: validation, version 1, links, audit. */
export async function createOneByOne(db: Db, count: number, seed = 2) {
  const r = rng(seed);
  const times: number[] = [];
  const who = editor();
  for (let i = 0; i < count; i++) {
    const item = syntheticItem(r, 1_000_000 + i);
    const t0 = performance.now();
    await createItem(
      db,
      who,
      input({ ...item, slug: undefined, url: 'https://example.org/' } as never),
      new Date(),
    );
    times.push(performance.now() - t0);
  }
  return percentiles(times);
}

export function percentiles(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99), count: s.length };
}

/**
 * Queries a reader could type: `n` words taken from one item's title and summary in one language,
 * so each query has at least that item to find.
 */
export function queries(count: number, n: number, lang: Lang, corpusSize: number, seed = 3): string[] {
  const r = rng(seed * 100 + n * 10 + (lang === 'en' ? 1 : 2));
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const i = Math.floor(r() * corpusSize);
    const item = syntheticItem(rng(1000 + i), i);
    const pool =
      lang === 'en' ? `${item.title.en} ${item.summary.en}`.split(' ').filter((w) => !/\d/.test(w)) : null;
    const zhPool =
      lang === 'zh' ? ZH.filter((w) => item.summary.zh.includes(w) || item.title.zh.includes(w)) : null;
    const from = pool ?? zhPool ?? [];
    const chosen = new Set<string>();
    while (chosen.size < Math.min(n, from.length)) chosen.add(from[Math.floor(r() * from.length)]!);
    out.push([...chosen].join(' '));
  }
  return out;
}

export async function timeQueries(db: Db, qs: string[], lang: Lang) {
  const times: number[] = [];
  let totals = 0;
  for (const q of qs) {
    const t0 = performance.now();
    const res = await searchLibrary(db, { q, lang, filters: {}, page: 1, pageSize: 20 });
    times.push(performance.now() - t0);
    totals += res.total;
  }
  return { ...percentiles(times), meanHits: Math.round(totals / qs.length) };
}
