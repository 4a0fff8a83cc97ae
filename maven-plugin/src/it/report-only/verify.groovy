// failOnDrift=false, with every setting given as a -D user property: the drifted translation is
// reported as warnings and the build passes.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /\[WARNING\] \S+\/src\/docs\/de\/guide\/usage\.md: drift 0\.\d\d \(max 0\.30\) FAIL/
assert log =~ /\[WARNING\] \S+\/src\/docs\/en\/guide\/usage\.md:9:1: error: dropped in the translation/
assert !log.contains('[ERROR]')
assert log.contains('[INFO] drift: 4 documents checked, 3 passed, 1 failed, in ')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/drift-report/index.html').isFile()
assert new File(basedir, 'target/drift-report/de/guide/usage.md.json').getText('UTF-8') =~ /"verdict" : "fail"/
assert !new File(basedir, 'target/drift').exists()
return true
