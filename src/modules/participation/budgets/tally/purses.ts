// What each group of voters has left during one MES run, exactly: (value + slope·t) / d for an endowment raised by t
// (mes.ts explains the slope). All groups share the denominator d, which a payment multiplies by what it needs; a
// group is brought to the current d only when it is read, so a payment costs time for its payers only.
import type { Fraction } from './fraction.js';

export class Purses {
  readonly value: bigint[];
  readonly slope: bigint[];
  /** The index in `dens` each group is expressed over. */
  private readonly at: number[];
  private readonly dens: bigint[];
  /** d / dens[i], for the groups still over an older denominator. */
  private factors: bigint[] = [];

  /** Without `slopes` (a run that reports no stable range) the slopes stay 0 and cost nothing. */
  constructor(groups: number, endowment: Fraction, private readonly slopes: boolean) {
    this.value = new Array<bigint>(groups).fill(endowment.num);
    this.slope = new Array<bigint>(groups).fill(slopes ? endowment.den : 0n);
    this.at = new Array<number>(groups).fill(0);
    this.dens = [endowment.den];
  }

  get d(): bigint {
    return this.dens[this.dens.length - 1];
  }

  /** Brings the group to the current denominator; read value[group] and slope[group] after this. */
  read(group: number): void {
    const at = this.at[group];
    const now = this.dens.length - 1;
    if (at === now) return;
    const factor = (this.factors[at] ??= this.d / this.dens[at]);
    this.value[group] *= factor;
    if (this.slopes) this.slope[group] *= factor;
    this.at[group] = now;
  }

  /** Multiplies the denominator by `factor`; then `set` the groups whose money changed, over the new one. */
  grow(factor: bigint): void {
    this.dens.push(this.d * factor);
    this.factors = [];
  }

  set(group: number, value: bigint, slope: bigint): void {
    this.value[group] = value;
    this.slope[group] = slope;
    this.at[group] = this.dens.length - 1;
  }

  leftover(): Fraction[] {
    return this.value.map((_, g) => {
      this.read(g);
      return { num: this.value[g], den: this.d };
    });
  }
}
