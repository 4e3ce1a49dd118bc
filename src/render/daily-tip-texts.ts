// Words for the daily tip's outcomes: why a post failed, why a channel cannot be used, why a schedule is refused.
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';
import type { ChannelProblem, PostFailure } from '../daily-tip/daily-tips.js';
import type { ScheduleProblem } from '../tips/validate-schedule.js';

export function postFailureText(failure: PostFailure, lang: Lang): string {
  const words = catalog(lang).admin.postFailure;
  switch (failure.code) {
    case 'no-schedule':
      return words.noSchedule;
    case 'no-tips':
      return words.noTips;
    case 'not-connected':
      return words.notConnected;
    case 'platform':
      return failure.message;
  }
}

export function channelProblemText(problem: ChannelProblem, lang: Lang): string {
  const words = catalog(lang).admin.channelProblem;
  switch (problem.code) {
    case 'not-visible':
      return words.notVisible;
    case 'not-text':
      return words.notText;
    case 'other-server':
      return words.otherServer;
    case 'missing-permissions':
      return words.missing(problem.permissions.join(', '));
  }
}

export function scheduleProblemText(problem: ScheduleProblem, lang: Lang): string {
  const words = catalog(lang).admin.schedule;
  switch (problem.code) {
    case 'time':
      return words.time(problem.input);
    case 'time-zone':
      return words.timeZone(problem.input);
    case 'days':
      return words.days(problem.input);
    case 'days-many-times':
      return words.daysManyTimes(problem.input, problem.times);
    case 'days-never':
      return words.daysNever(problem.input);
    case 'time-differs':
      return words.timeDiffers(problem.time, problem.days, problem.cronTime);
    case 'channel':
      return words.channel;
    case 'language':
      return words.language;
  }
}
