// The seeded random source for repeatable property-style tests.
export { seededRandom } from '../../src/tips/seeded-random.js';
