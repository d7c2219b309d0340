import type { Severity } from '../narrative/types';

export const SEVERITY_LABELS: Record<Severity, string> = {
  exemplary: 'exemplaire',
  minor: 'mineure',
  moderate: 'modérée',
  serious: 'grave',
  critical: 'très grave',
};
