// A seeded random source for tests (the same generator as test/tips), so shuffles repeat run after run.
export { seededRandom } from '../tips/seeded-random.js';
