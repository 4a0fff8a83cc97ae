// Build 1 passes: the drifted German page is accepted in drift-baseline.yaml. Build 2 (profile
// `edited`, one more sentence changed) fails, and only the new shift is named.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

def first = log.indexOf('drift: 2 documents checked, 2 passed, 0 failed, 3 shifts accepted by the baseline')
assert first >= 0 : 'the first build passes with the accepted shifts'
assert log.indexOf('BUILD SUCCESS') > first

def second = log.indexOf('drift: 2 documents checked, 1 passed, 1 failed, 3 shifts accepted by the baseline')
assert second > first : 'the second build fails, the accepted shifts still accepted'
def failing = log.substring(first, second)
assert failing =~ /\[ERROR\] \S+\/src\/docs\/de\/guide\/usage\.md: drift 0\.\d\d \(max 0\.30\) FAIL: 1 shift at error or above \(first: original line 11: number changed: five → ten\)/
assert failing =~ /\[ERROR\] \S+\/src\/docs\/de\/guide\/usage\.md:9:28: error: number changed: five → ten/
// The accepted shifts are not reported as problems.
assert !failing.contains('60 → 90')
assert !failing.contains('Kiev')
assert !failing.contains('dropped in the translation')
assert log.contains('BUILD FAILURE')
// Resolving the resources plugin from the file repository logs checksum warnings with traces;
// drift itself prints none.
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift'

// The reports of the second build mark the accepted shifts; SARIF suppresses them.
def json = new File(out, 'de/guide/usage.md.json').getText('UTF-8')
assert json.count('"accepted" : true') == 3
assert json =~ /"accepted" : 3/
def sarif = new File(out, 'drift.sarif').getText('UTF-8')
assert sarif.count('"justification" : "accepted in the drift baseline"') == 3
assert sarif.contains('"ruleId" : "drift/number"')
return true
