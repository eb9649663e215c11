/** The largest request body, and the most text a multipart form may carry beside its files. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The largest multipart request: one upload of up to 25 MB plus the form around it. */
export const MAX_UPLOAD_BYTES = 26 * 1024 * 1024;
