// A pabulib instance (pabulib.org; Faliszewski et al., "Participatory Budgeting: Data, Tools, and Analysis",
// IJCAI 2023) as typed data. Every column is kept, in file order, so writing the instance back gives the same file
// content; money stays exact (a budget of 969245.38 is 96924538 hundredths).

/** value / 10^decimals, with the number of decimals the file wrote. */
export interface Amount {
  value: bigint;
  decimals: number;
}

export interface PabulibProject {
  id: string;
  cost: Amount;
  name?: string;
  category?: string;
  /** Every other column (votes, score, selected, description, coordinates…), as written. */
  extra: Record<string, string>;
}

export interface PabulibVote {
  voterId: string;
  /** Project ids; in preference order for ordinal ballots. */
  vote: string[];
  /** Aligned with `vote` (cumulative and scoring ballots). */
  points?: number[];
  /** Every other column (age, sex, voting_method, district…), as written. */
  extra: Record<string, string>;
}

export interface PabulibInstance {
  /** Every META row except budget and vote_type, which are typed below. */
  meta: Record<string, string>;
  budget: Amount;
  /** approval, ordinal, cumulative, scoring or choose-1. */
  voteType: string;
  projectColumns: string[];
  projects: PabulibProject[];
  voteColumns: string[];
  votes: PabulibVote[];
}

export class PabulibError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(line > 0 ? `line ${line}: ${reason}` : reason);
  }
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function parseAmount(text: string): Amount | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  return { value: BigInt(m[1] + (m[2] ?? '')), decimals };
}

export function formatAmount({ value, decimals }: Amount): string {
  if (decimals === 0) return value.toString();
  const digits = value.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** The amount in units of 10^-decimals (decimals ≥ the amount's own). */
export const scaleAmount = (a: Amount, decimals: number) => a.value * 10n ** BigInt(decimals - a.decimals);
