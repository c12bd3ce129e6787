// Time as a dependency, so cadence can be tested without waiting weeks.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that moves only when told to (tests, simulations). */
export class ManualClock implements Clock {
  constructor(private t: Date = new Date()) {}
  now() {
    return new Date(this.t);
  }
  set(t: Date | string) {
    this.t = new Date(t);
  }
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000;
