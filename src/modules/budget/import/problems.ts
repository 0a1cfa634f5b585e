import type { ImportProblem, ParseResult, ParsedBudget } from './types.js';

// DESIGN.md rule 8: a bad import is rejected whole, with every line and reason — not just the first, so the person
// can fix the file in one pass — but capped, so a file in the wrong format does not produce 9,000 identical messages.
export const MAX_PROBLEMS = 100;

export class ProblemList {
  private readonly kept: ImportProblem[] = [];
  private dropped = 0;

  add(line: number, code: string, message: string): void {
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ line, code, message });
    else this.dropped += 1;
  }

  get empty(): boolean {
    return this.kept.length === 0;
  }

  /** The parse result: the budget when nothing went wrong, else the problems (with a final "and N more"). */
  result(budget: () => ParsedBudget): ParseResult {
    return this.empty ? { ok: true, budget: budget() } : this.rejected();
  }

  /** The file rejected with what was found so far (call once at least one problem was added). */
  rejected(): ParseResult {
    const problems = [...this.kept];
    if (this.dropped > 0) {
      problems.push({ line: 0, code: 'more', message: `and ${this.dropped} more problems` });
    }
    return { ok: false, problems };
  }
}
