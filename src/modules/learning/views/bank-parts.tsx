import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { pick } from '../../../lib/bilingual.js';
import { hasMessage, type Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { MarkdownHtml, renderMarkdown } from '../../library/index.js';
import type { QuestionType } from '../schema.js';

/** A tag in the reader's language when it is one of the library's IP rights or topics, else as written. */
export function tagLabel(t: Translator, tag: string): string {
  for (const key of [`library.ipRight.${tag}`, `library.topic.${tag}`]) if (hasMessage(key)) return t(key);
  return tag;
}

export const typeLabel = (t: Translator, type: QuestionType) => t(`learning.bank.type.${type}`);

export const bankPath = {
  list: '/learn/manage/bank',
  create: '/learn/manage/bank/new',
  one: (id: string) => `/learn/manage/bank/${id}`,
  import: '/learn/manage/bank/import',
  exportXml: '/learn/manage/bank/export.xml',
  exportCsv: '/learn/manage/bank/export.csv',
} as const;

/** Bilingual Markdown in the reader's language (else the other, marked with its language), rendered safely. */
export function Markdown(p: { value: Bilingual; lang: Lang; class?: string }) {
  const shown = pick(p.value, p.lang);
  if (!shown.text) return null;
  return (
    <MarkdownHtml
      html={renderMarkdown(shown.text).html}
      class={p.class ?? 'prose'}
      lang={shown.fallback ? htmlLang(shown.lang) : undefined}
    />
  );
}
