import { z } from 'zod';
import { isUuid } from '../../../lib/ids.js';
import { bilingualText, checkbox } from '../../../web/fields.js';

export const contactInput = z.object({
  topic: z.preprocess((v) => v ?? { en: '', zh: '' }, bilingualText({ max: 200, required: true })),
  personId: z.string().refine(isUuid, { message: 'news.contacts.unknownPerson' }),
  inStep: checkbox().default(false),
});

export type ContactInput = z.output<typeof contactInput>;
