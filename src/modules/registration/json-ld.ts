import type { SettingsRow } from './access.js';
import type { Counts } from './queries.js';
import type { WindowState } from './window.js';

const SCHEMA = 'https://schema.org/';

/**
 * The schema.org `offers` of an event that takes registrations: free, at the registration page,
 * with its availability (seats left, fully booked, invited people only) and its window. None once
 * registration has ended or when the event takes none, so nothing offers what cannot be had.
 */
export function registrationOffers(
  s: SettingsRow | null,
  counts: Counts,
  w: WindowState,
  registerUrl: string,
): Record<string, unknown> | null {
  if (!s || s.mode === 'closed') return null;
  if (!w.open && w.why !== 'notYet' && w.why !== 'invitationOnly') return null;
  const full = s.capacity !== null && counts.confirmed >= s.capacity;
  const availability =
    !w.open && w.why === 'invitationOnly' ? 'LimitedAvailability' : full ? 'SoldOut' : 'InStock';
  return {
    '@type': 'Offer',
    url: registerUrl,
    price: 0,
    priceCurrency: 'CNY',
    availability: `${SCHEMA}${availability}`,
    ...(s.opensAt ? { validFrom: s.opensAt.toISOString() } : {}),
    ...(w.open
      ? { validThrough: w.closesAt.toISOString() }
      : s.closesAt
        ? { validThrough: s.closesAt.toISOString() }
        : {}),
  };
}
