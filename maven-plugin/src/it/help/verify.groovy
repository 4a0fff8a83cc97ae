// drift:help lists the goal and its parameters with their user properties.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('drift:check')
['config', 'sourceDirectory', 'translationDirectories', 'translationPattern', 'bundleDirectories',
 'includes', 'excludes',
 'maxDrift', 'minSimilarity', 'failSeverity', 'failOnDrift', 'missingCounterparts', 'skip',
 'model', 'baseline', 'formats', 'outputDirectory'].each { p ->
  assert log.contains('    ' + p) : p
  assert log.contains('User property: drift.' + p) : p
}
assert log.contains('BUILD SUCCESS')
return true
