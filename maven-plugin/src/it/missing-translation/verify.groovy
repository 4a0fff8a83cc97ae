// translationPattern finds fr and de; de lacks guide/usage.md, which fails the build under
// missingCounterparts=fail, after every pair has been checked.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /\[ERROR\] \S+\/src\/docs\/en\/guide\/usage\.md: no de translation \(expected \S+\/src\/docs\/de\/guide\/usage\.md\)/
assert log.contains('[INFO] drift: 3 documents checked, 3 passed, 0 failed, 1 without counterpart, in ')
assert log.contains('BUILD FAILURE')
assert log.contains('drift: 1 without counterpart: add the missing files, leave them out with <excludes>, or set <missingCounterparts> to warn.')
assert !log.contains('translations drift from their originals')
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift (Maven may print its own resolver warnings)'

def index = new File(basedir, 'target/drift/index.html').getText('UTF-8')
assert index.contains('Files without counterpart')
assert index =~ /src\/docs\/en\/guide\/usage\.md: no de translation/
assert new File(basedir, 'target/drift/de/index.md.json').isFile()
assert new File(basedir, 'target/drift/fr/guide/usage.md.json').isFile()
return true
