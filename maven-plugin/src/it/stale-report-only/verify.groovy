// failOn=never: the outdated install pages are reported as warnings, the build passes. The French
// one's base is its last commit; the British one was committed after the source change, but its
// front matter names the revision it renders, which wins, so it is outdated too. The uncommitted
// typo fix makes both usage pages cosmetic. No formats configured: text and json.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

assert log =~ /\[WARNING\] drift: \S+\/src\/docs\/fr\/install\.md: outdated, \S+\/src\/docs\/en\/install\.md changed in meaning since [0-9a-f]{7}/
assert log =~ /\[WARNING\] \S+\/src\/docs\/fr\/install\.md: source sentence changed: .*two → three/
assert log =~ /\[INFO\] drift: \S+\/src\/docs\/fr\/usage\.md: cosmetic/
assert log =~ /\[WARNING\] \S+\/src\/docs\/en-GB\/install\.md:6:1: source sentence changed: .*two → three/
assert log.contains('[INFO] drift: 4 documents: 2 cosmetic, 2 outdated')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(out, 'stale.json'), 'UTF-8')
def docs = json.documents.collectEntries { [(it.translation.replaceAll('.*/src/docs/', '')): it] }
assert docs['en-GB/install.md'].status == 'outdated'
assert docs['en-GB/install.md'].baseFrom == 'front matter'
assert docs['fr/install.md'].status == 'outdated'
assert docs['fr/install.md'].baseFrom == 'translation commit'
assert docs['en-GB/usage.md'].status == 'cosmetic'
assert docs['fr/usage.md'].status == 'cosmetic'
assert new File(out, 'stale.txt').isFile()
assert !new File(out, 'stale.sarif').exists()
return true
