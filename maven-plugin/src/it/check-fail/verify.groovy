// A drifted translation fails the build; the log names the document, then the worst places as
// file:line:column lines, then the summary; no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

assert log =~ /\[ERROR\] \S+\/src\/docs\/de\/guide\/usage\.md: drift 0\.\d\d \(max 0\.30\) FAIL: drift 0\.\d\d is above maxDrift 0\.30/
assert log =~ /\[ERROR\] \S+\/src\/docs\/en\/guide\/usage\.md:9:1: error: dropped in the translation: "Readings that cannot be parsed/
assert log =~ /\[ERROR\] \S+\/src\/docs\/en\/guide\/usage\.md:7:1: error: dropped in the translation: "Celsius, Fahrenheit and Kelvin/
assert log =~ /\[ERROR\] \S+\/src\/docs\/de\/guide\/usage\.md:8:1: error: added in the translation: "The project was started in 2019/
// Near-identical pairs are not worst places; passing documents are not listed without -X.
assert !log.contains('similarity 0.99')
assert !(log =~ /src\/docs\/fr\/\S+: drift/)
assert log.contains('[INFO] drift: 4 documents checked, 3 passed, 1 failed, in ')
assert log.contains('BUILD FAILURE')
assert log.contains('drift: 1 of 4 translations drift from their originals')
assert log.contains('Fix the translations, raise <maxDrift>')
assert log.contains('accept the current shifts with a <baseline>')
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift (Maven may print its own resolver warnings)'
assert !(log =~ /(?i)cuda|ai\.djl/)

def json = new File(out, 'de/guide/usage.md.json').getText('UTF-8')
assert json =~ /"verdict" : "fail"/
assert json =~ /"kind" : "omission"/
assert new File(out, 'de/guide/usage.md.txt').getText('UTF-8').contains('FAIL')
assert new File(out, 'fr/guide/usage.md.json').getText('UTF-8') =~ /"verdict" : "pass"/
def index = new File(out, 'index.html').getText('UTF-8')
assert index.contains('<h1>drift failed</h1>')
assert index.contains('<tr class="fail"><td>guide/usage.md</td><td>de</td>')
assert index.contains('<a href="./de/guide/usage.md.json">json</a> <a href="./de/guide/usage.md.txt">txt</a>')
return true
