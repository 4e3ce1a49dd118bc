// English replies to everyone: answers, entries, topics, help, votes, errors. The English catalog is the type the
// Polish and Russian ones must match, key for key and parameter for parameter.
import { pluralEn } from '../plural.js';

export const enReplies = {
  kinds: {
    tip: 'Tip',
    statistic: 'Statistic',
    definition: 'Definition',
    quote: 'Quote',
    metric: 'Quality metric',
    case: 'Case study',
  },
  entry: {
    /** The mark on an entry shown in another language than the reader's, because it exists only in that one. */
    onlyIn: { pl: 'only in Polish', en: 'only in English', ru: 'only in Russian' },
    source: 'Source',
    figure: 'Figure',
    topic: 'Topic',
    related: 'See also',
    /** An article's title as a quotation in this language. */
    title: (title: string): string => `“${title}”`,
    attributedTo: (who: string): string => `figures from ${who}`,
  },
  answer: {
    unsure: (percent: number): string => `I am not sure this is what you meant (confidence ${percent}%).`,
    noAnswer: "I don't know — the knowledge base has no answer to that.",
    tryTopics: 'Maybe one of these topics helps:',
    /** Over the closest entries under an unsure answer. */
    didYouMean: 'Did you mean',
    /** Over the closest entries under a decline: they are not an answer to what was asked. */
    /** Beside an answer: the same fact as another work tells it, with its own figure (6× beside 6–7×). */
    otherSource: 'Another source gives',
    nearby: 'Closest in the knowledge base (it may not answer your question)',
    /** The button under a decline or an unsure answer that shows one of the closest entries whole. */
    open: (n: number): string => `Show #${n}`,
  },
  pick: {
    nothingOnTopic: 'I know no such topic, or it has nothing of this kind.',
    topicsToPick: 'Topics you can pick (number of entries):',
  },
  votes: {
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    thanksHelpful: 'Thanks! Noted as helpful.',
    thanksNotHelpful: 'Thanks! Noted as not helpful — this helps us improve the knowledge base.',
    gone: 'This entry is no longer in the knowledge base.',
  },
  topics: {
    title: '🗂️ Topics',
    footer: 'Pick a topic in /tip or /stat, or ask about it with /ask.',
    entries: (n: number): string => `${n} ${pluralEn(n, 'entry', 'entries')}`,
  },
  help: {
    title: '👋 cs-coach — your customer-service coach',
    intro:
      'I answer questions about customer service from our knowledge base — tips, statistics, definitions and quotes, always with the source. Ask in English, Polish or Russian; typos are fine.',
    commands: [
      ['/ask question', 'the best answer to your question, or an honest "I don\'t know"'],
      ['/tip [topic]', 'a practical tip'],
      ['/stat [topic]', 'a statistic with its source'],
      ['/define term', 'what a term means'],
      ['/quote', 'a quote worth remembering'],
      ['/quiz play [topic]', 'a quiz question: figures, terms, quotes'],
      ['/quiz top', "the server's quiz leaderboard"],
      ['/topics', 'what the knowledge base covers'],
    ] as [string, string][],
    admin:
      'Admins: /kb reload · /kb validate · /kb stats · /daily-tip (a tip posted every day in a channel).',
  },
  errors: {
    notAdmin:
      'This command is for admins (the Manage Server permission or the bot admin role). Nothing was changed.',
    sorry: (ref: string): string =>
      `Something went wrong on my side. Please try again in a moment; if it keeps happening, give an admin this reference: ${ref}`,
  },
  charts: {
    /** The chart's heading: what the figure is about. */
    title: (topic: string): string => `Customer service in figures: ${topic}`,
    /** The short bar a multiple is compared with. */
    reference: 'baseline (1×)',
  },
  console: {
    banner:
      'cs-coach console (no DISCORD_TOKEN set, so not connecting to Discord).\nType a command as in Discord, e.g.  /ask ile klientow narzeka?   /tip topic:complaints   /help   — Ctrl+D to quit.',
    piped: 'No DISCORD_TOKEN: console mode, reading commands from standard input.',
    notACommand: 'Commands start with "/", e.g. /ask ile klientow narzeka?  — /help lists them.',
    unknownCommand: (name: string): string => `Unknown command /${name}. Try /help.`,
    needsSubcommand: (command: string, names: string): string => `/${command} needs one of: ${names}`,
    noFreeText: (command: string): string => `/${command} takes no free text; use name:value options.`,
    needs: (command: string, names: string): string => `/${command} needs: ${names}`,
    notBoolean: (option: string, raw: string): string => `${option} must be true or false, not "${raw}"`,
    notNumber: (option: string, raw: string): string => `${option} must be a number, not "${raw}"`,
    notChoice: (option: string, values: string, raw: string): string =>
      `${option} must be one of: ${values} (not "${raw}")`,
  },
};
