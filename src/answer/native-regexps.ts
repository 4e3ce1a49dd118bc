// The question readers' regular expressions compiled to machine code at their first use. By default V8 first runs a
// pattern in its bytecode interpreter and compiles it only once it has run there; in the engine's long-running
// process many of the readers' patterns were found running interpreted question after question (a long question's
// follow-up reader 0.7-1.3 ms instead of 0.09 ms; see bench/README.md, "Session 19 fixed-cost round"), which made the
// readers most of a question's fixed cost. Compiled at once, a pattern costs one compile; what it matches is the
// same. A V8 flag, so process-wide: set before any question is read (answer-engine.ts imports this first).
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
