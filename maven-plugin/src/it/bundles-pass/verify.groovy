// Faithful resource bundles pass: each messages_xx.properties is checked against messages.properties.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

assert log.contains('[INFO] drift: 1 document checked, 1 passed, 0 failed, in ')
assert log.contains('BUILD SUCCESS')
assert new File(out, 'en-GB/messages_en_GB.properties.json').getText('UTF-8') =~ /"verdict" : "pass"/
return true
