import type { SettingsRow } from './access.js';
import type { AgendaItem, AgendaMaterial } from './agenda.js';
import { outsideDates } from './agenda-dates.js';
import type { AnswerValue, Question } from './answers.js';
import type { Counts, ListedRegistration } from './queries.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function registrationJson(r: ListedRegistration, answers: Map<string, AnswerValue> | undefined) {
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    position: r.position,
    arrival: r.arrival,
    name: r.name,
    email: r.email,
    organisation: r.organisationName,
    organisationId: r.organisationId,
    organisationType: r.organisationType,
    personId: r.personId,
    sex: r.sex,
    lang: r.lang,
    source: r.source,
    declineReason: r.declineReason,
    answers: Object.fromEntries(answers ?? []),
    createdAt: r.createdAt.toISOString(),
    confirmedAt: iso(r.confirmedAt),
    cancelledAt: iso(r.cancelledAt),
  };
}

export function settingsJson(s: SettingsRow | null, counts: Counts) {
  const capacity = s?.capacity ?? null;
  return {
    mode: s?.mode ?? 'closed',
    capacity,
    requiresApproval: s?.requiresApproval ?? false,
    quotaPerOrganisation: s?.quotaPerOrganisation ?? null,
    opensAt: iso(s?.opensAt ?? null),
    closesAt: iso(s?.closesAt ?? null),
    cancellationDeadline: iso(s?.cancellationDeadline ?? null),
    confirmed: counts.confirmed,
    waitlisted: counts.waitlisted,
    pending: counts.pending,
    available: capacity === null ? null : Math.max(0, capacity - counts.confirmed),
  };
}

export function agendaJson(
  item: AgendaItem,
  materials: AgendaMaterial[],
  lang: 'en' | 'zh',
  event: { startDate: string; endDate: string },
) {
  return {
    id: item.id,
    eventId: item.eventId,
    day: item.day,
    outsideDates: outsideDates(item.day, event),
    startsAt: item.startsAt?.slice(0, 5) ?? null,
    endsAt: item.endsAt?.slice(0, 5) ?? null,
    title: item.title,
    speaker: item.speaker,
    room: item.room,
    materials: materials
      .filter((m) => m.agendaItemId === item.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        url: m.fileId ? `/${lang}/events/${item.eventId}/materials/${m.id}` : null,
        libraryItemId: m.libraryItemId,
      })),
  };
}

export const questionJson = (q: Question) => ({
  id: q.id,
  position: q.position,
  kind: q.kind,
  label: q.label,
  help: q.help,
  options: q.options,
  required: q.required,
  showIf: q.showIfQuestionId ? { questionId: q.showIfQuestionId, value: q.showIfValue } : null,
  hidden: q.hidden,
});
