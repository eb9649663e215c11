/** Just enough HTML reading to find the forms a page offers and what their fields hold. */

export interface FormField {
  name: string;
  /** input type, or 'textarea' / 'select' */
  type: string;
  value: string;
  options: string[];
  multiple: boolean;
}

export interface PageForm {
  action: string;
  enctype: string;
  fields: FormField[];
  /** Found on a page as an anonymous visitor sees it: posted as one too. */
  anonymous?: boolean;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) {
    out[m[1]!.toLowerCase()] = decode(m[2] ?? '');
  }
  return out;
}

/** Every `<form method="post">` on the page, with its action resolved against the page's path. */
export function postForms(html: string, pagePath: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const a = attrs(m[1]!);
    if ((a.method ?? 'get').toLowerCase() !== 'post') continue;
    const action = new URL(a.action || pagePath, `http://x${pagePath}`).pathname;
    const fields: FormField[] = [];
    const body = m[2]!;
    const tags =
      /<input\b([^>]*)>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g;
    for (const f of body.matchAll(tags)) {
      if (f[1] !== undefined) {
        const fa = attrs(f[1]);
        if (!fa.name) continue;
        const type = (fa.type ?? 'text').toLowerCase();
        if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') continue;
        if (type === 'checkbox' || type === 'radio') {
          // One field per name; its value is the checked box's (or nothing), its options all boxes'.
          const own = fa.value || 'on';
          const prev = fields.find((x) => x.name === fa.name);
          if (prev) {
            prev.options.push(own);
            if ('checked' in fa) prev.value = prev.value && type === 'checkbox' ? prev.value : own;
            prev.multiple ||= type === 'checkbox';
            continue;
          }
          fields.push({
            name: fa.name,
            type,
            value: 'checked' in fa ? own : '',
            options: [own],
            multiple: false,
          });
          continue;
        }
        fields.push({ name: fa.name, type, value: fa.value ?? '', options: [], multiple: false });
      } else if (f[2] !== undefined) {
        const fa = attrs(f[2]);
        if (!fa.name) continue;
        fields.push({
          name: fa.name,
          type: 'textarea',
          value: decode(f[3] ?? ''),
          options: [],
          multiple: false,
        });
      } else {
        const fa = attrs(f[4] ?? '');
        if (!fa.name) continue;
        const options: string[] = [];
        let selected = '';
        for (const o of (f[5] ?? '').matchAll(/<option\b([^>]*)>/g)) {
          const oa = attrs(o[1]!);
          const v = oa.value ?? '';
          options.push(v);
          if ('selected' in oa && !selected) selected = v;
        }
        fields.push({ name: fa.name, type: 'select', value: selected, options, multiple: 'multiple' in fa });
      }
    }
    forms.push({ action, enctype: (a.enctype ?? 'application/x-www-form-urlencoded').toLowerCase(), fields });
  }
  return forms;
}

/** What hono/jsx writes for a text value, so a test can look for what it typed. */
export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Field types a person types free text into. */
export const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'url', 'search', 'tel', 'password']);

/** Every start tag of a page (outside scripts and styles): its name and its attributes. */
export function startTags(html: string): { tag: string; attrs: Record<string, string> }[] {
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2>');
  return [...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    (m) => ({ tag: m[1]!.toLowerCase(), attrs: attrs(m[2] ?? '') }),
  );
}
