import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { body, json, optionalBearer, publicAccess } from '../../api/openapi.js';
import {
  FileParam,
  ItemInputSchema,
  ItemPatchSchema,
  ItemSchema,
  RefParam,
  SearchQuerySchema,
  SearchResultSchema,
  UploadResultSchema,
  UploadSchema,
  VersionListSchema,
  VersionParam,
  VersionSchema,
} from './api-schemas.js';

export const searchRoute = createRoute({
  method: 'get',
  path: '/library/search',
  security: publicAccess,
  tags: ['library'],
  summary: 'Search the library in Chinese and English, with facet counts and a “did you mean”',
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResultSchema, 'A page of results'), ...errorResponses },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}',
  security: optionalBearer,
  tags: ['library'],
  summary: 'One item with its files and related events (drafts for editors only)',
  request: { params: RefParam },
  responses: { 200: json(ItemSchema, 'The item'), ...errorResponses },
});

export const createRouteDef = createRoute({
  method: 'post',
  path: '/library/items',
  tags: ['library'],
  summary: 'Add an item (administrators, managers, trainers, experts)',
  description: 'Send an `Idempotency-Key` header (16–64 characters) so a retried request creates one item.',
  security: bearerSecurity,
  request: { body: body(ItemInputSchema) },
  responses: { 201: json(ItemSchema, 'The new item (version 1)'), ...errorResponses },
});

export const patchRoute = createRoute({
  method: 'patch',
  path: '/library/items/{id}',
  tags: ['library'],
  summary: 'Change an item; omitted fields keep their value. Each change is a new version',
  security: bearerSecurity,
  request: {
    params: RefParam,
    body: body(ItemPatchSchema),
  },
  responses: { 200: json(ItemSchema, 'The changed item'), ...errorResponses },
});

export const versionsRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}/versions',
  security: optionalBearer,
  tags: ['library'],
  summary: 'The versions of an item, newest first',
  request: { params: RefParam },
  responses: { 200: json(VersionListSchema, 'The versions'), ...errorResponses },
});

export const versionRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}/versions/{n}',
  security: optionalBearer,
  tags: ['library'],
  summary: 'One version of an item, as it was saved',
  request: { params: VersionParam },
  responses: { 200: json(VersionSchema, 'The version'), ...errorResponses },
});

export const uploadRoute = createRoute({
  method: 'post',
  path: '/library/items/{id}/files',
  tags: ['library'],
  summary: 'Attach a PDF, DOCX or PPTX (multipart, field `file`); its text becomes searchable',
  description:
    'Checked by content, not by name. A file of another kind, empty, over 25 MB, damaged, an archive bomb, a password-protected PDF or a PDF with active content (JavaScript, launch actions, additional actions, embedded files, rich media, XFA) is refused with 422 and nothing is stored. Every upload is an attachment of its own, even of bytes the item already has; send an `Idempotency-Key` header (16–64 characters) so that a retried request attaches the file once.',
  security: bearerSecurity,
  request: {
    params: RefParam,
    body: { required: true, content: { 'multipart/form-data': { schema: UploadSchema } } },
  },
  responses: { 201: json(UploadResultSchema, 'The attached file'), ...errorResponses },
});

export const downloadRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}/files/{fileId}',
  security: optionalBearer,
  tags: ['library'],
  summary: 'Download an attached file (counted)',
  request: { params: FileParam },
  responses: {
    200: { description: 'The file', content: { 'application/octet-stream': { schema: z.any() } } },
    ...errorResponses,
  },
});

export const removeRoute = createRoute({
  method: 'delete',
  path: '/library/items/{id}/files/{fileId}',
  tags: ['library'],
  summary: 'Remove an attached file',
  security: bearerSecurity,
  request: { params: FileParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});
