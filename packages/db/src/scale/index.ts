export { loadScaleData, type LoadScaleOptions, type ScaleStep } from './load-scale-data.js';
export { BENCH_FOLLOWER, BENCH_PASSWORD, BENCH_USER, benchFollowerTargets } from './scale-data.js';
export {
  BENCH_DATABASE_NAME,
  SCALE_DATA_VERSION,
  createScaleDatabase,
  readScaleDataMark,
  scaleDataMatches,
  type ScaleDataMark,
} from './scale-database.js';
export { BENCH_FOLLOWER_TARGETS, SCALE_ONE, SCALE_TABLES, planScale, type ScalePlan, type ScaleTable } from './scale-plan.js';
