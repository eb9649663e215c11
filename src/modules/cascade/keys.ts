/**
 * How the cascade recognises the same person and the same organisation across sessions, so that
 * an SME briefed twice counts once. Pure functions: the keys are stored with each attendee.
 */

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** The characters of a unified social credit code (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The code in canonical form (NFKC, capitals, no spaces), or null when it is not a valid code. */
export function normaliseCreditCode(input: string): string | null {
  const code = input.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i] as string) * (USCC_WEIGHTS[i] as number);
  const check = USCC_CHARS[(31 - (sum % 31)) % 31];
  return code[17] === check ? code : null;
}

/** An e-mail address as one person: NFKC, trimmed, lower case. Empty when there is none. */
export const emailKey = (email: string) => fold(email);

/**
 * A mobile or telephone number as digits only, without the country code 86 of a Chinese mobile
 * number (+86, 0086 or 86 before 1xxxxxxxxxx), so "+86 138-0013-8000" and "13800138000" match.
 */
export function phoneKey(phone: string): string {
  let digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (/^(0086|86)1\d{10}$/.test(digits)) digits = digits.replace(/^(0086|86)/, '');
  return digits;
}

/** The person key: `e:` and the e-mail when there is one, else `p:` and the number; null when neither. */
export function personKey(contact: { email?: string | null; phone?: string | null }): string | null {
  const email = emailKey(contact.email ?? '');
  if (email) return `e:${email}`;
  const phone = phoneKey(contact.phone ?? '');
  return phone.length >= 5 ? `p:${phone}` : null;
}

/** An organisation's name with spaces, punctuation and the usual legal suffixes folded away. */
export function organisationNameKey(name: string): string {
  return fold(name)
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(
      /(有限责任公司|股份有限公司|有限公司|公司|co\.?ltd|coltd|limited|ltd|inc|llc|corp(oration)?)$/u,
      '',
    );
}

/**
 * The organisation key: `c:` and the credit code when a valid one is given, else `n:`, the city
 * and the folded name; empty when there is no organisation at all.
 */
export function organisationKey(org: { code?: string | null; name?: string | null; cityId: string }): string {
  const code = normaliseCreditCode(org.code ?? '');
  if (code) return `c:${code}`;
  const name = organisationNameKey(org.name ?? '');
  return name ? `n:${org.cityId}:${name}` : '';
}
