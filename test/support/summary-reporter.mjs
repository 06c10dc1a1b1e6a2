// A web-test-runner reporter that adds up every test of every session and
// prints one closing line `N passed, N failed[, N skipped]`. A test file that
// fails to load counts as one failure, so a broken import never looks green.
// With SUMMARY_FILE set, the totals are also written there as JSON.
import { writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals);
        const loadFailed = (session.errors?.length ?? 0) > 0 || !session.testResults;
        if (loadFailed && totals.failed === before && !session.passed) totals.failed += 1;
      }
      const line = `${totals.passed} passed, ${totals.failed} failed` +
        (totals.skipped ? `, ${totals.skipped} skipped` : '');
      this.line = line;
      if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(totals));
    },
    stop() {
      if (this.line) console.log(`\n${this.line}`);
    },
  };
}
