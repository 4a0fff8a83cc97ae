// A bad parameter is a configuration error: one line naming the pom, the parameter and the values
// it takes; no report is written and drift prints no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /\[ERROR\] Failed to execute goal dev\.drift:drift-maven-plugin:\S+:stale \(default\) on project stale-bad-config: drift: invalid <failOn> in \S+\/pom\.xml: unknown value 'sometimes' \(expected outdated, cosmetic or never\) -> \[Help 1\]/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift'
assert !new File(basedir, 'target/drift').exists()
return true
