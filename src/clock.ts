// Time as a dependency, so that schedules are tested with fake time.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
