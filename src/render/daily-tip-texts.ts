// The words of /daily-tip replies in each language (schedule errors come from the schema, in English).
import { fillTemplate } from './fill-template.js';
import type { Lang } from '../kb/schema.js';

const TEXTS = {
  notChanged: { en: '❌ Not changed', pl: '❌ Bez zmian', ru: '❌ Ничего не изменено' },
  serverOnly: {
    en: 'The daily tip works in a Discord server (not in the console or in DMs).',
    pl: 'Porada dnia działa na serwerze Discord (nie w konsoli ani w wiadomościach prywatnych).',
    ru: 'Совет дня работает на сервере Discord (не в консоли и не в личных сообщениях).',
  },
  notSet: {
    en: 'No daily tip is set yet: use `/daily-tip set` first.',
    pl: 'Porada dnia nie jest jeszcze ustawiona: najpierw użyj `/daily-tip set`.',
    ru: 'Совет дня ещё не настроен: сначала выполните `/daily-tip set`.',
  },
  resumed: { en: '▶️ Daily tip resumed', pl: '▶️ Porada dnia wznowiona', ru: '▶️ Совет дня возобновлён' },
  paused: { en: '⏸️ Daily tip paused', pl: '⏸️ Porada dnia wstrzymana', ru: '⏸️ Совет дня приостановлен' },
  pausedNote: {
    en: 'Nothing will be posted until `/daily-tip resume`.',
    pl: 'Nic nie zostanie opublikowane do `/daily-tip resume`.',
    ru: 'Ничего не будет опубликовано до `/daily-tip resume`.',
  },
  posted: { en: '✅ Posted', pl: '✅ Opublikowano', ru: '✅ Опубликовано' },
  postedNote: {
    en: 'Tip `{id}` was posted.',
    pl: 'Opublikowano poradę `{id}`.',
    ru: 'Опубликован совет `{id}`.',
  },
  notPosted: { en: '❌ Not posted', pl: '❌ Nie opublikowano', ru: '❌ Не опубликовано' },
  notPostedNote: {
    en: 'The tip could not be posted: {reason}',
    pl: 'Nie udało się opublikować porady: {reason}',
    ru: 'Не удалось опубликовать совет: {reason}',
  },
  chooseChannel: {
    en: 'Choose a channel: `/daily-tip set channel:#tips`.',
    pl: 'Wybierz kanał: `/daily-tip set channel:#porady`.',
    ru: 'Выберите канал: `/daily-tip set channel:#советы`.',
  },
  cannotPost: {
    en: 'I cannot post in {channel}: {reason}.',
    pl: 'Nie mogę publikować w {channel}: {reason}.',
    ru: 'Не могу публиковать в {channel}: {reason}.',
  },
  set: { en: '✅ Daily tip set', pl: '✅ Porada dnia ustawiona', ru: '✅ Совет дня настроен' },
  setNote: {
    en: 'In {channel} at {time} {zone} ({days}), language {lang}.',
    pl: 'Na {channel} o {time} {zone} ({days}), język {lang}.',
    ru: 'В {channel} в {time} {zone} ({days}), язык {lang}.',
  },
  nextPost: {
    en: 'Next post: {when}',
    pl: 'Następna publikacja: {when}',
    ru: 'Следующая публикация: {when}',
  },
  noTips: {
    en: 'The knowledge base has no tips.',
    pl: 'Baza wiedzy nie ma porad.',
    ru: 'В базе знаний нет советов.',
  },
  preview: {
    en: 'Preview — only you see this:',
    pl: 'Podgląd — widzisz go tylko Ty:',
    ru: 'Предпросмотр — видите только вы:',
  },
} satisfies Record<string, Record<Lang, string>>;

export type DailyTipText = keyof typeof TEXTS;

export function dailyTipText(key: DailyTipText, lang: Lang, params: Record<string, string> = {}): string {
  return fillTemplate(TEXTS[key][lang], params);
}
