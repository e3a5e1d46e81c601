import { compareDates, createEnvironment, today, ValidationError, type EnvironmentOptions } from '../core/index.js';
import { guarded } from '../core/errors.js';

/** A host's table in force: as given, and as validated in JSON, to tell new data from the same data in a new object. */
interface Accepted {
  given: unknown;
  json: string;
}

/**
 * The host's newer datasets, `parties` and `procedures`, as accepted. Each is validated by
 * the engine, the procedures beside the parties in force (a table that leaves out a State
 * the parties name is refused, and the parties stay); a refused one is reported and the
 * shipped one used. The same data in a new object changes nothing: a host that builds it
 * again at each render (an object literal in React or Vue) would otherwise restart the
 * screening, which fires a step event, which renders again, without end.
 */
export class HostData {
  #parties: Accepted | null = null;
  #procedures: Accepted | null = null;

  /** The tables in force, for `createEnvironment()`; undefined for the shipped ones. */
  get options(): Pick<EnvironmentOptions, 'parties' | 'procedures'> {
    return { parties: this.#parties?.given, procedures: this.#procedures?.given };
  }

  /**
   * Reads the properties; `partiesChanged` is false when only `procedures` was set (the
   * parties, read already, are not reported twice). True when the data in force changed.
   */
  read(parties: unknown, procedures: unknown, partiesChanged: boolean, reject: (error: ValidationError) => void): boolean {
    const before = [this.#parties?.json, this.#procedures?.json];
    if (partiesChanged) this.#parties = accepted('parties', parties, {}, reject);
    this.#procedures = accepted('procedures', procedures, { parties: this.#parties?.given }, reject);
    return before[0] !== this.#parties?.json || before[1] !== this.#procedures?.json;
  }
}

function accepted(name: 'parties' | 'procedures', value: unknown, others: EnvironmentOptions, reject: (error: ValidationError) => void): Accepted | null {
  if (value === undefined || value === null) return null;
  try {
    const table = guarded(name, '', () => createEnvironment({ ...others, [name]: value })[name]);
    // Accepted all the same: a device whose clock is behind would refuse good data. But a year
    // mistyped (2062 for 2026) would date every deposit after it too, and silence the caution
    // that the lists may be out of date for decades.
    const now = today();
    if (compareDates(table.asOf, now) > 0) console.warn(`<op-eligibility>: the ${name} table is dated ${table.asOf}, after today (${now} on this device): check its asOf.`);
    return { given: value, json: JSON.stringify(table) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reject(error);
    return null;
  }
}
