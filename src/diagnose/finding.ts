import { findingCodes, type FindingCode } from './codes/index.ts';
import type { Evidence, Finding, FindingParams, Severity } from './types.ts';

/**
 * Builds a finding with the category its code carries and the code's severity, unless
 * the rule knows better for this case (e.g. an approval that is still active).
 */
export function finding(code: FindingCode, params: FindingParams, evidence: Evidence[] = [], where: { network?: string; txHash?: string; address?: string } = {}, severity?: Severity): Finding {
  const spec = findingCodes[code];
  return { code, severity: severity ?? spec.severity, category: spec.category, params, evidence, ...where };
}
