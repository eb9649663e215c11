import { translator } from '../../../src/web/i18n/index.js';
import type { Lang } from './world.js';

export const MB = 1024 * 1024;
export const BIG = 'a'.repeat(MB);
export const SCRIPT = '<script>alert(1)</script>';
export const SQL = "'; DROP TABLE users; --";
export const BIDI = 'abc\u202Egnp.exe\u200Bx\u200B';
export const LONG_QUERY = 'q'.repeat(10_000);

export const NUL = 'before\u0000after';
export const LONE_SURROGATE = 'half \ud800 a pair';

/** Text payloads every text field gets, one request each. */
export const TEXT_PAYLOADS = {
  script: SCRIPT,
  sql: SQL,
  bidi: BIDI,
  nul: NUL,
  surrogate: LONE_SURROGATE,
} as const;

const CJK = /[\u3400-\u9fff]/;
const ERROR_CODES = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'csrf',
  'internal',
] as const;

/** Things a response must never show: a stack trace, source paths, database internals. */
const LEAKS = [
  /\n\s+at [^\n]+\(/,
  /node_modules/,
  /\/src\/[\w/-]+\.tsx?/,
  /\bstack\b"?\s*:/,
  /duplicate key value/,
  /violates/,
];

export function leak(text: string): string | null {
  for (const re of LEAKS) if (re.test(text)) return `leaks ${re}`;
  return null;
}

/**
 * Problems with an API answer: a 5xx, an error that is not `{error:{code,message}}`, a message
 * (or field message) not in the language asked for (null: either will do), or internals in the body.
 */
export async function apiProblems(res: Response, lang: Lang | null): Promise<string[]> {
  const text = await res.text();
  const out: string[] = [];
  if (res.status >= 500) out.push(`status ${res.status}: ${text.slice(0, 300)}`);
  const l = leak(text);
  if (l) out.push(l);
  if (res.status < 400) return out;
  let body: { error?: { code?: unknown; message?: unknown; details?: { fields?: Record<string, unknown> } } };
  try {
    body = JSON.parse(text);
  } catch {
    out.push(`status ${res.status} without a JSON body: ${text.slice(0, 200)}`);
    return out;
  }
  const e = body.error;
  if (!e || typeof e.code !== 'string' || typeof e.message !== 'string') {
    out.push(`status ${res.status} without {error:{code,message}}: ${text.slice(0, 200)}`);
    return out;
  }
  const extra = Object.keys(body).filter((k) => k !== 'error');
  if (extra.length) out.push(`error body has extra keys ${extra.join(',')}`);
  const messages = [e.message, ...Object.values(e.details?.fields ?? {})].filter(
    (m): m is string => typeof m === 'string',
  );
  for (const m of messages) {
    if (lang === 'zh' && !CJK.test(m)) out.push(`message not in Chinese: ${m.slice(0, 120)}`);
    if (lang === 'en' && CJK.test(m)) out.push(`message not in English: ${m.slice(0, 120)}`);
  }
  return out;
}

const errorMessages = (lang: Lang) => {
  const t = translator(lang);
  return ERROR_CODES.map((c) => t(`error.${c}`));
};

export interface PageCheck {
  status: number;
  text: string;
  problems: string[];
}

/**
 * Problems with a page answer: a 5xx, a page in the wrong language, an error page without a
 * translated message, a form re-rendered without its error summary, or a live script a user typed.
 */
export async function pageProblems(res: Response, lang: Lang | null): Promise<PageCheck> {
  const text = await res.text();
  const status = res.status;
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  const l = leak(text);
  if (l) problems.push(l);
  const isHtml = (res.headers.get('content-type') ?? '').includes('text/html');
  if (isHtml && /<script>alert\(/i.test(text)) problems.push('a typed <script> came back as a live tag');
  if (status >= 400 && !isHtml)
    problems.push(`status ${status} answered with ${res.headers.get('content-type')}`);
  if (isHtml && status >= 400 && lang) {
    const htmlLang = lang === 'zh' ? '<html lang="zh-CN">' : '<html lang="en">';
    if (!text.includes(htmlLang)) problems.push(`status ${status} page not in ${lang}`);
    const t = translator(lang);
    if (status === 422) {
      if (!text.includes(t('form.errorSummary')) && !text.includes(t('error.validation')))
        problems.push('422 without the translated error summary');
    } else if (
      !errorMessages(lang).some((m) => text.includes(m)) &&
      // A refusal a module explains in the form's translated error summary (a 409) will do.
      !text.includes(t('form.errorSummary'))
    ) {
      // So will a module's own explanation (an expired link), if its heading is in the language.
      const main = /<main\b[\s\S]*<\/main>/.exec(text)?.[0] ?? '';
      const h1 = (/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? '').replace(/<[^>]+>/g, '');
      const inLang = lang === 'zh' ? CJK.test(h1) : /[A-Za-z]/.test(h1);
      if (!inLang) problems.push(`status ${status} without a translated error message`);
    }
    if (lang === 'zh') {
      for (const m of text.matchAll(/<p class="field-error"[^>]*>([^<]*)</g)) {
        if (!CJK.test(m[1]!)) problems.push(`field error not in Chinese: ${m[1]}`);
      }
    }
  }
  return { status, text, problems };
}
