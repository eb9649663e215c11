/** China: copyright, computer software, IC layout-designs and trade secrets. */

import { BASIS } from './basis.js';
import { addDays, anniv, minIso, yearEnd, yearOf } from './dates.js';
import { buildDeadline, compact, uncertainOf } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL } from './labels.js';
import { NOTE, REASON } from './reasons.js';
import { fail, missingDate, schedule } from './result.js';
import type { Deadline, Expiry, Note, ScheduleResult } from './types.js';

/** Copyright (Copyright Law 2020, Art. 23) and software (Software Regulations 2013, Art. 14). */
export function cnCopyright(input: EngineInput): ScheduleResult {
  const { dates, options } = input;
  const software = input.right === 'software';
  const notes: Note[] = software ? [NOTE.softwareRegistration] : [NOTE.moralRights];
  if (!options.ownerKind) {
    return fail(
      'missing-option',
      'Say whether the author or owner is a natural person or a legal person (options.ownerKind).',
      '请说明作者或权利人为自然人还是法人（options.ownerKind）。',
      'options.ownerKind',
    );
  }
  const basisNatural = BASIS.cnCopyright(software, 'natural');
  const basisLegal = BASIS.cnCopyright(software, 'legal');

  if (options.ownerKind === 'natural') {
    if (!dates.authorDeath) return schedule(input, null, [], [...notes, NOTE.lifePlus50]);
    const expiry: Expiry = { lastDayInForce: yearEnd(yearOf(dates.authorDeath) + 50), basis: basisNatural };
    return schedule(input, expiry, [], notes);
  }

  const { completion, publication } = dates;
  if (!completion && !publication) {
    return missingDate(
      'completion',
      'completion date (or first publication date)',
      '创作完成日期（或首次发表日期）',
    );
  }
  const bar = completion ? anniv(completion, 50) : undefined;
  if (publication && (!bar || publication <= bar)) {
    const expiry: Expiry = { lastDayInForce: yearEnd(yearOf(publication) + 50), basis: basisLegal };
    return schedule(input, expiry, [], notes);
  }
  // Unpublished (or published too late): only the 50-year bar from completion is known.
  const last = bar!;
  const deadlines: Deadline[] = [];
  if (publication) notes.push(NOTE.unpublishedLate);
  else {
    deadlines.push(
      buildDeadline({
        kind: 'copyright-publication-bar',
        label: LABEL.publicationBar(software),
        basis: basisLegal,
        dueRaw: last,
        uncertain: uncertainOf(REASON.lastDayConvention, { due: addDays(last, -1) }),
      }),
    );
  }
  // Software is no longer protected after the bar; other works keep the publication right to 31 December.
  const expiry: Expiry = software
    ? {
        lastDayInForce: last,
        basis: basisLegal,
        uncertain: uncertainOf(REASON.lastDayConvention, { lastDayInForce: addDays(last, -1) }),
      }
    : { lastDayInForce: yearEnd(yearOf(completion!) + 50), basis: basisLegal };
  return schedule(input, expiry, deadlines, notes);
}

/** IC layout-designs (Regulations on Protection of Layout-Designs of Integrated Circuits, Arts 8, 12, 17). */
export function cnLayoutDesign(input: EngineInput): ScheduleResult {
  const { completion, filing, firstCommercialUse } = input.dates;
  if (!completion) return missingDate('completion', 'creation (completion) date', '布图设计创作完成日');
  if (!filing && !firstCommercialUse) {
    return missingDate(
      'filing',
      'registration filing date or first commercial exploitation',
      '登记申请日或首次商业利用日',
    );
  }
  const notes: Note[] = filing ? [] : [NOTE.icUnregistered];
  const start = minIso(filing ?? firstCommercialUse!, firstCommercialUse ?? filing!);
  const tenYears = addDays(anniv(start, 10), -1);
  const cap = anniv(completion, 15);
  const lastDayInForce = minIso(tenYears, cap);
  const alternative = lastDayInForce === cap ? addDays(cap, -1) : anniv(start, 10);
  const expiry: Expiry = compact({
    lastDayInForce,
    basis: BASIS.cnLayoutTerm,
    uncertain: uncertainOf(REASON.lastDayConvention, { lastDayInForce: alternative }),
  });
  const deadlines: Deadline[] = [];
  if (firstCommercialUse) {
    const bar = buildDeadline({
      kind: 'ic-filing-bar',
      office: 'CNIPA',
      label: LABEL.icFilingBar,
      basis: BASIS.cnLayoutFilingBar,
      dueRaw: anniv(firstCommercialUse, 2),
    });
    if (filing && filing > bar.due) notes.push(NOTE.icFiledLate);
    if (bar.dueRaw <= lastDayInForce) deadlines.push(bar);
  }
  return schedule(input, expiry, deadlines, notes);
}

/** Trade secrets: no term and no renewal (Anti-Unfair Competition Law 2019 Art. 9). */
export function cnTradeSecret(input: EngineInput): ScheduleResult {
  return schedule(input, null, [], [NOTE.tradeSecret]);
}
