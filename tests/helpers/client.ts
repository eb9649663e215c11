import type { TestApp } from './app.js';

/** Parses Set-Cookie headers into name → {value, attributes}. */
export function setCookies(res: Response): Map<string, { value: string; attrs: string }> {
  const out = new Map<string, { value: string; attrs: string }>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = '', ...attrs] = line.split(';');
    const i = pair.indexOf('=');
    out.set(pair.slice(0, i).trim(), {
      value: decodeURIComponent(pair.slice(i + 1).trim()),
      attrs: attrs.join(';'),
    });
  }
  return out;
}

/**
 * What the Node server hands the app for a connection from `address` (the third argument of
 * `app.request`): the request then comes from that peer, as the client-address rules see it.
 */
export const fromPeer = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

/**
 * A browser that keeps its cookies between requests, like a real one: it signs in through the
 * pages, follows nothing by itself, and sends the CSRF token with every form.
 */
export class CookieClient {
  readonly csrf = `client-csrf-${'y'.repeat(32)}`;
  readonly cookies = new Map<string, string>([['csrf', this.csrf]]);

  constructor(
    private readonly t: TestApp,
    private readonly extraHeaders: Record<string, string> = {},
    /** The address the browser connects from; none: a request made inside the process. */
    private readonly peer?: string,
  ) {}

  private get env() {
    return this.peer ? fromPeer(this.peer) : undefined;
  }

  private header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const [name, c] of setCookies(res)) {
      if (/max-age=0/i.test(c.attrs) || c.value === '') this.cookies.delete(name);
      else this.cookies.set(name, c.value);
    }
    return res;
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.keep(
      await this.t.app.request(
        path,
        {
          headers: { cookie: this.header(), ...this.extraHeaders, ...headers },
        },
        this.env,
      ),
    );
  }

  async post(path: string, form: Record<string, string | string[]>, opts: { csrf?: boolean } = {}) {
    const body = new URLSearchParams();
    if (opts.csrf !== false) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return this.keep(
      await this.t.app.request(
        path,
        {
          method: 'POST',
          body,
          headers: {
            cookie: this.header(),
            'content-type': 'application/x-www-form-urlencoded',
            ...this.extraHeaders,
          },
        },
        this.env,
      ),
    );
  }
}
