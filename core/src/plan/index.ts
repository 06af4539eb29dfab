export { gapsOf, type PlanGap, type PlanOptions, type PlanWay, planShortfalls } from './plan.ts';
