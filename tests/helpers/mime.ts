import type { ReceivedMail } from './smtp.js';

interface Part {
  headers: string;
  body: string;
}

/** The parts of a multipart message, each with its headers and decoded body. */
export function parts(raw: string): Part[] {
  const boundary = raw.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((chunk) => {
      const split = chunk.search(/\r?\n\r?\n/);
      const headers = chunk.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
      const body = chunk.slice(split).trim();
      if (/multipart\//i.test(headers)) return parts(chunk);
      const enc = headers.match(/Content-Transfer-Encoding:\s*(\S+)/i)?.[1]?.toLowerCase();
      const decoded =
        enc === 'base64'
          ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
          : enc === 'quoted-printable'
            ? Buffer.from(
                body
                  .replace(/=\r?\n/g, '')
                  .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                    String.fromCharCode(Number.parseInt(h, 16)),
                  ),
                'latin1',
              ).toString('utf8')
            : body;
      return [{ headers, body: decoded }];
    });
}

/** The calendar attached to a message, unfolded into `NAME;PARAMS` → value. */
export function attachedCalendar(mail: ReceivedMail) {
  const ics = parts(mail.raw).find((p) => /text\/calendar/i.test(p.headers));
  if (!ics) return null;
  const lines = ics.body.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const props = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0 && !props.has(line.slice(0, i))) props.set(line.slice(0, i), line.slice(i + 1));
  }
  return { text: ics.body, headers: ics.headers, props, lines };
}

export const textOf = (mail: ReceivedMail) =>
  parts(mail.raw).find((p) => /text\/plain/i.test(p.headers))?.body ?? mail.text;
