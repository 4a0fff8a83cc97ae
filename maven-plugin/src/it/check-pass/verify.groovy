// Faithful translations: the build passes, quietly, and writes every report and the index.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/drift')

assert log.contains('[INFO] drift: 2 documents checked, 2 passed, 0 failed, in ')
assert log.contains('[INFO] drift: reports in ' + new File(out, 'index.html').path)
assert log.contains('BUILD SUCCESS')
// DJL's start-up warnings (CUDA, engine discovery) stay out of the build log.
assert !log.contains('[WARNING]')
assert !(log =~ /(?i)cuda|ai\.djl/)

['fr/index.md.json', 'fr/guide/usage.md.json'].each { name ->
  def report = new File(out, name)
  assert report.isFile() : name
  def json = report.getText('UTF-8')
  assert json.contains('"schema" : "drift-report/1"')
  assert json =~ /"verdict" : "pass"/
  // fr/ holds English stand-ins: compared as the English they are, with a warning that says so.
  assert json =~ /"language" : "en"/
  assert json.contains('is declared fr but reads as en')
}
def index = new File(out, 'index.html').getText('UTF-8')
assert index.contains('<h1>drift passed</h1>')
assert index.contains('<a href="./fr/guide/usage.md.json">json</a>')
assert index.contains('<a href="./fr/index.md.json">json</a>')
// No temporary files are left next to the reports.
assert !out.listFiles().any { it.name.endsWith('.tmp') }
return true
