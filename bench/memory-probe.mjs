// Loaded into the bot by `npm run load` (node --import) and only there: answers the load script's questions over the
// IPC channel, its V8 memory (process.memoryUsage) and a heap snapshot on request, so the soak can tell heap growth
// from RSS noise without changing the bot. Plain JavaScript, since the bot runs compiled, without a TypeScript loader.
/* global process */
import { writeHeapSnapshot } from 'node:v8';

const PROBE = 'cs-coach-load-probe';

/** Answers; a load script that has gone away must not end the bot (a failed send would emit 'error'). */
function answer(reply) {
  if (process.connected) process.send?.({ probe: PROBE, ...reply }, undefined, {}, () => {});
}

process.on('message', (message) => {
  if (message === null || typeof message !== 'object' || message.probe !== PROBE) return;
  const { id, ask } = message;
  if (ask === 'memory') answer({ id, memory: process.memoryUsage() });
  else if (ask === 'heap-snapshot' && typeof message.file === 'string')
    // Synchronous, and collects garbage first: the bot stops answering for the seconds it takes.
    answer({ id, file: writeHeapSnapshot(message.file) });
});
// The channel must not keep the bot alive once it has stopped (SIGTERM ends it as in production).
process.channel?.unref();
