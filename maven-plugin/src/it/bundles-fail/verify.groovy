// An application's resource bundles, each messages_xx.properties against messages.properties: the
// one with a broken placeholder and a changed number fails the build, naming the value's line.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

assert log =~ /\[ERROR\] \S+\/src\/main\/resources\/messages_en_US\.properties: drift 0\.\d\d \(max 0\.30\) FAIL: /
assert log =~ /\[ERROR\] \S+\/src\/main\/resources\/messages_en_US\.properties:2:10: error: placeholder missing in the target: \{0\}/
assert log =~ /\[ERROR\] \S+\/src\/main\/resources\/messages_en_US\.properties:3:61: error: number changed: 60 → 90/
assert !(log =~ /messages_en_GB\.properties: drift/)
assert !log.contains('application.properties')
assert log.contains('[INFO] drift: 2 documents checked, 1 passed, 1 failed, in ')
assert log.contains('BUILD FAILURE')
assert log.contains('drift: 1 of 2 translations drift from their originals')
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift (Maven may print its own resolver warnings)'

def json = new File(out, 'en-US/messages_en_US.properties.json').getText('UTF-8')
assert json =~ /"verdict" : "fail"/
assert json.contains('"unit" : "greeting"')
assert json.contains('"unit" : "wind"')
assert new File(out, 'en-GB/messages_en_GB.properties.json').getText('UTF-8') =~ /"verdict" : "pass"/
def html = new File(out, 'en-US/messages_en_US.properties.html').getText('UTF-8')
assert html.contains('<span class="tag tag-unit" title="unit wind">wind</span>')
return true
