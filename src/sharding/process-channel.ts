// The shard process's IPC channel to the ShardingManager that forked it (Node's process.send and 'message').
import type { ManagerChannel } from './shard-link.js';

export function processManagerChannel(): ManagerChannel {
  return {
    send: (message) => void process.send?.(message),
    onMessage(listener) {
      process.on('message', listener);
      return () => void process.off('message', listener);
    },
    close: () => {
      if (process.connected) process.disconnect();
    },
  };
}
