import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface IcalVerdict {
  /** libical read a VCALENDAR. */
  parsed: boolean;
  /** The calendar carries a METHOD, so RFC 5546's restrictions for it were checked. */
  method: boolean;
  /** libical's iTIP restriction check passed (true without a METHOD). */
  itip: boolean;
  /** Everything libical objected to: parse errors and failed restrictions. */
  errors: string[];
}

const SCRIPT = fileURLToPath(new URL('./ical_validate.py', import.meta.url));

/**
 * Checks a calendar with libical (Debian's gir1.2-ical-3.0 through python3-gi), the library that
 * Evolution and many other calendar programs read with: its parser, and for a calendar with a
 * METHOD its check of RFC 5546's required and allowed properties.
 */
export function validateIcal(ics: string): IcalVerdict {
  const run = spawnSync('/usr/bin/python3', [SCRIPT], { input: ics, encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(
      `libical validator failed (${run.status}): ${run.stderr || run.error?.message}. ` +
        'Install it with: apt-get install python3-gi gir1.2-ical-3.0',
    );
  return JSON.parse(run.stdout) as IcalVerdict;
}
