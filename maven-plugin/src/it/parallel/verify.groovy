// Four modules checked at once by a parallel build share one embedding cache: every module passes
// both times, nothing is reported damaged, and the shared cache holds the embeddings.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert (log =~ /\[INFO\] drift: 2 documents checked, 2 passed, 0 failed, in /).count >= 4
assert !(log =~ /(?i)damaged|database is locked|SQLITE_BUSY/)
assert !(log =~ /(?m)^\s+at dev\.drift/) : 'no stack trace from drift (Maven may print its own resolver warnings)'
assert new File(basedir, 'target/drift-cache/embeddings.sqlite').length() > 0
['a', 'b', 'c', 'd'].each { m ->
  def json = new File(basedir, "${m}/target/drift/fr/index.md.json").getText('UTF-8')
  assert json =~ /"verdict" : "pass"/
  assert json.contains("Module ${m} keeps its own notes here.")
}
return true
