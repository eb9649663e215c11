import { cleanText } from '../../../src/lib/clean-text.js';
import { BIG, MB, pageProblems, SCRIPT, TEXT_PAYLOADS } from './checks.js';
import { baseline, multipart, type Pairs, toLang, urlencoded, visible, withCsrf } from './forms.js';
import { type PageForm, postForms, TEXT_TYPES } from './html.js';
import { pick, withoutIds } from './sweep.js';
import type { Lang, World } from './world.js';

/** One attack on a form: what it is, and the request that makes it (pushing what went wrong). */
type Attack = [what: string, run: () => Promise<void>];

/** How many attacks each form gets in each language in a sampled sweep. */
export const FORM_ATTACKS_SAMPLED = 6;

/**
 * Attacks on one form, in one language (every one in a full sweep, `FORM_ATTACKS_SAMPLED` of them
 * picked by the seed otherwise); returns the problems found.
 */
export async function attackForm(w: World, form: PageForm, lang: Lang): Promise<string[]> {
  const action = toLang(form.action, lang);
  const problems: string[] = [];
  // Empty choices and dates filled, so a payload that passes validation reaches the save.
  const base = baseline(form, (f) =>
    f.value
      ? undefined
      : f.type === 'select' && !f.multiple
        ? f.options.find((o) => o !== '')
        : f.type === 'date'
          ? '2011-05-10'
          : undefined,
  );
  const textFields = form.fields.filter((f) => visible(f) && TEXT_TYPES.has(f.type));
  const shown = textFields.filter((f) => f.type !== 'password');
  const isMultipart = form.enctype.includes('multipart');
  const fileFields = form.fields.filter((f) => f.type === 'file');

  // A form found only as an anonymous visitor sees it (the guest registration form, which asks for
  // an address a signed-in user's account gives) is posted by an anonymous visitor.
  const post: World['post'] = form.anonymous
    ? async (path, body, contentType = 'application/x-www-form-urlencoded', headers = {}) => {
        const h: Record<string, string> = { cookie: `csrf=${w.csrf}`, ...headers };
        if (contentType) h['content-type'] = contentType;
        return w.t.app.request(path, { method: 'POST', body, headers: h });
      }
    : w.post;

  const send = async (
    what: string,
    pairs: Pairs,
    opts: { multipart?: boolean; raw?: BodyInit; contentType?: string } = {},
  ) => {
    const full = withCsrf(pairs, w.csrf);
    const res =
      opts.raw !== undefined
        ? await post(action, opts.raw, opts.contentType ?? 'application/x-www-form-urlencoded', {
            'x-csrf-token': w.csrf,
          })
        : opts.multipart || isMultipart
          ? await post(action, multipart(full), '')
          : await post(action, urlencoded(full));
    const check = await pageProblems(res, lang);
    for (const p of check.problems) problems.push(`[${what}]: ${p}`);
    return check;
  };
  const set = (pairs: Pairs, name: string, value: string | Blob): Pairs => {
    const out = pairs.filter(([k]) => k !== name);
    out.push([name, value]);
    return out;
  };
  const plain = (what: string, pairs: () => Pairs, opts?: Parameters<typeof send>[2]): Attack => [
    what,
    async () => {
      await send(what, pairs(), opts);
    },
  ];

  const attacks: Attack[] = [plain('empty body', () => []), plain('as shown', () => base)];

  for (const [what, payload] of Object.entries(TEXT_PAYLOADS)) {
    attacks.push([
      what,
      async () => {
        let pairs = base;
        for (const f of textFields) pairs = set(pairs, f.name, payload);
        const check = await send(what, pairs);
        if (check.status !== 422) return;
        const again = postForms(check.text, action).find((x) => x.action === action);
        const lost = shown.filter((f) => {
          const value = again?.fields.find((x) => x.name === f.name)?.value;
          // A form posts a lone surrogate as U+FFFD.
          const sent = payload.replace(/[\ud800-\udfff]/g, '\ufffd');
          return value !== sent && value !== cleanText(sent);
        });
        if (lost.length)
          problems.push(`[${what}]: 422 without the typed value in ${lost.map((f) => f.name).join(', ')}`);
        if (!check.text.includes(`action="${action}"`)) problems.push(`[${what}]: 422 without the form`);
      },
    ]);
  }

  for (const f of textFields) {
    attacks.push([
      `1 MB in ${f.name}`,
      async () => {
        const check = await send(`1 MB in ${f.name}`, set(base, f.name, BIG));
        if (check.status < 400 && check.status >= 200 && !/\/sign-in$|\/password\/forgot$/.test(action))
          problems.push(`[1 MB in ${f.name}]: accepted with ${check.status}`);
      },
    ]);
  }

  // Wrong shapes: every field twice, every field with a nested key, flat values for nested names.
  attacks.push(
    plain('every field twice', () => base.flatMap((p) => [p, p])),
    plain('nested keys', () => [...base, ...base.map(([k]) => [`${k}.x.y`, 'nested'] as [string, string])]),
  );
  const parents = [
    ...new Set(base.map(([k]) => k.split('.')[0]!).filter((k) => base.some(([n]) => n.startsWith(`${k}.`)))),
  ];
  if (parents.length)
    attacks.push(
      plain('flat value for a nested name', () => [
        ...base,
        ...parents.map((k) => [k, 'flat'] as [string, string]),
      ]),
    );
  attacks.push(
    plain('unknown options and wrong types', () => {
      let wrong = base;
      for (const f of form.fields.filter(visible)) {
        if (f.type === 'select' || f.type === 'radio') wrong = set(wrong, f.name, 'no-such-option');
        else if (f.type === 'number') wrong = set(wrong, f.name, 'abc');
        else if (f.type === 'date') wrong = set(wrong, f.name, '2010-02-30');
        else if (f.type === 'checkbox') wrong = set(wrong, f.name, '{"a":1}');
      }
      return wrong;
    }),
    plain('prototype keys', () => [
      ...base,
      ['__proto__.polluted', '1'],
      ['constructor.prototype.polluted', '1'],
      ['x.__proto__.polluted', '1'],
      ['answers.__proto__.polluted', '1'],
    ]),
  );

  // Bytes that are not UTF-8, percent-encoded and raw.
  const firstText = textFields[0]?.name ?? 'x';
  const encoded = `${urlencoded(
    withCsrf(
      base.filter(([k]) => k !== firstText),
      w.csrf,
    ),
  )}&${encodeURIComponent(firstText)}=%FF%FE%C3%28`;
  const rawBytes = Buffer.concat([Buffer.from(`${encoded}&raw=`), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]);
  attacks.push(
    plain('percent-encoded invalid UTF-8', () => [], { raw: encoded }),
    plain('raw invalid UTF-8', () => [], { raw: new Uint8Array(rawBytes) }),
    plain('broken percent escape', () => [], { raw: `${encoded}&broken=%E4%B8&bare=%` }),
    plain('JSON body', () => [], {
      raw: JSON.stringify(Object.fromEntries(base)),
      contentType: 'application/json',
    }),
    plain('multipart with a script', () => set(base, firstText, SCRIPT), { multipart: true }),
    plain('multipart without a boundary', () => [], {
      raw: `_csrf=${w.csrf}`,
      contentType: 'multipart/form-data',
    }),
    plain('broken multipart', () => [], {
      raw: `--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${w.csrf}\r\n--b\r\nContent-Disp`,
      contentType: 'multipart/form-data; boundary=b',
    }),
    plain('unknown charset', () => [], {
      raw: urlencoded(withCsrf(base, w.csrf)),
      contentType: 'application/x-www-form-urlencoded; charset=bogus-7',
    }),
  );

  for (const f of fileFields) {
    const files: [string, () => Blob][] = [
      ['empty file', () => new Blob([])],
      ['binary file', () => new Blob([new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 256)])],
      ['invalid UTF-8 file', () => new Blob([new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0x0a, 0xc3, 0x28])])],
      [
        'hostile CSV',
        () =>
          new Blob([
            `name_en,name_zh,kind,name\n${Object.values(TEXT_PAYLOADS)
              .map((p) => `"${p.replace(/"/g, '""')}"`)
              .join(',')},x\n`,
          ]),
      ],
      ['1 MB CSV line', () => new Blob([`name_en\n${BIG}\n`])],
      ['many empty rows', () => new Blob([`name_en,kind\n${',\n'.repeat(50_000)}`])],
    ];
    for (const [what, blob] of files)
      attacks.push(plain(`${what} in ${f.name}`, () => [...base, [f.name, blob()]], { multipart: true }));
    // The confirmation step of an upload posts the checked text back.
    attacks.push(
      plain(
        'confirmation with hostile text',
        () => [...base, ['confirm', '1'], ['csv', `${SCRIPT}\n${TEXT_PAYLOADS.sql}`]],
        { multipart: true },
      ),
    );
  }

  attacks.push([
    '3 MB body',
    async () => {
      const huge = await send('3 MB body', set(base, firstText, 'x'.repeat(3 * MB)));
      if (huge.status !== 413) problems.push(`[3 MB body]: ${huge.status}, not 413`);
    },
  ]);

  for (const [, run] of pick(attacks, FORM_ATTACKS_SAMPLED, `form ${withoutIds(form.action)} ${lang}`))
    await run();
  return problems;
}
