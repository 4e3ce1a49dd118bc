// The daily tip of the local console: nothing to post to, so every question gets a plain "unavailable" answer;
// a preview still shows a tip, from the knowledge base's order, without touching any rotation.
import type { KbHolder } from '../kb/kb-holder.js';
import type { DailyTips } from './daily-tips.js';

export function unavailableDailyTips(kb: KbHolder): DailyTips {
  return {
    available: false,
    effectiveSchedule: async () => undefined,
    status: async () => ({ next: null }),
    checkChannel: async () => ({ code: 'not-visible' }),
    setSchedule: async () => {
      throw new Error('the console has no daily tip to schedule');
    },
    setEnabled: async () => false,
    postNow: async () => ({ posted: false, failure: { code: 'not-connected' } }),
    preview: async () => kb.current().kb.ofKind('tip')[0],
  };
}
