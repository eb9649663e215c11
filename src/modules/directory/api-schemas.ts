import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { orNull } from '../../api/openapi.js';
import { PROVINCE_CODES } from '../places/index.js';
import { ORGANISATION_SIZES, SEXES } from './inputs.js';
import { MAX_PAGE_SIZE, type OrganisationRow, PAGE_SIZE, type Person, type PersonRow } from './queries.js';
import { ORGANISATION_KINDS } from './schema.js';
import { SECTOR_CODES } from './sectors.js';

export const IdParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: 'id', in: 'path' }, example: '0b0e6a4e-7f3a-4f7e-9a57-3f2d2d1f8c11' }),
});

const pageQuery = {
  q: z.string().max(200).optional().openapi({ description: 'Words in English or Chinese', example: '工业' }),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional().default(PAGE_SIZE),
};

export const OrganisationQuery = z.object({
  ...pageQuery,
  kind: z.enum(ORGANISATION_KINDS).optional(),
  province: z.enum(PROVINCE_CODES).optional().openapi({ example: 'CN-SD' }),
  sector: z.enum(SECTOR_CODES).optional(),
});

export const PersonQuery = z.object({
  ...pageQuery,
  organisation: z.uuid().optional().openapi({ description: 'Only people of this organisation' }),
  province: z.enum(PROVINCE_CODES).optional(),
});

const OrganisationRef = z
  .object({ id: z.uuid(), name: Bilingual, abbreviation: z.string() })
  .openapi('OrganisationRef');

export const OrganisationSchema = z
  .object({
    id: z.uuid(),
    name: Bilingual,
    abbreviation: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    size: z.enum(ORGANISATION_SIZES),
    sector: z.string().openapi({ description: `One of ${SECTOR_CODES.join(', ')}, or empty` }),
    province: z.string().openapi({ description: 'ISO 3166-2:CN code, or empty', example: 'CN-SD' }),
    cityId: z.uuid().nullable(),
    city: orNull(Bilingual),
    website: z.string(),
    peopleCount: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Organisation');

export const PersonSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameAlt: z.string(),
    nameZh: z.string().openapi({ description: 'The name as Chinese pages write it, title included' }),
    honorific: z.string(),
    organisation: OrganisationRef.nullable(),
    role: Bilingual,
    sex: z.enum(SEXES).nullable().optional().openapi({ description: 'Only for staff tokens' }),
    email: z.string().optional().openapi({ description: 'Only for staff tokens' }),
    phone: z.string().optional().openapi({ description: 'Only for staff tokens' }),
  })
  .openapi('Person');

export const OrganisationDetail = OrganisationSchema.extend({
  people: z.array(PersonSchema.omit({ organisation: true })),
}).openapi('OrganisationDetail');

const paged = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
  });

export const OrganisationList = paged(OrganisationSchema)
  .extend({
    kindCounts: z
      .record(z.enum(ORGANISATION_KINDS), z.number().int())
      .openapi({ description: 'How many match each kind, whatever the kind filter' }),
  })
  .openapi('OrganisationList');
export const PersonList = paged(PersonSchema).openapi('PersonList');

/** A partial update: only the fields sent change (name and role by language). */
export const OrganisationPatch = z
  .object({
    name: z.object({ en: z.string(), zh: z.string() }).partial(),
    abbreviation: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    size: z.enum(ORGANISATION_SIZES),
    sector: z.string(),
    province: z.string(),
    cityId: z.string().nullable(),
    website: z.string(),
  })
  .partial()
  .openapi('OrganisationPatch');

export const PersonPatch = z
  .object({
    name: z.string(),
    nameAlt: z.string(),
    nameZh: z.string(),
    honorific: z.string(),
    organisationId: z.string().nullable(),
    role: z.object({ en: z.string(), zh: z.string() }).partial(),
    sex: z.enum(SEXES).nullable(),
    email: z.string(),
    phone: z.string(),
  })
  .partial()
  .openapi('PersonPatch');

export function organisationJson(o: OrganisationRow) {
  return {
    id: o.id,
    name: o.name,
    abbreviation: o.abbreviation,
    kind: o.kind,
    size: o.size,
    sector: o.sector,
    province: o.province,
    cityId: o.cityId,
    city: o.cityName,
    website: o.website,
    peopleCount: o.peopleCount,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** A person without their organisation, as listed on the organisation: contact details only to staff. */
export function memberJson(p: Person, contactDetails: boolean) {
  const base = {
    id: p.id,
    name: p.name,
    nameAlt: p.nameAlt,
    nameZh: p.nameZh,
    honorific: p.honorific,
    role: p.role,
  };
  return contactDetails ? { ...base, sex: p.sex, email: p.email, phone: p.phone } : base;
}

/** A person as the API shows them: contact details and sex only to staff. */
export function personJson(p: PersonRow, contactDetails: boolean) {
  return { ...memberJson(p, contactDetails), organisation: p.organisation };
}
