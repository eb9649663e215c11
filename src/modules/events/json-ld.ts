import { type Lang, text } from '../../lib/bilingual.js';
import { provinceName } from '../places/index.js';
import { isoToPrecision } from './event-dates.js';
import type { EventView } from './queries.js';

export interface Partner {
  name: { en: string; zh: string };
  website: string;
  role: 'lead' | 'partner' | 'funder' | 'host';
}

const STATUS = {
  published: 'https://schema.org/EventScheduled',
  completed: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  draft: 'https://schema.org/EventScheduled',
} as const;

const organisation = (p: Partner, lang: Lang) => ({
  '@type': 'Organization',
  name: text(p.name, lang),
  ...(p.website ? { url: p.website } : {}),
});

/** The platform itself: the organiser when a programme names none, and its default image. */
export interface SiteFacts {
  name: string;
  url: string;
  /** An absolute address of the default social image (1200 × 630 PNG). */
  image: string;
}

/**
 * A schema.org Event describing one event, with dates only to the precision the source gives. The
 * organiser is always named (the programme's lead or host, else its partners, else the platform);
 * the image is the platform's default, as events have none of their own. `extra` is what other
 * modules add (registration's `offers`).
 */
export function eventJsonLd(
  v: EventView,
  partners: Partner[],
  opts: { lang: Lang; url: string; audience: string; site: SiteFacts; extra?: Record<string, unknown> },
) {
  const { lang, url, site } = opts;
  const e = v.event;
  const organisers = partners.filter((p) => p.role === 'lead' || p.role === 'host');
  const funders = partners.filter((p) => p.role === 'funder');
  const description = text(e.description, lang);
  const venue = text(e.venue, lang);
  const city = text(v.city.name, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: text(e.title, lang),
    ...(description ? { description } : {}),
    inLanguage: lang === 'zh' ? 'zh-CN' : 'en',
    startDate: isoToPrecision(e.startDate, e.datePrecision),
    endDate: isoToPrecision(e.endDate, e.datePrecision),
    eventStatus: STATUS[e.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: venue || city,
      address: {
        '@type': 'PostalAddress',
        addressLocality: city,
        addressRegion: text(provinceName(e.province), lang),
        addressCountry: 'CN',
      },
      ...(v.city.lat !== null && v.city.lon !== null
        ? { geo: { '@type': 'GeoCoordinates', latitude: v.city.lat, longitude: v.city.lon } }
        : {}),
    },
    organizer: organizerOf(
      organisers.length ? organisers : partners.filter((p) => p.role !== 'funder'),
      lang,
      site,
    ),
    image: [site.image],
    ...(funders.length ? { funder: funders.map((p) => organisation(p, lang)) } : {}),
    audience: { '@type': 'Audience', audienceType: opts.audience },
    superEvent: { '@type': 'EventSeries', name: text(v.programme.title, lang) },
    ...opts.extra,
  };
}

function organizerOf(partners: Partner[], lang: Lang, site: SiteFacts) {
  const named = partners.map((p) => organisation(p, lang)).filter((o) => o.name);
  return named.length ? named : [{ '@type': 'Organization', name: site.name, url: site.url }];
}

/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at
 * `</script` whatever the JSON says, so `<` (and `>`, `&` and the two line separators that old
 * JavaScript parsers reject) are written as \u escapes: the JSON means the same and no text a
 * user typed can close the element.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
