/**
 * op-eligibility/core: the headless OP-ICESCR screening engine. No Lit, no DOM; runs
 * in Node and in the browser.
 */
export { assess } from './assess.js';
export { answersSchema, parseAnswers, type Answers } from './answers.js';
export { assessmentSchema, type AssessmentRecord } from './assessment-schema.js';
export { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment.js';
export { COMPLAINT_LANGUAGES, isComplaintLanguage, type ComplaintLanguage } from './complaint-languages.js';
export { compareDates, isCalendarDate, today, type CalendarDate } from './dates.js';
export { DATA_AGE_LIMIT_MONTHS, dataMayBeOutdated } from './data-age.js';
export { createEnvironment, type Environment, type EnvironmentOptions } from './environment.js';
export { validateShippedData } from './shipped-data.js';
export { OP_ELIGIBILITY_VERSION } from './version.js';
export { ValidationError, type InputKind, type IssueCode, type ValidationIssue } from './errors.js';
export { ChartRun, type ChartSnapshot } from './chart-run.js';
export { eligibilityChart, type EligibilityChart, type EngineContext, type EngineEvent, type EngineInput } from './flow.js';
export type { StateValue } from './statechart.js';
export { routeGraph, type RouteEdge, type RouteGraph, type RouteGuard, type RouteNode, type RouteNodeKind } from './machine-graph.js';
export type { NextStep, NextStepCode, NextStepData } from './next-steps.js';
export { entryIntoForce, statesPartiesSchema, type StateRecord, type StatesPartiesData } from './parties.js';
export { complaintProceduresSchema, PROCEDURES, type ComplaintProceduresData, type Procedure } from './procedures.js';
export {
  FIT_QUESTIONS,
  isFitQuestion,
  PREFER_NOT,
  QUESTION_IDS,
  QUESTION_KINDS,
  STATE_UNLISTED,
  UNKNOWN,
  type FitGround,
  type FitQuestion,
  type QuestionId,
  type QuestionKind,
} from './questions.js';
export { closedForNow, type Article, type ClosedUntil, type Outcome, type Reason, type ReasonCode, type ReasonData, type Severity } from './reasons.js';
export { otherRoutes, type Route, type RouteCaveat, type RouteFitReason } from './other-routes.js';
export { otherRoutesSchema, parseOtherRoutes, type OtherRoutesData } from './other-routes-schema.js';
export { stepOf, type Step } from './steps.js';
export { SITUATIONS, type Situation, type SituationId } from '../data/rights.js';
