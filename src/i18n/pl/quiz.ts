// Polish words of the quiz: questions, answers, scores, the leaderboard, the daily tip's button (typed against the
// English catalog).
import type { enQuiz } from '../en/quiz.js';
import { code } from '../../render/rich-text.js';
import { pluralPl } from '../plural.js';

const points = (n: number) => `${n} ${pluralPl(n, 'punkt', 'punkty', 'punktów')}`;

export const plQuiz: typeof enQuiz = {
  prompt: {
    figure: 'Która liczba jest prawdziwa?',
    term: 'Jakie pojęcie pasuje w lukę?',
    author: 'Kto to powiedział?',
  },
  onTopic: (topic) => `Temat: ${topic}`,
  howToAnswer: 'Jedna odpowiedź na osobę; tylko Ty widzisz, czy trafiłeś.',
  right: '✅ Dobrze!',
  wrong: '❌ Niestety nie.',
  yourAnswer: 'Twoja odpowiedź',
  theAnswer: 'Dobra odpowiedź',
  score: (n, streak, best) => `Twój wynik: ${points(n)} · seria ${streak} (najlepsza ${best})`,
  nextQuestion: 'Następne pytanie',
  quizMe: 'Sprawdź mnie',
  alreadyAnswered: (right) =>
    `Już odpowiedziałeś na to pytanie${right ? ' i to dobrze' : ''}: jedna odpowiedź na osobę. Spróbuj następnego!`,
  unknownRound:
    'Nie znam tego pytania quizu (może jest za stare). Nic nie zapisano. Zacznij nowe przez /quiz play.',
  unknownOption: 'Tej odpowiedzi nie ma wśród odpowiedzi do tego pytania. Nic nie zapisano.',
  serverOnly: 'W quiz gra się na serwerze Discord, gdzie zespół widzi ranking.',
  noQuestions: 'Baza wiedzy nie ma jeszcze statystyk, definicji ani cytatów, o które można zapytać.',
  noTopic: 'Nie znam takiego tematu z pytaniami quizu. Tematy do wyboru:',
  leaderboard: {
    title: '🏆 Ranking quizu',
    week: 'Ten tydzień',
    allTime: 'Od początku',
    empty: 'Nikt jeszcze nie odpowiedział.',
    row: (n, answered, streak) =>
      ` — ${points(n)} z ${answered}${streak > 1 ? ` · 🔥 ${streak} z rzędu` : ''}`,
    footer: (since) => `Tydzień zaczął się ${since}. Zagraj: /quiz play.`,
  },
  dailyTip: {
    button: 'Przycisk „Sprawdź mnie”',
    on: '▶️ włączony',
    off: '⏹️ wyłączony',
    changed: (on) => [
      `Porada dnia ${on ? 'ma teraz' : 'nie ma już'} przycisku „Sprawdź mnie”. `,
      code(on ? '/daily-tip set quiz:off' : '/daily-tip set quiz:on'),
      on ? ' go wyłącza.' : ' włącza go z powrotem.',
    ],
    title: '✅ Porada dnia zmieniona',
  },
};
