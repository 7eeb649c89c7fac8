/** One problem found in a raw data file, located so a maintainer can jump straight to it. */
export interface DataIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}

/** Thrown when validation finds problems; carries every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(`${issues.length} problem(s) in the raw data:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
