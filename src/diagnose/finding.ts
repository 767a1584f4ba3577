import { findingCodes, type FindingCode } from './codes/index.ts';
import type { Evidence, Finding, FindingParams } from './types.ts';

/** Builds a finding with the severity and category its code carries. */
export function finding(code: FindingCode, params: FindingParams, evidence: Evidence[] = [], where: { network?: string; txHash?: string } = {}): Finding {
  const spec = findingCodes[code];
  return { code, severity: spec.severity, category: spec.category, params, evidence, ...where };
}
