// English refusals at the interaction edge: too many commands at once, a button that is not one of ours. The English
// module is the type the Polish and Russian ones must match.
import { pluralEn } from '../plural.js';

export const enRefusals = {
  rateLimited: (seconds: number): string =>
    `Easy there — you're sending commands faster than I can answer well. Try again in ${seconds} ${pluralEn(seconds, 'second', 'seconds')}.`,
  invalidButton: "This button isn't one I made (or it is out of date), so I ignored it. Nothing was saved.",
  invalidRequest:
    "I couldn't read this request, so I ignored it. Nothing was saved. Please run the command again.",
  unknownCommand: "I don't know this command (it may have been removed). /help lists the ones I have.",
};
