// Where a reported issue is: "file:line", or the file alone for an issue of
// the whole file (line 0, such as a field key that no record holds).
export function issueLocation(issue) {
  return issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
}
