/**
 * op-eligibility/core: the headless OP-ICESCR screening engine. No Lit, no DOM; runs
 * in Node and in the browser.
 */
export { assess, parseAnswers } from './assess.js';
export { answersSchema, answerSchemas, type Answers } from './answers.js';
export { assessmentSchema, reasonSchema, type AssessmentRecord } from './assessment-schema.js';
export { ASSESSMENT_SCHEMA_VERSION, buildAssessment, type Assessment } from './assessment.js';
export { COMPLAINT_LANGUAGES, isComplaintLanguage, type ComplaintLanguage } from './complaint-languages.js';
export { addDays, addMonths, addYears, compareDates, isCalendarDate, today, type CalendarDate } from './dates.js';
export { createEnvironment, type Environment, type EnvironmentOptions } from './environment.js';
export { validateShippedData } from './shipped-data.js';
export { OP_ELIGIBILITY_VERSION } from './version.js';
export { ValidationError, type InputKind, type ValidationIssue } from './errors.js';
export { ChartRun, runChart, type ChartSnapshot } from './definition-runner.js';
export { closedAfter, eligibilityChart, eligibilityDefinition, type EligibilityChart, type EngineContext, type EngineEvent, type EngineInput } from './flow.js';
export { compileChart, UnsupportedDefinition, type ChartDefinition, type StateValue } from './statechart.js';
export { routeGraph, type RouteEdge, type RouteGraph, type RouteGuard, type RouteNode, type RouteNodeKind } from './machine-graph.js';
export type { NextStep, NextStepCode } from './next-steps.js';
export { entryIntoForce, PROTOCOL_IN_FORCE, statesPartiesSchema, type StateRecord, type StatesPartiesData } from './parties.js';
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
export { outcomeOf, type Article, type Outcome, type Reason, type ReasonCode, type ReasonData, type Severity } from './reasons.js';
export { stateEntryIntoForce, submissionDeadline, type AnswerProblem } from './rules.js';
export { fitQuestionMatters, otherRoutes, type Route, type RouteCaveat, type RouteFitReason } from './routes.js';
export { otherRoutesSchema, parseOtherRoutes, type OtherRoutesData } from './route-data.js';
export { outcomeOfState, stepOf, type Step } from './steps.js';
export { SITUATIONS, type Situation, type SituationId } from '../data/rights.js';
