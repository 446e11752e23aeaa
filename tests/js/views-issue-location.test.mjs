// Reported import issues name their file and line, or the file alone when
// the issue is the whole file's (line 0).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { issueLocation } from '../../web/src/issue-location.js';

describe('issue locations', () => {
  test('file:line, or the file alone for line 0', () => {
    const rows = [
      [{ file: 'news.jsonl', line: 2 }, 'news.jsonl:2'],
      [{ file: 'bundle.zip/news/wire.csv', line: 14 }, 'bundle.zip/news/wire.csv:14'],
      [{ file: 'renamed.jsonl', line: 0 }, 'renamed.jsonl'],
      [{ file: 'خبرها.jsonl', line: 1 }, 'خبرها.jsonl:1'],
    ];
    for (const [issue, expected] of rows) assert.equal(issueLocation(issue), expected);
  });
});
