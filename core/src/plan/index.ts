export { type FormFit, formFit } from './fit.ts';
export { gapsOf, type PlanGap, type PlanOptions, type PlanWay, planShortfalls } from './plan.ts';
