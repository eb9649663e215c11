/** What a course asks for completion (its columns on `courses`). */
export interface CompletionRules {
  requireAllLessons: boolean;
  /** Every quiz marked `required` passed. */
  requireQuizzes: boolean;
  /** Attended this event (checked in, as the attendance module defines it). */
  requireEventId: string | null;
}

/** Where one learner stands against those rules. */
export interface CompletionFacts {
  lessons: number;
  lessonsViewed: number;
  requiredQuizzes: number;
  requiredQuizzesPassed: number;
  attended: boolean;
}

export type CompletionRule = 'lessons' | 'quizzes' | 'attendance';

/** The rules a course applies: those it sets, or, when it sets none, every lesson viewed. */
export function rulesInForce(r: CompletionRules): CompletionRule[] {
  const out: CompletionRule[] = [];
  if (r.requireAllLessons) out.push('lessons');
  if (r.requireQuizzes) out.push('quizzes');
  if (r.requireEventId) out.push('attendance');
  return out.length ? out : ['lessons'];
}

/** The rules in force that the learner has not met yet; empty means the course is completed. */
export function unmetRules(r: CompletionRules, f: CompletionFacts): CompletionRule[] {
  return rulesInForce(r).filter((rule) => {
    if (rule === 'lessons') return f.lessonsViewed < f.lessons;
    if (rule === 'quizzes') return f.requiredQuizzesPassed < f.requiredQuizzes;
    return !f.attended;
  });
}

export const completionMet = (r: CompletionRules, f: CompletionFacts) => unmetRules(r, f).length === 0;
