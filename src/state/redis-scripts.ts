// Lua scripts that make the Redis store's read-and-change steps atomic (claims held by a token, bounded votes).

/** KEYS[1] claim; ARGV: the value held now, the value to set, its expiry in ms. 1 when moved. */
export const MOVE_CLAIM = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

/** KEYS[1] claim; ARGV: the values this holder may have left (claimed or sending). Deletes only its own. */
export const RELEASE_CLAIM = `
local held = redis.call('GET', KEYS[1])
if held == ARGV[1] or held == ARGV[2] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/**
 * KEYS: votes hash, recency sorted set, sequence counter; ARGV: user-and-entry key, vote JSON, limit.
 * Replaces the user's earlier vote on the entry, moves it to the newest place, drops the oldest past the limit.
 * Returns 1 when it replaced a vote.
 */
export const RECORD_VOTE = `
local replaced = redis.call('HEXISTS', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
if excess > 0 then
  for _, old in ipairs(redis.call('ZPOPMIN', KEYS[2], excess)) do
    if _ % 2 == 1 then redis.call('HDEL', KEYS[1], old) end
  end
end
return replaced`;
