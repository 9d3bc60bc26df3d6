// A jest reporter that writes the counts and failures npm test needs, to
// JEST_RESULTS_FILE. Jest's own --json output serialises whole error objects
// and crashed on a circular one (an axios error), losing every count; this
// writes only plain fields.
const { writeFileSync } = require("node:fs")

class ResultsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_RESULTS_FILE
    if (!file) return
    const text = (v) => String(v ?? "").slice(0, 4000)
    writeFileSync(
      file,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numPendingTests: results.numPendingTests,
        testResults: results.testResults.map((s) => ({
          name: s.testFilePath,
          status: s.numFailingTests > 0 || s.testExecError ? "failed" : "passed",
          message: text(s.failureMessage ?? s.testExecError?.message),
          assertionResults: s.testResults.map((a) => ({
            fullName: a.fullName,
            title: a.title,
            status: a.status,
            failureMessages: (a.failureMessages ?? []).map(text),
          })),
        })),
      })
    )
  }
}

module.exports = ResultsReporter
