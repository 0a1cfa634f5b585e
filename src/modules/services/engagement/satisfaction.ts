// Satisfaction on the Chilean 1–7 grading scale, from how many people gave each grade (the shape participation's
// consultationResults returns for a scale_1_7 question). Everyone in Chile reads this scale from school: Decreto 67
// de 2018 del Mineduc grades from 1.0 to 7.0 with 4.0 the minimum passing grade, so the approval share here is the
// share of grades of 4 or more. Pure and exact: the average is kept as the fraction sum/count, and its one-decimal
// figure is rounded half up on that fraction in integers (5.45 exactly → 5.5, which floating point may miss).
// No grades: nulls, never NaN.

export const GRADES = [1, 2, 3, 4, 5, 6, 7] as const;
/** The minimum passing grade (Decreto 67/2018 del Mineduc). */
export const PASS_GRADE = 4;

export interface GradeCount { value: number; count: number }

export interface Satisfaction {
  responses: number;
  /** sum / responses, unrounded; null without grades. */
  average: number | null;
  /** The average in tenths, rounded half up on the exact fraction (58 → "5,8"); null without grades. */
  averageTenths: number | null;
  /** How many gave each grade 1..7 (grades outside 1–7 are ignored: the question accepts none). */
  distribution: GradeCount[];
  /** Share (0..1) of grades ≥ PASS_GRADE; null without grades. */
  approval: number | null;
}

export function summariseGrades(counts: readonly GradeCount[]): Satisfaction {
  const distribution = GRADES.map((value) => ({ value, count: counts.filter((c) => c.value === value).reduce((s, c) => s + c.count, 0) }));
  const responses = distribution.reduce((s, d) => s + d.count, 0);
  if (responses === 0) return { responses, average: null, averageTenths: null, distribution, approval: null };
  const sum = distribution.reduce((s, d) => s + d.value * d.count, 0);
  const passed = distribution.filter((d) => d.value >= PASS_GRADE).reduce((s, d) => s + d.count, 0);
  // Half up on sum·10/responses: floor((2·sum·10 + responses) / (2·responses)), all integers.
  const averageTenths = Math.floor((20 * sum + responses) / (2 * responses));
  return { responses, average: sum / responses, averageTenths, distribution, approval: passed / responses };
}

/** A grade with one decimal in the reader's language: 58 → "5,8" (es-CL), "5.8" (en). */
export const formatTenths = (tenths: number, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(tenths / 10);
