import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { CITIES, HEADCOUNTS, ROUNDS } from './demo-data.js';
import { NEWS } from './demo-news.js';
import { checkAgainstSeed, demoFacts, readSeedText } from './seed-check.js';

const seed = readSeedText(loadConfig().SEED_FILE);

describe('the demo programme against the seed document', () => {
  it('finds the seed document', () => {
    expect(seed, 'the seed document is kept in src/modules/seed/source/').not.toBeNull();
  });

  it('states no number, date, place or person that the seed does not', () => {
    expect(checkAgainstSeed(seed!.text)).toEqual([]);
  });

  it('checks the figures that matter', () => {
    const facts = demoFacts();
    for (const f of [
      'some 1200',
      'some 100',
      'Qingdao, 24-25 June',
      'Xiamen, 28-29 June',
      'June 2010',
      'Jiangyin in May 2009',
      'Hangzhou in August 2009',
      'Changzhou in 2008',
      'The training will involve some 100 local officials',
      'some 1200 members of industry and government officials have participated',
      'Mr Benoit Misonne benoit.misonne@ipr2.org',
      'Ms Tamryn Barker tamryn.barker@ipr2.org',
    ]) {
      expect(facts).toContain(f);
    }
  });

  it('notices a changed figure, date or name', () => {
    expect(checkAgainstSeed(seed!.text.replace('some 1200', 'some 1300'))).toContain('some 1200');
    expect(checkAgainstSeed(seed!.text.replace('24-25 June', '23-25 June'))).toContain('Qingdao, 24-25 June');
    expect(checkAgainstSeed(seed!.text.replace('100 local officials', '120 local officials'))).toContain(
      'the number 100',
    );
    expect(checkAgainstSeed(seed!.text.replace('in August 2009', 'in July 2009'))).toContain(
      'Hangzhou in August 2009',
    );
    expect(checkAgainstSeed(seed!.text.replace('Tamryn', 'Tamara')).length).toBeGreaterThan(0);
  });

  it('has the rounds, precisions and exact 2010 dates of the seed', () => {
    const byRound = Object.fromEntries(ROUNDS.map((r) => [r.round, r]));
    expect(byRound['2008']).toMatchObject({ precision: 'year', audience: 'mixed' });
    expect(byRound['2008']!.cities).toEqual(['shanghai', 'guangzhou', 'dongguan', 'changzhou']);
    expect(byRound['2009-05']).toMatchObject({ precision: 'month', startDate: '2009-05-01' });
    expect(byRound['2009-05']!.cities).toEqual(['beijing', 'xian', 'jiangyin']);
    expect(byRound['2009-08']).toMatchObject({ precision: 'month', startDate: '2009-08-01' });
    expect(byRound['2009-08']!.cities).toEqual(['shenyang', 'fuzhou', 'hangzhou']);
    expect(byRound['2010-06']).toMatchObject({ precision: 'day', audience: 'officials' });
    expect(byRound['2010-06']!.days).toEqual({
      qingdao: ['2010-06-24', '2010-06-25'],
      xiamen: ['2010-06-28', '2010-06-29'],
    });
    expect(HEADCOUNTS.map((h) => [h.count, h.rounds])).toEqual([
      [1200, ['2008', '2009-05', '2009-08']],
      [100, ['2010-06']],
    ]);
    expect(CITIES).toHaveLength(12);
  });

  it('keeps the Chinese news item complete, paragraph for paragraph', () => {
    const en = NEWS.body.en.split('\n\n');
    const zh = NEWS.body.zh.split('\n\n');
    expect(zh).toHaveLength(en.length);
    for (const p of [
      '2010年6月24日至25日',
      '6月28日至29日',
      '约100名地方官员',
      '约1200名',
      '2009年5月',
      '2009年8月',
    ]) {
      expect(NEWS.body.zh).toContain(p);
    }
  });
});
