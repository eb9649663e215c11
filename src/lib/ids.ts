/** A UUID as PostgreSQL writes it (any version), for route patterns such as `/:id{…}`. */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
