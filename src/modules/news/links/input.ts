import { z } from 'zod';
import { bilingualText, checkbox, line } from '../../../web/fields.js';
import { isWebUrl } from '../web-url.js';

export const webUrl = () =>
  line(2000).pipe(z.string().min(1).refine(isWebUrl, { message: 'news.links.badUrl' }));

export const linkInput = z.object({
  title: z.preprocess((v) => v ?? { en: '', zh: '' }, bilingualText({ max: 200, required: true })),
  description: bilingualText({ max: 1000, multiline: true }),
  url: webUrl(),
  inStep: checkbox().default(false),
});

export type LinkInput = z.output<typeof linkInput>;
