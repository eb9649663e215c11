import type { CalendarData } from '../calendar.js';

/**
 * Days on which the EUIPO is not open for the receipt of documents (EUTMR Art. 101(2); fixed each year by
 * the Executive Director). Weekends are closed. Only the days certain for every year are listed (New Year's
 * Day, Good Friday, Labour Day, Christmas Day) plus the 2020 general extension; all years are provisional
 * until checked against the Executive Director's decision, so a roll may stop a day early but never late.
 */
const minimal = (days: string[]) => ({ provisional: true, closed: days });

export const EUIPO_CALENDAR: CalendarData = {
  office: 'EUIPO',
  source: 'Decisions of the Executive Director of the EUIPO on the days the Office is not open',
  years: {
    2015: minimal(['2015-01-01', '2015-04-03', '2015-05-01', '2015-12-25']),
    2016: minimal(['2016-01-01', '2016-03-25']),
    2017: minimal(['2017-04-14', '2017-05-01', '2017-12-25']),
    2018: minimal(['2018-01-01', '2018-03-30', '2018-05-01', '2018-12-25']),
    2019: minimal(['2019-01-01', '2019-04-19', '2019-05-01', '2019-12-25']),
    2020: {
      provisional: true,
      note: 'Time limits expiring from 9 March to 17 May 2020 were extended to 18 May 2020 (COVID-19 decisions).',
      closed: ['2020-01-01', '2020-03-09..2020-05-17', '2020-12-25'],
    },
    2021: minimal(['2021-01-01', '2021-04-02']),
    2022: minimal(['2022-04-15']),
    2023: minimal(['2023-04-07', '2023-05-01', '2023-12-25']),
    2024: minimal(['2024-01-01', '2024-03-29', '2024-05-01', '2024-12-25']),
    2025: minimal(['2025-01-01', '2025-04-18', '2025-05-01', '2025-12-25']),
    2026: minimal(['2026-01-01', '2026-04-03', '2026-05-01', '2026-12-25']),
    2027: minimal(['2027-01-01', '2027-03-26']),
  },
};
