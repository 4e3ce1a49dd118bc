// /help: what the bot does and its commands, in the user's language.
import { ApplicationCommandType } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { localized } from '../src/bot/localize.js';
import { replyLanguage } from '../src/bot/reply-language.js';
import type { Lang } from '../src/kb/schema.js';
import { COLORS } from '../src/render/reply.js';

const HELP: Record<Lang, { title: string; intro: string; commands: [string, string][]; admin: string }> = {
  en: {
    title: '👋 cs-coach — your customer-service coach',
    intro:
      'I answer questions about customer service from our knowledge base — tips, statistics, definitions and quotes, always with the source. Ask in English, Polish or Russian; typos are fine.',
    commands: [
      ['/ask question', 'the best answer to your question, or an honest "I don\'t know"'],
      ['/tip [topic]', 'a practical tip'],
      ['/stat [topic]', 'a statistic with its source'],
      ['/define term', 'what a term means'],
      ['/quote', 'a quote worth remembering'],
      ['/topics', 'what the knowledge base covers'],
    ],
    admin:
      'Admins: /kb reload · /kb validate · /kb stats · /daily-tip (a tip posted every day in a channel).',
  },
  pl: {
    title: '👋 cs-coach — Twój trener obsługi klienta',
    intro:
      'Odpowiadam na pytania o obsługę klienta z naszej bazy wiedzy — porady, statystyki, definicje i cytaty, zawsze ze źródłem. Pytaj po polsku, angielsku lub rosyjsku; literówki i brak polskich znaków nie przeszkadzają.',
    commands: [
      ['/zapytaj pytanie', 'najlepsza odpowiedź albo szczere „nie wiem”'],
      ['/porada [temat]', 'praktyczna wskazówka'],
      ['/statystyka [temat]', 'statystyka ze źródłem'],
      ['/definicja pojęcie', 'co oznacza pojęcie'],
      ['/cytat', 'cytat wart zapamiętania'],
      ['/tematy', 'czego dotyczy baza wiedzy'],
    ],
    admin:
      'Administratorzy: /kb reload · /kb validate · /kb stats · /daily-tip (porada dnia na wybranym kanale).',
  },
  ru: {
    title: '👋 cs-coach — ваш тренер по обслуживанию клиентов',
    intro:
      'Отвечаю на вопросы об обслуживании клиентов из нашей базы знаний — советы, статистика, определения и цитаты, всегда с источником. Спрашивайте по-русски, по-польски или по-английски; опечатки не страшны.',
    commands: [
      ['/спросить вопрос', 'лучший ответ или честное «не знаю»'],
      ['/совет [тема]', 'практический совет'],
      ['/статистика [тема]', 'статистика с источником'],
      ['/определение термин', 'что означает термин'],
      ['/цитата', 'цитата, которую стоит запомнить'],
      ['/темы', 'о чём база знаний'],
    ],
    admin:
      'Администраторам: /kb reload · /kb validate · /kb stats · /daily-tip (совет дня в выбранном канале).',
  },
};

export const help = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'help',
    name_localizations: localized('pomoc', 'помощь'),
    description: 'What cs-coach does and how to use it',
    description_localizations: localized(
      'Co potrafi cs-coach i jak go używać',
      'Что умеет cs-coach и как им пользоваться',
    ),
    options: [languageOption],
    ...EVERYWHERE,
  },

  async execute(request) {
    const text = HELP[replyLanguage(request)];
    const commands = text.commands.map(([name, what]) => `**${name}** — ${what}`).join('\n');
    return {
      cards: [
        {
          title: text.title,
          description: `${text.intro}\n\n${commands}\n\n${text.admin}`,
          color: COLORS.admin,
        },
      ],
      private: true,
    };
  },
} satisfies CommandModule;
