import type { Lang } from './bilingual.js';

export const ROLES = ['admin', 'manager', 'coordinator', 'trainer', 'official', 'sme', 'expert'] as const;
export type Role = (typeof ROLES)[number];

/** A place a coordinator acts for: a whole province, or one city in it. */
export interface Scope {
  province: string;
  cityId: string | null;
}

/** Who is acting: the signed-in user of a page, or the owner of an API token. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  preferredLang: Lang;
  organisationId: string | null;
  scopes: Scope[];
}

export const isAdmin = (u: Actor | null | undefined): u is Actor => u?.role === 'admin';

export const canManageProgrammes = (u: Actor | null | undefined): u is Actor =>
  u?.role === 'admin' || u?.role === 'manager';

/** Administrators and managers act everywhere; coordinators only within their scopes. */
export const isStaff = (u: Actor | null | undefined): u is Actor =>
  u?.role === 'admin' || u?.role === 'manager' || u?.role === 'coordinator';
