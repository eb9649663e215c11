/** A UUID as PostgreSQL writes it (any version), for route patterns such as `/:id{…}`. */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** An id segment of a page path (`/events/:id{…}`), so anything that is not a UUID is a plain 404. */
export const UUID_PARAM = `{${UUID_PATTERN}}`;
