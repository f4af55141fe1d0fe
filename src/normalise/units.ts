/** Unit look-ups: surface form → canonical unit with its base unit and conversion factor. */
import { attachedOnlyForms, unitRules, type UnitRule } from '../extract/rules/values/units.js';
import { Lexicon } from '../extract/values/lexicon.js';
import { roundFloat } from './numbers.js';

export interface UnitHit {
  rule: UnitRule;
  /** the form is a letter or symbol that is a unit only when written against the digits ("15m") */
  attachedOnly: boolean;
}

export const unitLexicon = new Lexicon<UnitHit>(
  unitRules.flatMap((rule) => [
    ...rule.forms.map((form) => ({ form, caseSensitive: false, payload: { rule, attachedOnly: attachedOnlyForms.has(form) } })),
    ...(rule.caseSensitive ?? []).map((form) => ({ form, caseSensitive: true, payload: { rule, attachedOnly: attachedOnlyForms.has(form) } })),
  ]),
);

const DURATION_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** units of time: "10 years" is a quantity, "a 10-year bond" is a name of the bond's kind */
export function isDurationUnit(unit: string): boolean {
  return DURATION_UNITS.has(unit);
}

/** the value in the unit's base unit, or nulls where there is no exact conversion */
export function toBase(value: number, rule: UnitRule): { baseValue: number | null; baseUnit: string | null } {
  if (rule.factor === null || rule.base === null) return { baseValue: null, baseUnit: null };
  return { baseValue: roundFloat(value * rule.factor), baseUnit: rule.base };
}
