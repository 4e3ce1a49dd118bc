// Russian refusals at the interaction edge (same keys and parameters as the English module).
import type { enRefusals } from '../en/refusals.js';
import { pluralRu } from '../plural.js';

export const ruRefusals: typeof enRefusals = {
  rateLimited: (seconds: number): string =>
    `Не так быстро — вы отправляете команды быстрее, чем я успеваю хорошо ответить. Попробуйте снова через ${seconds} ${pluralRu(seconds, 'секунду', 'секунды', 'секунд')}.`,
  invalidButton: 'Эту кнопку создал не я (или она устарела), поэтому я её пропустил. Ничего не сохранено.',
  invalidRequest:
    'Не удалось прочитать этот запрос, поэтому я его пропустил. Ничего не сохранено. Запустите команду ещё раз.',
  unknownCommand: 'Я не знаю этой команды (возможно, её удалили). /help покажет доступные команды.',
};
