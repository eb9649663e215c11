import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns.js';

/** Raw bytes: a Buffer from node-postgres, a Uint8Array from PGlite; always a Buffer to the app. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
  toDriver: (v) => v,
});

export const FILE_KINDS = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpeg', 'csv', 'txt', 'zip'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Uploaded files, kept in the database so that every app process sees them and a backup holds
 * them. The kind is what the content is, found by reading it, never the name or the browser's word.
 */
export const files = pgTable(
  'files',
  {
    id: id(),
    /** The uploader's file name, cleaned for display and for Content-Disposition. */
    name: text('name').notNull(),
    kind: text('kind', { enum: FILE_KINDS }).notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    downloads: integer('downloads').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('files_sha256_idx').on(t.sha256)],
);
