// Polish refusals at the interaction edge (same keys and parameters as the English module).
import type { enRefusals } from '../en/refusals.js';
import { pluralPl } from '../plural.js';

export const plRefusals: typeof enRefusals = {
  rateLimited: (seconds: number): string =>
    `Spokojnie — wysyłasz komendy szybciej, niż zdążę dobrze odpowiedzieć. Spróbuj ponownie za ${seconds} ${pluralPl(seconds, 'sekundę', 'sekundy', 'sekund')}.`,
  invalidButton:
    'Tego przycisku nie utworzyłem (albo jest nieaktualny), więc go pominąłem. Nic nie zostało zapisane.',
  invalidRequest:
    'Nie udało mi się odczytać tego żądania, więc je pominąłem. Nic nie zostało zapisane. Uruchom komendę ponownie.',
  unknownCommand: 'Nie znam tej komendy (mogła zostać usunięta). /help pokazuje dostępne komendy.',
};
