/**
 * What the platform issues credentials for. A new kind (course completion, for one) is a line here
 * and a caller of `issueCredential`: the table keeps the kind as text, so no migration is needed.
 * `achievementType` is Open Badges 3.0's vocabulary (an `ext:` term where it has none).
 */
export const CREDENTIAL_KINDS = {
  attendance: { achievementType: 'ext:Attendance' },
  trainer: { achievementType: 'Certification' },
  course: { achievementType: 'Course' },
} as const;

export type CredentialKind = keyof typeof CREDENTIAL_KINDS;

export const isCredentialKind = (k: string): k is CredentialKind => Object.hasOwn(CREDENTIAL_KINDS, k);

export const kindOf = (k: CredentialKind) => CREDENTIAL_KINDS[k];
