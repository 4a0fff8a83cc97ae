// A malformed parameter stops the build with one line naming the parameter, the pom and the
// problem, before the model loads; no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
def pom = new File(basedir, 'pom.xml')

assert log =~ /\[ERROR\] Failed to execute goal dev\.drift:drift-maven-plugin:\S+:check \(default\) on project bad-config: drift: invalid <failSeverity> in \S+\/bad-config\/pom\.xml: unknown severity 'fatal' \(expected info, warning or error\)/
assert !log.contains('No enum constant') : 'the message says it once, without Java internals'
assert log.contains('BUILD FAILURE')
assert !log.contains('documents checked')
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift (Maven may print its own resolver warnings)'
assert !new File(basedir, 'target/drift').exists()
return true
