import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChart, cityMap, funnelChart } from './index.js';

const zhNumber = (n: number) => new Intl.NumberFormat('zh-CN').format(n);

/** The chart parses as XML, says what it is to assistive technology, and carries its words. */
function expectAccessible(svg: string, id: string, title: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
  expect(root['@_role']).toBe('img');
  expect(root['@_aria-labelledby']).toBe(`${id}-title ${id}-desc`);
  expect(root.title['#text']).toBe(title);
  expect(root.desc['#text']).toBeTruthy();
  expect(svg).not.toMatch(/ style=/);
}

describe('charts', () => {
  it('draws participants by year as labelled bars in Chinese, escaping what it is given', () => {
    const svg = barChart({
      id: 'by-year',
      title: '各年参训人数',
      description: '每年的已核实人数与署名人数。',
      categories: ['2010年', '2011年', '<青岛&厦门>'],
      series: [
        { name: '已核实', tone: 'verified', values: [15, 0, 3] },
        { name: '署名参加者', tone: 'named', values: [25, 2, 12_345] },
        { name: '超出署名的申报人数', tone: 'claimed', values: [18, 0, 0] },
      ],
      format: zhNumber,
    });
    expectAccessible(svg, 'by-year', '各年参训人数');
    for (const word of [
      '2010年',
      '已核实',
      '署名参加者',
      '超出署名的申报人数',
      '12,345',
      '&lt;青岛&amp;厦门&gt;',
    ])
      expect(svg).toContain(word);
    expect(svg).toContain('url(#by-year-hatch)');
  });

  it('draws the cascade funnel with each step named and its figure written', () => {
    const steps = [
      { label: '受训官员', value: 100 },
      { label: '认证培训师', value: 40 },
      { label: '本地宣讲', value: 120 },
      { label: '覆盖人数', value: 5000 },
      { label: '已核实人数', value: 3200, tone: 'verified' as const },
    ];
    const svg = funnelChart({
      id: 'funnel',
      title: '培训层级漏斗',
      description: '从培训到覆盖人数。',
      steps,
      format: zhNumber,
    });
    expectAccessible(svg, 'funnel', '培训层级漏斗');
    for (const s of steps) expect(svg).toContain(s.label);
    expect(svg).toContain('5,000');
  });

  it('places cities by latitude and longitude with no outline, sized by reach and named', () => {
    const svg = cityMap({
      id: 'map',
      title: '各城市覆盖情况',
      description: '城市按经纬度标注。',
      note: '不含底图',
      points: [
        { label: '青岛', lat: 36.07, lon: 120.38, value: 22 },
        { label: '厦门', lat: 24.48, lon: 118.09, value: 3 },
      ],
      format: zhNumber,
    });
    expectAccessible(svg, 'map', '各城市覆盖情况');
    expect(svg).toContain('青岛 22');
    expect(svg).not.toContain('<path');
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"[^>]*fill-opacity/g)];
    const [qingdao, xiamen] = circles.map((m) => m.slice(1).map(Number) as [number, number, number]);
    // Qingdao is north (higher up) and east of Xiamen, and has the larger circle.
    expect(qingdao![1]).toBeLessThan(xiamen![1]);
    expect(qingdao![0]).toBeGreaterThan(xiamen![0]);
    expect(qingdao![2]).toBeGreaterThan(xiamen![2]);
  });
});
