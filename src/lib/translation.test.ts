import { describe, expect, it } from 'vitest';
import { laggingLang, nextTranslationState } from './translation.js';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-02T00:00:00Z');
const t2 = new Date('2026-01-03T00:00:00Z');

describe('translation status', () => {
  it('needs translation while one language is empty, complete once the translation is added', () => {
    const first = nextTranslationState(null, [{ en: 'Training', zh: '' }], t0);
    expect(first.translationStatus).toBe('needs_translation');
    const added = nextTranslationState(
      { fields: [{ en: 'Training', zh: '' }], ...first },
      [{ en: 'Training', zh: '培训' }],
      t1,
    );
    expect(added.translationStatus).toBe('complete');
  });

  it('marks the other language outdated when only one changes, until confirmed in step', () => {
    const both = nextTranslationState(null, [{ en: 'Training', zh: '培训' }], t0);
    expect(both.translationStatus).toBe('complete');
    const edited = nextTranslationState(
      { fields: [{ en: 'Training', zh: '培训' }], ...both },
      [{ en: 'Training day', zh: '培训' }],
      t1,
    );
    expect(edited.translationStatus).toBe('outdated');
    expect(laggingLang([{ en: 'Training day', zh: '培训' }], edited.enEditedAt, edited.zhEditedAt)).toBe(
      'zh',
    );
    const confirmed = nextTranslationState(
      { fields: [{ en: 'Training day', zh: '培训' }], ...edited },
      [{ en: 'Training day', zh: '培训' }],
      t2,
      true,
    );
    expect(confirmed.translationStatus).toBe('complete');
  });
});
