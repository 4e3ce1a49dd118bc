// English names and descriptions of the slash commands and their options (Discord's base language).
// A name left out in a language keeps the English one (admin commands keep their English names everywhere).

export interface Described {
  name?: string;
  description: string;
}

export const enCommands = {
  options: {
    language: {
      name: 'language',
      description: 'Reply language (default: the language you write in, else your Discord language)',
    },
    topic: { name: 'topic', description: 'A topic (start typing to see them)' },
    private: { name: 'private', description: 'Only you see the reply' },
  },
  ask: {
    name: 'ask',
    description: 'Ask about customer service: tips, statistics, definitions, quotes',
    question: { name: 'question', description: 'Your question, in Polish, English or Russian' },
  },
  tip: { name: 'tip', description: 'A customer-service tip, on a topic if you like' },
  stat: { name: 'stat', description: 'A customer-service statistic with its source, on a topic if you like' },
  define: {
    name: 'define',
    description: 'What a customer-service term means',
    term: { name: 'term', description: 'The term (start typing to see them)' },
  },
  quote: { name: 'quote', description: 'A quote about customer service' },
  topics: { name: 'topics', description: 'The topics the knowledge base covers' },
  help: { name: 'help', description: 'What cs-coach does and how to use it' },
  kb: {
    description: 'Admin: reload or check the knowledge base, see what the team asks',
    reload: {
      description:
        'Validate the edited files, then switch to them (the old knowledge base stays if anything is wrong)',
    },
    validate: { description: 'Check the files and show what would change, without switching (dry run)' },
    stats: {
      description:
        'Entries, questions asked, declined and low-confidence questions, answers voted not helpful',
    },
    add: { description: 'Add an entry in your language (a form opens; options fill it in)' },
    edit: { description: 'Change an entry (a form opens, filled in)' },
    remove: { description: 'Remove an entry (asks to confirm)' },
    inbox: {
      description: 'Questions the bot declined, was unsure of or that were voted not helpful: teach them',
    },
    id: { description: 'The entry (start typing to see them)' },
    kind: { description: 'tip, statistic: 86%, definition: term, quote: author, metric, case' },
    topics: { description: 'Topic ids or names, comma-separated' },
    text: { description: 'The text users read' },
    phrasings: { description: 'Ways people ask, separated by " | "' },
    source: { description: 'title | publisher | year | address' },
  },
  quiz: {
    name: 'quiz',
    description: 'A quiz from the knowledge base: figures, terms and quotes',
    play: { name: 'play', description: 'A question with four answers; one answer per person' },
    top: { name: 'top', description: "The server's leaderboard: this week and all time" },
  },
  dailyTip: {
    description: 'Admin: the customer-service tip posted every day in a channel',
    set: {
      description: 'Set the channel, time, time zone, days and language (what you leave out stays as it is)',
    },
    channel: { description: 'Where to post' },
    time: { description: 'Local time of day, e.g. 09:00' },
    timezone: { description: 'IANA time zone, e.g. Europe/Warsaw' },
    days: { description: 'daily, weekdays, or a cron expression such as "0 9 * * 1,3,5"' },
    quiz: { description: 'The “Quiz me” button under the daily post: on (default) or off' },
    show: { description: 'The schedule, the next post, the last post and the last error' },
    pause: { description: 'Stop posting (the schedule is kept)' },
    resume: { description: 'Start posting again' },
    preview: { description: 'See privately the tip that will be posted next' },
    postNow: { description: 'Post a tip in the channel now' },
  },
};
