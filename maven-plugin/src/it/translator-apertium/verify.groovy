// Spanish pages through Apertium: the faithful one passes; the drifted one fails the build on the
// meaning changes (a number, a place, a negation), each pointing into the Spanish file; the JSON
// report names the translator and shows each Spanish sentence's English rendering.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

assert log.contains('[INFO] drift: 2 documents checked, 1 passed, 1 failed, in ')
assert log =~ /\[ERROR\] \S+\/src\/docs\/es\/guide\/usage\.md:\d+:\d+: error: number changed: 60 → 90/
assert log =~ /\[ERROR\] \S+\/src\/docs\/es\/guide\/usage\.md:\d+:\d+: error: entity changed: Kyiv → Lviv/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift (Maven may print its own resolver warnings)'

def page = new File(out, 'es/index.md.json').getText('UTF-8')
assert page =~ /"verdict" : "pass"/
assert page =~ /"translator" : "apertium spa-eng"/
assert page =~ /"language" : "es"/
assert page =~ /"rendering" : "This manual explains/
def usage = new File(out, 'es/guide/usage.md.json').getText('UTF-8')
assert usage =~ /"verdict" : "fail"/
return true
