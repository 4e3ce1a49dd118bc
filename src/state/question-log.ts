// The question log in memory: the newest questions, one vote per user per entry, usage counts, all bounded.
import { MAX_QUESTION_RECORDS, MAX_VOTES, type LogLine, type QuestionRecord, type Vote } from './schema.js';

const voteKey = (vote: Pick<Vote, 'entryId' | 'userId'>) => `${vote.entryId}\u0000${vote.userId}`;

export class QuestionLog {
  private readonly questionList: QuestionRecord[] = [];
  /** Insertion order is recency: a replaced vote moves to the end, the oldest is dropped first. */
  private readonly voteMap = new Map<string, Vote>();
  private readonly usageCounts = new Map<string, number>();

  get questions(): readonly QuestionRecord[] {
    return this.questionList;
  }

  get votes(): Vote[] {
    return [...this.voteMap.values()];
  }

  get usage(): Record<string, number> {
    return Object.fromEntries(this.usageCounts);
  }

  /** How many lines a compacted log would hold. */
  get size(): number {
    return this.questionList.length + this.voteMap.size + this.usageCounts.size;
  }

  hasVote(vote: Pick<Vote, 'entryId' | 'userId'>): boolean {
    return this.voteMap.has(voteKey(vote));
  }

  /** Applies one log line; for a vote, says whether it replaced the user's earlier vote on that entry. */
  apply(line: LogLine): { replaced: boolean } {
    if (line.type === 'question') {
      const { type: _type, ...record } = line;
      this.questionList.push(record);
      // Dropping from the front of a 5,000-element array is a memmove: cheap next to any disk write.
      if (this.questionList.length > MAX_QUESTION_RECORDS)
        this.questionList.splice(0, this.questionList.length - MAX_QUESTION_RECORDS);
      return { replaced: false };
    }
    if (line.type === 'vote') {
      const { type: _type, ...vote } = line;
      const key = voteKey(vote);
      const replaced = this.voteMap.delete(key);
      this.voteMap.set(key, vote);
      if (this.voteMap.size > MAX_VOTES) {
        const oldest = this.voteMap.keys().next().value;
        if (oldest !== undefined) this.voteMap.delete(oldest);
      }
      return { replaced };
    }
    this.usageCounts.set(line.command, (this.usageCounts.get(line.command) ?? 0) + line.count);
    return { replaced: false };
  }

  /** The lines that rebuild this log exactly: what a compaction writes. */
  lines(): LogLine[] {
    return [
      ...this.questionList.map((q): LogLine => ({ type: 'question', ...q })),
      ...[...this.voteMap.values()].map((v): LogLine => ({ type: 'vote', ...v })),
      ...[...this.usageCounts].map(([command, count]): LogLine => ({ type: 'usage', command, count })),
    ];
  }
}
