import type { FormValues } from '../../web/forms.js';
import type { RightRow } from './schema.js';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** A stored right as form values, for the edit form. */
export function rightToValues(r: RightRow, responsibleIds: string[]): FormValues {
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.options)) {
    if (k === 'offices') options[k] = v;
    else if (k === 'viaPct') options[k] = v ? 'on' : '';
    else options[k] = str(v);
  }
  return {
    title: r.title,
    status: r.status,
    applicationNumber: r.applicationNumber,
    registrationNumber: r.registrationNumber,
    owner: r.owner,
    notes: r.notes,
    dates: Object.fromEntries(Object.entries(r.dates).map(([k, v]) => [k, str(v)])),
    options,
    responsibleIds,
  };
}
