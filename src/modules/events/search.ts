import type { Bilingual } from '../../lib/bilingual.js';
import { searchText } from '../../lib/search-text.js';
import { provinceName } from '../places/index.js';
import type { EventFields } from './event-fields.js';

/** The words an event is found by: its texts, its place and its programme, in both languages. */
export function eventSearchText(
  f: Pick<EventFields, 'title' | 'description' | 'venue' | 'round'>,
  city: { name: Bilingual; province: string },
  programme: { title: Bilingual; slug: string },
): string {
  const province = provinceName(city.province);
  return searchText(
    f.title.en,
    f.title.zh,
    f.round.en,
    f.round.zh,
    f.venue.en,
    f.venue.zh,
    city.name.en,
    city.name.zh,
    province.en,
    province.zh,
    programme.title.en,
    programme.title.zh,
    programme.slug,
    f.description.en,
    f.description.zh,
  );
}
